"""Parsers: one outlet's or one family's format in, an Article skeleton out.

Register your own with :func:`register_parser` (or the ``kdiplomacy.parsers`` entry-point
group); see ``examples/custom_parser.py``.
"""

from kdiplomacy.parsers._pipeline import Family, ParseOptions, build_article
from kdiplomacy.parsers._registry import (
    ENTRY_POINT_GROUP,
    Parser,
    available_parsers,
    choose_parser,
    get_parser,
    register_parser,
)
from kdiplomacy.parsers.builtin import AggregatorParser, BroadcastParser, GenericParser, WireParser

__all__ = [
    "ENTRY_POINT_GROUP",
    "AggregatorParser",
    "BroadcastParser",
    "Family",
    "GenericParser",
    "ParseOptions",
    "Parser",
    "WireParser",
    "available_parsers",
    "build_article",
    "choose_parser",
    "get_parser",
    "register_parser",
]
