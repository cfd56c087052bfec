"""The ``kdiplomacy`` console script.

Exit codes: 0 everything read; 1 some inputs failed (each reported on stderr, every good one
still written); 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kdiplomacy import __version__
from kdiplomacy.api import parse_document, parse_many
from kdiplomacy.errors import KdiplomacyError
from kdiplomacy.model import Article
from kdiplomacy.parsers import ParseOptions, available_parsers
from kdiplomacy.read import read_documents
from kdiplomacy.serialize import to_json

__all__ = ["main"]

EXAMPLES = """examples:
  kdiplomacy parse seeds/                 one JSON document per line for every article in seeds/
  kdiplomacy parse story.txt --format json -o story.json
  cat story.txt | kdiplomacy parse -      read one article from standard input
"""


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kdiplomacy",
        description="Turn English-language news about South Korea's foreign relations into typed data.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    top.add_argument("--version", action="version", version=f"kdiplomacy {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse articles into interchange documents (JSON Lines by default)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (.txt .html .json .jsonl); - for stdin"
    )
    parse.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="jsonl (default) or one JSON array")
    parse.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    parse.add_argument("--parser", metavar="NAME", help="force a parser (see `kdiplomacy parsers`)")
    parse.add_argument(
        "--reference-date", metavar="YYYY[-MM[-DD]]", help="the articles are on or up to a year before this date"
    )

    commands.add_parser("parsers", help="list the registered parsers")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "parsers":
        for name in available_parsers():
            print(name)
        return 0
    return _parse_command(args)


def _parse_command(args: argparse.Namespace) -> int:
    failures: list[tuple[str, Exception]] = []

    def report(where: str, exc: Exception) -> None:
        failures.append((where, exc))
        reason = exc.reason if isinstance(exc, KdiplomacyError) and hasattr(exc, "reason") else str(exc)
        print(f"kdiplomacy: {where}: {reason}", file=sys.stderr)

    try:
        articles = _articles(args, report)
        if args.output:
            _write_atomically(Path(args.output), articles, args.format)
        else:
            _write(sys.stdout, articles, args.format)
    except KdiplomacyError as exc:
        print(f"kdiplomacy: {exc}", file=sys.stderr)
        return 2
    return 1 if failures else 0


def _articles(args: argparse.Namespace, report: object) -> Iterator[Article]:
    assert callable(report)
    options = ParseOptions()
    files = [p for p in args.paths if p != "-"]
    if "-" in args.paths:
        data = sys.stdin.buffer.read()
        try:
            for document in read_documents(data, name="<stdin>"):
                yield parse_document(document, parser=args.parser, options=options)
        except KdiplomacyError as exc:
            report("<stdin>", exc)
    yield from parse_many(files, parser=args.parser, reference_date=args.reference_date, on_error=report)


def _write(stream: TextIO, articles: Iterator[Article], form: str) -> None:
    if form == "jsonl":
        for article in articles:
            stream.write(to_json(article) + "\n")
        return
    stream.write("[")
    for index, article in enumerate(articles):
        stream.write(("," if index else "") + "\n" + to_json(article))
    stream.write("\n]\n")


def _write_atomically(target: Path, articles: Iterator[Article], form: str) -> None:
    """Write to a temporary file beside ``target``, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            _write(stream, articles, form)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
