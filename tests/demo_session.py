"""A service session on a copy of the demo township's store, for tests that read its incidents and sensors.

The tests need the township's own dates (its story ends on 2025-07-06), while ``make demo`` moves the demo
store's dates to the week before the day it is built. So the store is built once per test run from the demo
township GeoPackage with ``as_of`` 2025-07-06, and each test gets a copy of it, brought to the newest schema.
It has no planned sites and no past alerts (``make demo`` adds them): the planning and alert tests count
their own; ``tests/layers/test_demo_services.py`` adds them to a copy.
The demo store in ``resources/demo`` is never opened.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_BUILT: dict[Path, Path] = {}


def _story_dated_store(demo_township: Path) -> Path:
    """The folder of a demo store with the township's own dates, built once per test run."""
    from resources.scripts.demo_store import DEMO_AS_OF, make_demo_store

    if demo_township not in _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="demo-store-"))
        atexit.register(shutil.rmtree, folder, True)
        shutil.copy2(demo_township, folder / "township.gpkg")
        make_demo_store(folder, as_of=DEMO_AS_OF.date(), services=False)
        _BUILT[demo_township] = folder
    return _BUILT[demo_township]


def demo_store_copy(demo_township: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the story-dated demo store in ``folder``; returns (store path, key folder)."""
    from resources.scripts.demo_store import KEY_FOLDER, STORE_NAME

    built = _story_dated_store(demo_township)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(built / STORE_NAME, folder / STORE_NAME)
    shutil.copytree(built / KEY_FOLDER, folder / KEY_FOLDER, dirs_exist_ok=True)
    return folder / STORE_NAME, folder / KEY_FOLDER


def demo_service_session(demo_township: Path, folder: Path, name: str = "tests"):
    """A ``system:<name>`` session on a fresh copy of the demo store in ``folder``."""
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    store_path, keys = demo_store_copy(demo_township, folder)
    upgrade_store(store_path)
    return TownshipStore(store_path, key_folder=keys).service_session(name)
