"""The console script: documents out, errors to stderr with the file, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kdiplomacy import SCHEMA_VERSION, Article, from_dict
from kdiplomacy.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_parse_seeds_writes_one_document_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    documents = [json.loads(line) for line in lines]
    assert all(d["schema_version"] == SCHEMA_VERSION for d in documents)
    assert [Path(d["source"]).name for d in documents] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(isinstance(from_dict(Article, d), Article) for d in documents)


def test_json_format_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "seeds.json"
    assert main(["parse", str(SEEDS), "--format", "json", "-o", str(target)]) == 0
    documents = json.loads(target.read_text(encoding="utf-8"))
    assert len(documents) == 5
    assert not list(target.parent.glob(".seeds.json.*"))  # no temporary file left behind


def test_bad_files_are_reported_and_good_ones_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("SEOUL, Nov. 30 (Yonhap) -- The minister spoke.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\nrest")
    code = main(["parse", str(tmp_path), str(tmp_path / "missing.txt")])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.splitlines()) == 1
    assert "empty.txt: the input is empty" in captured.err
    assert "image.txt: this is a PNG image, not text" in captured.err
    assert "missing.txt" in captured.err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class FakeStdin:
        buffer = __import__("io").BytesIO(b"SEOUL, Nov. 30 (Yonhap) -- The minister spoke.")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["outlet"] == "Yonhap"


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse"])
    assert info.value.code == 2


def test_parsers_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parsers"]) == 0
    assert "generic" in capsys.readouterr().out.split()


def test_console_script_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kdiplomacy", "parse", str(SEEDS / "000_62ea2c880c2ac5b0.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outlet"] == "Yonhap"
