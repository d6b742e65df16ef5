"""Shared fixtures: where the public datasets and the demo township are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "real"


@pytest.fixture(scope="session")
def real_data() -> Path:
    """The folder of public datasets beside the project; tests skip when it is absent."""
    if not REAL.is_dir():
        pytest.skip("../shared/data/real is absent (a user's clone has no ../shared); CI always has it")
    return REAL
