"""PartialDate: a calendar date known to the year, the month, or the day.

News often lets us know only part of a date ("SEOUL, Nov. 30" without a year, "later this year").
A :class:`PartialDate` keeps exactly what is known and never invents the rest.

Order is interval order: a partial date stands for the whole period it names (``2024`` is
every day of 2024), and ``a < b`` holds when every day of ``a`` is before every day of ``b``.
So ``2024 < 2025-01`` but ``2024`` and ``2024-11-03`` are neither before nor after each other:
they overlap.  This is a strict partial order; to *sort* dates use :meth:`PartialDate.sort_key`,
a total order by the first day of the period, coarser periods first on ties.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re

import attrs

from kdiplomacy.errors import InvalidDateError

__all__ = ["PartialDate", "Precision"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check(instance: PartialDate) -> None:
    for name in ("year", "month", "day"):
        value = getattr(instance, name)
        if value is not None and type(value) is not int:
            raise InvalidDateError(f"{name} must be an int or None, got {value!r}")
    year, month, day = instance.year, instance.month, instance.day
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year {year} is outside 1..9999")
    if month is None:
        if day is not None:
            raise InvalidDateError("a day needs a month")
        return
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} is outside 1..12")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise InvalidDateError(f"{year:04d}-{month:02d} has no day {day}")


@attrs.frozen(eq=True, order=False)
class PartialDate:
    """A date known to year, month or day precision.

    >>> PartialDate(2024) < PartialDate(2025, 1)
    True
    >>> PartialDate(2024) < PartialDate(2024, 11, 3) or PartialDate(2024) > PartialDate(2024, 11, 3)
    False
    >>> str(PartialDate.from_iso("2020-11"))
    '2020-11'
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check(self)

    # -- construction ------------------------------------------------------------------
    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``.

        Raises:
            InvalidDateError: the text is not one of those forms or names no real date.
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidDateError(f"{text!r} is not an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """A day-precision PartialDate from a :class:`datetime.date` (or datetime)."""
        return cls(value.year, value.month, value.day)

    # -- what is known -----------------------------------------------------------------
    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    @property
    def first_day(self) -> _dt.date:
        """The first day of the period this date names."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> _dt.date:
        """The last day of the period this date names."""
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is None:
            return _dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return _dt.date(self.year, self.month, self.day)

    def to_date(self) -> _dt.date | None:
        """The :class:`datetime.date` when the day is known, else None."""
        return self.first_day if self.precision is Precision.DAY else None

    def contains(self, other: PartialDate | _dt.date) -> bool:
        """Whether every day of ``other`` falls within this period."""
        if isinstance(other, _dt.date):
            other = PartialDate.from_date(other)
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def overlaps(self, other: PartialDate) -> bool:
        """Whether the two periods share at least one day."""
        return self.first_day <= other.last_day and other.first_day <= self.last_day

    # -- text ----------------------------------------------------------------------------
    def isoformat(self) -> str:
        """ISO 8601 at this date's precision: ``2024``, ``2024-11`` or ``2024-11-03``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    # -- order ---------------------------------------------------------------------------
    def sort_key(self) -> tuple[_dt.date, int]:
        """A total order for sorting: by first day, then coarser precision first."""
        rank = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}[self.precision]
        return (self.first_day, rank)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.last_day < other.first_day

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return other.last_day < self.first_day

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self == other or self < other

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self == other or self > other
