"""Cleaning rules, each stated as the general pattern it implements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import parse
from kdiplomacy.clean import (
    assemble_paragraphs,
    drop_repeated_paragraphs,
    is_boilerplate,
    is_foreign_script,
    join_broken_words,
    sound_bite,
    split_title_name,
    strip_transcript_mark,
)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Your email address will not be published.",
        "Source Link",
        "Reporter :",
        "This page is made available thanks to Some Wire by Some Site",
        "Share | Print | E-mail",
        "Font size A+ A-",
        "[Phone] 02-398-8585",
        "[Mail] social@ytn.co.kr",
        "※ 'Your report becomes news'",
        "[Copyright holder (c) YTN Unauthorized reproduction, redistribution and use of AI data prohibited]",
        "Copyright © The Korea Herald. All rights reserved.",
        "We use cookies to improve your experience.",
        "https://example.com/story",
        "Related Articles",
    ],
)
def test_page_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "South Korea will work to strengthen its ties with countries in the Indo-Pacific region.",
        "Moon also vowed to boost the strategic cooperative partnership with Russia.",
        "Share prices rose in Seoul on Monday as the talks opened.",
        "He said the deal was signed in Tokyo.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert not is_boilerplate(line)


def test_foreign_script_lines() -> None:
    assert is_foreign_script("로그인 회원가입 | 전체메뉴")
    assert not is_foreign_script("Seoul (서울) said")


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("[Anchor]", ""),
        ("[Anchor Lead] The minister left.", "The minister left."),
        ("[Pkg]", ""),
        ("[Seoul] no", "[Seoul] no"),
    ],
)
def test_transcript_marks(line: str, rest: str) -> None:
    assert strip_transcript_mark(line) == rest


def test_sound_bites_and_title_split() -> None:
    who, words = sound_bite("[Minister of Foreign Affairs Cho Tae-yeol: I am well aware of the doubts]") or ("", "")
    assert (who, words) == ("Minister of Foreign Affairs Cho Tae-yeol", "I am well aware of the doubts")
    assert split_title_name(who) == ("Minister of Foreign Affairs", "Cho Tae-yeol")
    assert sound_bite("[Soundbite] Foreign Minister Park Jin : We will respond.") == (
        "Foreign Minister Park Jin",
        "We will respond.",
    )
    assert sound_bite("[Anchor]") is None
    assert split_title_name("Kurt Campbell") == (None, "Kurt Campbell")


def test_broken_words_are_rejoined_but_wrapped_lines_are_not() -> None:
    lines = ["On the deepening of military coope", "ration between Russia and North Korea, the ministry said."]
    assert join_broken_words(lines) == [
        "On the deepening of military cooperation between Russia and North Korea, the ministry said."
    ]
    wrapped = ["the two sides will deepen their", "ties in trade and security, and their ties will grow"]
    assert join_broken_words(wrapped) == wrapped
    assert (
        join_broken_words(["a future-", "oriented approach", "future-oriented ties"])[0] == "a future-oriented approach"
    )


def test_blank_line_blocks_become_paragraphs() -> None:
    assert assemble_paragraphs(["One line", "wrapped here.", "", "Two."]) == ["One line wrapped here.", "Two."]
    assert assemble_paragraphs(["First.", "Second.", "Third."]) == ["First.", "Second.", "Third."]


def test_a_teaser_repeated_in_the_story_goes_and_the_story_stays() -> None:
    teaser = "Kang thanked Wang for the visit, expressing hopes for deeper cooperation on many issues."
    story = ["The ministers met in Seoul on Thursday for talks on many things.", teaser + " They also met reporters."]
    kept, dropped = drop_repeated_paragraphs([teaser, *story], lead=1)
    assert kept == story
    assert dropped == 1


@given(st.lists(st.text(max_size=80), max_size=20), st.integers(0, 20))
def test_dropping_repeats_is_idempotent(paragraphs: list[str], lead: int) -> None:
    """Property: dropping repeats twice drops nothing more the second time, and keeps order."""
    once, _ = drop_repeated_paragraphs(paragraphs, lead=lead)
    twice, dropped = drop_repeated_paragraphs(once, lead=0)
    assert dropped == 0 or len(twice) < len(once)
    assert [p for p in paragraphs if p in once] == once


@given(st.lists(st.text(max_size=60), max_size=20))
def test_joining_never_loses_letters(lines: list[str]) -> None:
    """Property: rejoining broken words only removes line breaks (and hyphens), never letters."""
    joined = join_broken_words(lines)

    def letters(items: list[str]) -> str:
        return "".join(ch for ch in "".join(items) if ch.isalnum())

    assert letters(joined) == letters(lines)


WIRE_WITH_TAIL = (
    "Poland signs deal for South Korean tanks\n\n"
    "WARSAW, July 27, 2022 (AFP) - Poland on Wednesday signed deals to buy tanks from South Korea.\n\n"
    "The first deliveries are expected before the end of the year, officials said.\n\n"
    "The presidential office said the government will keep supporting defence firms.\n\n"
    "{end}\n\n"
    "{heading}\n"
    "- Japan lifts travel curbs for business visitors\n"
    "> Samoa's new government marks six months in office\n"
    "Photo gallery: Sydney heatwave sends crowds to the beach\n\n"
    "Tags: Poland, South Korea, Norway\n"
    "Comments (0) | Log in to comment\n"
)


@pytest.mark.parametrize("end", ["(END)", "arb-pa/dva", "-ends-", "###", ""])
@pytest.mark.parametrize(
    "heading", ["Related stories", "More from Asia-Pacific", "관련기사 Related Articles", "Read more"]
)
def test_end_marks_link_lists_and_tags_are_not_the_story(end: str, heading: str) -> None:
    article = parse(WIRE_WITH_TAIL.format(end=end, heading=heading))
    assert article.body.endswith("keep supporting defence firms.")
    assert {c.code for c in article.states} == {"PL", "KR"}


def test_a_link_list_heading_does_not_swallow_the_story_after_it() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Seoul and Tokyo agreed on Monday to resume talks.\n\n"
        "Related stories\n- Japan lifts curbs\n\n"
        "The two foreign ministers will meet again next month to prepare a summit, officials said."
    )
    assert "will meet again next month" in article.body
    assert "Japan lifts curbs" not in article.body
