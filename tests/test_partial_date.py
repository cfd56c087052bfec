"""PartialDate: dates known to year, month or day, and their interval order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from kdiplomacy import InvalidDateError, PartialDate, Precision
from kdiplomacy import strategies as kst


@pytest.mark.parametrize("text", ["2024", "2024-11", "2020-11-30"])
def test_iso_round_trip(text: str) -> None:
    assert PartialDate.from_iso(text).isoformat() == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13", "month 13 is outside 1..12"),
        ("2023-02-29", "2023-02 has no day 29"),
        ("24", "is not an ISO date"),
        ("2024-1-5", "is not an ISO date"),
        ("2024-11-30T10:00", "is not an ISO date"),
        ("0000", "year 0 is outside"),
    ],
)
def test_bad_iso_raises_typed_error(text: str, message: str) -> None:
    with pytest.raises(InvalidDateError, match=message):
        PartialDate.from_iso(text)


def test_day_needs_month() -> None:
    with pytest.raises(InvalidDateError, match="a day needs a month"):
        PartialDate(2024, None, 3)


def test_precision() -> None:
    assert PartialDate(2024).precision is Precision.YEAR
    assert PartialDate(2024, 11).precision is Precision.MONTH
    assert PartialDate(2024, 11, 3).precision is Precision.DAY


def test_interval_order_from_the_issue() -> None:
    year = PartialDate(2024)
    day = PartialDate(2024, 11, 3)
    assert not year < day
    assert not year > day
    assert year != day
    assert year < PartialDate(2025, 1)
    assert PartialDate(2020, 11, 26) < PartialDate(2020, 11, 30)


def test_containment() -> None:
    assert PartialDate(2024).contains(PartialDate(2024, 11, 3))
    assert PartialDate(2024, 2).contains(dt.date(2024, 2, 29))
    assert not PartialDate(2024, 11, 3).contains(PartialDate(2024))


def test_sort_key_puts_coarser_first_on_ties() -> None:
    dates = [PartialDate(2024, 1, 1), PartialDate(2024), PartialDate(2023, 12), PartialDate(2024, 1)]
    assert [d.isoformat() for d in sorted(dates, key=PartialDate.sort_key)] == [
        "2023-12",
        "2024",
        "2024-01",
        "2024-01-01",
    ]


@given(kst.partial_dates())
def test_iso_round_trip_property(date: PartialDate) -> None:
    """Property: from_iso(isoformat(d)) == d."""
    assert PartialDate.from_iso(date.isoformat()) == date


@given(kst.partial_dates())
def test_order_is_irreflexive(date: PartialDate) -> None:
    """Property: no date is before itself."""
    assert not date < date  # noqa: PLR0124 - comparing a value with itself is the point
    assert date <= date  # noqa: PLR0124


@given(kst.partial_dates(), kst.partial_dates())
def test_order_is_antisymmetric(a: PartialDate, b: PartialDate) -> None:
    """Property: a < b and b < a never both hold; a > b is b < a."""
    assert not (a < b < a)
    assert (a > b) == (b < a)


@given(kst.partial_dates(), kst.partial_dates(), kst.partial_dates())
def test_order_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    """Property: a < b and b < c imply a < c."""
    if a < b < c:
        assert a < c


@given(kst.partial_dates(), kst.partial_dates())
def test_order_agrees_with_sort_key(a: PartialDate, b: PartialDate) -> None:
    """Property: when a < b, the total sort order puts a first too."""
    if a < b:
        assert a.sort_key() < b.sort_key()


@given(kst.partial_dates(), kst.partial_dates())
def test_comparable_exactly_when_disjoint(a: PartialDate, b: PartialDate) -> None:
    """Property: two dates are ordered exactly when their periods share no day."""
    assert (a < b or b < a) == (not a.overlaps(b))


@given(kst.partial_dates(), kst.partial_dates())
def test_equality_and_hash_agree(a: PartialDate, b: PartialDate) -> None:
    """Property: equal dates hash alike; equality needs equal precision."""
    if a == b:
        assert hash(a) == hash(b)
        assert a.precision is b.precision
