"""How a Corpus finds its files: news to parse, or interchange documents to read as they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kdiplomacy.errors import SchemaError
from kdiplomacy.model import Article
from kdiplomacy.serialize import articles_from_jsonl, from_dict, from_json

__all__ = ["holds_documents", "read_documents"]


def holds_documents(path: Path) -> bool:
    """Whether a .json/.jsonl file holds interchange documents rather than raw news records:
    its first object (or the first line of JSON Lines) has a ``schema_version``."""
    suffix = path.suffix.lower()
    if suffix not in {".json", ".jsonl"}:
        return False
    try:
        with path.open(encoding="utf-8-sig") as stream:
            head = stream.read(4096) if suffix == ".json" else next((line for line in stream if line.strip()), "")
    except (OSError, UnicodeError):
        return False
    return '"schema_version"' in head


def read_documents(path: Path) -> list[Article]:
    """The interchange documents of a file: JSON Lines, or one JSON document or array of them."""
    with path.open(encoding="utf-8-sig") as stream:
        if path.suffix.lower() != ".json":
            return list(articles_from_jsonl(stream, source=str(path)))
        text = stream.read()
    if not text.lstrip().startswith("["):
        return [from_json(Article, text, source=str(path))]
    try:
        items: Any = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise SchemaError([f"not a JSON array of documents: {exc}"], source=str(path)) from None
    return [from_dict(Article, item, source=f"{path}[{index}]") for index, item in enumerate(items)]
