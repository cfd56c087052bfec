"""Metadata rules for page and wire layouts, one general shape each."""

from __future__ import annotations

import pytest

from kdiplomacy import parse
from kdiplomacy.clean import is_boilerplate
from kdiplomacy.parsers._metadata import (
    bare_bylines,
    byline_outlet,
    date_line,
    find_dateline,
    find_signoff,
    is_navigation,
    labelled_dates,
    masthead,
    reporters_in,
    source_outlet,
    take_flags,
)

LEAD = "South Korea and Japan on Monday agreed to hold regular talks on trade and security, officials said."


@pytest.mark.parametrize(
    ("headline", "text", "flags"),
    [
        ("(LEAD) Seoul, Tokyo agree", "Seoul, Tokyo agree", ("LEAD",)),
        ("(2nd LD) (URGENT) Seoul, Tokyo agree", "Seoul, Tokyo agree", ("2nd LD", "URGENT")),
        ("UPDATE 2-Seoul, Tokyo agree", "Seoul, Tokyo agree", ("UPDATE 2",)),
        ("EXCLUSIVE-Seoul, Tokyo agree", "Seoul, Tokyo agree", ("EXCLUSIVE",)),
        ("Seoul-Tokyo talks resume", "Seoul-Tokyo talks resume", ()),
    ],
)
def test_wire_flags(headline: str, text: str, flags: tuple[str, ...]) -> None:
    assert take_flags(headline) == (text, flags)


@pytest.mark.parametrize(
    "line",
    [
        "Diplomacy / Korea-Japan",
        "Home   World   Korea   China   Japan   Opinion",
        "News | Politics | Diplomacy",
        "Home > World > Asia",
    ],
)
def test_navigation_lines(line: str) -> None:
    assert is_navigation(line)


@pytest.mark.parametrize(
    "line",
    [
        "f Share t Tweet in Share ✉ Email ⎙ Print",
        "Posted by admin | 0 Comments",
        "(ATTN: UPDATES with details in paras 3-7)",
    ],
)
def test_more_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Source: Yonhap News Agency",
        "This article was originally published by The Korea Times.",
        "Republished from Kyodo",
    ],
)
def test_source_lines_name_the_outlet(line: str) -> None:
    outlet = source_outlet(line)
    assert outlet is not None


def test_a_masthead_is_found_after_a_cookie_notice_and_title_cased() -> None:
    lines = [
        "We use cookies to improve your experience on our site.",
        "",
        "EAST ASIA DIGEST",
        "Home   World   Korea   Japan",
    ]
    assert masthead(lines) == "East Asia Digest"


def test_a_date_line_is_not_a_masthead() -> None:
    assert masthead(["JULY 1, 2019 / 4:18 AM / UPDATED", "", "Home | World | Asia"]) is None


def test_an_afp_dateline_with_its_year() -> None:
    article = parse("CAMP DAVID, United States, Aug 18, 2023 (AFP) - " + LEAD)
    assert (article.outlet, article.dateline.city if article.dateline else None) == ("AFP", "CAMP DAVID")


def test_headline_and_lead_stay_apart_without_blank_lines_between() -> None:
    text = (
        "(LEAD) Seoul, Tokyo agree to talks\nBy Kim Han-joo\nSEOUL, March 6 (Yonhap) -- "
        + LEAD
        + "\n\nSecond paragraph here."
    )
    article = parse(text)
    assert article.paragraph_texts()[:2] == ["Seoul, Tokyo agree to talks", LEAD]
    assert [r.name for r in article.reporters] == ["Kim Han-joo"]


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("BEIJING, May 27 Kyodo - Chinese President Hu Jintao met Lee.", "BEIJING", "Kyodo"),
        ("GYEONGJU, South Korea - Japanese Prime Minister Sanae Takaichi met Lee.", "GYEONGJU", None),
    ],
)
def test_datelines_with_a_bare_agency_or_a_region_before_a_dash(line: str, city: str, outlet: str | None) -> None:
    found = find_dateline(line)
    assert found is not None
    assert found.city == city
    assert (found.outlet.name if found.outlet else None) == outlet


def test_a_hyphen_between_two_states_is_no_dateline() -> None:
    assert find_dateline("US - China talks resumed on Monday.") is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("June 29, 2023 3:41 PM GMT+9 Updated 2 hours ago", "2023-06-29"),
        ("KYODO NEWS - Oct 30, 2025 - 22:47 | Politics, All", "2025-10-30"),
    ],
)
def test_date_lines_with_an_offset_an_update_note_or_a_masthead(line: str, iso: str) -> None:
    assert str(date_line(line)) == iso


def test_a_masthead_naming_an_outlet_before_a_date_gives_the_outlet() -> None:
    article = parse(
        "KYODO NEWS - Oct 30, 2025 - 22:47 | Politics, All\n\n"
        "Takaichi, Lee agree to keep up shuttle diplomacy\n\n"
        "GYEONGJU, South Korea - Japanese Prime Minister Sanae Takaichi and President Lee Jae Myung agreed "
        "Thursday to continue reciprocal visits.\n\nThey also confirmed they will work closely on North Korea."
    )
    assert article.outlet == "Kyodo"
    assert str(article.published) == "2025-10-30"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Park Min-hyuk mhpark@donga.com", ["Park Min-hyuk"]),
        ("KENTA MATSUDA, Nikkei staff writer", ["Kenta Matsuda"]),
        ("By Seo Dong-min Staff Reporter", ["Seo Dong-min"]),
        ("The talks went well, officials said.", []),
    ],
)
def test_sign_offs_with_an_address_or_a_staff_role_name_the_reporter(line: str, names: list[str]) -> None:
    assert reporters_in(line) == names


