"""When two pledges are the same commitment: the rule shared by article diffs and threads.

Two pledges are the same commitment when

* their parties agree: the actor states overlap (or neither names one), and the counterparts
  overlap whenever both name some; and
* what they commit to is alike: their content words (:func:`~kdiplomacy.compare._words.content_words`,
  weighted by rarity) share at least ``MIN_SHARED`` words, and the mean of their weighted
  overlap coefficient and weighted Jaccard resemblance is at least ``PLEDGE_THRESHOLD``.

The mean of the two measures lets a short restatement match a long original (the overlap
coefficient) without letting one common word make a match of two long, different texts (the
resemblance).
"""

from __future__ import annotations

from kdiplomacy.compare._words import Weights, content_words
from kdiplomacy.model import Country, Pledge

__all__ = ["MIN_SHARED", "PLEDGE_THRESHOLD", "codes", "parties_agree", "pledge_score", "pledge_words"]

#: The least similarity score of two pledges that are one commitment.
PLEDGE_THRESHOLD = 0.4
#: The fewest content words two texts share before they can be one commitment.
MIN_SHARED = 2


def codes(countries: tuple[Country, ...]) -> frozenset[str]:
    """The alpha-2 codes of a tuple of countries."""
    return frozenset(country.code for country in countries)


def pledge_words(pledge: Pledge) -> frozenset[str]:
    """The content words of a pledge's text and its action."""
    return content_words(f"{pledge.text} {pledge.action}")


def parties_agree(first: Pledge, second: Pledge) -> bool:
    """Whether two pledges are made by the same states toward the same states (see above)."""
    actors_a, actors_b = codes(first.actor), codes(second.actor)
    if (actors_a or actors_b) and not actors_a & actors_b:
        return False
    counter_a, counter_b = codes(first.counterparts), codes(second.counterparts)
    return not (counter_a and counter_b and not counter_a & counter_b)


def text_score(first: frozenset[str], second: frozenset[str], weights: Weights) -> float:
    """The similarity of two sets of content words, in [0, 1] (0 below ``MIN_SHARED``)."""
    common = first & second
    if len(common) < MIN_SHARED:
        return 1.0 if first == second and first else 0.0
    shared = weights.total(common)
    overlap = shared / min(weights.total(first), weights.total(second))
    resemblance = shared / weights.total(first | second)
    return (overlap + resemblance) / 2


def pledge_score(first: Pledge, second: Pledge, weights: Weights) -> float:
    """How alike two pledges are, in [0, 1]; 0 when their parties disagree."""
    if not parties_agree(first, second):
        return 0.0
    if first == second:
        return 1.0
    return text_score(pledge_words(first), pledge_words(second), weights)
