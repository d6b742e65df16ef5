"""On PostgreSQL the database says no: each console user logs in as their own role, and with those
credentials and a plain database client (psycopg, as psql would) every attack of the security review is
refused, while the console's own calls still work for every role.

The attacks: read another village's reports, read password hashes, ``UPDATE users SET role``, edit a report
directly without an audit record, reset a lockout, append a forged audit record naming another user, delete
``audit_head``, read the personal-data key or decrypt the reporters, unmask another village's reporter,
manage accounts, back up the whole store.
"""

from __future__ import annotations

import os
import subprocess

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from datasources.errors import AccountLocked, LoginFailed, NotFound, PermissionDenied, StoreError
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.pg_backup import find_tool
from datasources.store.pg_roles import login_role
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    ID_NUMBER,
    OTHER_ID_NUMBER,
    PASSWORD,
    data_checksums,
    fill_township,
)

USERS = {"off": ("office_staff", None), "pla": ("planner", None), "des": ("emergency_desk", None),
         "vie": ("viewer", None), "vo1": ("village_officer", "V1"), "off1": ("office_staff", "V1")}


class Township:
    """A PostGIS store with villages V1 and V2, its administrator and one user of each kind."""

    def __init__(self, url: str, folder) -> None:
        init_store(url).dispose()
        self.url = url
        self.folder = folder
        self.store = TownshipStore(url, key_folder=folder / "keys", hasher=CHEAP_HASHER)
        self.admin = self.store.create_administrator(ADMIN, ADMIN_PASSWORD)
        self.ids = fill_township(self.admin)
        for name, (role, village) in USERS.items():
            self.admin.accounts.add(name, PASSWORD, role, village)

    def connect(self, username: str, password: str = PASSWORD) -> psycopg.Connection:
        """A plain database connection with a console user's credentials (what psql would do)."""
        url = make_url(self.url)
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database, autocommit=True,
                               user=login_role(url.database, username), password=password)


@pytest.fixture
def township(pg_database, tmp_path):
    town = Township(pg_database, tmp_path)
    yield town
    town.store.engine.dispose()


def refused(con: psycopg.Connection, statement: str, params=None) -> bool:
    """True when the database refuses ``statement`` (at once or when its transaction commits)."""
    try:
        with con.transaction():
            con.execute(statement, params)
    except psycopg.Error:
        return True
    return False


ATTACKS = [
    "SELECT password_hash FROM users",
    "UPDATE users SET role = 'administrator'",
    "UPDATE users SET failed_logins = 0, locked_until = NULL",
    "INSERT INTO users (username, role, password_hash, failed_logins, active, version) "
    "VALUES ('mallory', 'administrator', 'x', 0, true, 1)",
    "UPDATE incidents SET title = 'changed behind the console'",
    "UPDATE incidents SET status = 'closed', version = version",
    "DELETE FROM incident_events",
    "DELETE FROM incident_photos",
    "DELETE FROM incidents",
    "INSERT INTO audit_events (seq, time, username, event, object, outcome, detail, prev_hash, hash) "
    "VALUES (999, 'now', 'admin', 'login', 'user:admin', 'ok', '{}', 'x', 'y')",
    "DELETE FROM audit_head",
    "UPDATE audit_head SET seq = 0",
    "DELETE FROM audit_events",
    "SELECT * FROM township_secrets",
    "SELECT township_decrypt(reporter_id_enc) FROM incidents",
    "SELECT township_audit_write('admin', 'login', 'user:admin', 'ok', '{}')",
    "SELECT township_user_unlock('vie')",
    "SELECT township_user_set_role('vie', 'administrator', NULL)",
    "SELECT township_user_set_active('admin', false)",
    "SELECT township_user_add('mallory', 'SCRAM-SHA-256$4096:x$y:z', 'administrator', NULL, NULL)",
    "SELECT township_user_add('mallory', 'SCRAM-SHA-256$4096:x$y:z', 'administrator', NULL, NULL, "
    "'create_administrator')",
    "SELECT township_user_set_password('admin', 'SCRAM-SHA-256$4096:x$y:z')",
    "SELECT township_sync_login('vie')",
    "CREATE ROLE mallory LOGIN SUPERUSER",
    "ALTER TABLE incidents DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_events DISABLE TRIGGER audit_append_only",
    "DROP TABLE audit_head",
]


