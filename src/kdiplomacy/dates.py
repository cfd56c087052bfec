"""Dates in news text: explicit dates, year-less dates, weekdays, relative expressions.

python-dateutil parses what is written; this module finds the expressions, keeps their
precision (a date without a day stays a month), and never reads the clock: every relative
expression is resolved against a reference date the caller gives.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs
from dateutil import parser as _dateutil

from kdiplomacy.model import PartialDate, Precision

__all__ = [
    "MONTHS",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "MonthDay",
    "find_date_expressions",
    "parse_date",
    "parse_month_day",
    "resolve_relative",
    "weekday_of",
]

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

#: A month name or its abbreviation, with an optional full stop ("Nov.", "September").
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH = MONTH_PATTERN
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
# Written dates, most specific first.  Each is linear: bounded repeats only.
_DIGIT = re.compile(r"\d")
_EXPRESSIONS = [
    (
        "iso",
        re.compile(
            r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})"
            r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
        ),
    ),
    ("dmy", re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")),
    # "Nov. 20, 2020", and squeezed as some pages print it: "Aug.2,2019"
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY} )?({_MONTH}) ?(\d{{1,2}})(?:st|nd|rd|th)?(?:, ?| )(\d{{4}})\b", re.I)),
    ("dmy_words", re.compile(rf"\b(?:{_WEEKDAY} )?(\d{{1,2}}) ({_MONTH}),? (\d{{4}})\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH}),? (\d{{4}})\b", re.I)),
    ("iso_month", re.compile(r"\b(\d{4})-(\d{2})\b(?![-./]\d)")),
]
_MONTH_DAY = re.compile(rf"\b({_MONTH}) (\d{{1,2}})\b(?!,? \d{{4}})(?!:)", re.I)


@attrs.frozen
class MonthDay:
    """A date written without its year ("Nov. 30"), as in a wire dateline."""

    month: int
    day: int
    written: str


def _month_number(text: str) -> int | None:
    return MONTHS.get(text.strip(".").casefold())


def _safe(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, dayfirst: bool = True) -> PartialDate | None:
    """The first explicit date in ``text``, at the precision written, or None.

    ``26-11-2020`` is read day first (as Indian and European pages print it); ``2020-11-26`` and
    ``2020.11.26`` year first; ``Nov. 20, 2020`` and ``20 November 2020`` in words;
    ``November 2020`` as a month.  Anything else is handed to python-dateutil, and kept only
    when dateutil finds a year.

    >>> parse_date("Updated: 26-11-2020 14:22 IST")
    PartialDate(year=2020, month=11, day=26)
    >>> parse_date("Published : Nov. 20, 2020 - 16:02")
    PartialDate(year=2020, month=11, day=20)
    >>> print(parse_date("no date here"))
    None
    """
    found = find_date_expressions(text, dayfirst=dayfirst)
    if found:
        return found[0][1]
    return _dateutil_date(text, dayfirst=dayfirst)


def find_date_expressions(text: str, *, dayfirst: bool = True) -> list[tuple[re.Match[str], PartialDate]]:
    """Every explicit date written in ``text`` (with a year), in order, without overlaps."""
    found: list[tuple[re.Match[str], PartialDate]] = []
    if not _DIGIT.search(text):
        return found  # every expression has a year in digits
    taken: list[tuple[int, int]] = []  # spans already read, sorted and disjoint
    for kind, pattern in _EXPRESSIONS:
        for match in pattern.finditer(text):
            at = bisect.bisect_left(taken, match.span())
            before = taken[at - 1] if at else None
            after = taken[at] if at < len(taken) else None
            if (before and before[1] > match.start()) or (after and after[0] < match.end()):
                continue
            date = _read(kind, match, dayfirst)
            if date is not None:
                found.append((match, date))
                taken.insert(at, match.span())
    found.sort(key=lambda item: item[0].start())
    return found


def _read(kind: str, match: re.Match[str], dayfirst: bool) -> PartialDate | None:
    groups = match.groups()
    if kind == "iso":
        return _safe(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "dmy":
        first, second, year = int(groups[0]), int(groups[1]), int(groups[2])
        day, month = (first, second) if (dayfirst or first > 12) and second <= 12 else (second, first)
        return _safe(year, month, day)
    if kind == "mdy":
        named = _month_number(groups[0])
        return _safe(int(groups[2]), named, int(groups[1])) if named else None
    if kind == "dmy_words":
        named = _month_number(groups[1])
        return _safe(int(groups[2]), named, int(groups[0])) if named else None
    if kind == "month_year":
        named = _month_number(groups[0])
        return _safe(int(groups[1]), named, None) if named else None
    if kind == "iso_month":
        return _safe(int(groups[0]), int(groups[1]), None)
    return None


_SENTINELS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))


def _dateutil_date(text: str, *, dayfirst: bool) -> PartialDate | None:
    """Let dateutil read what our patterns did not; parse twice to see which fields it filled in."""
    if len(text) > 200 or not any(ch.isdigit() for ch in text):
        return None
    try:
        first, second = (_dateutil.parse(text, default=d, dayfirst=dayfirst, fuzzy=True) for d in _SENTINELS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year:
        return None
    month = first.month if first.month == second.month else None
    day = first.day if month is not None and first.day == second.day else None
    return _safe(first.year, month, day)


def parse_month_day(text: str) -> MonthDay | None:
    """A year-less date such as ``Nov. 30`` or ``March 16``, or None.

    >>> parse_month_day("SEOUL, Nov. 30 (Yonhap)")
    MonthDay(month=11, day=30, written='Nov. 30')
    """
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    month = _month_number(match.group(1))
    day = int(match.group(2))
    if month is None or not 1 <= day <= 31:
        return None
    return MonthDay(month, day, match.group(0))


def weekday_of(word: str) -> int | None:
    """Monday=0 ... Sunday=6 for a weekday name, or None."""
    return WEEKDAYS.get(word.strip(" .,").casefold())


_RELATIVE_YEAR = re.compile(
    r"\b(this|next|last|later this|earlier this|early next|late next|the previous|the following) year\b", re.I
)
_RELATIVE_MONTH_NAME = re.compile(rf"\b(this|next|last|later this|early|late)? ?({_MONTH})\b", re.I)


def resolve_relative(expression: str, reference: PartialDate | None) -> PartialDate | None:
    """The period a relative expression names, seen from the ``reference`` date.

    Handles years ("this year", "next year", "last year", "later this year"), months
    ("this month", "next month", "last month", "this November", "next March"), weekdays
    ("Monday": the latest such day on or before a day-precision reference) and explicit dates.
    Returns None for expressions that name no period ("until the end", "on a regular basis")
    or when the reference is not precise enough.

    >>> str(resolve_relative("next year", PartialDate(2024, 9, 4)))
    '2025'
    >>> str(resolve_relative("Monday", PartialDate(2020, 11, 30)))
    '2020-11-30'
    """
    explicit = parse_date(expression) if any(ch.isdigit() for ch in expression) else None
    if explicit is not None:
        return explicit
    if reference is None:
        return None
    text = expression.strip().casefold()
    year_match = _RELATIVE_YEAR.search(text)
    if year_match:
        word = year_match.group(1).casefold()
        offset = 1 if word in ("next", "early next", "late next", "the following") else 0
        offset = -1 if word in ("last", "the previous") else offset
        return PartialDate(reference.year + offset)
    if reference.month is not None:
        if re.search(r"\b(this|the current) month\b", text):
            return PartialDate(reference.year, reference.month)
        for word, step in (("next", 1), ("last", -1), ("previous", -1)):
            if re.search(rf"\b{word} month\b", text):
                index = reference.year * 12 + reference.month - 1 + step
                return PartialDate(index // 12, index % 12 + 1)
    named = _RELATIVE_MONTH_NAME.search(expression)
    if named and _month_number(named.group(2)) and named.group(2).strip(".").casefold() != "may":
        month = _month_number(named.group(2))
        assert month is not None
        word = (named.group(1) or "this").casefold()
        year = reference.year + (1 if word == "next" else -1 if word == "last" else 0)
        return PartialDate(year, month)
    weekday = next((WEEKDAYS[w] for w in WEEKDAYS if re.search(rf"\b{w}\b", text)), None)
    if weekday is not None and reference.precision is Precision.DAY:
        day = reference.first_day
        back = (day.weekday() - weekday) % 7
        if "next" in text:
            back = -((weekday - day.weekday()) % 7 or 7)
        elif "last" in text:
            back = back or 7
        return PartialDate.from_date(day - dt.timedelta(days=back))
    return None
