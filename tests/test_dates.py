"""Explicit dates, year-less dates, relative expressions, and year inference from evidence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import PartialDate, parse
from kdiplomacy import strategies as kst
from kdiplomacy.dates import _EXPRESSIONS, _read, find_date_expressions, parse_date, parse_month_day, resolve_relative


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("26-11-2020 14:22 IST", "2020-11-26"),
        ("date 2020-11-26", "2020-11-26"),
        ("Posted on : 2017-07-01 18:31 KST", "2017-07-01"),
        ("Updated: 2020-01-15 04:32:54 KST", "2020-01-15"),
        ("Published : Nov. 20, 2020 - 16:02", "2020-11-20"),
        ("Written: 2014-05-26 18:05:40", "2014-05-26"),
        ("2023.03.16 17:00", "2023-03-16"),
        ("Thursday, March 16, 2023", "2023-03-16"),
        ("16 March 2023", "2023-03-16"),
        ("November 2020", "2020-11"),
        ("2023-03-16T21:05:00+09:00", "2023-03-16"),
        ("Thu, 16 Mar 2023 12:00:00 +0900", "2023-03-16"),
    ],
)
def test_explicit_dates_at_their_precision(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.isoformat() == iso


def test_year_less_dates() -> None:
    found = parse_month_day("SEOUL, Nov. 30 (Yonhap)")
    assert found is not None
    assert (found.month, found.day) == (11, 30)
    assert parse_date("SEOUL, Nov. 30 (Yonhap)") is None


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("this year", "2021"),
        ("next year", "2022"),
        ("last year", "2020"),
        ("later this year", "2021"),
        ("this month", "2021-01"),
        ("next month", "2021-02"),
        ("this November", "2021-11"),
        ("Monday", "2021-01-18"),
        ("on Thursday", "2021-01-21"),
        ("until the end", None),
        ("on a regular basis", None),
    ],
)
def test_relative_expressions(expression: str, iso: str | None) -> None:
    resolved = resolve_relative(expression, PartialDate(2021, 1, 21))
    assert (resolved.isoformat() if resolved else None) == iso


def test_relative_expressions_need_a_reference() -> None:
    assert resolve_relative("next year", None) is None
    assert resolve_relative("Monday", PartialDate(2021)) is None


@given(kst.partial_dates())
def test_next_year_is_one_after_this_year(reference: PartialDate) -> None:
    """Property: 'next year' resolves to the year after 'this year', whatever the reference."""
    this, following = resolve_relative("this year", reference), resolve_relative("next year", reference)
    assert this is not None
    assert following is not None
    assert following.year == this.year + 1 == reference.year + 1


@given(st.text(max_size=300))
def test_date_parsing_never_raises(text: str) -> None:
    """Property: the date readers return a date or None on any text."""
    parse_date(text)
    parse_month_day(text)


def test_weekday_and_term_decide_the_year() -> None:
    article = parse("SEOUL, Nov. 30 (Yonhap) -- Foreign Minister Kang Kyung-wha called Monday for closer ties.")
    assert article.published == PartialDate(2020, 11, 30)


def test_without_bounding_evidence_the_date_stays_unknown() -> None:
    article = parse("SEOUL, Nov. 30 (Yonhap) -- The minister called Monday for closer ties with Tokyo.")
    assert article.published is None
    assert article.dateline is not None
    assert article.dateline.written == "Nov. 30"


def test_a_former_title_is_not_evidence() -> None:
    article = parse("SEOUL, Nov. 30 (Yonhap) -- Former Foreign Minister Kang Kyung-wha said Monday she would run.")
    assert article.published is None


def test_reference_date_bounds_the_year() -> None:
    article = parse(
        "SEOUL, Nov. 30 (Yonhap) -- The minister called Monday for closer ties.", reference_date="2021-03-01"
    )
    assert article.published == PartialDate(2020, 11, 30)
    assert article.published_basis is not None
    assert "reference date" in article.published_basis


def test_incoming_administration_bounds_the_date() -> None:
    text = (
        "WASHINGTON, Dec. 2 (Yonhap) -- Seoul will work with the incoming Joe Biden administration, "
        "an official said Wednesday."
    )
    assert parse(text).published == PartialDate(2020, 12, 2)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "SEOUL (AP) — A U.S. submarine arrived as Seoul and Washington mark the 70th anniversary of their "
            "alliance this year, officials said Tuesday.",
            "2023",
        ),
        (
            "HANOI -- Vietnam and South Korea upgraded ties on Monday. This month marks 30 years since the two "
            "countries established diplomatic relations in December 1992.",
            "2022-12",
        ),
        ("BEIJING -- The talks, launched in August 2003, two years ago, resumed on Tuesday in Beijing.", "2005"),
        ("KBS News\n입력 2022.06.30 (21:05)\nPresident Yoon Suk Yeol met NATO leaders in Madrid.", "2022-06-30"),
    ],
    ids=["anniversary-after", "years-since-this-month", "years-ago", "korean-label"],
)
def test_general_date_evidence(text: str, iso: str) -> None:
    published = parse(text).published
    assert published is not None
    assert published.isoformat() == iso


def test_a_term_anchored_to_an_earlier_year_is_not_evidence() -> None:
    text = (
        "SEOUL, March 6 (Yonhap) -- Foreign Minister Park Jin said Monday Seoul would honour the spirit of the "
        "1998 declaration signed by President Kim Dae-jung and Prime Minister Keizo Obuchi."
    )
    assert parse(text).published == PartialDate(2023, 3, 6)


def test_one_stray_term_is_ignored_when_the_rest_agree() -> None:
    text = (
        "SEOUL, July 31 (Yonhap) -- President Lee Jae-myung said Thursday the deal would hold, and Trade Minister "
        "Yeo Han-koo agreed, as President Roh Moo-hyun had said of another deal."
    )
    article = parse(text)
    assert article.published == PartialDate(2025, 7, 31)
    assert article.published_basis is not None
    assert "ignoring Roh Moo-hyun" in article.published_basis


def test_an_open_term_runs_two_years_past_the_gazetteer_date() -> None:
    """Lee Jae-myung's open term (from 2025-06-04) is not stretched ten years: July 31 falls on a
    Thursday in 2025 and again in 2031, and only 2025 is within reach."""
    text = "SEOUL, July 31 (Yonhap) -- President Lee Jae-myung said Thursday the deal would hold."
    assert parse(text).published == PartialDate(2025, 7, 31)


def test_a_weekday_and_month_day_in_the_lead() -> None:
    text = "It's Monday, May 27th. Prime Minister Kishida Fumio and President Yoon Suk-yeol met in Seoul."
    assert parse(text).published == PartialDate(2024, 5, 27)


def _dates_oracle(text: str) -> list[tuple[tuple[int, int], PartialDate]]:
    """The plain quadratic reading of find_date_expressions: every pattern in order, a match
    kept unless it overlaps one kept before."""
    found: list[tuple[tuple[int, int], PartialDate]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _EXPRESSIONS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            date = _read(kind, match, True)
            if date is not None:
                found.append((match.span(), date))
                taken.append(match.span())
    return sorted(found)


@given(
    st.lists(
        st.sampled_from(
            ["2020-11-26", "26-11-2020", "Nov. 26, 2020", "26 November 2020", "November 2020", "2020-11", " ", "-", "x"]
        ),
        max_size=30,
    ).map("".join)
)
def test_find_date_expressions_agrees_with_the_plain_reading(text: str) -> None:
    """The sorted-interval overlap check keeps exactly what the plain quadratic check keeps."""
    assert [(m.span(), d) for m, d in find_date_expressions(text)] == _dates_oracle(text)


def test_many_dates_are_read_in_linear_time() -> None:
    """Ten thousand dates: each overlap check is a bisection, not a scan (this once took minutes)."""
    assert len(find_date_expressions("2020-11-26 " * 10_000)) == 10_000
