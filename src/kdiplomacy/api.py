"""The front door: ``parse`` one news item, ``parse_many`` a batch of files and folders."""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kdiplomacy import _resources
from kdiplomacy._pool import Outcome, parse_on_pool
from kdiplomacy.errors import KdiplomacyError, UnsupportedInputError
from kdiplomacy.extract import extract
from kdiplomacy.gazetteer import Gazetteer
from kdiplomacy.model import Article, PartialDate
from kdiplomacy.parsers import ParseOptions, Parser, choose_parser, get_parser
from kdiplomacy.read import DEFAULT_MAX_BYTES, TEXT_SUFFIXES, Document, Source, read_documents

__all__ = ["ErrorHandler", "iter_input_files", "parse", "parse_document", "parse_many"]

#: Called with the failing path and the error, in place of raising, by :func:`parse_many`.
ErrorHandler = Callable[[str, Exception], None]


def _options(reference_date: PartialDate | str | None, gazetteer: Gazetteer | None) -> ParseOptions:
    if isinstance(reference_date, str):
        reference_date = PartialDate.from_iso(reference_date)
    return ParseOptions(reference_date=reference_date, gazetteer=gazetteer)


def parse_document(
    document: Document, *, parser: str | Parser | None = None, options: ParseOptions | None = None
) -> Article:
    """Parse an already-read :class:`~kdiplomacy.read.Document`, then recognise its actors,
    relations and pledges (unless the parser recognised some itself)."""
    options = options or ParseOptions()
    _resources.start_document()
    chosen = get_parser(parser) if isinstance(parser, str) else parser or choose_parser(document.text)
    article = chosen.parse(document, options)
    if article.actors or article.relations or article.pledges:
        return article
    return extract(article, gazetteer=options.gazetteer)


def parse(
    source: Source,
    *,
    parser: str | Parser | None = None,
    reference_date: PartialDate | str | None = None,
    gazetteer: Gazetteer | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one news item into an Article.

    Args:
        source: the article as text, bytes, or a path (``pathlib.Path``; a one-line ``str``
            naming an existing file is read as a path too).  HTML pages and JSON records are
            recognised by their content or file ending.
        parser: a registered parser's name (see :func:`~kdiplomacy.parsers.available_parsers`)
            or a parser object; by default the parser that sniffs the text best.
        reference_date: a date the article is on or up to a year before (when it was fetched);
            it bounds year inference.  Relative dates are never resolved against the clock.
        gazetteer: officials to date the article by (default: the bundled gazetteer).
        max_bytes: refuse inputs larger than this.

    Raises:
        EmptyArticleError: no text.
        UnsupportedInputError: binary input, or a file holding several articles (use
            :func:`parse_many`).
        InputTooLargeError: larger than ``max_bytes``.
        UnknownParserError: ``parser`` names no registered parser.
        OSError: a path cannot be read.

    >>> article = parse("SEOUL, Nov. 30 (Yonhap) -- Foreign Minister Kang Kyung-wha called Monday "
    ...                 "for efforts to develop the alliance.")
    >>> article.outlet, article.dateline.city, str(article.published)
    ('Yonhap', 'SEOUL', '2020-11-30')
    """
    documents = list(read_documents(source, max_bytes=max_bytes))
    if len(documents) > 1:
        where = documents[0].source or "the input"
        raise UnsupportedInputError(
            f"{where} holds {len(documents)} articles; use parse_many() to read them all", source=documents[0].source
        )
    return parse_document(documents[0], parser=parser, options=_options(reference_date, gazetteer))


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]], *, on_error: ErrorHandler | None = None
) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, by known endings).

    Args:
        paths: files and folders.
        on_error: called with a path that does not exist and the error, in place of raising.

    Raises:
        FileNotFoundError: a named path does not exist (without ``on_error``).
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES:
                    yield child
        elif path.exists():
            yield path
        else:
            missing = FileNotFoundError(errno.ENOENT, "no such file or folder", str(path))
            if on_error is None:
                raise missing
            on_error(str(item), missing)


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    parser: str | Parser | None = None,
    reference_date: PartialDate | str | None = None,
    gazetteer: Gazetteer | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: ErrorHandler | None = None,
    workers: int = 1,
) -> Iterator[Article]:
    """Parse files and folders lazily, one Article at a time (memory stays flat).

    Each Article's ``source`` is its file (``file:line`` for a JSON Lines record).  Without
    ``on_error`` the first failure raises; with it, a failing file is handed to ``on_error``
    with its error and the batch goes on, so no good article is lost to a bad one.

    With ``workers`` above 1, chunks of files are parsed on a pool of that many processes.
    The Articles come in the same order, equal to those of one process, and ``on_error`` is
    called in this process at the same points; only a bounded number of chunks is in flight,
    so memory stays flat.  A custom ``parser`` and ``gazetteer`` must then be picklable.
    """
    options = _options(reference_date, gazetteer)
    if workers > 1:
        yield from _parse_pooled(paths, parser, options, max_bytes, on_error, workers)
        return
    for path in iter_input_files(paths, on_error=on_error):
        try:
            documents = list(read_documents(path, max_bytes=max_bytes))
        except (KdiplomacyError, OSError) as exc:
            if on_error is None:
                raise
            on_error(str(path), exc)
            continue
        for document in documents:
            try:
                yield parse_document(document, parser=parser, options=options)
            except KdiplomacyError as exc:
                if on_error is None:
                    raise
                on_error(document.source or str(path), exc)


def _parse_file(path: Path, parser: str | Parser | None, options: ParseOptions, max_bytes: int) -> list[Outcome]:
    """One file's Articles and failures, in order (what a pool worker sends back)."""
    try:
        documents = list(read_documents(path, max_bytes=max_bytes))
    except (KdiplomacyError, OSError) as exc:
        return [(str(path), exc)]
    outcomes: list[Outcome] = []
    for document in documents:
        try:
            outcomes.append(parse_document(document, parser=parser, options=options))
        except KdiplomacyError as exc:
            outcomes.append((document.source or str(path), exc))
    return outcomes


def _walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | tuple[str, Exception]]:
    for item in paths:
        try:
            yield from iter_input_files([item])
        except OSError as exc:
            yield str(item), exc


def _parse_pooled(
    paths: Iterable[str | os.PathLike[str]],
    parser: str | Parser | None,
    options: ParseOptions,
    max_bytes: int,
    on_error: ErrorHandler | None,
    workers: int,
) -> Iterator[Article]:
    parse_file = functools.partial(_parse_file, parser=parser, options=options, max_bytes=max_bytes)
    for outcome in parse_on_pool(_walk(paths), parse_file, workers):
        if isinstance(outcome, Article):
            yield outcome
            continue
        where, exc = outcome
        if on_error is None:
            raise exc
        on_error(where, exc)
