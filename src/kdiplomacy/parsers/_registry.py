"""The parser registry: parsers by name, chosen by sniffing, extended through entry points."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol, TypeVar, runtime_checkable

from kdiplomacy.errors import UnknownParserError
from kdiplomacy.model import Article
from kdiplomacy.parsers._pipeline import ParseOptions
from kdiplomacy.read import Document

__all__ = ["ENTRY_POINT_GROUP", "Parser", "available_parsers", "choose_parser", "get_parser", "register_parser"]

#: Third-party packages register parsers under this entry-point group.
ENTRY_POINT_GROUP = "kdiplomacy.parsers"

_log = logging.getLogger("kdiplomacy")


@runtime_checkable
class Parser(Protocol):
    """What a parser is: a name, a sniffer, and a parse function.

    * ``name``: how users ask for it (``parse(..., parser="name")``).
    * ``sniff(text)``: how sure it is, from 0.0 to 1.0, that it reads this text's format.
    * ``parse(document, options)``: the Article skeleton (metadata, cleaned body, paragraphs,
      quotes); extraction runs after it.  For input it cannot read, raise
      :class:`~kdiplomacy.errors.ParseError` with the source, the text and the offset of the
      problem (its message then shows the line with a caret under the spot).
    """

    name: str

    def sniff(self, text: str) -> float: ...

    def parse(self, document: Document, options: ParseOptions) -> Article: ...


P = TypeVar("P")
_REGISTRY: dict[str, Parser] = {}


def register_parser(parser: P) -> P:
    """Register a parser (an instance, or a class built without arguments); usable as a decorator.

    A later registration under a name already taken replaces the earlier one.

    Raises:
        TypeError: the object does not satisfy the :class:`Parser` protocol.
    """
    instance = parser() if isinstance(parser, type) else parser
    if not isinstance(instance, Parser) or not isinstance(getattr(instance, "name", None), str):
        raise TypeError(f"{parser!r} is not a Parser: it needs a str name, sniff(text) and parse(document, options)")
    _REGISTRY[instance.name] = instance
    return parser


@functools.cache
def _load_entry_points() -> None:
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            register_parser(point.load())
        except Exception as exc:  # a broken plug-in must not break the library
            _log.warning("kdiplomacy: parser entry point %r could not be loaded: %s", point.name, exc)


def available_parsers() -> list[str]:
    """The names of every registered parser, built-in and from entry points."""
    _load_entry_points()
    return sorted(_REGISTRY)


def get_parser(name: str) -> Parser:
    """The parser registered as ``name``.

    Raises:
        UnknownParserError: no parser has that name; the message lists the known ones.
    """
    _load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownParserError(f"no parser named {name!r}; known parsers: {known}") from None


def choose_parser(text: str) -> Parser:
    """The registered parser that sniffs ``text`` most confidently (the generic one on ties)."""
    _load_entry_points()
    best: tuple[float, Parser] | None = None
    for parser in _REGISTRY.values():
        score = _safe_sniff(parser.sniff, text)
        if best is None or score > best[0]:
            best = (score, parser)
    if best is None:
        raise UnknownParserError("no parser is registered")
    return best[1]


def _safe_sniff(sniff: Callable[[str], float], text: str) -> float:
    try:
        return float(sniff(text))
    except Exception as exc:  # one faulty plug-in must not stop the choice
        _log.warning("kdiplomacy: a parser's sniff failed: %s", exc)
        return 0.0
