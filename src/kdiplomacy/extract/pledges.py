"""Pledges: commitments, intentions, plans, calls to act, warnings and threats.

Each sentence (or ";"-separated clause) is searched for the cues in ``data/pledge_cues.tsv``;
the earliest cue makes the pledge.  Its parts:

* actor: the states named before the cue (both, for "South Korea and China pledged"), the state
  of a person named there (who is then the speaker), the home state for "the government",
  "the ministry", "Seoul"; for "we"/"I" inside a quote, the state of the quote's speaker; for
  "he"/"she", the person last named; for "the two ministers"/"both sides", the two states of
  the paragraph.  A clause with no resolvable actor is not a pledge (programme descriptions
  such as "the conference will feature ..." fall out this way).
* counterparts: states named after the cue (or acting for a person named there), and the state
  a topic sentence binds the paragraph to ("On Japan, ...").
* action: the verb the cue governs; negated when "not"/"no"/"never" governs it.
* horizon: a time expression in the clause, resolved against the article's date when known.
* text and span: the clause, without a trailing attribution ("..., the ministry said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from kdiplomacy import _resources
from kdiplomacy.dates import resolve_relative
from kdiplomacy.extract._lexicon import pledge_cues
from kdiplomacy.extract._text import Sentence, Text
from kdiplomacy.extract.states import StateMention
from kdiplomacy.model import Actor, Country, Horizon, Modality, PartialDate, Pledge, Quote, Span

__all__ = ["find_pledges"]

_NOUN_WILL = re.compile(r"\b(?:the|our|his|her|its|their|political|unwavering|good|free|strong|firm)\s+$", re.I)
# Adverbs and auxiliaries between a cue and the verb it governs.
_SKIP_WORDS = frozenset(
    {"also", "further", "actively", "continue", "continues", "continued", "to", "be", "not", "never", "jointly"}
    | {"closely", "more", "strongly", "firmly", "swiftly", "quickly", "soon", "still", "again", "the", "a", "an"}
)
_TOPIC_OPENER = re.compile(
    r"^(?:On|With|As for|Regarding|Concerning|As to|Turning to|On (?:relations|ties) with|In (?:relations|ties) with)"
    r"\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+"
)
_HORIZON = re.compile(
    r"\b(?:later this year|early next year|this year|next year|last year|this month|next month|this week|next week|"
    r"in the (?:first|second) half(?: of (?:the|this|next) year)?|"
    r"until the end(?: of (?:the|this|next) year| of (?:his|her|its) term)?|"
    r"by the end of (?:the|this|next) year|on a regular basis|regularly|in due course|going forward|"
    r"as soon as possible|"
    r"at an early date|by \d{4}|within (?:the|this) year|in the coming (?:days|weeks|months|years)|"
    r"this (?:January|February|March|April|May|June|July|August|September|October|November|December))\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|n't|no intention of|no plans? to)\s+(?:\w+\s+)?$", re.I)
_ATTRIBUTION = re.compile(
    r"[,]?\s*[\"”’']?\s*(?:,\s*)?(?:the [\w-]+(?: [\w-]+){0,3}|he|she|it|they|[A-Z][\w.-]+(?: [A-Z][\w-]+){0,2})"
    r" (?:said|says|added|noted|told [\w ]{1,40}|stressed|emphasized|explained)(?: in a [\w ]{1,40})?[.\"”’]*\s*$"
)
_PAIR_SUBJECT = re.compile(
    r"\b(?:the two (?:ministers|leaders|countries|sides|nations|governments|foreign ministers|top diplomats|"
    r"presidents)|"
    r"both (?:sides|countries|nations|leaders|governments)|the two|they)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I)\b")
_HOME_WORDS = re.compile(
    r"\b(?:the (?:South Korean )?government|the (?:foreign |unification |defen[cs]e |trade )?ministry|Seoul|"
    r"Cheong Wa Dae|the presidential office|the Blue House)\b",
    re.I,
)
_IT = re.compile(r"\b[Ii]t\b")
_OFFICIAL = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}?(?:minister|president|spokes(?:man|woman|person)|official|leader|envoy|ambassador|"
    r"diplomat|premier|chancellor|secretary|negotiator)\b",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|from|to|with|against|toward|towards|on|in|for|by|about|over|into)\s+(?:the\s+)?$", re.I
)
# Subjects that are not states or their officials: their "will" and "should" are commentary.
_COMMENTATORS = re.compile(
    r"\b(?:experts?|analysts?|observers?|critics?|scholars?|commentators?|some|many|residents|"
    r"companies|firms|investors)\s+(?:\w+\s+){0,2}?"
    r"(?:said|say|says|point out|pointed out|argue|argued|believe|believed|warn|warned|noted|note)\b",
    re.I,
)
_UNCERTAIN = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,4}$", re.I)
_RELATIVE = re.compile(r"(?:^|,)\s*(?:which|that)\b[^,;]*$", re.I)
#: Cues that state the speaker's own stance: with "X said ...", they are X's state's.
_STANCE = frozenset({Modality.NEED, Modality.MUST, Modality.HOPE, Modality.CALL})
_PERFECT = re.compile(r"\b(?:has|have|had) been\s+$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?=(?:while|whereas|but)\s)")


def find_pledges(
    text: Text,
    mentions: Sequence[StateMention],
    persons: Sequence[Actor],
    quotes: Sequence[Quote],
    home: Country,
    topics: dict[int, Country],
    published: PartialDate | None,
    *,
    headline: bool = False,
    main_pair: tuple[Country, Country] | None = None,
) -> list[Pledge]:
    """Every pledge in the body (see the module docstring).  ``headline``: the first paragraph
    is the headline, where "Seoul to scrap ..." states a plan."""
    acting = [m for m in mentions if not m.place]
    context = _Context(text, acting, persons, quotes, home, topics, published, main_pair)
    found: list[Pledge] = []
    for sentence in text.sentences:
        for start, end in _clauses(text, sentence):
            clause = text.body[start:end]
            cues = _cues(clause)
            if not cues and headline and sentence.paragraph == 0:
                cues = _headline_infinitive(clause)
            for segment_start, segment_end, cue in _segments(clause, cues):
                pledge = _pledge(context, start, start + segment_start, start + segment_end, cue, sentence)
                if pledge is not None:
                    found.append(pledge)
    return found


_BOUNDARY = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:he|she|they|it|the|[A-Z]))")
_HEADLINE_TO = re.compile(r"\s+to\s+(?=[a-z]{3,})")


def _headline_infinitive(clause: str) -> list[tuple[re.Match[str], Modality]]:
    """A headline's "Seoul to scrap military intel pact": the reported future, a plan."""
    match = _HEADLINE_TO.search(clause)
    if match is None or match.start() > 60 or any(ch in clause[: match.start()] for ch in ",:;"):
        return []
    return [(match, Modality.PLAN)]


