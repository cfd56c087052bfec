"""The fast paths give exactly what the plain definitions they replace give.

Each speed-up (one pattern for all topic cues, searching for a title only in the last words
before a name, skipping words no known family name starts with, trying only the days a
date constraint allows) is checked against the plain way, on arbitrary and on news-like input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
import warnings

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kdiplomacy import Actor, ActorKind, Country, Span, _resources, content_id, date_inference, fold_name
from kdiplomacy._caseless import Caseless, lower_case_safe
from kdiplomacy.clean import _boilerplate_kinds
from kdiplomacy.extract import people, pledges
from kdiplomacy.extract._lexicon import (
    _topic_finder,
    any_pledge_cue,
    framing_phrases,
    pledge_cue_tests,
    topic_cues,
    topics_in,
)
from kdiplomacy.extract._mentions import PersonMentions
from kdiplomacy.extract.states import StateMention, mentions_within
from kdiplomacy.gazetteer import _NAME_TOKEN, NameMention, default_gazetteer, find_officials
from kdiplomacy.model import country as country_module
from kdiplomacy.parsers import _metadata

CUE_WORDS = [row["cue"] for row in _resources.read_tsv("topics.tsv")]
NEWS_WORDS = st.sampled_from(
    [
        *CUE_WORDS,
        "Foreign",
        "Minister",
        "Chinese",
        "of",
        "the",
        "Moon",
        "Jae-in",
        "Kim",
        "Jong-un",
        "Yoon",
        "Suk",
        "Yeol",
        "Wang",
        "Yi",
        "said",
        "U.S.",
        "ſecurity",
        "K",
        "İstanbul",
        "de-",
        "1990s",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", "-", "\n", "(", "'s "])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    words = draw(st.lists(NEWS_WORDS, max_size=30))
    return "".join(word + draw(SEPARATORS) for word in words)


TEXTS = st.one_of(st.text(max_size=200), news_like())


def _topics_plainly(passage: str) -> tuple[str, ...]:
    return tuple(topic for cue, topic in topic_cues() if cue.search(passage))


@given(TEXTS)
def test_topics_in_is_every_cue_searched_alone(passage: str) -> None:
    assert topics_in(passage) == _topics_plainly(passage)


@given(TEXTS, st.integers(0, 250))
def test_title_before_searches_like_the_whole_window(body: str, start: int) -> None:
    start = min(start, len(body))
    window = body[max(0, start - 100) : start]
    match = people._TITLE_TAIL.search(window)
    plain = people._trailing_title(match.group(1).split()) if match else ""
    assert people._title_before(body, start) == plain


def _officials_plainly(text: str) -> list[NameMention]:
    table = default_gazetteer()
    tokens = list(_NAME_TOKEN.finditer(text))
    found: list[NameMention] = []
    i = 0
    while i < len(tokens):
        matched = 0
        for width in range(min(4, len(tokens) - i), 1, -1):
            window = tokens[i : i + width]
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(window)):
                continue
            start, end = window[0].start(), window[-1].end()
            officials = table.by_key(fold_name(text[start:end]))
            if officials:
                found.append(NameMention(start, end, tuple(officials)))
                matched = width
                break
        i += matched or 1
    return found


@given(TEXTS)
def test_find_officials_skips_only_words_no_name_starts_with(text: str) -> None:
    assert find_officials(text) == _officials_plainly(text)


def test_find_officials_still_finds_variant_spellings() -> None:
    found = find_officials("Yoon Suk-yeol met Kim Jong Un and Moon Jae In.")
    assert [m.officials[0].name for m in found] == ["Yoon Suk Yeol", "Kim Jong-un", "Moon Jae-in"]


DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def constraints(draw: st.DrawFn) -> date_inference.Constraint:
    kind = draw(st.sampled_from(["interval", "intervals", "years", "dateline", "weekday", "odd days"]))
    if kind == "interval":
        lo, hi = sorted(draw(st.tuples(DAYS, DAYS)))
        return date_inference._interval(lo, hi, "interval")
    if kind == "intervals":
        spans = [tuple(sorted(draw(st.tuples(DAYS, DAYS)))) for _ in range(draw(st.integers(1, 3)))]
        found = date_inference._intervals(spans, "intervals")  # type: ignore[arg-type]
        assert found is not None
        return found
    if kind == "years":
        return date_inference._in_years(set(draw(st.lists(st.integers(1990, 2030), min_size=1, max_size=4))), "y")
    if kind == "dateline":
        month, day = draw(st.sampled_from([(2, 29), (1, 31), (6, 13), (12, 31), (2, 30)]))
        return date_inference.Constraint("dateline", lambda d: (d.month, d.day) == (month, day), month_day=(month, day))
    if kind == "odd days":  # a test of days with nothing to speed it up
        return date_inference.Constraint("odd days", lambda d: d.day % 2 == 1)
    number = draw(st.integers(0, 6))
    return date_inference.Constraint("weekday", lambda d: d.weekday() == number, soft=True, weekday=number)


@given(DAYS, st.integers(0, 4000), st.lists(constraints(), max_size=4))
def test_days_satisfying_tries_every_day_that_could_pass(
    lo: dt.date, width: int, found: list[date_inference.Constraint]
) -> None:
    hi = min(lo + dt.timedelta(days=width), dt.date(2030, 12, 31))
    plain, day = [], lo
    while day <= hi:
        if all(c.accepts(day) for c in found):
            plain.append(day)
        day += dt.timedelta(days=1)
    assert date_inference._days_satisfying(lo, hi, found) == plain


SPANS = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20)), max_size=30)


@given(st.lists(SPANS, max_size=5), st.integers(0, 320), st.integers(0, 60))
def test_person_mentions_within_finds_what_a_scan_finds(
    spans: list[list[tuple[int, int]]], start: int, width: int
) -> None:
    persons = [
        Actor(kind=ActorKind.PERSON, name=f"Person {i}", mentions=tuple(Span(s, s + n) for s, n in found))
        for i, found in enumerate(spans)
    ]
    index = PersonMentions(persons)
    end = start + width
    plainly = sorted(
        (s.start, s.end, i) for i, person in enumerate(persons) for s in person.mentions if start <= s.start < end
    )
    assert [(s, e, persons.index(p)) for s, e, p in index.within(start, end)] == plainly
    assert index.persons_within(start, end) == [p for p in persons if any(start <= s.start < end for s in p.mentions)]


@given(st.lists(st.integers(0, 300), max_size=30), st.integers(0, 320), st.integers(0, 60))
def test_mentions_within_finds_what_a_scan_finds(starts: list[int], start: int, width: int) -> None:
    mentions = [StateMention(Country("KR"), s, s + 5, "name", False) for s in sorted(starts)]
    assert list(mentions_within(mentions, start, start + width)) == [
        m for m in mentions if start <= m.start < start + width
    ]


# -- case-insensitive matching on lower-cased ASCII text ------------------------------------


def _caseless_in_use() -> list[Caseless]:
    from kdiplomacy.extract import _tone, relations  # noqa: PLC0415

    kinds = _boilerplate_kinds()
    return [
        any_pledge_cue(),
        framing_phrases(),
        _topic_finder().pattern,
        _tone._cues()[0],
        _tone._reversals(),
        _tone._CLAUSE_BREAK,
        relations._DEALINGS,
        relations._STRONG_DEALINGS,
        relations._TRILATERAL,
        relations._THE_TWO,
        *pledge_cue_tests(),
        kinds["="],
        kinds["~"],
        kinds["^"],
    ]


CUE_TEXTS = st.lists(
    st.sampled_from(
        [
            *(row["cue"] for row in _resources.read_tsv("tone.tsv")),
            "will",
            "Vowed to",
            "AGREED",
            "plus three",
            "We Use Cookies",
            "All Rights Reserved",
            "the two sides",
            "Related Articles",
            "said",
            "ſ",
            "K",
            "İ",
            "(ATTN EDITORS: ...)",
        ]
    ).map(lambda word: word.upper() if len(word) % 3 == 0 else word),
    max_size=12,
).map(" ".join)


def test_the_patterns_in_use_take_the_fast_path() -> None:
    """Written in lower case, every cue list is matched on lower-cased text (the "=" kind of
    boilerplate has upper-case wire flags in it, and keeps IGNORECASE)."""
    fast = [pattern._lowered is not None for pattern in _caseless_in_use()]
    assert fast == [True] * (10 + len(pledge_cue_tests())) + [False, True, True]


@given(st.one_of(TEXTS, CUE_TEXTS, st.text(alphabet="aAsSkK ſİı-'’.", max_size=40)))
def test_caseless_matches_exactly_what_ignorecase_matches(text: str) -> None:
    for caseless in _caseless_in_use():
        plain = caseless.pattern
        assert (caseless.search(text) is None) == (plain.search(text) is None)
        assert (caseless.fullmatch(text) is None) == (plain.fullmatch(text) is None)
        assert [m.span() for m in caseless.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.group().casefold() for m in caseless.finditer(text)] == [
            m.group().casefold() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    ("source", "safe"),
    [
        (r"\bvows? to\b", True),
        (r"(?<![\w'])(?:agree|agreed)\b", True),
        (r"(?P<verb>[a-z]{3,})\s+to", True),
        (r"[A-Z]\w+", False),
        (r"Plus Three", False),
        (r"\x41bc", False),
        (r"(\w)\1", False),
        (r"(?-i:abc)", False),
        (r"(?i)abc", False),
        (r"[!-~]", False),
        (r"[a-\x7a]", False),
        (r"ſecurity", False),
        (r"©|무단", True),
    ],
)
def test_lower_case_safe(source: str, safe: bool) -> None:
    assert lower_case_safe(source) is safe


@given(st.text(alphabet="abcAB-[]^\\()?:=!<PsSw.", max_size=12), st.text(alphabet="abcABC -ſK", max_size=20))
def test_a_pattern_vouched_for_matches_like_ignorecase(source: str, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # "possible nested set" in a drawn "[["
        try:
            plain, lowered = re.compile(source, re.I), re.compile(source)
        except re.error:
            return
    if lower_case_safe(source) and text.isascii():
        assert [m.span() for m in lowered.finditer(text.lower())] == [m.span() for m in plain.finditer(text)]


# -- remembered answers ----------------------------------------------------------------


@given(TEXTS)
def test_country_resolve_remembers_the_table_s_answer(text: str) -> None:
    code = country_module._table().resolve(text)
    assert Country.resolve(text) == (Country(code) if code else None)
    assert Country.resolve(text) == (Country(code) if code else None)  # and again, remembered


@given(st.one_of(TEXTS, st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000aA", max_size=30)))
def test_content_id_collapses_white_space_as_the_regex_did(body: str) -> None:
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body).casefold()).strip()
    assert content_id(body) == hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


ATTRIBUTED = st.lists(
    st.sampled_from(
        ["the minister", "he", "Kim", "said", "told", "reporters", "in a", "briefing", ".", '"', "’", " ", "\n"]
    ),
    max_size=12,
).map(" ".join)


@example('Seoul will work with Tokyo, the minister told reporters in a briefing."')
@given(st.one_of(TEXTS, ATTRIBUTED, st.text(alphabet='said told ."”’\n', max_size=200)))
def test_attribution_is_searched_wherever_it_could_match(segment: str) -> None:
    if pledges._ATTRIBUTION.search(segment):
        assert pledges._may_end_in_attribution(segment)


WIRE_LINES = st.lists(
    st.sampled_from(
        ["SEOUL", "Seoul", ",", " ", "Nov. 30", "2020", "(Yonhap)", "Yonhap", "--", "-", "—", "–", "(", ")"]
    ),
    max_size=10,
).map("".join)


@given(st.one_of(TEXTS, WIRE_LINES))
@example("SEOUL, Nov. 30 (Yonhap) -- Foreign Minister ...")
@example("BEIJING, May 27 Kyodo - China said ...")
@example("TOKYO (Reuters) – Japan will ...")
@example("SEOUL, Aug. 6 Kyodo")
def test_the_wire_dateline_is_tried_wherever_it_could_match(line: str) -> None:
    wire, _, _ = _metadata._dateline_patterns()
    if wire.match(line):
        assert _metadata._may_open_a_wire_dateline(line)
