"""Backing up and restoring the embedded store: a restore gives back exactly the store at the moment of the
backup, a damaged backup is refused without touching the store, and the CLI does the same."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime

import numpy as np
import pytest

from datasources.errors import Damaged
from datasources.store import TownshipStore
from datasources.store.admin import backup_store, head_revision, restore_store, table_checksums
from datasources.store.engine import open_engine
from datasources.tiles import encode_png
from layers.emergency.alert_rules import Episode
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    AUDIT_TABLES,
    CHEAP_HASHER,
    OTHER_ID_NUMBER,
    OTHER_NAME,
    OTHER_PHONE,
    PASSWORD,
    fill_township,
    make_store,
    reopen,
    run_cli,
    sample,
)


def change_everything(admin, ids) -> None:
    """Edits after the backup, touching features, readings, personal data, accounts and the audit trail."""
    facility = admin.features.get("facilities", ids["facilities"]["V1"])
    admin.features.update("facilities", facility["id"], {"capacity": 1}, facility["version"])
    incident = admin.features.get("incidents", ids["incidents"]["V2"])
    admin.incidents.withdraw(incident["id"], "after the backup", incident["version"])  # never deleted
    admin.features.add("incidents", sample("incidents", "V1", 40))
    admin.features.add_many("sensor_readings", [sample("sensor_readings", "V2", n) for n in range(50, 60)])
    zone = admin.features.get("hazard_zones", ids["hazard_zones"][None])
    admin.features.update("hazard_zones", zone["id"], {"level": "low"}, zone["version"])
    admin.accounts.set_role("clerk", "viewer")
    admin.incidents.unmask(ids["incidents"]["V1"], "after the backup")
    admin.incidents.add_note(ids["incidents"]["V1"], "after the backup")  # the incident desk's tables
    admin.incidents.add_photo(ids["incidents"]["V1"], PNG + b"after", "after.png")
    admin.incidents.set_deadline("noise", 2)


PNG = encode_png(np.zeros((4, 4, 4), np.uint8))  # a real picture: photos are decoded


def without_audit(sums: dict) -> dict:
    return {table: sums[table] for table in sums if table not in AUDIT_TABLES}


def refusals(store) -> list[str]:
    """The backups of the refused restores the store's audit trail records."""
    with store.engine.connect() as con:
        rows = con.exec_driver_sql("SELECT detail FROM audit_events WHERE event = 'restore' AND "
                                   "outcome = 'refused' ORDER BY seq").scalars().all()
    store.engine.dispose()
    return [json.loads(row)["backup"] for row in rows]


