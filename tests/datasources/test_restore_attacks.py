"""A restore runs nothing from the backup and loses nothing silently (embedded store).

Each test edits a real backup as someone without any password could (the file is plain SQLite), restores
it, and shows the attack refused, or the store rebuilt with the project's own schema, and the restore in
the audit trail."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from contextlib import closing

import pytest
from sqlalchemy import text

from datasources.errors import Damaged, StoreError
from datasources.store import TownshipStore
from datasources.store.admin import backup_store, restore_store, table_checksums
from datasources.store.engine import open_engine
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    fill_township,
    make_store,
    reopen,
    run_cli,
)


@pytest.fixture
def township(tmp_path):
    """A filled store, a backup of it and the store changed after the backup; the store is closed."""
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    backup = backup_store(store.url.removeprefix("sqlite:///"), tmp_path / "monday.gpkg")
    admin.incidents.add_note(ids["incidents"]["V1"], "after the backup")
    admin.incidents.unmask(ids["incidents"]["V2"], "after the backup")
    store.engine.dispose()
    return store, tmp_path / "township.gpkg", backup, ids


def triggers(path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as con:
        return dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"))


def edit(path, *statements) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def data_sums(engine) -> dict:
    """Every table's checksum but the audit trail's."""
    return {t: v for t, v in table_checksums(engine).items() if t not in ("audit_events", "audit_head")}


def audit_records(store, event):
    with store.engine.connect() as con:
        rows = con.execute(text("SELECT username, object, detail FROM audit_events WHERE event = :e "
                                "ORDER BY seq"), {"e": event}).all()
    return [(u, o, json.loads(d)) for u, o, d in rows]


def test_a_backup_with_its_own_triggers_restores_with_the_projects(township):
    store, path, backup, ids = township
    ours = triggers(path)
    assert {"audit_no_update", "audit_no_delete"} <= set(ours)
    # The audit guards dropped, a trigger added that would wipe the accounts on the next audit record.
    edit(backup, "DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete",
         "CREATE TRIGGER township_wipe AFTER INSERT ON audit_events BEGIN DELETE FROM users; END",
         "CREATE VIEW township_peek AS SELECT password_hash FROM users")

    restore_store(backup, path)
    assert triggers(path) == ours
    restored = reopen(store)
    session = restored.login(ADMIN, ADMIN_PASSWORD)  # the accounts survive a new audit record
    session.incidents.unmask(ids["incidents"]["V1"], "after the restore")
    assert [o for _u, o, _d in audit_records(restored, "view_personal")][-1].endswith(
        str(ids["incidents"]["V1"]))
    with pytest.raises(Exception, match="append-only"), restored.engine.begin() as con:
        con.execute(text("UPDATE audit_events SET outcome = 'forged'"))
    with restored.engine.connect() as con:
        assert not con.execute(text("SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'township_peek'")).scalar()


def test_the_restore_is_audited_and_the_replaced_store_kept(township):
    store, path, backup, _ids = township
    with closing(sqlite3.connect(path)) as con:
        newer = con.execute("SELECT count(*) FROM audit_events WHERE time > "
                            "(SELECT max(time) FROM audit_events WHERE event = 'backup')").fetchone()[0]
    engine = open_engine(path)
    replaced_sums = table_checksums(engine)
    engine.dispose()
    assert newer >= 2  # the note and the unmasking after the backup

    kept = restore_store(backup, path, who="chief@office-pc")
    restored = reopen(store)
    (who, obj, detail), = audit_records(restored, "restore")
    assert (who, obj) == ("chief@office-pc", "store")
    assert detail["backup"] == "monday.gpkg" and len(detail["backup_sha256"]) == 64
    assert detail["replaced_newer_records"] == newer
    assert detail["replaced_newer_by_event"]["view_personal"] == 1
    assert detail["kept_as"] == kept.name
    seq, _, digest = detail["backup_anchor"].partition(":")
    assert int(seq) > 0 and len(digest) == 64
    engine = open_engine(kept)
    assert table_checksums(engine) == replaced_sums
    engine.dispose()
    assert restored.login(ADMIN, ADMIN_PASSWORD).audit.verify() == []
    for made in (path, kept):  # personal data: owner-only whatever the umask
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert [(o, d) for _u, o, d in audit_records(restored, "backup")] == [("monday.gpkg", {})]


def test_a_restore_is_refused_while_a_console_has_the_store_open(township):
    store, path, backup, _ids = township
    console = reopen(store)
    console.login(ADMIN, ADMIN_PASSWORD)  # holds a connection, as an open window does
    before = data_sums(console.engine)
    with pytest.raises(StoreError, match="open in another console"):
        restore_store(backup, path)
    assert data_sums(console.engine) == before
    (refused,) = [d for _u, _o, d in audit_records(console, "restore")]
    assert refused["backup"] == "monday.gpkg" and "open in another console" in refused["reason"]
    assert not [p for p in path.parent.iterdir() if "replaced" in p.name or "restore" in p.name]
    console.engine.dispose()
    restore_store(backup, path)


@pytest.mark.parametrize("attack, problem", [
    ("UPDATE audit_events SET outcome = 'denied' WHERE seq = 2", "audit trail is broken"),
    ("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)",
     "audit trail is broken"),
    ("CREATE TABLE township_extra (secret TEXT)", "table the store does not have"),
    ("ALTER TABLE users ADD COLUMN is_root INTEGER", "other columns"),
    ("UPDATE township_store_info SET value = '../../../home/clerk/.bashrc' WHERE key = 'store_id'",
     "store id"),
    ("UPDATE alembic_version SET version_num = '9999'", "does not know"),
], ids=["changed record", "deleted tail", "extra table", "extra column", "store id path",
        "unknown revision"])
def test_an_edited_backup_is_refused_and_the_store_untouched(township, attack, problem):
    _store, path, backup, _ids = township
    edit(backup, "DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete", attack)
    engine = open_engine(path)
    before = data_sums(engine)
    engine.dispose()
    with pytest.raises(Damaged, match=problem) as caught:
        restore_store(backup, path)
    assert str(caught.value).startswith("monday.gpkg: ")
    engine = open_engine(path)
    try:
        assert data_sums(engine) == before
        detail = json.loads(engine.connect().exec_driver_sql(
            "SELECT detail FROM audit_events WHERE event = 'restore' AND outcome = 'refused'").scalar())
    finally:
        engine.dispose()
    assert detail["backup"] == "monday.gpkg" and problem in detail["reason"]
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".gpkg") == [
        "monday.gpkg", "township.gpkg"]


def test_a_wrong_anchor_is_refused(township):
    _store, path, backup, _ids = township
    with closing(sqlite3.connect(backup)) as con:
        seq, digest = con.execute("SELECT seq, hash FROM audit_head").fetchone()
    forged = f"{seq}:{'0' * 64}"
    with pytest.raises(Damaged, match="anchor kept outside"):
        restore_store(backup, path, anchor=forged)
    restore_store(backup, path, anchor=f"{seq}:{digest}")


def test_the_command_line_refuses_while_open_and_passes_the_anchor(township):
    store, path, backup, _ids = township
    console = reopen(store)
    console.login(ADMIN, ADMIN_PASSWORD)
    done = run_cli("db", "restore", backup, path)
    assert done.returncode == 2 and "open in another console" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    console.engine.dispose()
    done = run_cli("db", "restore", backup, path, "--anchor", "1:" + "f" * 64)
    assert done.returncode == 2 and "anchor" in done.stderr, done.stderr
    done = run_cli("db", "restore", backup, path)
    assert done.returncode == 0, done.stderr
    assert "the replaced store is kept as township.replaced-" in done.stdout


def test_backups_are_owner_only_whatever_the_umask(tmp_path):
    store = make_store(tmp_path)
    store.create_administrator(ADMIN, ADMIN_PASSWORD)
    old = os.umask(0o022)
    try:
        out = backup_store(tmp_path / "township.gpkg", tmp_path / "open.gpkg")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_backup_made_at_an_older_revision_is_restored_and_upgraded(tmp_path):
    from sqlalchemy.orm import Session

    from datasources.store import audit
    from datasources.store.admin import current_revision, head_revision
    from tests.datasources.test_store_upgrade import store_at_0001

    old = tmp_path / "old" / "made-by-an-old-console.gpkg"
    old.parent.mkdir()
    store_at_0001(old, tmp_path / "keys").dispose()
    store = make_store(tmp_path)
    store.create_administrator(ADMIN, ADMIN_PASSWORD)
    store.engine.dispose()
    path = tmp_path / "township.gpkg"

    restore_store(old, path)
    engine = open_engine(path)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as con:
            cases = con.execute(text("SELECT case_number FROM incidents ORDER BY id")).scalars().all()
            events = con.execute(text("SELECT event FROM audit_events ORDER BY seq")).scalars().all()
        assert cases == ["QX-2025-0001", "QX-2025-0002"]
        assert events == ["import", "restore"]
        with Session(engine) as session:
            assert audit.verify(session) == []
    finally:
        engine.dispose()


def test_a_backup_restores_where_there_is_no_store_yet(township, tmp_path):
    store, _path, backup, _ids = township
    new = tmp_path / "new machine" / "township.gpkg"
    new.parent.mkdir()
    assert restore_store(backup, new) is None  # nothing was replaced
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    restored = TownshipStore(new, key_folder=store.key_folder, hasher=store.hasher)
    try:
        session = restored.login(ADMIN, ADMIN_PASSWORD)
        assert session.audit.verify() == []
        (_who, _obj, detail), = audit_records(restored, "restore")
        assert detail["replaced_newer_records"] == 0 and detail["kept_as"] is None
    finally:
        restored.engine.dispose()
    # the store and the lock file its consoles hold (see presence); nothing of the restore's own
    assert sorted(p.name for p in new.parent.iterdir()) == ["township.gpkg", "township.gpkg-consoles"]


def _chinese(template: str) -> str:
    """The template's Chinese in the interface's translations ('' when there is none)."""
    import xml.etree.ElementTree as ET

    from tests.datasources.store_kit import ROOT

    tree = ET.parse(ROOT / "resources" / "translations" / "township_zh_CN.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == template:
            node = message.find("translation")
            if node is not None and node.get("type") not in ("unfinished", "obsolete"):
                return node.text or ""
    return ""


def test_a_refused_restore_says_why_in_the_interfaces_words(township):
    """Before, a broken chain and a malformed anchor reached the window as the audit module's English
    text (the template was '{value}' or carried it whole); now each is a template of its own with its
    Chinese, and only numbers and the given anchor are parameters."""
    _store, path, backup, _ids = township
    with pytest.raises(StoreError) as malformed:
        restore_store(backup, path, anchor="yesterday's")
    edit(backup, "DROP TRIGGER IF EXISTS audit_no_update",
         "UPDATE audit_events SET outcome = 'denied' WHERE seq = 2")
    with pytest.raises(Damaged) as changed:
        restore_store(backup, path)
    assert changed.value.params == {"seq": 2, "n": 1}
    assert "record 2 was changed after it was written" in changed.value.message
    assert malformed.value.params == {"value": "yesterday's"}
    for refusal in (malformed.value, changed.value):
        assert refusal.problem_template not in ("{value}", "the backup's audit trail is broken ({value})")
        assert _chinese(refusal.problem_template), refusal.problem_template
