"""Spans, actors, relations, pledges and articles: construction rules and invariants."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdiplomacy import (
    Actor,
    ActorKind,
    Article,
    BilateralRelation,
    Country,
    Horizon,
    InvalidSpanError,
    Modality,
    ModelError,
    PartialDate,
    Pledge,
    Quote,
    Span,
    content_id,
)
from kdiplomacy import strategies as kst

BODY = "Moon also vowed to boost the strategic cooperative partnership with Russia."


def _pledge(**changes: object) -> Pledge:
    values: dict[str, object] = {
        "actor": ["KR"],
        "action": "boost",
        "modality": Modality.VOW,
        "text": "vowed to boost the strategic cooperative partnership with Russia",
        "span": Span(10, 74),
        "counterparts": ["RU"],
    }
    values.update(changes)
    return Pledge(**values)  # type: ignore[arg-type]


# -- Span ---------------------------------------------------------------------------------


def test_span_text_is_recoverable() -> None:
    assert Span(0, 4).text_in(BODY) == "Moon"


@pytest.mark.parametrize(("start", "end", "message"), [(-1, 3, "start must be >= 0"), (5, 2, "before its start")])
def test_bad_spans_raise(start: int, end: int, message: str) -> None:
    with pytest.raises(InvalidSpanError, match=message):
        Span(start, end)


def test_span_outside_text_raises() -> None:
    with pytest.raises(InvalidSpanError, match="reaches past the end of the body"):
        Span(0, 500).text_in(BODY)


def test_bool_is_not_an_offset() -> None:
    with pytest.raises(InvalidSpanError, match="must be an int"):
        Span(True, 3)  # type: ignore[arg-type]


@given(kst.spans(), kst.spans())
def test_span_overlap_is_symmetric(a: Span, b: Span) -> None:
    """Property: overlap is symmetric, and containment of a non-empty span implies overlap."""
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b) and len(b):
        assert a.overlaps(b)


# -- Actor --------------------------------------------------------------------------------


def test_state_actor_needs_country() -> None:
    with pytest.raises(ModelError, match="needs its country"):
        Actor(kind=ActorKind.STATE, name="Atlantis")


def test_state_constructor() -> None:
    state = Actor.state("KP")
    assert state.name == "North Korea"
    assert state.key == "state:KP"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cho Tae-yul", "Cho Tae-yeol"),
        ("Hong Sun-ki", "Hong Seon-gi"),
        ("Yoon Suk Yeol", "Yoon Suk-yeol"),
        ("Lee Jae-myung", "Yi Jae-myung"),
        ("Park Geun-hye", "Pak Geun-hye"),
        ("Choi Son-hui", "Choe Son-hui"),
        ("Chung Eui-yong", "Chung Ui-yong"),
        ("Kang Kyung-wha", "Kang Kyung-hwa"),
    ],
)
def test_romanisation_variants_share_a_key(a: str, b: str) -> None:
    first = Actor(kind=ActorKind.PERSON, name=a)
    second = Actor(kind=ActorKind.PERSON, name=b)
    assert first.key == second.key


@pytest.mark.parametrize(
    ("a", "b"), [("Moon Jae-in", "Kim Jong-un"), ("Wang Yi", "Yang Jiechi"), ("Park Jin", "Park Chan")]
)
def test_different_people_have_different_keys(a: str, b: str) -> None:
    assert Actor(kind=ActorKind.PERSON, name=a).key != Actor(kind=ActorKind.PERSON, name=b).key


@pytest.mark.parametrize("name", ["", "   "])
def test_actor_name_must_have_text(name: str) -> None:
    with pytest.raises(ModelError, match="name must be a non-empty string"):
        Actor(kind=ActorKind.PERSON, name=name)


# -- BilateralRelation ---------------------------------------------------------------------


def test_pair_is_unordered() -> None:
    a = BilateralRelation(countries=("US", "KR"), tone=0.5)
    b = BilateralRelation(countries=(Country("KR"), Country("US")), tone=0.5)
    assert a == b
    assert hash(a) == hash(b)
    assert a.pair == "KR-US"
    assert a.other("US") == Country("KR")


@pytest.mark.parametrize(
    ("countries", "message"),
    [(("KR", "KR"), "two distinct countries"), (("KR",), "exactly two"), ("KR", "got the string")],
)
def test_bad_pairs_raise(countries: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        BilateralRelation(countries=countries)  # type: ignore[arg-type]


@pytest.mark.parametrize("tone", [1.5, -2, float("nan"), float("inf"), True])
def test_tone_must_be_in_unit_interval(tone: float) -> None:
    with pytest.raises(ModelError, match="tone"):
        BilateralRelation(countries=("KR", "JP"), tone=tone)


@given(kst.countries(), kst.countries(), st.floats(-1, 1))
def test_pair_symmetry_property(a: Country, b: Country, tone: float) -> None:
    """Property: the relation of (a, b) equals the relation of (b, a), with the same hash."""
    if a == b:
        return
    ab = BilateralRelation(countries=(a, b), tone=tone)
    ba = BilateralRelation(countries=(b, a), tone=tone)
    assert ab == ba
    assert hash(ab) == hash(ba)
    assert ab.countries[0] < ab.countries[1]


# -- Pledge -------------------------------------------------------------------------------


def test_modality_order_runs_from_hope_to_vow() -> None:
    assert Modality.HOPE < Modality.CALL < Modality.SEEK < Modality.PLAN < Modality.WILL < Modality.VOW
    assert max(Modality) is Modality.VOW
    assert Modality.WARN.hostile
    assert not Modality.MUST.hostile


def test_pledge_counterparts_accept_codes_and_drop_repeats() -> None:
    pledge = _pledge(counterparts=["RU", Country("RU"), "JP"])
    assert pledge.counterparts == (Country("RU"), Country("JP"))


def test_pledge_text_must_fit_its_span() -> None:
    with pytest.raises(ModelError, match="covers 2"):
        _pledge(span=Span(0, 2))


def test_pledge_speaker_must_be_a_person() -> None:
    with pytest.raises(ModelError, match="speaker must be a person"):
        _pledge(speaker=Actor.state("KR"))


# -- Article ------------------------------------------------------------------------------


def test_article_checks_pledge_text_against_body() -> None:
    article = Article(body=BODY, pledges=[_pledge()], published=PartialDate(2021, 1, 21))
    assert article.text_of(article.pledges[0].span) == article.pledges[0].text
    with pytest.raises(InvalidSpanError, match=r"pledges\[0\]\.text"):
        Article(body=BODY.upper(), pledges=[_pledge()])


def test_article_checks_every_span_is_inside_body() -> None:
    with pytest.raises(InvalidSpanError, match=r"relations\[0\]\.evidence\[0\]"):
        Article(body="short", relations=[BilateralRelation(countries=("KR", "RU"), evidence=[Span(0, 50)])])


def test_article_views() -> None:
    moon = Actor(kind=ActorKind.PERSON, name="Moon Jae-in", country="KR", title="President")
    article = Article(
        body=BODY,
        actors=[moon, Actor.state("KR"), Actor.state("RU")],
        relations=[BilateralRelation(countries=("RU", "KR"))],
        quotes=[Quote(text="Moon", span=Span(0, 4))],
        pledges=[_pledge(horizon=Horizon(text="this year", date=PartialDate(2021)))],
    )
    assert article.persons == (moon,)
    assert article.states == (Country("KR"), Country("RU"))
    assert article.relation("KR", "RU") is article.relations[0]
    assert article.relation("KR", "JP") is None


def test_content_id_ignores_case_and_spacing_but_not_words() -> None:
    assert content_id("Seoul  and\nTokyo") == content_id("seoul and tokyo")
    assert content_id("Seoul and Tokyo") != content_id("Seoul and Beijing")
    assert Article(body="Seoul and Tokyo").id == content_id("Seoul and Tokyo")


@given(kst.articles())
def test_generated_articles_keep_every_span_inside_the_body(article: Article) -> None:
    """Property: every span of a valid Article lies within its body and pledge texts are verbatim."""
    for span in article.paragraphs:
        assert span.end <= len(article.body)
    for pledge in article.pledges:
        assert article.text_of(pledge.span) == pledge.text
    for quote in article.quotes:
        assert article.text_of(quote.span) == quote.text
    for relation in article.relations:
        assert all(span.end <= len(article.body) for span in relation.evidence)


@given(kst.articles())
def test_equal_articles_hash_alike(article: Article) -> None:
    """Property: an Article equals a copy of itself and hashes alike."""
    copy = attrs.evolve(article)
    assert copy == article
    assert hash(copy) == hash(article)


def test_relation_membership() -> None:
    relation = BilateralRelation(countries=("KR", "RU"))
    assert relation.involves("kr")
    assert not relation.involves(Country("JP"))
    with pytest.raises(ModelError, match="JP is not part of the relation KR-RU"):
        relation.other("JP")


def test_partial_date_to_date_only_at_day_precision() -> None:
    assert PartialDate(2020, 11, 30).to_date() is not None
    assert PartialDate(2020, 11).to_date() is None
