"""Persons' mentions indexed by offset, so that "who is named in this sentence" is a bisection,
not a scan of every mention in the article (which made long texts quadratic)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kdiplomacy.model import Actor

__all__ = ["PersonMentions"]


class PersonMentions:
    """The mentions of ``persons``, sorted by start."""

    def __init__(self, persons: Sequence[Actor]) -> None:
        self.persons = persons
        self._items = sorted((s.start, s.end, index) for index, person in enumerate(persons) for s in person.mentions)
        self._starts = [item[0] for item in self._items]

    def _starting_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        low = bisect.bisect_left(self._starts, start)
        return self._items[low : bisect.bisect_left(self._starts, end, lo=low)]

    def within(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """Each mention starting in ``[start, end)`` as (start, end, person), by offset."""
        return [(s, e, self.persons[index]) for s, e, index in self._starting_in(start, end)]

    def persons_within(self, start: int, end: int) -> list[Actor]:
        """The persons with a mention starting in ``[start, end)``, in the order of ``persons``."""
        return [self.persons[index] for index in sorted({index for _, _, index in self._starting_in(start, end)})]
