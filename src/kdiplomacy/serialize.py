"""The interchange document: every model value to plain dicts and JSON, and back, losslessly.

Rules of the format (schema version 1):

* An Article is one JSON object with ``"schema_version": 1`` and a derived ``"id"`` (the content
  id of its body) at the top; other values serialise without them.
* Countries are alpha-2 codes, dates ISO strings at their precision, spans ``[start, end]``
  pairs, enums their lower-case values, tuples JSON arrays.
* Unknown fields are rejected, not dropped: a document that carries a field this version does
  not know fails with a :class:`~kdiplomacy.errors.SchemaError` naming it, so no data is lost
  silently.  Scalars are checked strictly (``"5"`` is not an int, ``0`` is not a bool).
* Reading checks the whole document and reports every problem at once, each with its path
  (``pledges[2].counterparts[0]: 'XX' is not an ISO 3166-1 alpha-2 code``).

>>> from kdiplomacy.model import Country
>>> to_dict(Country("KR"))
'KR'
>>> from_json(Span, "[3, 9]")
Span(start=3, end=9)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

from kdiplomacy.errors import KdiplomacyError, SchemaError
from kdiplomacy.model import (
    Actor,
    Article,
    BilateralRelation,
    Country,
    Dateline,
    Horizon,
    PartialDate,
    Pledge,
    Quote,
    Span,
)

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "SCHEMA_VERSION",
    "article_from_json",
    "article_to_json",
    "articles_from_jsonl",
    "articles_to_jsonl",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

#: The version of the interchange document; renaming or removing a field bumps it.
SCHEMA_VERSION = 1
#: Documents longer than this many characters are refused before parsing.
MAX_DOCUMENT_CHARS = 50_000_000

T = TypeVar("T")
_MODEL_CLASSES = (Actor, Article, BilateralRelation, Country, Dateline, Horizon, PartialDate, Pledge, Quote, Span)


def _strict(kind: type[Any], label: str) -> Any:
    def structure(value: object, _: object) -> Any:
        # bool is a subclass of int; JSON true is never a number here.
        if isinstance(value, bool) and kind is not bool:
            raise SchemaError([f"expected {label}, got {value!r}"])
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise SchemaError([f"expected {label}, got {type(value).__name__} {_short(value)}"])
        return value

    return structure


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _structure_country(value: object, _: object) -> Country:
    if not isinstance(value, str):
        raise SchemaError([f"expected an alpha-2 code string, got {_short(value)}"])
    if value != value.strip().upper():
        raise SchemaError([f"{value!r} is not an ISO 3166-1 alpha-2 code (codes are upper case)"])
    return Country(value)


def _structure_date(value: object, _: object) -> PartialDate:
    if not isinstance(value, str):
        raise SchemaError([f"expected an ISO date string, got {_short(value)}"])
    return PartialDate.from_iso(value)


def _structure_span(value: object, _: object) -> Span:
    if not isinstance(value, list) or len(value) != 2:
        raise SchemaError([f"expected a span [start, end], got {_short(value)}"])
    start, end = value
    return Span(start, end)


def _is_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple


def _tuple_hook_factory(converter: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], tuple[Any, ...]]]:
    """Tuples come from JSON arrays only (a string is not a list of its letters), item by item,
    with each bad item reported at its index."""

    from cattrs.errors import IterableValidationError, IterableValidationNote  # noqa: PLC0415

    def factory(kind: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        args = get_args(kind)
        homogeneous = len(args) == 2 and args[1] is Ellipsis

        def structure(value: object, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise SchemaError([f"expected a list, got {type(value).__name__} {_short(value)}"])
            if not homogeneous and len(value) != len(args):
                raise SchemaError([f"expected a list of {len(args)} items, got {len(value)}"])
            items, errors = [], []
            for index, item in enumerate(value):
                item_type = args[0] if homogeneous else args[index]
                try:
                    items.append(converter.get_structure_hook(item_type)(item, item_type))
                except Exception as exc:
                    exc.add_note(IterableValidationNote(f"Structuring {kind} @ index {index}", index, item_type))
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
            return tuple(items)

        return structure

    return factory


@functools.cache
def _converter() -> cattrs.Converter:
    # cattrs is imported on the first (un)structuring, not with the package: parsing never needs it.
    import cattrs  # noqa: PLC0415

    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    for kind, label in ((str, "a string"), (int, "an integer"), (float, "a number"), (bool, "true or false")):
        converter.register_structure_hook(kind, _strict(kind, label))
    converter.register_unstructure_hook(Country, lambda c: c.code)
    converter.register_structure_hook(Country, _structure_country)
    converter.register_unstructure_hook(PartialDate, lambda d: d.isoformat())
    converter.register_structure_hook(PartialDate, _structure_date)
    converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    converter.register_structure_hook_factory(_is_tuple, _tuple_hook_factory(converter))
    # A fixed-length tuple such as a relation's two countries is a JSON array too.
    converter.register_unstructure_hook_func(
        lambda kind: kind == tuple[Country, Country], lambda pair: [country.code for country in pair]
    )
    converter.register_structure_hook(Span, _structure_span)
    return converter


def _describe(exc: BaseException, type_: Any) -> str:
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415

    if isinstance(exc, SchemaError):
        return "; ".join(exc.problems)
    if isinstance(exc, KdiplomacyError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}: not part of schema version {SCHEMA_VERSION}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, (TypeError, ValueError)):
        name = getattr(type_, "__name__", str(type_))
        return f"not a valid {name}: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _problems(exc: BaseException) -> list[str]:
    import cattrs  # noqa: PLC0415

    problems = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
        message, _, path = line.rpartition(" @ ")
        path = path.removeprefix("$").removeprefix(".")
        problems.append(f"{path}: {message}" if path else message)
    return problems


# -- dicts -------------------------------------------------------------------------------


def to_dict(value: Any) -> Any:
    """The interchange form of a model value: a dict for classes, a string or list for
    Country, PartialDate and Span.  An Article's dict carries ``schema_version`` and ``id``."""
    if not isinstance(value, _MODEL_CLASSES):
        raise TypeError(f"to_dict takes a kdiplomacy model value, got {type(value).__name__}")
    data = _converter().unstructure(value)
    if isinstance(value, Article):
        data = {"schema_version": SCHEMA_VERSION, "id": value.id, **data}
    return data


