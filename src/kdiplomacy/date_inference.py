"""Inferring an article's date from evidence in its text, only when the evidence decides it.

Each piece of evidence becomes a constraint on the publication day:

* an official named with a title they held only for a term ("Foreign Minister Kang Kyung-wha")
  puts the day inside that term (not when "former", "then-" or "ex-" comes before the title);
* a dated milestone: "soon after the inauguration of U.S. President Joe Biden" (within 7 days
  after), "ahead of the inauguration of ..." (within 60 days before), "the incoming Joe Biden
  administration" / "President-elect" (within 80 days before the term), "the final weeks of the
  Biden administration" (within 45 days before its end);
* an anniversary: "next year will mark the 60th anniversary of the normalization ..." names the
  year when the event (``data/milestones.json``) is decided by its keywords and the countries of
  the paragraph;
* an election cycle: "the U.S. presidential election this November" puts the year in the cycle;
* the dateline's month and day ("SEOUL, Nov. 30"), and the first weekday the story's lead gives
  ("called Monday"), taken as the weekday of the publication day (dropped if nothing fits).

The days that satisfy every constraint are enumerated within the bounds the constraints set
(never more than 30 years; without any bounding evidence nothing is inferred).  The result
keeps only what all those days share: the year, the month, or the day itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from kdiplomacy import _resources
from kdiplomacy.dates import MONTHS, MonthDay, weekday_of
from kdiplomacy.gazetteer import Gazetteer, Office, Official, canonical_title, find_officials
from kdiplomacy.model import Country, PartialDate
from kdiplomacy.model.country import alias_entries

__all__ = ["Constraint", "gather_constraints", "infer_date"]

_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_CONFLICT = "date evidence conflicts"
# Any character within one clause: not ";" and not a full stop; the dots of "U.S." and "N.K."
# (a dot after a capital letter) do not end a clause.
_IN_CLAUSE = r"(?:[^.;]|(?<=[A-Z])\.)"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MAX_SPAN = dt.timedelta(days=366 * 30)
_TITLE_BEFORE = re.compile(r"((?:[A-Za-z][\w.'’-]*\s){1,8})$")
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b[^.;\n]*$")
_PAST_MARKERS = re.compile(r"\b(former|then|ex|late|previous|predecessor|erstwhile)\b", re.I)
_MILESTONE_BEFORE = re.compile(
    r"\b(soon |shortly |just |a day |two days |days |hours |a week |weeks |months )?"
    rf"(after|following|since|before|ahead of|prior to) (?:the )?inauguration of\b{_IN_CLAUSE}{{0,40}}$",
    re.I,
)
_INCOMING_BEFORE = re.compile(rf"\b(incoming|president-elect|president elect)\b{_IN_CLAUSE}{{0,25}}$", re.I)
_FINAL_WEEKS_BEFORE = re.compile(r"\b(?:final|last|closing) (?:weeks|days|month) of (?:the )?$", re.I)
_ANNIVERSARY = re.compile(
    rf"\b(next year|this year|the coming year|later this year)\b{_IN_CLAUSE}{{0,40}}?"
    r"\b(?:marks?|will mark|is set to mark|marking|is|will be)\s+(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+"
    rf"anniversary\s+of\s+({_IN_CLAUSE}{{0,120}})",
    re.I,
)
_ANNIVERSARY_AFTER = re.compile(
    rf"\bthe (\d{{1,3}})(?:st|nd|rd|th)\s+anniversary\s+of\s+({_IN_CLAUSE}{{0,100}}?)\s+"
    r"(next year|this year|later this year)\b",
    re.I,
)
_YEARS_SINCE = re.compile(
    rf"\b(this year|this month|next year)\s+(?:marks|will mark|is)\s+(\d{{1,3}}) years since\b({_IN_CLAUSE}{{0,120}})",
    re.I,
)
_YEARS_AGO = re.compile(
    rf"\b((?:19|20)\d\d)\b{_IN_CLAUSE}{{0,40}}?"
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b",
    re.I,
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# A weekday after these words is a deadline or a coming event, not the day of the story.
_FUTURE_BEFORE = re.compile(
    r"\b(?:effect|starting|start|from|until|till|next|by|before|ahead of|scheduled for|due|slated for|set for|"
    r"expected|later|through)\s+(?:on\s+)?$",
    re.I,
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@attrs.frozen
class Constraint:
    """One piece of date evidence: a test on candidate days, and the bounds it sets if any."""

    why: str
    accepts: Callable[[dt.date], bool]
    bounds: tuple[dt.date, dt.date] | None = None
    soft: bool = False  # dropped when nothing satisfies every constraint
    #: An official's term: when the terms conflict, one of them may be a historical mention the
    #: text did not mark as such ("the 1998 declaration by President Kim Dae-jung").
    term: bool = False
    #: The month and day every accepted day has (a dateline's), so a search need only try those.
    month_day: tuple[int, int] | None = None
    #: Date ranges that hold exactly the accepted days, when the test is one of ranges.
    windows: tuple[tuple[dt.date, dt.date], ...] | None = None
    #: The day of the week (Monday 0) every accepted day falls on, when the test fixes one.
    weekday: int | None = None


def _interval(lo: dt.date, hi: dt.date, why: str) -> Constraint:
    return Constraint(why, lambda d: lo <= d <= hi, (lo, hi), windows=((lo, hi),))


def _intervals(spans: Sequence[tuple[dt.date, dt.date]], why: str) -> Constraint | None:
    if not spans:
        return None
    if len(spans) == 1:
        return _interval(*spans[0], why)
    bounds = (min(s[0] for s in spans), max(s[1] for s in spans))
    return Constraint(why, lambda d: any(lo <= d <= hi for lo, hi in spans), bounds, windows=tuple(spans))


def _term(office: Office) -> tuple[dt.date, dt.date] | None:
    if office.start is None:
        return None
    # An approximate start or end is widened by a month either way.  An open term runs to two
    # years past the date the gazetteer was known to be right (ten years from its start when
    # the gazetteer does not say).
    slack = dt.timedelta(days=31) if office.approx else dt.timedelta(0)
    if office.end is not None:
        end = office.end
    elif office.known_until is not None:
        end = max(office.known_until, office.start) + dt.timedelta(days=731)
    else:
        end = office.start + dt.timedelta(days=3653)
    return (office.start - slack, end + slack)


# -- evidence ---------------------------------------------------------------------------------


def _title_before(text: str, start: int) -> str:
    match = _TITLE_BEFORE.search(text[max(0, start - 90) : start])
    return match.group(1) if match else ""


def _official_constraints(text: str, gazetteer: Gazetteer | None) -> list[Constraint]:
    constraints: list[Constraint] = []
    for mention in find_officials(text, gazetteer):
        before = _title_before(text, mention.start)
        name = text[mention.start : mention.end]
        if _YEAR_BEFORE.search(text[max(0, mention.start - 100) : mention.start]):
            continue  # "the 1998 declaration signed by President Kim Dae-jung": that year's office
        for official in mention.officials:
            constraint = _milestone(text, mention.start, official, name) or _titled_term(before, official, name)
            if constraint is not None:
                constraints.append(constraint)
    return constraints


def _titled_term(before: str, official: Official, name: str) -> Constraint | None:
    words = before.split()
    # Try the longest run of words before the name that names one of the official's offices.
    for cut in range(len(words)):
        candidate = " ".join(words[cut:])
        offices = official.offices_titled(_strip_country(candidate))
        if offices:
            if _PAST_MARKERS.search(" ".join(words[max(0, cut - 2) : cut + 1])):
                return None
            spans = [t for t in map(_term, offices) if t]
            found = _intervals(spans, f"{name} as {offices[0].title}")
            return attrs.evolve(found, term=True) if found else None
    return None


def _strip_country(title: str) -> str:
    title = re.sub(r"^(?:[A-Z][\w.]*\s){0,2}?[A-Z][\w.]*'s\s+", "", title)  # "South Korea's "
    words = title.split()
    for width in (2, 1):
        if len(words) > width and Country.resolve(" ".join(words[:width])) is not None:
            return canonical_title(" ".join(words[width:]))
    return canonical_title(title)


def _president_terms(official: Official) -> list[Office]:
    return [o for o in official.offices if o.canonical in ("president", "prime minister") and o.start]


def _milestone(text: str, start: int, official: Official, name: str) -> Constraint | None:
    window = text[max(0, start - 120) : start]
    terms = _president_terms(official)
    if not terms:
        return None
    inauguration = _MILESTONE_BEFORE.search(window)
    if inauguration:
        near, relation = (inauguration.group(1) or "").strip().casefold(), inauguration.group(2).casefold()
        spans = []
        for office in terms:
            assert office.start is not None
            if relation in ("before", "ahead of", "prior to"):
                spans.append((office.start - 60 * _DAY, office.start))
            else:
                reach = {"": 3650, "weeks": 60, "months": 365}.get(near, 7)
                spans.append((office.start, office.start + reach * _DAY))
        return _intervals(spans, f"{inauguration.group(0).strip()} {name}".strip())
    after = text[start : start + 40]
    if _INCOMING_BEFORE.search(window[-40:]) and not _PAST_MARKERS.search(window[-40:]):
        spans = [(o.start - 80 * _DAY, o.start - _DAY) for o in terms if o.start]
        return _intervals(spans, f"{name} not yet in office (incoming / elect)")
    if _FINAL_WEEKS_BEFORE.search(window[-40:]) and re.match(r"\s*(?:'s )?administration", after):
        spans = [(o.end - 45 * _DAY, o.end) for o in terms if o.end]
        return _intervals(spans, f"the final weeks of the {name} administration")
    return None


@_resources.cached
def _milestones() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    data = _resources.read_json("milestones.json")
    return data["milestones"], data.get("election_cycles", [])


@_resources.cached
def _country_pattern(code: str) -> re.Pattern[str]:
    aliases = sorted({alias for c, alias, _ in alias_entries() if c == code}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b") if aliases else re.compile(r"(?!)")


def _anniversary_constraints(paragraphs: Sequence[str]) -> list[Constraint]:
    constraints = []
    for paragraph in paragraphs:
        found = [(m.group(1), int(m.group(2)), m.group(3), m.group(0)) for m in _ANNIVERSARY.finditer(paragraph)]
        found += [(m.group(3), int(m.group(1)), m.group(2), m.group(0)) for m in _ANNIVERSARY_AFTER.finditer(paragraph)]
        for when, count, tail, written in found:
            years = _anniversary_years(when.casefold(), count, tail.casefold(), paragraph)
            if years:
                constraints.append(_in_years(years, written))
        for match in _YEARS_SINCE.finditer(paragraph):
            constraint = _years_since(match)
            if constraint is not None:
                constraints.append(constraint)
        for match in _YEARS_AGO.finditer(paragraph):
            count = _NUMBERS.get(match.group(2).casefold()) or int(match.group(2))
            year = int(match.group(1)) + count
            constraints.append(_in_years({year}, match.group(0)))
    return constraints


def _anniversary_years(when: str, count: int, tail: str, paragraph: str) -> set[int]:
    """The article's possible years: each milestone the words name, plus the count."""
    milestones, _ = _milestones()
    offset = 1 if when.startswith("next") or "coming" in when else 0
    explicit = re.search(r"\b(?:1[89]|20)\d\d\b", tail)
    if explicit:
        return {int(explicit.group()) + count - offset}
    years = set()
    for event in milestones:
        keywords = event["keywords"]
        countries = event["countries"]
        assert isinstance(keywords, list)
        assert isinstance(countries, list)
        if not any(k in tail for k in keywords):
            continue
        if countries and not any(_country_pattern(c).search(paragraph) for c in countries):
            continue
        years.add(int(str(event["date"])[:4]) + count - offset)
    return years


