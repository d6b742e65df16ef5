"""The township store: reading with masking, importing, one audited durable edit, logging in, a box query.

References measured in the same run: the raw pyogrio read of the same table, a pyogrio write of the same
features, a bare SQLite UPDATE + commit with ``synchronous = FULL`` on the same file, one Argon2 hash, and
the same box query answered by reading every row's envelope instead of the R-tree.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from benchmarks.harness import measure, once, report

PASSWORD = "bench-password-1"


def _incidents(n: int, rng) -> list[dict]:
    xs = rng.uniform(457_000, 466_000, n)
    ys = rng.uniform(3_316_000, 3_324_000, n)
    return [{"category": "noise", "title": f"噪音 {i}", "description": "夜间施工噪音，影响休息。",
             "reporter_name": "张小明", "reporter_phone": f"138{i:08d}",
             "reporter_id_number": "330102199001011234", "geom": shapely.Point(x, y)}
            for i, (x, y) in enumerate(zip(xs, ys, strict=True))]


#: a 1 km square of the township, as a desk asks for the features in view
BOX = (461_000.0, 3_319_000.0, 462_000.0, 3_320_000.0)
_IN_BOX = ("ST_MinX(geom) <= :maxx AND ST_MaxX(geom) >= :minx AND ST_MinY(geom) <= :maxy "
           "AND ST_MaxY(geom) >= :miny")
#: what the store asks for a box (features.in_box): the R-tree's candidates, then their exact envelopes
WITH_INDEX = ("SELECT id, geom FROM facilities WHERE id IN (SELECT id FROM rtree_facilities_geom WHERE "
              "minx <= :maxx AND maxx >= :minx AND miny <= :maxy AND maxy >= :miny) AND " + _IN_BOX)
#: the same without the index: every row's envelope read
WITHOUT_INDEX = "SELECT id, geom FROM facilities WHERE " + _IN_BOX


def _box_query(admin, store, rng) -> None:
    """A box query on 100,000 features with the GeoPackage R-tree (what the store does) and without it."""
    from sqlalchemy import text

    total = len(admin.features.read("facilities"))
    more = 100_000 - total
    points = [{"kind": "camera", "geom": shapely.Point(x, y)}
              for x, y in zip(rng.uniform(457_000, 466_000, more), rng.uniform(3_316_000, 3_324_000, more),
                              strict=True)]
    admin.features.add_many("facilities", points)
    values = dict(zip(("minx", "miny", "maxx", "maxy"), BOX, strict=True))
    with store.engine.connect() as con:
        def query(sql: str) -> list:
            return con.execute(text(sql), values).all()

        found = len(query(WITH_INDEX))
        assert sorted(query(WITH_INDEX)) == sorted(query(WITHOUT_INDEX))
        ours = measure(lambda: query(WITH_INDEX), repeat=15)
        ref = measure(lambda: query(WITHOUT_INDEX), repeat=5)
    read = measure(lambda: admin.features.in_box("facilities", *BOX), repeat=5)
    report("store_bbox_query_100k", ours, "full_scan", ref, features=100_000, found=found,
           in_box_read_s=f"{read:.4f}")


def run(cache_dir: Path) -> None:
    from argon2 import PasswordHasher

    from datasources.store import TownshipStore
    from datasources.store.admin import init_store

    rng = np.random.default_rng(7)
    folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        path = folder / "township.gpkg"
        init_store(path).dispose()
        store = TownshipStore(path, key_folder=folder / "keys")
        admin = store.create_administrator("admin", PASSWORD)
        admin.features.add_many("incidents", _incidents(1000, rng))

        ours = measure(lambda: admin.features.read("incidents"), repeat=5)
        ref = measure(lambda: pyogrio.read_dataframe(path, layer="incidents"), repeat=5)
        report("store_read_incidents_1k_masked", ours, "pyogrio_read", ref)

        points = [{"kind": "camera", "name_zh": f"监控 {i}", "geom": shapely.Point(x, y)}
                  for i, (x, y) in enumerate(rng.uniform(457_000, 466_000, (10_000, 2)))]
        frame = gpd.GeoDataFrame({"kind": ["camera"] * 10_000},
                                 geometry=[p["geom"] for p in points], crs="EPSG:4549")
        ours = once(lambda: admin.features.add_many("facilities", points))
        ref = once(lambda: pyogrio.write_dataframe(frame, folder / "ref.gpkg", layer="f"))
        report("store_import_10k_points", ours, "pyogrio_write", ref)

        version = [int(admin.features.get("facilities", 1)["version"])]

        def edit() -> None:
            version[0] = admin.features.update("facilities", 1, {"capacity": version[0]}, version[0])

        ours = measure(edit, repeat=15)
        raw = sqlite3.connect(folder / "bare.sqlite")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("CREATE TABLE f (fid INTEGER PRIMARY KEY, capacity INTEGER)")
        raw.execute("INSERT INTO f VALUES (1, 0)")
        raw.commit()

        def bare() -> None:
            raw.execute("UPDATE f SET capacity = capacity + 1 WHERE fid = 1")
            raw.commit()

        ref = measure(bare, repeat=15)
        raw.close()
        report("store_edit_audited_durable", ours, "sqlite_update_commit", ref)

        hasher = PasswordHasher()
        ours = measure(lambda: store.login("admin", PASSWORD), repeat=5)
        ref = measure(lambda: hasher.hash(PASSWORD), repeat=5)
        report("store_login_argon2", ours, "argon2_hash", ref)
        _box_query(admin, store, rng)
        store.engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