def test_a_staff_writer_line_names_the_outlet_and_a_sign_off_may_end_with_a_two_word_city() -> None:
    outlet = byline_outlet("KENTA MATSUDA, Nikkei staff writer")
    assert outlet is not None
    assert outlet.name == "Nikkei"
    signoff = find_signoff("Park Se-young, Arirang News, Kuala Lumpur.")
    assert signoff is not None
    assert signoff.reporter == "Park Se-young"


def test_a_masthead_naming_a_public_body_makes_it_the_outlet_of_its_own_release() -> None:
    page = (
        "Ministry of Unification, Republic of Korea\nHome > News > Press Releases\n\n"
        "Government to resume family reunion talks\n\n" + LEAD + "\n"
    )
    article = parse(page)
    assert (article.outlet, article.aggregator) == ("Ministry of Unification", None)


def test_a_site_masthead_over_a_story_that_names_no_outlet_is_an_aggregator() -> None:
    page = "Peninsula Watch\nNews | Analysis | About | Contact\n\nSeoul and Tokyo agree to talk\n\n" + LEAD + "\n"
    article = parse(page)
    assert (article.outlet, article.aggregator) == (None, "Peninsula Watch")


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("SEOUL, Aug. 6 Kyodo", "SEOUL", "Kyodo"),
        ("SEOUL/ABU DHABI, Dec 28 (Reuters) - Shares in builders jumped.", "SEOUL/ABU DHABI", "Reuters"),
    ],
)
def test_datelines_of_two_cities_or_with_the_agency_alone_at_the_end(line: str, city: str, outlet: str) -> None:
    found = find_dateline(line)
    assert found is not None
    assert (found.city, found.outlet.name if found.outlet else None) == (city, outlet)


def test_a_reuters_credit_line_names_reuters() -> None:
    article = parse(
        "Nuclear builders surge after UAE win\n\nShares in South Korean builders jumped on Monday, analysts said.\n\n"
        + LEAD
        + "\n\n(Reporting by Yoo Sun-ah in Seoul; Editing by Neil Fullerton)\n"
    )
    assert article.outlet == "Reuters"


@pytest.mark.parametrize(
    ("head", "reporters"),
    [
        (["Seo Min-jae", "June 21, 2024"], ["Seo Min-jae"]),
        (["Mara Villanueva", "Philippines Correspondent", "UPDATED Oct 07, 2024, 09:51 PM"], ["Mara Villanueva"]),
        (
            ["Lam Ka-yan in Beijing and Ahn So-hee in Seoul", "Published: 9:30am, 5 Sep 2025"],
            ["Lam Ka-yan", "Ahn So-hee"],
        ),
        (["Rakesh Menon | TNN | Updated: Jul 11, 2018, 04:05 IST"], ["Rakesh Menon"]),
        (["Đặng Thu Hà", "December 14, 2022"], ["Đặng Thu Hà"]),
        (["Seoul and Tokyo agree to talk", "June 21, 2024"], []),
    ],
)
def test_a_line_of_names_above_a_date_or_a_role_or_before_an_agency_is_a_byline(
    head: list[str], reporters: list[str]
) -> None:
    assert bare_bylines(head) == reporters


def test_a_labelled_date_may_give_the_time_first() -> None:
    assert [str(d) for _, d in labelled_dates("Published: 9:30am, 5 Sep 2025")] == ["2025-09-05"]


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (
            "Asia Digest\nHome | World | Asia | Markets\nSearch Asia Digest...\n\nSeoul and Tokyo agree to talk\n\n",
            "Seoul and Tokyo agree to talk",
        ),
        (
            "Aerospace & Defense\n\nIndonesia offers to pay a third of its fighter share\n\n",
            "Indonesia offers to pay a third of its fighter share",
        ),
        (
            "Seoul and Hanoi Have Upgraded Their Ties. Now Comes the Hard Part.\n\n",
            "Seoul and Hanoi Have Upgraded Their Ties. Now Comes the Hard Part.",
        ),
        (
            "Gulf News English - Business - South Korea wins $20bn UAE nuclear deal\n\n"
            "South Korea wins $20bn UAE nuclear deal\n\n",
            "South Korea wins $20bn UAE nuclear deal",
        ),
    ],
)
def test_the_headline_is_not_a_search_box_a_section_or_a_page_title(page: str, headline: str) -> None:
    assert parse(page + LEAD + "\n").headline == headline


def test_a_public_bodys_name_over_a_briefing_is_its_outlet_not_its_headline() -> None:
    page = (
        "OFFICE OF THE PRESIDENT\nREPUBLIC OF KOREA\n\nBriefings | Written Briefing\n\n"
        "Written briefing by Spokesperson Kang Yu-jung on the phone call with Mexico\n\nJanuary 20, 2026\n\n"
        + LEAD
        + "\n"
    )
    article = parse(page)
    assert article.outlet == "Office of the President"
    assert article.headline == "Written briefing by Spokesperson Kang Yu-jung on the phone call with Mexico"
