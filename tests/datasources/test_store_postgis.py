"""The shared store on PostGIS: backup and restore with pg_dump/pg_restore, and the console's database role.

A restore itself (as the store's owner, never a superuser; data only) is tested in test_restore_postgis.py."""

from __future__ import annotations

import secrets
import subprocess
from pathlib import Path

import pytest
import shapely
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from datasources.errors import Damaged, StoreError
from datasources.store import TownshipStore, pg_backup
from datasources.store.admin import (
    backup_store,
    grant_console_role,
    init_store,
    restore_store,
    table_checksums,
)
from tests.datasources.store_fill import ADMIN_PASSWORD, FAST_HASHER, fill_township

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_store(pg_database, tmp_path):
    """A PostGIS store with an administrator and a feature of every kind; yields (url, store, session)."""
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=FAST_HASHER)
    admin = store.create_administrator("admin", ADMIN_PASSWORD)
    fill_township(admin)
    yield pg_database, store, admin
    store.engine.dispose()


def _checksums(url: str, audit: bool = True) -> dict:
    engine = create_engine(url)
    try:
        sums = table_checksums(engine)
    finally:
        engine.dispose()
    return {t: v for t, v in sums.items() if audit or t not in ("audit_events", "audit_head")}


def _change_everything(admin) -> None:
    """Edit, delete and add in several kinds (and the accounts and audit trail grow)."""
    site = admin.features.read("planned_sites").index[0]
    admin.features.update("planned_sites", site, {"height_m": 45.0, "status": "approved"},
                 admin.features.get("planned_sites", site)["version"])
    zone = admin.features.read("hazard_zones").index[0]
    admin.features.delete("hazard_zones", zone, admin.features.get("hazard_zones", zone)["version"])
    admin.features.add("facilities", {"kind": "clinic", "name_zh": "卫生室", "village_code": "V00",
                             "geom": shapely.Point(500_050, 3_000_050)})
    admin.accounts.add("clerk", "another password", "office_staff")


def test_damaged_or_foreign_backups_are_refused_before_anything_changes(pg_store, pg_url,
                                                                         tmp_path):
    url, _store, _admin = pg_store
    good = backup_store(url, tmp_path / "good.dump")
    before = _checksums(url, audit=False)  # a refused restore is recorded in the audit trail
    data = good.read_bytes()
    truncated = tmp_path / "truncated.dump"
    truncated.write_bytes(data[:-200])  # the table of contents is whole, the data is not
    garbage = tmp_path / "garbage.dump"
    garbage.write_bytes(b"PGDMP" + secrets.token_bytes(4000))
    not_store = pg_backup.dump(pg_url, tmp_path / "other.dump")  # a real dump, but no store in it
    for bad in (truncated, garbage, not_store, tmp_path / "missing.dump"):
        with pytest.raises(Damaged) as caught:
            restore_store(bad, url)
        assert bad.name in str(caught.value)
        assert _checksums(url, audit=False) == before


def test_the_password_never_reaches_a_command_line(pg_store, tmp_path, monkeypatch):
    url, _store, _admin = pg_store
    password = make_url(url).password
    seen = []
    real_run = subprocess.run

    def spy(args, **kwargs):
        seen.append((list(args), kwargs.get("env") or {}))
        return real_run(args, **kwargs)

    monkeypatch.setattr(pg_backup.subprocess, "run", spy)
    backup = backup_store(url, tmp_path / "spy.dump")
    with pytest.raises(StoreError, match="superuser"):  # after reading the whole archive
        restore_store(backup, url)
    assert len(seen) >= 3
    for args, _env in seen:
        # (the test server's password is also its user name, so look for it where a password goes)
        assert not any(f":{password}@" in arg or "password=" in arg.lower() for arg in args), args
    assert any(env.get("PGPASSWORD") == password for _args, env in seen)


def test_missing_postgresql_tools_are_named(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("TOWNSHIP_PG_BIN", raising=False)
    monkeypatch.setattr(pg_backup, "_TOOL_FOLDERS", ())
    url = "postgresql+psycopg://someone:secret@127.0.0.1:1/nowhere"
    with pytest.raises(StoreError, match="pg_dump was not found") as caught:
        backup_store(url, tmp_path / "x.dump")
    assert "client tools" in str(caught.value)
    assert not list(tmp_path.iterdir())
    (tmp_path / "old.dump").write_bytes(b"not checked")
    with pytest.raises(StoreError, match="pg_restore was not found"):
        restore_store(tmp_path / "old.dump", url)


def test_libpq_target_keeps_the_password_out_of_the_uri():
    conninfo, env = pg_backup.libpq_target(
        "postgresql+psycopg://town%40desk:p%40ss word@db.example:5433/qingxi?sslmode=require")
    assert conninfo == "postgresql://town%40desk@db.example:5433/qingxi?sslmode=require"
    assert env["PGPASSWORD"] == "p@ss word"
    with pytest.raises(StoreError):
        pg_backup.libpq_target("sqlite:///x.gpkg")


def test_consoles_no_longer_share_one_database_login(pg_store):
    """``db grant-role`` made the one login every workstation held; each user is a login of their own now
    (see test_pg_roles), so it is refused and grants nothing."""
    url, store, _admin = pg_store
    role, password = f"console_{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    owner = store.engine
    with owner.begin() as con:
        con.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    try:
        with pytest.raises(StoreError, match="each user logs in as their own"):
            grant_console_role(owner, role)
        role_url = make_url(url).set(username=role, password=password).render_as_string(
            hide_password=False)
        console = create_engine(role_url)
        try:
            for statement in ("SELECT count(*) FROM incidents", "SELECT count(*) FROM audit_events",
                              "INSERT INTO audit_events (seq, time, username, event, object, outcome, detail, "
                              "prev_hash, hash) VALUES (999, 'x', 'x', 'x', 'x', 'x', '{}', 'x', 'y')"):
                with pytest.raises(DBAPIError, match="permission denied"), console.begin() as con:
                    con.execute(text(statement))
        finally:
            console.dispose()
        # The owner is still stopped by the append-only trigger.
        for statement in ("UPDATE audit_events SET outcome = 'forged'", "DELETE FROM audit_events",
                          "TRUNCATE audit_events"):
            with pytest.raises(DBAPIError, match="append-only"), owner.begin() as con:
                con.execute(text(statement))
    finally:
        with owner.begin() as con:
            con.execute(text(f"DROP OWNED BY {role}"))
            con.execute(text(f"DROP ROLE {role}"))
