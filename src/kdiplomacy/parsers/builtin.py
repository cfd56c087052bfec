"""The built-in parsers: one per family of formats, and a generic one for everything else.

Each sniffs for its family's marks and runs the shared pipeline with the family's choices:
the broadcast parser drops everything after a sign-off, the others only the furniture.
"""

from __future__ import annotations

import re

from kdiplomacy.model import Article
from kdiplomacy.parsers._metadata import find_dateline, find_signoff, layout_aggregator
from kdiplomacy.parsers._pipeline import Family, ParseOptions, build_article
from kdiplomacy.parsers._registry import register_parser
from kdiplomacy.read import Document

__all__ = ["AggregatorParser", "BroadcastParser", "GenericParser", "WireParser"]

_TRANSCRIPT = re.compile(r"^\[(?:Anchor|Reporter|Anchor Lead|Pkg|Report|Narration|Soundbite)\]", re.I | re.M)
_AGGREGATOR_FURNITURE = re.compile(
    r"^(?:Leave a Reply|Source Link|Related (?:News|Articles|Stories)|Your email address will not be published)",
    re.I | re.M,
)


class _FamilyParser:
    name = "generic"
    family = Family.GENERIC

    def sniff(self, text: str) -> float:
        return 0.1

    def parse(self, document: Document, options: ParseOptions) -> Article:
        return build_article(document, options, self.family)


@register_parser
class GenericParser(_FamilyParser):
    """Any English news text: every detector of the pipeline, no family assumptions."""

    name = "generic"
    family = Family.GENERIC


@register_parser
class WireParser(_FamilyParser):
    """Wire stories: an opening dateline naming the agency (``SEOUL, Nov. 30 (Yonhap) --``)."""

    name = "wire"
    family = Family.WIRE

    def sniff(self, text: str) -> float:
        head = [line.strip() for line in text[:3000].split("\n")[:20]]
        found = [d for d in map(find_dateline, head) if d is not None]
        if not found:
            return 0.0
        return 0.7 if found[0].outlet is not None else 0.4


@register_parser
class BroadcastParser(_FamilyParser):
    """Broadcast transcripts: ``[Anchor]``/``[Reporter]`` marks, sound bites, a sign-off."""

    name = "broadcast"
    family = Family.BROADCAST

    def sniff(self, text: str) -> float:
        score = 0.5 if _TRANSCRIPT.search(text) else 0.0
        tail = [line.strip() for line in text[-3000:].split("\n")]
        if any(find_signoff(line) for line in tail if line):
            score += 0.35
        return min(score, 0.9)


@register_parser
class AggregatorParser(_FamilyParser):
    """Pages that republish another outlet's story amid their own furniture."""

    name = "aggregator"
    family = Family.AGGREGATOR

    def sniff(self, text: str) -> float:
        if layout_aggregator(text[:5000]) is not None:
            return 0.8
        return 0.3 if len(_AGGREGATOR_FURNITURE.findall(text)) >= 2 else 0.0
