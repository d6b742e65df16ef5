"""Shared pieces of the township store tests: a store in a temp folder, a cheap password hasher, a township
with features of every kind in two villages, and the command line run in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import argon2
import shapely

from datasources.store import TownshipStore
from datasources.store.admin import init_store, table_checksums

ROOT = Path(__file__).resolve().parents[2]
#: Argon2 at its cheapest: the tests log in hundreds of times (the default costs ~0.1-0.4 s a login).
CHEAP_HASHER = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ADMIN, ADMIN_PASSWORD = "admin", "township-admin-1"
PASSWORD = "correct-horse-9"
NAME, PHONE, ID_NUMBER = "张小明", "13812345678", "330102199001011234"
OTHER_NAME, OTHER_PHONE, OTHER_ID_NUMBER = "李红", "13998765432", "33010219850505432X"
X0, Y0 = 500000.0, 3000000.0  # near the central meridian of EPSG:4549
VILLAGES = ("V1", "V2")
AUDIT_TABLES = ("audit_events", "audit_head")


def make_store(folder: Path, hasher=CHEAP_HASHER) -> TownshipStore:
    """A new, empty store ``township.gpkg`` in ``folder`` with its key folder beside it."""
    path = folder / "township.gpkg"
    init_store(path).dispose()
    return TownshipStore(path, key_folder=folder / "keys", hasher=hasher)


def store_of_kind(request, folder: Path) -> TownshipStore:
    """A new, empty store of a fixture's kind (``request.param``): ``"gpkg"``, a GeoPackage in ``folder``;
    else the session's PostgreSQL database (the ``pg_database`` fixture), its key folder in ``folder``."""
    if request.param == "gpkg":
        return make_store(folder)
    url = request.getfixturevalue("pg_database")
    init_store(url).dispose()
    return TownshipStore(url, key_folder=folder / "keys", hasher=CHEAP_HASHER)


def reopen(store: TownshipStore) -> TownshipStore:
    """Another console on the same file (its own engine and connections)."""
    return TownshipStore(store.url, key_folder=store.key_folder, hasher=store.hasher)


def offset(village: str | None) -> float:
    return 0.0 if village in (None, "V1") else 2000.0


def sample(kind: str, village: str | None, n: int) -> dict:
    """Values for a new feature of ``kind`` in ``village`` (``n`` keeps codes and places distinct)."""
    x, y = X0 + offset(village) + 10 * n % 1000, Y0 + 7 * n % 1000
    point = shapely.Point(x, y)
    box = shapely.box(x, y, x + 5, y + 5)
    return {
        "villages": {"village_code": f"N{n}", "name_zh": f"新村{n}", "population": n,
                     "area_km2": 1.5, "geom": box},
        "facilities": {"kind": "school", "name_zh": f"学校{n}", "name_en": f"School {n}",
                       "village_code": village, "capacity": 100 + n, "geom": point},
        "sensors": {"sensor_code": f"S{n}", "kind": "rain_gauge", "units": "mm",
                    "village_code": village, "elevation_m": 12.5, "geom": point},
        "sensor_readings": {"sensor_code": f"S-{village or 'V1'}", "parameter": "rain_mm",
                            "time": datetime(2024, 7, 1, tzinfo=UTC) + timedelta(minutes=n),
                            "value": float(n)},
        "hazard_zones": {"hazard": "flood", "level": "high", "source": "survey", "geom": box},
        "incidents": {"category": "road", "title": f"路面塌陷{n}", "village_code": village,
                      "reporter_name": NAME, "reporter_phone": PHONE,
                      "reporter_id_number": ID_NUMBER, "geom": point},
        "planned_sites": {"kind": "tower", "name": f"塔{n}", "village_code": village,
                          "height_m": 30.0, "geom": point},
    }[kind]


#: One harmless edit per kind.
CHANGES = {"villages": {"name_pinyin": "xincun"}, "facilities": {"capacity": 999},
           "sensors": {"units": "cm"}, "sensor_readings": {"value": -1.0},
           "hazard_zones": {"level": "low"}, "incidents": {"title": "路面已修"},
           "planned_sites": {"height_m": 45.0}}


def fill_township(admin) -> dict[str, dict[str | None, int]]:
    """Villages V1 and V2 with a feature of every kind each (readings of each village's sensor, an incident
    with a reporter's personal data); returns the ids by kind and village (None for hazard zones)."""
    ids: dict[str, dict[str | None, int]] = {kind: {} for kind in CHANGES}
    for village in VILLAGES:
        x = X0 + offset(village)
        ids["villages"][village] = admin.features.add("villages", {
            "village_code": village, "name_zh": f"村{village}", "population": 800,
            "geom": shapely.box(x, Y0, x + 1000, Y0 + 1000)})
    for i, village in enumerate(VILLAGES, start=1):
        ids["facilities"][village] = admin.features.add("facilities", sample("facilities", village, i))
        ids["sensors"][village] = admin.features.add("sensors", {**sample("sensors", village, i),
                                                        "sensor_code": f"S-{village}"})
        ids["sensor_readings"][village] = admin.features.add_many(
            "sensor_readings", [sample("sensor_readings", village, i + k) for k in range(3)])[0]
        ids["incidents"][village] = admin.features.add("incidents", {
            **sample("incidents", village, i),
            **({} if village == "V1" else {"reporter_name": OTHER_NAME,
                                           "reporter_phone": OTHER_PHONE,
                                           "reporter_id_number": OTHER_ID_NUMBER})})
        ids["planned_sites"][village] = admin.features.add("planned_sites", sample("planned_sites", village, i))
    ids["hazard_zones"][None] = admin.features.add("hazard_zones", sample("hazard_zones", None, 1))
    return ids


def data_checksums(store: TownshipStore) -> dict:
    """:func:`table_checksums` of every table but the audit trail's."""
    return {t: v for t, v in table_checksums(store.engine).items() if t not in AUDIT_TABLES}


def audit_count(store: TownshipStore) -> int:
    return table_checksums(store.engine)["audit_events"][0]


#: Runs ``township-console`` in a child process (the test process blocks the ``console`` package) and fails
#: if the store commands pulled in Qt.
_CLI = ("import sys\nfrom console.cli import main\nrc = main(sys.argv[1:])\n"
        "gui = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt'))\n"
        "assert not gui, f'the store commands loaded {gui}'\nsys.exit(rc)\n")


def run_cli(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    """``township-console ARGS`` as the user runs it: its exit code, stdout and stderr."""
    return subprocess.run([sys.executable, "-c", _CLI, *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)
