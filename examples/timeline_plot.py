"""A relation's timeline over the seed articles, printed and drawn.

Shows `kdiplomacy.relation_timeline`: South Korea and Russia go from a "strategic cooperative
partnership" (Arirang, January 2021) to an "illegal partnership" with Pyongyang and "stern
action" (Yonhap, 2024).  It prints each point, the largest shift, and draws tone over time for
KR-RU and KR-JP into a PNG (or SVG) file: the path you give, or one in a temporary folder.
Needs the ``plot`` extra (matplotlib).  Run it:  python examples/timeline_plot.py [OUT.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import kdiplomacy
from kdiplomacy.plot import plot_timelines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> None:
    corpus = kdiplomacy.Corpus.from_paths([SEEDS])
    timeline = kdiplomacy.relation_timeline(corpus, "KR", "RU")
    print(timeline.summary())

    shift = timeline.largest_shift
    if shift is not None:
        print(f"\nthe largest shift: tone {shift.tone_change:+.2f}, gained {list(shift.framing_gained)}")
        for sentence in shift.after.evidence:
            if "stern action" in sentence:
                print("evidence:", sentence)

    target = Path(argv[0]) if argv else Path(tempfile.mkdtemp()) / "kr-ru-tone.png"
    # One pair: timeline.plot(target).  Several pairs on one chart:
    plot_timelines([timeline, kdiplomacy.relation_timeline(corpus, "KR", "JP")], target)
    print(f"\nwrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
