"""The gazetteer of officials: who held which office, and when.

The bundled ``data/officials.json`` lists officials common in Korean diplomacy news with their
terms of office.  A user can layer a file of their own on top with :func:`load_gazetteer`
(same format; an entry with a name already known adds to or replaces that person's record).

File format::

    {"version": 1, "officials": [
      {"name": "Kang Kyung-wha", "variants": ["Kang Kyung-hwa"], "country": "KR",
       "offices": [{"title": "Foreign Minister", "start": "2017-06-18", "end": "2021-02-08"}]}
    ]}

``end`` is null while in office (as of the file's ``as_of`` date, when it gives one);
``country`` is null for officials of international bodies, whose office then names its
``organization``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from kdiplomacy import _resources
from kdiplomacy.errors import SchemaError
from kdiplomacy.model import Country, fold_name

__all__ = [
    "Gazetteer",
    "NameMention",
    "Office",
    "Official",
    "canonical_title",
    "default_gazetteer",
    "find_officials",
    "load_gazetteer",
]

_SPACES = re.compile(r"\s+")


@_resources.cached
def _title_synonyms() -> dict[str, str]:
    return {row["variant"]: row["canonical"] for row in _resources.read_tsv("title_synonyms.tsv")}


def canonical_title(title: str) -> str:
    """The canonical form of an office title: lower case, one spelling per office.

    >>> canonical_title("Minister of Foreign Affairs")
    'foreign minister'
    >>> canonical_title("Foreign Ministry Spokesman")
    'foreign ministry spokesperson'
    """
    text = _SPACES.sub(" ", title.replace("’", "'").casefold()).strip(" ,.")
    text = text.removeprefix("the ")
    return _title_synonyms().get(text, text)


@attrs.frozen(kw_only=True)
class Office:
    """One term in one office."""

    title: str
    start: dt.date | None
    end: dt.date | None = None
    approx: bool = False
    organization: str | None = None
    #: For an open term (``end`` None): the date up to which the file's compilers knew the
    #: official still held it (the file's ``as_of``), or None when the file does not say.
    known_until: dt.date | None = None

    def held_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day`` (an open end runs on)."""
        after_start = self.start is None or self.start <= day
        return after_start and (self.end is None or day <= self.end)

    @property
    def canonical(self) -> str:
        """The canonical title (see :func:`canonical_title`)."""
        return canonical_title(self.title)


@attrs.frozen(kw_only=True)
class Official:
    """A person the gazetteer knows: name, spellings, the state they represent, their offices."""

    name: str
    country: Country | None
    variants: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every variant spelling."""
        return (self.name, *self.variants)

    def offices_titled(self, title: str) -> list[Office]:
        """This official's terms in the office that ``title`` names (any spelling)."""
        wanted = canonical_title(title)
        return [o for o in self.offices if o.canonical == wanted]

    def office_on(self, day: dt.date) -> Office | None:
        """The office held on ``day``, preferring the most recently begun."""
        held = [o for o in self.offices if o.held_on(day)]
        return max(held, key=lambda o: o.start or dt.date.min) if held else None


