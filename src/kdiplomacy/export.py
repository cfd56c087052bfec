"""Tables out: CSV (one table each for articles, actors, relations, pledges, keyed by article id),
and, with the optional extras, pandas DataFrames and Parquet files of the same tables.

The columns of each table are :data:`COLUMNS`; list-valued cells (framing phrases, counterparts,
reporters) are joined with ``"; "`` so every cell is a plain string, number, boolean or empty.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kdiplomacy.errors import MissingExtraError
from kdiplomacy.model import Article, BilateralRelation, Pledge

__all__ = [
    "COLUMNS",
    "csv_text",
    "pledge_row",
    "relation_row",
    "rows",
    "tables",
    "to_pandas",
    "write_csv",
    "write_parquet",
]

#: The columns of each table, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id", "source", "outlet", "aggregator", "headline", "published", "published_basis",
        "dateline", "reporters", "actors", "relations", "pledges",
    ),
    "actors": ("article_id", "kind", "name", "title", "country", "key", "mentions"),
    "relations": ("article_id", "published", "pair", "first", "second", "framing", "tone", "topics", "evidence"),
    "pledges": (
        "article_id", "published", "actor", "speaker", "counterparts", "action", "modality", "negated",
        "horizon", "horizon_date", "text", "start", "end",
    ),
}  # fmt: skip

Row = dict[str, Any]


def _joined(items: Iterable[object]) -> str:
    return "; ".join(str(item) for item in items)


def _date(article: Article) -> str:
    return str(article.published) if article.published else ""


def relation_row(article: Article, relation: BilateralRelation) -> Row:
    """The ``relations`` row of one relation of ``article``."""
    return {
        "article_id": article.id,
        "published": _date(article),
        "pair": relation.pair,
        "first": relation.countries[0].code,
        "second": relation.countries[1].code,
        "framing": _joined(relation.framing),
        "tone": relation.tone,
        "topics": _joined(relation.topics),
        "evidence": len(relation.evidence),
    }


def pledge_row(article: Article, pledge: Pledge) -> Row:
    """The ``pledges`` row of one pledge of ``article``."""
    return {
        "article_id": article.id,
        "published": _date(article),
        "actor": _joined(c.code for c in pledge.actor),
        "speaker": pledge.speaker.name if pledge.speaker else "",
        "counterparts": _joined(c.code for c in pledge.counterparts),
        "action": pledge.action,
        "modality": pledge.modality.value,
        "negated": pledge.negated,
        "horizon": pledge.horizon.text if pledge.horizon else "",
        "horizon_date": str(pledge.horizon.date) if pledge.horizon and pledge.horizon.date else "",
        "text": pledge.text,
        "start": pledge.span.start,
        "end": pledge.span.end,
    }


def rows(article: Article) -> dict[str, list[Row]]:
    """One article's rows of each table."""
    key = article.id
    return {
        "articles": [
            {
                "article_id": key,
                "source": article.source or "",
                "outlet": article.outlet or "",
                "aggregator": article.aggregator or "",
                "headline": article.headline or "",
                "published": _date(article),
                "published_basis": article.published_basis or "",
                "dateline": article.dateline.city if article.dateline else "",
                "reporters": _joined(r.name for r in article.reporters),
                "actors": len(article.actors),
                "relations": len(article.relations),
                "pledges": len(article.pledges),
            }
        ],
        "actors": [
            {
                "article_id": key,
                "kind": actor.kind.value,
                "name": actor.name,
                "title": actor.title or "",
                "country": actor.country.code if actor.country else "",
                "key": actor.key,
                "mentions": len(actor.mentions),
            }
            for actor in article.actors
        ],
        "relations": [relation_row(article, relation) for relation in article.relations],
        "pledges": [pledge_row(article, p) for p in sorted(article.pledges, key=lambda p: p.span.start)],
    }


def tables(articles: Iterable[Article]) -> dict[str, list[Row]]:
    """The four tables over many articles (rows in the order the articles come)."""
    found: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    for article in articles:
        for name, more in rows(article).items():
            found[name].extend(more)
    return found


def csv_text(table: str, records: Iterable[Row]) -> Iterator[str]:
    """The CSV lines of one table, header first."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    yield buffer.getvalue()
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(record)
        yield buffer.getvalue()


def _atomic(path: Path, lines: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.writelines(lines)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_csv(articles: Iterable[Article], folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``articles.csv``, ``actors.csv``, ``relations.csv`` and ``pledges.csv`` into
    ``folder`` (created if needed), each atomically; returns the paths by table name."""
    found = tables(articles)
    paths = {}
    for name, records in found.items():
        path = Path(folder) / f"{name}.csv"
        _atomic(path, csv_text(name, records))
        paths[name] = path
    return paths


def to_pandas(articles: Iterable[Article]) -> dict[str, Any]:
    """The four tables as pandas DataFrames (needs the ``pandas`` extra).

    Raises:
        MissingExtraError: pandas is not installed.
    """
    try:
        import pandas as pd  # noqa: PLC0415 (an optional extra, imported when asked for)
    except ImportError:
        raise MissingExtraError("pandas", "pandas") from None
    return {name: pd.DataFrame(records, columns=list(COLUMNS[name])) for name, records in tables(articles).items()}


def write_parquet(articles: Iterable[Article], folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write the four tables as Parquet files into ``folder`` (needs the ``parquet`` extra).

    Raises:
        MissingExtraError: pandas or pyarrow is not installed.
    """
    frames = to_pandas(articles)
    try:
        import pyarrow  # noqa: F401, PLC0415
    except ImportError:
        raise MissingExtraError("pyarrow", "parquet") from None
    paths = {}
    for name, frame in frames.items():
        path = Path(folder) / f"{name}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.tmp")
        frame.to_parquet(temp, index=False)
        os.replace(temp, path)
        paths[name] = path
    return paths
