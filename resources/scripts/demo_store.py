"""Make the demo township's store: the township database the console logs in to.

``python -m resources.scripts.demo_store resources/demo`` reads ``township.gpkg`` there and writes
``qingxi.township.gpkg`` (a GeoPackage store: villages, facilities, sensors and their readings, hazard zones,
incidents with the reporters' personal data encrypted, their deadlines and a history of status changes,
planned sites and the alerts of past storms) and its personal-data key in ``keys/`` beside it, never
inside the store. The store has no accounts: the console asks for the first administrator when it opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from resources import RESOURCES_DIR

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


#: When the demo township's story ends (``as_of`` in its ``township_info``).
DEMO_AS_OF = datetime(2025, 7, 6, tzinfo=UTC)
TIME_COLUMNS = ("reported_at", "updated_at", "closed_at", "time")


def shift_to(as_of: date) -> pd.Timedelta:
    """Whole weeks that move the demo's story so it ends in the week before ``as_of`` (weekdays kept),
    so the reports in the window are days old, not years."""
    days = (as_of - DEMO_AS_OF.date()).days
    return pd.Timedelta(weeks=max(days, 0) // 7)


def _shifted(frame: pd.DataFrame, shift: pd.Timedelta) -> pd.DataFrame:
    times = {c: pd.to_datetime(frame[c], utc=True, format="ISO8601") + shift
             for c in TIME_COLUMNS if c in frame.columns}
    return frame.assign(**times)


def _records(frame: pd.DataFrame, renames: dict, columns: set[str]) -> list[dict]:
    frame = frame.rename(columns=renames)
    if isinstance(frame, gpd.GeoDataFrame):
        frame = frame.rename_geometry("geom")
    keep = [c for c in frame.columns if c in columns]
    frame = frame[keep].astype(object).where(frame[keep].notna(), None)
    return frame.to_dict("records")


def _write_history(store, username: str, frame, extras, ids: list[int]) -> None:
    """Link the duplicates to their originals and write each incident's history (one audit record)."""
    from sqlalchemy import update

    from datasources.store import audit
    from datasources.store.models import Incident, IncidentEvent
    from resources.scripts.demo_parts.incident_history import history, originals

    duplicates = originals(frame)
    events = history(frame, extras, list(frame["id"]), duplicates)
    with store.transaction() as session:
        for row, original in duplicates.items():
            session.execute(update(Incident).where(Incident.id == ids[row])
                            .values(duplicate_of=ids[original]))
        session.add_all(IncidentEvent(**{**e, "incident_id": ids[e["incident_id"]]}) for e in events)
        audit.append(session, username, "import", f"incident_events:{len(events)} events", "ok",
                     {"count": len(events), "duplicates_linked": len(duplicates)})


def _add_services(store, builder, source: Path, shift: pd.Timedelta) -> None:
    """The planned sites and past alerts (:mod:`resources.scripts.demo_parts.store_services`)."""
    from resources.scripts.demo_parts.store_services import add_services

    def read(layer: str):
        return pyogrio.read_dataframe(source, layer=layer).rename(columns={"sensor_id": "sensor_code"})

    readings = _shifted(read("sensor_readings"), shift)
    add_services(store, builder, read("villages"), read("households"), readings, read("sensors"))


def make_demo_store(folder: Path, as_of: date | None = None, services: bool = True) -> Path:
    """Build the demo store in ``folder`` (replacing an old one) and return its path.

    The township's times are moved by whole weeks so its story ends just before ``as_of`` (default
    today); the source ``township.gpkg`` keeps its own dates. With ``services`` (the default) the store
    also gets planned sites and the alerts of past storms, answered and closed, for the governance
    dashboard (:mod:`resources.scripts.demo_parts.store_services`).
    """
    from datasources.atomic import atomic_path
    from datasources.store import TownshipStore
    from datasources.store.admin import init_store
    from datasources.store.incident_intake import numbers_by_year
    from datasources.store.models import KINDS, PERSONAL_FIELDS
    from resources.scripts.demo_parts.incident_history import incident_extras

    folder = Path(folder)
    source = folder / "township.gpkg"
    target = folder / STORE_NAME
    keys = folder / KEY_FOLDER
    shift = shift_to(as_of or datetime.now(UTC).date())
    with atomic_path(target) as tmp:
        init_store(tmp).dispose()
        store = TownshipStore(tmp, key_folder=keys)
        store.key(create=True)
        builder = store.service_session("demo-builder")
        for kind, (layer, renames) in SOURCES.items():
            model = KINDS[kind]
            columns = set(model.__mapper__.column_attrs.keys()) | set(PERSONAL_FIELDS)
            columns -= {"id", "version", "updated_by"} | ({"updated_at"} if kind != "incidents" else set())
            frame = _shifted(pyogrio.read_dataframe(source, layer=layer), shift)
            if kind == "incidents":
                # Numbered again after the move in time: a report moved into the next year gets that
                # year's number, as the store would have given it (one scheme, one counter per year).
                frame["id"] = numbers_by_year(frame["reported_at"])
                extras = incident_extras(frame, builder.incidents.deadlines())
                frame = frame.assign(**{c: extras[c] for c in extras.columns})
            ids = builder.features.add_many(kind, _records(frame, renames, columns),
                                   detail={"source": f"{source.name}:{layer}"})
            if kind == "incidents":
                _write_history(store, builder.username, frame, extras, ids)
        if services:
            _add_services(store, builder, source, shift)
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
    parser = argparse.ArgumentParser(prog="python -m resources.scripts.demo_store",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=RESOURCES_DIR / "demo")
    parser.add_argument("--as-of", type=date.fromisoformat, default=None,
                        help="end the demo's story just before this day (default today); "
                             "2025-07-06 keeps the township's own dates")
    args = parser.parse_args(argv)
    print(f"saved {make_demo_store(args.folder, args.as_of)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
