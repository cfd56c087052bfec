"""The interchange document: lossless round trips, the schema, and clear errors."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from kdiplomacy import (
    SCHEMA_VERSION,
    Actor,
    Article,
    BilateralRelation,
    Country,
    Dateline,
    Horizon,
    KdiplomacyError,
    Modality,
    PartialDate,
    Pledge,
    Quote,
    SchemaError,
    Span,
    articles_from_jsonl,
    articles_to_jsonl,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from kdiplomacy import strategies as kst
from kdiplomacy.serialize import json_schema

BODY = "Seoul will work closely with Tokyo. Moscow and Pyongyang deepened military ties."


def _article() -> Article:
    return Article(
        body=BODY,
        outlet="Yonhap",
        headline="Seoul will work closely with Tokyo",
        dateline=Dateline(city="SEOUL", written="Nov. 30"),
        published=PartialDate(2024, 9),
        relations=[BilateralRelation(countries=("RU", "KP"), tone=-0.6, evidence=[Span(36, 80)])],
        pledges=[
            Pledge(
                actor=["KR"],
                action="work",
                modality=Modality.WILL,
                text="Seoul will work closely with Tokyo",
                span=Span(0, 34),
                counterparts=["JP"],
                horizon=Horizon(text="next year", date=PartialDate(2025)),
            )
        ],
    )


def test_article_document_has_version_and_id_first() -> None:
    data = to_dict(_article())
    assert list(data)[:2] == ["schema_version", "id"]
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["published"] == "2024-09"
    assert data["relations"][0]["countries"] == ["KP", "RU"]
    assert data["pledges"][0]["span"] == [0, 34]


def test_article_round_trip_example() -> None:
    article = _article()
    assert from_json(Article, to_json(article)) == article


def test_to_json_is_deterministic() -> None:
    assert to_json(_article()) == to_json(_article())


def test_shipped_schema_is_valid_and_accepts_a_document() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(to_dict(_article()), schema)


def _mutated(**changes: Any) -> dict[str, Any]:
    data = to_dict(_article())
    data.update(changes)
    return data


def test_bad_country_is_reported_with_its_path() -> None:
    data = to_dict(_article())
    data["pledges"][0]["counterparts"] = ["JP", "XX"]
    with pytest.raises(SchemaError) as info:
        from_dict(Article, data)
    assert str(info.value) == "pledges[0].counterparts[1]: 'XX' is not an ISO 3166-1 alpha-2 code"


def test_every_problem_is_reported_at_once() -> None:
    data = _mutated(published="2024-13", outlet=7, color="red")
    data["relations"][0]["tone"] = "warm"
    with pytest.raises(SchemaError) as info:
        from_dict(Article, data, source="a.json")
    problems = info.value.problems
    assert "published: month 13 is outside 1..12" in problems
    assert "outlet: expected a string, got int 7" in problems
    assert "relations[0].tone: expected a number, got str 'warm'" in problems
    assert "unknown field(s) color: not part of schema version 1" in problems
    assert str(info.value).startswith("a.json: 4 problems in the document:")


def test_missing_field_is_named() -> None:
    data = to_dict(_article())
    del data["pledges"][0]["modality"]
    with pytest.raises(SchemaError, match=r"pledges\[0\]\.modality: required field missing"):
        from_dict(Article, data)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"schema_version": 2}, "schema_version: expected 1, got 2"),
        ({"schema_version": None}, "schema_version: expected 1"),
        ({"id": "0000000000000000"}, "is not the content id of the body"),
        ({"flags": "LEAD"}, "flags"),
        ({"paragraphs": [[5, 2]]}, "before its start"),
        ({"paragraphs": [[0, 10_000]]}, "reaches past the end of the body"),
        ({"published": 2024}, "published: expected an ISO date string"),
    ],
)
def test_invalid_documents_raise_schema_errors(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        from_dict(Article, _mutated(**changes))


def test_strict_scalars() -> None:
    data = to_dict(_article())
    data["pledges"][0]["negated"] = 0
    with pytest.raises(SchemaError, match=r"pledges\[0\]\.negated: expected true or false"):
        from_dict(Article, data)


def test_pledge_text_must_match_body() -> None:
    data = to_dict(_article())
    data["pledges"][0]["text"] = "Seoul will work closely with Japan"
    with pytest.raises(SchemaError, match=r"pledges\[0\]\.text"):
        from_dict(Article, data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("{not json", "not JSON"),
        ('{"x": ' + "1" * 5000 + "}", "not JSON"),
        ("[1, 2]", "must be an object"),
    ],
)
def test_hostile_json_fails_cleanly(text: str, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        from_json(Article, text)


def test_jsonl_round_trip_and_line_numbers() -> None:
    lines = list(articles_to_jsonl([_article(), _article()]))
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    assert list(articles_from_jsonl(lines)) == [_article(), _article()]
    with pytest.raises(SchemaError, match=r"feed.jsonl:3"):
        list(articles_from_jsonl([lines[0], "\n", "{}"], source="feed.jsonl"))


def test_to_dict_refuses_foreign_values() -> None:
    with pytest.raises(TypeError):
        to_dict({"a": 1})


# -- properties: every class round-trips through dicts and JSON ---------------------------

ROUND_TRIPS = [
    (Country, kst.countries()),
    (PartialDate, kst.partial_dates()),
    (Span, kst.spans()),
    (Horizon, kst.horizons()),
    (Dateline, kst.datelines()),
    (Actor, kst.actors(body_length=50)),
    (BilateralRelation, kst.relations(body_length=50)),
    (Pledge, kst.pledges()),
    (Quote, kst.quotes()),
    (Article, kst.articles()),
]


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=[c.__name__ for c, _ in ROUND_TRIPS])
def test_round_trips(cls: type[Any], strategy: Any) -> None:
    """Property: from_dict(to_dict(x)) == x and from_json(to_json(x)) == x, for every class."""

    @given(strategy)
    def check(value: Any) -> None:
        assert from_dict(cls, to_dict(value)) == value
        assert from_json(cls, to_json(value)) == value
        assert json.loads(to_json(value)) == to_dict(value)

    check()


@given(kst.articles())
def test_generated_documents_match_the_shipped_schema(article: Article) -> None:
    """Property: every Article document validates against the JSON Schema we ship."""
    jsonschema.validate(to_dict(article), json_schema())


@given(kst.articles())
def test_mutated_documents_fail_only_with_schema_errors(article: Article) -> None:
    """Property: dropping or retyping any top-level field gives a SchemaError, never another error."""
    data = to_dict(article)
    for key in list(data):
        for replacement in (None, 3, "x", [], {}, [[-1, 2]], ["XX"]):
            mutated = dict(data, **{key: replacement})
            try:
                from_dict(Article, mutated)
            except SchemaError:
                pass
            except KdiplomacyError as exc:  # pragma: no cover - a failure message
                pytest.fail(f"{key}={replacement!r} raised {type(exc).__name__}, not SchemaError")
