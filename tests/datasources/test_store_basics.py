"""The embedded township store is a valid GeoPackage after every kind of write, opens safely on a network share,
matches its Alembic schema, and upgrades as a no-op when current."""

from __future__ import annotations

import pickle
import sqlite3
import struct
import subprocess
import sys

import pytest
import shapely
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, insert, inspect, select

from datasources.errors import StoreError
from datasources.store import TownshipStore
from datasources.store.admin import (
    current_revision,
    head_revision,
    init_store,
    integrity_problems,
    table_checksums,
    upgrade_store,
)
from datasources.store.engine import filesystem_type, journal_mode, on_network_share, open_engine
from datasources.store.geometry import Geometry
from datasources.store.gpkg import register_functions
from datasources.store.models import Base, StoreInfo
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    fill_township,
    make_store,
    sample,
)

LAYERS = {"villages": "MultiPolygon", "facilities": "Point", "sensors": "Point",
          "hazard_zones": "MultiPolygon", "incidents": "Point", "planned_sites": "Point",
          "sensor_readings": None, "incident_events": None, "incident_photos": None,
          "category_deadlines": None, "alerts": None, "alert_events": None, "publications": None,
          "scenario_sites": None}


#: GDAL in a child process, as QGIS reads the store while a console has it open. (In this process GDAL would
#: bring its own copy of SQLite, whose closing of the file drops this process's locks and its WAL.)
#: ``-W error::RuntimeWarning`` turns GDAL's "bad application_id" warning into a failure.
_GDAL = """
import pickle, sys
import pyogrio
path, out = sys.argv[1], sys.argv[2]
layers = {str(name): kind for name, kind in pyogrio.list_layers(path)}
result = {"layers": layers, "info": {}, "frames": {}}
for name in layers:
    result["info"][name] = pyogrio.read_info(path, layer=name)
    result["frames"][name] = pyogrio.read_dataframe(path, layer=name, fid_as_index=True)
with open(out, "wb") as fh:
    pickle.dump(result, fh)
"""


def assert_valid_geopackage(path) -> dict:
    """Check what GDAL, QGIS and SQLite need to see in the file; return what GDAL reads of each layer."""
    header = path.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert struct.unpack(">I", header[68:72])[0] == 0x47504B47, "application_id in the header is not GPKG"
    assert struct.unpack(">I", header[60:64])[0] == 10300, "user_version in the header is not 10300"
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10300
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    out = path.with_name("gdal.pickle")
    child = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-c", _GDAL, str(path),
                            str(out)], capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stderr
    with open(out, "rb") as fh:
        gdal = pickle.load(fh)
    assert gdal["layers"] == LAYERS
    for name, kind in LAYERS.items():
        info = gdal["info"][name]
        assert info["driver"] == "GPKG"
        assert info["crs"] == ("EPSG:4549" if kind else None), name
        assert info["fid_column"] == "id"
    return gdal


