"""compare(a, b): what changed between two articles — actors, relations, pledges, tone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

import attrs

from kdiplomacy.comparison._matching import PLEDGE_THRESHOLD, pledge_score, pledge_terms
from kdiplomacy.comparison._words import Weights
from kdiplomacy.model import Actor, Article, BilateralRelation, Pledge

__all__ = ["ArticleDiff", "RelationChange", "compare"]

T = TypeVar("T")


def _gained(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[str, ...]:
    seen = {item.casefold() for item in before}
    return tuple(item for item in after if item.casefold() not in seen)


@attrs.frozen(kw_only=True)
class RelationChange:
    """One pair discussed in both articles, and how its framing and tone moved from a to b.

    Attributes:
        before: the relation as article a has it.
        after: the relation as article b has it.
    """

    before: BilateralRelation
    after: BilateralRelation

    @property
    def pair(self) -> str:
        """The pair, ``"KR-RU"``."""
        return self.before.pair

    @property
    def tone_change(self) -> float:
        """``after.tone - before.tone``: positive when b is warmer."""
        return self.after.tone - self.before.tone

    @property
    def framing_gained(self) -> tuple[str, ...]:
        """Framing phrases b uses that a does not."""
        return _gained(self.before.framing, self.after.framing)

    @property
    def framing_lost(self) -> tuple[str, ...]:
        """Framing phrases a uses that b does not."""
        return _gained(self.after.framing, self.before.framing)

    @property
    def topics_gained(self) -> tuple[str, ...]:
        """Topics b raises that a does not."""
        return _gained(self.before.topics, self.after.topics)

    @property
    def topics_lost(self) -> tuple[str, ...]:
        """Topics a raises that b does not."""
        return _gained(self.after.topics, self.before.topics)

    @property
    def changed(self) -> bool:
        """Whether tone, framing or topics differ."""
        return bool(
            self.tone_change or self.framing_gained or self.framing_lost or self.topics_gained or self.topics_lost
        )

    def mirrored(self) -> RelationChange:
        """The same change seen from b to a."""
        return RelationChange(before=self.after, after=self.before)


@attrs.frozen(kw_only=True)
class ArticleDiff:
    """What two articles have in common and what only one of them has.

    Actors are matched by identity key (so "Cho Tae-yul" in a meets "Cho Tae-yeol" in b),
    relations by pair, pledges by the commitment rule of :mod:`kdiplomacy.comparison._matching`
    (one-to-one, best matches first).

    ``compare(a, a)`` is empty, and ``compare(b, a) == compare(a, b).mirrored()``.
    """

    a: Article
    b: Article
    actors_only_a: tuple[Actor, ...] = ()
    actors_only_b: tuple[Actor, ...] = ()
    actors_both: tuple[tuple[Actor, Actor], ...] = ()
    relations_only_a: tuple[BilateralRelation, ...] = ()
    relations_only_b: tuple[BilateralRelation, ...] = ()
    relation_changes: tuple[RelationChange, ...] = ()
    pledges_only_a: tuple[Pledge, ...] = ()
    pledges_only_b: tuple[Pledge, ...] = ()
    pledges_both: tuple[tuple[Pledge, Pledge], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing is in one article only and no shared pair changed."""
        return not (
            self.actors_only_a
            or self.actors_only_b
            or self.relations_only_a
            or self.relations_only_b
            or self.pledges_only_a
            or self.pledges_only_b
            or any(change.changed for change in self.relation_changes)
        )

    def mirrored(self) -> ArticleDiff:
        """The diff from b to a."""
        return ArticleDiff(
            a=self.b,
            b=self.a,
            actors_only_a=self.actors_only_b,
            actors_only_b=self.actors_only_a,
            actors_both=tuple((y, x) for x, y in self.actors_both),
            relations_only_a=self.relations_only_b,
            relations_only_b=self.relations_only_a,
            relation_changes=tuple(change.mirrored() for change in self.relation_changes),
            pledges_only_a=self.pledges_only_b,
            pledges_only_b=self.pledges_only_a,
            pledges_both=tuple((y, x) for x, y in self.pledges_both),
        )

    def summary(self) -> str:
        """A few lines a person can read."""
        name_a, name_b = self.a.source or self.a.id, self.b.source or self.b.id
        lines = [f"{name_a} -> {name_b}"]
        if self.is_empty:
            return lines[0] + ": no differences"
        for label, actors in (("only in a", self.actors_only_a), ("only in b", self.actors_only_b)):
            if actors:
                lines.append(f"  actors {label}: " + ", ".join(actor.name for actor in actors))
        for label, relations in (("only in a", self.relations_only_a), ("only in b", self.relations_only_b)):
            if relations:
                lines.append(f"  relations {label}: " + ", ".join(r.pair for r in relations))
        for change in self.relation_changes:
            if change.changed:
                parts = [f"tone {change.before.tone:+.2f} -> {change.after.tone:+.2f}"]
                if change.framing_gained:
                    parts.append("gained " + ", ".join(repr(f) for f in change.framing_gained))
                if change.framing_lost:
                    parts.append("lost " + ", ".join(repr(f) for f in change.framing_lost))
                lines.append(f"  {change.pair}: " + "; ".join(parts))
        lines.append(
            f"  pledges: {len(self.pledges_both)} in both, {len(self.pledges_only_a)} only in a, "
            f"{len(self.pledges_only_b)} only in b"
        )
        return "\n".join(lines)


