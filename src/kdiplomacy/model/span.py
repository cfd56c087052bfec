"""Character spans: where in an Article's body a recognised thing was seen."""

from __future__ import annotations

from typing import Any

import attrs

from kdiplomacy.errors import InvalidSpanError

__all__ = ["Span"]


def _check_offset(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int:
        raise InvalidSpanError(f"span {attribute.name} must be an int, got {value!r}")
    if value < 0:
        raise InvalidSpanError(f"span {attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into an Article body.

    Spans order by ``(start, end)``.

    >>> body = "Seoul and Tokyo agreed."
    >>> Span(10, 15).text_in(body)
    'Tokyo'
    """

    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_offset)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidSpanError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def text_in(self, body: str) -> str:
        """Return the text this span covers in ``body``.

        Raises:
            InvalidSpanError: the span reaches past the end of ``body``.
        """
        self.check_within(body)
        return body[self.start : self.end]

    def check_within(self, body: str, *, what: str = "span") -> None:
        """Raise :class:`InvalidSpanError` unless the span lies within ``body``."""
        if self.end > len(body):
            raise InvalidSpanError(
                f"{what} [{self.start}, {self.end}) reaches past the end of the body ({len(body)} characters)"
            )

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end
