"""pledge_threads(corpus): the same commitment restated across articles, and what became of it.

How threads are made:

1. Every pledge of the corpus, in publication order, joins the thread holding the most similar
   earlier pledge when that similarity (:mod:`kdiplomacy.compare._matching`: same parties, alike
   content words) reaches ``PLEDGE_THRESHOLD``; otherwise it opens a thread of its own.  So the
   threads partition the pledges: each pledge is in exactly one.
2. A sentence of a *later* article that reports on a commitment ("the visit has yet to take
   place", "Seoul suspended its decision", "the summit was held") is linked to the thread it
   is most like, when it names one of the thread's states and its words reach
   ``REPORT_THRESHOLD``.  The report cues and the status each gives are the data file
   ``thread_status.tsv``.
3. A thread's status is what its latest entry says: a report gives done, pending or walked
   back; a negated restatement ("has no intention to") walks it back; a restatement makes it
   reiterated (pledged in two or more articles) or leaves it open.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from kdiplomacy._resources import cached, read_tsv
from kdiplomacy.compare._matching import PLEDGE_THRESHOLD, codes, parties_agree, pledge_words, text_score
from kdiplomacy.compare._words import Weights, content_words
from kdiplomacy.compare.corpus import publication_order
from kdiplomacy.extract._text import Text
from kdiplomacy.model import ActorKind, Article, Country, PartialDate, Pledge, Span

__all__ = ["REPORT_THRESHOLD", "PledgeThread", "ThreadEntry", "ThreadStatus", "pledge_threads"]

#: The least similarity of a report sentence to a thread's pledges for it to be linked.
REPORT_THRESHOLD = 0.4
# A thread is compared with at most this many of its latest pledges (bounds the work).
_RECENT = 16
# A cue after these is a plan, not a report ("the summit will be held").
_PROSPECTIVE = re.compile(
    r"\b(?:will|would|to|could|may|might|should|shall|expected to)\s+(?:be\s+|have\s+been\s+)?$", re.I
)


class ThreadStatus(enum.Enum):
    """What has become of a commitment, by the latest word on it in the corpus."""

    OPEN = "open"
    REITERATED = "reiterated"
    DONE = "done"
    PENDING = "pending"
    WALKED_BACK = "walked_back"


@cached
def _cues() -> tuple[re.Pattern[str], dict[str, ThreadStatus]]:
    statuses = {row["cue"].casefold(): ThreadStatus(row["status"]) for row in read_tsv("thread_status.tsv")}
    alternation = "|".join(re.escape(cue) for cue in sorted(statuses, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.I), statuses


def report_status(sentence: str) -> tuple[ThreadStatus, str] | None:
    """The status a sentence reports and its cue (the last cue that is not prospective).

    >>> report_status("The trip has yet to happen because of the pandemic.")
    (<ThreadStatus.PENDING: 'pending'>, 'yet to')
    >>> report_status("The summit will be held in Seoul.") is None
    True
    """
    pattern, statuses = _cues()
    found = None
    for match in pattern.finditer(sentence):
        if not _PROSPECTIVE.search(sentence[max(0, match.start() - 30) : match.start()]):
            found = (statuses[match.group().casefold()], match.group())
    return found


@attrs.frozen(kw_only=True)
class ThreadEntry:
    """A pledge of a thread, or a later article's report on it.

    Attributes:
        article: the article it is in.
        text: the pledge's text, or the report's sentence.
        span: where ``text`` stands in the article's body.
        pledge: the pledge, or None for a report.
        reported: for a report, the status it gives; None for a pledge.
        cue: for a report, the words that gave the status.
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

    @property
    def status(self) -> ThreadStatus | None:
        """What this entry alone says of the commitment: a report's status, walked back for a
        negated pledge, None for a plain pledge."""
        if self.pledge is not None:
            return ThreadStatus.WALKED_BACK if self.pledge.negated else None
        return self.reported


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
    """A thread being built."""

    entries: list[ThreadEntry] = attrs.field(factory=list)
    words: list[frozenset[str]] = attrs.field(factory=list)
    parties: set[str] = attrs.field(factory=set)
    first_position: int = 0

    def pledged(self) -> list[tuple[Pledge, frozenset[str]]]:
        found = [(e.pledge, w) for e, w in zip(self.entries, self.words, strict=True) if e.pledge is not None]
        return found[-_RECENT:]


