"""Reading: text, bytes, files, HTML pages and JSON records in; decoded plain-text Documents out.

A :class:`Document` is what every parser starts from: the plain text of one news item with
line ends normalised, plus what its container declared (an HTML page's ``<title>`` and
``<meta>`` tags, a JSON record's title, date and url), and warnings about any repair.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from kdiplomacy.errors import EmptyArticleError, InputTooLargeError, UnsupportedInputError
from kdiplomacy.read._decode import decode, normalise_text
from kdiplomacy.read._html import html_to_text, looks_like_html

__all__ = ["DEFAULT_MAX_BYTES", "TEXT_SUFFIXES", "Document", "Source", "read_documents"]

#: Inputs larger than this are refused with :class:`~kdiplomacy.errors.InputTooLargeError`.
DEFAULT_MAX_BYTES = 5_000_000
#: File endings read when a folder is walked.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".json", ".jsonl"})

#: What :func:`read_documents` accepts: text, bytes, or a path.
Source = str | bytes | os.PathLike[str]

_TITLE_KEYS = ("title", "headline", "heading")
_BODY_KEYS = ("body", "text", "content", "article", "story", "description")
_DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pub_date", "datetime", "time", "created")
_URL_KEYS = ("url", "link", "href", "permalink")
_PUBLISHER_KEYS = ("source", "publisher", "outlet", "site", "site_name", "agency")
_AUTHOR_KEYS = ("author", "authors", "byline", "reporter", "reporters")


@attrs.frozen(kw_only=True)
class Document:
    """One decoded news item, before any cleaning.

    Attributes:
        text: the plain text (HTML already reduced to paragraphs), ``\\n`` line ends.
        source: the path, or ``path:line`` for one record of a JSON Lines file, or None.
        title: the title its container declared (``<title>``, ``<h1>``, a record's ``title``).
        published: the publication date its container declared, as written.
        publisher: the publisher its container declared (``og:site_name``, a record's ``source``).
        author: the author its container declared.
        url: the address its container declared.
        headline_hint: an ``<h1>`` headline, which is usually cleaner than ``<title>``.
        warnings: what had to be repaired while reading.
    """

    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    headline_hint: str | None = None
    warnings: tuple[str, ...] = ()


def read_documents(
    source: Source, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Read one source into Documents (one, or several for a JSON Lines file or a JSON list).

    Args:
        source: article text (a ``str``), raw ``bytes``, or a path (``pathlib.Path`` or any
            ``os.PathLike``; a ``str`` is taken as a path only if it is one line naming an
            existing file).
        name: what to call the source in Documents and errors (defaults to the path).
        max_bytes: refuse larger inputs.

    Raises:
        InputTooLargeError: the input is larger than ``max_bytes``.
        UnsupportedInputError: the input is binary, or a JSON file that holds no record.
        EmptyArticleError: the input holds no text.
        OSError: a path cannot be read (missing, a directory, no permission).
    """
    path = _as_path(source)
    label: str | None
    if path is not None:
        size = path.stat().st_size
        label = name or str(path)
        if size > max_bytes:
            raise InputTooLargeError(f"{size:,} bytes is more than the limit of {max_bytes:,}", source=label)
        text, warnings = decode(path.read_bytes(), source=label)
        suffix = path.suffix.lower()
    else:
        label = name
        if isinstance(source, bytes):
            if len(source) > max_bytes:
                raise InputTooLargeError(f"{len(source):,} bytes is more than the limit of {max_bytes:,}", source=label)
            text, warnings = decode(source, source=label)
        else:
            assert isinstance(source, str)
            if len(source) > max_bytes:
                raise InputTooLargeError(
                    f"{len(source):,} characters is more than the limit of {max_bytes:,}", source=label
                )
            warnings = []
            text = normalise_text(source, warnings)
        suffix = ""
    if not text.strip():
        raise EmptyArticleError("the input is empty", source=label)
    if suffix in (".json", ".jsonl") or (not suffix and text.lstrip()[:1] in "{["):
        records = _json_records(text, label, strict=bool(suffix))
        if records is not None:
            yield from records
            return
    yield _from_text(text, label, warnings)


def _as_path(source: Source) -> Path | None:
    if isinstance(source, os.PathLike):
        return Path(source)
    if isinstance(source, str) and "\n" not in source and len(source) < 4096:
        try:
            candidate = Path(source)
            if candidate.is_file():
                return candidate
        except (OSError, ValueError):
            return None
    return None


def _from_text(text: str, label: str | None, warnings: list[str]) -> Document:
    if looks_like_html(text):
        plain, meta = html_to_text(text)
        return Document(
            text=plain,
            source=label,
            title=meta.get("og_title") or meta.get("title"),
            published=meta.get("published"),
            publisher=meta.get("publisher"),
            author=meta.get("author"),
            url=meta.get("url"),
            headline_hint=meta.get("h1"),
            warnings=tuple(warnings),
        )
    return Document(text=text, source=label, warnings=tuple(warnings))


def _json_records(text: str, label: str | None, *, strict: bool) -> list[Document] | None:
    """Documents from a JSON object, a JSON list of objects, or JSON Lines; None if not JSON."""
    values: list[tuple[str | None, Any]] = []
    try:
        values = [(label, json.loads(text))]
    except (ValueError, RecursionError):
        lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        try:
            values = [(f"{label or '<jsonl>'}:{n}", json.loads(line)) for n, line in lines]
        except (ValueError, RecursionError):
            if strict:
                raise UnsupportedInputError("the file is neither JSON nor JSON Lines", source=label) from None
            return None
    if len(values) == 1 and isinstance(values[0][1], list):
        values = [(f"{label or '<json>'}[{i}]", item) for i, item in enumerate(values[0][1])]
    documents = [_from_record(record, where) for where, record in values]
    found = [d for d in documents if d is not None]
    if not found:
        if strict:
            raise UnsupportedInputError("no record with a body/text field was found in the JSON", source=label)
        return None
    return found


def _pick(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _from_record(record: Any, where: str | None) -> Document | None:
    if not isinstance(record, dict):
        return None
    body = _pick(record, _BODY_KEYS)
    if body is None:
        return None
    warnings: list[str] = []
    body = normalise_text(body, warnings)
    meta_title = _pick(record, _TITLE_KEYS)
    if looks_like_html(body):
        body, _ = html_to_text(body)
    return Document(
        text=body,
        source=where,
        title=meta_title,
        published=_pick(record, _DATE_KEYS),
        publisher=_pick(record, _PUBLISHER_KEYS),
        author=_pick(record, _AUTHOR_KEYS),
        url=_pick(record, _URL_KEYS),
        warnings=tuple(warnings),
    )
