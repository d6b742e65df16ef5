"""The audit trail: a scripted working session by several users leaves exactly one complete record per action,
in order, with an intact hash chain; a record changed, deleted or forged by hand with plain sqlite3 is found;
and the store's own connection cannot change or delete records."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from datasources.errors import AccountLocked, EditConflict, LoginFailed, PermissionDenied
from datasources.store import audit
from datasources.store.admin import table_checksums
from datasources.store.engine import open_engine
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    audit_count,
    fill_township,
    make_store,
    run_cli,
    sample,
)


class Script:
    """Runs the actions of a working day and notes the audit record each must leave."""

    def __init__(self, store) -> None:
        self.store = store
        self.expected: list[tuple[str, str, str, str]] = []

    def expect(self, username: str, event: str, obj: str, outcome: str = "ok") -> None:
        self.expected.append((username, event, obj, outcome))

    def login(self, username: str, password: str = PASSWORD, outcome: str = "ok"):
        self.expect(username, "login", f"user:{username}", outcome)
        if outcome == "ok":
            return self.store.login(username, password)
        with pytest.raises(LoginFailed if outcome == "failed" else AccountLocked):
            self.store.login(username, password)
        return None

    def denied(self, username: str, event: str, obj: str, call) -> None:
        self.expect(username, event, obj, "denied")
        with pytest.raises(PermissionDenied):
            call()


def working_day(store, ids, folder) -> list[tuple[str, str, str, str]]:
    """55 audited actions by six users and an unknown name (the one read, which is not audited, aside)."""
    s = Script(store)
    admin = store.login(ADMIN, ADMIN_PASSWORD)
    s.expect(ADMIN, "login", f"user:{ADMIN}")
    for name, role, village in (("clerk", "office_staff", None), ("planner", "planner", None),
                                ("desk", "emergency_desk", None), ("officer", "village_officer", "V1"),
                                ("viewer", "viewer", None)):
        admin.accounts.add(name, PASSWORD, role, village)
        s.expect(ADMIN, "permission_change", f"user:{name}")
    clerk = s.login("clerk")
    s.login("planner", "wrong-password", "failed")
    planner = s.login("planner")
    desk, officer, viewer = s.login("desk"), s.login("officer"), s.login("viewer")
    s.login("ghost", "whatever-it-is", "failed")

    added = clerk.features.add("facilities", sample("facilities", "V2", 20))
    s.expect("clerk", "add", f"facilities:{added}")
    version = clerk.features.update("facilities", added, {"capacity": 5}, 1)
    s.expect("clerk", "edit", f"facilities:{added}")
    v1 = ids["facilities"]["V1"]
    officer_version = officer.features.update("facilities", v1, {"capacity": 80}, 1)
    s.expect("officer", "edit", f"facilities:{v1}")
    s.denied("officer", "edit", f"facilities:{added}",
             lambda: officer.features.update("facilities", added, {"capacity": 1}, version))
    site = planner.features.add("planned_sites", sample("planned_sites", "V1", 21))
    s.expect("planner", "add", f"planned_sites:{site}")
    planner.features.update("planned_sites", site, {"status": "approved"}, 1)
    s.expect("planner", "edit", f"planned_sites:{site}")
    desk.features.add_many("sensor_readings", [sample("sensor_readings", "V2", n) for n in range(30, 33)])
    s.expect("desk", "import", "sensor_readings:3 features")
    incident = desk.features.add("incidents", sample("incidents", "V2", 22))
    s.expect("desk", "add", f"incidents:{incident}")
    desk.incidents.unmask(incident, "call back the reporter")
    s.expect("desk", "view_personal", f"incidents:{incident}")
    s.denied("officer", "unmask_personal", f"incidents:{incident}", lambda: officer.incidents.unmask(incident))
    officer.incidents.unmask(ids["incidents"]["V1"], "visit")
    s.expect("officer", "view_personal", f"incidents:{ids['incidents']['V1']}")
    s.denied("viewer", "edit", "facilities", lambda: viewer.features.add("facilities", sample("facilities", "V1", 23)))
    s.denied("viewer", "export", "facilities:v.csv", lambda: viewer.exports.write("facilities", folder / "v.csv"))
    clerk.exports.write("incidents", folder / "day.csv")
    s.expect("clerk", "export", "incidents:day.csv")
    clerk.exports.write("incidents", folder / "full.gpkg", include_personal=True, confirmed=True)
    s.expect("clerk", "view_personal", "incidents:full.gpkg")  # recorded as the data is handed out
    s.expect("clerk", "export", "incidents:full.gpkg")
    s.denied("planner", "export_personal", "incidents:p.csv", lambda: planner.exports.write(
        "incidents", folder / "p.csv", include_personal=True, confirmed=True))

    # Two consoles on one facility: the officer saves first, the clerk's save conflicts, then overwrites.
    read = clerk.features.get("facilities", v1)
    officer.features.update("facilities", v1, {"name_en": "Officer's school"}, officer_version)
    s.expect("officer", "edit", f"facilities:{v1}")
    with pytest.raises(EditConflict) as conflict:
        clerk.features.update("facilities", v1, {"name_en": "Clerk's school"}, read["version"])
    s.expect("clerk", "edit", f"facilities:{v1}", "conflict")
    clerk.features.update("facilities", v1, {"name_en": "Clerk's school"}, conflict.value.theirs["version"])
    s.expect("clerk", "edit", f"facilities:{v1}")
    with pytest.raises(EditConflict):
        clerk.features.delete("facilities", added, version - 1)
    s.expect("clerk", "delete", f"facilities:{added}", "conflict")
    clerk.features.delete("facilities", added, version)
    s.expect("clerk", "delete", f"facilities:{added}")

    admin.accounts.set_role("planner", "emergency_desk")
    s.expect(ADMIN, "permission_change", "user:planner")
    admin.accounts.set_active("viewer", False)
    s.expect(ADMIN, "permission_change", "user:viewer")
    s.login("viewer", PASSWORD, "disabled")
    admin.accounts.set_active("viewer", True)
    s.expect(ADMIN, "permission_change", "user:viewer")
    clerk.accounts.set_password("clerk", "clerk-new-password")
    s.expect("clerk", "password_change", "user:clerk")
    admin.accounts.set_password("desk", "desk-new-password")
    s.expect(ADMIN, "password_change", "user:desk")
    s.denied("clerk", "manage_users", "users", clerk.accounts.users)
    s.denied("desk", "view_audit", "audit_events", desk.audit.log)
    new_incident = officer.features.add("incidents", sample("incidents", "V1", 24))
    s.expect("officer", "add", f"incidents:{new_incident}")
    s.denied("officer", "import", "incidents", lambda: officer.features.add_many(
        "incidents", [sample("incidents", "V1", 25), sample("incidents", "V1", 26)]))
    admin.features.add_many("hazard_zones", [sample("hazard_zones", None, n) for n in (27, 28)])
    s.expect(ADMIN, "import", "hazard_zones:2 features")
    zone = ids["hazard_zones"][None]
    planner.features.update("hazard_zones", zone, {"level": "medium"}, 1)  # now on the emergency desk
    s.expect("planner", "edit", f"hazard_zones:{zone}")
    for _ in range(4):
        s.login("desk", "desk-old-guess", "failed")
    s.login("desk", "desk-old-guess", "locked")
    s.login("desk", "desk-new-password", "locked")
    admin.accounts.unlock("desk")
    s.expect(ADMIN, "permission_change", "user:desk")
    s.login("desk", "desk-new-password")
    return s.expected


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """A store after the working day (closed), what its audit trail must hold, and where it starts."""
    folder = tmp_path_factory.mktemp("audit")
    store = make_store(folder)
    ids = fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    start = audit_count(store)
    expected = working_day(store, ids, folder)
    end = audit_count(store)
    store.engine.dispose()
    return SimpleNamespace(path=folder / "township.gpkg", store=store, expected=expected,
                           start=start, end=end)


def test_every_action_of_the_day_has_one_complete_record_in_order(day):
    assert len(day.expected) >= 40
    assert day.end - day.start == len(day.expected)
    admin = day.store.login(ADMIN, ADMIN_PASSWORD)
    log = admin.audit.log().sort_values("seq")
    assert list(log["seq"]) == list(range(1, day.end + 2))  # + this login
    records = log[(log["seq"] > day.start) & (log["seq"] <= day.end)]
    assert [tuple(r) for r in records[["username", "event", "object", "outcome"]].itertuples(
        index=False)] == day.expected
    for column in ("time", "username", "event", "object", "outcome", "detail"):
        assert records[column].map(lambda v: isinstance(v, str) and v.strip() != "").all(), column
    times = [datetime.fromisoformat(t.replace("Z", "+00:00")) for t in log["time"]]
    assert times == sorted(times)
    assert {o for *_, o in day.expected} == {"ok", "failed", "denied", "conflict", "disabled", "locked"}
    assert len({u for u, *_ in day.expected}) >= 6

    assert admin.audit.verify() == []
    done = run_cli("audit", "verify", day.path)
    assert done.returncode == 0, done.stdout + done.stderr
    # + this login, viewing the log and verifying it (each recorded)
    assert done.stdout.strip() == (f"the audit trail is intact: {day.end + 3} records, "
                                   "every link checked")


def tampered_copy(day, tmp_path, *statements, params=()):
    """A copy of the day's store with ``statements`` run on it by hand (plain sqlite3, triggers dropped)."""
    copy = tmp_path / "tampered.gpkg"
    shutil.copy(day.path, copy)
    con = sqlite3.connect(copy)
    con.execute("DROP TRIGGER audit_no_update")
    con.execute("DROP TRIGGER audit_no_delete")
    for statement in statements:
        con.execute(statement, params)
    con.commit()
    con.close()
    return copy


