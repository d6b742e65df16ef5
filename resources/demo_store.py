"""Make the demo township's store: the township database the console logs in to.

``python -m resources.demo_store resources/demo`` reads ``township.gpkg`` there and writes
``qingxi.township.gpkg`` (a GeoPackage store: villages, facilities, sensors and their readings, hazard zones,
incidents with the reporters' personal data encrypted) and its personal-data key in ``keys/`` beside it, never
inside the store. The store has no accounts: the console asks for the first administrator when it opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

STORE_NAME = "qingxi.township.gpkg"
KEY_FOLDER = "keys"
#: store kind: (layer in township.gpkg, renamed columns)
SOURCES = {
    "villages": ("villages", {}),
    "facilities": ("facilities", {}),
    "sensors": ("sensors", {"sensor_id": "sensor_code"}),
    "hazard_zones": ("hazard_zones", {}),
    "incidents": ("incidents", {"id": "case_number"}),
    "sensor_readings": ("sensor_readings", {"sensor_id": "sensor_code"}),
}


def _records(frame: pd.DataFrame, renames: dict, columns: set[str]) -> list[dict]:
    frame = frame.rename(columns=renames)
    if isinstance(frame, gpd.GeoDataFrame):
        frame = frame.rename_geometry("geom")
    keep = [c for c in frame.columns if c in columns]
    frame = frame[keep].astype(object).where(frame[keep].notna(), None)
    return frame.to_dict("records")


def make_demo_store(folder: Path) -> Path:
    """Build the demo store in ``folder`` (replacing an old one) and return its path."""
    from datasources.atomic import atomic_path
    from datasources.store import TownshipStore
    from datasources.store.admin import init_store
    from datasources.store.models import KINDS, PERSONAL_FIELDS

    folder = Path(folder)
    source = folder / "township.gpkg"
    target = folder / STORE_NAME
    keys = folder / KEY_FOLDER
    with atomic_path(target) as tmp:
        init_store(tmp).dispose()
        store = TownshipStore(tmp, key_folder=keys)
        store.key(create=True)
        builder = store.service_session("demo-builder")
        for kind, (layer, renames) in SOURCES.items():
            model = KINDS[kind]
            columns = set(model.__mapper__.column_attrs.keys()) | set(PERSONAL_FIELDS)
            columns -= {"id", "version", "updated_at", "updated_by"}
            frame = pyogrio.read_dataframe(source, layer=layer)
            builder.add_many(kind, _records(frame, renames, columns),
                             detail={"source": f"{source.name}:{layer}"})
        store.engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    key = keys / f"{store.store_id}.key"
    for old in keys.glob("*.key"):
        if old != key:
            old.unlink()
    os.utime(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.demo_store",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path(__file__).parent / "demo")
    args = parser.parse_args(argv)
    print(f"saved {make_demo_store(args.folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
