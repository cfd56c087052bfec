"""Tokens and sentences of an article body, computed once and shared by every extractor."""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs

_TOKEN = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
# Abbreviations whose full stop does not end a sentence.
_NO_BREAK = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs)\.)$")


class Token(NamedTuple):
    """A word or number of the body with its offsets (a tuple: an article has thousands)."""

    text: str
    start: int
    end: int


@attrs.frozen
class Sentence:
    """A sentence of the body: its offsets and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


class Text:
    """The body, its tokens, its sentences and its paragraphs, indexed for the extractors."""

    def __init__(self, body: str, paragraphs: list[tuple[int, int]]) -> None:
        self.body = body
        self.tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(body)]
        self.paragraphs = paragraphs or [(0, len(body))]
        self.sentences = list(self._sentences())

    def _sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for index, (start, end) in enumerate(self.paragraphs):
            cursor = start
            chunk = self.body[start:end]
            for match in _SENTENCE_END.finditer(chunk):
                cut = start + match.start()
                if _NO_BREAK.search(self.body[max(cursor, cut - 6) : cut]):
                    continue
                if cut > cursor:
                    found.append(Sentence(cursor, cut, index))
                cursor = start + match.end()
            if cursor < end:
                found.append(Sentence(cursor, end, index))
        return found

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding ``offset`` (the last one before it if it falls between)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].start <= offset:
                low = middle
            else:
                high = middle - 1
        return self.sentences[low] if self.sentences else Sentence(0, len(self.body), 0)

    def text_of(self, sentence: Sentence) -> str:
        """The text of a sentence."""
        return self.body[sentence.start : sentence.end]
