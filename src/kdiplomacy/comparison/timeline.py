"""relation_timeline(corpus, "KR", "RU"): how one pair's framing and tone move across articles."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from kdiplomacy._resources import cached, read_tsv
from kdiplomacy.comparison._matching import codes
from kdiplomacy.comparison.corpus import publication_order
from kdiplomacy.model import Article, BilateralRelation, Country, PartialDate, Pledge

__all__ = ["Shift", "Timeline", "TimelinePoint", "framing_lines", "relation_timeline"]


@cached
def _line_table() -> tuple[tuple[str, str], ...]:
    """(phrase, line) rows of ``framing_lines.tsv``, longest phrase first."""
    rows = [(row["phrase"].casefold(), row["line"]) for row in read_tsv("framing_lines.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def framing_lines(framing: Iterable[str]) -> tuple[str, ...]:
    """The lines of policy (``framing_lines.tsv``) that framing phrases express, in order.

    >>> framing_lines(["separate tracks", "alliance"])
    ('two-track', 'alliance')
    """
    found: list[str] = []
    for phrase in framing:
        folded = phrase.casefold()
        for pattern, line in _line_table():
            if pattern in folded and line not in found:
                found.append(line)
    return tuple(found)


def _pledges_between(article: Article, pair: frozenset[str]) -> tuple[Pledge, ...]:
    """Pledges one state of the pair makes toward the other, or both make together."""
    found = []
    for pledge in article.pledges:
        actors, parties = codes(pledge.actor), codes(pledge.actor) | codes(pledge.counterparts)
        if actors & pair and pair <= parties:
            found.append(pledge)
    return tuple(sorted(found, key=lambda p: p.span.start))


@attrs.frozen(kw_only=True)
class TimelinePoint:
    """One article's view of the pair.

    Attributes:
        article: the article.
        relation: the pair's relation in it (framing, tone, topics, evidence spans).
        lines: the lines of policy its framing expresses (see :func:`framing_lines`).
        pledges: pledges between the two states in the article.
    """

    article: Article = attrs.field(repr=False)
    relation: BilateralRelation
    lines: tuple[str, ...] = ()
    pledges: tuple[Pledge, ...] = ()

    @property
    def published(self) -> PartialDate | None:
        """The article's date."""
        return self.article.published

    @property
    def outlet(self) -> str | None:
        """The article's outlet."""
        return self.article.outlet

    @property
    def framing(self) -> tuple[str, ...]:
        """The framing phrases the article uses for the pair."""
        return self.relation.framing

    @property
    def tone(self) -> float:
        """The pair's tone in the article, from -1 (hostile) to 1 (cooperative)."""
        return self.relation.tone

    @property
    def evidence(self) -> tuple[str, ...]:
        """The sentences that show the relation."""
        return tuple(self.article.text_of(span) for span in self.relation.evidence)

    def label(self) -> str:
        """``2021-01-21 Arirang``: the date and outlet, for tables and plots."""
        return f"{self.published or 'undated'} {self.outlet or self.article.source or self.article.id}"


@attrs.frozen(kw_only=True)
class Shift:
    """The change between two consecutive points of a timeline."""

    before: TimelinePoint
    after: TimelinePoint

    @property
    def tone_change(self) -> float:
        """``after.tone - before.tone``: negative when relations cooled."""
        return round(self.after.tone - self.before.tone, 6)

    @property
    def framing_gained(self) -> tuple[str, ...]:
        """Framing phrases the later article uses and the earlier does not."""
        before = {f.casefold() for f in self.before.framing}
        return tuple(f for f in self.after.framing if f.casefold() not in before)

    @property
    def framing_lost(self) -> tuple[str, ...]:
        """Framing phrases the earlier article uses and the later does not."""
        after = {f.casefold() for f in self.after.framing}
        return tuple(f for f in self.before.framing if f.casefold() not in after)

    @property
    def lines_kept(self) -> tuple[str, ...]:
        """Lines of policy both articles express, in whatever words."""
        return tuple(line for line in self.before.lines if line in self.after.lines)

    @property
    def size(self) -> float:
        """How large the shift is: the size of the tone change, plus a tenth for each line of
        policy gained or dropped (a new framing is a shift even at equal tone)."""
        changed = set(self.before.lines) ^ set(self.after.lines)
        return abs(self.tone_change) + 0.1 * len(changed)

    def describe(self) -> str:
        """One line: when, how much, and what framing came and went."""
        text = f"{self.before.label()} -> {self.after.label()}: tone {self.before.tone:+.2f} -> {self.after.tone:+.2f}"
        if self.framing_gained:
            text += "; new: " + ", ".join(repr(f) for f in self.framing_gained)
        if self.framing_lost:
            text += "; dropped: " + ", ".join(repr(f) for f in self.framing_lost)
        if self.lines_kept:
            text += "; kept: " + ", ".join(self.lines_kept)
        return text