def from_dict(cls: type[T], data: Any, *, source: str | None = None) -> T:
    """Build a ``cls`` value from its interchange form, checking everything.

    Args:
        cls: the model class to build (``Article``, ``Pledge``, ...).
        data: the interchange form, as ``json.loads`` would give it.
        source: where the data came from, for error messages.

    Raises:
        SchemaError: naming every problem with its path.
    """
    if cls not in _MODEL_CLASSES:
        raise TypeError(f"from_dict builds kdiplomacy model values, not {cls!r}")
    claimed_id = None
    if cls is Article:
        data, claimed_id = _unwrap_article(data, source)
    import cattrs  # noqa: PLC0415

    try:
        value: T = _converter().structure(data, cls)
    except SchemaError as exc:
        raise SchemaError(exc.problems, source) from None
    except (cattrs.BaseValidationError, KeyError) as exc:
        raise SchemaError(_problems(exc), source) from None
    except KdiplomacyError as exc:  # a rule across fields, checked by the value itself
        raise SchemaError([str(exc)], source) from None
    except RecursionError:
        raise SchemaError(["the document is nested too deeply"], source) from None
    if isinstance(value, Article) and claimed_id is not None and claimed_id != value.id:
        raise SchemaError([f"id: {claimed_id!r} is not the content id of the body ({value.id!r})"], source)
    return value


def _unwrap_article(data: Any, source: str | None) -> tuple[dict[str, Any], object]:
    """Check and take off the document header: ``schema_version`` and the derived ``id``."""
    if not isinstance(data, dict):
        raise SchemaError([f"an Article document must be an object, got {type(data).__name__}"], source)
    version = data.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise SchemaError([f"schema_version: expected {SCHEMA_VERSION}, got {version!r}"], source)
    body = {key: value for key, value in data.items() if key not in ("schema_version", "id")}
    return body, data.get("id")


# -- JSON --------------------------------------------------------------------------------


def to_json(value: Any, *, indent: int | None = None) -> str:
    """The value's interchange form as JSON text (deterministic: same value, same bytes)."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent, allow_nan=False)


def from_json(cls: type[T], text: str | bytes, *, source: str | None = None) -> T:
    """Read a ``cls`` value from JSON text.

    Raises:
        SchemaError: the text is not JSON, is too large or too deep, or does not match the schema.
    """
    return from_dict(cls, _load_json(text, source), source=source)


def _load_json(text: str | bytes, source: str | None) -> Any:
    if len(text) > MAX_DOCUMENT_CHARS:
        raise SchemaError([f"the document is larger than {MAX_DOCUMENT_CHARS:,} characters"], source)
    try:
        return json.loads(text)
    except RecursionError:
        raise SchemaError(["the document is nested too deeply"], source) from None
    except json.JSONDecodeError as exc:
        raise SchemaError([f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"], source) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise SchemaError([f"not JSON: {exc}"], source) from None


def article_to_json(article: Article, *, indent: int | None = None) -> str:
    """One Article as a JSON interchange document."""
    return to_json(article, indent=indent)


def article_from_json(text: str | bytes, *, source: str | None = None) -> Article:
    """One Article from a JSON interchange document."""
    return from_json(Article, text, source=source)


def articles_to_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    """JSON Lines: one document per article, each line ending in a newline."""
    for article in articles:
        yield to_json(article) + "\n"


def articles_from_jsonl(lines: Iterable[str], *, source: str | None = None) -> Iterator[Article]:
    """Read Articles from JSON Lines, skipping blank lines.

    Raises:
        SchemaError: at the first bad line, naming its line number.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            where = f"{source or '<jsonl>'}:{number}"
            yield from_json(Article, line, source=where)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the Article interchange document, as shipped."""
    from importlib import resources  # noqa: PLC0415

    text = resources.files("kdiplomacy.schema").joinpath("article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
