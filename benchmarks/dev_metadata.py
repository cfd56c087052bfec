"""Metadata accuracy over the development articles in tests/articles/.

For every article with a ``.expected.json`` sidecar, parse it and compare outlet, aggregator,
headline, flags, dateline, published date and reporters with the annotation.  Prints the share
right per field and lists the misses.

    python benchmarks/dev_metadata.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kdiplomacy import Article, KdiplomacyError, fold_name, parse_many
from kdiplomacy.parsers._outlets import outlets

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "articles"
FIELDS = ("outlet", "aggregator", "headline", "flags", "dateline", "published", "reporters")


def _norm(text: str | None) -> str | None:
    return re.sub(r"\W+", " ", text).strip().casefold() if text else None


def observed(article: Article) -> dict[str, Any]:
    """The fields of an Article in the sidecar's terms."""
    return {
        "outlet": article.outlet,
        "aggregator": article.aggregator,
        "headline": _norm(article.headline),
        "flags": sorted(article.flags),
        "dateline": article.dateline.city if article.dateline else None,
        "published": str(article.published) if article.published else None,
        "reporters": sorted(fold_name(r.name) for r in article.reporters),
    }


def _outlet_name(name: str | None) -> str | None:
    """An annotated outlet under the name the library's outlet table gives it ("The Korea
    Herald" is "Korea Herald"), or as written when the table does not know it."""
    known = outlets().get(name) if name else None
    return known.name if known is not None else name


def expected(record: dict[str, Any]) -> dict[str, Any]:
    """The same fields from a sidecar record."""
    return {
        "outlet": _outlet_name(record.get("outlet")),
        "aggregator": _outlet_name(record.get("aggregator")),
        "headline": _norm(record.get("headline")),
        "flags": sorted(record.get("flags") or []),
        "dateline": record.get("dateline"),
        "published": record.get("published"),
        "reporters": sorted(fold_name(n) for n in record.get("reporters") or []),
    }


_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def states_its_date(raw: str, iso: str | None) -> bool:
    """Whether the raw article writes its day-precision date out in full (with the year), in
    any common form: 2020-11-26, 26-11-2020, 2020.11.26, Nov. 26, 2020, 26 November 2020."""
    if not iso or len(iso) != 10:
        return False
    year, month, day = iso.split("-")
    m, d = int(month), int(day)
    lowered = raw.casefold()
    numeric = [
        f"{year}-{month}-{day}",
        f"{year}.{month}.{day}",
        f"{year}/{month}/{day}",
        f"{day}-{month}-{year}",
        f"{day}.{month}.{year}",
        f"{day}/{month}/{year}",
        f"{year}.{m}.{d}",
        f"{year}-{m}-{d}",
    ]
    if any(form in raw for form in numeric):
        return True
    name = _MONTH_NAMES[m - 1]
    return bool(
        re.search(rf"\b{name}[a-z]*\.? {d}(?:st|nd|rd|th)?,? {year}\b|\b{d} {name}[a-z]*\.?,? {year}\b", lowered)
    )


def pairs(folder: Path = ARTICLES) -> Iterator[tuple[str, dict[str, Any], dict[str, Any] | None]]:
    """(source, expected, observed-or-None) for every annotated article in ``folder``."""
    for sidecar in sorted(folder.glob("*.expected.json")):
        stem = sidecar.name.removesuffix(".expected.json")
        (article_path,) = [p for p in folder.glob(f"{stem}.*") if p != sidecar]
        records = json.loads(sidecar.read_text(encoding="utf-8"))
        records = records if isinstance(records, list) else [records]
        failures: list[str] = []

        def report(where: str, exc: Exception, failures: list[str] = failures) -> None:
            failures.append(f"{where}: {exc}")

        articles = list(parse_many([article_path], on_error=report))
        if failures:
            print("\n".join(failures), file=sys.stderr)
        raw = article_path.read_text(encoding="utf-8", errors="replace")
        for index, record in enumerate(records):
            got = observed(articles[index]) if index < len(articles) else None
            want = expected(record)
            want["stated"] = states_its_date(raw, record.get("published"))
            yield f"{article_path.name}#{index}" if len(records) > 1 else article_path.name, want, got


def score(folder: Path = ARTICLES) -> tuple[Counter[str], int, list[str]]:
    """Right answers per field, the number of articles, and the misses."""
    right: Counter[str] = Counter()
    misses: list[str] = []
    total = 0
    for name, want, got in pairs(folder):
        total += 1
        if want["stated"]:
            right["stated dates"] += 1
            if got is not None and got["published"] == want["published"]:
                right["stated right"] += 1
        for field in FIELDS:
            if got is not None and got[field] == want[field]:
                right[field] += 1
            else:
                misses.append(f"{name}: {field}: expected {want[field]!r}, got {got[field] if got else 'FAILED'!r}")
    return right, total, misses


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--verbose", action="store_true", help="list every miss")
    options.add_argument("--folder", type=Path, default=ARTICLES, help="annotated articles (default: tests/articles)")
    args = options.parse_args()
    try:
        right, total, misses = score(args.folder)
    except KdiplomacyError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{total} annotated articles in {args.folder}")
    for field in FIELDS:
        print(f"  {field:<11} {right[field]:>3}/{total}  {right[field] / total:6.1%}")
    stated = right["stated dates"]
    if stated:
        share = right["stated right"] / stated
        print(f"  published, where the article writes its date out: {right['stated right']}/{stated}  {share:6.1%}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
