"""A relationship's tone: cue words from ``tone.tsv`` weighed over its evidence sentences.

Each word counts once, by the longest cue stem it starts with ("agreement" is the agreement
cue, not "agree" and "agreement" both).  A cooperative cue that an undoing word governs — one
of ``tone_reversals.txt`` shortly before it, in the same clause ("terminate the intelligence
*pact*", "a lack of *trust*", "turned down a suggestion that the two sides *agree*") — counts
against the relationship, at half its weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kdiplomacy import _resources
from kdiplomacy._caseless import Caseless, lower_ascii

__all__ = ["passage_weights", "tone_from", "tone_of"]

# How far back (in characters, within the clause) an undoing word governs a cue.
_REACH = 45
_CLAUSE_BREAK = Caseless(r"[,;:.!?]|\b(?:but|while|whereas|although|though)\b")


@_resources.cached
def _cues() -> tuple[Caseless, dict[str, float]]:
    weights = {row["cue"].casefold(): float(row["weight"]) for row in _resources.read_tsv("tone.tsv")}
    stems = sorted(weights, key=len, reverse=True)
    pattern = Caseless(r"\b(?:" + "|".join(re.escape(lower_ascii(stem)) for stem in stems) + r")[\w-]*")
    return pattern, weights


@_resources.cached
def _reversals() -> Caseless:
    words = sorted(_resources.read_lines("tone_reversals.txt"), key=len, reverse=True)
    return Caseless(r"\b(?:" + "|".join(re.escape(lower_ascii(word)) for word in words) + r")")


def _weight(word: str, weights: dict[str, float]) -> float:
    folded = word.casefold()
    for length in range(len(folded), 0, -1):
        if folded[:length] in weights:
            return weights[folded[:length]]
    return 0.0


def _reversed(passage: str, at: int) -> bool:
    before = passage[max(0, at - _REACH) : at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return _reversals().search(before) is not None


def passage_weights(passage: str) -> tuple[float, ...]:
    """The signed weight of each tone cue in one passage, in order (reversed cues negative)."""
    pattern, weights = _cues()
    found: list[float] = []
    for match in pattern.finditer(passage):
        weight = _weight(match.group(), weights)
        if weight > 0 and _reversed(passage, match.start()):
            weight = -weight / 2
        if weight:
            found.append(weight)
    return tuple(found)


def tone_from(weights: Iterable[float]) -> float:
    """The tone of a run of cue weights in [-1, 1]: their mean, damped when cues are few."""
    total, hits = 0.0, 0
    for weight in weights:
        total += weight
        hits += 1
    if hits == 0:
        return 0.0
    return max(-1.0, min(1.0, round(total / (hits + 1), 3)))


def tone_of(passages: Iterable[str]) -> float:
    """The tone of some passages in [-1, 1]: the mean cue weight, damped when cues are few.

    >>> tone_of(["The two countries agreed to deepen cooperation."]) > 0
    True
    >>> tone_of(["Seoul will take stern action against the illegal partnership."]) < 0
    True
    >>> tone_of(["Seoul said it will terminate its intelligence pact with Tokyo."]) < 0
    True
    """
    return tone_from(weight for passage in passages for weight in passage_weights(passage))