def _match_by_key(
    first: tuple[T, ...], second: tuple[T, ...], key: Callable[[T], str]
) -> tuple[tuple[T, ...], tuple[T, ...], tuple[tuple[T, T], ...]]:
    """Pair the n-th item of a key in ``first`` with the n-th of that key in ``second``; pairs
    ordered by key then n, so the result does not depend on which side is which."""

    def numbered(items: tuple[T, ...]) -> dict[tuple[str, int], T]:
        seen: defaultdict[str, int] = defaultdict(int)
        found = {}
        for item in items:
            k = key(item)
            found[(k, seen[k])] = item
            seen[k] += 1
        return found

    keyed_a, keyed_b = numbered(first), numbered(second)
    return (
        tuple(item for k, item in keyed_a.items() if k not in keyed_b),
        tuple(item for k, item in keyed_b.items() if k not in keyed_a),
        tuple((keyed_a[k], keyed_b[k]) for k in sorted(keyed_a.keys() & keyed_b.keys())),
    )


def _pledge_key(pledge: Pledge) -> tuple[object, ...]:
    """A total order on pledges that does not depend on which article they came from."""
    return (
        pledge.text,
        pledge.span.start,
        pledge.action,
        pledge.modality.value,
        tuple(c.code for c in pledge.actor),
        tuple(c.code for c in pledge.counterparts),
        pledge.speaker.name if pledge.speaker else "",
        pledge.negated,
        pledge.horizon.text if pledge.horizon else "",
    )


def _match_pledges(
    a: Article, b: Article
) -> tuple[tuple[Pledge, ...], tuple[Pledge, ...], tuple[tuple[Pledge, Pledge], ...]]:
    """One-to-one matching, best score first; ties broken by a side-free order so that
    matching b against a gives the mirror of matching a against b."""
    first, second = a.pledges, b.pledges
    terms_a = [pledge_terms(a, p) for p in first]
    terms_b = [pledge_terms(b, q) for q in second]
    weights = Weights(t.all for t in (*terms_a, *terms_b))
    candidates = []
    for i, p in enumerate(first):
        for j, q in enumerate(second):
            score = pledge_score(p, terms_a[i], q, terms_b[j], weights)
            if score >= PLEDGE_THRESHOLD:
                candidates.append((-score, p != q, sorted((_pledge_key(p), _pledge_key(q))), i, j))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    pairs.sort(key=lambda ij: sorted((_pledge_key(first[ij[0]]), _pledge_key(second[ij[1]]))))
    return (
        tuple(p for i, p in enumerate(first) if i not in used_a),
        tuple(q for j, q in enumerate(second) if j not in used_b),
        tuple((first[i], second[j]) for i, j in pairs),
    )


def compare(a: Article, b: Article) -> ArticleDiff:
    """What changed from article ``a`` to article ``b``.

    >>> from kdiplomacy import BilateralRelation
    >>> a = Article(body="x", relations=[BilateralRelation(countries=("KR", "RU"), tone=0.4)])
    >>> b = Article(body="y", relations=[BilateralRelation(countries=("RU", "KR"), tone=-0.5)])
    >>> round(compare(a, b).relation_changes[0].tone_change, 2)
    -0.9
    """
    only_a, only_b, both = _match_by_key(a.actors, b.actors, lambda actor: actor.key)
    relations_a, relations_b, relations_both = _match_by_key(a.relations, b.relations, lambda r: r.pair)
    pledges_only_a, pledges_only_b, pledges_both = _match_pledges(a, b)
    return ArticleDiff(
        a=a,
        b=b,
        actors_only_a=only_a,
        actors_only_b=only_b,
        actors_both=both,
        relations_only_a=relations_a,
        relations_only_b=relations_b,
        relation_changes=tuple(RelationChange(before=x, after=y) for x, y in relations_both),
        pledges_only_a=pledges_only_a,
        pledges_only_b=pledges_only_b,
        pledges_both=pledges_both,
    )
