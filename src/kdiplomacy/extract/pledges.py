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

from kdiplomacy import _resources
from kdiplomacy.dates import resolve_relative
from kdiplomacy.extract._actions import action_of
from kdiplomacy.extract._antecedents import genders
from kdiplomacy.extract._lexicon import any_pledge_cue, pledge_cue_tests, pledge_cues
from kdiplomacy.extract._subjects import Context, consequence_teller, resolve_actor
from kdiplomacy.extract._text import Sentence, Text
from kdiplomacy.extract.states import StateMention, mentions_within
from kdiplomacy.model import Actor, Country, Horizon, Modality, PartialDate, Pledge, Quote, Span

__all__ = ["find_pledges"]

_NOUN_WILL = re.compile(r"\b(?:the|our|his|her|its|their|political|unwavering|good|free|strong|firm)\s+$", re.I)
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
# What a warning says will befall its subject: "will pay a heavy price", "would face consequences".
_CONSEQUENCE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:pay (?:a|the|dearly|for)|face|suffer|regret|bear (?:the |full |all )?responsibilit|"
    r"be held (?:accountable|responsible)|be punished|come to regret)",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"[,]?\s*[\"”’']?\s*(?:,\s*)?(?:the [\w-]+(?: [\w-]+){0,3}|he|she|it|they|[A-Z][\w.-]+(?: [A-Z][\w-]+){0,2})"
    r" (?:said|says|added|noted|told [\w ]{1,40}|stressed|emphasized|explained)(?: in a [\w ]{1,40})?[.\"”’]*\s*$"
)
# Subjects that are not states or their officials: their "will" and "should" are commentary.
_COMMENTATORS = re.compile(
    r"\b(?:experts?|analysts?|observers?|critics?|scholars?|commentators?|some|many|residents|"
    r"companies|firms|investors)\s+(?:\w+\s+){0,2}?"
    r"(?:said|say|says|point out|pointed out|argue|argued|believe|believed|warn|warned|noted|note)\b",
    re.I,
)
# "Nobody should pretend ...", "No one has committed to ...": no one's pledge.
_NO_ONE = re.compile(r"\b(?:nobody|no one|no-one|everyone|everybody|anyone|anybody)\s+(?:\w+\s+){0,2}$", re.I)
_UNCERTAIN = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,4}$", re.I)
_RELATIVE = re.compile(r"(?:^|,)\s*(?:which|that)\b[^,;]*$", re.I)
_PURPOSE = re.compile(r"\b(?:so that|in a way that|in order that|such that)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# A relative pronoun right before the cue: its antecedent, not a state, is the subject.
_THING_RELATIVE = re.compile(r",?\s*\b(?:that|which)\s+(?:also\s+|\w+ly\s+)?$", re.I)
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our)|\w['’]s)\s+$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had) been\s+$", re.I)
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
    context = Context(text, acting, persons, quotes, home, topics, published, main_pair, genders(text, persons))
    found: list[Pledge] = []
    for sentence in text.sentences:
        if _QUESTION.search(text.text_of(sentence)):
            continue  # "Does the government plan to ...?" asks; it commits no one
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


# A briefing's "Q:"/"A:", or a transcript's speaker line ("Spokesperson Lim Soo-suk:",
# "Ferdinand Marcos Jr. / Philippine President:") before the words spoken.
_SPEAKER_MARK = re.compile(r"(?:[A-Z][\w.'’-]*|/|of|for|the|and)(?: (?:[A-Z][\w.'’-]*|/|of|for|the|and)){0,9} ?:\s+")
# Words that report what someone said, proposed or agreed: a "should" in such a sentence is
# someone's, not the writer's.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|stated|states|stating|added|adds|adding|stressed|stressing|"
    r"noted|noting|argued|insisted|urged|urging|proposed|suggested|put forward|called|calling|agreed|agreeing|"
    r"according to|statement|declaration|communique|views?|believes?|believed)\b"
)
_QUESTION = re.compile(r"\?[\"'”’)\s]*$")
_BOUNDARY = re.compile(
    r",\s+(?:and\s+)?|\s+and\s+(?=(?:he|she|they|it|the|[A-Z]))|\s+as\s+(?=[A-Z])|"
    # "... and asked China to ...": a calling or vowing verb after "and" starts its own pledge
    r"\s+and\s+(?=(?:also\s+)?(?:asked|urged|called|pressed|invited|vowed|pledged|promised|warned|threatened)\b)"
)
_HEADLINE_TO = re.compile(r"\s+to\s+(?=(?P<verb>[a-z]{3,}|[A-Z][a-z]{2,})\b)")


