"""Case-insensitive matching that is fast on ASCII text.

``re.IGNORECASE`` compares text through Unicode case tables, character by character, and is
several times slower than a case-sensitive match. The cue lists in ``data/`` are written in lower
case. For such a pattern, matching the lower-cased text case-sensitively gives the same answer as
``re.IGNORECASE`` does on ASCII text (``str.lower`` keeps an ASCII string's length, so offsets
stay the same as well). Other text, and any pattern whose source this module cannot vouch for,
goes through ``re.IGNORECASE``.

The module cannot vouch for a pattern with an upper-case or non-ASCII cased letter, an escape
that names a character (``\\x41``, ``\\N{...}``, ``\\1``), an inline flag, or a class range other
than one within ``a-z`` or ``0-9``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["Caseless", "lower_ascii", "lower_case_safe"]

_ESCAPE = re.compile(r"\\(.)", re.S)
# Escapes that stand for a class or a position, the same in either case of the text.
_CLASS_ESCAPES = frozenset("wWsSdDbBAZ")
_GROUP_NAME = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)")
# "(?" not followed by ":", "=", "!", "<=", "<!": an inline flag or a construct not checked here.
_OTHER_GROUP = re.compile(r"\(\?(?![:=!]|<[=!])")
_CLASS = re.compile(r"\[\^?\]?[^\]]*\]")
_RANGE = re.compile(r"(.)-(.)", re.S)
# An escape is checked here, then stands in the source as a character no range may end on.
_PLACEHOLDER = "\x00"


def lower_case_safe(source: str) -> bool:
    """Whether ``source`` gives the same matches, case-sensitively on lower-cased ASCII text,
    as it gives under ``re.IGNORECASE`` on the text itself.

    >>> lower_case_safe(r"\\b(?:vows?|pledged) to\\b"), lower_case_safe(r"[A-Z]\\w+")
    (True, False)
    """
    for escape in _ESCAPE.finditer(source):
        char = escape.group(1)
        if char.isalnum() and char not in _CLASS_ESCAPES:
            return False  # \x41, \u0041, \N{...}, a back reference
    bare = _ESCAPE.sub(_PLACEHOLDER, source)
    bare = _GROUP_NAME.sub("(", bare)
    if _OTHER_GROUP.search(bare):
        return False
    if any(char.isupper() or (not char.isascii() and char.lower() != char.upper()) for char in bare):
        return False
    for klass in _CLASS.finditer(bare):
        for low, high in _RANGE.findall(klass.group()[1:-1]):
            if not (("a" <= low <= high <= "z") or ("0" <= low <= high <= "9")):
                return False
    return True


def lower_ascii(literal: str) -> str:
    """An ASCII literal in lower case, anything else as it is: the same to ``re.IGNORECASE``
    either way, and only the lower-case form can take the fast path."""
    return literal.lower() if literal.isascii() else literal


class Caseless:
    """A pattern matched case-insensitively, case-sensitively on lower-cased text when that is
    the same.

    >>> cue = Caseless(r"\\bwe use cookies\\b")
    >>> cue.search("WE USE COOKIES to ...") is not None, cue.search("We use them") is not None
    (True, False)
    """

    __slots__ = ("_lowered", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = re.compile(source, re.IGNORECASE)
        self._lowered = re.compile(source) if lower_case_safe(source) else None

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._lowered is not None and text.isascii():
            return self._lowered, text.lower()
        return self.pattern, text

    def search(self, text: str) -> re.Match[str] | None:
        """Like ``re.search``. On ASCII text the match is one of the lower-cased text: its
        offsets are the text's, its groups in lower case."""
        pattern, target = self._target(text)
        return pattern.search(target)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Like ``re.fullmatch``, with groups as in :meth:`search`."""
        pattern, target = self._target(text)
        return pattern.fullmatch(target)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like ``re.finditer``, with groups as in :meth:`search`."""
        pattern, target = self._target(text)
        return pattern.finditer(target)
