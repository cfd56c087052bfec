"""pledge_threads(corpus): the same commitment restated across articles, and what became of it.

How threads are made:

1. Every pledge of the corpus, in publication order, joins the thread holding the most similar
   earlier pledge when that similarity (:mod:`kdiplomacy.comparison._matching`: same parties, alike
   content words) reaches ``PLEDGE_THRESHOLD``; otherwise it opens a thread of its own.  So the
   threads partition the pledges: each pledge is in exactly one.
2. A sentence of a *later* article that reports on a commitment ("the visit has yet to take
   place", "Seoul suspended its decision", "the summit was held") is linked to the thread it
   is most like: it must name one of the thread's states, and every state the pledge's object
   names besides its actors (a report on "a visit to Seoul by Putin" names Seoul), and its
   words, with those of the sentence before it ("that plan was postponed"), must cover the
   pledge's object (:mod:`kdiplomacy.comparison._matching`).  A pledge whose own words say it
   was walked back ("suspended its decision to ...") carries that status too.  The report cues, and
   the status each gives, are the data file ``thread_status.tsv``.
3. A thread's status is what its latest word says: a report gives done, pending or walked
   back; a negated restatement ("has no intention to") walks it back; a plain restatement after
   the last report makes it reiterated (pledged in two or more articles) or leaves it open,
   unless it stands in the very article that reported (a story that reports a walk-back and
   restates the plan in other words is still the walk-back's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from kdiplomacy.comparison._cues import Cue, ThreadStatus, find_cue
from kdiplomacy.comparison._matching import (
    PLEDGE_THRESHOLD,
    REPORT_THRESHOLD,
    Terms,
    codes,
    coverage,
    pledge_score,
    pledge_terms,
    span_terms,
    states_in,
)
from kdiplomacy.comparison._words import Weights
from kdiplomacy.comparison.corpus import publication_order
from kdiplomacy.comparison.duplicates import near_duplicates
from kdiplomacy.extract._text import Sentence, Text
from kdiplomacy.model import Article, Country, PartialDate, Pledge, Span

__all__ = ["PledgeThread", "ThreadEntry", "ThreadStatus", "pledge_threads"]

# A thread is compared with at most this many of its latest pledges (bounds the work).
_RECENT = 16


@attrs.frozen(kw_only=True)
class ThreadEntry:
    """A pledge of a thread, or a later article's report on it.

    Attributes:
        article: the article it is in.
        text: the pledge's text, or the report's sentence.
        span: where ``text`` stands in the article's body.
        pledge: the pledge, or None for a report.
        reported: the status the entry's words report ("suspended its decision to ..."), if any.
        cue: the words that gave that status.
    """

    article: Article = attrs.field(repr=False)
    text: str
    span: Span
    pledge: Pledge | None = None
    reported: ThreadStatus | None = None
    cue: str | None = None

    @property
    def is_report(self) -> bool:
        """Whether this is a report on the commitment rather than a statement of it."""
        return self.pledge is None

    @property
    def published(self) -> PartialDate | None:
        """The article's date."""
        return self.article.published