def test_store_stays_a_geopackage_through_add_update_delete_and_import(tmp_path):
    path = tmp_path / "township.gpkg"
    creator = init_store(path)  # still open, as a console that has just made the store
    assert_valid_geopackage(path)
    store = TownshipStore(path, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    creator.dispose()

    ids = fill_township(admin)  # add
    assert integrity_problems(store.engine) == []
    frames = assert_valid_geopackage(path)["frames"]
    for i, village in enumerate(("V1", "V2"), start=1):
        expected = sample("facilities", village, i)
        row = frames["facilities"].loc[ids["facilities"][village]]
        assert shapely.equals_exact(row.geometry, expected.pop("geom"), 0.0)
        assert {k: row[k] for k in expected} == expected
        assert (row["version"], row["updated_by"]) == (1, ADMIN)
    v2 = frames["villages"].loc[ids["villages"]["V2"]]
    assert v2.geometry.geom_type == "MultiPolygon"
    assert shapely.equals_exact(v2.geometry, shapely.multipolygons(
        [shapely.box(502000, 3000000, 503000, 3001000)]), 0.0)
    assert (v2["village_code"], v2["name_zh"], v2["population"]) == ("V2", "村V2", 800)
    first = frames["sensor_readings"].loc[ids["sensor_readings"]["V1"]]
    assert (first["sensor_code"], first["parameter"], first["value"]) == ("S-V1", "rain_mm", 1.0)
    assert str(first["time"]).startswith("2024-07-01 00:01:00")
    assert frames["incidents"].loc[ids["incidents"]["V1"], "title"] == "路面塌陷1"

    facility = admin.features.get("facilities", ids["facilities"]["V1"])  # update
    moved = shapely.Point(500123.25, 3000456.5)
    admin.features.update("facilities", facility["id"], {"capacity": 7, "geom": moved}, facility["version"])
    reading = ids["sensor_readings"]["V2"]
    admin.features.update("sensor_readings", reading, {"value": 2.5}, None)
    frames = assert_valid_geopackage(path)["frames"]
    row = frames["facilities"].loc[facility["id"]]
    assert (row["capacity"], row["version"]) == (7, 2)
    assert shapely.equals_exact(row.geometry, moved, 0.0)
    assert frames["sensor_readings"].loc[reading, "value"] == 2.5

    site = admin.features.get("planned_sites", ids["planned_sites"]["V2"])  # delete
    admin.features.delete("planned_sites", site["id"], site["version"])
    admin.features.delete("sensor_readings", reading, None)
    frames = assert_valid_geopackage(path)["frames"]
    assert site["id"] not in frames["planned_sites"].index
    assert reading not in frames["sensor_readings"].index

    imported = [sample("facilities", "V2", n) for n in range(10, 60)]  # import
    new_ids = admin.features.add_many("facilities", imported)
    assert integrity_problems(store.engine) == []
    gdal = assert_valid_geopackage(path)
    facilities = gdal["frames"]["facilities"]
    assert len(facilities) == 52
    assert list(facilities.loc[new_ids, "capacity"]) == [r["capacity"] for r in imported]
    assert shapely.equals_exact(facilities.loc[new_ids].geometry.values,
                                [r["geom"] for r in imported], 0.0).all()
    # The layer extent QGIS zooms to covers exactly the features.
    assert tuple(gdal["info"]["facilities"]["total_bounds"]) == pytest.approx(
        tuple(facilities.total_bounds))

    # The integrity check can fail: a facility in a village that does not exist, written by hand (with the
    # SQL functions a GeoPackage's R-tree triggers call, as GDAL and the console define them).
    with sqlite3.connect(path) as con:
        register_functions(con)
        con.execute("INSERT INTO facilities (kind, village_code, version) VALUES ('x', 'NOPE', 1)")
    con.close()
    assert any("foreign key" in p for p in integrity_problems(store.engine))


def test_network_share_uses_a_rollback_journal(tmp_path):
    share, nfs, local = (tmp_path / name for name in ("share", "nfs", "local"))
    for folder in (share, nfs, local):
        folder.mkdir()
    mounts = (f"sysfs /sys sysfs rw 0 0\n/dev/nvme0n1p2 / ext4 rw,relatime 0 0\n"
              f"//fileserver/gis {share.resolve()} cifs rw,vers=3.0 0 0\n"
              f"nas:/export/township {nfs.resolve()} nfs4 rw,hard 0 0\n")
    assert on_network_share(share / "township.gpkg", mounts)
    assert on_network_share(share, mounts)
    assert on_network_share(nfs / "deep" / "down" / "township.gpkg", mounts)
    assert filesystem_type(nfs / "a.gpkg", mounts) == "nfs4"
    assert not on_network_share(local / "township.gpkg", mounts)
    assert not on_network_share(tmp_path / "share2" / "township.gpkg", mounts)  # a prefix, not inside

    for folder, expected in ((share, "delete"), (nfs, "delete"), (local, "wal")):
        path = folder / "township.gpkg"
        init_store(path).dispose()
        engine = open_engine(path, mounts=mounts)
        try:
            assert journal_mode(engine) == expected, folder.name
            with engine.connect() as con:
                assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
                assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with engine.begin() as con:
                con.execute(insert(StoreInfo), {"key": "written", "value": folder.name})
            assert (folder / "township.gpkg-wal").exists() == (expected == "wal")
            with engine.connect() as con:
                assert con.scalar(select(StoreInfo.value).where(StoreInfo.key == "written")) == folder.name
        finally:
            engine.dispose()


def schema_differences(connection, metadata: MetaData) -> list:
    """Alembic's differences between the database and ``metadata``, less the two the GeoPackage makes.

    - ``remove_table`` of ``gpkg_*``: the GeoPackage core tables, made by the migration outside the models;
      of ``rtree_*``: the GeoPackage R-tree spatial indexes (virtual tables and their shadow tables).
    - ``modify_type`` of a geometry column: SQLite reflects the declared type ``POINT`` or ``MULTIPOLYGON`` by
      its affinity (INTEGER, NUMERIC); accepted only when the declared type is exactly the model's.
    """
    unexplained = []
    for diff in compare_metadata(MigrationContext.configure(connection), metadata):
        op = diff[0] if isinstance(diff, tuple) else diff[0][0]
        if op == "remove_table" and diff[1].name.startswith(("gpkg_", "rtree_")):
            continue
        if op == "modify_type":
            _, _, table, column, _, _, model_type = diff[0]
            declared = {row[1]: row[2] for row in connection.exec_driver_sql(
                f'PRAGMA table_info("{table}")')}[column]
            if isinstance(model_type, Geometry) and declared == model_type.geometry_type.upper():
                continue
        unexplained.append(diff)
    return unexplained


def missing_from_database(connection, metadata: MetaData) -> list[str]:
    """Model tables and columns the database lacks."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    missing = []
    for table in metadata.sorted_tables:
        if table.name not in tables:
            missing.append(table.name)
            continue
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        missing += [f"{table.name}.{c.name}" for c in table.columns if c.name not in columns]
    return missing


def test_migrated_schema_matches_the_models(tmp_path):
    engine = init_store(tmp_path / "township.gpkg")
    try:
        with engine.connect() as con:
            assert schema_differences(con, Base.metadata) == []
            assert missing_from_database(con, Base.metadata) == []
            # The comparison can fail: a model with one more column and one more table than the database.
            grown = MetaData()
            for table in Base.metadata.sorted_tables:
                table.to_metadata(grown)
            grown.tables["incidents"].append_column(Column("priority", Integer))
            Table("patrols", grown, Column("id", Integer, primary_key=True))
            found = {(d[0] if isinstance(d, tuple) else d[0][0]) for d in schema_differences(con, grown)}
            assert found == {"add_column", "add_table"}
            assert sorted(missing_from_database(con, grown)) == ["incidents.priority", "patrols"]
    finally:
        engine.dispose()


def test_upgrade_is_a_no_op_on_a_current_store(tmp_path):
    store = make_store(tmp_path)
    fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    path = tmp_path / "township.gpkg"
    before = table_checksums(store.engine)
    with sqlite3.connect(path) as con:
        schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    con.close()
    assert upgrade_store(path) == head_revision() == current_revision(store.engine)
    assert table_checksums(store.engine) == before
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    con.close()
    assert_valid_geopackage(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as con:
        con.execute("CREATE TABLE roads (id INTEGER PRIMARY KEY)")
    con.close()
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a database at all " * 50)
    for path, words in ((plain, "not a township store"), (junk, "cannot be opened as a GeoPackage .file is not a database"),
                        (tmp_path / "typo.gpkg", "does not exist")):
        with pytest.raises(StoreError, match=words):
            upgrade_store(path)
        with pytest.raises(StoreError):
            TownshipStore(path)
    assert junk.read_bytes() == b"not a database at all " * 50
