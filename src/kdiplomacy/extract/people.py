"""Persons: who is named, with the title and the state the text gives them.

A person is found by any of: a gazetteer name (any romanisation); a title before a name
("Chinese Foreign Minister Wang Yi", "foreign ministry spokesman Choi Young-sam"); a name with
an appositive ("Yang Jiechi, a member of the Communist Party Politburo"); a name before a speech
verb ("Moon said"); "the Biden administration" for a president the gazetteer knows; a byline or
sign-off.  Later mentions by surname attach to the same person, and romanisation variants fold
together, so one real person is one Actor.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable

import attrs

from kdiplomacy import _resources
from kdiplomacy.clean import JOINED_PARTICLE, JOINED_TOKEN, NAME_PARTICLES, NAME_WORD, UPPER, split_title_name
from kdiplomacy.extract.organizations import organization_names
from kdiplomacy.gazetteer import Gazetteer, Official, canonical_title, default_gazetteer, find_officials
from kdiplomacy.model import Actor, ActorKind, Country, Span, fold_name
from kdiplomacy.model.country import alias_entries

__all__ = ["PersonFinder", "find_persons"]

_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_NAME_RUN = re.compile(
    rf"{NAME_WORD}(?: (?:[A-Z]\.(?= [A-Z])|{NAME_WORD}|{JOINED_PARTICLE}|"
    rf"(?:{_PARTICLE})(?= (?:(?:{_PARTICLE}) )*[{UPPER}])|of|for|the|and))*"
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)"
)
_PINYIN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}")
_TITLE_TAIL = re.compile(r"((?:(?:[A-Za-z][\w.'’-]*|of|for|the)\s+){1,9})$")
_WORD_RUN = re.compile(r"\S+")
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?:(?P<country>[A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+)?"
    r"(?P<title>[^,;.()]{3,80}?)(?=,|\.|;|\s+(?:who|said|told))"
)
_SPEECH_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|noted|stressed|urged|warned|asked|wrote|stated)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
# A preposition (or "citing") and at most a title or a description right before a name: "a
# visit by Foreign Minister Wang Yi", "the sister of leader Kim Jong-un".
_IN_PASSING = re.compile(
    r"\b(?:by|with|of|from|to|for|citing|including|between|among|and|than)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,6}(?:[a-z][\w-]*\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_ADMINISTRATION = re.compile(
    r"\bthe (?:\(([A-Z][a-z]+)\) )?([A-Z][a-z]+) (?:administration|government|presidency|White House)\b"
)


def _title_words() -> frozenset[str]:
    return _resources.read_words("title_words.txt")


@_resources.cached
def _korean_surnames() -> frozenset[str]:
    names: set[str] = set()
    for row in _resources.read_tsv("korean_surnames.tsv"):
        names |= {v.strip().casefold() for v in row["variants"].split(",")}
    return frozenset(names)


def korean_shaped(name: str) -> bool:
    """Whether a name has the shape of a romanised Korean name ("Kim Hong-kyun", "Yoon Suk Yeol").

    >>> korean_shaped("Kim Hong-kyun"), korean_shaped("Park Jin"), korean_shaped("Yang Jiechi")
    (True, True, False)
    """
    parts = name.split()
    if len(parts) not in (2, 3) or parts[0].casefold() not in _korean_surnames() or chinese_shaped(name):
        return False
    return "-" in parts[1] or len(parts) == 3 or len(parts[1]) <= 7


def chinese_shaped(name: str) -> bool:
    """Whether a name has the shape of a romanised Chinese name: a Chinese surname and a given
    name of one to three pinyin syllables written as one word ("Wang Yi", "Yang Jiechi")."""
    parts = name.split()
    return (
        len(parts) == 2
        and "-" not in parts[1]  # "Han Seo-yeon": a hyphenated given name is Korean
        and parts[0].casefold() in _resources.read_words("chinese_surnames.txt")
        and _PINYIN.fullmatch(parts[1].casefold()) is not None
    )


def japanese_shaped(name: str) -> bool:
    """Whether a name has the shape of a Japanese name in English-language news: a given name
    and a common Japanese family name ("Hiroshi Nakamura", "Akira Nishida").

    >>> japanese_shaped("Hiroshi Nakamura"), japanese_shaped("Park Jin")
    (True, False)
    """
    parts = name.split()
    return len(parts) == 2 and parts[1].casefold() in _resources.read_words("japanese_surnames.txt")


# Letters NFKD does not take apart, with the plain letters English copy writes for them.
_PLAIN_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}


def _accents_optional(word: str) -> str:
    """A pattern for ``word`` as written, or with its accented letters plain ("Błaszczak" or
    "Blaszczak", "Sánchez" or "Sanchez").

    >>> bool(re.fullmatch(_accents_optional("Błaszczak"), "Blaszczak"))
    True
    """
    parts = []
    for char in word:
        plain = _PLAIN_LETTERS.get(char) or "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        parts.append(f"(?:{re.escape(char)}|{re.escape(plain)})" if plain and plain != char else re.escape(char))
    return "".join(parts)


def _looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 5 or words[-1] in NAME_PARTICLES:
        return False
    for word in words:
        if word in NAME_PARTICLES or JOINED_TOKEN.fullmatch(word):
            continue
        key = word.casefold().strip(".")
        if (
            key in _title_words()
            or key in _resources.read_words("not_name_words.txt")
            or not word[:1].isupper()
            or any(c.isdigit() for c in word)
        ):
            return False
        if Country.resolve(word) is not None:
            return False
        for part in word.split("-") if "-" in word else ():
            # "Korea-Central Asia", "Cold War-era": a hyphen joins a place or a noun, not syllables
            if len(part) >= 3 and (
                part.casefold() in _resources.read_words("not_name_words.txt") or Country.resolve(part)
            ):
                return False
    return not all(w.isupper() for w in words)


@attrs.define
class _Person:
    name: str
    country: Country | None = None
    title: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[Span] = attrs.Factory(list)
    official: Official | None = None


class PersonFinder:
    """Collects person mentions into one record per real person."""

    def __init__(self, body: str, gazetteer: Gazetteer | None, home: Country | None) -> None:
        self.body = body
        self.gazetteer = gazetteer or default_gazetteer()
        self.home = home
        self.office_default: Country | None = None
        self.people: dict[str, _Person] = {}

    def add(self, name: str, span: Span | None, *, title: str | None = None, country: Country | None = None) -> None:
        """Record a person (and where the body mentions them, if it does); merges with a person
        already known under the same identity key."""
        name = " ".join(name.split())
        key = fold_name(name)
        officials = self.gazetteer.by_key(key)
        official = officials[0] if len(officials) == 1 else None
        if key not in self.people:
            # The name as this text spells it; the gazetteer's spelling becomes an alias.
            self.people[key] = _Person(name=name, official=official)
            if official is not None and official.name != name:
                self.people[key].aliases.append(official.name)
        person = self.people[key]
        if name != person.name and name not in person.aliases:
            person.aliases.append(name)
        if span is not None:
            person.mentions.append(span)
        if title and person.title is None:
            person.title = title
        if country and person.country is None:
            person.country = country

    def actors(self) -> list[Actor]:
        """One person Actor per real person, in order of first mention."""
        self._attach_surnames()
        self._attach_given_names()
        self._attach_titles()
        result = []
        first = len(self.body) + 1
        for person in sorted(self.people.values(), key=lambda p: min((s.start for s in p.mentions), default=first)):
            # A known official's state beats an adjective read near the name.
            official = person.official.country if person.official else None
            country = official or person.country or self._default_country(person)
            if _POPE.match(person.name) or (person.title and _POPE.search(person.title)):
                country = Country("VA")  # the Pope heads the Holy See, wherever the text places him
            title = person.title
            if title is None and _POPE.match(person.name):
                title = "Pope"  # "Pope Francis": the regnal name holds the title
            result.append(
                Actor(
                    kind=ActorKind.PERSON,
                    name=person.name,
                    title=title,
                    country=country,
                    aliases=tuple(person.aliases),
                    mentions=tuple(sorted(set(person.mentions))),
                )
            )
        return result

    def _default_country(self, person: _Person) -> Country | None:
        """The documented defaults, in order: a Korean-shaped name is South Korean, a
        Chinese-shaped one Chinese, a Japanese-shaped one Japanese; a known official without a
        state, or an official of an international body, has none; another official (a person
        with a title other than reporter) belongs to ``office_default`` (the state whose capital
        datelines a story naming no other state, or naming that state most)."""
        if korean_shaped(person.name):
            return self.home if self.home in (Country("KR"), Country("KP")) else Country("KR")
        if chinese_shaped(person.name):
            return Country("CN")
        if japanese_shaped(person.name):
            return Country("JP")
        if person.official is not None or (person.title and _INTERNATIONAL.search(person.title)):
            return None  # a known official without a state, or one of an international body
        if person.title and person.title.casefold() not in ("reporter", "photographer"):
            return self.office_default
        return None

    def _attach_titles(self) -> None:
        """ "the minister", "the president": the person with that title word last named before it
        outside a prepositional phrase ("a visit by Foreign Minister Wang Yi" names Wang only in
        passing, so "the minister" after it stays the story's subject)."""
        titled: list[tuple[str, _Person]] = []
        for person in self.people.values():
            if person.title and person.mentions:
                titled.append((person.title.split()[-1].casefold(), person))
        if not titled:
            return
        heads = "|".join(sorted({re.escape(head) for head, _ in titled}))
        for match in re.finditer(rf"\bthe ({heads})\b", self.body, re.I):
            head = match.group(1).casefold()
            earlier = [
                (not self._in_passing(span.start), span.start, index)
                for index, (title_head, person) in enumerate(titled)
                if title_head == head
                for span in person.mentions
                if span.start < match.start()
            ]
            if earlier:
                titled[max(earlier)[2]][1].mentions.append(Span(match.start(), match.end()))

    def _in_passing(self, start: int) -> bool:
        """Whether the name at ``start`` (with its title) is the object of a preposition."""
        return bool(_IN_PASSING.search(self.body[max(0, start - 80) : start]))

    def _attach_surnames(self) -> None:
        """Later mentions by surname alone ("Kang", "President Moon") join the full name.

        A surname two people share is resolved after the others: to the one named together
        with the person it stands beside ("Putin and Kim" after "Putin and North Korean leader
        Kim Jong Un"), else to the one named last before it other than in passing ("Kim
        Yo-jong, sister of leader Kim Jong-un, said ... Kim also threatened": Kim Yo-jong).
        """
        by_surname: dict[str, list[_Person]] = {}
        for person in self.people.values():
            parts = person.name.split()
            surname = parts[0] if korean_shaped(person.name) or chinese_shaped(person.name) else parts[-1]
            if len(surname) >= 2:
                by_surname.setdefault(surname, []).append(person)
        groups = sorted(by_surname.items(), key=lambda item: len(item[1]) > 1)  # unshared first
        for surname, people in groups:
            named = sorted((s.start, s.end, index) for index, person in enumerate(people) for s in person.mentions)
            starts = [s for s, _, _ in named]
            reach = list(itertools.accumulate((e for _, e, _ in named), max, initial=0))
            passing = {s for s, _, _ in named if len(people) > 1 and self._in_passing(s)}
            for match in re.finditer(rf"\b{_accents_optional(surname)}\b(?!-)", self.body):
                at = match.start()
                earlier = bisect.bisect_left(starts, at)  # named[:earlier] start before ``at``
                if _inside_a_name(named, reach, earlier, at):
                    continue
                owner = people[0] if len(people) == 1 else self._partnered(people, at)
                if owner is None:
                    before = [index for s, _, index in named[:earlier] if s not in passing]
                    before = before or [index for _, _, index in named[:earlier]]
                    owner = people[before[-1]] if before else None
                if owner is not None:
                    owner.mentions.append(Span(at, match.end()))

    def _attach_given_names(self) -> None:
        """A given name alone for a name news shortens that way ("Mahathir" for Mahathir
        Mohamad, "Prabowo"): only a first word no other person's name holds, that is no title
        or common noun, and only outside names already found."""
        words: dict[str, int] = {}
        for person in self.people.values():
            for word in set(person.name.split()):
                words[word] = words.get(word, 0) + 1
        taken = sorted((s.start, s.end) for person in self.people.values() for s in person.mentions)
        for person in list(self.people.values()):
            parts = person.name.split()
            if not 2 <= len(parts) <= 3 or korean_shaped(person.name) or chinese_shaped(person.name):
                continue
            given = parts[0]
            if len(given) < 4 or words.get(given) != 1 or not _looks_like_name([given, parts[-1]]):
                continue
            for match in re.finditer(rf"\b{re.escape(given)}\b(?![-\s][A-Z])", self.body):
                index = bisect.bisect_right(taken, (match.start(), len(self.body)))
                if index and taken[index - 1][1] > match.start():
                    continue  # inside a name already found ("Mahathir Mohamad")
                person.mentions.append(Span(match.start(), match.end()))

    def _partnered(self, people: list[_Person], at: int) -> _Person | None:
        """Of people sharing a surname, the one named earlier near a person who is named right
        beside the bare surname at ``at`` ("Putin and Kim"); none when that does not decide."""
        sharing = {id(person) for person in people}
        near = [
            other
            for other in self.people.values()
            if id(other) not in sharing and any(abs(s.start - at) <= 40 for s in other.mentions)
        ]
        if not near:
            return None
        partner_starts = sorted(s.start for other in near for s in other.mentions)
        chosen = [
            person
            for person in people
            if any(mine.start < at and _within(partner_starts, mine.start, 60) for mine in person.mentions)
        ]
        return chosen[0] if len(chosen) == 1 else None


def _inside_a_name(named: list[tuple[int, int, int]], reach: list[int], earlier: int, at: int) -> bool:
    """Whether ``at`` falls inside one of the spans ``named`` (sorted), of which the first
    ``earlier`` start before it and reach at most ``reach[earlier]``."""
    if reach[earlier] > at:
        return True
    return any(e > at for _, e, _ in itertools.takewhile(lambda item: item[0] == at, named[earlier:]))


def _within(starts: list[int], at: int, reach: int) -> bool:
    """Whether some offset of the sorted ``starts`` lies within ``reach`` of ``at``."""
    index = bisect.bisect_left(starts, at - reach)
    return index < len(starts) and starts[index] <= at + reach


def _country_in(title: str) -> tuple[Country | None, str]:
    """A leading country adjective of a title, and the title without it."""
    title = title.strip(" ,")
    possessive = re.match(r"^(?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+(.*)$", title)
    if possessive and Country.resolve(possessive.group(1)):
        return Country.resolve(possessive.group(1)), possessive.group(2)
    words = title.split()
    for width in (2, 1):
        if len(words) >= width and Country.resolve(" ".join(words[:width])) is not None:
            return Country.resolve(" ".join(words[:width])), " ".join(words[width:])
    return None, title


def _title_before(body: str, start: int) -> str:
    window = body[max(0, start - 100) : start]
    # A tail of at most nine words starts inside the ninth-last word or later: searching from
    # there finds the same match without trying every earlier place.
    words = [m.start() for m in _WORD_RUN.finditer(window)]
    match = _TITLE_TAIL.search(window, words[-9] if len(words) >= 9 else 0)
    return _trailing_title(match.group(1).split()) if match else ""


def _trailing_title(words: list[str]) -> str:
    """The run of title words (and country words: "Kazakh", "South Korean") at the end of ``words``."""
    kept: list[str] = []
    index = len(words) - 1
    while index >= 0:
        word = words[index]
        bare = word.strip(",").casefold()
        pair = f"{words[index - 1]} {word}".strip(",") if index > 0 else ""
        if pair and Country.resolve(pair) is not None and Country.resolve(word.strip(",")) is None:
            kept[:0] = [words[index - 1], word]  # "South Korean", "New Zealand"
            index -= 2
            continue
        if bare in _title_words() or Country.resolve(word.strip(",")) is not None or bare.endswith(("'s", "’s")):
            kept.insert(0, word)
            index -= 1
        else:
            break
    while kept and kept[0].casefold() in ("of", "for", "the", "and"):
        kept.pop(0)
    return " ".join(kept)


def _clean_title(raw: str) -> tuple[Country | None, str | None]:
    country, title = _country_in(raw)
    title = re.sub(r"^(?:the|a|an)\s+", "", title.strip(" ,"), flags=re.I)
    glue = {"of", "for", "the", "and", "a", "an"}
    words = {w.strip(",").casefold() for w in title.split()} - glue
    if not title or canonical_title(title) in ("", "the", "of") or not words & _title_words():
        return country, None
    if re.match(r"(?i)^(former|then|ex)\b", title):
        title = re.sub(r"(?i)^(former|then-|ex-)\s*", "", title) or title
    return country, title


def find_persons(
    body: str,
    *,
    reporters: Iterable[Actor] = (),
    gazetteer: Gazetteer | None = None,
    home: Country | None = None,
    office_default: Country | None = None,
) -> list[Actor]:
    """Every person named in ``body`` (see the module docstring), one Actor each.

    ``office_default``: the state an official belongs to when nothing else says (the extractor
    passes the dateline's state when the story names no other state).
    """
    finder = PersonFinder(body, gazetteer, home)
    finder.office_default = office_default
    # Reporters first: a byline's "reporter" is their title, whatever the body calls them.
    for reporter in reporters:
        spans: tuple[Span | None, ...] = reporter.mentions or (None,)
        for where in spans:
            finder.add(reporter.name, where, title=reporter.title, country=reporter.country)
        for alias in reporter.aliases:
            finder.add(alias, None)
    for mention in find_officials(body, finder.gazetteer):
        country, title = _clean_title(_title_before(body, mention.start))
        span = Span(mention.start, mention.end)
        finder.add(body[mention.start : mention.end], span, title=title, country=country)
    for match in _NAME_RUN.finditer(body):
        # "Defense Minister A and UAE President B": each side of "and" may hold a person.
        offset = match.start()
        for part in match.group().split(" and "):
            # "Spokesperson Geng Shuang's Regular Press Conference": a possessive ends the name.
            possessive = _INNER_POSSESSIVE.search(part)
            _consider_run(finder, part[: possessive.end()] if possessive else part, offset)
            offset += len(part) + len(" and ")
    for match in _ADMINISTRATION.finditer(body):
        _administration(finder, match)
    return finder.actors()


# "of (the) <up to three capitalised words>": what a title is of ("of the Cook Islands").
_OF_NAMED = r"of (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
# ... and a state's formal name at the end of a run ("of the United Republic of Tanzania").
_OF_STATE_TAIL = re.compile(r" of (?:the )?([A-Z][\w.'’-]*(?: (?:of |the )?[A-Z][\w.'’-]*){0,3})$")
_INTERNATIONAL = re.compile(
    r"\b(?:U\.?N\.?|United Nations|General Assembly|Security Council|Secretary[- ]General|IAEA|NATO|EU|European "
    r"(?:Union|Commission|Council|Parliament)|ASEAN|IMF|World Bank|WHO|WTO|Red Cross)\b"
)
_POPE = re.compile(r"\b(?:Pope|Pontiff)\b")
_LEADING_NOT_NAME = frozenset(
    {"of", "for", "the", "and", "mr", "mrs", "ms", "miss", "dr", "madam", "mme", "sheikh", "father", "fr", "rev"}
    | {"but", "yet", "so", "however", "meanwhile", "still", "also", "when", "while", "if", "as", "then"}
)


_POSSESSIVE_END = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"['’]s(?= )")


