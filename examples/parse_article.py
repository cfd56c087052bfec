"""Parse one news item and print what the library recognised in it.

Shows `kdiplomacy.parse` on a seed article (or on a file you name): the metadata (outlet,
headline, dateline, the publication date and the evidence it came from), the people with
their titles and states, each country pair with its framing and tone, and each pledge with
its evidence offsets.  Run it:  python examples/parse_article.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

import kdiplomacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else SEEDS / "000_62ea2c880c2ac5b0.txt"
    article = kdiplomacy.parse(path)

    print("outlet:   ", article.outlet)
    print("headline: ", article.headline)
    print("dateline: ", article.dateline.city if article.dateline else None)
    print("published:", article.published, f"({article.published_basis})")
    print("persons:")
    for person in article.persons:
        country = person.country.code if person.country else "?"
        print(f"  {person.name}, {person.title or 'no title'} ({country})")
    print("relations:")
    for relation in article.relations:
        framing = ", ".join(relation.framing) or "no framing phrase"
        print(f"  {relation.pair}: tone {relation.tone:+.2f}; {framing}")
    print("pledges:")
    for pledge in article.pledges:
        actor = "+".join(c.code for c in pledge.actor)
        toward = ",".join(c.code for c in pledge.counterparts) or "-"
        start, end = pledge.span.start, pledge.span.end
        print(f"  [{pledge.modality.value}] {actor} -> {toward} at {start}-{end}: {pledge.text[:70]}")


if __name__ == "__main__":
    main(sys.argv[1:])
