"""How the command line writes: aligned tables for people, JSON, JSON Lines and CSV for
programs, atomically to a file when asked, and a progress line on a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

__all__ = ["Progress", "output", "render"]

Row = dict[str, Any]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:+.2f}"
    if isinstance(value, list | tuple):
        return "; ".join(_cell(item) for item in value)
    return str(value)


def table(rows: Sequence[Row], columns: Sequence[str], *, width: int = 60) -> str:
    """Rows as an aligned text table with a header; long cells cut to ``width`` characters."""
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    cells = [[text if len(text) <= width else text[: width - 1] + "…" for text in line] for line in cells]
    widths = [max([len(column), *(len(line[i]) for line in cells)]) for i, column in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells)
    return "\n".join(lines) + "\n"


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def render(rows: Sequence[Row], columns: Sequence[str], form: str) -> str:
    """Rows in one of the formats ``table``, ``json``, ``jsonl`` or ``csv``."""
    if form == "table":
        return table(rows, columns) if rows else "(nothing found)\n"
    if form == "json":
        return json.dumps([{k: _plain(v) for k, v in row.items()} for row in rows], ensure_ascii=False, indent=2) + "\n"
    if form == "jsonl":
        return "".join(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n" for row in rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) if isinstance(v, list | tuple) else v for k, v in row.items()} for row in rows)
    return buffer.getvalue()


@contextmanager
def output(target: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written atomically (a temporary file renamed into place
    when the command finishes, removed if it fails)."""
    if target is None:
        yield sys.stdout
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class Progress:
    """A progress bar on standard error, only on a terminal and not under CI.

    With ``total`` (the number of input files) it draws ``[#####.....] 12/40 files, 15
    articles``; without, a count of articles.  An article's file is its ``source`` up to a
    ``:line`` suffix, so the records of one JSON Lines file count as one file.
    """

    WIDTH = 24

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, total: int | None = None) -> None:
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = self.stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled
        self.total = total
        self.count = 0
        self.files: set[str] = set()

    def line(self) -> str:
        """The text of the bar as it stands."""
        if not self.total:
            return f"read {self.count} articles"
        done = min(len(self.files), self.total)
        filled = round(self.WIDTH * done / self.total)
        return f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} files, {self.count} articles"

    def step(self, source: str = "") -> None:
        """Count one more article, read from ``source``."""
        self.count += 1
        self.files.add(source.rsplit(":", 1)[0] if source[-1:].isdigit() else source)
        if self.enabled and (self.count < 50 or self.count % 25 == 0):
            self.stream.write(f"\r  {self.line()}")
            self.stream.flush()

    def done(self) -> None:
        """Clear the line."""
        if self.enabled and self.count:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()

    def counting(self, items: Iterator[Any], source: Callable[[Any], str] = lambda item: "") -> Iterator[Any]:
        """Pass ``items`` through, counting each."""
        for item in items:
            self.step(source(item))
            yield item
        self.done()