class Gazetteer:
    """Officials indexed by the identity key of every spelling of their names."""

    def __init__(self, officials: Iterable[Official] = ()) -> None:
        self._by_key: dict[str, list[Official]] = {}
        self._officials: dict[str, Official] = {}
        # The family-name part of every key ever added (a superset after replacements, which
        # is all a quick "could a name starting with this word be known?" test needs).
        self._families: set[str] = set()
        for official in officials:
            self.add(official)

    def add(self, official: Official) -> None:
        """Add an official; one with a name already known replaces the earlier record."""
        known = self._officials.get(fold_name(official.name))
        if known is not None:
            for name in known.names:
                entries = self._by_key.get(fold_name(name), [])
                if known in entries:
                    entries.remove(known)
        self._officials[fold_name(official.name)] = official
        for name in official.names:
            key = fold_name(name)
            entries = self._by_key.setdefault(key, [])
            self._families.add(key.partition(" ")[0])
            if official not in entries:
                entries.append(official)

    def __iter__(self) -> Iterator[Official]:
        return iter(self._officials.values())

    def __len__(self) -> int:
        return len(self._officials)

    def get(self, name: str) -> list[Official]:
        """The officials a name (in any spelling) may refer to; empty when unknown."""
        return list(self._by_key.get(fold_name(name), ()))

    def knows_key(self, key: str) -> bool:
        """Whether a folded name key (see :func:`kdiplomacy.fold_name`) names a known official."""
        return key in self._by_key

    def may_know_family(self, word: str) -> bool:
        """Whether some known name's key could begin with the key of ``word`` (its first word).

        False means no name starting with ``word`` is known; true is only a maybe.
        """
        return fold_name(word).partition(" ")[0] in self._families

    def by_key(self, key: str) -> list[Official]:
        """The officials under a folded name key."""
        return list(self._by_key.get(key, ()))

    def overlay(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer: this one with ``other``'s entries added on top."""
        merged = Gazetteer(self)
        for official in other:
            merged.add(official)
        return merged


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise SchemaError([f"{where}: {value!r} is not an ISO date"]) from None


def _officials_from(data: Any, source: str) -> Iterator[Official]:
    if not isinstance(data, dict) or not isinstance(data.get("officials"), list):
        raise SchemaError(["expected an object with an 'officials' list"], source)
    as_of = _date(data.get("as_of"), "as_of")
    for i, entry in enumerate(data["officials"]):
        where = f"officials[{i}]"
        try:
            offices = tuple(
                Office(
                    title=str(o["title"]),
                    start=_date(o.get("start"), f"{where}.offices[{j}].start"),
                    end=_date(o.get("end"), f"{where}.offices[{j}].end"),
                    approx=bool(o.get("approx", False)),
                    organization=o.get("organization"),
                    known_until=as_of if o.get("end") is None else None,
                )
                for j, o in enumerate(entry.get("offices", []))
            )
            country = entry.get("country")
            yield Official(
                name=str(entry["name"]),
                country=Country(country) if country else None,
                variants=tuple(str(v) for v in entry.get("variants", [])),
                offices=offices,
            )
        except SchemaError as exc:
            raise SchemaError(exc.problems, source) from None
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise SchemaError([f"{where}: {exc}"], source) from None


@_resources.cached
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer (loaded once, on first use)."""
    return Gazetteer(_officials_from(_resources.read_json("officials.json"), "officials.json"))


def load_gazetteer(path: str | os.PathLike[str], *, base: Gazetteer | None = None) -> Gazetteer:
    """A gazetteer from a user's file, layered on ``base`` (the bundled one by default).

    Raises:
        SchemaError: the file is not in the gazetteer format, naming the bad entry.
        OSError: the file cannot be read.
    """
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SchemaError([f"not JSON: {exc}"], str(path)) from None
    own = Gazetteer(_officials_from(data, str(path)))
    return (base if base is not None else default_gazetteer()).overlay(own)


_NAME_TOKEN = re.compile(r"[A-Z][a-zA-Z'’]*(?:-[A-Za-z]+)*")
_MAX_NAME_TOKENS = 4


@attrs.frozen
class NameMention:
    """Where a known official's name stands in a text."""

    start: int
    end: int
    officials: tuple[Official, ...]


def find_officials(text: str, gazetteer: Gazetteer | None = None) -> list[NameMention]:
    """Every mention of a known official's full name (any romanisation) in ``text``.

    Runs of capitalised words are looked up by identity key, longest window first, so
    "Yoon Suk Yeol", "Yoon Suk-yeol" and "Yoon Sukyeol" all find one person.
    """
    table = gazetteer or default_gazetteer()
    tokens = list(_NAME_TOKEN.finditer(text))
    found: list[NameMention] = []
    i = 0
    while i < len(tokens):
        matched = 0
        if not table.may_know_family(tokens[i].group()):
            i += 1
            continue
        for width in range(min(_MAX_NAME_TOKENS, len(tokens) - i), 1, -1):
            window = tokens[i : i + width]
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(window)):
                continue
            start, end = window[0].start(), window[-1].end()
            officials = table.by_key(fold_name(text[start:end]))
            if officials:
                found.append(NameMention(start, end, tuple(officials)))
                matched = width
                break
        i += matched or 1
    return found
