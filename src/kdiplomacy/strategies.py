"""Hypothesis strategies that build valid instances of every model class.

For tests of your own parsers and tools (``pip install kdiplomacy[test]`` brings hypothesis)::

    from hypothesis import given
    from kdiplomacy import strategies as kst

    @given(kst.articles())
    def test_my_exporter_keeps_every_pledge(article): ...

Every strategy yields values that pass the model's validation; spans inside an Article always
lie within its body, and pledge and quote texts are the body's text under their spans.
"""

from __future__ import annotations

import calendar
from typing import Any

from hypothesis import strategies as st

from kdiplomacy.model import (
    Actor,
    ActorKind,
    Article,
    BilateralRelation,
    Country,
    Dateline,
    Horizon,
    Modality,
    PartialDate,
    Pledge,
    Quote,
    Span,
)
from kdiplomacy.model.country import all_codes

__all__ = [
    "actors",
    "articles",
    "bodies",
    "countries",
    "datelines",
    "horizons",
    "modalities",
    "partial_dates",
    "pledges",
    "quotes",
    "relations",
    "spans",
    "texts",
]

# No surrogates: interchange documents are UTF-8.
_CHARS = st.characters(codec="utf-8")


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty strings with at least one non-space character."""
    return st.text(_CHARS, min_size=1, max_size=max_size).filter(str.strip)


def bodies(max_size: int = 400) -> st.SearchStrategy[str]:
    """Article bodies: arbitrary text, sometimes with news-like words and paragraph breaks."""
    words = st.sampled_from(
        ["Seoul", "Washington", "will", "vowed", "Moon Jae-in", "alliance", "\n", "\n\n", " ", ".", '"']
    )
    mixed = st.lists(st.one_of(words, st.text(_CHARS, max_size=12)), max_size=40).map("".join)
    return st.one_of(st.text(_CHARS, max_size=max_size), mixed)


def countries() -> st.SearchStrategy[Country]:
    """Any ISO 3166-1 country, with the states of Korean diplomacy news drawn more often."""
    common = st.sampled_from(["KR", "KP", "US", "CN", "JP", "RU"])
    return st.one_of(common, st.sampled_from(sorted(all_codes()))).map(Country)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Dates at year, month or day precision, between 1900 and 2100."""
    year = draw(st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def spans(draw: st.DrawFn, length: int = 1000) -> Span:
    """Spans within a text of ``length`` characters."""
    start = draw(st.integers(0, length))
    end = draw(st.integers(start, length))
    return Span(start, end)


def modalities() -> st.SearchStrategy[Modality]:
    """Any pledge modality."""
    return st.sampled_from(Modality)


def horizons() -> st.SearchStrategy[Horizon]:
    """Pledge horizons, resolved or not."""
    return st.builds(Horizon, text=texts(), date=st.none() | partial_dates())


def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines, with or without a written date."""
    return st.builds(Dateline, city=texts(20), written=st.none() | texts(12))


@st.composite
def actors(draw: st.DrawFn, body_length: int = 0, kind: ActorKind | None = None) -> Actor:
    """Actors whose mentions lie within a body of ``body_length`` characters."""
    kind = kind or draw(st.sampled_from(ActorKind))
    country = draw(countries()) if kind is ActorKind.STATE else draw(st.none() | countries())
    mentions = draw(st.lists(spans(body_length), max_size=3)) if body_length else []
    return Actor(
        kind=kind,
        name=draw(texts()),
        title=draw(st.none() | texts()),
        country=country,
        aliases=tuple(draw(st.lists(texts(), max_size=2))),
        mentions=tuple(mentions),
    )


@st.composite
def relations(draw: st.DrawFn, body_length: int = 0) -> BilateralRelation:
    """Relations between two distinct states, evidence within a body of ``body_length``."""
    first, second = draw(st.lists(countries(), min_size=2, max_size=2, unique=True))
    evidence = draw(st.lists(spans(body_length), max_size=3)) if body_length else []
    return BilateralRelation(
        countries=(first, second),
        framing=tuple(draw(st.lists(texts(), max_size=3))),
        tone=draw(st.floats(-1.0, 1.0, allow_nan=False)),
        topics=tuple(draw(st.lists(st.sampled_from(["security", "trade", "history", "nuclear"]), max_size=3))),
        evidence=tuple(evidence),
    )


@st.composite
def _verbatim_span(draw: st.DrawFn, body: str) -> Span:
    """A span of ``body`` whose text has a non-space character (``body`` must have one)."""
    anchors = [i for i, ch in enumerate(body) if not ch.isspace()]
    anchor = draw(st.sampled_from(anchors))
    start = draw(st.integers(max(0, anchor - 30), anchor))
    end = draw(st.integers(anchor + 1, min(len(body), anchor + 60)))
    return Span(start, end)


@st.composite
def pledges(draw: st.DrawFn, body: str = "We will work closely with Tokyo.") -> Pledge:
    """Pledges whose text is a stretch of ``body`` (which needs a non-space character)."""
    span = draw(_verbatim_span(body))
    return Pledge(
        actor=tuple(draw(st.lists(countries(), max_size=2, unique=True))),
        action=draw(texts(15)),
        modality=draw(modalities()),
        text=body[span.start : span.end],
        span=span,
        speaker=draw(st.none() | actors(kind=ActorKind.PERSON)),
        counterparts=tuple(draw(st.lists(countries(), max_size=3, unique=True))),
        negated=draw(st.booleans()),
        horizon=draw(st.none() | horizons()),
    )


@st.composite
def quotes(draw: st.DrawFn, body: str = '"We will," she said.') -> Quote:
    """Quotes whose text is a stretch of ``body`` (which needs a non-space character)."""
    span = draw(_verbatim_span(body))
    return Quote(text=body[span.start : span.end], span=span, speaker=draw(st.none() | texts()))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Whole Articles: metadata, body, and recognised items all consistent with the body."""
    body = draw(bodies())
    n = len(body)
    has_text = bool(body.strip())
    optional_text: Any = st.none() | texts()
    return Article(
        body=body,
        source=draw(optional_text),
        outlet=draw(optional_text),
        aggregator=draw(optional_text),
        headline=draw(optional_text),
        flags=tuple(draw(st.lists(texts(10), max_size=2))),
        dateline=draw(st.none() | datelines()),
        published=draw(st.none() | partial_dates()),
        published_basis=draw(optional_text),
        reporters=tuple(draw(st.lists(actors(n, ActorKind.PERSON), max_size=2))),
        paragraphs=tuple(draw(st.lists(spans(n), max_size=4))),
        quotes=tuple(draw(st.lists(quotes(body), max_size=2))) if has_text else (),
        actors=tuple(draw(st.lists(actors(n), max_size=4))),
        relations=tuple(draw(st.lists(relations(n), max_size=3))),
        pledges=tuple(draw(st.lists(pledges(body), max_size=3))) if has_text else (),
        warnings=tuple(draw(st.lists(texts(), max_size=2))),
    )
