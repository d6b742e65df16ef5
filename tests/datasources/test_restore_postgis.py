"""A restore of the shared store runs nothing from the backup and loses nothing silently (PostGIS).

The store belongs to an owner login that is not a superuser, as in an office. The attacks are built as a
superuser would build them into a real ``pg_dump`` archive of the store, then taken out of the live store, so
they live only in the backup the restore is given."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from datasources.errors import Damaged, StoreError
from datasources.store import TownshipStore, pg_backup
from datasources.store.admin import backup_store, init_store, restore_store, table_checksums
from tests.datasources.store_fill import ADMIN_PASSWORD, FAST_HASHER, fill_township

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ("audit_events", "audit_head")


@pytest.fixture
def owner_store(pg_database, tmp_path):
    """A filled store owned by a login that is no superuser; yields (owner url, superuser url, store)."""
    name = make_url(pg_database).database
    role, password = f"{name}_owner", "owner-password-1"
    superuser = create_engine(pg_database)
    with superuser.begin() as con:
        con.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER CREATEROLE PASSWORD \'{password}\''))
        con.execute(text(f'GRANT CREATE ON SCHEMA public TO "{role}"'))
        con.execute(text(f'GRANT CREATE ON DATABASE "{name}" TO "{role}"'))
    superuser.dispose()
    url = make_url(pg_database).set(username=role, password=password).render_as_string(
        hide_password=False)
    init_store(url).dispose()
    store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=FAST_HASHER)
    fill_township(store.create_administrator("admin", ADMIN_PASSWORD), villages=1)
    store.engine.dispose()
    yield url, pg_database, store
    store.engine.dispose()


def sums(url: str, audit: bool = False) -> dict:
    engine = create_engine(url)
    try:
        found = table_checksums(engine)
    finally:
        engine.dispose()
    return {t: v for t, v in found.items() if audit or t not in AUDIT}


def run(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as con:
            for statement in statements:
                con.exec_driver_sql(statement)
    finally:
        engine.dispose()


def restore_records(url: str, outcome: str = "ok") -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            rows = con.execute(text("SELECT detail FROM audit_events WHERE event = 'restore' "
                                    "AND outcome = :o ORDER BY seq"), {"o": outcome}).scalars().all()
    finally:
        engine.dispose()
    return [json.loads(r) for r in rows]


def test_a_crafted_archive_runs_nothing_on_the_server(owner_store, tmp_path):
    url, superuser, _store = owner_store
    marker_folder = tmp_path / "server-writes"
    marker_folder.mkdir(mode=0o777)
    marker_folder.chmod(0o777)
    marker = marker_folder / "pwned"
    program = f"touch {marker}"
    # What the attacker adds with a superuser, dumps, and removes again: a CHECK constraint and a
    # trigger calling a function that runs a shell command on the server, and the audit table opened.
    attack = [
        "CREATE FUNCTION township_evil() RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN "
        f"COPY (SELECT 1) TO PROGRAM '{program}'; RETURN true; END $$",
        "CREATE FUNCTION township_evil_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"COPY (SELECT 1) TO PROGRAM '{program}'; RETURN NEW; END $$",
        "ALTER TABLE villages ADD CONSTRAINT villages_evil CHECK (township_evil()) NOT VALID",
        "CREATE TRIGGER users_evil BEFORE INSERT ON users FOR EACH ROW "
        "EXECUTE FUNCTION township_evil_row()",
        "GRANT ALL ON audit_events, audit_head, users TO PUBLIC",
        "CREATE VIEW township_hashes AS SELECT username, password_hash FROM users",
        "GRANT SELECT ON township_hashes TO PUBLIC",
    ]
    run(superuser, *attack)
    crafted = pg_backup.dump(superuser, tmp_path / "crafted.dump")
    run(superuser, "DROP VIEW township_hashes", "DROP TRIGGER users_evil ON users",
        "ALTER TABLE villages DROP CONSTRAINT villages_evil", "DROP FUNCTION township_evil()",
        "DROP FUNCTION township_evil_row()", "REVOKE ALL ON audit_events, audit_head, users FROM PUBLIC")
    assert not marker.exists()
    before = sums(url)

    kept = restore_store(crafted, url, who="chief@office-pc")
    assert not marker.exists(), "a command from the backup ran on the server"
    assert sums(url) == before
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            assert not con.execute(text(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'township_evil%'")).scalar()
            assert not con.execute(text(
                "SELECT count(*) FROM pg_constraint WHERE conname = 'villages_evil'")).scalar()
            assert not con.execute(text(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'users_evil'")).scalar()
            assert con.execute(text("SELECT to_regclass('public.township_hashes')")).scalar() is None
            for table in ("audit_events", "audit_head", "users"):
                assert not con.execute(text("SELECT has_table_privilege('public', :t, 'UPDATE')"),
                                       {"t": table}).scalar(), table
            # the project's own guard is there
            assert con.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                    "'audit_append_only'")).scalar() == 1
    finally:
        engine.dispose()
    (record,) = restore_records(url)
    assert record["backup"] == "crafted.dump" and record["kept_as"] == kept.name
    assert record["by"] == "chief@office-pc" and ":" in record["backup_anchor"]
    assert kept.is_file() and stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_a_restore_gives_back_the_data_audits_and_keeps_the_replaced_store(owner_store, tmp_path):
    url, _superuser, store = owner_store
    before = sums(url)
    backup = backup_store(url, tmp_path / "monday.dump")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    live = TownshipStore(url, key_folder=tmp_path / "keys", hasher=FAST_HASHER)
    session = live.login("admin", ADMIN_PASSWORD)
    incident = session.features.read("incidents").index[0]
    session.incidents.unmask(incident, "after the backup")
    session.accounts.add("clerk", "another password 7", "office_staff")
    live.engine.dispose()

    kept = restore_store(backup, url)
    assert sums(url) == before
    (record,) = restore_records(url)
    assert record["backup"] == "monday.dump" and len(record["backup_sha256"]) == 64
    assert record["replaced_newer_records"] >= 3  # the unmasking, the new account, ...
    assert record["replaced_newer_by_event"].get("view_personal") == 1
    assert kept.name.startswith(f"{make_url(url).database}.replaced-")
    again = TownshipStore(url, key_folder=tmp_path / "keys", hasher=FAST_HASHER)
    try:
        admin = again.login("admin", ADMIN_PASSWORD)
        assert admin.audit.verify() == []
        assert admin.incidents.unmask(incident, "restored")["reporter_phone"]  # the server's key is back
        assert "clerk" not in {u["username"] for u in admin.accounts.users()}
    finally:
        again.engine.dispose()


def test_a_restore_is_refused_as_a_superuser_or_while_a_console_is_connected(owner_store, tmp_path):
    url, superuser, _store = owner_store
    backup = backup_store(url, tmp_path / "monday.dump")
    console = TownshipStore(url, key_folder=tmp_path / "keys", hasher=FAST_HASHER)
    console.login("admin", ADMIN_PASSWORD)
    before = sums(url)
    with pytest.raises(StoreError, match="superuser"):
        restore_store(backup, superuser)
    with console.engine.connect():
        with pytest.raises(StoreError, match="open in another console"):
            restore_store(backup, url)
    console.engine.dispose()
    assert sums(url) == before
    reasons = [r["reason"] for r in restore_records(url, "refused")]
    assert len(reasons) == 2 and "superuser" in reasons[0] and "open in another console" in reasons[1]
    assert not list(tmp_path.glob("*.replaced-*"))


def test_an_archive_with_a_changed_audit_record_is_refused(owner_store, tmp_path):
    url, superuser, _store = owner_store
    run(superuser, "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "UPDATE audit_events SET outcome = 'denied' WHERE seq = 2",
        "ALTER TABLE audit_events ENABLE TRIGGER ALL")
    edited = pg_backup.dump(superuser, tmp_path / "edited.dump")
    before = sums(url)
    with pytest.raises(Damaged, match="audit trail is broken"):
        restore_store(edited, url)
    assert sums(url) == before
    assert [r["backup"] for r in restore_records(url, "refused")] == ["edited.dump"]


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "console", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, check=False, stdin=subprocess.DEVNULL)


def test_the_command_line_takes_no_password_and_says_a_wrong_one_in_a_sentence(owner_store, tmp_path):
    url, _superuser, _store = owner_store
    parsed = make_url(url)
    bare = parsed._replace(password=None).render_as_string(hide_password=False)
    out = tmp_path / "cli.dump"
    done = cli("db", "backup", url, str(out))
    assert done.returncode == 2 and "command line" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    done = cli("db", "backup", bare, str(out), env={"PGPASSWORD": "wrong password"})
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "the database refused the login" in done.stderr and len(done.stderr.splitlines()) == 1
    env = {"PGPASSWORD": parsed.password}
    done = cli("db", "backup", bare, str(out), env=env)
    assert done.returncode == 0, done.stderr
    done = cli("db", "restore", str(out), bare, env=env)
    assert done.returncode == 0, done.stderr
    assert "the replaced store is kept as" in done.stdout
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{parsed.host}:{parsed.port}:{parsed.database}:{parsed.username}:"
                        f"{parsed.password}\n")
    passfile.chmod(0o600)
    done = cli("audit", "verify", bare, env={"PGPASSFILE": str(passfile)})
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("extra, drop", [
    (["CREATE TABLE township_extra (secret text)", "INSERT INTO township_extra VALUES ('x')"],
     ["DROP TABLE township_extra"]),
    (["CREATE SCHEMA elsewhere", "CREATE TABLE elsewhere.users (id int)",
      "INSERT INTO elsewhere.users VALUES (1)"], ["DROP SCHEMA elsewhere CASCADE"]),
], ids=["extra table", "table in another schema"])
def test_an_archive_with_tables_the_store_does_not_have_is_refused(owner_store, tmp_path, extra, drop):
    url, superuser, _store = owner_store
    run(superuser, *extra)
    dumped = pg_backup.dump(superuser, tmp_path / "extra.dump")
    run(superuser, *drop)
    before = sums(url)
    with pytest.raises(Damaged, match="table the store does not have"):
        restore_store(dumped, url)
    assert sums(url) == before
    assert [r["backup"] for r in restore_records(url, "refused")] == ["extra.dump"]
    assert not list(tmp_path.glob("*.replaced-*"))


def test_a_backup_restores_into_an_empty_database(owner_store, tmp_path):
    """A new server: the owner restores into an empty database with PostGIS; nothing is kept beside."""
    url, superuser, _store = owner_store
    backup = backup_store(url, tmp_path / "monday.dump")
    owner = make_url(url)
    fresh = f"{owner.database}_new"
    admin = create_engine(superuser, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as con:
            con.execute(text(f'CREATE DATABASE "{fresh}" OWNER "{owner.username}"'))
        with_postgis = create_engine(make_url(superuser).set(database=fresh))
        with with_postgis.begin() as con:
            con.execute(text("CREATE EXTENSION postgis"))
        with_postgis.dispose()
        target = owner.set(database=fresh).render_as_string(hide_password=False)
        assert restore_store(backup, target) is None
        assert sums(target) == sums(url)
        (record,) = restore_records(target)
        assert record["replaced_newer_records"] == 0 and record["kept_as"] is None
    finally:
        with admin.connect() as con:
            con.execute(text(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)'))
            roles = con.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :g OR rolname "
                                     "LIKE :u"), {"g": f"{fresh}\\_%", "u": f"%@{fresh}"}).scalars().all()
            for role in roles:
                con.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
