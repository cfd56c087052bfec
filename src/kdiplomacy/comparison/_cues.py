"""Report cues: the words by which a sentence says what became of a commitment
("has yet to take place", "suspended its decision", "was held"), from ``thread_status.tsv``."""

from __future__ import annotations

import enum
import re

import attrs

from kdiplomacy._resources import cached, read_tsv

__all__ = ["Cue", "ThreadStatus", "find_cue"]


class ThreadStatus(enum.Enum):
    """What has become of a commitment, by the latest word on it in the corpus."""

    OPEN = "open"
    REITERATED = "reiterated"
    DONE = "done"
    PENDING = "pending"
    WALKED_BACK = "walked_back"


@attrs.frozen
class Cue:
    """A report cue found in a text: the status it gives, its words, and where they start."""

    status: ThreadStatus
    text: str
    start: int


# A cue after these is a plan, not a report ("the summit will be held").
_PROSPECTIVE = re.compile(
    r"\b(?:will|would|to|could|may|might|should|shall|expected to)\s+(?:be\s+|have\s+been\s+)?$", re.I
)
_PRIORITY = {ThreadStatus.PENDING: 0, ThreadStatus.WALKED_BACK: 1, ThreadStatus.DONE: 2}


@cached
def _cues() -> tuple[re.Pattern[str], dict[str, ThreadStatus]]:
    statuses = {row["cue"].casefold(): ThreadStatus(row["status"]) for row in read_tsv("thread_status.tsv")}
    alternation = "|".join(re.escape(cue) for cue in sorted(statuses, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.I), statuses


def find_cue(text: str) -> Cue | None:
    """The report cue of a text, or None.

    Cues after "will be", "to be" and the like are plans, not reports.  Where a text holds
    cues of several statuses, done outranks walked back, which outranks pending: "postponed by
    the pandemic, the visit finally took place" and "held the summit, reviving a forum stalled
    since 2019" both report that it happened.

    >>> find_cue("The trip has yet to happen because of the pandemic.")
    Cue(status=<ThreadStatus.PENDING: 'pending'>, text='yet to', start=13)
    >>> find_cue("The summit will be held in Seoul.") is None
    True
    """
    pattern, statuses = _cues()
    found = None
    for match in pattern.finditer(text):
        if _PROSPECTIVE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        status = statuses[match.group().casefold()]
        if found is None or _PRIORITY[status] > _PRIORITY[found.status]:
            found = Cue(status, match.group(), match.start())
    return found
