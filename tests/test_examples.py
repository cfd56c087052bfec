"""Every script in examples/ runs, as a user would run it, and prints what its docstring promises."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: A line (or part of one) each example must print; a new example needs an entry here.
EXPECTED = {
    "parse_article.py": "published: 2020-11-30",
    "corpus_queries.py": "read back equal: True",
    "timeline_plot.py": "gained ['illegal partnership']",
    "pledge_threads.py": "Xi Jinping's visit: pending",
    "near_duplicates.py": "one story: ['004_81e5f2349d1e80af.txt', 'aggregator-copy.txt']",
    "compare_articles.py": "KR-RU: tone +0.40 -> -0.15; gained 'illegal partnership'",
    "custom_parser.py": "Peninsula Daily | Seoul, Tokyo agree to resume shuttle diplomacy | SEOUL",
    "data_overlay.py": "persons: [('Ri Chol-jin', 'KP')]",
}

SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py"))


def run(name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run an example with this interpreter from another folder (so it cannot lean on the
    working directory), without a terminal."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_every_example_has_an_expected_line() -> None:
    assert sorted(EXPECTED) == SCRIPTS


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_has_a_docstring_saying_what_it_shows(name: str) -> None:
    docstring = ast.get_docstring(ast.parse((EXAMPLES / name).read_text(encoding="utf-8")))
    assert docstring
    assert f"python examples/{name}" in docstring, "the docstring says how to run it"


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_runs_and_prints_its_result(name: str, tmp_path: Path) -> None:
    result = run(name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert EXPECTED.get(name, "\0") in result.stdout, result.stdout


def test_timeline_plot_writes_a_png_where_asked(tmp_path: Path) -> None:
    target = tmp_path / "out" / "tone.png"
    result = run("timeline_plot.py", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert f"wrote {target}" in result.stdout