def _years_since(match: re.Match[str]) -> Constraint | None:
    """ "this month marks 30 years since ... established diplomatic relations in December 1992"."""
    when, count, tail = match.group(1).casefold(), int(match.group(2)), match.group(3)
    dated = re.search(rf"\b(?:in\s+)?(?:({_MONTH_NAMES})\s+)?((?:1[89]|20)\d\d)\b", tail, re.I)
    if dated is None:
        return None
    year = int(dated.group(2)) + count - (1 if when.startswith("next") else 0)
    month = MONTHS.get(dated.group(1).casefold()) if dated.group(1) else None
    if when == "this month" and month is not None:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - _DAY
        return _interval(dt.date(year, month, 1), last, f"'{match.group(0)[:80]}'")
    return _in_years({year}, match.group(0))


def _in_years(years: set[int], written: str) -> Constraint:
    """The article falls in one of ``years``, as the words ``written`` say."""
    chosen = frozenset(years)
    bounds = (dt.date(min(chosen), 1, 1), dt.date(max(chosen), 12, 31))
    windows = tuple((dt.date(year, 1, 1), dt.date(year, 12, 31)) for year in sorted(chosen))
    return Constraint(f"'{written[:80]}'", lambda day: day.year in chosen, bounds, windows=windows)


def _in_cycle(first: int, every: int) -> Callable[[dt.date], bool]:
    return lambda day: (day.year - first) % every == 0


