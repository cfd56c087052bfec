"""The word lists behind relations and pledges, loaded once from the package's data files."""

from __future__ import annotations

import re

from kdiplomacy import _resources
from kdiplomacy.model import Modality


@_resources.cached
def framing_phrases() -> re.Pattern[str]:
    """Phrases that frame a relationship, longest first."""
    phrases = _resources.read_lines("framing.txt")
    phrases.sort(key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


@_resources.cached
def topic_cues() -> list[tuple[re.Pattern[str], str]]:
    """Topic cue stems with their topics."""
    rows = _resources.read_tsv("topics.tsv")
    return [(re.compile(rf"\b{re.escape(row['cue'])}", re.I), row["topic"]) for row in rows]


@_resources.cached
def pledge_cues() -> list[tuple[re.Pattern[str], Modality]]:
    """Pledge cues in the order they are tried."""
    return [
        (re.compile(rf"(?<![\w'])(?:{row['cue']})\b", re.I), Modality(row["modality"]))
        for row in _resources.read_tsv("pledge_cues.tsv")
    ]
