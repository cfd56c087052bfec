"""Bilateral relations: which pairs of states an article discusses, and how it frames them.

A pair is discussed when a sentence joins two states by a hyphen or slash ("Seoul-Washington
alliance", "U.S.-China"; not three in one chain, "China-Japan-ROK"), by "between X and Y", by
"X and Y" as the subject of the sentence or of a clause in it ("..., which Seoul and Washington
see as"), by a possessive of dealings ("Russia's invasion of Ukraine"), or names both (or a state
and a person acting for another) beside a word of dealings (ties, talks, alliance, cooperation,
urged, sanctions, visit ...).  A topic sentence ("On China, ...", "With North Korea, ...", "As
for Japan ...") binds its paragraph to the pair of the home state and that state, and "the two
countries" in a later sentence refers to the pair named last.  A sentence whose subject is the
home state's government ("the ministry", "we", "Seoul") counts the home state as named; a pair
in a background phrase ("following Russia's invasion of Ukraine") is not the home state's
business.

Framing phrases come from ``data/framing.txt`` (in a sentence joining two states, they frame
that pair and the home state's dealings with either, not a third state named there), tone from
the cue weights in ``data/tone.tsv`` (ordered as on the CAMEO/Goldstein scale: cooperation and
agreement positive, demands, threats and sanctions negative), topics from ``data/topics.tsv``;
all over the pair's evidence sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kdiplomacy._caseless import Caseless
from kdiplomacy.extract._lexicon import framing_phrases, topics_in
from kdiplomacy.extract._mentions import PersonMentions
from kdiplomacy.extract._text import Sentence, Text
from kdiplomacy.extract._tone import passage_weights, tone_from, tone_of
from kdiplomacy.extract.states import StateMention, mentions_within
from kdiplomacy.model import Actor, BilateralRelation, Country, Span

__all__ = ["find_relations", "paragraph_topics", "tone_of"]

_DEALINGS = Caseless(
    r"\b(?:ties|relations?|relationship|alliance|allies|ally|partnership|partners?|cooperat\w*|talks|dialogue|summit|"
    r"met|meet|meeting|visit\w*|agree\w*|deal|accord|pact|treaty|exchanges?|engagement|trade|tariffs?|sanctions?|"
    r"urg\w+|call\w* on|warn\w*|pressure|stance|dispute|rows?|normali[sz]\w*|diplomatic|bilateral|counterpart|envoy|"
    r"ambassador|negotiat\w*|thank\w*|support\w*|oppos\w*|criticiz\w*|condemn\w*|protest\w*|invit\w*|host\w*|"
    r"strengthen\w*|deepen\w*|boost\w*|improv\w*|resum\w*|reconcil\w*|hostil\w*|threat\w*|arms|weapons|aid|"
    r"military|war|provocat\w*|concerns?|policy|position|against|toward|towards|"
    # a transfer between states: "Poland has sent more than 200 tanks to Ukraine"
    r"sent|send|sends|sending|suppl(?:y|ies|ied|ying)|deliver\w*|donat\w*|bought|buy|buys|buying|sold|sell\w*|"
    r"export\w*|import\w*|purchas\w*)\b",
)
_STRONG_DEALINGS = Caseless(
    r"\b(?:talks|summit|ties|relations|alliance|urg\w+|pressur\w+|sanctions?|agreed|warn\w*|treaty|deal|"
    r"negotiat\w+|dialogue|meet|met|war|invasion|attack\w*|support\w*|arms|weapons|military cooperation)\b",
)
_HOME_SUBJECT = re.compile(
    r"\b(?:[Tt]he (?:South Korean )?government|[Tt]he (?:foreign |unification |defen[cs]e )?ministry|"
    r"[Ww]e|[Oo]ur|us|Seoul|Cheong Wa Dae|[Tt]he presidential office|[Tt]he Blue House)\b"
)
_TOPIC = re.compile(
    r"^(?:On|With|As for|Regarding|Concerning|As to|Turning to|On (?:relations|ties) with|In (?:relations|ties) with|"
    r"On the (?:issue|question) of|When it comes to)\s+(?:the\s+)?",
)
_TRILATERAL = Caseless(
    r"\b(?:three-way|trilateral|three-nation|three-party|tripartite|plus three|"
    r"(?:the|our|all) three (?:countries|leaders|nations|sides|governments))\b",
)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_THE_TWO = Caseless(
    r"\b(?:the two (?:countries|nations|sides|governments|neighbors|neighbours|allies)|"
    r"both (?:countries|sides|nations))\b",
)
_JOINERS = ("-", "–", "/", " - ", "—")
_BACKGROUND = re.compile(
    r"\b(?:following|after|amid|since|over|despite|in response to|in the wake of|in the face of)\s+(?:the\s+)?$", re.I
)
# "since Russia invaded", "after China imposed curbs": a state as the subject of a background clause.
_CLAUSE_BEFORE = re.compile(r"\b(?:since|after|following|amid|before|when|as)\s+$", re.I)
_PAST_VERB_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?[a-z]+ed\b")


def _without_background(
    body: str, sentence: Sentence, inside: list[StateMention], states: list[Country], home: Country
) -> list[Country]:
    """The states of a sentence without those named only as the subject of a background clause
    ("Poland has sent tanks to Ukraine since Russia invaded"): between two states other than the
    home state, such a third is when, not who, and pairs with neither."""
    if home in states:
        return states
    background = {
        m.country
        for m in inside
        if _CLAUSE_BEFORE.search(body[max(sentence.start, m.start - 12) : m.start])
        and _PAST_VERB_AFTER.match(body, m.end)
    }
    return [c for c in states if c not in background or sum(m.country == c for m in inside) > 1]


# "Russia's invasion of Ukraine", "China's pressure on Seoul", "Moscow's military cooperation
# with Pyongyang": one state's dealings with the next, across a possessive.
_POSSESSIVE_DEALINGS = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:invasion|aggression|attacks?|war|pressure|sanctions|curbs|restrictions|"
    r"cooperation|ties|relations|relationship|alliance|partnership|support|aid|assistance|dealings|rapprochement|"
    r"engagement|approach|policy|stance|position|hostility|provocations?|threats?|demands?|"
    r"protests?|treatment|occupation)\s+(?:of|on|with|against|toward|towards|to|for)\s+(?:the\s+)?"
)


def paragraph_topics(text: Text, mentions: Sequence[StateMention], home: Country) -> dict[int, Country]:
    """Paragraphs bound to a state by a topic sentence ("On Japan, ..."), by paragraph index."""
    topics: dict[int, Country] = {}
    for index, (start, end) in enumerate(text.paragraphs):
        opening = _TOPIC.match(text.body[start:end])
        if not opening:
            continue
        at = start + opening.end()
        first = next((m for m in mentions if at <= m.start <= at + 20 and not m.place), None)
        # "On China, ...", "On relations with Japan, ...": after "On" or "With" the state opens
        # the phrase, which a comma closes ("On Thursday, Trump met Chinese President Xi" binds
        # nothing); "As for", "Regarding" and the like are topic openers whatever follows.
        if first is None or first.country == home:
            continue
        if opening.group().split()[0] in ("On", "With", "In") and not (
            _TOPIC_LEAD.fullmatch(text.body[at : first.start]) and _PHRASE_CLOSED.match(text.body, first.end)
        ):
            continue
        topics[index] = first.country
    return topics


_TOPIC_LEAD = re.compile(r"(?:(?:relations|ties|dealings|cooperation) with\s+)?(?:the\s+)?")
_PHRASE_CLOSED = re.compile(r"[^.;:!?,]{0,40},")


def find_relations(
    text: Text,
    mentions: Sequence[StateMention],
    persons: Sequence[Actor],
    home: Country,
) -> list[BilateralRelation]:
    """The relations the article discusses, each with framing, tone, topics and evidence."""
    acting = [m for m in mentions if not m.place]
    evidence: dict[frozenset[Country], list[Sentence]] = {}

    last_pair: list[frozenset[Country]] = []
    # States a sentence joins explicitly ("between Moscow and Pyongyang", "Seoul-Washington").
    joined: dict[Sentence, set[Country]] = {}

    def note(a: Country, b: Country, sentence: Sentence, *, join: bool = False) -> None:
        if a != b:
            found = evidence.setdefault(frozenset((a, b)), [])
            if sentence not in found:
                found.append(sentence)
            last_pair[:] = [frozenset((a, b))]
            if join:
                joined.setdefault(sentence, set()).update((a, b))

    topics = paragraph_topics(text, mentions, home)
    person_mentions = PersonMentions(persons)
    for sentence in text.sentences:
        inside = list(mentions_within(acting, sentence.start, sentence.end))
        words = text.text_of(sentence)
        # States paired with each other in a background phrase, not with the home state ("buys
        # tanks from South Korea following Russia's invasion of Ukraine" is not about Korea and
        # Russia).
        apart: set[Country] = set()
        for first, second, background in _adjacent_pairs(text.body, sentence, inside):
            note(first, second, sentence, join=True)
            if background:
                apart.update((first, second))
        apart |= _only_in_chains(text.body, inside)
        between = _between_pair(words, sentence, inside)
        if between is not None:
            note(*between, sentence, join=True)
        if last_pair and len({m.country for m in inside}) < 2 and _THE_TWO.search(words):
            one, other = sorted(last_pair[0])  # "the two countries" after a named pair
            note(one, other, sentence)
        named = _named_in(sentence, inside, person_mentions)
        for one, other in _with_each_listed(words, sorted(named), text.body):
            note(one, other, sentence)  # "Vietnam has such ties only with China, Russia and India"
        if not _DEALINGS.search(words) or _TRILATERAL.search(words) or _lists_three(sorted(named), text.body):
            continue  # a trilateral meeting, or three states listed as one group, singles out no pair
        states = list(dict.fromkeys([*(m.country for m in inside), *(country for _, _, country in sorted(named))]))
        states = _without_background(text.body, sentence, inside, states, home)
        topic = topics.get(sentence.paragraph)
        if topic is not None:
            note(home, topic, sentence)
        home_implied = home not in states and bool(_HOME_SUBJECT.search(words))
        if home_implied:
            states.insert(0, home)
        if len(states) == 2:
            note(states[0], states[1], sentence)
        elif home in states and len(states) <= 5:
            for other in states:
                if other not in apart:
                    note(home, other, sentence)
        if len(states) == 3 and not home_implied and _STRONG_DEALINGS.search(words):
            # Three states and direct dealings ("Trump said he would meet Kim"): the two
            # other than the home state deal with each other too (not when the home state is
            # only the implied subject: "the ministry will speed up talks with Singapore and Japan").
            others = [s for s in states if s != home]
            if len(others) == 2 and not apart & set(others):
                note(others[0], others[1], sentence)
    cues = _SentenceCues(text)
    return [_relation(pair, sentences, cues, joined, home) for pair, sentences in evidence.items()]


_LIST_GAP = re.compile(r"\s*(?:,|,? and|,? as well as)\s+(?:the\s+)?")
_SAME_ITEM_GAP = re.compile(r"[ A-Za-z.'-]{0,40}")


def _between_pair(words: str, sentence: Sentence, inside: list[StateMention]) -> tuple[Country, Country] | None:
    """The first two states named after "between" in a sentence ("ties between Moscow and
    Pyongyang")."""
    between = _BETWEEN.search(words) if len({m.country for m in inside}) >= 2 else None
    if between is None:
        return None
    after = list(dict.fromkeys(m.country for m in inside if m.start > sentence.start + between.start()))
    return (after[0], after[1]) if len(after) >= 2 else None


def _named_in(
    sentence: Sentence, inside: list[StateMention], person_mentions: PersonMentions
) -> list[tuple[int, int, Country]]:
    """Every state a sentence names, directly or by a person acting for it, with its offsets."""
    return [(m.start, m.end, m.country) for m in inside] + [
        (start, end, person.country)
        for start, end, person in person_mentions.within(sentence.start, sentence.end)
        if person.country
    ]


# A preposition that makes the states after it the objects of the first one's dealings.
_OBJECT_GAP = re.compile(r"\b(?:with|to|toward|towards|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _with_each_listed(words: str, named: list[tuple[int, int, Country]], body: str) -> list[tuple[Country, Country]]:
    """A state, then a list of two or more others as the object of its dealings ("Vietnam had
    granted the status only to China, Russia and India"): the first state with each listed one."""
    if not _DEALINGS.search(words) or _TRILATERAL.search(words):
        return []
    items = _items(named, body)
    if len(items) < 3 or not _OBJECT_GAP.search(body[items[0][1] : items[1][0]]):
        return []
    listed = items[1:]
    if not all(_LIST_GAP.fullmatch(body[a[1] : b[0]]) for a, b in itertools.pairwise(listed)):
        return []
    first = items[0][2]
    return [(first, country) for _, _, country in listed if country != first]


def _items(named: list[tuple[int, int, Country]], body: str) -> list[tuple[int, int, Country]]:
    """The states named, with a state's adjective and its official as one item."""
    items: list[tuple[int, int, Country]] = []
    for start, end, country in named:
        if items and items[-1][2] == country and _SAME_ITEM_GAP.fullmatch(body[items[-1][1] : start]):
            items[-1] = (items[-1][0], max(end, items[-1][1]), country)
        else:
            items.append((start, end, country))
    return items


def _lists_three(named: list[tuple[int, int, Country]], body: str) -> bool:
    """Whether a sentence lists three or more states as one group: "Japan, China and South
    Korea", "Yoon, Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida" (a state's
    adjective and its official count as one item)."""
    items = _items(named, body)
    run: set[Country] = set()
    for previous, item in zip([None, *items], items, strict=False):
        if previous is not None and _LIST_GAP.fullmatch(body[previous[1] : item[0]]):
            run.add(item[2])
        else:
            run = {item[2]}
        if len(run) >= 3:
            return True
    return False


class _SentenceCues:
    """Each sentence's framing phrases, topics and tone weights, found once per article (a
    sentence is evidence for several pairs)."""

    def __init__(self, text: Text) -> None:
        self._text = text
        self._framing: dict[Sentence, tuple[str, ...]] = {}
        self._topics: dict[Sentence, tuple[str, ...]] = {}
        self._weights: dict[Sentence, tuple[float, ...]] = {}

    def framing(self, sentence: Sentence) -> tuple[str, ...]:
        found = self._framing.get(sentence)
        if found is None:
            passage = self._text.text_of(sentence)
            found = self._framing[sentence] = tuple(m.group().lower() for m in framing_phrases().finditer(passage))
        return found

    def topics(self, sentence: Sentence) -> tuple[str, ...]:
        found = self._topics.get(sentence)
        if found is None:
            found = self._topics[sentence] = topics_in(self._text.text_of(sentence))
        return found

    def weights(self, sentence: Sentence) -> tuple[float, ...]:
        found = self._weights.get(sentence)
        if found is None:
            found = self._weights[sentence] = passage_weights(self._text.text_of(sentence))
        return found


def _adjacent_pairs(
    body: str, sentence: Sentence, inside: list[StateMention]
) -> Iterator[tuple[Country, Country, bool]]:
    """Pairs of neighbouring mentions that a sentence joins, each with whether it stands in a
    background phrase: "Seoul-Washington", "U.S.-China"; "X and Y" only as the subject (at the
    start of the sentence) and not as the end of a list ("visited the U.S. and Japan" lists
    destinations); "X's <dealings> with/of/on Y"."""
    for index, (first, second) in enumerate(itertools.pairwise(inside)):
        gap = body[first.end : second.start]
        subject = first.start - sentence.start <= 40 or _clause_subject(body, sentence, first.start, second.end)
        listed = index > 0 and body[inside[index - 1].end : first.start].strip() == ","
        if gap in _JOINERS and _in_a_chain(body, inside, index):
            continue  # "a China-Japan-ROK free trade zone": three states at once, no pair
        if gap in _JOINERS or (gap in (" and ", " and the ") and subject and not listed):
            yield first.country, second.country, False
        elif _POSSESSIVE_DEALINGS.fullmatch(gap):
            background = _BACKGROUND.search(body[max(sentence.start, first.start - 30) : first.start])
            yield first.country, second.country, background is not None


def _only_in_chains(body: str, inside: list[StateMention]) -> set[Country]:
    """States a sentence names only inside a hyphenated chain of three ("China-Japan-ROK")."""
    chained = {
        i
        for index in range(len(inside) - 1)
        if body[inside[index].end : inside[index + 1].start] in _JOINERS and _in_a_chain(body, inside, index)
        for i in (index, index + 1)
    }
    outside = {m.country for i, m in enumerate(inside) if i not in chained}
    return {inside[i].country for i in chained} - outside


def _in_a_chain(body: str, inside: list[StateMention], index: int) -> bool:
    """Whether the hyphenated pair at ``index`` is part of a chain of three or more states."""
    before = index > 0 and body[inside[index - 1].end : inside[index].start] in _JOINERS
    after = index + 2 < len(inside) and body[inside[index + 1].end : inside[index + 2].start] in _JOINERS
    return before or after


_OPENS_CLAUSE = re.compile(r"(?:\b(?:which|that|while|as|and|but|after|when|because|since)|[,;:])\s+(?:the\s+)?$")
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|have\s+|had\s+|will\s+|would\s+)?(?:see|saw|say|said|agree|agreed|share|shared|signed|"
    r"hold|held|have|had|are|were|will|would|must|should|can|could|remain|remained|plan|planned|vowed|pledged|"
    r"reaffirmed|confirmed|discussed|decided|issued|announced|welcomed|condemned|urged|called|warned|oppose|opposed)\b"
)


def _clause_subject(body: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether "X and Y" is the subject of a clause inside the sentence ("..., which Seoul and
    Washington see as a test"): a clause opens right before it and a verb follows it."""
    before = body[max(sentence.start, start - 12) : start]
    return bool(_OPENS_CLAUSE.search(before)) and bool(_VERB_AFTER.match(body, end))


def _relation(
    pair: frozenset[Country],
    sentences: list[Sentence],
    cues: _SentenceCues,
    joined: dict[Sentence, set[Country]],
    home: Country,
) -> BilateralRelation:
    framed = [s for s in sentences if _frames(pair, joined.get(s), home)]
    framing = list(dict.fromkeys(phrase for s in framed for phrase in cues.framing(s)))
    topics = list(dict.fromkeys(topic for s in sentences for topic in cues.topics(s)))
    first, second = sorted(pair)
    return BilateralRelation(
        countries=(first, second),
        framing=tuple(framing),
        tone=tone_from(weight for s in sentences for weight in cues.weights(s)),
        topics=tuple(topics),
        evidence=tuple(Span(s.start, s.end) for s in sentences),
    )


def _frames(pair: frozenset[Country], joined: set[Country] | None, home: Country) -> bool:
    """Whether a sentence's framing phrases describe ``pair``: in a sentence that joins two
    states ("their illegal partnership" after "between Russia and North Korea"), only that pair
    and the home state's dealings with either of them; a third state named there is not framed."""
    if joined is None or pair <= joined:
        return True
    return home in pair and (pair - {home}) <= joined
