"""A service session on a copy of the demo township's store, for tests that read its incidents and sensors.

The demo store (``resources/demo/qingxi.township.gpkg`` with its key in ``keys/``) is copied to a temporary
folder, brought to the newest schema there, and opened; when it has not been built, it is built into the
temporary folder from the demo township GeoPackage. The original is never opened.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo"


def demo_store_copy(demo_township: Path, folder: Path) -> tuple[Path, Path]:
    """Copy (or build) the demo store into ``folder``; returns (store path, key folder)."""
    from resources.demo_store import KEY_FOLDER, STORE_NAME, make_demo_store

    folder.mkdir(parents=True, exist_ok=True)
    source = DEMO / STORE_NAME
    if source.exists() and (DEMO / KEY_FOLDER).is_dir():
        shutil.copy2(source, folder / STORE_NAME)
        shutil.copytree(DEMO / KEY_FOLDER, folder / KEY_FOLDER, dirs_exist_ok=True)
    else:
        shutil.copy2(demo_township, folder / "township.gpkg")
        make_demo_store(folder)
    return folder / STORE_NAME, folder / KEY_FOLDER


def demo_service_session(demo_township: Path, folder: Path, name: str = "tests"):
    """A ``system:<name>`` session on a fresh copy of the demo store in ``folder``."""
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    store_path, keys = demo_store_copy(demo_township, folder)
    upgrade_store(store_path)
    return TownshipStore(store_path, key_folder=keys).service_session(name)
