"""The report: a readable summary of a corpus — what `kdiplomacy report FOLDER` prints.

It says which outlets and dates the corpus covers, who spoke, how each country pair is framed
now and how its tone moved, which commitments are still open, and which stories are the same
story twice.  :func:`build_report` computes it once; :meth:`Report.to_text` and
:meth:`Report.to_dict` render it for people and for programs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import attrs

from kdiplomacy.comparison import Corpus, PledgeThread, ThreadStatus, near_duplicates, pledge_threads, relation_timeline
from kdiplomacy.model import ActorKind, Article

__all__ = ["PairSummary", "PersonSummary", "Report", "build_report"]

_UNRESOLVED = (ThreadStatus.OPEN, ThreadStatus.REITERATED, ThreadStatus.PENDING)


def _name(article: Article) -> str:
    return article.source or article.id


@attrs.frozen(kw_only=True)
class PersonSummary:
    """A person across the corpus: in how many articles, and how many pledges they voiced."""

    name: str
    title: str | None
    country: str | None
    articles: int
    pledges: int


@attrs.frozen(kw_only=True)
class PairSummary:
    """A country pair across the corpus: its latest framing and tone, and where tone started."""

    pair: str
    articles: int
    first_tone: float
    latest_tone: float
    latest_date: str | None
    latest_framing: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Report:
    """What a corpus holds, summarised (see the module docstring)."""

    articles: int
    skipped: tuple[str, ...]
    outlets: tuple[tuple[str, int], ...]
    first_date: str | None
    last_date: str | None
    undated: int
    people: tuple[PersonSummary, ...]
    pairs: tuple[PairSummary, ...]
    threads: tuple[PledgeThread, ...] = attrs.field(repr=False)
    duplicates: tuple[tuple[str, ...], ...]

    @property
    def followed_threads(self) -> tuple[PledgeThread, ...]:
        """Threads that run through two or more articles, longest first."""
        found = [t for t in self.threads if len(t.articles) > 1]
        return tuple(sorted(found, key=lambda t: -len(t.entries)))

    @property
    def unresolved_threads(self) -> tuple[PledgeThread, ...]:
        """Threads followed across articles that are still open, reiterated or pending."""
        return tuple(t for t in self.followed_threads if t.status in _UNRESOLVED)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return {
            "articles": self.articles,
            "skipped_copies": list(self.skipped),
            "outlets": dict(self.outlets),
            "dates": {"first": self.first_date, "last": self.last_date, "undated": self.undated},
            "people": [attrs.asdict(person) for person in self.people],
            "pairs": [attrs.asdict(pair) | {"latest_framing": list(pair.latest_framing)} for pair in self.pairs],
            "threads": {
                "by_status": dict(Counter(t.status.value for t in self.threads)),
                "followed": [_thread_dict(t) for t in self.followed_threads],
            },
            "duplicates": [list(group) for group in self.duplicates],
        }

    def to_text(self, *, limit: int = 15) -> str:
        """The report for a person to read; each list shows at most ``limit`` rows."""
        out = [f"{self.articles} articles" + (f" ({len(self.skipped)} exact copies skipped)" if self.skipped else "")]
        out.append("  outlets: " + (", ".join(f"{name} {count}" for name, count in self.outlets) or "none named"))
        span = f"{self.first_date} to {self.last_date}" if self.first_date else "no dated article"
        out.append(f"  dates: {span}" + (f"; {self.undated} undated" if self.undated else ""))
        out.append("")
        out.append("People (articles named in, pledges voiced):")
        out.extend(
            f"  {p.name}"
            + (f", {p.title}" if p.title else "")
            + (f" ({p.country})" if p.country else "")
            + f": {p.articles}, {p.pledges}"
            for p in self.people[:limit]
        )
        out.append("")
        out.append("Country pairs (articles; tone first -> latest; latest framing):")
        out.extend(
            f"  {p.pair}: {p.articles}; {p.first_tone:+.2f} -> {p.latest_tone:+.2f} ({p.latest_date or 'undated'}); "
            + (", ".join(repr(f) for f in p.latest_framing) or "no framing phrase")
            for p in self.pairs[:limit]
        )
        out.append("")
        counts = Counter(t.status.value for t in self.threads)
        out.append(
            f"Pledge threads: {len(self.threads)} ("
            + ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))
            + ")"
        )
        followed = self.followed_threads
        out.append(f"  followed across articles: {len(followed)}; unresolved: {len(self.unresolved_threads)}")
        for thread in followed[:limit]:
            first = thread.pledges[0]
            actor = "+".join(c.code for c in first.actor) or "?"
            dates = " -> ".join(str(a.published or "undated") for a in thread.articles)
            out.append(f"  [{thread.status.value}] {actor}: {_short(first.text)}")
            out.append(f"      {dates}")
        out.append("")
        out.append(f"Duplicate stories: {len(self.duplicates)}")
        out.extend("  " + " = ".join(group) for group in self.duplicates[:limit])
        return "\n".join(out) + "\n"


def _short(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _thread_dict(thread: PledgeThread) -> dict[str, Any]:
    return {
        "status": thread.status.value,
        "actor": [c.code for c in thread.actor],
        "counterparts": [c.code for c in thread.counterparts],
        "entries": [
            {
                "article": _name(entry.article),
                "published": str(entry.published) if entry.published else None,
                "kind": "report" if entry.is_report else "pledge",
                "text": entry.text,
            }
            for entry in thread.entries
        ],
    }


def _people(corpus: Corpus) -> tuple[PersonSummary, ...]:
    seen: dict[str, tuple[str, str | None, str | None]] = {}
    in_articles: Counter[str] = Counter()
    voiced: Counter[str] = Counter()
    for article in corpus:
        keys = set()
        for actor in article.actors:
            if actor.kind is ActorKind.PERSON:
                keys.add(actor.key)
                if actor.key not in seen or (actor.title and not seen[actor.key][1]):
                    seen[actor.key] = (actor.name, actor.title, actor.country.code if actor.country else None)
        in_articles.update(keys)
        voiced.update(p.speaker.key for p in article.pledges if p.speaker is not None)
    ranked = sorted(seen, key=lambda key: (-voiced[key], -in_articles[key], seen[key][0]))
    return tuple(
        PersonSummary(name=seen[k][0], title=seen[k][1], country=seen[k][2], articles=in_articles[k], pledges=voiced[k])
        for k in ranked
    )


def _pairs(corpus: Corpus) -> tuple[PairSummary, ...]:
    discussed: defaultdict[str, int] = defaultdict(int)
    for article in corpus:
        for relation in article.relations:
            discussed[relation.pair] += 1
    summaries = []
    for pair in sorted(discussed, key=lambda p: (-discussed[p], p)):
        timeline = relation_timeline(corpus, *pair.split("-"))
        dated = [point for point in timeline.points if point.published is not None] or list(timeline.points)
        first, latest = dated[0], dated[-1]
        summaries.append(
            PairSummary(
                pair=pair,
                articles=len(timeline.points),
                first_tone=first.tone,
                latest_tone=latest.tone,
                latest_date=str(latest.published) if latest.published else None,
                latest_framing=latest.framing,
            )
        )
    return tuple(summaries)


def build_report(corpus: Corpus) -> Report:
    """Summarise a corpus (see the module docstring)."""
    outlets = Counter(article.outlet or "(no outlet)" for article in corpus)
    dated = [article.published for article in corpus if article.published is not None]
    return Report(
        articles=len(corpus),
        skipped=tuple(_name(article) for article in corpus.skipped),
        outlets=tuple(sorted(outlets.items(), key=lambda item: (-item[1], item[0]))),
        first_date=str(dated[0]) if dated else None,
        last_date=str(dated[-1]) if dated else None,
        undated=len(corpus) - len(dated),
        people=_people(corpus),
        pairs=_pairs(corpus),
        threads=tuple(pledge_threads(corpus)),
        duplicates=tuple(tuple(sorted(_name(a) for a in group)) for group in near_duplicates(corpus)),
    )
