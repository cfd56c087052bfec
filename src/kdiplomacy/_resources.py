"""Access to the data files shipped inside the package (``kdiplomacy/data``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """Return the text of the bundled data file ``name`` (UTF-8)."""
    return resources.files("kdiplomacy.data").joinpath(name).read_text(encoding="utf-8")


def read_json(name: str) -> Any:
    """Return the parsed content of the bundled JSON data file ``name``."""
    return json.loads(read_text(name))


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Yield the rows of the bundled tab-separated file ``name`` as dicts keyed by its header.

    Lines starting with ``#`` and blank lines are skipped.
    """
    lines = (line for line in io.StringIO(read_text(name)) if line.strip() and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
