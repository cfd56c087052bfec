"""Every subcommand on seeds/: what it prints, in each format, and how it fails."""

from __future__ import annotations

import csv
import io
import json
import struct
from pathlib import Path

import pandas as pd
import pytest

from kdiplomacy import Corpus, relation_timeline
from kdiplomacy._cli_output import Progress
from kdiplomacy.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
S000 = str(next(SEEDS.glob("000_*.txt")))
S004 = str(next(SEEDS.glob("004_*.txt")))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_prints_the_seeds_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "report", str(SEEDS))
    assert code == 0, err
    assert out.startswith("5 articles\n")
    assert "outlets: Yonhap 2," in out
    assert "dates: 2020-11-26 to 2024; 1 undated" in out
    assert "Kang Kyung-wha, Foreign Minister (KR)" in out
    assert "KR-RU: 2; +0.40 -> " in out
    assert "[pending] KR+CN: S.Korea, China top diplomats vow to work on Xi visit" in out
    assert "Duplicate stories: 0" in out


def test_report_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "report", str(SEEDS), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["articles"] == 5
    assert data["dates"] == {"first": "2020-11-26", "last": "2024", "undated": 1}
    assert {p["pair"] for p in data["pairs"]} >= {"KR-US", "KR-RU", "JP-KR", "CN-KR"}
    (xi,) = data["threads"]["followed"]
    assert xi["status"] == "pending"
    assert [e["kind"] for e in xi["entries"]] == ["pledge", "report"]


def test_pledges_table_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "pledges", str(SEEDS), "--actor", "KR", "--counterpart", "RU", "--modality", "vow")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split() == ["published", "actor", "modality", "counterparts", "speaker", "text", "source"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == 1
    assert "Moon also vowed to boost" in rows[0]


def test_pledges_as_csv_jsonl_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "pledges", str(SEEDS), "--since", "2021", "--until", "2021", "--format", "csv")
    records = list(csv.DictReader(io.StringIO(out)))
    assert records
    assert all(r["published"].startswith("2021") for r in records)
    assert {"article_id", "actor", "modality", "text", "start", "end"} <= set(records[0])
    _, out, _ = _run(capsys, "pledges", str(SEEDS), "--speaker", "Kang Kyung-hwa", "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines
    assert {line["speaker"] for line in lines} == {"Kang Kyung-wha"}
    _, out, _ = _run(capsys, "pledges", str(SEEDS), "--actor", "US", "--format", "json")
    assert [p["speaker"] for p in json.loads(out)] == ["Kurt Campbell"]


def test_relations_by_pair(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "relations", str(SEEDS), "--pair", "JP-KR", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {r["pair"] for r in rows} == {"JP-KR"}
    assert any("two-track approach" in r["framing"] for r in rows)
    _, out, _ = _run(capsys, "relations", str(SEEDS), "--country", "RU")
    assert "KR-RU" in out
    assert "KP-RU" in out


def test_timeline_text_and_rows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "timeline", str(SEEDS), "--pair", "RU-KR")
    assert code == 0
    assert out.startswith("KR-RU: 2 articles\n")
    assert "largest shifts:" in out
    _, out, _ = _run(capsys, "timeline", str(SEEDS), "--pair", "KR-RU", "--pair", "KR-JP", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["pair"] for r in rows].count("KR-RU") == 2
    assert "JP-KR" in {r["pair"] for r in rows}


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_timeline_plot_is_a_real_png_of_the_expected_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plots" / "tone.png"
    code, _, err = _run(capsys, "timeline", str(SEEDS), "--pair", "KR-RU", "--pair", "KR-JP", "--plot", str(target))
    assert code == 0, err
    assert _png_size(target) == (800, 450)
    assert target.stat().st_size > 5000  # lines and labels, not an empty canvas


def test_timeline_plot_from_python_as_svg(tmp_path: Path) -> None:
    timeline = relation_timeline(Corpus.from_paths([SEEDS]), "KR", "RU")
    path = timeline.plot(tmp_path / "kr-ru.svg", width=6, height=3)
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml")
    assert "<svg" in text
    with pytest.raises(ValueError, match=r"written as \.png or \.svg, not '\.gif'"):
        timeline.plot(tmp_path / "kr-ru.gif")


def test_compare_two_articles(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "compare", S000, S004)
    assert code == 0
    assert "CN-KR: tone" in out
    assert "relations only in a: JP-KR" in out
    _, out, _ = _run(capsys, "compare", S000, S000, "--format", "json")
    assert json.loads(out)["empty"] is True


def test_dupes_finds_a_republished_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = Path(S004).read_text(encoding="utf-8")
    (tmp_path / "copy.txt").write_text("Home | World\nShare this\n\n" + text + "\nRelated Articles\n", encoding="utf-8")
    code, out, _ = _run(capsys, "dupes", str(SEEDS), str(tmp_path / "copy.txt"), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {Path(r["source"]).name for r in rows} == {Path(S004).name, "copy.txt"}
    assert {r["group"] for r in rows} == {"1"}
    _, out, _ = _run(capsys, "dupes", str(SEEDS))
    assert out == "(nothing found)\n"


def test_export_writes_four_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "export", str(SEEDS), "--to", str(tmp_path / "tables"))
    assert code == 0
    assert sorted(Path(line).name for line in out.splitlines()) == [
        "actors.csv",
        "articles.csv",
        "pledges.csv",
        "relations.csv",
    ]
    articles = list(csv.DictReader((tmp_path / "tables" / "articles.csv").open(encoding="utf-8")))
    pledges = list(csv.DictReader((tmp_path / "tables" / "pledges.csv").open(encoding="utf-8")))
    assert len(articles) == 5
    assert {p["article_id"] for p in pledges} <= {a["article_id"] for a in articles}


def test_export_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "export", str(SEEDS), "--to", str(tmp_path), "--format", "parquet")
    assert code == 0, err
    frame = pd.read_parquet(tmp_path / "relations.parquet")
    assert "KR-RU" in set(frame["pair"])