def _consider_run(finder: PersonFinder, run: str, offset: int) -> None:
    """A run of capitalised words: "Foreign Minister Kang Kyung-wha", "Kim Hong-kyun", "Wang"."""
    run = _POSSESSIVE_END.sub("", run)  # "Lee Jae Myung's" -> "Lee Jae Myung"
    of_state = None
    tail = _OF_STATE_TAIL.search(run)
    if tail and Country.resolve(tail.group(1)) is not None and " " in run[: tail.start()].strip():
        # "Prime Minister Mark Brown of the Cook Islands": the state, then the titled name
        of_state, run = Country.resolve(tail.group(1)), run[: tail.start()]
    if (
        Country.resolve(run) is not None
        or _is_organization(run)
        or run.casefold() in _resources.read_words("cities.txt")
    ):
        return  # a state, a body or a city ("New York") is not a person
    title_part, name = split_title_name(run.rstrip("."))
    words = name.split()
    # Leading glue words, honorifics ("Mr Lee") and acronyms ("YTN Hong Seon-gi") are not part of a name.
    while words and (
        words[0].casefold().rstrip(".") in _LEADING_NOT_NAME or (len(words[0]) > 1 and words[0].isupper())
    ):
        words.pop(0)
    if not _looks_like_name(words):
        return
    name = " ".join(words)
    if Country.resolve(name) is not None:
        return  # "Crown Prince of Abu Dhabi": the title's place, not a person
    start = offset + run.rfind(name)
    end = start + len(name)
    body = finder.body
    # The run's own words before the name keep their country adjective ("Kazakh President").
    prefix = run[: run.rfind(name)].strip() if name in run else (title_part or "")
    before = _trailing_title((_title_before(body, offset) + " " + prefix).split())
    country, title = _clean_title(before.strip())
    if title is None and title_part:
        # A title holding other words ("Commissioner for the Internal Market"): the run's own.
        country, title = _clean_title(title_part)
    after = body[end : end + 120]
    appositive = _APPOSITIVE.match(after)
    evidence = bool(title) or korean_shaped(name) or chinese_shaped(name) or bool(_SPEECH_AFTER.match(after))
    evidence = evidence or bool(_SPEECH_BEFORE.search(body[max(0, start - 20) : start]))
    evidence = evidence or finder.gazetteer.knows_key(fold_name(name)) or bool(_POPE.match(name))
    if appositive and _is_title(appositive.group("title")):
        evidence = True
        of_state, bare_title = _of_a_state(appositive.group("title").strip())
        # "a Swedish analyst", "a Berlin-based fellow": the adjective gives the state, not the title.
        adjective_state, bare_title = _leading_state(bare_title)
        if title is None:
            title = bare_title
        if country is None:
            country = _state_of_appositive(appositive, finder) or of_state or adjective_state
    if country is None and evidence:
        country = of_state or _counterpart_state(body[max(0, start - 120) : start])
    if evidence:
        finder.add(name, Span(start, end), title=title, country=country)