def chain_problems(path) -> list[audit.ChainProblem]:
    engine = open_engine(path)
    try:
        with Session(engine) as session:
            return audit.verify(session)
    finally:
        engine.dispose()


@pytest.mark.parametrize("change", ["outcome = 'ok'", "detail = '{\"count\": 999}'",
                                    "username = 'admin'", "time = '2020-01-01T00:00:00.000Z'"])
def test_one_record_changed_by_hand_is_reported(day, tmp_path, change):
    seq = day.start + 17  # a refusal in the middle of the day
    assert day.expected[16][3] == "denied"
    copy = tampered_copy(day, tmp_path, f"UPDATE audit_events SET {change} WHERE seq = {seq}")
    assert [(p.seq, p.problem) for p in chain_problems(copy)] == [
        (seq, "its content was changed after it was written")]
    done = run_cli("audit", "verify", copy)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"BROKEN  record {seq}: its content was changed after it was written",
        f"the audit trail of {day.end} records has 1 problem(s)"]


def test_a_deleted_middle_record_is_reported(day, tmp_path):
    seq = day.start + 20
    copy = tampered_copy(day, tmp_path, f"DELETE FROM audit_events WHERE seq = {seq}")
    problems = chain_problems(copy)
    assert [p.seq for p in problems] == [seq, seq + 1]
    assert problems[0].problem == f"missing (the next record is {seq + 1})"
    assert "inserted or deleted" in problems[1].problem


