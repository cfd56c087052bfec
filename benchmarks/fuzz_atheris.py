"""Coverage-guided fuzzing of the whole pipeline with atheris (a developer's tool, not a test).

Three targets, chosen with --target:

* ``parse``: arbitrary bytes parsed as an article (text, HTML or JSON records);
* ``edit``: a real article (seeds and development articles) with lines cut, repeated and
  swapped and bytes inserted, as the fuzzer decides;
* ``document``: arbitrary bytes read as an interchange document (``from_json``).

Anything but a ``KdiplomacyError`` (or, for files, an ``OSError``) is a finding: atheris stops
and prints the input.  Install atheris in a virtual environment of its own, then:

    pip install atheris -e .
    python benchmarks/fuzz_atheris.py --target parse -atheris_runs=1000000
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import kdiplomacy
    from kdiplomacy import Article, KdiplomacyError, from_json, parse

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    p.read_text(encoding="utf-8")
    for folder in ("seeds", "tests/articles")
    for p in sorted((ROOT / folder).glob("*.txt"))
]
DOCUMENT = kdiplomacy.to_json(parse(ARTICLES[0]))


def fuzz_parse(data: bytes) -> None:
    with contextlib.suppress(KdiplomacyError):
        parse(data)


def fuzz_edit(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lines = ARTICLES[provider.ConsumeIntInRange(0, len(ARTICLES) - 1)].split("\n")
    for _ in range(provider.ConsumeIntInRange(0, 8)):
        if not lines:
            break
        at = provider.ConsumeIntInRange(0, len(lines) - 1)
        match provider.ConsumeIntInRange(0, 3):
            case 0:
                del lines[at]
            case 1:
                lines.insert(at, lines[provider.ConsumeIntInRange(0, len(lines) - 1)])
            case 2:
                other = provider.ConsumeIntInRange(0, len(lines) - 1)
                lines[at], lines[other] = lines[other], lines[at]
            case _:
                cut = provider.ConsumeIntInRange(0, len(lines[at]))
                lines[at] = lines[at][:cut] + provider.ConsumeUnicodeNoSurrogates(8) + lines[at][cut:]
    with contextlib.suppress(KdiplomacyError):
        parse("\n".join(lines))


def fuzz_document(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = DOCUMENT
    for _ in range(provider.ConsumeIntInRange(0, 4)):
        at = provider.ConsumeIntInRange(0, len(text))
        text = text[:at] + provider.ConsumeUnicodeNoSurrogates(6) + text[at + provider.ConsumeIntInRange(0, 6) :]
    with contextlib.suppress(KdiplomacyError):
        from_json(Article, text)


TARGETS = {"parse": fuzz_parse, "edit": fuzz_edit, "document": fuzz_document}


def main() -> None:
    argv = list(sys.argv)
    target = "parse"
    if "--target" in argv:
        at = argv.index("--target")
        target = argv[at + 1]
        del argv[at : at + 2]
    atheris.Setup(argv, TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
