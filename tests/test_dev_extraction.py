"""Extraction quality on the annotated development articles must not fall below the figures
measured when these floors were set (benchmarks/dev_extraction.py prints the same figures)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Floors, a little under the F1 measured when they were set (persons 0.988, their states 0.986,
#: states 0.973, relations 0.829, pledges 0.822).  Raise them as extraction improves.
FLOORS = {"persons": 0.97, "person countries": 0.97, "states": 0.95, "relations": 0.81, "pledges": 0.80}
#: The issue's bars for unseen news, held over the held-out sets together as a regression guard
#: (they were measured blind once; see the README).  Not a target to tune to.
HELD_OUT_BARS = {"persons": 0.90, "person countries": 0.90, "states": 0.90, "relations": 0.75, "pledges": 0.70}


@pytest.fixture(scope="module")
def tallies(load_benchmark: Callable[[str], ModuleType]) -> dict[str, Any]:
    return dict(load_benchmark("dev_extraction").score(ROOT / "tests" / "articles"))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_stays_above_its_floor(field: str, tallies: dict[str, Any]) -> None:
    precision, recall, f1 = tallies[field].figures()
    assert f1 >= FLOORS[field], f"{field}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} < {FLOORS[field]}"


@pytest.fixture(scope="module")
def held_out(load_benchmark: Callable[[str], ModuleType], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("held-out")
    for source in ("holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7"):
        for path in (ROOT / "tests" / source).iterdir():
            (folder / path.name).write_bytes(path.read_bytes())
    return dict(load_benchmark("dev_extraction").score(folder))


@pytest.mark.parametrize("field", sorted(HELD_OUT_BARS))
def test_held_out_f1_stays_above_the_bar(field: str, held_out: dict[str, Any]) -> None:
    precision, recall, f1 = held_out[field].figures()
    assert f1 >= HELD_OUT_BARS[field], f"{field}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} < {HELD_OUT_BARS[field]}"
