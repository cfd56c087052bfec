"""Tone over time, drawn (needs the ``plot`` extra: matplotlib).

:func:`plot_timelines` draws one line per pair, each point labelled with its outlet and first
framing phrase, and writes a PNG or SVG file; :meth:`kdiplomacy.Timeline.plot` draws one pair.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kdiplomacy.comparison.timeline import Timeline
from kdiplomacy.errors import MissingExtraError
from kdiplomacy.model import PartialDate

__all__ = ["plot_timelines"]

_FORMATS = {".png": "png", ".svg": "svg"}


def _middle(dates: Any, date: PartialDate) -> float:
    """The plot position of the middle day of the period a date names."""
    middle = date.first_day + (date.last_day - date.first_day) / 2
    return float(dates.date2num(middle))


def plot_timelines(
    timelines: Sequence[Timeline],
    path: str | os.PathLike[str],
    *,
    width: float = 8.0,
    height: float = 4.5,
    dpi: int = 100,
) -> Path:
    """Draw tone over time for each timeline into ``path`` (``.png`` or ``.svg``).

    Undated points cannot be placed in time and are left out; a point dated only to the
    month or year stands at the middle of that period.  The image is ``width`` x
    ``height`` inches at ``dpi`` dots per inch (800 x 450 pixels by default).

    Raises:
        MissingExtraError: matplotlib is not installed.
        ValueError: the file ending is neither .png nor .svg.
    """
    target = Path(path)
    form = _FORMATS.get(target.suffix.lower())
    if form is None:
        raise ValueError(f"{target}: a plot is written as .png or .svg, not {target.suffix or 'no ending'!r}")
    try:
        import matplotlib  # noqa: PLC0415 (an optional extra)

        matplotlib.use("Agg")
        from matplotlib import dates, pyplot  # noqa: PLC0415
    except ImportError:
        raise MissingExtraError("matplotlib", "plot") from None
    figure, axes = pyplot.subplots(figsize=(width, height), dpi=dpi)
    try:
        for timeline in timelines:
            dated = [p for p in timeline.points if p.published is not None]
            days = [_middle(dates, p.published) for p in dated if p.published]
            axes.plot(days, [p.tone for p in dated], marker="o", label=timeline.pair)
            for day, point in zip(days, dated, strict=True):
                label = point.outlet or ""
                if point.framing:
                    label += f"\n{point.framing[0]}"
                axes.annotate(label, (day, point.tone), textcoords="offset points", xytext=(4, 6), fontsize=7)
        axes.axhline(0, color="grey", linewidth=0.5)
        axes.set_ylim(-1.05, 1.05)
        axes.set_ylabel("tone (hostile -1 to cooperative +1)")
        axes.set_title("Tone over time: " + ", ".join(t.pair for t in timelines))
        if timelines:
            axes.legend(loc="lower left")
        axes.xaxis.set_major_formatter(dates.DateFormatter("%Y-%m"))  # type: ignore[no-untyped-call]
        figure.autofmt_xdate()
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.tmp")
        figure.savefig(temp, format=form, dpi=dpi)
        os.replace(temp, target)
    finally:
        pyplot.close(figure)
    return target