def test_restore_gives_back_the_store_of_the_backup(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    admin.accounts.add("clerk", PASSWORD, "office_staff", "V1")
    admin.accounts.add("office", PASSWORD, "office_staff", None)
    store.login("office", PASSWORD).publications.draft("公开", {"villages": {"title": "行政村", "fields": [],
                                                                          "features": 2}}, "e" * 64)
    admin.scenarios.keep("两座基站", [{"kind": "tower", "village_code": "V1", "x": 500010.0, "y": 3000020.0}])
    admin.incidents.add_note(ids["incidents"]["V1"], "before the backup")
    admin.incidents.add_photo(ids["incidents"]["V1"], PNG, "before.png")
    admin.alerts.raise_episode(Episode("river-warning", "S-V1", "level", "warning", *[datetime(2026, 7, 1,
                                       tzinfo=UTC)] * 2, 3.0, datetime(2026, 7, 1, tzinfo=UTC), None, "V1"))
    path = tmp_path / "township.gpkg"

    backup = backup_store(path, tmp_path / "monday.gpkg")  # while the store is open
    at_backup = table_checksums(store.engine)
    assert all(rows for rows, _ in at_backup.values()), at_backup  # every table has rows

    change_everything(admin, ids)
    changed = table_checksums(store.engine)
    assert {t for t in at_backup if changed[t] != at_backup[t]} == {
        "facilities", "incidents", "sensor_readings", "hazard_zones", "users", "audit_events",
        "audit_head", "incident_events", "incident_photos", "category_deadlines"}
    store.engine.dispose()

    kept = restore_store(backup, path)
    restored = reopen(store)
    assert without_audit(table_checksums(restored.engine)) == without_audit(at_backup)
    # The audit trail is the backup's, and one record more: the restore itself.
    assert table_checksums(restored.engine)["audit_events"][0] == at_backup["audit_events"][0] + 1
    # The replaced store is kept beside the restored one, as it was.
    assert kept.parent == path.parent and kept.name.startswith("township.replaced-")
    assert table_checksums(open_engine(kept)) == changed
    session = restored.login(ADMIN, ADMIN_PASSWORD)
    # The key outside the store still opens the personal data, and the audit chain is whole.
    assert session.incidents.unmask(ids["incidents"]["V2"], "restored") == {
        "reporter_name": OTHER_NAME, "reporter_phone": OTHER_PHONE,
        "reporter_id_number": OTHER_ID_NUMBER}
    assert session.audit.verify() == []
    assert {u["username"]: u["role"] for u in session.accounts.users()} == {ADMIN: "administrator",
                                                                   "clerk": "office_staff",
                                                                   "office": "office_staff"}


def _truncated(good: bytes) -> bytes:
    return good[: len(good) // 2]


def _garbage(good: bytes) -> bytes:
    return random.Random(7).randbytes(len(good))


def _zeroed_pages(good: bytes) -> bytes:
    middle = len(good) // 2 // 4096 * 4096
    return good[:middle] + bytes(3 * 4096) + good[middle + 3 * 4096:]


def _not_a_store(good: bytes) -> bytes:
    with sqlite3.connect(":memory:") as con:
        con.execute("CREATE TABLE roads (id INTEGER PRIMARY KEY, name TEXT)")
        data = con.serialize()
    con.close()
    return data


@pytest.mark.parametrize("damage", [_truncated, _garbage, _zeroed_pages, _not_a_store, lambda g: b""],
                         ids=["truncated", "garbage", "zeroed pages", "not a store", "empty"])
def test_a_damaged_backup_is_refused_and_the_store_untouched(tmp_path, damage):
    store = make_store(tmp_path)
    fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    path = tmp_path / "township.gpkg"
    good = backup_store(path, tmp_path / "good.gpkg").read_bytes()
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(damage(good))
    before = table_checksums(store.engine)
    store.engine.dispose()

    with pytest.raises(Damaged, match="backup"):
        restore_store(bad, path)
    after = table_checksums(reopen(store).engine)
    assert without_audit(after) == without_audit(before)
    # the only change: the refusal is in the audit trail
    assert after["audit_events"][0] == before["audit_events"][0] + 1
    assert refusals(reopen(store)) == ["bad.gpkg"]


def test_backup_and_restore_from_the_command_line(tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(keys))
    path = tmp_path / "cli.gpkg"
    done = run_cli("db", "init", path)
    assert done.returncode == 0, done.stderr
    assert "created a township store" in done.stdout and "EPSG:4549" in done.stdout
    done = run_cli("users", "create-admin", path, "--username", "chief",
                   env={"TOWNSHIP_PASSWORD": ADMIN_PASSWORD})
    assert done.returncode == 0, done.stderr
    store = TownshipStore(path, key_folder=keys, hasher=CHEAP_HASHER)
    admin = store.login("chief", ADMIN_PASSWORD)
    ids = fill_township(admin)
    admin.accounts.add("clerk", PASSWORD, "office_staff", "V1")

    out = tmp_path / "cli-backup.gpkg"
    done = run_cli("db", "backup", path, out)
    assert (done.returncode, done.stdout.splitlines()[0]) == (0, f"wrote {out}"), done.stderr
    assert done.stdout.splitlines()[1].startswith("audit anchor ")
    at_backup = table_checksums(store.engine)
    change_everything(admin, ids)
    assert table_checksums(store.engine) != at_backup
    store.engine.dispose()

    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(out.read_bytes()[:5000])
    done = run_cli("db", "restore", junk, path)
    assert done.returncode == 2
    assert "junk.gpkg" in done.stderr and "Use another backup" in done.stderr
    still = reopen(store)
    assert without_audit(table_checksums(still.engine)) != without_audit(at_backup)
    assert refusals(still) == ["junk.gpkg"]  # (and lets the store go)

    done = run_cli("db", "restore", out, path)
    assert done.returncode == 0, done.stderr
    assert without_audit(table_checksums(reopen(store).engine)) == without_audit(at_backup)
    assert "the replaced store is kept as cli.replaced-" in done.stdout
    done = run_cli("db", "check", path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"revision    {head_revision()} (current {head_revision()})" and lines[1] == "integrity   ok"
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[2:]}
    # (the restore wrote one audit record more)
    assert counts == {table: rows + (table == "audit_events")
                      for table, (rows, _) in at_backup.items()}
    done = run_cli("db", "upgrade", path)
    assert (done.returncode, done.stdout.strip()) == (0, f"the store is at revision {head_revision()}")
    assert without_audit(table_checksums(reopen(store).engine)) == without_audit(at_backup)
