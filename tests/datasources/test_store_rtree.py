"""Every geometry table of the embedded store has the standard GeoPackage R-tree, kept in step by every
write (the console's and GDAL's), built by the 0004 upgrade for stores made before, and used by the
store's box queries."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
import shapely
from alembic import command

from datasources.store import TownshipStore
from datasources.store.admin import _alembic_config, current_revision, head_revision, upgrade_store
from datasources.store.engine import open_engine
from datasources.store.geometry import to_gpkg_blob
from tests.datasources.store_kit import CHEAP_HASHER, X0, Y0, make_store

SPATIAL = ("facilities", "hazard_zones", "incidents", "planned_sites", "sensors", "villages")
VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def index_rows(path, table: str) -> dict[int, tuple]:
    with sqlite3.connect(path) as con:
        rows = con.execute(f'SELECT id, minx, maxx, miny, maxy FROM "rtree_{table}_geom"').fetchall()
    con.close()
    return {r[0]: r[1:] for r in rows}


def assert_index_matches(path, session, table: str) -> None:
    """The R-tree holds exactly the features with a geometry, each with its envelope (32-bit, rounded
    outwards by at most a metre at these coordinates)."""
    frame = session.features.read(table)
    placed = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    index = index_rows(path, table)
    assert set(index) == set(int(i) for i in placed.index), table
    for fid, geom in placed.geometry.items():
        minx, miny, maxx, maxy = geom.bounds
        low_x, high_x, low_y, high_y = index[int(fid)]
        assert low_x <= minx <= low_x + 1 and high_x - 1 <= maxx <= high_x, (table, fid)
        assert low_y <= miny <= low_y + 1 and high_y - 1 <= maxy <= high_y, (table, fid)


def fill(session, rng, n: int = 60) -> None:
    xs, ys = rng.uniform(X0, X0 + 5000, n), rng.uniform(Y0, Y0 + 5000, n)
    session.features.add_many("villages", [
        {"village_code": f"V{i}", "name_zh": f"村{i}", "geom": shapely.box(x, y, x + 300, y + 200)}
        for i, (x, y) in enumerate(zip(xs[:6], ys[:6], strict=True))])
    session.features.add_many("facilities", [{"kind": "camera", "geom": shapely.Point(x, y)}
                                             for x, y in zip(xs, ys, strict=True)])
    session.features.add("hazard_zones", {"hazard": "flood", "geom": shapely.box(X0, Y0, X0 + 50, Y0 + 80)})
    session.features.add("facilities", {"kind": "camera"})  # no place: not in the index
    for x, y in zip(xs[:5], ys[:5], strict=True):
        session.incidents.file_report({"category": "noise", "geom": shapely.Point(x, y)})


def test_every_geometry_table_has_an_index_kept_in_step_with_every_write(tmp_path):
    store = make_store(tmp_path)
    path = tmp_path / "township.gpkg"
    admin = store.service_session("test")
    fill(admin, np.random.default_rng(3))
    with sqlite3.connect(path) as con:
        extensions = con.execute("SELECT table_name, column_name, scope FROM gpkg_extensions "
                                 "WHERE extension_name = 'gpkg_rtree_index' ORDER BY 1").fetchall()
    con.close()
    assert extensions == [(t, "geom", "write-only") for t in SPATIAL]

    moved = shapely.Point(X0 - 500, Y0 - 500)
    admin.features.update("facilities", 1, {"geom": moved}, 1)
    admin.features.update("facilities", 2, {"geom": None}, 1)
    admin.features.delete("facilities", 3, 1)
    admin.incidents.change_status(1, "verified", "seen", 1)  # an edit that leaves the place alone
    for table in SPATIAL:
        assert_index_matches(path, admin, table)
    assert index_rows(path, "facilities")[1] == pytest.approx((X0 - 500, X0 - 500, Y0 - 500, Y0 - 500),
                                                             abs=1)
    assert list(admin.features.in_box("facilities", X0 - 501, Y0 - 501, X0 - 499, Y0 - 499).index) == [1]


def test_box_queries_find_what_a_scan_finds(tmp_path):
    store = make_store(tmp_path)
    admin = store.service_session("test")
    rng = np.random.default_rng(11)
    fill(admin, rng, n=400)
    frame = admin.features.read("facilities")
    villages = admin.features.read("villages")
    for _ in range(20):
        x, y = rng.uniform(X0, X0 + 5000, 2)
        w, h = rng.uniform(0, 1500, 2)
        box = shapely.box(x, y, x + w, y + h)
        for kind, data in (("facilities", frame), ("villages", villages)):
            placed = data[data.geometry.notna()]
            expected = sorted(int(i) for i, g in placed.geometry.items()
                              if shapely.intersects(shapely.envelope(g), box))
            found = admin.features.in_box(kind, x, y, x + w, y + h)
            assert sorted(int(i) for i in found.index) == expected, (kind, x, y, w, h)
    # the edge is exact although the index keeps 32-bit envelopes: a point 1 cm outside is not found
    point = frame.geometry.dropna().iloc[0]
    assert len(admin.features.in_box("facilities", point.x + 0.01, point.y, point.x + 5, point.y + 5)) == 0
    assert len(admin.features.in_box("facilities", point.x, point.y, point.x + 5, point.y + 5)) >= 1


def test_likely_duplicates_come_through_the_index(tmp_path):
    store = make_store(tmp_path)
    admin = store.service_session("test")
    near = admin.incidents.file_report({"category": "noise", "geom": shapely.Point(X0, Y0)})
    admin.incidents.file_report({"category": "noise", "geom": shapely.Point(X0 + 1000, Y0)})
    found = admin.incidents.likely_duplicates("noise", shapely.Point(X0 + 150, Y0),
                                              admin.features.get("incidents", near)["reported_at"])
    assert list(found.index) == [near] and found["distance_m"].iloc[0] == pytest.approx(150)


@pytest.mark.skipif(not shutil.which("ogrinfo"), reason="GDAL's ogrinfo is not installed")
def test_gdal_sees_the_index_and_its_own_edits_keep_it(tmp_path):
    store = make_store(tmp_path)
    path = tmp_path / "township.gpkg"
    admin = store.service_session("test")
    fill(admin, np.random.default_rng(5))
    store.engine.dispose()
    for table in SPATIAL:
        done = subprocess.run(["ogrinfo", "-q", str(path), "-sql",
                               f"SELECT HasSpatialIndex('{table}', 'geom')"],
                              capture_output=True, text=True, check=True)
        assert "HasSpatialIndex (Integer) = 1" in done.stdout, (table, done.stdout, done.stderr)
    done = subprocess.run(["ogrinfo", "-ro", "-so", str(path), "facilities", "-spat",
                           str(X0), str(Y0), str(X0 + 2500), str(Y0 + 2500)],
                          capture_output=True, text=True, check=True)
    gdal_count = int(done.stdout.split("Feature Count:")[1].split()[0])
    assert gdal_count == len(admin.features.in_box("facilities", X0, Y0, X0 + 2500, Y0 + 2500)) > 0
    # QGIS (through GDAL) moves a facility and deletes another: the console's box query follows.
    far = admin.features.get("facilities", 30)["geom"]
    subprocess.run(["ogrinfo", "-q", str(path), "-sql", "UPDATE facilities SET geom = "
                    "(SELECT geom FROM facilities WHERE id = 30) WHERE id = 4"], check=True,
                   capture_output=True)
    subprocess.run(["ogrinfo", "-q", str(path), "-sql", "DELETE FROM facilities WHERE id = 5"],
                   check=True, capture_output=True)
    found = admin.features.in_box("facilities", far.x - 0.5, far.y - 0.5, far.x + 0.5, far.y + 0.5)
    assert sorted(found.index) == [4, 30]
    assert_index_matches(path, admin, "facilities")
    if VALIDATOR.is_file() and shutil.which(SYSTEM_PYTHON):
        check = subprocess.run([SYSTEM_PYTHON, str(VALIDATOR), str(path)], capture_output=True, text=True,
                               check=False)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def test_the_upgrade_builds_the_index_of_a_store_made_before(tmp_path):
    path = tmp_path / "old.gpkg"
    engine = open_engine(path)
    with engine.begin() as con:
        command.upgrade(_alembic_config(con, 4549), "0003")
        con.exec_driver_sql("INSERT INTO township_store_info VALUES ('store_id', 'abc'), ('srid', '4549')")
    engine.dispose()
    blob_engine = open_engine(path)  # rows as a 0003 console wrote them
    with blob_engine.begin() as con:
        for i in range(30):
            con.exec_driver_sql("INSERT INTO facilities (kind, version, geom) VALUES ('camera', 1, ?)",
                                (to_gpkg_blob(shapely.Point(X0 + i, Y0 + 2 * i), 4549),))
        assert con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_%'"
                                   ).scalar() == 0
    blob_engine.dispose()
    assert upgrade_store(path) == head_revision()
    store = TownshipStore(path, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.service_session("test")
    for table in SPATIAL:
        assert_index_matches(path, admin, table)
    assert len(index_rows(path, "facilities")) == 30
    assert sorted(admin.features.in_box("facilities", X0 + 9.5, Y0, X0 + 12.5, Y0 + 100).index) == [11, 12, 13]
    store.engine.dispose()
    engine = open_engine(path)
    with engine.begin() as con:  # and back: the downgrade leaves no index behind
        command.downgrade(_alembic_config(con), "0003")
    assert current_revision(engine) == "0003"
    with engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_%'"
                                   ).scalar() == 0
        assert con.exec_driver_sql("SELECT count(*) FROM gpkg_extensions WHERE extension_name = "
                                   "'gpkg_rtree_index'").scalar() == 0
    engine.dispose()


def test_box_queries_on_postgis_use_the_same_words(pg_database, tmp_path):
    """A shared store answers the same box query through PostGIS's index (GiST, since 0001)."""
    from datasources.store.admin import init_store

    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    try:
        admin = store.service_session("test")
        fill(admin, np.random.default_rng(7), n=200)
        frame = admin.features.read("facilities").dropna(subset=["geom"])
        box = shapely.box(X0 + 1000, Y0 + 1000, X0 + 2500, Y0 + 3000)
        expected = sorted(int(i) for i, g in frame.geometry.items() if shapely.intersects(g, box))
        found = admin.features.in_box("facilities", *box.bounds)
        assert sorted(int(i) for i in found.index) == expected and expected
    finally:
        store.engine.dispose()