@attrs.frozen(kw_only=True)
class PledgeThread:
    """One commitment across the corpus: its pledges and the reports on it, in time order.

    Attributes:
        entries: pledges and reports, in publication order, then text order.
        status: what the latest entry says (see the module docstring).
    """

    entries: tuple[ThreadEntry, ...]
    status: ThreadStatus

    @property
    def pledges(self) -> tuple[Pledge, ...]:
        """The pledges of the thread, in order."""
        return tuple(entry.pledge for entry in self.entries if entry.pledge is not None)

    @property
    def reports(self) -> tuple[ThreadEntry, ...]:
        """The report entries, in order."""
        return tuple(entry for entry in self.entries if entry.is_report)

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles the thread runs through, in order, once each."""
        return tuple({entry.article.id: entry.article for entry in self.entries}.values())

    @property
    def actor(self) -> tuple[Country, ...]:
        """The states making the commitment (those of its first pledge)."""
        return self.pledges[0].actor

    @property
    def counterparts(self) -> tuple[Country, ...]:
        """Every state any of its pledges is directed at, in order of appearance."""
        return tuple(dict.fromkeys(country for pledge in self.pledges for country in pledge.counterparts))

    def describe(self) -> str:
        """A few lines a person can read: the status, then each entry with its date."""
        actor = "+".join(c.code for c in self.actor) or "?"
        toward = ", ".join(c.code for c in self.counterparts)
        lines = [
            f"{self.status.value}: {actor}" + (f" toward {toward}" if toward else "") + f" — {self.pledges[0].text}"
        ]
        for entry in self.entries:
            what = (
                f"report ({entry.reported.value})"
                if entry.reported
                else entry.pledge.modality.value
                if entry.pledge
                else ""
            )
            lines.append(f"  {entry.published or 'undated'} {entry.article.outlet or ''} [{what}] {entry.text}")
        return "\n".join(lines)


@attrs.define
class _Draft:
    """A thread being built: its entries, and its pledges with their terms."""

    first_source: int
    entries: list[ThreadEntry] = attrs.field(factory=list)
    pledged: list[tuple[Pledge, Terms]] = attrs.field(factory=list)
    parties: set[str] = attrs.field(factory=set)

    def recent(self) -> list[tuple[Pledge, Terms]]:
        return self.pledged[-_RECENT:]


def _action_at(pledge: Pledge) -> int:
    """Where the pledge's action stands in the body (its start when the lemma is not found)."""
    at = pledge.text.casefold().find(pledge.action.casefold()[: max(3, len(pledge.action) - 2)])
    return pledge.span.start + max(at, 0)


def _status(entries: list[ThreadEntry], sources: dict[str, int]) -> ThreadStatus:
    """The latest word on the commitment (see the module docstring).  Copies of one story
    (near-duplicates) count as one source, so a syndicated pledge is not "reiterated"."""
    status, pledged_in, affirmed = ThreadStatus.OPEN, set(), False
    reported_in: set[int] = set()  # sources whose report set the status
    for entry in entries:
        source = sources[entry.article.id]
        if entry.pledge is None:
            if entry.reported is not None:
                status, reported_in = entry.reported, reported_in | {source}
        elif entry.reported is ThreadStatus.WALKED_BACK or (entry.pledge.negated and affirmed):
            status = ThreadStatus.WALKED_BACK
        else:
            affirmed = affirmed or not entry.pledge.negated
            pledged_in.add(source)
            if source not in reported_in:  # a story that reports the outcome is not undone by itself
                status = ThreadStatus.REITERATED if len(pledged_in) > 1 else ThreadStatus.OPEN
    return status


@attrs.frozen
class _Report:
    sentence: Span
    text: str
    context: Span
    cue: Cue


# A cue in a relative or participial clause describes a noun of the sentence ("a dialogue that
# had been suspended", "the dialogue, suspended since 2018"), not a new event.
_DESCRIBING = re.compile(r"(?:\b(?:that|which|who)\s+(?:(?:has|have|had)\s+)?(?:been\s+)?|,\s*)$", re.I)


def _reports(article: Article) -> Iterator[_Report]:
    """Sentences that report a status, each with its context: the sentence itself and the one
    before it in the paragraph ("Xi was to come in 2020.  That plan was postponed.").

    A sentence that states a commitment and then describes its object with a cue ("agreed to
    resume a dialogue that had been suspended since 2018") is that commitment, not a report.
    """
    text = Text(article.body, [(p.start, p.end) for p in article.paragraphs])
    previous = None
    for sentence in text.sentences:
        words = text.text_of(sentence)
        cue = find_cue(words)
        if cue is not None and not (_DESCRIBING.search(words[: cue.start]) and _states_a_pledge(article, sentence)):
            same = previous is not None and previous.paragraph == sentence.paragraph
            begin = previous.start if same and previous is not None else sentence.start
            yield _Report(Span(sentence.start, sentence.end), words, Span(begin, sentence.end), cue)
        previous = sentence


def _states_a_pledge(article: Article, sentence: Sentence) -> bool:
    return any(p.span.start < sentence.end and sentence.start < p.span.end for p in article.pledges)


def _own_cue(pledge: Pledge) -> Cue | None:
    """A walked-back cue that governs the pledge: before its action ("suspended its decision
    to terminate ..."), not after it ("agreed to resume a dialogue suspended since 2018")."""
    cue = find_cue(pledge.text)
    if cue is None or cue.status is not ThreadStatus.WALKED_BACK:
        return None
    return cue if pledge.span.start + cue.start < _action_at(pledge) else None


