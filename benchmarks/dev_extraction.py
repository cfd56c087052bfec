"""Extraction quality over the development articles in tests/articles/.

Prints precision, recall and F1 for persons (by identity key, so romanisation variants match),
persons' countries (share of matched persons whose country is right), states, relations
(unordered pairs) and pledges (a predicted pledge matches an annotated one when their texts
overlap by at least half of the shorter and they share an actor state); then, over the matched
pledges, how often the speaker (by identity key, or none) and the set of counterparts are right
(for those two, precision, recall and F1 are the same figure: an accuracy).

    python benchmarks/dev_extraction.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kdiplomacy import Article, Pledge, fold_name, parse_many

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "articles"


def _records(folder: Path) -> Iterator[tuple[str, dict[str, Any], Article | None]]:
    for sidecar in sorted(folder.glob("*.expected.json")):
        stem = sidecar.name.removesuffix(".expected.json")
        (path,) = [p for p in folder.glob(f"{stem}.*") if p != sidecar]
        records = json.loads(sidecar.read_text(encoding="utf-8"))
        records = records if isinstance(records, list) else [records]
        articles = list(parse_many([path], on_error=lambda where, exc: print(where, exc, file=sys.stderr)))
        for index, record in enumerate(records):
            yield f"{path.name}#{index}", record, articles[index] if index < len(articles) else None


class Tally:
    """True positives, false positives and false negatives for one field."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set[Any], expected: set[Any]) -> tuple[set[Any], set[Any]]:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        return predicted - expected, expected - predicted

    def figures(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _overlap(a: str, b: str) -> float:
    """Longest common substring length over the shorter length (cheap enough for clauses)."""
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    best = 0
    for size in range(len(short), 0, -1):
        if size <= best:
            break
        for start in range(len(short) - size + 1):
            if short[start : start + size] in long_:
                best = size
                break
    return best / len(short)


def score(folder: Path = ARTICLES, verbose: bool = False) -> dict[str, Tally]:
    """Tallies per field over every annotated article in ``folder``."""
    tallies = {
        name: Tally()
        for name in (
            "persons",
            "person countries",
            "states",
            "relations",
            "pledges",
            "pledge speakers",
            "pledge counterparts",
        )
    }
    for name, record, article in _records(folder):
        if article is None:
            continue
        predicted_people = {fold_name(p.name): p for p in article.persons}
        expected_people = {fold_name(p["name"]): p for p in record.get("persons", [])}
        extra, missed = tallies["persons"].add(set(predicted_people), set(expected_people))
        wrong_countries = []
        for key in sorted(set(predicted_people) & set(expected_people)):
            got = predicted_people[key].country
            want = expected_people[key].get("country")
            tallies["person countries"].add({(key, got.code if got else None)}, {(key, want)})
            if (got.code if got else None) != want:
                wrong_countries.append(f"{predicted_people[key].name}: {got.code if got else None} for {want}")
        extra_states, missed_states = tallies["states"].add(
            {c.code for c in article.states}, set(record.get("states", []))
        )
        extra_pairs, missed_pairs = tallies["relations"].add(
            {tuple(sorted(c.code for c in r.countries)) for r in article.relations},
            {tuple(sorted(pair)) for pair in record.get("relations", [])},
        )
        matched: set[int] = set()
        found_pledges: set[int] = set()
        wrong_details: list[str] = []
        for i, want in enumerate(record.get("pledges", [])):
            for j, got in enumerate(article.pledges):
                if j in found_pledges:
                    continue
                actors = {c.code for c in got.actor}
                if actors & set(want.get("actor") or []) and _overlap(got.text, want["text"]) >= 0.5:
                    matched.add(i)
                    found_pledges.add(j)
                    wrong_details.extend(_pledge_details(tallies, got, want))
                    break
        pledges = tallies["pledges"]
        pledges.tp += len(matched)
        pledges.fn += len(record.get("pledges", [])) - len(matched)
        pledges.fp += len(article.pledges) - len(found_pledges)
        if verbose:
            print(f"-- {name}")
            for label, items in (
                ("extra persons", [predicted_people[k].name for k in extra]),
                ("missed persons", [expected_people[k]["name"] for k in missed]),
                ("wrong person countries", wrong_countries),
                ("extra states", extra_states),
                ("missed states", missed_states),
                ("extra relations", extra_pairs),
                ("missed relations", missed_pairs),
                (
                    "missed pledges",
                    [p["text"][:70] for i, p in enumerate(record.get("pledges", [])) if i not in matched],
                ),
                ("extra pledges", [p.text[:70] for j, p in enumerate(article.pledges) if j not in found_pledges]),
                ("wrong pledge speakers or counterparts", wrong_details),
            ):
                if items:
                    print(f"   {label}: {sorted(items) if not isinstance(items, list) else items}")
    return tallies


def _pledge_details(tallies: dict[str, Tally], got: Pledge, want: dict[str, Any]) -> list[str]:
    """Score a matched pledge's speaker and counterparts (each an accuracy over matched pledges:
    a wrong answer counts as one false positive and one false negative)."""
    wrong = []
    speaker = fold_name(got.speaker.name) if got.speaker else None
    wanted = fold_name(want["speaker"]) if want.get("speaker") else None
    tallies["pledge speakers"].add({speaker}, {wanted})
    if speaker != wanted:
        wrong.append(f"speaker {got.speaker.name if got.speaker else None} for {want.get('speaker')}: {got.text[:50]}")
    counterparts = tuple(sorted(c.code for c in got.counterparts))
    wanted_counterparts = tuple(sorted(want.get("counterparts") or []))
    tallies["pledge counterparts"].add({counterparts}, {wanted_counterparts})
    if counterparts != wanted_counterparts:
        wrong.append(f"counterparts {counterparts} for {wanted_counterparts}: {got.text[:50]}")
    return wrong


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--verbose", action="store_true", help="list every miss and extra per article")
    options.add_argument("--folder", type=Path, default=ARTICLES, help="annotated articles (default: tests/articles)")
    args = options.parse_args()
    tallies = score(args.folder, verbose=args.verbose)
    print(f"{'field':<18} {'precision':>9} {'recall':>7} {'F1':>6}")
    for field, tally in tallies.items():
        precision, recall, f1 = tally.figures()
        print(f"{field:<18} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
