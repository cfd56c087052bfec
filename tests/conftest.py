"""Test configuration: hypothesis profiles chosen by environment.

* ``dev`` (default): 60 examples a property, quick enough to run on every save.
* ``ci`` (when ``CI`` is set, as in ``.ci/run``): 300 examples a property.
* ``HYPOTHESIS_PROFILE=thorough``: 3,000 examples, for a long local run.

Deadlines are off in every profile: the machines are shared and timing is noise.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

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


def _load_benchmark(name: str) -> ModuleType:
    """Import a script from benchmarks/ (they are scripts, not a package) for the tests to use."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def load_benchmark() -> Callable[[str], ModuleType]:
    """The loader of benchmark scripts, for tests that hold figures to a floor."""
    return _load_benchmark
