"""Build a corpus from the seed articles, ask it questions, and round-trip it through JSON Lines.

Shows `kdiplomacy.Corpus`: building it from a folder, the articles in publication order,
filtering articles by date, outlet, person (in any romanisation) or country pair, pledges by
the state that makes them and the one they are directed at, and relations of one pair.  The
corpus is written as JSON Lines of interchange documents and read back unchanged.
Run it:  python examples/corpus_queries.py [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import kdiplomacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> None:
    corpus = kdiplomacy.Corpus.from_paths([argv[0] if argv else SEEDS])
    print(f"{len(corpus)} articles, in publication order:")
    for article in corpus:
        date, outlet = article.published or "undated", article.outlet or "?"
        print(f"  {date!s:10}  {outlet:8}  {article.headline or '(no headline)'}")

    print("\nfrom 2021 on:", len(corpus.articles(start="2021")))
    print("by Yonhap:", len(corpus.articles(outlet="yonhap")))
    # The gazetteer knows "Cho Tae-yul"; the article spells him "Cho Tae-yeol": one person.
    print("naming Cho Tae-yul:", [Path(a.source or "").name for a in corpus.articles(actor="Cho Tae-yul")])
    print("discussing KR-RU:", [str(a.published) for a in corpus.articles(pair="KR-RU")])

    print("\nSouth Korea's pledges toward Russia:")
    for found in corpus.pledges(actor="KR", counterpart="RU"):
        print(f"  {found.published} [{found.pledge.modality.value}] {found.pledge.text[:80]}")

    print("\nKR-JP relations:")
    for row in corpus.relations("KR-JP"):
        framing = ", ".join(row.relation.framing) or "no framing phrase"
        print(f"  {row.published or 'undated'!s:10}  tone {row.relation.tone:+.2f}  {framing}")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seeds.jsonl"
        corpus.to_jsonl(path)
        again = kdiplomacy.Corpus.from_jsonl(path)
        same = list(again) == list(corpus)
        print(f"\nwrote {len(path.read_text(encoding='utf-8').splitlines())} JSON Lines; read back equal: {same}")


if __name__ == "__main__":
    main(sys.argv[1:])
