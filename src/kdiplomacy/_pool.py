"""``parse_many(..., workers=N)``: chunks of files parsed on a process pool, results in input order.

The parent walks the inputs and submits chunks of files; each worker reads and parses a chunk
and sends back, in order, its Articles and the failures it met (an exception travels as itself:
the library's errors pickle with their attributes).  The parent keeps only a bounded window of
chunks in flight and yields each chunk's outcomes as soon as every earlier chunk's are out, so
the order, the output and the ``on_error`` calls are those of one process, and memory stays flat.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kdiplomacy import _resources
from kdiplomacy.model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["CHUNK_FILES", "parse_on_pool"]

#: Files a worker is given at a time: large enough to amortise the round trip, small enough
#: to keep both cores busy near the end of a batch.
CHUNK_FILES = 8
#: Chunks in flight per worker; bounds how far reading runs ahead of the caller.
_WINDOW_PER_WORKER = 4

#: A chunk's outcome, in input order: an Article, or (where, error) for a failure.
Outcome = Article | tuple[str, Exception]
#: Parses one file into its outcomes (``_parse_file`` bound to the options of the batch).
FileParser = Callable[[Path], list[Outcome]]

_WORKER: dict[str, Any] = {}


def _start_worker(parse_file: FileParser, overlays: list[Path]) -> None:
    for folder in overlays:  # a spawned worker starts without the parent's data overlays
        if folder not in _resources.overlays():
            _resources.add_data_overlay(folder)
    _WORKER["parse_file"] = parse_file


def _parse_chunk(paths: list[Path]) -> list[Outcome]:
    parse_file: FileParser = _WORKER["parse_file"]
    return [outcome for path in paths for outcome in parse_file(path)]


def _chunks(paths: Iterable[Path | tuple[str, Exception]]) -> Iterator[list[Path] | tuple[str, Exception]]:
    """Files in chunks of :data:`CHUNK_FILES`; a failure met while walking keeps its place."""
    chunk: list[Path] = []
    for item in paths:
        if isinstance(item, Path):
            chunk.append(item)
            if len(chunk) == CHUNK_FILES:
                yield chunk
                chunk = []
        else:
            if chunk:
                yield chunk
                chunk = []
            yield item
    if chunk:
        yield chunk


def parse_on_pool(
    paths: Iterable[Path | tuple[str, Exception]], parse_file: FileParser, workers: int
) -> Iterator[Outcome]:
    """The outcomes of ``parse_file`` over ``paths`` (files, or failures already met), in order."""
    import concurrent.futures  # noqa: PLC0415 (only a pool run pays for it)

    window: deque[Future[list[Outcome]] | tuple[str, Exception]] = deque()
    limit = workers * _WINDOW_PER_WORKER
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(parse_file, _resources.overlays())
    ) as pool:
        try:
            for chunk in _chunks(paths):
                window.append(pool.submit(_parse_chunk, chunk) if isinstance(chunk, list) else chunk)
                while len(window) >= limit:
                    yield from _settle(window.popleft())
            while window:
                yield from _settle(window.popleft())
        finally:
            for pending in window:  # the caller stopped early, or an error is on its way up
                if not isinstance(pending, tuple):
                    pending.cancel()


def _settle(item: Future[list[Outcome]] | tuple[str, Exception]) -> list[Outcome]:
    return [item] if isinstance(item, tuple) else item.result()