@attrs.frozen(kw_only=True)
class Timeline:
    """A pair's points in publication order (the corpus order), and the shifts between them.

    Attributes:
        countries: the two states, in code order.
        points: one per article that discusses the pair.
    """

    countries: tuple[Country, Country]
    points: tuple[TimelinePoint, ...] = ()

    @property
    def pair(self) -> str:
        """The pair, ``"KR-RU"``."""
        return f"{self.countries[0].code}-{self.countries[1].code}"

    @property
    def shifts(self) -> tuple[Shift, ...]:
        """The shift between each dated point and the next (an undated article cannot be
        placed in time, so it stands in the timeline but in no shift)."""
        dated = [point for point in self.points if point.published is not None]
        return tuple(Shift(before=a, after=b) for a, b in itertools.pairwise(dated))

    def largest_shifts(self, count: int = 3) -> list[Shift]:
        """The ``count`` largest shifts (by :attr:`Shift.size`), largest first; ties keep time order."""
        ranked = sorted(enumerate(self.shifts), key=lambda item: (-item[1].size, item[0]))
        return [shift for _, shift in ranked[:count]]

    @property
    def largest_shift(self) -> Shift | None:
        """The largest shift, or None with fewer than two points."""
        shifts = self.largest_shifts(1)
        return shifts[0] if shifts else None

    def plot(self, path: str | os.PathLike[str], **options: Any) -> Path:
        """Draw tone over time into a .png or .svg file (needs the ``plot`` extra); see
        :func:`kdiplomacy.plot.plot_timelines` for the options."""
        from kdiplomacy.plot import plot_timelines  # noqa: PLC0415 (an optional extra, and it imports this module)

        return plot_timelines([self], path, **options)

    def summary(self) -> str:
        """A few lines a person can read: each point, then the largest shifts."""
        if not self.points:
            return f"{self.pair}: no article in the corpus discusses this pair"
        lines = [f"{self.pair}: {len(self.points)} articles"]
        for point in self.points:
            framing = ", ".join(repr(f) for f in point.framing) or "no framing phrase"
            pledges = f", {len(point.pledges)} pledges" if point.pledges else ""
            lines.append(f"  {point.label()}: tone {point.tone:+.2f}; {framing}{pledges}")
        largest = self.largest_shifts()
        if largest:
            lines.append("largest shifts:")
            lines.extend(f"  {shift.describe()}" for shift in largest)
        return "\n".join(lines)


def relation_timeline(articles: Iterable[Article], first: Country | str, second: Country | str) -> Timeline:
    """The timeline of the pair ``first``–``second`` (either order) over a corpus.

    Args:
        articles: a :class:`~kdiplomacy.Corpus` or any Articles; points come in publication
            order (:func:`~kdiplomacy.comparison.corpus.publication_order`) whatever the input order.
        first: one state of the pair, as a Country or an alpha-2 code.
        second: the other state.
    """
    relation = BilateralRelation(countries=(first, second))
    pair = codes(relation.countries)
    points = []
    for article in sorted(articles, key=publication_order):
        found = next((r for r in article.relations if codes(r.countries) == pair), None)
        if found is not None:
            points.append(
                TimelinePoint(
                    article=article,
                    relation=found,
                    lines=framing_lines(found.framing),
                    pledges=_pledges_between(article, pair),
                )
            )
    return Timeline(countries=relation.countries, points=tuple(points))
