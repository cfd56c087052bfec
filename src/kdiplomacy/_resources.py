"""Access to the data files shipped inside the package (``kdiplomacy/data``), and the user's
overlays on top of them.

Every table the library uses is a file here.  :func:`add_data_overlay` names a folder of the
user's own files: a file there with the name of a bundled table extends it (text and TSV rows
are appended after the bundled rows; JSON objects have their lists concatenated).  Loaders
decorated with :func:`cached` are reloaded when an overlay is added or removed.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "add_data_overlay",
    "cached",
    "clear_data_overlays",
    "memoised",
    "overlays",
    "per_document",
    "read_json",
    "read_lines",
    "read_text",
    "read_tsv",
    "read_words",
    "start_document",
]

F = TypeVar("F", bound=Callable[..., Any])
_OVERLAYS: list[Path] = []
_CACHES: list[Any] = []
_DOCUMENT_CACHES: list[Any] = []


def cached(function: F) -> F:
    """``functools.cache`` for a loader of data files, cleared whenever the overlays change."""
    wrapped = functools.cache(function)
    _CACHES.append(wrapped)
    return wrapped  # type: ignore[return-value]


def memoised(maxsize: int) -> Callable[[F], F]:
    """A bounded ``functools.lru_cache`` for a function of text that reads data files (so its
    results are cleared, like :func:`cached` loaders, whenever the overlays change)."""

    def decorate(function: F) -> F:
        wrapped = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES.append(wrapped)
        return wrapped  # type: ignore[return-value]

    return decorate


def per_document(function: F) -> F:
    """A cache of a function of one line of the document being parsed: the sniffers and the
    header and footer readers ask of the same lines. :func:`start_document` empties it, so
    nothing is carried from one article to the next (and a benchmark of many near-copies is not
    flattered by it); the overlays' changes empty it too."""
    wrapped = functools.lru_cache(maxsize=4096)(function)
    _CACHES.append(wrapped)
    _DOCUMENT_CACHES.append(wrapped)
    return wrapped  # type: ignore[return-value]


def start_document() -> None:
    """Forget what the :func:`per_document` caches hold: a new document is being parsed."""
    for function in _DOCUMENT_CACHES:
        function.cache_clear()


def add_data_overlay(folder: str | os.PathLike[str]) -> None:
    """Layer the tables in ``folder`` over the bundled ones (see the module docstring).

    Raises:
        NotADirectoryError: ``folder`` is not a folder.
    """
    path = Path(folder)
    if not path.is_dir():
        raise NotADirectoryError(f"{path}: not a folder of data files")
    _OVERLAYS.append(path)
    _clear()


def overlays() -> list[Path]:
    """The overlay folders in force, in the order they were added."""
    return list(_OVERLAYS)


def clear_data_overlays() -> None:
    """Go back to the bundled tables only."""
    _OVERLAYS.clear()
    _clear()


def _clear() -> None:
    for function in _CACHES:
        function.cache_clear()


def _bundled(name: str) -> str:
    from importlib import resources  # noqa: PLC0415 (slow to import, and only data reads need it)

    return resources.files("kdiplomacy.data").joinpath(name).read_text(encoding="utf-8")


def _overlaid(name: str) -> list[str]:
    return [(folder / name).read_text(encoding="utf-8") for folder in _OVERLAYS if (folder / name).is_file()]


def read_text(name: str) -> str:
    """The text of the data file ``name``: the bundled file, then each overlay's rows."""
    parts = [_bundled(name)]
    for extra in _overlaid(name):
        lines = extra.splitlines()
        if name.endswith(".tsv") and lines and not lines[0].startswith("#"):
            lines = lines[1:]  # the overlay's header repeats the bundled one
        parts.append("\n".join(lines))
    return "\n".join(part.rstrip("\n") for part in parts) + "\n"


def read_lines(name: str) -> list[str]:
    """The non-blank lines of the data file ``name`` that are not ``#`` comments, stripped."""
    return [line.strip() for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]


@cached
def read_words(name: str) -> frozenset[str]:
    """The lines of the word-list file ``name``, case-folded, as a set (loaded once)."""
    return frozenset(line.casefold() for line in read_lines(name))


def read_json(name: str) -> Any:
    """The data file ``name`` parsed; an overlay's lists are appended to the bundled lists."""
    data = json.loads(_bundled(name))
    for extra in _overlaid(name):
        more = json.loads(extra)
        if isinstance(data, dict) and isinstance(more, dict):
            for key, value in more.items():
                if isinstance(value, list) and isinstance(data.get(key), list):
                    data[key] = data[key] + value
                elif key not in data:
                    data[key] = value
    return data


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Yield the rows of the tab-separated file ``name`` as dicts keyed by its header.

    Lines starting with ``#`` and blank lines are skipped.
    """
    lines = (line for line in io.StringIO(read_text(name)) if line.strip() and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
