"""The ``kdiplomacy`` console script.

Subcommands read files, folders, JSON Lines (raw records or interchange documents) or ``-``
for standard input.  Exit codes: 0 everything read; 1 some inputs failed (each reported on
stderr with its file and reason, every good one still used); 2 a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from kdiplomacy import __version__
from kdiplomacy._cli_output import Progress, output, render
from kdiplomacy.api import iter_input_files, parse_document, parse_many
from kdiplomacy.comparison import Corpus, compare, near_duplicates, relation_timeline
from kdiplomacy.errors import KdiplomacyError
from kdiplomacy.export import pledge_row, relation_row, write_csv, write_parquet
from kdiplomacy.model import Article, Country
from kdiplomacy.parsers import ParseOptions, available_parsers, get_parser
from kdiplomacy.read import read_documents
from kdiplomacy.report import build_report
from kdiplomacy.serialize import articles_from_jsonl, to_json

__all__ = ["main"]

USAGE_ERROR, SOME_FAILED = 2, 1

EXAMPLES = {
    "report": "example:\n  kdiplomacy report seeds/",
    "parse": "examples:\n  kdiplomacy parse seeds/ -o seeds.jsonl\n  cat story.txt | kdiplomacy parse -",
    "pledges": "examples:\n  kdiplomacy pledges seeds/ --actor KR --counterpart RU\n"
    "  kdiplomacy pledges seeds/ --modality vow --modality will --since 2021 --format csv",
    "relations": "example:\n  kdiplomacy relations seeds/ --pair KR-JP --format json",
    "timeline": "examples:\n  kdiplomacy timeline seeds/ --pair KR-RU\n"
    "  kdiplomacy timeline seeds/ --pair KR-RU --pair KR-JP --plot tone.png",
    "compare": "example:\n  kdiplomacy compare seeds/000_62ea2c880c2ac5b0.txt seeds/004_81e5f2349d1e80af.txt",
    "dupes": "example:\n  kdiplomacy dupes folder/ --format csv -o dupes.csv",
    "export": "example:\n  kdiplomacy export seeds/ --to tables/   (articles, actors, relations and pledges .csv)",
    "parsers": "example:\n  kdiplomacy parsers",
}


def _pair(text: str) -> tuple[str, str]:
    parts = text.upper().replace("–", "-").split("-")
    try:
        codes = tuple(Country(part).code for part in parts)
    except KdiplomacyError:
        raise argparse.ArgumentTypeError(f"{text!r}: not a pair of ISO alpha-2 codes like KR-RU") from None
    if len(codes) != 2 or codes[0] == codes[1]:
        raise argparse.ArgumentTypeError(f"{text!r}: a pair is two distinct codes, like KR-RU")
    return codes[0], codes[1]


def _country(text: str) -> str:
    try:
        return Country(text.upper()).code
    except KdiplomacyError:
        raise argparse.ArgumentTypeError(f"{text!r}: not an ISO 3166-1 alpha-2 code (KR, US, CN ...)") from None


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: the number of processes is a whole number, 1 or more")
    return count


def _inputs(command: argparse.ArgumentParser, *, many: bool = True) -> None:
    command.add_argument("paths", nargs="+" if many else 2, metavar="PATH", help="files or folders; - for stdin")
    command.add_argument("--parser", metavar="NAME", help="force a parser (see `kdiplomacy parsers`)")
    command.add_argument(
        "--reference-date", metavar="YYYY[-MM[-DD]]", help="the articles are on or up to a year before this"
    )
    command.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="parse on N processes (default 1; output is the same)"
    )


def _outputs(command: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    command.add_argument("--format", choices=formats, default=formats[0], help=f"output format (default {formats[0]})")
    command.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of to stdout")


def _dates(command: argparse.ArgumentParser) -> None:
    command.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="only articles dated on or after this")
    command.add_argument("--until", metavar="YYYY[-MM[-DD]]", help="only articles dated on or before this")


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kdiplomacy",
        description="Turn English-language news about South Korea's foreign relations into typed data.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit codes: 0 all inputs read, 1 some inputs failed (reported on stderr), 2 usage error\n\n"
        + EXAMPLES["report"],
    )
    top.add_argument("--version", action="version", version=f"kdiplomacy {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    report = command("report", "a readable summary: outlets, dates, people, country pairs, open pledges, duplicates")
    _inputs(report)
    _outputs(report, ["text", "json"])

    parse = command("parse", "parse articles into interchange documents (JSON Lines by default)")
    _inputs(parse)
    _outputs(parse, ["jsonl", "json"])

    pledges = command("pledges", "a table of pledges, filtered")
    _inputs(pledges)
    pledges.add_argument("--actor", type=_country, metavar="CC", help="made by this state")
    pledges.add_argument("--counterpart", type=_country, metavar="CC", help="directed at this state")
    pledges.add_argument("--modality", action="append", metavar="M", help="will, vow, call, warn ... (repeatable)")
    pledges.add_argument("--speaker", metavar="NAME", help="voiced by this person (any romanisation)")
    _dates(pledges)
    _outputs(pledges, ["table", "json", "jsonl", "csv"])

    relations = command("relations", "a table of bilateral relations, filtered")
    _inputs(relations)
    relations.add_argument("--pair", type=_pair, metavar="CC-CC", help="only this pair (either order)")
    relations.add_argument("--country", type=_country, metavar="CC", help="only pairs with this state")
    _dates(relations)
    _outputs(relations, ["table", "json", "jsonl", "csv"])

    timeline = command("timeline", "one pair's framing and tone over time, and its largest shifts")
    _inputs(timeline)
    timeline.add_argument("--pair", type=_pair, action="append", required=True, metavar="CC-CC", help="repeatable")
    timeline.add_argument("--plot", metavar="FILE.png|svg", help="also draw tone over time (needs the plot extra)")
    _outputs(timeline, ["table", "json", "jsonl", "csv"])

    diff = command("compare", "what changed between two articles")
    _inputs(diff, many=False)
    _outputs(diff, ["text", "json"])

    dupes = command("dupes", "groups of near-duplicate stories")
    _inputs(dupes)
    _outputs(dupes, ["table", "json", "jsonl", "csv"])

    export = command("export", "write the articles, actors, relations and pledges tables")
    _inputs(export)
    export.add_argument("--to", required=True, metavar="FOLDER", help="the folder to write the tables into")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv", help="csv (default) or parquet")

    parsers = command("parsers", "list the registered parsers")
    parsers.add_argument("--format", choices=["table", "json"], default="table")
    return top


class _Failures:
    """Inputs that failed: each reported on stderr as it happens."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, where: str, exc: Exception) -> None:
        self.count += 1
        # The path is printed once: our errors carry a reason, the OS's a strerror.
        reason = getattr(exc, "reason", None) or (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        print(f"kdiplomacy: {where}: {reason}", file=sys.stderr)


def _read_stdin(args: argparse.Namespace, failures: _Failures) -> Iterator[Article]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:4096]
    try:
        if head.startswith(b"{") and b'"schema_version"' in head.split(b"\n", 1)[0]:
            yield from articles_from_jsonl(data.decode("utf-8-sig").splitlines(), source="<stdin>")
            return
        for document in read_documents(data, name="<stdin>"):
            yield parse_document(document, parser=args.parser, options=ParseOptions())
    except KdiplomacyError as exc:
        failures("<stdin>", exc)


