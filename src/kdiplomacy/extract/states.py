"""State mentions: names, demonyms, abbreviations, capitals and metonyms, with their roles.

A mention is an *actor or subject* ("Seoul and Washington say", "Chinese Foreign Minister",
"relations with Japan") or a *place* only: a capital written where something happened ("after
spending two days in Tokyo", "talks held in Beijing").  Only the first kind makes a state one
the article discusses.  Names and demonyms of states are never mere places: "the coronavirus
emerged in China" still discusses China.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from kdiplomacy import _resources
from kdiplomacy.extract._text import Text
from kdiplomacy.model import Country, fold_place_name
from kdiplomacy.model.country import alias_entries

__all__ = ["StateMention", "find_state_mentions", "mentions_within"]

_MAX_WORDS = 6
# Words that, right before a capital, make it the place where something happened.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|at|from|into|near|outside|around|via|visit|visits|visited|visiting|toured|tour of|arrived in|"
    r"left for|flew to|stopover in|stay in|here in|based in|held in|hosted in|returned to|return to|trip to)\s+$",
    re.I,
)
# "in Osaka, Japan", "at the summit in Vilnius, Lithuania": a city's state, an address.
_CITY_COMMA_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside)\s+((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*),\s$")
# "a Swedish analyst", "the Argentine pontiff": a demonym that only says where one private person
# (or the Pope) comes from makes no state act or be discussed ("Chinese experts" often speak for
# their state's line, so a plural does).
_PRIVATE_PERSON_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:analyst|researcher|scholar|expert|professor|academic|"
    r"economist|historian|commentator|journalist|pontiff)\b"
)
_ONE_PERSON_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_TWO_KOREAS = re.compile(r"\b(?:the two Koreas|inter-Korean|both Koreas|two Koreas|Koreas)\b")
_NORTH_SOUTH = re.compile(r"\b(?:the North|the South)\b")
_PREFIXES = {"sino": "CN", "russo": "RU", "franco": "FR", "anglo": "GB", "indo": "IN", "japano": "JP"}
_PREFIXED = re.compile(r"\b(Sino|Russo|Franco|Anglo)-(?=[A-Z])")


@attrs.frozen
class StateMention:
    """Where a state is named, how, and whether only as a place."""

    country: Country
    start: int
    end: int
    kind: str  # name, abbrev, demonym, capital, metonym, pair
    place: bool = False


@attrs.frozen
class _Index:
    names: dict[str, tuple[str, str]]
    abbreviations: dict[str, tuple[str, str]]
    #: Folded first words of every name alias, and raw first tokens of every abbreviation:
    #: a token that is in neither cannot open a match, so most tokens cost one set look-up.
    openers: frozenset[str]
    longest: int


@_resources.cached
def _index() -> _Index:
    names: dict[str, tuple[str, str]] = {}
    abbreviations: dict[str, tuple[str, str]] = {}
    openers: set[str] = set()
    longest = 1
    for code, alias, kind in alias_entries():
        words = alias.replace("-", " ").split()
        longest = max(longest, len(words) + 1)
        if kind == "abbrev":
            abbreviations.setdefault(re.sub(r"\s+", "", alias), (code, kind))
            joined = re.sub(r"\s+", "", alias)  # "S. Korea" is also written "S.Korea"
            openers.add(alias.split()[0])
            for form in (alias, joined):
                head = _TOKEN_HEAD.match(form)
                if head is not None:
                    openers.add(head.group())
        else:
            names.setdefault(fold_place_name(alias), (code, kind))
            folded = fold_place_name(alias).split()
            if folded:
                openers.add(folded[0])
            if alias.lower().startswith("the ") and len(folded) > 0:
                openers.add("the")
    return _Index(names, abbreviations, frozenset(openers), min(longest, _MAX_WORDS))


_TOKEN_HEAD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?")


@_resources.cached
def _not_states() -> re.Pattern[str]:
    phrases = _resources.read_lines("not_states.txt")
    phrases.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")


def mentions_within(mentions: Sequence[StateMention], start: int, end: int) -> Sequence[StateMention]:
    """The mentions (sorted by start, as :func:`find_state_mentions` gives them) that start in
    ``[start, end)``, found by bisection."""
    low = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    high = bisect.bisect_left(mentions, end, lo=low, key=lambda m: m.start)
    return mentions[low:high]


def find_state_mentions(text: Text) -> list[StateMention]:
    """Every mention of a state in the body, longest match first, left to right.

    Phrases in ``data/not_states.txt`` ("Latin America", "South China Sea") are skipped.
    """
    index = _index()
    names, abbreviations = index.names, index.abbreviations
    body, tokens = text.body, text.tokens
    blocked = [m.span() for m in _not_states().finditer(body)]  # in order, not overlapping
    next_block = 0
    found: list[StateMention] = []
    i = 0
    while i < len(tokens):
        while next_block < len(blocked) and blocked[next_block][1] <= tokens[i].start:
            next_block += 1
        if next_block < len(blocked) and blocked[next_block][0] <= tokens[i].start:
            i += 1
            continue
        opener = tokens[i].text
        if not opener[:1].isupper() or (opener not in index.openers and fold_place_name(opener) not in index.openers):
            i += 1
            continue
        hit = None
        # A name's words are joined by one space or none: the widest candidate ends where a
        # wider gap (or the text) does.
        widest = 1
        while widest < min(index.longest, len(tokens) - i) and body[
            tokens[i + widest - 1].end : tokens[i + widest].start
        ] in (" ", ""):
            widest += 1
        for width in range(widest, 0, -1):
            first, last = tokens[i], tokens[i + width - 1]
            surface = body[first.start : last.end]
            entry = abbreviations.get(surface.replace(" ", "")) or abbreviations.get(surface.rstrip("."))
            if entry is None and first.text[:1].isupper():
                entry = names.get(fold_place_name(surface))
                if entry is None and surface.endswith("."):
                    entry = names.get(fold_place_name(surface[:-1]))
            if entry is not None and not _is_word_of_a_name(body, first.start, last.end, entry[1]):
                hit = (width, entry)
                break
        if hit is None:
            i += 1
            continue
        width, (code, kind) = hit
        start, end = tokens[i].start, tokens[i + width - 1].end
        possessive = body[end : end + 2] in ("'s", "’s")  # "in Moscow's war": the government's
        place = kind == "capital" and not possessive and bool(_PLACE_BEFORE.search(body[max(0, start - 20) : start]))
        place = place or _names_an_event(body, start, end, kind)
        place = place or _after_a_city(body[max(0, start - 40) : start])
        place = place or (
            kind == "demonym"
            and bool(_ONE_PERSON_BEFORE.search(body[max(0, start - 5) : start]))
            and bool(_PRIVATE_PERSON_AFTER.match(body[end : end + 50]))
        )
        found.append(StateMention(Country(code), start, end, kind, place))
        i += width
    found += _special(body)
    found.sort(key=lambda m: m.start)
    return found


_EVENT_AFTER = re.compile(
    r"^\s+(?:summit|declaration|joint statement|statement|accord|agreement|process|Olympics|Games|conference|"
    r"forum|communique|round|meeting)\b",
    re.I,
)


def _after_a_city(before: str) -> bool:
    """ "in Osaka, Japan", "in Vilnius, Lithuania": the state of an address. Not when the word
    before the comma names a state itself ("to China, Russia and India" is a list)."""
    city = _CITY_COMMA_BEFORE.search(before)
    if city is None:
        return False
    entry = _index().names.get(fold_place_name(city.group(1)))
    return entry is None or entry[1] == "capital"


def _names_an_event(body: str, start: int, end: int, kind: str) -> bool:
    """ "the Hanoi summit", "the Singapore declaration": a city naming an event, not a state.
    Hyphenated pairs ("the Korea-Japan summit") name states."""
    if kind not in ("capital", "name") or body[end : end + 1] == "-" or body[start - 1 : start] in ("-", "–"):
        return False
    return (bool(_EVENT_AFTER.match(body[end : end + 30])) and kind == "capital") or (
        kind == "name" and body[end : end + 8].startswith(" summit") and body[max(0, start - 4) : start] == "the "
    )


def _is_word_of_a_name(body: str, start: int, end: int, kind: str) -> bool:
    """A demonym inside a larger proper noun is still a state ("Chinese President"), but a state
    name glued into a person's or an organisation's name is not ("Jordan Peterson")."""
    if kind not in ("name", "capital"):
        return False
    before = body[max(0, start - 2) : start]
    return before.endswith("'") or before.endswith("’")


def _special(body: str) -> list[StateMention]:
    found = []
    for match in _TWO_KOREAS.finditer(body):
        for code in ("KR", "KP"):
            found.append(StateMention(Country(code), match.start(), match.end(), "pair"))
    for match in _PREFIXED.finditer(body):
        code = _PREFIXES[match.group(1).casefold()]
        found.append(StateMention(Country(code), match.start(), match.end() - 1, "name"))
    if re.search(r"\bNorth Korea|\bN\.\s?Korea|\bPyongyang|\bDPRK\b|\bSouth Korea|\bS\.\s?Korea|\bSeoul\b", body):
        for match in _NORTH_SOUTH.finditer(body):
            code = "KP" if match.group().endswith("North") else "KR"
            found.append(StateMention(Country(code), match.start(), match.end(), "name"))
    return found
