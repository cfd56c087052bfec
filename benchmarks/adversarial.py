"""Seconds per megabyte for hostile input classes next to ordinary news (linear-time check).

Each hostile class is one document of a repeated unit, parsed at two sizes; a class whose cost
per MB grows with size is super-linear.  Ordinary news is the seeds and the development
articles, each parsed as the article it is (a story repeated into one megabyte would be
cheap: its repeated paragraphs are dropped).  "x news" is a class's cost per MB at the larger
size over that of ordinary news.  Figures are medians of three runs; the machines are shared,
so read ratios, not absolutes.

    python benchmarks/adversarial.py [--mb 0.3]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

from kdiplomacy import KdiplomacyError, parse

ROOT = Path(__file__).resolve().parent.parent
NEWS = [p for folder in ("seeds", "tests/articles") for p in sorted((ROOT / folder).glob("*.txt"))]

#: One repeating unit per hostile class.
CLASSES = {
    "spaces": " ",
    "hyphens": "-",
    "capitals": "ABCDEF ",
    "Kim Kim Kim": "Kim ",
    "brackets": "[",
    "quotes": '"',
    "parentheses": "(",
    "dots": ". ",
    "digits": "2020-11-26 ",
    "title words": "Foreign Minister Vice ",
    "dateline prefix": "SEOUL, Nov. 30 (Yonhap) -- ",
    "e-mail-like": "a.b-c+",
    "nested tags": "<div>",
}


def seconds_per_mb(unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(KdiplomacyError):
            parse(text, max_bytes=size * 4 + 16)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) / (size / 1e6)


def news_seconds_per_mb() -> float:
    """Seconds per MB of ordinary news, each article parsed on its own."""
    texts = [path.read_text(encoding="utf-8") for path in NEWS]
    size = sum(len(text.encode("utf-8")) for text in texts)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            parse(text)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) / (size / 1e6)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=0.3, help="the larger size, in MB (default 0.3)")
    args = options.parse_args()
    large = int(args.mb * 1e6)
    small = large // 4
    news = news_seconds_per_mb()
    print(f"{'class':<16} {'s/MB small':>10} {'s/MB large':>10} {'x news':>7}")
    print(f"{'ordinary news':<16} {'':>10} {news:>10.2f} {1.0:>7.1f}")
    for name, unit in CLASSES.items():
        at_small, at_large = seconds_per_mb(unit, small), seconds_per_mb(unit, large)
        print(f"{name:<16} {at_small:>10.2f} {at_large:>10.2f} {at_large / news:>7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
