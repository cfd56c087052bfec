"""The parser against the annotated development articles (tests/articles/*.expected.json).

Each field must be right for at least 90% of the articles; the publication date must be right
for 90% of the articles that write their date out in full, and — inferred dates included, some
of which take knowledge of events the library does not have — for at least the share measured
when this test was last tightened.  The failure message lists every miss;
benchmarks/dev_metadata.py prints the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"
THRESHOLD = 0.9
#: All publication dates, stated or inferred: a floor against regressions (measured 0.725;
#: raise it as inference improves).
PUBLISHED_FLOOR = 0.7


def test_there_are_at_least_twenty_annotated_articles_in_varied_formats() -> None:
    sidecars = list(ARTICLES.glob("*.expected.json"))
    assert len(sidecars) >= 20
    formats = {p.suffix for p in ARTICLES.iterdir() if not p.name.endswith(".expected.json")}
    assert {".txt", ".html", ".json", ".jsonl"} <= formats


@pytest.fixture(scope="module")
def scores(load_benchmark: Callable[[str], ModuleType]) -> tuple[dict[str, int], int, list[str]]:
    right, total, misses = load_benchmark("dev_metadata").score(ARTICLES)
    return dict(right), total, misses


@pytest.mark.parametrize("field", ["outlet", "aggregator", "headline", "flags", "dateline", "published", "reporters"])
def test_field_accuracy(field: str, scores: tuple[dict[str, int], int, list[str]]) -> None:
    right, total, misses = scores
    share = right.get(field, 0) / total
    floor = PUBLISHED_FLOOR if field == "published" else THRESHOLD
    field_misses = [m for m in misses if f": {field}: " in m]
    assert share >= floor, f"{field}: {share:.0%} right; misses:\n" + "\n".join(field_misses)


def test_stated_dates_are_read(scores: tuple[dict[str, int], int, list[str]]) -> None:
    right, _, misses = scores
    assert right["stated dates"] >= 10
    share = right["stated right"] / right["stated dates"]
    assert share >= THRESHOLD, f"{share:.0%} of written-out dates read; misses:\n" + "\n".join(misses)