# "of" a place that ends the title or one part of it ("professor of North Korean studies" is
# of a field, not of a state).
_OF_PLACE = re.compile(rf"\b{_OF_NAMED}(?=$|,|;|\s+and\b)")


_BASED = re.compile(r"(?:^|\bat (?:the |an? ))([A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?)-based\b")


@_resources.cached
def _demonyms() -> frozenset[str]:
    return frozenset(alias.casefold() for _, alias, kind in alias_entries() if kind == "demonym")


def _leading_state(title: str) -> tuple[Country | None, str]:
    """The state a private person's title places them in: a leading demonym ("Swedish analyst"
    -> analyst), or where the body they work at is based ("fellow at the Berlin-based ...").
    A state's name before a field ("a Korea researcher") is the field, not the state."""
    words = title.split()
    if len(words) >= 2 and words[0].casefold() in _demonyms():
        return Country.resolve(words[0]), " ".join(words[1:])
    based = _BASED.search(title)
    if based and Country.resolve(based.group(1)) is not None:
        return Country.resolve(based.group(1)), title if based.start() else title[based.end() :].strip()
    return None, title


def _of_a_state(title: str) -> tuple[Country | None, str]:
    """The state a title is "of" ("the President of the UAE", "Crown Prince of Abu Dhabi"),
    and the title without a closing "of <state>" ("President")."""
    for match in _OF_PLACE.finditer(title):
        state = Country.resolve(match.group(1))
        if state is not None:
            if match.end() == len(title) and match.start() > 0:
                return state, title[: match.start()].strip()
            return state, title
    return None, title


