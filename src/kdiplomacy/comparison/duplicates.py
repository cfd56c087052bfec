"""Near-duplicate stories: one wire story under two mastheads, or republished by an aggregator.

How it works (Broder's MOD-m fingerprints, pure Python, linear in corpus size):

1. Each article's body becomes the set of hashes of its runs of five words (shingles), kept
   only when ``hash % SAMPLE == 0``: a fixed sample that two copies of a story share wherever
   they share text, whatever else surrounds it.
2. An index from sampled shingle to articles proposes candidate pairs; a shingle held by more
   than ``POSTING_CAP`` articles (page furniture common to a site) proposes only neighbours in
   its list, so no shingle costs more than linear work.
3. A candidate pair is a near-duplicate when the smaller sample is at least ``CONTAINMENT``
   inside the other (a copy trimmed of its last paragraphs still is) and the two samples'
   Jaccard resemblance is at least ``RESEMBLANCE`` (a short brief quoted inside a long
   analysis is not).

Groups are the connected components of near-duplicate pairs, so they are disjoint.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

from kdiplomacy.comparison._words import shingles
from kdiplomacy.model import Article

__all__ = ["CONTAINMENT", "RESEMBLANCE", "near_duplicates", "repeated_paragraphs", "similarity"]

SHINGLE_WORDS = 5
SAMPLE = 4
POSTING_CAP = 32
#: The least share of the smaller story's sampled shingles found in the other.
CONTAINMENT = 0.7
#: The least Jaccard resemblance of the two samples.
RESEMBLANCE = 0.25


def _sample(article: Article) -> frozenset[int]:
    every = shingles(article.body, SHINGLE_WORDS)
    sampled = frozenset(h for h in every if h % SAMPLE == 0)
    # A very short body may sample nothing; then it stands for itself whole.
    return sampled or every


def _scores(first: frozenset[int], second: frozenset[int]) -> tuple[float, float]:
    if not first or not second:
        return 0.0, 0.0
    common = len(first & second)
    return common / min(len(first), len(second)), common / len(first | second)


def similarity(first: Article, second: Article) -> tuple[float, float]:
    """The containment and the resemblance of two articles' sampled shingles, each in [0, 1]."""
    return _scores(_sample(first), _sample(second))


def _is_duplicate(first: frozenset[int], second: frozenset[int]) -> bool:
    containment, resemblance = _scores(first, second)
    return containment >= CONTAINMENT and resemblance >= RESEMBLANCE


class _Groups:
    """Union-find over article indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _candidates(samples: Sequence[frozenset[int]]) -> set[tuple[int, int]]:
    postings: defaultdict[int, list[int]] = defaultdict(list)
    for index, sample in enumerate(samples):
        for value in sample:
            postings[value].append(index)
    pairs: set[tuple[int, int]] = set()
    for holders in postings.values():
        if len(holders) <= POSTING_CAP:
            pairs.update((a, b) for i, a in enumerate(holders) for b in holders[i + 1 :])
        else:
            pairs.update(itertools.pairwise(holders))
    return pairs


def near_duplicates(articles: Iterable[Article]) -> list[set[Article]]:
    """Groups of two or more articles that tell the same story in (nearly) the same words.

    Args:
        articles: a :class:`~kdiplomacy.Corpus` or any iterable of Articles.

    Returns:
        Disjoint groups, ordered by the position of each group's first article in the input.
        Stories on the same event written separately are not near-duplicates: it is shared
        text, not a shared topic, that groups them (see the module docstring for the rule).
    """
    items = list(articles)
    samples = [_sample(article) for article in items]
    groups = _Groups(len(items))
    for first, second in sorted(_candidates(samples)):
        if groups.find(first) != groups.find(second) and _is_duplicate(samples[first], samples[second]):
            groups.join(first, second)
    members: defaultdict[int, list[int]] = defaultdict(list)
    for index in range(len(items)):
        members[groups.find(index)].append(index)
    return [{items[i] for i in indices} for _, indices in sorted(members.items()) if len(indices) > 1]


def repeated_paragraphs(article: Article, *, threshold: float = 0.6) -> list[tuple[int, int]]:
    """Pairs of paragraph indices ``(earlier, later)`` whose texts are near-identical.

    Exact repeats are already removed when an article is cleaned; this finds the lightly
    edited ones (a lead paragraph restated lower down with a word changed).  Two paragraphs
    repeat when the Jaccard resemblance of their three-word shingles is at least ``threshold``.
    """
    texts = article.paragraph_texts()
    sets = [shingles(text, 3) for text in texts]
    found: list[tuple[int, int]] = []
    for later, current in enumerate(sets):
        for earlier in range(later):
            other = sets[earlier]
            if current and other and len(current & other) / len(current | other) >= threshold:
                found.append((earlier, later))
                break
    return found
