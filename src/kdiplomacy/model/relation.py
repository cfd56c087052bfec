"""BilateralRelation: how an article frames the relationship between two states."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from kdiplomacy.errors import ModelError
from kdiplomacy.model._fields import spans, strings, unit_interval
from kdiplomacy.model.country import Country
from kdiplomacy.model.span import Span

__all__ = ["BilateralRelation"]


def _pair(value: Iterable[Country | str]) -> tuple[Country, Country]:
    if isinstance(value, str):
        raise ModelError(f"a relation needs two countries, got the string {value!r}")
    items = tuple(item if isinstance(item, Country) else Country(item) for item in value)
    if len(items) != 2:
        raise ModelError(f"a relation needs exactly two countries, got {len(items)}")
    first, second = sorted(items)
    if first == second:
        raise ModelError(f"a relation needs two distinct countries, got {first.code} twice")
    return (first, second)


@attrs.frozen(kw_only=True)
class BilateralRelation:
    """An unordered pair of states and how the article frames their relationship.

    The pair is stored in code order, so ``KR–US`` and ``US–KR`` are the same relation.

    Attributes:
        countries: the two states, sorted by code.
        framing: phrases the article uses for the relationship ("alliance", "two-track approach").
        tone: from -1 (hostile) through 0 (neutral) to 1 (cooperative).
        topics: what the article raises about the pair ("security", "history", "trade").
        evidence: the spans of the body that show the relationship.

    >>> BilateralRelation(countries=("US", "KR")).pair
    'KR-US'
    """

    countries: tuple[Country, Country] = attrs.field(converter=_pair)
    framing: tuple[str, ...] = attrs.field(default=(), converter=strings)
    tone: float = attrs.field(default=0.0, validator=unit_interval)
    topics: tuple[str, ...] = attrs.field(default=(), converter=strings)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=spans)

    @property
    def pair(self) -> str:
        """The pair as ``"KR-US"`` (codes in order)."""
        return f"{self.countries[0].code}-{self.countries[1].code}"

    def involves(self, country: Country | str) -> bool:
        """Whether ``country`` is one of the two states."""
        code = country.code if isinstance(country, Country) else country.upper()
        return any(c.code == code for c in self.countries)

    def other(self, country: Country | str) -> Country:
        """The state paired with ``country``.

        Raises:
            ModelError: ``country`` is not in the pair.
        """
        code = country.code if isinstance(country, Country) else country.upper()
        first, second = self.countries
        if first.code == code:
            return second
        if second.code == code:
            return first
        raise ModelError(f"{code} is not part of the relation {self.pair}")
