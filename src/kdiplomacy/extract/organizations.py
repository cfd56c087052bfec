"""Organisations: ministries, councils, legislatures, blocs and forums, parties and bodies.

Named bodies come from ``data/organizations.tsv`` (each with the spellings news uses);
ministries are also found by shape ("the unification ministry", "Ministry of Economy and
Finance").  The outlet that publishes the article is metadata, not an organisation mentioned.
"""

from __future__ import annotations

import re

from kdiplomacy import _resources
from kdiplomacy.model import Actor, ActorKind, Span

__all__ = ["find_organizations", "organization_names"]

_MINISTRY = re.compile(
    r"\b(foreign|defen[cs]e|unification|trade|finance|industry|commerce|interior|justice|economy|environment|"
    r"health|gender equality|culture|science|land|energy) ministry\b",
    re.I,
)
_MINISTRY_OF = re.compile(r"\bMinistry of [A-Z][a-z]+(?:(?:,| and| of| for) [A-Z][a-z]+){0,4}")


@_resources.cached
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical: dict[str, str] = {}
    for row in _resources.read_tsv("organizations.tsv"):
        for alias in (row["name"], *row["aliases"].split(",")):
            if alias.strip():
                canonical.setdefault(alias.strip(), row["name"].strip())
    names = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, canonical


def organization_names() -> frozenset[str]:
    """Every spelling of every organisation in the table."""
    return frozenset(_table()[1])


def find_organizations(body: str, *, outlet: str | None = None) -> list[Actor]:
    """Every organisation named in ``body``, one Actor each, with its mentions."""
    pattern, canonical = _table()
    found: dict[str, list[Span]] = {}
    taken: list[tuple[int, int]] = []
    for match in pattern.finditer(body):
        found.setdefault(canonical[match.group()], []).append(Span(match.start(), match.end()))
        taken.append(match.span())
    for regex in (_MINISTRY, _MINISTRY_OF):
        for match in regex.finditer(body):
            if any(s <= match.start() < e for s, e in taken):
                continue
            name = match.group().lower() if regex is _MINISTRY else match.group()
            found.setdefault(canonical.get(match.group(), name), []).append(Span(match.start(), match.end()))
    outlet_key = (outlet or "").casefold()
    return [
        Actor(kind=ActorKind.ORGANIZATION, name=name, mentions=tuple(sorted(spans)))
        for name, spans in sorted(found.items(), key=lambda item: min(s.start for s in item[1]))
        if name.casefold() != outlet_key
    ]