def _segments(
    clause: str, cues: list[tuple[re.Match[str], Modality]]
) -> list[tuple[int, int, tuple[re.Match[str], Modality]]]:
    """Split a clause holding several cues at the clause boundary before each later cue."""
    segments: list[tuple[int, int, tuple[re.Match[str], Modality]]] = []
    start = 0
    for index, cue in enumerate(cues):
        if index and cue[0].start() - cues[index - 1][0].end() < 12:
            continue  # "warned that it would": one pledge
        if index:
            between = clause[cues[index - 1][0].end() : cue[0].start()]
            boundaries = list(_BOUNDARY.finditer(between))
            boundary = boundaries[-1] if boundaries else None
            if boundary is not None:
                cut = cues[index - 1][0].end() + boundary.start()
                segments[-1] = (segments[-1][0], cut, segments[-1][2])
                start = cues[index - 1][0].end() + boundary.end()
            else:
                continue  # no boundary: the later cue belongs to the same pledge
        segments.append((start, len(clause), cue))
    return segments


def _clauses(text: Text, sentence: Sentence) -> list[tuple[int, int]]:
    words = text.text_of(sentence)
    spans, cursor = [], 0
    for match in _CLAUSE_SPLIT.finditer(words):
        spans.append((sentence.start + cursor, sentence.start + match.start()))
        cursor = match.end()
    spans.append((sentence.start + cursor, sentence.end))
    return spans


