"""The outlet table: how text names news organisations, their domains, kinds and countries."""

from __future__ import annotations

import re
from typing import Any

import attrs

from kdiplomacy import _resources
from kdiplomacy.model import Country

__all__ = ["Outlet", "OutletTable", "outlets"]


@attrs.frozen
class Outlet:
    """A news organisation."""

    name: str
    kind: str
    country: Country | None
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


class OutletTable:
    """Outlets indexed by alias (case-insensitive) and by web domain."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.by_alias: dict[str, Outlet] = {}
        self.by_domain: dict[str, Outlet] = {}
        for entry in data["outlets"]:
            outlet = Outlet(
                name=entry["name"],
                kind=entry["kind"],
                country=Country(entry["country"]) if entry.get("country") else None,
                aliases=tuple(entry["aliases"]),
                domains=tuple(entry["domains"]),
            )
            for alias in (outlet.name, *outlet.aliases):
                self.by_alias.setdefault(alias.casefold(), outlet)
            for domain in outlet.domains:
                self.by_domain.setdefault(domain.casefold(), outlet)
        self.layouts = [(re.compile(item["pattern"]), item["outlet"]) for item in data.get("layouts", [])]
        names = sorted({a for o in self.by_alias.values() for a in (o.name, *o.aliases)}, key=len, reverse=True)
        #: A regex alternation of every alias, longest first, for sign-off and dateline patterns.
        self.alternation = "|".join(re.escape(n) for n in names)

    def get(self, text: str | None) -> Outlet | None:
        """The outlet ``text`` names exactly (case-insensitive, "The" and "News" optional)."""
        if not text:
            return None
        key = " ".join(text.split()).strip(" .,:;|-").casefold()
        for candidate in (key, key.removeprefix("the "), key.removesuffix(" news")):
            if candidate in self.by_alias:
                return self.by_alias[candidate]
        return self.from_domain(key) if "." in key else None

    def from_domain(self, text: str) -> Outlet | None:
        """The outlet whose web domain ``text`` (an address, a domain, an e-mail) belongs to."""
        host = text.casefold().rsplit("@", 1)[-1]
        host = re.sub(r"^[a-z]+://", "", host).split("/", 1)[0].removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            outlet = self.by_domain.get(".".join(parts[i:]))
            if outlet is not None:
                return outlet
        return None

    def search(self, text: str) -> Outlet | None:
        """The first outlet named anywhere in ``text`` (longest alias wins at a position)."""
        match = re.search(rf"(?<![\w]){'(?:' + self.alternation + ')'}(?![\w])", text, re.I)
        return self.get(match.group(0)) if match else None


@_resources.cached
def outlets() -> OutletTable:
    """The bundled outlet table, loaded once."""
    return OutletTable(_resources.read_json("outlets.json"))
