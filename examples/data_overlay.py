"""Extend the bundled tables with your own: a new spelling of a state, an official, an outlet.

Files in an overlay folder named like a bundled table (see kdiplomacy/data/) are layered on top of
it. Run it:  python examples/data_overlay.py
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import kdiplomacy

STORY = (
    "PYONGYANG, Oct. 10 (Peninsula Wire) -- The Hermit Kingdom's envoy Ri Chol-jin said Tuesday "
    "Pyongyang would answer any drills by the allies."
)

with tempfile.TemporaryDirectory() as folder:
    overlay = Path(folder)
    (overlay / "country_aliases.tsv").write_text("code\talias\tkind\nKP\tHermit Kingdom\tmetonym\n", encoding="utf-8")
    (overlay / "outlets.json").write_text(
        json.dumps(
            {"outlets": [{"name": "Peninsula Wire", "aliases": [], "domains": [], "kind": "wire", "country": None}]}
        ),
        encoding="utf-8",
    )
    (overlay / "officials.json").write_text(
        json.dumps(
            {
                "officials": [
                    {"name": "Ri Chol-jin", "country": "KP", "offices": [{"title": "envoy", "start": "2023-01-01"}]}
                ]
            }
        ),
        encoding="utf-8",
    )
    kdiplomacy.add_data_overlay(overlay)
    try:
        article = kdiplomacy.parse(STORY)
    finally:
        kdiplomacy.clear_data_overlays()

print("outlet:", article.outlet)
print("states:", [c.code for c in article.states])
print("persons:", [(p.name, p.country.code if p.country else None) for p in article.persons])