def _election_constraints(text: str) -> list[Constraint]:
    _, cycles = _milestones()
    lowered = text.casefold()
    constraints = []
    for cycle in cycles:
        cues = cycle["cues"]
        assert isinstance(cues, list)
        for cue in cues:
            at = lowered.find(cue)
            if at < 0:
                continue
            near = lowered[max(0, at - 60) : at + len(cue) + 60]
            if re.search(r"\bthis (november|year)\b|\bthis year's\b", near):
                every, first = int(str(cycle["every"])), int(str(cycle["first_year"]))
                constraints.append(Constraint(f"{cue} this year", _in_cycle(first, every)))
                break
    return constraints


def gather_constraints(
    paragraphs: Sequence[str],
    *,
    dateline: MonthDay | None = None,
    lead: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Constraint]:
    """Every date constraint the text gives (see the module docstring)."""
    text = "\n".join(paragraphs)
    constraints = _official_constraints(text, gazetteer)
    constraints += _anniversary_constraints(paragraphs)
    constraints += _election_constraints(text)
    if dateline is None:
        dateline = _lead_month_day(lead or "")
    if dateline is not None:
        constraints.append(
            Constraint(
                f"dateline {dateline.written}",
                lambda d: (d.month, d.day) == (dateline.month, dateline.day),
                month_day=(dateline.month, dateline.day),
            )
        )
    lead = lead or ""
    weekday = next(
        (m for m in _WEEKDAY.finditer(lead) if not _FUTURE_BEFORE.search(lead[max(0, m.start() - 25) : m.start()])),
        None,
    )
    if weekday:
        number = weekday_of(weekday.group(1))
        constraints.append(
            Constraint(f"weekday {weekday.group(1)}", lambda d: d.weekday() == number, soft=True, weekday=number)
        )
    return constraints


