"""When two pledges are the same commitment, and when a sentence reports on one: the rule
shared by article diffs and pledge threads.

A pledge is compared by two sets of terms (:class:`Terms`): its *object* — the content words
from its action up to the first subordinate clause ("push for an early visit by Xi Jinping"
in "... push for an early visit by Xi Jinping once the pandemic eases") — and *all* the
content words of its text.  Words are those of :func:`~kdiplomacy.comparison._words.content_words`;
a person the article names counts as one term whatever the spelling ("Xi", "Xi Jinping",
"President Xi" are all ``@xi jinping``).

Two pledges are the same commitment when their parties agree (:func:`parties_agree`) and the
object of one is
covered by the other's words: at least ``MIN_SHARED`` terms in common and, weighted by rarity,
at least ``PLEDGE_THRESHOLD`` of the object.  A sentence reports on a pledge when it covers the
pledge's object in the same way, at least ``REPORT_THRESHOLD`` of it.
"""

from __future__ import annotations

import re

import attrs

from kdiplomacy.comparison._words import Weights, content_words
from kdiplomacy.model import ActorKind, Article, Country, Pledge, Span, fold_name

__all__ = [
    "MIN_SHARED",
    "PLEDGE_THRESHOLD",
    "REPORT_THRESHOLD",
    "Terms",
    "codes",
    "coverage",
    "parties_agree",
    "pledge_score",
    "pledge_terms",
    "span_terms",
    "states_in",
]

#: The least share of a pledge's object (weighted) that a restatement covers.
PLEDGE_THRESHOLD = 0.5
#: The least share of a pledge's object (weighted) that a report sentence covers.
REPORT_THRESHOLD = 0.5
#: The fewest terms a restatement or report shares with the pledge.
MIN_SHARED = 2

# Where the object of a commitment ends: the first subordinate clause after it.
_OBJECT_END = re.compile(
    r",|;|\b(?:once|as soon as|when|after|before|because|while|since|if|unless|so that|in order to|"
    r"citing|amid|saying|despite|even as|until)\b",
    re.I,
)


@attrs.frozen
class Terms:
    """The terms a pledge is compared by: its object, all the words of its text, and the
    states its object names other than its actors ("a visit to Seoul by Putin", said by
    Moscow: Seoul), which a report on it must name too."""

    object: frozenset[str]
    all: frozenset[str]
    places: frozenset[str] = frozenset()


def codes(countries: tuple[Country, ...]) -> frozenset[str]:
    """The alpha-2 codes of a tuple of countries."""
    return frozenset(country.code for country in countries)


def span_terms(article: Article, span: Span) -> frozenset[str]:
    """The content words of a stretch of ``article``'s body, each person it names as one term."""
    start, end = span.start, span.end
    people: list[tuple[int, int, str]] = []
    for actor in (*article.actors, *article.reporters):
        if actor.kind is ActorKind.PERSON:
            key = "@" + fold_name(actor.name)
            people.extend((m.start, m.end, key) for m in actor.mentions if start <= m.start and m.end <= end)
    pieces, terms, cursor = [], set(), start
    for begin, finish, key in sorted(people):
        if begin >= cursor:
            pieces.append(article.body[cursor:begin])
            cursor = finish
        terms.add(key)
    pieces.append(article.body[cursor:end])
    return frozenset(terms) | content_words(" ".join(pieces))


def _object_span(pledge: Pledge) -> Span:
    text = pledge.text
    lowered = text.casefold()
    at = lowered.find(pledge.action.casefold()[: max(3, len(pledge.action) - 2)])
    at = 0 if at < 0 else at
    end = _OBJECT_END.search(text, at + len(pledge.action))
    return Span(pledge.span.start + at, pledge.span.start + (end.start() if end else len(text)))


def states_in(article: Article, span: Span) -> frozenset[str]:
    """The states named in a stretch of the body, or represented by a person named there."""
    found = set()
    for actor in article.actors:
        if actor.country is None or actor.kind is ActorKind.ORGANIZATION:
            continue
        if any(span.start <= m.start < span.end for m in actor.mentions):
            found.add(actor.country.code)
    return frozenset(found)


def pledge_terms(article: Article, pledge: Pledge) -> Terms:
    """The object and all the words of ``pledge`` (a pledge of ``article``)."""
    every = span_terms(article, pledge.span)
    span = _object_span(pledge)
    found = span_terms(article, span)
    return Terms(object=found or every, all=every, places=states_in(article, span) - codes(pledge.actor))


def parties_agree(first: Pledge, second: Pledge) -> bool:
    """Whether two pledges are made by the same states toward the same states: the actors
    overlap (or neither names one), the counterparts overlap whenever both name some, and two
    pledges that each involve two or more states share at least two ("Seoul and Beijing agree
    on a Xi visit" is not "Seoul vows closer ties with Moscow")."""
    actors_a, actors_b = codes(first.actor), codes(second.actor)
    if (actors_a or actors_b) and not actors_a & actors_b:
        return False
    counter_a, counter_b = codes(first.counterparts), codes(second.counterparts)
    if counter_a and counter_b and not counter_a & counter_b:
        return False
    parties_a, parties_b = actors_a | counter_a, actors_b | counter_b
    return len(parties_a & parties_b) >= min(2, len(parties_a), len(parties_b))


def coverage(wanted: frozenset[str], found: frozenset[str], weights: Weights) -> float:
    """The weighted share of ``wanted`` that ``found`` has, in [0, 1]; 0 when they share fewer
    than ``MIN_SHARED`` terms."""
    common = wanted & found
    if len(common) < MIN_SHARED:
        return 0.0
    return weights.total(common) / weights.total(wanted)


def pledge_score(first: Pledge, first_terms: Terms, second: Pledge, second_terms: Terms, weights: Weights) -> float:
    """How alike two pledges are, in [0, 1]: the better coverage of either one's object by the
    other's words; 0 when their parties disagree."""
    if not parties_agree(first, second):
        return 0.0
    if first == second:
        return 1.0
    return max(
        coverage(first_terms.object, second_terms.all, weights),
        coverage(second_terms.object, first_terms.all, weights),
    )
