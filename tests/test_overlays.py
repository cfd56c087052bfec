"""Users extend the bundled tables with files of their own."""

from __future__ import annotations

import datetime as dt
import runpy
from collections.abc import Iterator
from pathlib import Path

import pytest

import kdiplomacy
from kdiplomacy import Country

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def overlay(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    kdiplomacy.clear_data_overlays()


def test_an_overlay_extends_a_table_and_clearing_restores_it(overlay: Path) -> None:
    assert Country.resolve("Hermit Kingdom") is None
    (overlay / "country_aliases.tsv").write_text("code\talias\tkind\nKP\tHermit Kingdom\tmetonym\n", encoding="utf-8")
    kdiplomacy.add_data_overlay(overlay)
    assert Country.resolve("Hermit Kingdom") == Country("KP")
    assert Country.resolve("Seoul") == Country("KR")  # the bundled rows are still there
    kdiplomacy.clear_data_overlays()
    assert Country.resolve("Hermit Kingdom") is None


def test_overlaid_cue_words_change_extraction(overlay: Path) -> None:
    text = "SEOUL, Nov. 30 (Yonhap) -- South Korea endeavours to deepen ties with Japan, the ministry said."
    assert not kdiplomacy.parse(text).pledges
    (overlay / "pledge_cues.tsv").write_text("cue\tmodality\nendeavours to\tseek\n", encoding="utf-8")
    kdiplomacy.add_data_overlay(overlay)
    (pledge,) = kdiplomacy.parse(text).pledges
    assert pledge.modality is kdiplomacy.Modality.SEEK
    assert pledge.counterparts == (Country("JP"),)


def test_an_overlay_must_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        kdiplomacy.add_data_overlay(tmp_path / "missing")


def test_the_overlay_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "data_overlay.py"), run_name="__main__")
    printed = capsys.readouterr().out
    assert "outlet: Peninsula Wire" in printed
    assert "'KP'" in printed
    assert "('Ri Chol-jin', 'KP')" in printed
    assert Country.resolve("Hermit Kingdom") is None  # the example cleaned up after itself


def test_a_gazetteer_knows_who_held_an_office_on_a_day() -> None:
    (kang,) = kdiplomacy.default_gazetteer().get("Kang Kyung-hwa")
    office = kang.office_on(dt.date(2020, 11, 30))
    assert office is not None
    assert office.canonical == "foreign minister"
    assert kang.office_on(dt.date(2010, 1, 1)) is None