def _cues(clause: str) -> list[tuple[re.Match[str], Modality]]:
    """Every cue in a clause, in order, without overlaps (the earlier-listed row wins a tie)."""
    found: list[tuple[re.Match[str], Modality]] = []
    for pattern, modality in pledge_cues():
        for match in pattern.finditer(clause):
            if modality is Modality.WILL and _NOUN_WILL.search(clause[: match.start()]):
                continue
            if _PERFECT.search(clause[: match.start()]):
                continue  # "has been pushing for": a report of the past, not a commitment
            if any(match.start() < m.end() and m.start() < match.end() for m, _ in found):
                continue
            found.append((match, modality))
    found.sort(key=lambda item: item[0].start())
    return found


@attrs.frozen
class _Context:
    """What every clause of one article is read against."""

    text: Text
    acting: Sequence[StateMention]
    persons: Sequence[Actor]
    quotes: Sequence[Quote]
    home: Country
    topics: dict[int, Country]
    published: PartialDate | None
    main_pair: tuple[Country, Country] | None


def _pledge(
    context: _Context,
    clause_start: int,
    start: int,
    end: int,
    cue: tuple[re.Match[str], Modality],
    sentence: Sentence,
) -> Pledge | None:
    text, acting, persons = context.text, context.acting, context.persons
    topics, published = context.topics, context.published
    match, modality = cue
    cue_at = clause_start + match.start()
    lead_in = text.body[start:cue_at]
    if _UNCERTAIN.search(lead_in) or _COMMENTATORS.search(lead_in):
        return None  # "whether he will", "analysts said Seoul would": not a commitment
    if modality in (Modality.WILL, Modality.PLAN) and _RELATIVE.search(lead_in):
        return None  # "which she said would violate": a prediction about a thing
    opening = _quote_opening(text.body, start, cue_at)
    subject_start = opening if opening is not None else start
    topic_opener = _TOPIC_OPENER.match(text.body[subject_start:cue_at])
    if topic_opener and opening is None:  # "On China, Moon expressed hope": China is not the subject
        first_state = next((m for m in acting if subject_start <= m.start < subject_start + topic_opener.end()), None)
        if first_state is not None:
            subject_start = first_state.end
    actor, speaker = _actor(context, subject_start, cue_at, sentence, modality, inside_quote=opening is not None)
    if not actor:
        return None
    after = text.body[clause_start + match.end() : end]
    action, negated = _action(after, text.body[max(start, cue_at - 25) : cue_at])
    negated = negated or bool(re.search(r"\b(?:no|not)\b", match.group(), re.I))
    counterparts = [m.country for m in acting if cue_at <= m.start < end and m.country not in actor]
    counterparts += [
        p.country
        for p in persons
        if p.country and p.country not in actor and any(cue_at <= s.start < end for s in p.mentions)
    ]
    topic = topics.get(sentence.paragraph)
    if topic is not None and topic not in actor:
        counterparts.append(topic)
    span_start, span_end = _trim(text.body, subject_start, end)
    horizon_match = _HORIZON.search(text.body[cue_at:span_end])
    horizon = (
        Horizon(text=horizon_match.group(), date=resolve_relative(horizon_match.group(), published))
        if horizon_match
        else None
    )
    return Pledge(
        actor=tuple(actor),
        speaker=speaker,
        counterparts=tuple(dict.fromkeys(counterparts)),
        action=action,
        modality=modality,
        negated=negated,
        horizon=horizon,
        text=text.body[span_start:span_end],
        span=Span(span_start, span_end),
    )