# "commander of the North's Strategic Force", "the South's top envoy": Korea's halves by name.
_HALF = re.compile(r"\bthe (North|South)(?:['’]s\b| Korean\b)")
_HALVES = {"North": "KP", "South": "KR"}
_POSSESSOR = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\b")


def _state_of_appositive(appositive: re.Match[str], finder: PersonFinder) -> Country | None:
    """The state an appositive title names: its leading possessive ("China's top diplomat"), a
    state or person it belongs to ("commander of the North's Strategic Force", "Park's senior
    secretary": the state of the person named Park)."""
    if appositive.group("country"):
        owner = appositive.group("country")
        found = Country.resolve(owner) or (Country(_HALVES[owner]) if owner in _HALVES else None)
        if found is not None:
            return found  # "China's top diplomat", "the North's chief delegate"
    title = appositive.group("title")
    half = _HALF.search(title)
    if half:
        return Country(_HALVES[half.group(1)])
    for match in _POSSESSOR.finditer(title):
        owner = match.group(1)
        found = Country.resolve(owner)
        if found is not None:
            return found
        people = [p for p in finder.people.values() if owner.split()[-1] in p.name.split() and p.country]
        if len(people) == 1:
            return people[0].country
    return None


# "his Chinese counterpart Wang Yi", "their Australian counterparts, Foreign Minister Penny Wong
# and Deputy Prime Minister Richard Marles": the counterpart's adjective names the state.
_COUNTERPART = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?) counterparts?\b(?P<rest>[^.;:!?]*)$")


def _counterpart_state(before: str) -> Country | None:
    """The state of "<adjective> counterpart(s)" shortly before a name, within its sentence."""
    match = _COUNTERPART.search(before)
    if match is None or len(match.group("rest")) > 100:
        return None
    return Country.resolve(match.group(1))


def _is_organization(text: str) -> bool:
    return text in organization_names()


def _is_title(text: str) -> bool:
    words = [w.casefold().strip(",.") for w in text.split()]
    return any(w in _title_words() and w not in ("of", "for", "the", "and", "his", "her") for w in words)


def _administration(finder: PersonFinder, match: re.Match[str]) -> None:
    """ "the Biden administration", "the (Donald) Trump administration": the president named."""
    given, surname = match.group(1), match.group(2)
    for official in finder.gazetteer:
        parts = official.name.split()
        if (
            parts[-1] == surname
            and (given is None or parts[0] == given)
            and any(o.canonical in ("president", "prime minister") for o in official.offices)
        ):
            finder.add(official.name, Span(match.start(2), match.end(2)), country=official.country)
            return