def test_a_deleted_last_record_is_reported(day, tmp_path):
    copy = tampered_copy(day, tmp_path, f"DELETE FROM audit_events WHERE seq = {day.end}")
    problems = chain_problems(copy)
    assert [p.seq for p in problems] == [day.end]
    assert f"the chain ends at {day.end - 1}" in problems[0].problem
    done = run_cli("audit", "verify", copy)
    assert done.returncode == 1 and f"BROKEN  record {day.end}:" in done.stdout


@pytest.mark.parametrize("well_made", [True, False], ids=["chained hash", "made-up hash"])
def test_a_forged_record_is_reported(day, tmp_path, well_made):
    with sqlite3.connect(day.path) as con:
        last_hash = con.execute("SELECT hash FROM audit_events WHERE seq = ?", (day.end,)).fetchone()[0]
    con.close()
    fields = {"seq": day.end + 1, "time": audit.now_text(), "username": ADMIN,
              "event": "permission_change", "object": "user:mallory", "outcome": "ok",
              "detail": '{"role": "administrator"}'}
    forged = audit.record_hash(last_hash, fields) if well_made else "f" * 64
    copy = tampered_copy(day, tmp_path, "INSERT INTO audit_events (seq, time, username, event, object, "
                         "outcome, detail, prev_hash, hash) VALUES (:seq, :time, :username, :event, "
                         ":object, :outcome, :detail, :prev_hash, :hash)",
                         params={**fields, "prev_hash": last_hash, "hash": forged})
    problems = chain_problems(copy)
    assert problems, "a forged record went unnoticed"
    if well_made:  # the chain itself is consistent; audit_head still ends at the real last record
        assert [p.seq for p in problems] == [day.end]
    else:
        assert (day.end + 1, "its content was changed after it was written") in [
            (p.seq, p.problem) for p in problems]


