"""A store made at schema revision 0001 (before the incident desk) upgrades to the head (0005) with ``township-console db
upgrade``: its rows, personal data and audit chain intact, the incidents table still a GeoPackage layer, the new
tables registered and seeded, and the schema then equal to the models."""

from __future__ import annotations

import importlib.util
import sqlite3
import uuid
from datetime import UTC, datetime

import pytest
import shapely
from alembic import command
from sqlalchemy import create_engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from datasources.store import TownshipStore, audit
from datasources.store.admin import (
    MIGRATIONS,
    _alembic_config,
    current_revision,
    head_revision,
    upgrade_store,
)
from datasources.store.crypto import PersonalDataKey
from datasources.store.engine import open_engine
from datasources.store.models import Base, StoreInfo
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER, NAME, X0, Y0, run_cli
from tests.datasources.test_store_basics import (
    assert_valid_geopackage,
    missing_from_database,
    schema_differences,
)

NEW_TABLES = {"incident_events", "incident_photos", "category_deadlines"}


def baseline():
    """The tables as revision 0001 made them (the migration's own snapshot)."""
    path = MIGRATIONS / "versions" / "0001_township_store.py"
    spec = importlib.util.spec_from_file_location("township_0001", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.baseline()


def store_at_0001(path, keys):
    """A store as the console made it before revision 0002, with a village, two incidents (one with an
    encrypted reporter) and audit records."""
    engine = open_engine(path)
    store_id = uuid.uuid4().hex
    with engine.begin() as con:
        command.upgrade(_alembic_config(con, 4549), "0001")
        con.execute(insert(StoreInfo.__table__), [
            {"key": "store_id", "value": store_id}, {"key": "srid", "value": "4549"},
            {"key": "created_at", "value": "2025-01-01T00:00:00+00:00"}])
    tables = baseline().tables
    assert "assignee" not in tables["incidents"].c and "incident_events" not in tables
    key = PersonalDataKey.for_store(store_id, keys, create=True)
    with engine.begin() as con:
        con.execute(insert(tables["villages"]), [{
            "village_code": "V1", "name_zh": "村V1", "version": 1,
            "geom": shapely.multipolygons([shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)])}])
        incidents = insert(tables["incidents"])
        con.execute(incidents, [
            {"case_number": "QX-2025-0001", "category": "road_damage", "status": "new", "version": 1,
             "title": "路面塌陷", "village_code": "V1", "reported_at": datetime(2025, 3, 1, tzinfo=UTC),
             "reporter_name_enc": key.encrypt(NAME), "geom": shapely.Point(X0 + 10, Y0 + 10)}])
        con.execute(incidents, [
            {"case_number": "QX-2025-0002", "category": "noise", "status": "closed", "version": 3,
             "reported_at": datetime(2025, 3, 2, tzinfo=UTC),
             "closed_at": datetime(2025, 3, 3, tzinfo=UTC), "geom": shapely.Point(X0 + 20, Y0 + 20)}])
    with Session(engine) as session, session.begin():
        audit.append(session, "system:old-console", "import", "incidents:2 features", "ok", {"count": 2})
    return engine


def old_rows(path) -> dict:
    """Every row of every 0001 table, in the 0001 columns only."""
    out = {}
    with sqlite3.connect(path) as con:
        for table in baseline().sorted_tables:
            columns = ", ".join(f'"{c.name}"' for c in table.columns)
            out[table.name] = con.execute(f'SELECT {columns} FROM "{table.name}" ORDER BY 1').fetchall()
    con.close()
    return out