def _headline_infinitive(clause: str) -> list[tuple[re.Match[str], Modality]]:
    """A headline's "Seoul to scrap military intel pact": the reported future, a plan."""
    match = _HEADLINE_TO.search(clause)
    if match is None or match.start() > 60 or any(ch in clause[: match.start()] for ch in ",:;"):
        return []
    verb = match.group("verb")
    if verb[0].isupper() and (
        Country.resolve(verb) is not None or verb.casefold() in _resources.read_words("cities.txt")
    ):
        return []  # a title-case headline's "Trip to Seoul" names a place, not a verb
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
            # Searched a little past the cue, so a boundary may look ahead at it ("... and asked").
            window = clause[cues[index - 1][0].end() : cue[0].end()]
            boundaries = [
                b for b in _BOUNDARY.finditer(window) if b.end() <= len(between) and not _names_joined(between, b)
            ]
            boundary = boundaries[-1] if boundaries else None
            if boundary is not None:
                cut = cues[index - 1][0].end() + boundary.start()
                segments[-1] = (segments[-1][0], cut, segments[-1][2])
                start = cues[index - 1][0].end() + boundary.end()
            else:
                continue  # no boundary: the later cue belongs to the same pledge
        segments.append((start, len(clause), cue))
    return segments


def _names_joined(between: str, boundary: re.Match[str]) -> bool:
    """ "Moscow and Pyongyang": "and" between two names joins nouns, not clauses."""
    before = between[: boundary.start()].rsplit(" ", 1)[-1]
    return boundary.group().strip() == "and" and before[:1].isupper() and between[boundary.end() :][:1].isupper()


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
    if any_pledge_cue().search(clause) is None:
        return found
    for (pattern, modality), test in zip(pledge_cues(), pledge_cue_tests(), strict=True):
        if test.search(clause) is None:
            continue
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


def _pledge(
    context: Context,
    clause_start: int,
    start: int,
    end: int,
    cue: tuple[re.Match[str], Modality],
    sentence: Sentence,
) -> Pledge | None:
    text, acting = context.text, context.acting
    topics, published = context.topics, context.published
    match, modality = cue
    cue_at = clause_start + match.start()
    lead_in = text.body[start:cue_at]
    if _not_a_commitment(context, lead_in, cue_at, modality):
        return None
    opening = _quote_opening(text.body, start, cue_at)
    subject_start = opening if opening is not None else start
    topic_opener = _TOPIC_OPENER.match(text.body[subject_start:cue_at])
    if topic_opener and opening is None:  # "On China, Moon expressed hope": China is not the subject
        first_state = next(iter(mentions_within(acting, subject_start, subject_start + topic_opener.end())), None)
        if first_state is not None:
            subject_start = first_state.end
    actor, speaker = resolve_actor(context, subject_start, cue_at, sentence, modality, inside_quote=opening is not None)
    if _an_experts_view(text.body, sentence, speaker):
        return None  # "South Korea must rethink ...," said a professor: advice, not a state's pledge
    if (
        modality is Modality.NEED
        and speaker is None
        and opening is None
        and not _REPORTED.search(text.text_of(sentence))
    ):
        return None  # "Seoul should stop treating Vietnam as a factory floor": the writer's advice
    after = text.body[clause_start + match.end() : end]
    threatened: list[Country] = []
    if modality is Modality.WILL and _CONSEQUENCE.match(after):
        # "North Korea will pay a price", "countries joining sanctions will face damage": a
        # warning by whoever says it, toward the subject (or toward whom it is told).
        said_from = _trim(text.body, subject_start, end)[1]  # where a trailing "..., X said" starts
        teller, teller_speaker = consequence_teller(
            context, subject_start, cue_at, said_from, sentence, inside_quote=opening is not None
        )
        if set(teller) != set(actor):
            told = [m.country for m in mentions_within(acting, said_from, sentence.end) if m.country not in teller]
            threatened, actor, speaker, modality = actor or told[:1], teller, teller_speaker, Modality.WARN
    if not actor:
        return None
    action, negated = action_of(after, text.body[max(start, cue_at - 25) : cue_at], match.group())
    negated = negated or bool(re.search(r"\b(?:no|not)\b", match.group(), re.I))
    counterparts = threatened + [m.country for m in mentions_within(acting, cue_at, end) if m.country not in actor]
    counterparts += [
        p.country for p in context.person_mentions.persons_within(cue_at, end) if p.country and p.country not in actor
    ]
    topic = topics.get(sentence.paragraph)
    if topic is not None and topic not in actor:
        counterparts.append(topic)
    if not counterparts and modality is not Modality.CALL and _within_main_pair(context, sentence, actor):
        # A clause naming no one else, by one side of the pair the article is about, in a
        # sentence about that pair alone, is addressed to the other side ("Canada will phase
        # out its tariffs" in a Korea-Canada story).  A call is addressed to whoever it calls on
        # ("I ask you to ..."), so not there.
        counterparts = [c for c in context.main_pair or () if c != actor[0]]
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