def test_the_store_connection_cannot_change_or_delete_records(day, tmp_path):
    copy = tmp_path / "copy.gpkg"
    shutil.copy(day.path, copy)
    engine = open_engine(copy)
    try:
        before = table_checksums(engine)
        for statement in ("UPDATE audit_events SET outcome = 'ok' WHERE seq = 5",
                          "DELETE FROM audit_events WHERE seq = 5",
                          "DELETE FROM audit_events"):
            with pytest.raises(DBAPIError, match="audit records are append-only"):
                with engine.begin() as con:
                    con.execute(text(statement))
        with pytest.raises(DBAPIError, match="append-only"), Session(engine) as session:
            session.delete(session.get(audit.AuditEvent, 5))
            session.commit()
        assert table_checksums(engine) == before
    finally:
        engine.dispose()
    assert chain_problems(copy) == []


def test_an_anchor_kept_outside_catches_a_rewritten_chain(day, tmp_path):
    """Someone with the file rewrites a record, every hash after it and the head: the chain alone looks
    intact, the anchor printed at the last backup does not match."""
    done = run_cli("audit", "anchor", day.path)
    kept = done.stdout.strip()
    seq, digest = kept.split(":")
    assert int(seq) >= day.end and len(digest) == 64  # other tests of the module may add records
    copy = tmp_path / "rewritten.gpkg"
    shutil.copy(day.path, copy)
    with sqlite3.connect(copy) as con:
        con.execute("DROP TRIGGER audit_no_update")
        rows = con.execute(f"SELECT {', '.join(audit.FIELDS)} FROM audit_events ORDER BY seq").fetchall()
        prev = audit.GENESIS
        for row in rows:
            fields = dict(zip(audit.FIELDS, row, strict=True))
            if fields["seq"] == day.start + 17:
                fields["outcome"] = "ok"  # hide a refusal
            digest = audit.record_hash(prev, fields)
            con.execute("UPDATE audit_events SET outcome = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        (fields["outcome"], prev, digest, fields["seq"]))
            prev = digest
        con.execute("UPDATE audit_head SET hash = ?", (prev,))
    con.close()
    assert chain_problems(copy) == []  # the known limit of a chain that lives in the same file
    assert run_cli("audit", "verify", copy).returncode == 0
    done = run_cli("audit", "verify", copy, "--anchor", kept)
    assert done.returncode == 1 and "differs from the anchor" in done.stdout
    assert run_cli("audit", "verify", day.path, "--anchor", kept).returncode == 0