def test_a_0001_store_upgrades_to_the_head_keeping_its_data(tmp_path):
    path, keys = tmp_path / "old.gpkg", tmp_path / "keys"
    engine = store_at_0001(path, keys)
    assert current_revision(engine) == "0001"
    engine.dispose()
    before = old_rows(path)
    assert len(before["incidents"]) == 2 and len(before["audit_events"]) == 1

    done = run_cli("db", "upgrade", path)
    assert (done.returncode, done.stdout.strip()) == (0, f"the store is at revision {head_revision()}"), \
        done.stderr
    after = old_rows(path)
    assert after.pop("township_store_info") == sorted(before.pop("township_store_info")
                                                      + [("case_prefix", "QX")])
    assert after == before  # not one other value of the old tables changed

    gdal = assert_valid_geopackage(path)  # incidents still a layer; the new tables attribute tables
    assert len(gdal["frames"]["incidents"]) == 2
    with sqlite3.connect(path) as con:
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        assert {t: contents[t] for t in NEW_TABLES | {"incidents"}} == {
            "incidents": "features", "incident_events": "attributes",
            "incident_photos": "attributes", "category_deadlines": "attributes"}
        new_columns = con.execute("SELECT assignee, duplicate_of, due_at, address, source, source_number "
                                  "FROM incidents").fetchall()
        assert new_columns == [(None,) * 6] * 2
        assert con.execute("SELECT value FROM township_store_info WHERE key = 'case_prefix'"
                           ).fetchone() == ("QX",)
    con.close()
    engine = open_engine(path)
    try:
        with engine.connect() as con:
            assert schema_differences(con, Base.metadata) == []
            assert missing_from_database(con, Base.metadata) == []
    finally:
        engine.dispose()

    store = TownshipStore(path, key_folder=keys, hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    assert admin.audit.verify() == []
    assert admin.incidents.deadlines()["flooding"] == 1.0
    incidents = admin.features.read("incidents")
    old = int(incidents.index[incidents["case_number"] == "QX-2025-0001"][0])
    assert admin.incidents.unmask(old, "after the upgrade")["reporter_name"] == NAME
    assert admin.incidents.change_status(old, "verified", "checked after the upgrade", 1) == 2
    assert list(admin.incidents.history(old)["to_status"]) == ["verified"]  # the history starts at the upgrade
    new = admin.incidents.file_report({"category": "noise", "geom": shapely.Point(X0 + 30, Y0 + 30),
                             "reported_at": datetime(2025, 3, 4, tzinfo=UTC)})
    assert admin.features.get("incidents", new)["case_number"] == "QX-2025-00003"
    with engine.connect() as con:
        assert con.scalar(select(StoreInfo.value).where(StoreInfo.key == "srid")) == "4549"

    done = run_cli("db", "upgrade", path)  # a second upgrade changes nothing
    assert done.returncode == 0 and current_revision(store.engine) == head_revision()


def test_a_0004_store_upgrades_and_its_reports_keep_history_and_photos(tmp_path):
    """Revision 0005: a store of 0004 with a report, its history and a photo upgrades with its rows kept
    (the two tables rebuilt, still GeoPackage attribute tables); after it the database itself refuses to
    delete the report, where 0004 deleted its history and photo with it."""
    path = tmp_path / "old.gpkg"
    engine = open_engine(path)
    with engine.begin() as con:
        command.upgrade(_alembic_config(con, 4549), "0004")
        con.execute(insert(StoreInfo.__table__), [
            {"key": "store_id", "value": uuid.uuid4().hex}, {"key": "srid", "value": "4549"}])
        con.exec_driver_sql("INSERT INTO incidents (id, version, case_number, category, status) "
                            "VALUES (7, 1, 'QX-2025-00001', 'noise', 'new'), (8, 1, 'QX-2025-00002', 'noise', 'new')")
        con.exec_driver_sql("INSERT INTO incident_events (incident_id, time, username, kind, to_status, note) "
                            "VALUES (7, '2025-03-01T00:00:00Z', 'li', 'status', 'new', 'reported (phone)')")
        con.exec_driver_sql("INSERT INTO incident_photos (incident_id, name, media_type, data, added_at, "
                            "added_by) VALUES (7, 'a.png', 'image/png', x'89504e47', '2025-03-01T00:00:00Z', 'li')")
        con.exec_driver_sql("DELETE FROM incidents WHERE id = 8")  # at 0004 a report still cascades away
    reader = sqlite3.connect(path)
    before = {t: reader.execute(f"SELECT * FROM {t}").fetchall() for t in ("incident_events", "incident_photos")}
    reader.close()
    engine.dispose()

    assert upgrade_store(path) == head_revision()
    engine = open_engine(path)
    try:
        with engine.connect() as con:
            assert schema_differences(con, Base.metadata) == []
            for table, rows in before.items():
                assert con.exec_driver_sql(f"SELECT * FROM {table}").fetchall() == rows
            kinds = dict(con.exec_driver_sql("SELECT table_name, data_type FROM gpkg_contents").fetchall())
            assert kinds["incident_events"] == kinds["incident_photos"] == "attributes"
        with pytest.raises(IntegrityError), engine.begin() as con:
            con.exec_driver_sql("DELETE FROM incidents WHERE id = 7")
        with engine.connect() as con:
            assert con.exec_driver_sql("SELECT count(*) FROM incidents").scalar() == 1
            assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        engine.dispose()
    assert_valid_geopackage(path)


def test_a_0004_postgis_store_upgrades_and_refuses_to_delete_a_report_with_history(pg_database):
    engine = create_engine(pg_database)
    try:
        with engine.begin() as con:
            command.upgrade(_alembic_config(con, 4549), "0004")
            con.execute(insert(StoreInfo.__table__), [
                {"key": "store_id", "value": uuid.uuid4().hex}, {"key": "srid", "value": "4549"}])
            con.exec_driver_sql("INSERT INTO incidents (id, version, case_number, category, status) "
                                "VALUES (7, 1, 'QX-2025-00001', 'noise', 'new')")
            con.exec_driver_sql("INSERT INTO incident_events (incident_id, time, username, kind, to_status) "
                                "VALUES (7, now(), 'li', 'status', 'new')")
        assert upgrade_store(pg_database) == head_revision()
        with pytest.raises(IntegrityError), engine.begin() as con:
            con.exec_driver_sql("DELETE FROM incidents WHERE id = 7")
        with engine.connect() as con:
            assert con.exec_driver_sql("SELECT count(*) FROM incident_events").scalar() == 1
            rule = con.exec_driver_sql("SELECT confdeltype FROM pg_constraint WHERE conname = "
                                       "'fk_incident_photos_incident_id'").scalar()
            assert rule == "r"  # RESTRICT
    finally:
        engine.dispose()
