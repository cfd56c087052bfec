"""The word lists behind relations and pledges, loaded once from the package's data files."""

from __future__ import annotations

import re

import attrs

from kdiplomacy import _resources
from kdiplomacy._caseless import Caseless, lower_ascii
from kdiplomacy.model import Modality


@_resources.cached
def framing_phrases() -> Caseless:
    """Phrases that frame a relationship, longest first."""
    phrases = _resources.read_lines("framing.txt")
    phrases.sort(key=len, reverse=True)
    return Caseless(r"\b(?:" + "|".join(re.escape(lower_ascii(p)) for p in phrases) + r")\b")


@_resources.cached
def topic_cues() -> list[tuple[re.Pattern[str], str]]:
    """Topic cue stems with their topics."""
    rows = _resources.read_tsv("topics.tsv")
    return [(re.compile(rf"\b{re.escape(row['cue'])}", re.I), row["topic"]) for row in rows]


@attrs.frozen
class _TopicFinder:
    """Every topic cue in one pattern (longest first, in a lookahead so that each word start is
    tried), and for each cue's folded text the rows whose cue it starts with: cues found at one
    place are prefixes of one another, so the longest one found there implies the rest."""

    pattern: Caseless
    implied: dict[str, frozenset[int]]
    topics: tuple[str, ...]


@_resources.cached
def _topic_finder() -> _TopicFinder:
    rows = list(_resources.read_tsv("topics.tsv"))
    folded = [row["cue"].casefold() for row in rows]
    longest_first = sorted({row["cue"] for row in rows}, key=len, reverse=True)
    pattern = Caseless(r"\b(?=(" + "|".join(re.escape(lower_ascii(cue)) for cue in longest_first) + "))")
    implied = {key: frozenset(i for i, other in enumerate(folded) if key.startswith(other)) for key in set(folded)}
    return _TopicFinder(pattern, implied, tuple(row["topic"] for row in rows))


def topics_in(passage: str) -> tuple[str, ...]:
    """The topics whose cues a passage contains, in the order of ``topics.tsv`` (once per cue).

    >>> topics_in("The two sides discussed trade and North Korea's nuclear program.")
    ('nuclear', 'trade')
    """
    finder = _topic_finder()
    rows: set[int] = set()
    for match in finder.pattern.finditer(passage):
        found = finder.implied.get(match.group(1).casefold())
        if found is None:  # a letter whose case folding is longer than the cue's (rare)
            found = frozenset(i for i, (cue, _) in enumerate(topic_cues()) if cue.match(passage, match.start()))
        rows |= found
    return tuple(finder.topics[index] for index in sorted(rows))


@_resources.cached
def pledge_cues() -> list[tuple[re.Pattern[str], Modality]]:
    """Pledge cues in the order they are tried."""
    return [
        (re.compile(rf"(?<![\w'])(?:{row['cue']})\b", re.I), Modality(row["modality"]))
        for row in _resources.read_tsv("pledge_cues.tsv")
    ]


@_resources.cached
def pledge_cue_tests() -> list[Caseless]:
    """Each row of :func:`pledge_cues` as a :class:`Caseless` pattern, to tell quickly whether
    it matches a clause at all."""
    return [Caseless(pattern.pattern) for pattern, _ in pledge_cues()]


@_resources.cached
def any_pledge_cue() -> Caseless:
    """One pattern matching wherever some row of :func:`pledge_cues` matches: a clause it does not
    match has no cue, and most clauses are spared the row-by-row search."""
    # Every row opens with the same look-behind; said once, outside the alternation, it lets the
    # search skip ahead instead of trying each row at each place.
    rows = [row["cue"] for row in _resources.read_tsv("pledge_cues.tsv")]
    cues = "|".join(f"(?:{cue})\\b" for cue in rows)
    return Caseless(rf"(?<![\w'])(?:{cues})" if rows else r"(?!)")