@pytest.mark.parametrize("username", list(USERS))
def test_every_attack_with_a_console_users_credentials_is_refused(township, username):
    before = data_checksums(township.store)
    with township.connect(username) as con:
        allowed = [statement for statement in ATTACKS if not refused(con, statement)]
        assert allowed == [], f"{username} could: {allowed}"
        # The records of logins, accounts and unmasking come from the server only; any other names the one
        # who wrote it, not the one the forger names.
        for event in ("login", "permission_change", "password_change", "view_personal", "create_administrator"):
            assert refused(con, "SELECT township_audit_append('admin', %s, 'user:admin', 'ok', '{}')", (event,))
        con.execute("SELECT township_audit_append('admin', 'edit', 'user:admin', 'ok', '{}')")
        if USERS[username][1] == "V1":  # another village's reports are not there for them
            seen = con.execute("SELECT DISTINCT village_code FROM incidents").fetchall()
            assert seen == [("V1",)]
            assert con.execute("SELECT count(*) FROM villages WHERE village_code = 'V2'").fetchone() == (0,)
            assert refused(con, "UPDATE incidents SET village_code = 'V1' WHERE village_code = 'V2'") or \
                con.execute("SELECT count(*) FROM incidents WHERE village_code = 'V1'").fetchone() == (1,)
            assert con.execute("SELECT count(*) FROM incident_events e JOIN incidents i "
                               "ON i.id = e.incident_id WHERE i.village_code = 'V2'").fetchone() == (0,)
    assert data_checksums(township.store) == before
    last = township.admin.audit.log(limit=1).iloc[0]
    assert (last["username"], last["event"], last["object"]) == (username, "edit", "user:admin")
    assert township.admin.audit.verify() == []


#: Refused even inside a transaction that records itself in the audit trail (the workflow's own rules).
AUDITED_ATTACKS = {
    "UPDATE incidents SET case_number = 'QX-1999-99999'": set(USERS),
    "UPDATE incidents SET status = 'closed' WHERE status = 'new'": set(USERS),
    "UPDATE incidents SET due_at = now() + interval '400 days'": {"vo1", "off1", "pla", "vie"},
    "UPDATE incidents SET category = 'noise', reported_at = now()": {"vo1", "off1", "pla", "vie"},
    "INSERT INTO incidents (category, status, village_code, version) VALUES ('waste', 'closed', 'V1', 1)":
        {"vo1", "pla", "vie"},
}


@pytest.mark.parametrize("username", list(USERS))
def test_the_workflow_holds_for_a_direct_edit_that_records_itself(township, username):
    before = data_checksums(township.store)
    with township.connect(username) as con:
        for statement, who in AUDITED_ATTACKS.items():
            if username not in who:
                continue
            try:
                with con.transaction():
                    con.execute("SELECT township_audit_append('', 'edit', 'incidents', 'ok', '{}')")
                    con.execute(statement)
            except psycopg.Error:
                continue
            pytest.fail(f"{username} could: {statement}")
    assert data_checksums(township.store) == before


def test_even_the_administrators_login_cannot_bypass_the_functions(township):
    with township.connect(ADMIN, ADMIN_PASSWORD) as con:
        for statement in ("SELECT password_hash FROM users", "UPDATE users SET role = 'viewer'",
                          "DELETE FROM audit_head", "INSERT INTO audit_events (seq, time, username, event, "
                          "object, outcome, detail, prev_hash, hash) VALUES (999, 'now', 'x', 'x', 'x', 'x', "
                          "'{}', 'x', 'y')", "SELECT * FROM township_secrets",
                          "UPDATE incidents SET title = 'no audit'", "DELETE FROM incidents",
                          "DELETE FROM incident_events"):
            assert refused(con, statement), statement
        # The audit log is theirs to read.
        assert con.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0
    assert township.admin.audit.verify() == []