_LEAD_MONTH_DAY = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ({_MONTH_NAMES}|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d{4})"
)


def _lead_month_day(lead: str) -> MonthDay | None:
    """ "It's Monday, May 27th" in a lead: the day of the story, written without its year."""
    match = _LEAD_MONTH_DAY.search(lead)
    if match is None:
        return None
    month = MONTHS.get(match.group(1).casefold())
    return MonthDay(month, int(match.group(2)), match.group(0)) if month else None


def infer_date(constraints: Sequence[Constraint]) -> tuple[PartialDate | None, str | None]:
    """The date every constraint agrees on, at the precision they decide, and why.

    When the constraints contradict each other, each official's term is left out in turn: if
    every way of leaving one out agrees on a date, that date is taken and the basis names the
    term it ignored.  Returns ``(None, None)`` when no constraint bounds the date, and
    ``(None, reason)`` when the evidence conflicts.
    """
    date, basis = _solve(constraints)
    if date is not None or basis != _CONFLICT:
        return date, basis
    answers = {}
    for dropped in (c for c in constraints if c.term):
        rest = [c for c in constraints if c is not dropped]
        found, why = _solve(rest)
        if found is not None and why is not None:
            answers[found] = f"{why} (ignoring {dropped.why})"
    if len(answers) == 1:
        ((found, why),) = answers.items()
        return found, why
    return None, _CONFLICT


