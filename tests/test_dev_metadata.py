"""The parser against the annotated development articles (tests/articles/*.expected.json).

Each field must be right for at least 90% of the articles that the annotators could fill;
the failure message lists every miss.  benchmarks/dev_metadata.py prints the same figures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"
THRESHOLD = 0.9


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_metadata", ROOT / "benchmarks" / "dev_metadata.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_at_least_twenty_annotated_articles_in_varied_formats() -> None:
    sidecars = list(ARTICLES.glob("*.expected.json"))
    assert len(sidecars) >= 20
    formats = {p.suffix for p in ARTICLES.iterdir() if not p.name.endswith(".expected.json")}
    assert {".txt", ".html", ".json", ".jsonl"} <= formats


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, int], int, list[str]]:
    right, total, misses = _scorer().score(ARTICLES)
    return dict(right), total, misses


@pytest.mark.parametrize("field", ["outlet", "aggregator", "headline", "flags", "dateline", "published", "reporters"])
def test_field_accuracy(field: str, scores: tuple[dict[str, int], int, list[str]]) -> None:
    right, total, misses = scores
    share = right.get(field, 0) / total
    field_misses = [m for m in misses if f": {field}: " in m]
    assert share >= THRESHOLD, f"{field}: {share:.0%} right; misses:\n" + "\n".join(field_misses)
