"""``parse_many(..., workers=N)``: a process pool that changes nothing but the speed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kdiplomacy import parse_many, to_json
from kdiplomacy._pool import CHUNK_FILES
from kdiplomacy.cli import main
from kdiplomacy.errors import EmptyArticleError, ParseError, SchemaError, UnsupportedInputError

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "seeds", ROOT / "tests" / "articles"]


def _documents(paths: list[Path | str], workers: int) -> tuple[list[str], list[tuple[str, str, str]]]:
    failures: list[tuple[str, str, str]] = []

    def note(where: str, exc: Exception) -> None:
        failures.append((where, type(exc).__name__, str(exc)))

    documents = [to_json(a) for a in parse_many(paths, on_error=note, workers=workers)]
    return documents, failures


def test_two_workers_give_the_same_documents_in_the_same_order_and_the_same_failures(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    paths: list[Path | str] = [*INPUTS, tmp_path / "empty.txt", tmp_path / "missing.txt", ROOT / "tests" / "holdout"]
    one, one_failures = _documents(paths, workers=1)
    two, two_failures = _documents(paths, workers=2)
    assert len(one) > 4 * CHUNK_FILES  # several chunks, so order across chunks is exercised
    assert two == one
    assert two_failures == one_failures
    assert (
        str(tmp_path / "missing.txt"),
        "FileNotFoundError",
        f"[Errno 2] no such file or folder: '{tmp_path / 'missing.txt'}'",
    ) in (two_failures)


def test_without_on_error_the_first_failure_raises_after_the_articles_before_it(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("SEOUL, Nov. 30 (Yonhap) -- The minister spoke.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\nrest")
    seen: list[str] = []

    def consume() -> None:
        for article in parse_many([tmp_path], workers=2):
            seen.append(Path(article.source or "").name)

    with pytest.raises(UnsupportedInputError) as raised:
        consume()
    assert seen == ["a.txt", "b.txt"]
    assert raised.value.source == str(tmp_path / "c.txt")


def test_stopping_early_leaves_no_work_behind() -> None:
    articles = parse_many(INPUTS, workers=2)
    first = next(articles)
    articles.close()
    assert first.source is not None


@pytest.mark.parametrize(
    "error",
    [
        EmptyArticleError("no text", source="a.txt"),
        ParseError("bad date", source="b.txt", text="line one\nline two", offset=12),
        SchemaError(["$.pledges[0].actor: missing", "$.outlet: not a string"], source="c.jsonl"),
    ],
    ids=["input", "parse", "schema"],
)
def test_errors_cross_processes_unchanged(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_the_command_line_output_is_the_same_with_workers(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["parse", *map(str, INPUTS), "-o", str(one)]) == 1  # the .expected.json sidecars fail
    assert main(["parse", *map(str, INPUTS), "--workers", "2", "-o", str(two)]) == 1
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")


def test_the_command_line_refuses_a_number_of_workers_below_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", str(ROOT / "seeds"), "--workers", "0"])
    assert "1 or more" in capsys.readouterr().err