def _status(entries: list[ThreadEntry]) -> ThreadStatus:
    latest = next((entry.status for entry in reversed(entries) if entry.status is not None), None)
    last_said = max((i for i, e in enumerate(entries) if e.status is not None), default=-1)
    restated = [e for e in entries[last_said + 1 :] if e.pledge is not None]
    if latest is not None and not restated:
        return latest
    pledged_in = {entry.article.id for entry in entries if entry.pledge is not None}
    return ThreadStatus.REITERATED if len(pledged_in) > 1 else ThreadStatus.OPEN


def _sentence_states(article: Article, sentence: Span) -> set[str]:
    found = set()
    for actor in article.actors:
        if actor.country is None or actor.kind is ActorKind.ORGANIZATION:
            continue
        if any(sentence.start <= m.start < sentence.end for m in actor.mentions):
            found.add(actor.country.code)
    return found


def _report_sentences(article: Article) -> Iterator[tuple[Span, str, ThreadStatus, str]]:
    text = Text(article.body, [(p.start, p.end) for p in article.paragraphs])
    for sentence in text.sentences:
        words = text.text_of(sentence)
        found = report_status(words)
        if found is not None:
            yield Span(sentence.start, sentence.end), words, found[0], found[1]


def _cluster(
    found: list[tuple[int, Article, Pledge]], weights: Weights, words: dict[int, frozenset[str]]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    by_word: defaultdict[str, set[int]] = defaultdict(set)
    for number, (position, article, pledge) in enumerate(found):
        mine = words[number]
        best, best_score = None, 0.0
        for index in sorted({i for word in mine for i in by_word[word]}):
            for other, other_words in drafts[index].pledged():
                score = text_score(mine, other_words, weights) if parties_agree(pledge, other) else 0.0
                if score >= PLEDGE_THRESHOLD and score > best_score:
                    best, best_score = index, score
        if best is None:
            drafts.append(_Draft(first_position=position))
            best = len(drafts) - 1
        draft = drafts[best]
        draft.entries.append(ThreadEntry(article=article, text=pledge.text, span=pledge.span, pledge=pledge))
        draft.words.append(mine)
        draft.parties |= codes(pledge.actor) | codes(pledge.counterparts)
        for word in mine:
            by_word[word].add(best)
    return drafts


def _link_reports(articles: list[Article], drafts: list[_Draft], weights: Weights) -> None:
    by_word: defaultdict[str, set[int]] = defaultdict(set)
    for index, draft in enumerate(drafts):
        for words in draft.words:
            for word in words:
                by_word[word].add(index)
    for position, article in enumerate(articles):
        for span, sentence, status, cue in _report_sentences(article):
            mine = content_words(sentence)
            states = _sentence_states(article, span)
            best, best_score = None, 0.0
            for index in sorted({i for word in mine for i in by_word[word]}):
                draft = drafts[index]
                if draft.first_position >= position or (draft.parties and not draft.parties & states):
                    continue
                if any(e.article is article and e.span.overlaps(span) for e in draft.entries):
                    continue
                score = max(text_score(w, mine, weights) for _, w in draft.pledged())
                if score >= REPORT_THRESHOLD and score > best_score:
                    best, best_score = index, score
            if best is not None:
                drafts[best].entries.append(
                    ThreadEntry(article=article, text=sentence, span=span, reported=status, cue=cue)
                )


def pledge_threads(articles: Iterable[Article]) -> list[PledgeThread]:
    """Group the pledges of a corpus into threads, each with its reports and status.

    Args:
        articles: a :class:`~kdiplomacy.Corpus` or any Articles (taken in publication order).

    Returns:
        One thread per commitment, ordered by its first pledge; every pledge of the corpus is
        in exactly one thread.
    """
    ordered = sorted(articles, key=publication_order)
    found = [
        (position, article, pledge)
        for position, article in enumerate(ordered)
        for pledge in sorted(article.pledges, key=lambda p: (p.span.start, p.span.end))
    ]
    words = {number: pledge_words(pledge) for number, (_, _, pledge) in enumerate(found)}
    weights = Weights(words.values())
    drafts = _cluster(found, weights, words)
    _link_reports(ordered, drafts, weights)
    rank = {article.id: position for position, article in enumerate(ordered)}
    threads = []
    for draft in drafts:
        entries = sorted(draft.entries, key=lambda e: (rank[e.article.id], e.span.start, e.is_report))
        threads.append(PledgeThread(entries=tuple(entries), status=_status(entries)))
    return threads
