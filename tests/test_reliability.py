"""Reliability: damaged real articles never crash, a batch loses no good article, interrupted
writes leave no half-written file, and the same input gives byte-identical output."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kdiplomacy.comparison.corpus as corpus_module
from kdiplomacy import Corpus, KdiplomacyError, cli, parse, parse_many
from kdiplomacy.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REAL = sorted([*SEEDS.glob("*.txt"), *(ROOT / "tests" / "articles").glob("*.txt")])

CONTROL = st.sampled_from(
    ["\x00", "\x07", "\x1b[31m", "\u200b", "\ufeff", "\r", "\x0c", "\u202e", "\ud7ff", "\U0001f600"]
)


@st.composite
def damaged_articles(draw: st.DrawFn) -> str:
    """A real article with lines cut, repeated and shuffled and control characters injected."""
    lines = draw(st.sampled_from(REAL)).read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["cut", "repeat", "swap", "inject", "truncate"]))
        if action == "cut":
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "inject":
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + draw(CONTROL) + lines[at][cut:]
        else:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "\n".join(lines)


@given(damaged_articles())
def test_damaged_real_articles_never_crash(text: str) -> None:
    """The whole pipeline raises nothing but a KdiplomacyError on a damaged real article."""
    try:
        article = parse(text)
    except KdiplomacyError:
        return
    for item in (*article.pledges, *article.quotes):
        assert article.body[item.span.start : item.span.end] == item.text


@given(st.sampled_from(REAL), st.integers(1, 40))
def test_bytes_cut_inside_a_character_never_crash(path: Path, cut: int) -> None:
    """An article whose bytes end inside a UTF-8 sequence is repaired, with a warning."""
    data = path.read_bytes() + "한국".encode()
    with contextlib.suppress(KdiplomacyError):
        parse(data[: len(data) - cut])


def _batch(tmp_path: Path) -> list[Path]:
    good = [tmp_path / f"good{i}.txt" for i in range(3)]
    for path, seed in zip(good, sorted(SEEDS.glob("*.txt")), strict=False):
        path.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    (tmp_path / "folder.txt").mkdir()  # a directory where a file was expected
    return good


def test_a_batch_keeps_every_good_article_and_reports_every_bad_one(tmp_path: Path) -> None:
    good = _batch(tmp_path)
    vanishing = tmp_path / "vanishing.txt"
    vanishing.write_text("SEOUL (Yonhap) -- Seoul and Tokyo agreed to talk.", encoding="utf-8")
    failures: dict[str, str] = {}
    names = [good[0], vanishing, good[1], tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "missing.txt"]
    articles = parse_many(
        [*names, good[2]], on_error=lambda where, exc: failures.setdefault(Path(where).name, str(exc))
    )
    first = next(articles)
    vanishing.unlink()  # the file disappears mid-run
    rest = list(articles)
    assert [Path(a.source or "").name for a in [first, *rest]] == ["good0.txt", "good1.txt", "good2.txt"]
    assert set(failures) == {"vanishing.txt", "empty.txt", "binary.txt", "missing.txt"}
    assert "the input is empty" in failures["empty.txt"]


def test_a_folder_with_a_directory_named_like_a_file_is_read_around_it(tmp_path: Path) -> None:
    _batch(tmp_path)
    failures: list[str] = []
    corpus = Corpus.from_paths([tmp_path], on_error=lambda where, exc: failures.append(Path(where).name))
    assert len(corpus) == 3
    assert sorted(failures) == ["binary.txt", "empty.txt"]


def test_the_cli_exit_code_says_some_inputs_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _batch(tmp_path)
    assert main(["parse", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3
    assert "binary.txt" in captured.err
    assert "empty.txt" in captured.err


def test_an_interrupted_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.jsonl"
    calls = {"n": 0}
    real = cli.to_json

    def failing(article: object) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(article)

    monkeypatch.setattr(cli, "to_json", failing)
    with pytest.raises(KeyboardInterrupt):
        main(["parse", str(SEEDS), "-o", str(target)])
    assert list(tmp_path.iterdir()) == []


def test_corpus_to_jsonl_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = Corpus.from_paths([SEEDS])
    target = tmp_path / "corpus.jsonl"
    corpus.to_jsonl(target)
    before = target.read_bytes()

    def broken(articles: object) -> object:
        yield "{}\n"
        raise OSError("disk full")

    monkeypatch.setattr(corpus_module, "articles_to_jsonl", broken)
    with pytest.raises(OSError, match="disk full"):
        corpus.to_jsonl(target)
    assert target.read_bytes() == before  # the old file stands whole
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.jsonl"]


def _run(seed: str, *argv: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "kdiplomacy", *argv], capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_output_is_byte_identical_across_processes() -> None:
    """Set and dict order never leaks into output: two processes with different hash seeds
    write the same bytes."""
    corpus = str(ROOT / "tests" / "corpus" / "c01_yonhap_gsomia_termination.txt")
    for argv in (("parse", str(SEEDS), corpus), ("report", str(SEEDS), "--format", "json")):
        assert _run("1", *argv) == _run("2", *argv)
