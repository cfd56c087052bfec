"""Country: a state, by its ISO 3166-1 alpha-2 code, and the table that resolves news text to it.

The table joins two sources: every ISO country's names from pycountry (name, official and common
name, with "Korea, Republic of" also read as "Republic of Korea"), and the bundled alias file
``data/country_aliases.tsv`` with what news writes instead (demonyms, capitals standing for
governments, abbreviations, metonyms such as "the Kremlin").  Abbreviations match case-sensitively
("US" is a state, "us" is not); everything else matches case-insensitively, without accents, a
leading "the", or a trailing possessive.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs

from kdiplomacy import _resources
from kdiplomacy.errors import InvalidCountryError

__all__ = ["Country", "alias_entries", "all_codes", "fold_place_name"]

#: The kinds of rows in the alias table.
ALIAS_KINDS = frozenset({"name", "abbrev", "demonym", "capital", "metonym"})

_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=1 << 16)  # a pure function called on every capitalised token; bounded
def fold_place_name(text: str) -> str:
    """The case-, accent- and punctuation-insensitive key under which a place name is looked up.

    >>> fold_place_name("The  Türkiye's")
    'turkiye'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace("‘", "'").casefold()
    plain = _SPACES.sub(" ", plain.replace("-", " ").replace("–", " "))
    # Peel possessives, edge punctuation and a leading "the" until none is left, so that the
    # key of a key is itself ("'." -> "'" -> "" in one call, not two).
    while True:
        peeled = _POSSESSIVE.sub("", plain.strip(" .,")).strip(" .,")
        peeled = peeled[4:] if peeled.startswith("the ") else peeled
        if peeled == plain:
            return plain
        plain = peeled


def _abbrev_key(text: str) -> str:
    return _POSSESSIVE.sub("", _SPACES.sub("", text.strip()))


@attrs.frozen
class _Entry:
    code: str
    alias: str
    kind: str


class _CountryTable:
    """Every known way of writing each state, indexed once."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.by_name: dict[str, str] = {}
        self.by_abbrev: dict[str, str] = {}
        for record in _iso_countries():
            for name in _pycountry_names(record):
                self._add(_Entry(record.alpha_2, name, "name"))
        for row in _resources.read_tsv("country_aliases.tsv"):
            self._add(_Entry(row["code"].strip(), row["alias"].strip(), row["kind"].strip()))

    def _add(self, entry: _Entry) -> None:
        if entry.code not in all_codes() or entry.kind not in ALIAS_KINDS or not entry.alias:
            return
        if entry.kind == "abbrev":
            index, key = self.by_abbrev, _abbrev_key(entry.alias)
        else:
            index, key = self.by_name, fold_place_name(entry.alias)
        if key and key not in index:  # the first writer wins: pycountry's own names first
            index[key] = entry.code
            self.entries.append(entry)

    def resolve(self, text: str) -> str | None:
        code = self.by_abbrev.get(_abbrev_key(text))
        if code is None:
            code = self.by_name.get(fold_place_name(text))
        return code


def _iso_countries() -> Any:
    # pycountry costs a fifth of the package's import time; only a parse or a name needs it.
    import pycountry  # noqa: PLC0415

    return pycountry.countries


def _pycountry_names(record: Any) -> Iterator[str]:
    for attr in ("name", "official_name", "common_name"):
        name = getattr(record, attr, None)
        if not name:
            continue
        yield name
        if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
            head, _, tail = name.partition(", ")
            yield f"{tail} {head}"
        if " (" in name:  # "Holy See (Vatican City State)" -> "Holy See"
            yield name.split(" (", 1)[0]


@_resources.cached
def _table() -> _CountryTable:
    return _CountryTable()


@_resources.memoised(16384)  # extraction asks of the same few thousand words over and over
def _code_named(text: str) -> str | None:
    return _table().resolve(text)


@_resources.cached
def all_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code known to the installed pycountry."""
    return frozenset(c.alpha_2 for c in _iso_countries())


def _to_code(value: object) -> str:
    if isinstance(value, Country):
        return value.code
    if not isinstance(value, str):
        raise InvalidCountryError(f"a country code must be a string, got {value!r}")
    return value.strip().upper()


def _check_code(instance: Any, attribute: Any, value: str) -> None:
    if value not in all_codes():
        raise InvalidCountryError(f"{value!r} is not an ISO 3166-1 alpha-2 code")


@attrs.frozen(order=True)
class Country:
    """A state, identified by its ISO 3166-1 alpha-2 code (``Country("kr") == Country("KR")``).

    >>> Country.resolve("Pyongyang")
    Country(code='KP')
    >>> Country("KR").name
    'South Korea'
    """

    code: str = attrs.field(converter=_to_code, validator=_check_code)

    @classmethod
    def resolve(cls, text: str) -> Country | None:
        """The state that ``text`` names in news, or None.

        Accepts codes' long forms and everything in the alias table: names ("South Korea"),
        demonyms ("Chinese"), capitals used for governments ("Washington"), abbreviations
        ("U.S.", "S.Korea", "DPRK") and metonyms ("the Kremlin").  Never raises on a string.
        """
        if not isinstance(text, str):
            return None
        code = _code_named(text)
        if not code:
            return None
        return _country(code) if cls is Country else cls(code)

    @classmethod
    def lookup(cls, text: str) -> Country:
        """Like :meth:`resolve`, but raise when nothing matches.

        Raises:
            InvalidCountryError: ``text`` names no known state.
        """
        country = cls.resolve(text)
        if country is None:
            raise InvalidCountryError(f"{text!r} names no known state")
        return country

    @property
    def record(self) -> Any:
        """The pycountry record for this state."""
        return _iso_countries().get(alpha_2=self.code)

    @property
    def name(self) -> str:
        """The name news uses most: the common name when ISO gives one ("South Korea")."""
        record = self.record
        return str(getattr(record, "common_name", None) or record.name)

    @property
    def official_name(self) -> str:
        """The ISO official name, or the ISO name when there is no official one."""
        record = self.record
        return str(getattr(record, "official_name", None) or record.name)

    def __str__(self) -> str:
        return self.code


def alias_entries() -> list[tuple[str, str, str]]:
    """Every (code, alias, kind) the resolver knows, in the order they were indexed."""
    return [(e.code, e.alias, e.kind) for e in _table().entries]


@functools.cache
def _country(code: str) -> Country:
    # A Country is immutable: one per code serves every resolve().
    return Country(code)