def _cluster(found: list[tuple[int, Article, Pledge, Terms]], weights: Weights) -> list[_Draft]:
    drafts: list[_Draft] = []
    by_word: defaultdict[str, set[int]] = defaultdict(set)
    for source, article, pledge, terms in found:
        best, best_score = None, 0.0
        for index in sorted({i for word in terms.all for i in by_word[word]}):
            for other, other_terms in drafts[index].recent():
                score = pledge_score(pledge, terms, other, other_terms, weights)
                if score >= PLEDGE_THRESHOLD and score > best_score:
                    best, best_score = index, score
        if best is None:
            drafts.append(_Draft(first_source=source))
            best = len(drafts) - 1
        draft = drafts[best]
        cue = _own_cue(pledge)
        draft.entries.append(
            ThreadEntry(
                article=article,
                text=pledge.text,
                span=pledge.span,
                pledge=pledge,
                reported=cue.status if cue else None,
                cue=cue.text if cue else None,
            )
        )
        draft.pledged.append((pledge, terms))
        draft.parties |= codes(pledge.actor) | codes(pledge.counterparts)
        for word in terms.all:
            by_word[word].add(best)
    return drafts


def _names_the_parties(parties: set[str], states: frozenset[str]) -> bool:
    """Whether a report names the thread's states: all of them, or some and no other state
    ("a return trip by Xi" may report on Seoul and Beijing's plan; "Putin's first visit to the
    North" does not report on his visit to Seoul)."""
    if not parties or parties <= states:
        return True
    return bool(parties & states) and states <= parties


def _link_reports(articles: list[Article], sources: dict[str, int], drafts: list[_Draft], weights: Weights) -> None:
    by_word: defaultdict[str, set[int]] = defaultdict(set)
    for index, draft in enumerate(drafts):
        for _, terms in draft.pledged:
            for word in terms.object:
                by_word[word].add(index)
    for article in articles:
        source = sources[article.id]
        for report in _reports(article):
            mine = span_terms(article, report.context)
            states = states_in(article, report.context)
            best, best_score = None, 0.0
            for index in sorted({i for word in mine for i in by_word[word]}):
                draft = drafts[index]
                if draft.first_source >= source or not _names_the_parties(draft.parties, states):
                    continue
                score = max(
                    (coverage(terms.object, mine, weights) for _, terms in draft.recent() if terms.places <= states),
                    default=0.0,
                )
                if score >= REPORT_THRESHOLD and score > best_score:
                    best, best_score = index, score
            if best is not None:
                drafts[best].entries.append(
                    ThreadEntry(
                        article=article,
                        text=report.text,
                        span=report.sentence,
                        reported=report.cue.status,
                        cue=report.cue.text,
                    )
                )


def _sources(ordered: list[Article]) -> dict[str, int]:
    """Each article's source: its position in the corpus, or its first copy's, for the copies
    of one story (:func:`~kdiplomacy.comparison.duplicates.near_duplicates`)."""
    position = {article.id: index for index, article in enumerate(ordered)}
    sources = dict(position)
    for group in near_duplicates(ordered):
        first = min(position[article.id] for article in group)
        for article in group:
            sources[article.id] = first
    return sources


def pledge_threads(articles: Iterable[Article]) -> list[PledgeThread]:
    """Group the pledges of a corpus into threads, each with its reports and status.

    Args:
        articles: a :class:`~kdiplomacy.Corpus` or any Articles (taken in publication order).

    Returns:
        One thread per commitment, ordered by its first pledge; every pledge of the corpus is
        in exactly one thread.
    """
    ordered = sorted(articles, key=publication_order)
    sources = _sources(ordered)
    found = [
        (sources[article.id], article, pledge, pledge_terms(article, pledge))
        for article in ordered
        for pledge in sorted(article.pledges, key=lambda p: (p.span.start, p.span.end))
    ]
    weights = Weights(terms.all for *_, terms in found)
    drafts = _cluster(found, weights)
    _link_reports(ordered, sources, drafts, weights)
    rank = {article.id: position for position, article in enumerate(ordered)}
    threads = []
    for draft in drafts:
        entries = sorted(draft.entries, key=lambda e: (rank[e.article.id], e.span.start, e.is_report))
        threads.append(PledgeThread(entries=tuple(entries), status=_status(entries, sources)))
    return threads
