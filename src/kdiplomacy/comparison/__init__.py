"""Comparison utilities over many articles: the corpus, diffs, timelines, threads, duplicates.

* :class:`Corpus` — articles once each, in publication order, with queries.
* :func:`compare` — what changed between two articles (:class:`ArticleDiff`).
* :func:`relation_timeline` — one pair's framing and tone over time (:class:`Timeline`).
* :func:`pledge_threads` — one commitment restated across articles, and its status.
* :func:`near_duplicates` — the same story under two mastheads.
"""

from kdiplomacy.comparison.corpus import Corpus, DateBound, FoundPledge, FoundRelation, publication_order
from kdiplomacy.comparison.diff import ArticleDiff, RelationChange, compare
from kdiplomacy.comparison.duplicates import near_duplicates, repeated_paragraphs
from kdiplomacy.comparison.threads import PledgeThread, ThreadEntry, ThreadStatus, pledge_threads
from kdiplomacy.comparison.timeline import Shift, Timeline, TimelinePoint, framing_lines, relation_timeline

__all__ = [
    "ArticleDiff",
    "Corpus",
    "DateBound",
    "FoundPledge",
    "FoundRelation",
    "PledgeThread",
    "RelationChange",
    "Shift",
    "ThreadEntry",
    "ThreadStatus",
    "Timeline",
    "TimelinePoint",
    "compare",
    "framing_lines",
    "near_duplicates",
    "pledge_threads",
    "publication_order",
    "relation_timeline",
    "repeated_paragraphs",
]