def _not_a_commitment(context: Context, lead_in: str, cue_at: int, modality: Modality) -> bool:
    """Cues that do not state a commitment: "whether he will", "analysts said Seoul would",
    "which she said would violate", a purpose ("in a way that they would adapt", "so that it
    can"), a relative clause about a thing ("a trip that will take him"), a noun ("Moon's push
    to restore", "a call for")."""
    if _UNCERTAIN.search(lead_in) or _COMMENTATORS.search(lead_in) or _NO_ONE.search(lead_in):
        return True
    if modality in (Modality.WILL, Modality.PLAN) and _RELATIVE.search(lead_in):
        return True
    if modality in (Modality.WILL, Modality.NEED) and _PURPOSE.search(lead_in):
        return True
    if modality in (Modality.HOPE, Modality.CALL, Modality.SEEK) and _NOUN_BEFORE.search(lead_in):
        return True
    relative = _THING_RELATIVE.search(lead_in)
    if relative is None:
        return False
    antecedent_end = cue_at - len(lead_in) + relative.start()
    named = any(abs(m.end - antecedent_end) <= 2 for m in context.acting) or any(
        abs(s.end - antecedent_end) <= 2 for p in context.persons for s in p.mentions
    )
    return not named  # "North Korea, which will ..." still speaks for the state


def _quote_opening(body: str, start: int, cue_at: int) -> int | None:
    """The start of the quoted words when the cue stands inside a quotation in this clause."""
    segment = body[start:cue_at]
    opens = [i for i, ch in enumerate(segment) if ch in '"“']
    if len(opens) % 2 == 1:
        return start + opens[-1] + 1
    return None


_EXPERTS = r"(?:professor|analyst|researcher|scholar|fellow|expert|economist|strategist|commentator|columnist|lecturer)"
_EXPERT = re.compile(rf"\b{_EXPERTS}s?\b", re.I)
_SAID_BY_EXPERT = re.compile(
    rf"[,\"”]\s*(?:said|says)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_EXPERTS}\b"
)


def _an_experts_view(body: str, sentence: Sentence, speaker: Actor | None) -> bool:
    """Whether the clause is an expert's view rather than a state's: its speaker is titled as
    a professor, analyst, fellow ..., or the sentence ends "..., said X, a professor at ..."."""
    if speaker is not None and speaker.title and _EXPERT.search(speaker.title):
        return True
    return bool(_SAID_BY_EXPERT.search(body[sentence.start : sentence.end]))


def _within_main_pair(context: Context, sentence: Sentence, actor: list[Country]) -> bool:
    """Whether ``actor`` is one side of the article's main pair and the sentence names no
    state outside that pair."""
    pair = context.main_pair
    if not pair or len(actor) != 1 or actor[0] not in pair:
        return False
    return all(m.country in pair for m in mentions_within(context.acting, sentence.start, sentence.end))


# The verbs _ATTRIBUTION ends in; one of them stands in the last 120 characters of a segment
# it matches, before the closing marks ("told reporters in a briefing.").
_ATTRIBUTION_VERBS = ("said", "says", "added", "noted", "told", "stressed", "emphasized", "explained")


def _may_end_in_attribution(segment: str) -> bool:
    tail = segment.rstrip().rstrip('."”’')[-120:]
    return any(verb in tail for verb in _ATTRIBUTION_VERBS)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """The clause without leading quote marks or punctuation and trailing attribution or punctuation."""
    segment = body[start:end]
    attribution = _ATTRIBUTION.search(segment) if _may_end_in_attribution(segment) else None
    if attribution and attribution.start() > 10:
        segment = segment[: attribution.start()]
    stripped_end = len(segment.rstrip(" .,;:\"”’'"))
    lead = len(segment) - len(segment.lstrip(" ,;:\"“‘'"))
    marker = _SPEAKER_MARK.match(segment, lead)  # "A:", "Spokesperson Lim Soo-suk:" before a bite
    if marker and marker.end() < stripped_end:
        lead = marker.end()
    if stripped_end <= lead:
        return start, end
    return start + lead, start + stripped_end
