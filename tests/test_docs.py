"""The documentation shows real output and every example, and names every command and module.

The output shown in docs/ is kept in docs/_output/ (one console session a file, included into
the pages with pymdownx.snippets) and checked here against a fresh run.  When a change to the
library changes what a command prints, rewrite those files (and the plot docs/images/ shows)
and review the diff:

    python tests/test_docs.py
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kdiplomacy import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUTPUT = DOCS / "_output"
STORY = (
    "SEOUL, Nov. 30 (Yonhap) -- Foreign Minister Kang Kyung-wha called Monday for efforts to develop the alliance.\n"
)

#: name -> (command as a user types it, standard input or None).  ``kdiplomacy`` runs the
#: console script's module, ``python`` this interpreter; both from the repository root.
SESSIONS: dict[str, tuple[str, str | None]] = {
    "report": ("kdiplomacy report seeds/", None),
    "parse-stdin": ("kdiplomacy parse -", STORY),
    "pledges": ("kdiplomacy pledges seeds/ --actor KR --counterpart RU", None),
    "pledges-csv": ("kdiplomacy pledges seeds/ --modality vow --format csv", None),
    "relations": ("kdiplomacy relations seeds/ --pair KR-JP", None),
    "timeline": ("kdiplomacy timeline seeds/ --pair KR-RU", None),
    "compare": ("kdiplomacy compare seeds/000_62ea2c880c2ac5b0.txt seeds/004_81e5f2349d1e80af.txt", None),
    "dupes": ("kdiplomacy dupes seeds/", None),
    "export": ("kdiplomacy export seeds/ --to tables/", None),
    "parsers": ("kdiplomacy parsers", None),
    "exit-1": ("kdiplomacy parse missing.txt seeds/000_62ea2c880c2ac5b0.txt -o out.jsonl", None),
    "exit-2": ("kdiplomacy pledges seeds/ --since 2021-13", None),
    "parse_article": ("python examples/parse_article.py", None),
    "corpus_queries": ("python examples/corpus_queries.py", None),
    "timeline_plot": ("python examples/timeline_plot.py tone.png", None),
    "pledge_threads": ("python examples/pledge_threads.py", None),
    "near_duplicates": ("python examples/near_duplicates.py", None),
    "compare_articles": ("python examples/compare_articles.py", None),
    "custom_parser": ("python examples/custom_parser.py", None),
    "data_overlay": ("python examples/data_overlay.py", None),
}


def session(name: str) -> str:
    """Run one session in a scratch copy of the working folder and return it as a console shows it.

    Commands run from a temporary folder holding a link to seeds/ and examples/, so files they
    write (tables/, tone.png, out.jsonl) land there, and paths print as the user typed them.
    """
    command, stdin = SESSIONS[name]
    program, *args = command.split()
    executable = [sys.executable, "-m", "kdiplomacy"] if program == "kdiplomacy" else [sys.executable]
    environment = {**os.environ, "COLUMNS": "100", "CI": "true"}
    with tempfile.TemporaryDirectory() as scratch:
        for folder in ("seeds", "examples"):
            (Path(scratch) / folder).symlink_to(ROOT / folder, target_is_directory=True)
        result = subprocess.run(
            [*executable, *args],
            cwd=scratch,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            env=environment,
            check=False,
        )
        typed = command if stdin is None else f'echo "{stdin.strip()}" | {command}'
        transcript = f"$ {typed}\n"
        transcript += result.stdout + result.stderr
        if result.returncode:
            transcript += f"$ echo $?\n{result.returncode}\n"
        for base in {scratch, os.path.realpath(scratch), str(ROOT)}:
            transcript = transcript.replace(base + os.sep, "")
    return transcript


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_docs_show_what_the_command_prints(name: str) -> None:
    shown = (OUTPUT / f"{name}.txt").read_text(encoding="utf-8")
    assert session(name) == shown, f"docs/_output/{name}.txt is out of date: run `python tests/test_docs.py`"


PYCON = re.compile(r"^```pycon\n(.*?)^```", re.MULTILINE | re.DOTALL)
PAGES_WITH_PYCON = sorted(path.name for path in DOCS.glob("*.md") if PYCON.search(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES_WITH_PYCON)
def test_the_python_sessions_in_a_page_run_as_shown(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page's ``pycon`` blocks, in order, are one doctest run from the repository root."""
    monkeypatch.chdir(ROOT)
    text = "\n".join(PYCON.findall((DOCS / page).read_text(encoding="utf-8")))
    test = doctest.DocTestParser().get_doctest(text, {}, page, str(DOCS / page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)


def _pages() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(DOCS.rglob("*.md")))


def test_every_output_file_is_shown_and_every_shown_one_is_kept() -> None:
    included = set(re.findall(r'--8<-- "docs/_output/([\w-]+)\.txt"', _pages()))
    assert included == set(SESSIONS)
    assert {path.stem for path in OUTPUT.glob("*.txt")} == set(SESSIONS)


def test_every_example_is_shown_in_the_docs() -> None:
    pages = _pages()
    for script in sorted((ROOT / "examples").glob("*.py")):
        assert f'--8<-- "examples/{script.name}"' in pages, script.name


def test_every_public_module_has_an_api_page() -> None:
    pages = {path.read_text(encoding="utf-8").strip() for path in (DOCS / "api").glob("*.md")}
    source = ROOT / "src" / "kdiplomacy"
    modules = {path.stem for path in source.glob("*.py")} | {path.parent.name for path in source.glob("*/__init__.py")}
    public = sorted(name for name in modules if not name.startswith("_") and name not in {"data", "schema"})
    for name in public:
        assert f"::: kdiplomacy.{name}" in pages, f"docs/api/{name}.md"


def test_the_cli_reference_names_every_subcommand_and_option() -> None:
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = cli._parser()
    (commands,) = (action for action in parser._actions if action.dest == "command")
    for name, subparser in commands.choices.items():
        assert f"## `kdiplomacy {name}`" in reference, name
        for action in subparser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert f"`{option}" in reference, f"{name} {option}"
    assert all(f"`{code}`" in reference for code in ("0", "1", "2"))


if __name__ == "__main__":
    OUTPUT.mkdir(exist_ok=True)
    for session_name in SESSIONS:
        (OUTPUT / f"{session_name}.txt").write_text(session(session_name), encoding="utf-8")
        print("wrote", OUTPUT / f"{session_name}.txt")
    # The picture the cookbook and the plots chapter show (not compared: pixels vary by matplotlib).
    image = DOCS / "images" / "kr-ru-tone.png"
    subprocess.run([sys.executable, str(ROOT / "examples" / "timeline_plot.py"), str(image)], check=True)