def _articles(args: argparse.Namespace, failures: _Failures) -> Iterator[Article]:
    if "-" in args.paths:
        yield from _read_stdin(args, failures)
    files = [p for p in args.paths if p != "-"]
    if args.command == "parse":
        yield from parse_many(
            files, parser=args.parser, reference_date=args.reference_date, on_error=failures, workers=args.workers
        )
    else:
        yield from Corpus.from_paths(
            files, on_error=failures, parser=args.parser, reference_date=args.reference_date, workers=args.workers
        )


def _progress(args: argparse.Namespace) -> Progress:
    """A progress bar over the input files (counted cheaply, without reading them)."""
    progress = Progress()
    if progress.enabled:
        total = 0
        for path in args.paths:
            if path != "-":
                with contextlib.suppress(OSError):
                    total += sum(1 for _ in iter_input_files([path]))
        progress.total = total or None
    return progress


def _corpus(args: argparse.Namespace, failures: _Failures) -> Corpus:
    return Corpus(_progress(args).counting(_articles(args, failures), lambda a: a.source or ""))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    top = _parser()
    args = top.parse_args(argv)
    if getattr(args, "parser", None):
        try:
            get_parser(args.parser)
        except KdiplomacyError as exc:
            top.error(str(exc))
    failures = _Failures()
    try:
        code = COMMANDS[args.command](args, failures)
    except KdiplomacyError as exc:
        print(f"kdiplomacy: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except ValueError as exc:  # a date or pair the user gave that the library refuses
        print(f"kdiplomacy: {exc}", file=sys.stderr)
        return USAGE_ERROR
    return code or (SOME_FAILED if failures.count else 0)


# -- the commands -------------------------------------------------------------------------------
def _parse(args: argparse.Namespace, failures: _Failures) -> int:
    articles = _progress(args).counting(_articles(args, failures), lambda a: a.source or "")
    with output(args.output) as stream:
        if args.format == "jsonl":
            for article in articles:
                stream.write(to_json(article) + "\n")
        else:
            stream.write("[")
            for index, article in enumerate(articles):
                stream.write(("," if index else "") + "\n" + to_json(article))
            stream.write("\n]\n")
    return 0


def _report(args: argparse.Namespace, failures: _Failures) -> int:
    report = build_report(_corpus(args, failures))
    with output(args.output) as stream:
        if args.format == "json":
            stream.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(report.to_text())
    return 0


def _write_rows(args: argparse.Namespace, rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    with output(args.output) as stream:
        stream.write(render(rows, columns, args.format))


def _pledges(args: argparse.Namespace, failures: _Failures) -> int:
    corpus = _corpus(args, failures)
    found = corpus.pledges(
        actor=args.actor,
        counterpart=args.counterpart,
        modality=args.modality,
        speaker=args.speaker,
        start=args.since,
        end=args.until,
    )
    rows = [{"source": item.article.source or "", **pledge_row(item.article, item.pledge)} for item in found]
    _write_rows(args, rows, ["published", "actor", "modality", "counterparts", "speaker", "text", "source"])
    return 0


def _relations(args: argparse.Namespace, failures: _Failures) -> int:
    corpus = _corpus(args, failures)
    found = corpus.relations(args.pair, country=args.country, start=args.since, end=args.until)
    rows = [
        {
            "source": item.article.source or "",
            "outlet": item.article.outlet or "",
            **relation_row(item.article, item.relation),
        }
        for item in found
    ]
    _write_rows(args, rows, ["published", "pair", "tone", "framing", "topics", "outlet", "source"])
    return 0


def _timeline(args: argparse.Namespace, failures: _Failures) -> int:
    corpus = _corpus(args, failures)
    timelines = [relation_timeline(corpus, *pair) for pair in args.pair]
    if args.plot:
        from kdiplomacy.plot import plot_timelines  # noqa: PLC0415 (needs the plot extra)

        plot_timelines(timelines, args.plot)
    if args.format == "table":
        with output(args.output) as stream:
            stream.write("\n".join(t.summary() for t in timelines) + "\n")
        return 0
    rows = [
        {
            "pair": timeline.pair,
            "published": str(point.published) if point.published else "",
            "outlet": point.outlet or "",
            "tone": point.tone,
            "framing": list(point.framing),
            "lines": list(point.lines),
            "pledges": len(point.pledges),
            "source": point.article.source or "",
        }
        for timeline in timelines
        for point in timeline.points
    ]
    _write_rows(args, rows, list(rows[0]) if rows else ["pair"])
    return 0


def _compare(args: argparse.Namespace, failures: _Failures) -> int:
    first, second = ([*_articles(argparse.Namespace(**{**vars(args), "paths": [p]}), failures)] for p in args.paths)
    if len(first) != 1 or len(second) != 1:
        if failures.count:
            return SOME_FAILED
        print("kdiplomacy: compare takes two single articles", file=sys.stderr)
        return USAGE_ERROR
    diff = compare(first[0], second[0])
    with output(args.output) as stream:
        if args.format == "json":
            stream.write(json.dumps(_diff_dict(diff), ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(diff.summary() + "\n")
    return 0


def _diff_dict(diff: Any) -> dict[str, Any]:
    return {
        "a": diff.a.source or diff.a.id,
        "b": diff.b.source or diff.b.id,
        "empty": diff.is_empty,
        "actors_only_a": [a.name for a in diff.actors_only_a],
        "actors_only_b": [a.name for a in diff.actors_only_b],
        "actors_both": [a.name for a, _ in diff.actors_both],
        "relations_only_a": [r.pair for r in diff.relations_only_a],
        "relations_only_b": [r.pair for r in diff.relations_only_b],
        "relation_changes": [
            {
                "pair": c.pair,
                "tone_before": c.before.tone,
                "tone_after": c.after.tone,
                "framing_gained": list(c.framing_gained),
                "framing_lost": list(c.framing_lost),
            }
            for c in diff.relation_changes
        ],
        "pledges_only_a": [p.text for p in diff.pledges_only_a],
        "pledges_only_b": [p.text for p in diff.pledges_only_b],
        "pledges_both": [[p.text, q.text] for p, q in diff.pledges_both],
    }


def _dupes(args: argparse.Namespace, failures: _Failures) -> int:
    corpus = _corpus(args, failures)
    rows = []
    for number, group in enumerate(near_duplicates(corpus), start=1):
        for article in sorted(group, key=lambda a: a.source or a.id):
            rows.append(
                {
                    "group": number,
                    "source": article.source or article.id,
                    "outlet": article.outlet or "",
                    "published": str(article.published) if article.published else "",
                    "headline": article.headline or "",
                }
            )
    _write_rows(args, rows, ["group", "source", "outlet", "published", "headline"])
    return 0


def _export(args: argparse.Namespace, failures: _Failures) -> int:
    corpus = _corpus(args, failures)
    written = write_parquet(corpus, args.to) if args.format == "parquet" else write_csv(corpus, args.to)
    for path in written.values():
        print(path)
    return 0


def _parsers(args: argparse.Namespace, failures: _Failures) -> int:
    names = available_parsers()
    print(json.dumps(names) if args.format == "json" else "\n".join(names))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, _Failures], int]] = {
    "report": _report,
    "parse": _parse,
    "pledges": _pledges,
    "relations": _relations,
    "timeline": _timeline,
    "compare": _compare,
    "dupes": _dupes,
    "export": _export,
    "parsers": _parsers,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