def test_a_direct_edit_that_records_itself_moves_the_version_and_names_its_author(township):
    """Editing with a plain client is only possible audited, under one's own name, with the version moved on,
    so an open console sees a conflict rather than losing the change."""
    incident = township.ids["incidents"]["V1"]
    version = township.admin.features.get("incidents", incident)["version"]
    with township.connect("vo1") as con, con.transaction():
        con.execute("UPDATE incidents SET title = 'edited', updated_by = 'admin' WHERE id = %s", (incident,))
        con.execute("INSERT INTO incident_events (incident_id, time, username, kind, note) "
                    "VALUES (%s, now(), 'admin', 'note', 'forged')", (incident,))
        con.execute("SELECT township_audit_append('admin', 'edit', %s, 'ok', '{}')", (f"incidents:{incident}",))
    row = township.admin.features.get("incidents", incident)
    assert (row["title"], row["updated_by"], row["version"]) == ("edited", "vo1", version + 1)
    history = township.admin.incidents.history(incident)
    assert history.iloc[-1]["username"] == "vo1"
    last = township.admin.audit.log(limit=1).iloc[0]
    assert (last["username"], last["object"]) == ("vo1", f"incidents:{incident}")


def test_the_whole_store_cannot_be_dumped_with_a_users_login(township):
    url = make_url(township.url)
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    done = subprocess.run([str(find_tool("pg_dump")), "-h", url.host, "-p", str(url.port),
                           "-U", login_role(url.database, "vo1"), "-d", url.database, "-Fc", "-f",
                           str(township.folder / "stolen.dump")],
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "permission denied" in done.stderr or "row-level security" in done.stderr


def test_a_village_officers_key_and_ten_lines_of_python_decrypt_nobody(township):
    """The key is on the server only; the server unmasks one report at a time, in the officer's village, and
    records it."""
    assert not (township.folder / "keys").exists() or not any((township.folder / "keys").iterdir())
    officer = township.store.login("vo1", PASSWORD)
    v1, v2 = township.ids["incidents"]["V1"], township.ids["incidents"]["V2"]
    with township.connect("vo1") as con:
        tokens = con.execute("SELECT reporter_id_enc FROM incidents").fetchall()
        assert len(tokens) == 1  # V2's ciphertext is not even visible
        assert refused(con, "SELECT * FROM township_unmask(%s, 'curious')", (v2,))
        assert refused(con, "SELECT pgp_sym_decrypt(reporter_id_enc, 'guess') FROM incidents")
    assert officer.incidents.unmask(v1, "calling back")["reporter_id_number"] == ID_NUMBER
    with pytest.raises((PermissionDenied, NotFound)):  # the database does not even show it to them
        officer.incidents.unmask(v2, "curious")
    assert township.admin.incidents.unmask(v2, "check")["reporter_id_number"] == OTHER_ID_NUMBER
    views = township.admin.audit.log(event="view_personal")
    assert sorted(views["username"]) == ["admin", "vo1"]
    # Lists show what every reader sees, masked by the server: the officer's own village only.
    assert officer.features.read("incidents")["reporter_id_number"].tolist() == ["3301**********1234"]
    assert township.admin.features.read("incidents")["reporter_phone"].tolist() == ["138****5678",
                                                                                    "139****5432"]


def test_the_console_works_for_each_role_as_its_own_login(township, tmp_path):
    v1 = township.ids["incidents"]["V1"]
    vo1 = township.store.login("vo1", PASSWORD)
    version = vo1.features.get("incidents", v1)["version"]
    assert vo1.features.update("incidents", v1, {"title": "路面已修"}, version) == version + 1
    added = vo1.features.add("facilities", {"kind": "school", "name_zh": "学校", "village_code": "V1"})
    with pytest.raises(PermissionDenied):
        vo1.features.add("facilities", {"kind": "school", "name_zh": "学校", "village_code": "V2"})
    planner = township.store.login("pla", PASSWORD)
    facility = planner.features.get("facilities", added)
    planner.features.update("facilities", added, {"capacity": 120}, facility["version"])
    desk = township.store.login("des", PASSWORD)
    desk.features.add_many("sensor_readings", [{"sensor_code": "S-V2", "parameter": "rain_mm",
                                                "time": "2024-07-02T00:00:00Z", "value": 3.0}])
    staff = township.store.login("off", PASSWORD)
    assert staff.exports.write("incidents", tmp_path / "all.csv", include_personal=True, confirmed=True) == 2
    assert ID_NUMBER in (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    viewer = township.store.login("vie", PASSWORD)
    assert len(viewer.features.read("incidents")) == 2
    with pytest.raises(PermissionDenied):
        viewer.accounts.users()
    viewer.accounts.set_password("vie", "another-password-7")
    assert township.store.login("vie", "another-password-7").caller.role == "viewer"
    assert township.admin.audit.verify() == []


def test_a_disabled_account_cannot_log_in_and_its_session_sees_nothing(township):
    admin, store = township.admin, township.store
    clerk = store.login("off", PASSWORD)
    admin.accounts.set_active("off", False)
    with pytest.raises(psycopg.OperationalError):
        township.connect("off").close()
    with pytest.raises(AccountLocked):
        store.login("off", PASSWORD)
    with pytest.raises(PermissionDenied, match="disabled"):
        clerk.features.read("incidents")
    admin.accounts.set_active("off", True)
    assert len(store.login("off", PASSWORD).features.read("incidents")) == 2


def test_failed_logins_lock_the_account_until_the_administrator_unlocks_it(township):
    store = township.store
    for _ in range(4):
        with pytest.raises(LoginFailed):
            store.login("vie", "wrong password")
    with pytest.raises(AccountLocked):
        store.login("vie", "wrong password")
    with pytest.raises(AccountLocked):
        store.login("vie", PASSWORD)
    township.admin.accounts.unlock("vie")
    assert store.login("vie", PASSWORD).caller.username == "vie"
    outcomes = township.admin.audit.log(event="login", username="vie")["outcome"].tolist()
    assert sorted(set(outcomes)) == ["failed", "locked", "ok"]


def test_the_last_administrator_cannot_be_demoted(township):
    with pytest.raises((PermissionDenied, StoreError), match="administrator"):
        township.admin.accounts.set_role(ADMIN, "viewer")
    with township.connect(ADMIN, ADMIN_PASSWORD) as con:  # nor past the console
        assert refused(con, "SELECT township_user_set_role('admin', 'viewer', NULL)")
        assert refused(con, "SELECT township_user_set_active('admin', false)")
    assert township.store.login(ADMIN, ADMIN_PASSWORD).caller.role == "administrator"


def test_a_workstation_url_names_no_user_or_one_without_a_password(township):
    """The console's --db: without a user, or with the user's own name and no password, the store opens at
    the login, as the user's own role."""
    url = make_url(township.url)
    for given in (URL.create(url.drivername, host=url.host, port=url.port, database=url.database),
                  URL.create(url.drivername, username="vo1", host=url.host, port=url.port,
                             database=url.database)):
        store = TownshipStore(given.render_as_string(), key_folder=township.folder / "keys")
        assert store.has_users() and store.store_id is None
        with pytest.raises(LoginFailed):
            store.login("vo1", "wrong password")
        officer = store.login("vo1", PASSWORD)
        assert officer.store.store_id == township.store.store_id
        assert set(officer.features.read("incidents")["village_code"]) == {"V1"}
        officer.store.engine.dispose()
