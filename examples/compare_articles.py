"""What changed between two articles: `kdiplomacy.compare(a, b)`.

Compares the Arirang story of 21 January 2021 (Moon Jae-in's diplomatic agenda for the new
U.S. administration) with the Yonhap story of 2024 (the foreign ministry's line beyond the U.S.
election): the actors and pairs only one of them has, how the pairs both discuss moved in tone
and framing, and the pledges they share.  Give two paths to compare others.
Run it:  python examples/compare_articles.py [A B]
"""

from __future__ import annotations

import sys
from pathlib import Path

import kdiplomacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> None:
    first, second = argv if len(argv) == 2 else (SEEDS / "001_ca792fe2ca5f77d6.txt", SEEDS / "002_54ed02ea851f4b50.txt")
    a, b = kdiplomacy.parse(first), kdiplomacy.parse(second)
    diff = kdiplomacy.compare(a, b)
    print(diff.summary())

    print("\nhow each shared pair moved, coolest change first:")
    for change in sorted(diff.relation_changes, key=lambda c: c.tone_change):
        framing = ", ".join(repr(phrase) for phrase in change.after.framing) or "no framing phrase"
        print(f"  {change.pair}: tone {change.tone_change:+.2f}; in b: {framing}")
    assert kdiplomacy.compare(b, a) == diff.mirrored()  # the same diff, seen from b


if __name__ == "__main__":
    main(sys.argv[1:])
