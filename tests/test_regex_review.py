"""The review of every regular expression for catastrophic backtracking, kept as a test.

Two checks over every compiled pattern of the package (module constants, and the patterns the
loaders build from data files):

* static: an unbounded repeat nested inside another unbounded repeat can backtrack
  exponentially.  Each pattern that has one was reviewed and is listed in ``REVIEWED`` with why
  it is linear; a new one fails this test until someone reviews it and adds it.
* dynamic: each pattern is run over hostile strings (runs of capitalised words, dotted
  initials, digits, hyphens, repeated names); a hang is caught by an alarm and named.  The
  alarm is a guard against a hang, not a speed target: 20 seconds for one search.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from types import FrameType

import pytest

import kdiplomacy
from kdiplomacy._caseless import Caseless
from kdiplomacy._resources import read_lines
from kdiplomacy.comparison._cues import _cues
from kdiplomacy.extract._lexicon import framing_phrases, pledge_cues, topic_cues
from kdiplomacy.extract._tone import _cues as tone_cues
from kdiplomacy.extract._tone import _reversals

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: Patterns with a nested unbounded repeat, and why each is linear.
REVIEWED = {
    "kdiplomacy.clean._NAME_TOKEN": "each inner repeat follows a literal '-' or apostrophe its class cannot match",
    "kdiplomacy.clean.JOINED_TOKEN": "as _NAME_TOKEN, after a literal 'al-' or 'el-'",
    "kdiplomacy.extract._text._TOKEN": "each repeat of (\\.[A-Za-z]+) starts with a '.' the letters cannot match",
    "kdiplomacy.extract.states._TOKEN_HEAD": "as _TOKEN: a literal '.' opens each repeat",
    "kdiplomacy.extract.people._NAME_RUN": "each repeat opens with a space, which a name word cannot hold",
    "kdiplomacy.gazetteer._NAME_TOKEN": "each repeat of (-[A-Za-z]+) opens with a '-' the letters cannot match",
    "kdiplomacy.extract._subjects._CONJUNCTION_GAP": "whitespace closes each repeated title word",
    "kdiplomacy.extract._subjects._TITLE_GAP": "as _CONJUNCTION_GAP: whitespace closes each repeated word",
    "kdiplomacy.parsers._metadata._CONTRIBUTED": "names are joined by ',' or 'and', never by a bare space",
    r"boilerplate.txt: [\w.+-]+@[\w-]+(?:\.[\w-]+)+": r"each repeat of (\.[\w-]+) opens with a '.' [\w-] cannot match",
}


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    skip = ("kdiplomacy.__main__", "kdiplomacy.plot", "kdiplomacy.dask")
    seen: set[int] = set()  # a pattern another module imports is reviewed once, where it is defined
    for info in pkgutil.walk_packages(kdiplomacy.__path__, "kdiplomacy."):
        if info.name in skip:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{name}", value
            elif isinstance(value, Caseless):  # its lower-case twin has the same shape
                yield f"{info.name}.{name}", value.pattern


def _data_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for line in read_lines("boilerplate.txt"):
        if line.startswith(("= ", "~ ")):
            pattern = re.compile(line[2:], re.I)
            yield f"boilerplate.txt: {pattern.pattern[:50]}", pattern
    for pattern, _ in pledge_cues():
        yield f"pledge_cues.tsv: {pattern.pattern[:50]}", pattern
    for pattern, _ in topic_cues():
        yield f"topics.tsv: {pattern.pattern[:50]}", pattern
    yield "framing.txt", framing_phrases().pattern
    yield "tone.tsv", tone_cues()[0].pattern
    yield "tone_reversals.txt", _reversals().pattern
    yield "thread_status.tsv", _cues()[0]


PATTERNS = dict([*_module_patterns(), *_data_patterns()])


def _nested_unbounded(items: sre_parse.SubPattern | list[tuple[object, object]], inside: bool = False) -> bool:
    for op, value in items:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            _, high, body = value  # type: ignore[misc]
            unbounded = high == sre_constants.MAXREPEAT
            if (unbounded and inside) or _nested_unbounded(body, inside or unbounded):
                return True
        elif op == sre_constants.SUBPATTERN:
            if _nested_unbounded(value[-1], inside):  # type: ignore[index]
                return True
        elif op == sre_constants.BRANCH and any(_nested_unbounded(b, inside) for b in value[1]):  # type: ignore[index]
            return True
    return False


def test_every_nested_unbounded_repeat_has_been_reviewed() -> None:
    flagged = {name for name, p in PATTERNS.items() if _nested_unbounded(sre_parse.parse(p.pattern, p.flags))}
    assert flagged == set(REVIEWED), "review these patterns for catastrophic backtracking, then list them"


HOSTILE = [
    "Aa Bb " * 400 + "x",
    "Kim " * 600,
    "A. " * 600 + "a",
    "a.a" * 600 + "!",
    "1.2," * 600,
    "-" * 2000,
    "a-" * 1000 + "!",
    "Foreign Minister Vice " * 120,
    "SEOUL, Nov. 30 (Yonhap) -- " * 60,
    "AP writer " + "Kim Tong " * 200 + "x",
    "'s " * 600,
    " , and " * 300,
]


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_finishes_on_hostile_strings(name: str) -> None:
    pattern = PATTERNS[name]
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for text in HOSTILE:
            signal.alarm(20)
            try:
                list(pattern.finditer(text))
            except _Hang:
                pytest.fail(f"{name} hangs on {text[:40]!r}...")
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
