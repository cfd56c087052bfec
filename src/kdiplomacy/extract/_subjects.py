"""Who makes a pledge: the subject of its clause, resolved to states and a speaking official.

The subject is the candidate nearest before the cue: a state, a person, "we"/"I" (the speaker's
state), "he"/"she" (the person last named as a subject), "the minister" (the official last
named), "it" (the state that last opened a sentence), "the two sides" (the paragraph's two
states, else the article's main pair), "the government"/"the ministry"/"Seoul" (the home state,
or the state of a person said to speak).  Two states joined by "and" act together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from kdiplomacy import _resources
from kdiplomacy.extract._antecedents import last_person_before
from kdiplomacy.extract._mentions import PersonMentions
from kdiplomacy.extract._text import Sentence, Text
from kdiplomacy.extract.states import StateMention, mentions_within
from kdiplomacy.model import Actor, Country, Modality, PartialDate, Quote

__all__ = ["Context", "resolve_actor"]


_PAIR_SUBJECT = re.compile(
    r"\b(?:the two (?:ministers|leaders|countries|sides|nations|governments|foreign ministers|top diplomats|"
    r"presidents)|"
    r"both (?:sides|countries|nations|leaders|governments)|the two|they)\b",
    re.I,
)


# Several states acting together: all the paragraph's states.
_GROUP_SUBJECT = re.compile(
    r"\bthe (?:\w+ )?(?:parties|allies|participants|members|signatories|participating countries)\b", re.I
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I)\b")  # not "US": the United States


_HOME_WORDS = re.compile(
    r"\b(?:the (?:South Korean )?government|the (?:foreign |unification |defen[cs]e |trade )?ministry|Seoul|"
    r"Cheong Wa Dae|the presidential office|the Blue House)\b",
    re.I,
)


_IT = re.compile(r"\b(?:[Ii]t|Its)\b")


_OFFICIAL = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}?(?:minister|president|spokes(?:man|woman|person)|official|leader|envoy|ambassador|"
    r"diplomat|premier|chancellor|secretary|negotiator)\b",
    re.I,
)


# "The foreign ministers of South Korea and China pledged": the states act through their officials.
_OF_ACTORS = re.compile(
    r"\b(?:ministers|leaders|governments|presidents|heads|delegations|militaries|officials|envoys|chiefs|diplomats)"
    r" of\s+(?:the\s+)?$",
    re.I,
)


_EVENT_MODIFIER = re.compile(r"\s+(?:visit|trip|tour|talks|summit|meeting|stopover|meetings|visits)\b")


# A state after a preposition (and perhaps one capitalised word: "by Imperial Japan") is an object.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:of|from|to|with|against|toward|towards|on|in|for|by|about|over|into)\s+(?i:the\s+)?(?:[A-Z][\w-]+\s+)?$"
)


#: Cues that state the speaker's own stance: with "X said ...", they are X's state's.
_STANCE = frozenset({Modality.NEED, Modality.MUST, Modality.HOPE, Modality.CALL})


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)


@attrs.frozen
class Context:
    """What every clause of one article is read against."""

    text: Text
    acting: Sequence[StateMention]
    persons: Sequence[Actor]
    quotes: Sequence[Quote]
    home: Country
    topics: dict[int, Country]
    published: PartialDate | None
    main_pair: tuple[Country, Country] | None
    #: Persons' genders as the text shows them, by name (see ``_antecedents.genders``).
    genders: dict[str, str] = attrs.Factory(dict)
    #: The persons' mentions by offset.
    person_mentions: PersonMentions = attrs.field(
        default=attrs.Factory(lambda self: PersonMentions(self.persons), takes_self=True)
    )


def resolve_actor(
    context: Context,
    subject_start: int,
    cue_at: int,
    sentence: Sentence,
    modality: Modality,
    *,
    inside_quote: bool,
) -> tuple[list[Country], Actor | None]:
    """The states behind a clause's subject, and the speaking official when one is named.

    The subject is the candidate nearest before the cue (a state, a person, "we", "the
    government", "both sides", "he"); two states joined by "and" or a comma act together.  A
    participle clause (", expressing hopes ...") takes the sentence's first subject instead.
    "The two sides" are the two states of the paragraph, else the article's main pair.
    """
    text, acting, persons, home = context.text, context.acting, context.persons, context.home
    body = text.body
    if inside_quote:
        speaker = _quote_speaker(context, sentence, cue_at)
        if speaker is not None and speaker.country is not None:
            return [speaker.country], speaker
        return [home], None
    candidates = _subject_candidates(text, subject_start, cue_at, acting, context.person_mentions)
    if re.search(r",\s*$", body[max(subject_start, cue_at - 3) : cue_at]) and re.match(r"\w+ing\b", body[cue_at:]):
        candidates = candidates[:1]  # participle: the sentence's subject acts
    elif _COORDINATED.search(body[max(sentence.start, cue_at - 12) : cue_at]) and _FINITE_VERB.match(body, cue_at):
        # "Lee held a summit with Hu and asked Beijing to ...": the verb shares the sentence's subject.
        candidates = _subject_candidates(text, sentence.start, cue_at, acting, context.person_mentions)[:1]
    if not candidates:
        return [], None
    position, kind, value = candidates[-1]
    floor = text.paragraphs[sentence.paragraph][0]
    reporter_of = _said_by(body, candidates, context, floor)
    speaks_for_speaker = kind in ("home", "we", "pronoun", "it") or modality in _STANCE
    if reporter_of is not None and reporter_of.country is not None and speaks_for_speaker:
        # "Kono said the government would ...", "Hu said the concerns of the DPRK should ..."
        return [reporter_of.country], reporter_of
    if kind == "it":
        teller = _it_teller(body, candidates, home)
        if teller is not None:
            return teller  # "The government says it will ...": "it" is who says it
        subject = _last_subject_state(context, subject_start, sentence)
        return [subject or home], None
    if isinstance(value, Country):
        states = [value]
        for earlier_position, _, earlier_value in reversed(candidates[:-1]):
            gap = body[earlier_position[1] : position[0]]
            if not isinstance(earlier_value, Country) or gap.strip(" ,") not in ("", "and"):
                break
            states.insert(0, earlier_value)
            position = earlier_position
        # "Kang said Seoul would ...": the person said to speak for the subject state speaks.
        speaker = reporter_of if reporter_of is not None and reporter_of.country in states else None
        return list(dict.fromkeys(states)), speaker
    if isinstance(value, Actor) and value.country is not None:
        joint = _joint_subject(body, candidates)
        if len(joint) >= 2:
            return joint, None  # "Moon and Putin agreed ...": both states act, neither speaks alone
        return [value.country], value
    if kind == "we":
        speaker = _quote_speaker(context, sentence, cue_at)
        if not _quoted(context, sentence, cue_at):
            # A briefing's answer, a release, a transcript: the government of the briefing's
            # spokesperson when the story names one ("Foreign Ministry Spokesperson Geng Shuang's
            # Regular Press Conference"), else the home government, voiced by the home official
            # last named in the paragraph if there is one.
            briefer = _spokesperson_before(context, cue_at)
            if briefer is not None and briefer.country is not None and briefer.country != home:
                return [briefer.country], briefer
            return [home], speaker if speaker is not None and speaker.country == home else None
        if speaker is not None and speaker.country is not None:
            return [speaker.country], speaker
        return [home], None
    if kind in ("pair", "group"):  # "the two sides", "the six parties": the paragraph's states
        return _parties(context, sentence, cue_at, kind, reporter_of)
    if kind == "official":  # "the minister": the official last named, else the home state's
        person = last_person_before(text, persons, position[0], floor)
        if person is not None and person.country is not None:
            return [person.country], person
        return [home], None
    if kind == "pronoun":
        pronoun = body[position[0] : position[1]]
        person = last_person_before(text, persons, position[0], floor, pronoun=pronoun, known=context.genders)
        if person is not None and person.country is not None:
            return [person.country], person
        return [], None
    return [home], None  # "the government", "the ministry", "Seoul", "it"


def _parties(
    context: Context, sentence: Sentence, cue_at: int, kind: str, reporter_of: Actor | None
) -> tuple[list[Country], Actor | None]:
    """The states behind "the two sides" (the two the paragraph names before it, else the
    article's main pair) or "the six parties" (every state the paragraph names); the official
    reporting it speaks for them ("Cho said the two sides agreed ...")."""
    paragraph = context.text.paragraphs[sentence.paragraph]
    acting = context.acting
    around = list(dict.fromkeys(m.country for m in mentions_within(acting, paragraph[0], paragraph[1])))
    if kind == "pair":  # "they agreed ... with the US" is not about the US
        earlier = list(dict.fromkeys(m.country for m in mentions_within(acting, paragraph[0], cue_at)))
        if len(earlier) >= 2 or context.main_pair:
            around = earlier
    if kind == "pair" and len(around) <= 1 and _BLOC.search(context.text.body, paragraph[0], cue_at):
        # "Yoon met the leaders of the EU ... The two sides agreed": the other side is no state
        named = around or list(
            dict.fromkeys(p.country for p in context.person_mentions.persons_within(paragraph[0], cue_at) if p.country)
        )
        if len(named) == 1:
            return named, None
    if len(around) < 2:
        around = list(context.main_pair or ())
    states = around[:2] if kind == "pair" else around
    speaker = reporter_of if reporter_of is not None and reporter_of.country in states else None
    return states, speaker


# A bloc or an international body as one of "the two sides".
_BLOC = re.compile(
    r"\b(?:the EU|the European Union|EU leaders|ASEAN|NATO|the African Union|the UN|the United Nations)\b"
)

_Candidate = tuple[tuple[int, int], str, Country | Actor | None]

_COORDINATED = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
# Cue verbs that, after "and", share the sentence's subject ("... and asked China to ...").
_FINITE_VERB = re.compile(
    r"(?:asked|urged|called|pressed|invited|vowed|pledged|promised|agreed|warned|threatened|offered|committed|"
    r"asks|urges|calls|presses|invites|vows|pledges|promises|agrees|warns|threatens|offers|commits)\b"
)

# Between two parts of one subject: "and" or a comma ("Moon, Kim agree"), then perhaps the next
# part's title and adjective ("... and Chinese Foreign Minister Wang Yi").
_CONJUNCTION_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+)*")
_TITLE_GAP = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*|of|the)\s+)*")


def _joint_subject(body: str, candidates: list[_Candidate]) -> list[Country]:
    """The states of a subject that joins officials (and states) by "and" or commas, such as
    "South Korean President Moon Jae-in and Russian President Vladimir Putin"; empty unless
    it joins two or more states."""
    states: list[Country] = []
    joined = False
    later = candidates[-1]
    for earlier in reversed(candidates):
        value = earlier[2]
        if earlier is not later:
            gap = body[earlier[0][1] : later[0][0]]
            if _CONJUNCTION_GAP.fullmatch(gap):
                joined = True
            elif not _TITLE_GAP.fullmatch(gap):  # "South Korean President Moon": one part
                break
        if isinstance(value, Actor):
            if value.country is None:
                break
            states.insert(0, value.country)
        elif isinstance(value, Country):
            states.insert(0, value)
        else:
            break
        later = earlier
    distinct = list(dict.fromkeys(states))
    return distinct if joined and len(distinct) >= 2 else []


_SAID = re.compile(
    r"^(?:,\s*[\w ]{1,30},)?\s*(?:also |further |then )?(?:said|says|told [\w ]{1,30}?|added|stressed|noted|warned)"
    r"\b(?: that)?"
)


def consequence_teller(
    context: Context, subject_start: int, cue_at: int, end: int, sentence: Sentence, *, inside_quote: bool
) -> tuple[list[Country], Actor | None]:
    """Who warns in "X will pay a price" / "X will face consequences": the quote's speaker, the
    person said to speak ("Lee said North Korea will pay ..."), the one named in a trailing
    attribution ("..., Lee warned"), else the home state."""
    text, persons, home = context.text, context.persons, context.home
    if inside_quote:
        speaker = _quote_speaker(context, sentence, cue_at)
        return ([speaker.country], speaker) if speaker is not None and speaker.country else ([home], None)
    candidates = _subject_candidates(text, subject_start, cue_at, context.acting, context.person_mentions)
    reporter = _said_by(text.body, candidates) if candidates else None
    if reporter is not None and reporter.country is not None:
        return [reporter.country], reporter
    tail = (end, sentence.end)
    for person in persons:
        if person.country and any(tail[0] <= m.start < tail[1] for m in person.mentions):
            return [person.country], person
    named = [m.country for m in mentions_within(context.acting, tail[0], tail[1])]
    return ([named[0]], None) if named else ([home], None)


def _said_by(body: str, candidates: list[_Candidate], context: Context | None = None, floor: int = 0) -> Actor | None:
    """The person whose words the subject reports: "Kono said (that) the government ...", or,
    given the ``context``, the person a pronoun stands for ("He said Seoul would ...")."""
    for (start, end), kind, value in reversed(candidates[:-1]):
        if not _SAID.match(body[end : end + 40]):
            continue
        if kind == "person" and isinstance(value, Actor):
            return value
        if kind == "pronoun" and context is not None:
            return last_person_before(
                context.text, context.persons, start, floor, pronoun=body[start:end], known=context.genders
            )
    return None


def _subject_candidates(
    text: Text, start: int, end: int, acting: Sequence[StateMention], persons: PersonMentions
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for mention in mentions_within(acting, start, end):
        lead = text.body[max(start, mention.start - 40) : mention.start]
        object_of = _PREPOSITION_BEFORE.search(lead[-30:]) and not _OF_ACTORS.search(lead)
        modifier = _EVENT_MODIFIER.match(text.body, mention.end)  # "a surprise Kyiv visit"
        if not (object_of or modifier) and not _possessive_of_a_thing(text.body, mention.end):
            found.append(((mention.start, mention.end), "state", mention.country))
    for span_start, span_end, person in persons.within(start, end):
        if person.country is not None:
            found.append(((span_start, span_end), "person", person))
    subject = text.body[start:end]
    patterns = (
        (_FIRST_PERSON, "we"),
        (_PAIR_SUBJECT, "pair"),
        (_GROUP_SUBJECT, "group"),
        (_PRONOUN, "pronoun"),
        (_OFFICIAL, "official"),
        (_HOME_WORDS, "home"),
        (_IT, "it"),
    )
    for pattern, kind in patterns:
        for match in pattern.finditer(subject):
            if kind in ("pair", "group") and _PREPOSITION_BEFORE.search(
                subject[max(0, match.start() - 30) : match.start()]
            ):
                continue  # "alliances with both countries": an object, not the subject
            found.append(((start + match.start(), start + match.end()), kind, None))
    found.sort(key=lambda item: item[0])
    # Drop a candidate inside another (a state inside "the South Korean government").
    kept: list[_Candidate] = []
    for item in found:
        if kept and item[0][0] < kept[-1][0][1]:
            if item[0][1] - item[0][0] > kept[-1][0][1] - kept[-1][0][0]:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


_SAYS_THAT = re.compile(r"\s*(?:says|said|added|announced|stated|confirmed|noted|insists|insisted)(?: that)?\s*")


def _it_teller(body: str, candidates: list[_Candidate], home: Country) -> tuple[list[Country], Actor | None] | None:
    """For "X says it will ...", the states of X (and X when X is a person)."""
    if len(candidates) < 2:
        return None
    (start, _), _, _ = candidates[-1]
    (_, end), kind, value = candidates[-2]
    if not _SAYS_THAT.fullmatch(body[end:start]):
        return None
    if kind == "home":
        return [home], None
    if isinstance(value, Country):
        return [value], None
    if isinstance(value, Actor) and value.country is not None:
        return [value.country], value
    return None


_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:new\s+|own\s+)?([A-Za-z-]+)")


_ACTING_NOUNS = frozenset(
    {"government", "military", "army", "navy", "delegation", "administration", "leadership", "side"}
    | {"envoy", "negotiators", "officials", "regime", "cabinet", "parliament", "top", "chief"}
)


def _spokesperson_before(context: Context, at: int) -> Actor | None:
    """The one spokesperson the story names before ``at``, if it names exactly one."""
    found = [
        person
        for person in context.persons
        if person.title and "spokes" in person.title.casefold() and any(m.start < at for m in person.mentions)
    ]
    return found[0] if len(found) == 1 else None


def _possessive_of_a_thing(body: str, end: int) -> bool:
    """ "Japan's removal of Korea ...": the subject is the removal, not Japan.  "Seoul's top
    diplomat" or "China's foreign ministry" still act for their state."""
    match = _AFTER_POSSESSIVE.match(body, end)
    if match is None:
        return False
    noun = match.group(1).casefold()
    return noun not in _ACTING_NOUNS and noun not in _resources.read_words("title_words.txt")


def _last_subject_state(context: Context, before: int, sentence: Sentence) -> Country | None:
    """The state that last opened a sentence (its subject) before ``before``, in this paragraph
    or the one before: what "it" most likely refers to ("North Korea fired ... It warned ...")."""
    floor = context.text.paragraphs[max(0, sentence.paragraph - 1)][0]
    best: StateMention | None = None
    for mention in context.acting:
        if floor <= mention.start < before:
            opening = context.text.sentence_at(mention.start).start
            lead_in = context.text.body[opening : mention.start].strip().casefold()
            if lead_in in ("", "the") and (best is None or mention.start > best.start):
                best = mention
    return best.country if best else None


def _quote_speaker(context: Context, sentence: Sentence, at: int) -> Actor | None:
    """Who speaks the quoted words at ``at``: a sound bite's speaker; else the person named in
    the attribution right after the closing quote ('..." Kang said'); else, for "the minister
    said" or "she said", the person last named as a subject before the quote (of that gender)."""
    text, persons, quotes = context.text, context.persons, context.quotes
    for quote in quotes:
        if quote.span.start <= at < quote.span.end and quote.speaker:
            for person in persons:
                if person.name == quote.speaker or quote.speaker in person.aliases:
                    return person
    paragraph = text.paragraphs[sentence.paragraph]
    closing = _closing_quote(text.body, at, paragraph[1])
    pronoun = None
    if closing is not None:
        attribution = (closing, min(paragraph[1], closing + 60))
        named = [p for p in persons if any(attribution[0] <= s.start < attribution[1] for s in p.mentions)]
        if named:
            return min(named, key=lambda p: min(s.start for s in p.mentions if s.start >= closing))
        if re.match(r"[\"”’,\s]*(?:the (?:\w+ )?ministry|the government|it) (?:said|added)", text.body[closing:]):
            return None
        said = _PRONOUN_SAID.match(text.body, closing)
        pronoun = said.group(1) if said else None
    opening = text.body.rfind('"', paragraph[0], at)
    opening = max(opening, text.body.rfind("“", paragraph[0], at))
    before = opening if opening >= 0 else sentence.start
    return last_person_before(text, persons, before, paragraph[0], pronoun=pronoun, known=context.genders)


def _quoted(context: Context, sentence: Sentence, at: int) -> bool:
    """Whether ``at`` stands inside quoted words: a sound bite, or quotation marks open before
    it in its paragraph (closed after it, or left open to the paragraph's end as news does)."""
    if any(quote.span.start <= at < quote.span.end for quote in context.quotes):
        return True
    body, start = context.text.body, context.text.paragraphs[sentence.paragraph][0]
    before = body[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_PRONOUN_SAID = re.compile(r"[\"”’,\s]*(he|she) (?:said|added|says|told|stressed|noted)\b")


def _closing_quote(body: str, at: int, limit: int) -> int | None:
    for index in range(at, limit):
        if body[index] in '"”':
            return index + 1
    return None
