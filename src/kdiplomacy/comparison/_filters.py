"""The filters behind Corpus queries: date ranges, states, pairs, modalities and actors."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Collection

from kdiplomacy.model import Actor, ActorKind, Country, Modality, PartialDate
from kdiplomacy.model.names import fold_name

__all__ = ["DateBound", "actor_matcher", "bound", "code", "in_range", "modalities", "pair"]

#: A date range bound: a PartialDate, a ``datetime.date``, an ISO string, or None for open.
DateBound = PartialDate | _dt.date | str | None
CountryLike = Country | str


def bound(value: DateBound, name: str) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return PartialDate.from_iso(value)
    raise TypeError(f"{name} must be a PartialDate, a date, an ISO string or None, got {value!r}")


def in_range(published: PartialDate | None, start: PartialDate | None, end: PartialDate | None) -> bool:
    """Whether the whole period of ``published`` lies within [start, end] (bounds included).

    An article without a date is never in a bounded range; ``start`` counts from its first
    day, ``end`` up to its last, so ``end="2021"`` takes in all of 2021.
    """
    if start is None and end is None:
        return True
    if published is None:
        return False
    if start is not None and published.first_day < start.first_day:
        return False
    return end is None or published.last_day <= end.last_day


def code(value: CountryLike) -> str:
    return value.code if isinstance(value, Country) else Country(value.upper()).code


def pair(value: str | tuple[CountryLike, CountryLike]) -> frozenset[str]:
    parts = value.split("-") if isinstance(value, str) else list(value)
    codes = frozenset(code(part) for part in parts)
    if len(parts) != 2 or len(codes) != 2:
        raise ValueError(f"a pair is two distinct states, like 'KR-RU' or ('KR', 'RU'), got {value!r}")
    return codes


def modalities(value: Modality | str | Collection[Modality | str] | None) -> frozenset[Modality] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, Modality | str) else list(value)
    return frozenset(item if isinstance(item, Modality) else Modality(item) for item in items)


def actor_matcher(wanted: str | Actor) -> Callable[[Actor], bool]:
    """A test for actors: an Actor or identity key matches by key; a name matches persons by
    their folded name and organisations and states by their name, case-insensitively."""
    if isinstance(wanted, Actor):
        key = wanted.key
        return lambda actor: actor.key == key
    if wanted.startswith(("person:", "state:", "organization:")):
        return lambda actor: actor.key == wanted
    folded, lowered = fold_name(wanted), wanted.casefold()

    def matches(actor: Actor) -> bool:
        if actor.kind is ActorKind.PERSON:
            return fold_name(actor.name) == folded or any(fold_name(alias) == folded for alias in actor.aliases)
        return actor.name.casefold() == lowered

    return matches
