"""Tables out: CSV and DataFrames with the documented columns, keyed by article id."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from kdiplomacy import Corpus, MissingExtraError
from kdiplomacy.export import COLUMNS, tables, to_pandas, write_csv

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_paths([SEEDS])


def test_tables_have_the_documented_columns_and_one_row_per_item(corpus: Corpus) -> None:
    found = tables(corpus)
    assert set(found) == set(COLUMNS)
    for name, records in found.items():
        assert all(tuple(record) == COLUMNS[name] for record in records), name
    assert len(found["articles"]) == len(corpus)
    assert len(found["pledges"]) == sum(len(a.pledges) for a in corpus)
    assert len(found["relations"]) == sum(len(a.relations) for a in corpus)
    assert len(found["actors"]) == sum(len(a.actors) for a in corpus)


def test_csv_round_trips_the_cells(corpus: Corpus, tmp_path: Path) -> None:
    paths = write_csv(corpus, tmp_path)
    with paths["pledges"].open(encoding="utf-8", newline="") as stream:
        read = list(csv.DictReader(stream))
    written = tables(corpus)["pledges"]
    assert [r["text"] for r in read] == [r["text"] for r in written]
    assert [int(r["start"]) for r in read] == [r["start"] for r in written]
    assert not list(tmp_path.glob(".*"))  # no temporary files left


def test_corpus_to_pandas(corpus: Corpus) -> None:
    frames = corpus.to_pandas()
    assert list(frames["relations"].columns) == list(COLUMNS["relations"])
    kr_ru = frames["relations"][frames["relations"]["pair"] == "KR-RU"]
    assert sorted(kr_ru["published"]) == ["2021-01-21", "2024"]
    assert frames["articles"]["article_id"].is_unique


def test_missing_extra_names_the_install_command(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'kdiplomacy\[pandas\]'"):
        to_pandas(corpus)