def test_output_file_is_written_atomically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.txt"
    assert main(["report", str(SEEDS), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8").startswith("5 articles")
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_parsers_lists_names(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "parsers", "--format", "json")
    assert "generic" in json.loads(out)


def test_a_failing_input_is_reported_and_the_rest_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = _run(capsys, "report", str(SEEDS), str(tmp_path / "empty.txt"))
    assert code == 1
    assert out.startswith("5 articles")
    assert "empty.txt: the input is empty" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["timeline", str(SEEDS), "--pair", "KR-KR"], "a pair is two distinct codes"),
        (["timeline", str(SEEDS), "--pair", "Korea"], "not a pair of ISO alpha-2 codes"),
        (["pledges", str(SEEDS), "--actor", "XX"], "not an ISO 3166-1 alpha-2 code"),
        (["timeline", str(SEEDS)], "the following arguments are required: --pair"),
        (["report", str(SEEDS), "--parser", "nope"], "nope"),
    ],
)
def test_usage_errors_exit_2_with_a_reason(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


def test_bad_dates_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "pledges", str(SEEDS), "--since", "last week")
    assert code == 2
    assert "'last week' is not an ISO date" in err


COMMANDS = ["report", "parse", "pledges", "relations", "timeline", "compare", "dupes", "export"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "example" in out
    assert f"kdiplomacy {command}" in out


def test_stdin_takes_interchange_documents(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(SEEDS)])
    documents = capsys.readouterr().out

    class FakeStdin:
        buffer = io.BytesIO(documents.encode("utf-8"))

    monkeypatch.setattr("sys.stdin", FakeStdin)
    code, out, _ = _run(capsys, "report", "-")
    assert code == 0
    assert out.startswith("5 articles")


def test_the_progress_bar_counts_files_and_articles() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, total=2)
    articles = ["a.jsonl:1", "a.jsonl:2", "b.txt"]
    assert list(progress.counting(iter(articles), lambda source: source)) == articles
    shown = stream.getvalue()
    assert "[############............] 1/2 files, 2 articles" in shown
    assert "[########################] 2/2 files, 3 articles" in shown
    assert shown.endswith("\r")  # the line is cleared at the end


def test_no_progress_bar_when_piped_or_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not Progress(io.StringIO()).enabled  # not a terminal
    monkeypatch.setenv("CI", "true")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert not Progress(Terminal()).enabled


def test_a_forced_parser_is_used_by_every_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[object] = []
    real = Corpus.from_paths.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Corpus], paths: object, **options: object) -> Corpus:
        seen.append(options.get("parser"))
        return real(cls, paths, **options)  # type: ignore[no-any-return]

    monkeypatch.setattr(Corpus, "from_paths", classmethod(spy))
    code, _, _ = _run(capsys, "report", str(SEEDS), "--parser", "generic")
    assert code == 0
    assert seen == ["generic"]
