"""The error hierarchy and how errors say what was wrong and where."""

from __future__ import annotations

import pytest

import kdiplomacy
from kdiplomacy import errors


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_is_a_kdiplomacy_error(name: str) -> None:
    assert issubclass(getattr(errors, name), kdiplomacy.KdiplomacyError)


@pytest.mark.parametrize(
    "cls",
    [errors.ModelError, errors.SchemaError, errors.ParseError, errors.EmptyArticleError, errors.UnsupportedInputError],
)
def test_leaves_refine_value_error(cls: type[Exception]) -> None:
    assert issubclass(cls, ValueError)


def test_parse_error_points_at_the_line_and_column() -> None:
    text = "HEADLINE\nSEOUL, Nov. 30 (Nowhere) -- body"
    error = errors.ParseError("unknown agency", source="a.txt", text=text, offset=text.index("Nowhere"))
    assert error.line == 2
    assert str(error) == "a.txt, line 2: unknown agency\n    SEOUL, Nov. 30 (Nowhere) -- body\n                    ^"


def test_input_errors_name_the_source() -> None:
    assert str(errors.EmptyArticleError("the input is empty", source="b.txt")) == "b.txt: the input is empty"


def test_schema_error_lists_every_problem() -> None:
    error = errors.SchemaError(["a: bad", "b: worse"], "doc.json")
    assert str(error) == "doc.json: 2 problems in the document:\n  - a: bad\n  - b: worse"
    assert error.problems == ("a: bad", "b: worse")
