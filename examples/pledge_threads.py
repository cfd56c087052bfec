"""Pledge threads over the seed articles: one commitment restated, and what became of it.

Shows `kdiplomacy.pledge_threads`: the Reuters story of 26 November 2020 has Seoul and Beijing
vow to work on a visit by Xi Jinping; the Arirang story of 21 January 2021 reports that the
visit is "yet to happen", so the thread is pending.  It prints how many threads there are by
status, then each thread followed across articles or reported on, entry by entry.
Run it:  python examples/pledge_threads.py [FOLDER]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import kdiplomacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> None:
    corpus = kdiplomacy.Corpus.from_paths([argv[0] if argv else SEEDS])
    threads = kdiplomacy.pledge_threads(corpus)
    statuses = Counter(thread.status.value for thread in threads)
    print(f"{len(threads)} threads:", ", ".join(f"{count} {status}" for status, count in statuses.most_common()))

    followed = [t for t in threads if len(t.articles) > 1 or t.reports]
    print(f"followed across articles or reported on: {len(followed)}\n")
    for thread in followed:
        print(thread.describe())

    xi = next(t for t in threads if any("Xi" in pledge.text for pledge in t.pledges))
    done = xi.status is kdiplomacy.ThreadStatus.DONE
    print(f"\nXi Jinping's visit: {xi.status.value}" + ("" if done else f" (as of {xi.entries[-1].published})"))


if __name__ == "__main__":
    main(sys.argv[1:])
