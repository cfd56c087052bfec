"""Converters and validators shared by the model classes (one place for each domain rule)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, TypeVar

from kdiplomacy.errors import ModelError
from kdiplomacy.model.country import Country
from kdiplomacy.model.span import Span

T = TypeVar("T")


def text(instance: Any, attribute: Any, value: Any) -> None:
    """A non-empty string that is not only white space."""
    if not isinstance(value, str) or not value.strip():
        raise ModelError(f"{attribute.name} must be a non-empty string, got {value!r}")


def optional_text(instance: Any, attribute: Any, value: Any) -> None:
    """None, or a non-empty string."""
    if value is not None:
        text(instance, attribute, value)


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings from any iterable (a lone string is one item, not its letters)."""
    if isinstance(value, str):
        return (value,)
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ModelError(f"expected strings, got {item!r}")
    return items


def countries(value: Iterable[Country | str]) -> tuple[Country, ...]:
    """A tuple of distinct Countries, in first-seen order, from Countries or codes."""
    if isinstance(value, (str, Country)):
        value = (value,)
    seen: dict[Country, None] = {}
    for item in value:
        seen.setdefault(item if isinstance(item, Country) else Country(item), None)
    return tuple(seen)


def optional_country(value: Country | str | None) -> Country | None:
    """None, or a Country from a Country or a code."""
    if value is None or isinstance(value, Country):
        return value
    return Country(value)


def tuple_of(value: Iterable[T], kind: type[T]) -> tuple[T, ...]:
    """A tuple whose items must all be ``kind`` (model modules wrap this in named converters)."""
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise ModelError(f"expected {kind.__name__} items, got {item!r}")
    return items


def spans(value: Iterable[Span]) -> tuple[Span, ...]:
    """A tuple of Spans."""
    return tuple_of(value, Span)


def unit_interval(instance: Any, attribute: Any, value: Any) -> None:
    """A finite float in [-1, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"{attribute.name} must be a finite number, got {value!r}")
    if not -1.0 <= value <= 1.0:
        raise ModelError(f"{attribute.name} must lie in [-1, 1], got {value}")
