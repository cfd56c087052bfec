"""The library's exceptions: one root, one family per stage, leaves that refine builtins.

Every exception the library raises on purpose derives from :class:`KdiplomacyError`, so
``except KdiplomacyError`` catches all of them.  Leaves also subclass the builtin they
refine (``ValueError``, ``OSError``) so that generic handlers keep working.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "EmptyArticleError",
    "InputError",
    "InputTooLargeError",
    "InvalidCountryError",
    "InvalidDateError",
    "InvalidSpanError",
    "KdiplomacyError",
    "MissingExtraError",
    "ModelError",
    "ParseError",
    "SchemaError",
    "UnknownParserError",
    "UnsupportedInputError",
]


class KdiplomacyError(Exception):
    """Root of every error the library raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle the attributes as they are, not the constructor's arguments (which the
        # message has already absorbed), so an error crosses to another process unchanged.
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[KdiplomacyError], args: tuple[Any, ...], state: dict[str, Any]) -> KdiplomacyError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ModelError(KdiplomacyError, ValueError):
    """A value does not satisfy a rule of the domain model."""


class InvalidCountryError(ModelError):
    """A string is not an ISO 3166-1 alpha-2 code, or names no known state."""


class InvalidDateError(ModelError):
    """A partial date is malformed or names a day that does not exist."""


class InvalidSpanError(ModelError):
    """A character span is negative, reversed, or falls outside the text it indexes."""


class SchemaError(KdiplomacyError, ValueError):
    """An interchange document does not match the schema.

    Attributes:
        problems: every problem found, each as ``"path: message"``; the document is
            checked whole, so all of them are reported at once.
        source: where the document came from (a path, ``"<string>"``), when known.
    """

    def __init__(self, problems: Sequence[str], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        where = f"{source}: " if source else ""
        if len(self.problems) == 1:
            message = f"{where}{self.problems[0]}"
        else:
            listed = "\n".join(f"  - {p}" for p in self.problems)
            message = f"{where}{len(self.problems)} problems in the document:\n{listed}"
        super().__init__(message)


class ParseError(KdiplomacyError, ValueError):
    """Text could not be turned into an Article.

    Attributes:
        source: the file or id being parsed, when known.
        text: the text being read, when the error points into it.
        offset: the character offset of the problem in ``text``, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        text: str | None = None,
        offset: int | None = None,
    ) -> None:
        self.source = source
        self.text = text
        self.offset = offset
        self.reason = message
        super().__init__(self._render())

    @property
    def line(self) -> int | None:
        """The 1-based line of ``offset`` in ``text``, when both are known."""
        if self.text is None or self.offset is None:
            return None
        return self.text.count("\n", 0, self.offset) + 1

    def _render(self) -> str:
        where = self.source or "<text>"
        if self.line is not None:
            where += f", line {self.line}"
        rendered = f"{where}: {self.reason}"
        if self.text is not None and self.offset is not None:
            start = self.text.rfind("\n", 0, self.offset) + 1
            end = self.text.find("\n", self.offset)
            end = len(self.text) if end < 0 else end
            shown = self.text[start:end]
            if len(shown) <= 200:
                rendered += f"\n    {shown}\n    {' ' * (self.offset - start)}^"
        return rendered


class InputError(KdiplomacyError):
    """The input itself cannot be read as an article (empty, binary, too large)."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"{source}: {message}" if source else message)


class EmptyArticleError(InputError, ValueError):
    """The input holds no text once decoded and cleaned."""


class UnsupportedInputError(InputError, ValueError):
    """The input is not text the library reads (an image, an archive, other binary data)."""


class InputTooLargeError(InputError, ValueError):
    """The input is larger than the configured maximum size."""


class UnknownParserError(KdiplomacyError, LookupError):
    """A parser was asked for by a name that is not registered."""


class MissingExtraError(KdiplomacyError, ImportError):
    """A feature needs an optional extra (pandas, pyarrow, matplotlib, dask) that is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"this needs {package}, which is not installed: pip install 'kdiplomacy[{extra}]'")
