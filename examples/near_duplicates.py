"""Near-duplicates: the same wire story found twice, under page furniture and trimmed.

Shows `kdiplomacy.near_duplicates`.  The five seed articles are five different stories, so
they form no group.  Then the Reuters seed is republished the way an aggregator would: a
navigation bar and cookie notice on top, its last paragraph cut, share buttons and a copyright
line below.  That copy and the original are one story, and no other seed joins them.
Run it:  python examples/near_duplicates.py
"""

from __future__ import annotations

from pathlib import Path

import attrs

import kdiplomacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    seeds = [kdiplomacy.parse(path) for path in sorted(SEEDS.glob("*.txt"))]
    print("groups among the seeds:", kdiplomacy.near_duplicates(seeds))

    (reuters,) = SEEDS.glob("004_*.txt")
    paragraphs = reuters.read_text(encoding="utf-8").strip().split("\n\n")
    republished = (
        "Home | World | Asia | Business\nAccept cookies\n\n"
        + "\n\n".join(paragraphs[:-1])
        + "\n\nShare this article\nFacebook Twitter Email\nCopyright 2020 All rights reserved.\n"
    )
    copy = attrs.evolve(kdiplomacy.parse(republished), source="aggregator-copy.txt")

    groups = kdiplomacy.near_duplicates([*seeds, copy])
    print(f"groups with the copy added: {len(groups)}")
    for group in groups:
        print("  one story:", sorted(Path(a.source or a.id).name for a in group))
    # The page furniture is cleaned away: the copy still reads as the Reuters story.
    print("the copy's outlet and headline:", copy.outlet, "|", copy.headline)


if __name__ == "__main__":
    main()
