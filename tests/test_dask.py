"""kdiplomacy.dask: a Bag of Articles and DataFrames of the export tables, equal to one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from kdiplomacy import parse_many, to_json
from kdiplomacy.errors import EmptyArticleError
from kdiplomacy.export import COLUMNS, to_pandas

dask = pytest.importorskip("dask")  # in the test extra; skipped only where it is not installed
pd = pytest.importorskip("pandas")

from kdiplomacy.dask import input_files, parse_bag, to_dataframes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_a_bag_of_the_seeds_holds_the_articles_of_one_process_in_order(scheduler: str) -> None:
    bag = parse_bag(SEEDS, files_per_partition=2)
    assert bag.npartitions == 3
    articles = bag.compute(scheduler=scheduler)
    assert [to_json(a) for a in articles] == [to_json(a) for a in parse_many([SEEDS])]


def test_the_dataframes_equal_the_export_tables_of_one_process() -> None:
    frames = to_dataframes(parse_bag(str(SEEDS / "*.txt"), files_per_partition=2))
    assert set(frames) == {"pledges", "relations"}
    expected = to_pandas(parse_many([SEEDS]))
    for table, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[table])
        computed = frame.compute(scheduler="synchronous").reset_index(drop=True)
        assert len(computed) > 0
        pd.testing.assert_frame_equal(computed, expected[table])


def test_every_table_of_the_export_is_available() -> None:
    frames = to_dataframes(parse_bag(SEEDS), tables=list(COLUMNS))
    expected = to_pandas(parse_many([SEEDS]))
    for table, frame in frames.items():
        pd.testing.assert_frame_equal(frame.compute(scheduler="synchronous").reset_index(drop=True), expected[table])


def test_a_glob_is_expanded_sorted_and_recursively() -> None:
    assert input_files(str(ROOT / "**" / "00[0-1]_*.txt")) == [str(p) for p in sorted(SEEDS.glob("00[0-1]_*.txt"))]
    with pytest.raises(FileNotFoundError, match="no file matches"):
        input_files(str(ROOT / "nothing-*.txt"))


def test_failing_files_raise_or_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("SEOUL, Nov. 30 (Yonhap) -- The minister spoke.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    kept = parse_bag(tmp_path, errors="skip").compute(scheduler="synchronous")
    assert [Path(a.source or "").name for a in kept] == ["a.txt"]
    with pytest.raises(EmptyArticleError, match=r"b\.txt: the input is empty"):
        parse_bag(tmp_path).compute(scheduler="synchronous")
