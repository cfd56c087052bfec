"""Test configuration: hypothesis profiles chosen by environment.

* ``dev`` (default): 60 examples a property, quick enough to run on every save.
* ``ci`` (when ``CI`` is set, as in ``.ci/run``): 300 examples a property.
* ``HYPOTHESIS_PROFILE=thorough``: 3,000 examples, for a long local run.

Deadlines are off in every profile: the machines are shared and timing is noise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
