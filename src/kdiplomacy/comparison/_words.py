"""The words the comparison utilities compare: content words with a rough stem and shared
spellings, weighted by how rare they are in the corpus at hand; and word shingles for
near-duplicate detection.

Both pledge threads and article diffs ask "is this the same commitment?" of texts written in
other words; this module is the one place that answers it.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable

from kdiplomacy._resources import cached, read_tsv, read_words
from kdiplomacy.model import Country

__all__ = ["Weights", "content_words", "shingles", "words"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+")
_POSSESSIVE = re.compile(r"['’]s?$")


@cached
def _shared() -> dict[str, str]:
    """Word -> the shared word it compares as ('' drops it), from ``object_words.tsv``."""
    return {
        row["word"].casefold(): ("" if row["shared"] == "-" else row["shared"]) for row in read_tsv("object_words.tsv")
    }


@cached
def _stop() -> frozenset[str]:
    return read_words("common_words.txt")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, possessives removed (``Xi's`` -> ``xi``)."""
    return [_POSSESSIVE.sub("", match.group()).casefold() for match in _WORD.finditer(text)]


def _stem(word: str) -> str:
    """A rough English stem: enough to meet plural and verb forms of one word, nothing more."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2] if not word.endswith("ied") else word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that say what it is about, in the form they are compared in.

    Function words, names of states (the parties are compared apart from the words), and the
    words listed with ``-`` in ``object_words.tsv`` (light verbs, roles, time words) are
    dropped; the rest are mapped to their shared word or stemmed.

    >>> sorted(content_words("Xi's trip to Seoul was postponed"))
    ['postpon', 'visit', 'xi']
    """
    shared, stop = _shared(), _stop()
    found: set[str] = set()
    for word in words(text):
        if len(word) < 2 or word in stop or word.isdigit() or Country.resolve(word) is not None:
            continue
        mapped = shared.get(word)
        if mapped is None:
            stem = _stem(word)
            mapped = shared.get(stem, stem)
        if mapped and mapped not in stop:
            found.add(mapped)
    return frozenset(found)


class Weights:
    """How much each word counts when two texts are compared: rarer words count more.

    The weight of a word is its smoothed inverse document frequency over the texts given,
    ``log((n + 1) / (df + 1)) + 1``, so a word in every text still counts a little, and a word
    never seen counts the most.
    """

    def __init__(self, documents: Iterable[frozenset[str]] = ()) -> None:
        self._df: Counter[str] = Counter()
        self._n = 0
        for document in documents:
            self._df.update(document)
            self._n += 1

    def __call__(self, word: str) -> float:
        return math.log((self._n + 1) / (self._df.get(word, 0) + 1)) + 1.0

    def total(self, document: Iterable[str]) -> float:
        """The summed weight of ``document``'s words."""
        return sum(self(word) for word in document)


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """Hashes of the runs of ``size`` consecutive words of ``text`` (all of it when shorter).

    Words are case-folded and stripped of punctuation, so re-wrapping, re-casing and
    re-punctuating a story leaves its shingles as they were.
    """
    tokens = words(text)
    if len(tokens) < size:
        return frozenset({zlib.crc32(" ".join(tokens).encode())}) if tokens else frozenset()
    return frozenset(zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1))
