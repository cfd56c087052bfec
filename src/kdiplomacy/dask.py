"""Past one machine: a Dask Bag of Articles, and Dask DataFrames of the export tables.

Needs the optional ``dask`` extra (``pip install 'kdiplomacy[dask]'``).  Each partition of the
bag is a handful of files that one Dask worker reads and parses with :func:`~kdiplomacy.parse_many`;
the DataFrames have the columns of the CSV export (:data:`kdiplomacy.export.COLUMNS`) and the
rows of :func:`kdiplomacy.export.rows`, so a table computed on a cluster equals the one
:func:`kdiplomacy.export.to_pandas` builds in one process.  Which scheduler runs the graph is
Dask's choice: the local one by default, a cluster once a ``distributed.Client`` is connected
(see docs/scale.md).  The files must be readable at the same paths by every worker.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kdiplomacy.api import iter_input_files, parse_many
from kdiplomacy.errors import MissingExtraError
from kdiplomacy.export import COLUMNS, rows
from kdiplomacy.gazetteer import Gazetteer
from kdiplomacy.model import Article, PartialDate
from kdiplomacy.parsers import Parser
from kdiplomacy.read import DEFAULT_MAX_BYTES

if TYPE_CHECKING:  # the extra is imported only when a function here is called
    import dask.bag
    import dask.dataframe

__all__ = ["FILES_PER_PARTITION", "input_files", "parse_bag", "to_dataframes"]

#: Files one task parses: enough to amortise a task's overhead, few enough to spread the work.
FILES_PER_PARTITION = 16

#: Columns that are not strings, by table (every other column holds strings).
_NON_STRING: dict[str, dict[str, str]] = {
    "articles": {"actors": "int64", "relations": "int64", "pledges": "int64"},
    "actors": {"mentions": "int64"},
    "relations": {"tone": "float64", "evidence": "int64"},
    "pledges": {"negated": "bool", "start": "int64", "end": "int64"},
}


def _bag_module() -> Any:
    try:
        import dask.bag  # noqa: PLC0415 (an optional extra, imported when asked for)
    except ImportError:
        raise MissingExtraError("dask", "dask") from None
    return dask.bag


def input_files(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to parse: a glob pattern (``"archive/**/*.txt"``, recursive), or files and
    folders as :func:`~kdiplomacy.iter_input_files` walks them; sorted where a folder or a
    pattern is expanded, in the order given otherwise.

    Raises:
        FileNotFoundError: a named path does not exist, or a pattern matches nothing.
    """
    if isinstance(paths_or_glob, str | os.PathLike):
        text = os.fspath(paths_or_glob)
        if glob.has_magic(text):
            found = sorted(p for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not found:
                raise FileNotFoundError(f"{text}: no file matches")
            return found
        paths_or_glob = [text]
    return [str(path) for path in iter_input_files(paths_or_glob)]


def parse_bag(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    parser: str | Parser | None = None,
    reference_date: PartialDate | str | None = None,
    gazetteer: Gazetteer | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: Literal["raise", "skip"] = "raise",
    files_per_partition: int = FILES_PER_PARTITION,
) -> dask.bag.Bag:
    """A Dask Bag of the Articles in the files (lazy: nothing is read until it is computed).

    Args:
        paths_or_glob: a glob pattern, or files and folders (see :func:`input_files`).
        parser: as for :func:`~kdiplomacy.parse_many`.
        reference_date: as for :func:`~kdiplomacy.parse_many`.
        gazetteer: as for :func:`~kdiplomacy.parse_many`.
        max_bytes: as for :func:`~kdiplomacy.parse_many`.
        errors: ``"raise"`` (the default): the computation fails with the first failing file's
            error; ``"skip"``: failing files are left out.
        files_per_partition: files parsed by one task.

    Raises:
        MissingExtraError: dask is not installed.
        FileNotFoundError: see :func:`input_files`.
    """
    bag = _bag_module()
    files = input_files(paths_or_glob)
    options = {"parser": parser, "reference_date": reference_date, "gazetteer": gazetteer, "max_bytes": max_bytes}
    chunks = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    parsed: dask.bag.Bag = bag.from_sequence(chunks, npartitions=max(1, len(chunks))).map_partitions(
        _parse_partition, options=options, skip=errors == "skip"
    )
    return parsed


def _parse_partition(chunks: Sequence[Sequence[str]], options: dict[str, Any], skip: bool) -> list[Article]:
    files = [path for chunk in chunks for path in chunk]
    handler = (lambda where, exc: None) if skip else None
    return list(parse_many(files, on_error=handler, **options))


def to_dataframes(
    articles: dask.bag.Bag, tables: Sequence[str] = ("pledges", "relations")
) -> dict[str, dask.dataframe.DataFrame]:
    """Dask DataFrames of the export tables (by default ``pledges`` and ``relations``) of a
    bag of Articles, with the columns and the rows of the CSV export.

    Raises:
        MissingExtraError: dask (or pandas, which Dask DataFrames need) is not installed.
        KeyError: a table that is not one of :data:`~kdiplomacy.export.COLUMNS`.
    """
    try:
        import dask.dataframe  # noqa: F401, PLC0415 (registers Bag.to_dataframe's backend)
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        raise MissingExtraError("dask[dataframe]", "dask") from None
    text = pd.DataFrame({"x": ["a"]}).dtypes["x"]  # the dtype this pandas gives a column of strings
    frames = {}
    for table in tables:
        columns = COLUMNS[table]
        meta = pd.DataFrame({c: pd.Series(dtype=_NON_STRING[table].get(c, text)) for c in columns})
        records = articles.map_partitions(_table_rows, table=table)
        frames[table] = records.to_dataframe(meta=meta)
    return frames


def _table_rows(articles: Iterable[Article], table: str) -> list[dict[str, Any]]:
    return [row for article in articles for row in rows(article)[table]]
