"""Shared fixtures: where the public datasets and the demo township are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg import pg_database, pg_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "real"


@pytest.fixture(scope="session")
def real_data() -> Path:
    """The folder of public datasets beside the project; tests skip when it is absent."""
    if not REAL.is_dir():
        pytest.skip("../shared/data/real is absent (a user's clone has no ../shared); CI always has it")
    return REAL


@pytest.fixture(scope="session")
def demo_township(tmp_path_factory) -> Path:
    """The demo township GeoPackage: the one `make demo` built, else a fresh build in a temp folder."""
    built = ROOT / "resources" / "demo" / "township.gpkg"
    if built.exists() and (ROOT / "resources" / "demo" / "dem.tif").exists():
        return built
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("demo")
    subprocess.run([sys.executable, "-m", "resources.scripts.build_demo", "--out", str(out)], check=True, cwd=ROOT)
    return out / "township.gpkg"


@pytest.fixture(scope="session")
def demo_project(demo_township) -> Path:
    """The demo township's saved project (styles, DEM beneath), made beside the demo data if missing."""
    project = demo_township.parent / "qingxi.project.gpkg"
    if not project.exists():
        import subprocess
        import sys

        subprocess.run([sys.executable, "-m", "resources.scripts.demo_project", str(demo_township.parent)],
                       check=True, cwd=ROOT)
    return project