def _quote_opening(body: str, start: int, cue_at: int) -> int | None:
    """The start of the quoted words when the cue stands inside a quotation in this clause."""
    segment = body[start:cue_at]
    opens = [i for i, ch in enumerate(segment) if ch in '"“']
    if len(opens) % 2 == 1:
        return start + opens[-1] + 1
    return None


def _actor(
    context: _Context,
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
    text, acting, persons, quotes, home = context.text, context.acting, context.persons, context.quotes, context.home
    body = text.body
    if inside_quote:
        speaker = _quote_speaker(text, sentence, persons, quotes, cue_at)
        if speaker is not None and speaker.country is not None:
            return [speaker.country], speaker
        return [home], None
    candidates = _subject_candidates(text, subject_start, cue_at, acting, persons)
    if re.search(r",\s*$", body[max(subject_start, cue_at - 3) : cue_at]) and re.match(r"\w+ing\b", body[cue_at:]):
        candidates = candidates[:1]  # participle: the sentence's subject acts
    if not candidates:
        return [], None
    position, kind, value = candidates[-1]
    reporter_of = _said_by(body, candidates)
    speaks_for_speaker = kind in ("home", "we", "pronoun", "it") or modality in _STANCE
    if reporter_of is not None and reporter_of.country is not None and speaks_for_speaker:
        # "Kono said the government would ...", "Hu said the concerns of the DPRK should ..."
        return [reporter_of.country], reporter_of
    if kind == "it":
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
        return list(dict.fromkeys(states)), None
    if isinstance(value, Actor) and value.country is not None:
        return [value.country], value
    if kind == "we":
        speaker = _quote_speaker(text, sentence, persons, quotes, cue_at)
        if speaker is not None and speaker.country is not None:
            return [speaker.country], speaker
        return [home], None
    if kind == "pair":
        paragraph = text.paragraphs[sentence.paragraph]
        around = list(dict.fromkeys(m.country for m in acting if paragraph[0] <= m.start < paragraph[1]))
        if len(around) >= 2:
            return around[:2], None
        return (list(context.main_pair), None) if context.main_pair else ([], None)
    if kind == "official":  # "the minister": the official last named, else the home state's
        person = _last_person_before(persons, subject_start, text.paragraphs[sentence.paragraph][0], text)
        if person is not None and person.country is not None:
            return [person.country], person
        return [home], None
    if kind == "pronoun":
        person = _last_person_before(persons, subject_start, text.paragraphs[sentence.paragraph][0], text)
        if person is not None and person.country is not None:
            return [person.country], person
        return [], None
    return [home], None  # "the government", "the ministry", "Seoul", "it"


_Candidate = tuple[tuple[int, int], str, Country | Actor | None]
_SAID = re.compile(
    r"^\s*(?:also |further |then )?(?:said|says|told [\w ]{1,30}?|added|stressed|noted|warned)\b(?: that)?"
)


def _said_by(body: str, candidates: list[_Candidate]) -> Actor | None:
    """The person whose words the subject reports: "Kono said (that) the government ..."."""
    for (_, end), kind, value in reversed(candidates[:-1]):
        if kind == "person" and isinstance(value, Actor) and _SAID.match(body[end : end + 40]):
            return value
    return None


def _subject_candidates(
    text: Text, start: int, end: int, acting: Sequence[StateMention], persons: Sequence[Actor]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for mention in acting:
        object_of = _PREPOSITION_BEFORE.search(text.body[max(start, mention.start - 20) : mention.start])
        if start <= mention.start < end and not object_of and not _possessive_of_a_thing(text.body, mention.end):
            found.append(((mention.start, mention.end), "state", mention.country))
    for person in persons:
        for span in person.mentions:
            if start <= span.start < end and person.country is not None:
                found.append(((span.start, span.end), "person", person))
    subject = text.body[start:end]
    patterns = (
        (_FIRST_PERSON, "we"),
        (_PAIR_SUBJECT, "pair"),
        (_PRONOUN, "pronoun"),
        (_OFFICIAL, "official"),
        (_HOME_WORDS, "home"),
        (_IT, "it"),
    )
    for pattern, kind in patterns:
        for match in pattern.finditer(subject):
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


_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:new\s+|own\s+)?([A-Za-z-]+)")
_ACTING_NOUNS = frozenset(
    {"government", "military", "army", "navy", "delegation", "administration", "leadership", "side"}
    | {"envoy", "negotiators", "officials", "regime", "cabinet", "parliament", "top", "chief"}
)


def _possessive_of_a_thing(body: str, end: int) -> bool:
    """ "Japan's removal of Korea ...": the subject is the removal, not Japan.  "Seoul's top
    diplomat" or "China's foreign ministry" still act for their state."""
    match = _AFTER_POSSESSIVE.match(body, end)
    if match is None:
        return False
    noun = match.group(1).casefold()
    return noun not in _ACTING_NOUNS and noun not in _resources.read_words("title_words.txt")


def _last_subject_state(context: _Context, before: int, sentence: Sentence) -> Country | None:
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


def _last_person_before(persons: Sequence[Actor], offset: int, floor: int, text: Text | None = None) -> Actor | None:
    """The person last named before ``offset`` (within the paragraph or the one before),
    preferring one named as a sentence's subject (its first words) over one named as object."""
    best: tuple[int, int, Actor] | None = None
    for person in persons:
        for span in person.mentions:
            if not floor - 600 <= span.start < offset:
                continue
            subject = 1 if text is not None and span.start - text.sentence_at(span.start).start <= 40 else 0
            if best is None or (subject, span.start) > (best[0], best[1]):
                best = (subject, span.start, person)
    return best[2] if best else None


def _quote_speaker(
    text: Text, sentence: Sentence, persons: Sequence[Actor], quotes: Sequence[Quote], at: int
) -> Actor | None:
    """Who speaks the quoted words at ``at``: a sound bite's speaker; else the person named in
    the attribution right after the closing quote ('..." Kang said'); else, for "the minister
    said" or "she said", the person last named as a subject before the quote."""
    for quote in quotes:
        if quote.span.start <= at < quote.span.end and quote.speaker:
            for person in persons:
                if person.name == quote.speaker or quote.speaker in person.aliases:
                    return person
    paragraph = text.paragraphs[sentence.paragraph]
    closing = _closing_quote(text.body, at, paragraph[1])
    if closing is not None:
        attribution = (closing, min(paragraph[1], closing + 60))
        named = [p for p in persons if any(attribution[0] <= s.start < attribution[1] for s in p.mentions)]
        if named:
            return min(named, key=lambda p: min(s.start for s in p.mentions if s.start >= closing))
        if re.match(r"[\"”’,\s]*(?:the (?:\w+ )?ministry|the government|it) (?:said|added)", text.body[closing:]):
            return None
    opening = text.body.rfind('"', paragraph[0], at)
    opening = max(opening, text.body.rfind("“", paragraph[0], at))
    return _last_person_before(persons, opening if opening >= 0 else sentence.start, paragraph[0], text)


def _closing_quote(body: str, at: int, limit: int) -> int | None:
    for index in range(at, limit):
        if body[index] in '"”':
            return index + 1
    return None


def _action(after: str, before: str) -> tuple[str, bool]:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", after)
    verb = next((w for w in words if w.casefold() not in _SKIP_WORDS), words[0] if words else "act")
    negated = bool(_NEGATION.search(before)) or bool(re.match(r"\s*(?:not|never)\b", after, re.I))
    return _lemma(verb.casefold()), negated


def _lemma(word: str) -> str:
    for suffix, replacement in (("ying", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "planned" -> "plan"
            return stem
    return word


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """The clause without leading quote marks and trailing attribution or punctuation."""
    segment = body[start:end]
    attribution = _ATTRIBUTION.search(segment)
    if attribution and attribution.start() > 10:
        segment = segment[: attribution.start()]
    stripped_end = len(segment.rstrip(" .,;:\"”’'"))
    lead = len(segment) - len(segment.lstrip(" \"“‘'"))
    if stripped_end <= lead:
        return start, end
    return start + lead, start + stripped_end