def _solve(constraints: Sequence[Constraint]) -> tuple[PartialDate | None, str | None]:
    bounded = [c for c in constraints if c.bounds]
    if not bounded:
        return None, None
    lo = max(c.bounds[0] for c in bounded if c.bounds)
    hi = min(c.bounds[1] for c in bounded if c.bounds)
    if hi < lo:
        return None, _CONFLICT
    if hi - lo > _MAX_SPAN:
        return None, None
    for used in (list(constraints), [c for c in constraints if not c.soft]):
        days = _days_satisfying(lo, hi, used)
        if days:
            return _common(days), "inferred from " + "; ".join(c.why for c in used)
    return None, _CONFLICT


def _days_satisfying(lo: dt.date, hi: dt.date, constraints: Sequence[Constraint]) -> list[dt.date]:
    if any(c.month_day is not None for c in constraints):
        return [day for day in _candidate_days(lo, hi, constraints) if all(c.accepts(day) for c in constraints)]
    # A constraint of date ranges accepts exactly the days of its ranges: the days every such
    # constraint accepts are the ranges' intersection, and only the others test day by day.
    ranges = [(lo, hi)]
    for constraint in constraints:
        if constraint.windows is not None:
            ranges = _intersection(ranges, _merged(constraint.windows))
    rest = [c for c in constraints if c.windows is None]
    weekday = next((c.weekday for c in rest if c.weekday is not None), None)
    return [day for day in _days_of(ranges, weekday) if all(c.accepts(day) for c in rest)]


def _candidate_days(lo: dt.date, hi: dt.date, constraints: Sequence[Constraint]) -> Iterator[dt.date]:
    """The days from ``lo`` to ``hi``, in order, that could satisfy every constraint: only those
    with a dateline's month and day when a constraint fixes them, else only those inside the
    narrowest constraint's date ranges (a few hundred days to test instead of decades)."""
    month_day = next((c.month_day for c in constraints if c.month_day is not None), None)
    if month_day is not None:
        month, day_of_month = month_day
        for year in range(lo.year, hi.year + 1):
            try:
                day = dt.date(year, month, day_of_month)
            except ValueError:  # February 29 in a common year
                continue
            if lo <= day <= hi:
                yield day
        return
    ranges = [(lo, hi)]
    for constraint in constraints:
        if constraint.windows is not None:
            clipped = _merged((max(a, lo), min(b, hi)) for a, b in constraint.windows if a <= hi and b >= lo)
            if sum((b - a).days + 1 for a, b in clipped) < sum((b - a).days + 1 for a, b in ranges):
                ranges = clipped
    yield from _days_of(ranges)


def _days_of(ranges: Iterable[tuple[dt.date, dt.date]], weekday: int | None = None) -> Iterator[dt.date]:
    """The days of the ranges, in order; only those on ``weekday`` if one is given."""
    step = _DAY if weekday is None else _WEEK
    for start, end in ranges:
        day = start if weekday is None else start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        while day <= end:
            yield day
            day += step


def _intersection(
    ours: Sequence[tuple[dt.date, dt.date]], theirs: Sequence[tuple[dt.date, dt.date]]
) -> list[tuple[dt.date, dt.date]]:
    """The days in both lists of sorted, disjoint date ranges, as such a list."""
    both: list[tuple[dt.date, dt.date]] = []
    i = j = 0
    while i < len(ours) and j < len(theirs):
        start, end = max(ours[i][0], theirs[j][0]), min(ours[i][1], theirs[j][1])
        if start <= end:
            both.append((start, end))
        if ours[i][1] < theirs[j][1]:
            i += 1
        else:
            j += 1
    return both


def _merged(ranges: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Date ranges sorted, with overlapping or touching ones joined."""
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + _DAY:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _common(days: Sequence[dt.date]) -> PartialDate | None:
    first = days[0]
    if any(d.year != first.year for d in days):
        return None
    if any(d.month != first.month for d in days):
        return PartialDate(first.year)
    if any(d != first for d in days):
        return PartialDate(first.year, first.month)
    return PartialDate.from_date(first)
