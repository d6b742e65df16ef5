"""Failed logins, disabled accounts, hidden reports and refused passwords leave the same records on PostGIS as
on the GeoPackage store, and the lockout cannot be bent.

On PostgreSQL each user logs in as their own role, so a wrong password never reaches the database as that
user. The console tells the failure through the store's login desk (``<database>_login``): the server counts
it with its own rules (five failures lock the account for 15 minutes) and records it. The attacks of the
review: a console user's login locks the administrator with one call of a caller-chosen threshold, or passes
a huge threshold so nothing ever locks; the desk reads the store or floods the trail.
"""

from __future__ import annotations

import json
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from datasources.errors import AccountLocked, LoginFailed, NotFound, PermissionDenied, StoreError
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.pg_roles import login_role
from datasources.store.pg_store import desk_url
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    fill_township,
    make_store,
    store_of_kind,
)


@pytest.fixture(params=["gpkg", "postgis"])
def admin(request, tmp_path):
    """An administrator's session of a township with villages V1 and V2, on each kind of store."""
    store = store_of_kind(request, tmp_path)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    session.ids = fill_township(session)
    yield session
    store.engine.dispose()


@pytest.fixture
def pg_admin(pg_database, tmp_path):
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    session.ids = fill_township(session)
    session.accounts.add("vie", PASSWORD, "viewer")
    session.accounts.add("vo1", PASSWORD, "village_officer", "V1")
    yield session
    store.engine.dispose()


def workstation(store: TownshipStore) -> TownshipStore:
    """The store as a console opens it in the office: a URL that names no user (and no password)."""
    if store.embedded:
        return store
    url = make_url(store.url)
    bare = URL.create(url.drivername, host=url.host, port=url.port, database=url.database)
    return TownshipStore(bare.render_as_string(), key_folder=store.key_folder, hasher=CHEAP_HASHER)


def connect(url: str, user: str, password: str) -> psycopg.Connection:
    """A plain database connection (what psql would do)."""
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=user,
                           password=password, autocommit=True)


def refused(con: psycopg.Connection, statement: str) -> bool:
    try:
        with con.transaction():
            con.execute(statement)
    except psycopg.Error:
        return True
    return False


def records(admin, username: str, event: str | None = None) -> list[tuple]:
    """(event, object, outcome, detail without the workstation's address) of ``username``, oldest first."""
    log = admin.audit.log(username=username, event=event).iloc[::-1]
    out = []
    for row in log.itertuples():
        detail = json.loads(row.detail or "{}")
        detail.pop("client", None)
        out.append((row.event, row.object, row.outcome, detail))
    return out


def test_five_failed_logins_lock_the_account_in_the_offices_login_flow(admin):
    """The same lockout and the same records on both stores, through a console whose store URL names no
    user (on PostGIS nothing counted the failures there before)."""
    admin.accounts.add("vie", PASSWORD, "viewer")
    admin.accounts.add("gone", PASSWORD, "viewer")
    admin.accounts.set_active("gone", False)
    office = workstation(admin.store)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            office.login("vie", "wrong password")
    with pytest.raises(AccountLocked):
        office.login("vie", "wrong password")
    with pytest.raises(AccountLocked):  # locked: the right password does not open it either
        office.login("vie", PASSWORD)
    admin.accounts.unlock("vie")
    assert office.login("vie", PASSWORD).caller.username == "vie"
    assert records(admin, "vie", "login") == (
        [("login", "user:vie", "failed", {"failed_logins": n}) for n in (1, 2, 3, 4)]
        + [("login", "user:vie", "locked", {"failed_logins": 0})] * 2
        + [("login", "user:vie", "ok", {"failed_logins": 0})])
    assert [r[:3] for r in records(admin, ADMIN, "permission_change")][-1] == (
        "permission_change", "user:vie", "ok")

    with pytest.raises(LoginFailed):  # a name that is no account is recorded too
        office.login("ghost", "wrong password")
    assert records(admin, "ghost") == [("login", "user:ghost", "failed", {})]
    for password in ("wrong password", PASSWORD):  # a disabled account, whatever the password
        with pytest.raises(AccountLocked, match="disabled"):
            office.login("gone", password)
    assert [r[2] for r in records(admin, "gone", "login")] == ["disabled", "disabled"]
    assert admin.audit.verify() == []


def test_a_console_users_login_cannot_lock_others_or_bend_the_rules(pg_admin):
    """Before, township_login_failed was anyone's, with the threshold and the lock's length as arguments."""
    url = pg_admin.store.url
    database = make_url(url).database
    with connect(url, login_role(database, "vo1"), PASSWORD) as con:
        for statement in ("SELECT * FROM township_login_failed('admin', 1, 15)",
                          "SELECT * FROM township_login_failed('admin', 1000000, 0)",
                          "SELECT * FROM township_login_failed('admin')",
                          "SELECT township_disabled_call('admin', 'read:incidents', 'incidents:1')",
                          "SELECT township_desk_call('admin')"):
            assert refused(con, statement), statement
    accounts = {u["username"]: u for u in pg_admin.accounts.users()}
    assert accounts[ADMIN]["locked_until"] is None and accounts[ADMIN]["failed_logins"] == 0
    assert pg_admin.store.login(ADMIN, ADMIN_PASSWORD).caller.role == "administrator"

    desk = make_url(desk_url(url))
    with connect(url, desk.username, desk.password) as con:
        # the desk is no way into the store
        for statement in ("SELECT username FROM users", "SELECT * FROM incidents", "SELECT * FROM villages",
                          "SELECT * FROM audit_events", "SELECT * FROM township_secrets",
                          "SELECT * FROM township_desk_calls",
                          "SELECT township_audit_append('admin', 'edit', 'incidents:1', 'ok', '{}')",
                          "SELECT township_last_case_number('2026-')",
                          "SELECT township_user_unlock('vie')",
                          "SELECT township_password_refused(NULL, 'password_change', 'x')",
                          "SELECT township_password_refused('admin', 'password_change', 'x')",
                          "SELECT * FROM township_login_failed('vie', 1000000, 0)",
                          "UPDATE users SET locked_until = NULL"):
            assert refused(con, statement), statement
        # and it applies the server's rules: the fifth failure locks for 15 minutes, whoever tells it
        outcomes = [con.execute("SELECT * FROM township_login_failed('vie')").fetchone() for _ in range(5)]
        assert [o[0] for o in outcomes] == ["failed"] * 4 + ["locked"]
        lock = outcomes[-1][1] - con.execute("SELECT now()").fetchone()[0]
        assert timedelta(minutes=14) < lock <= timedelta(minutes=15)
        # an enabled account's refusal cannot be put in its name
        con.execute("SELECT township_disabled_call('vo1', 'read:incidents', 'incidents:1')")
    assert records(pg_admin, "vo1") == []
    with pytest.raises(AccountLocked):
        workstation(pg_admin.store).login("vie", PASSWORD)
    told = pg_admin.audit.log(username="vie", event="login", outcome="locked")["detail"].iloc[-1]
    assert json.loads(told)["client"] == "127.0.0.1"  # the desk's records name the workstation


def test_one_workstation_cannot_flood_the_trail_through_the_desk(pg_admin):
    url = pg_admin.store.url
    desk = make_url(desk_url(url))
    before = len(pg_admin.audit.log(event="login"))
    with connect(url, desk.username, desk.password) as con:
        outcomes = [con.execute(f"SELECT outcome FROM township_login_failed('nobody{n}')").fetchone()[0]
                    for n in range(40)]
    assert outcomes == ["failed"] * 30 + ["limited"] * 10  # told 30 a minute; the others count for nobody
    logins = pg_admin.audit.log(event="login")
    assert len(logins) == before + 31  # the 30 failures and one record of the flood, not ten
    flood = logins[logins["outcome"] == "refused"]
    assert len(flood) == 1 and "too many login attempts" in flood["detail"].iloc[0]
    assert json.loads(flood["detail"].iloc[0])["client"] == "127.0.0.1"


def test_a_disabled_accounts_refused_calls_are_recorded(admin):
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = admin.store.login("clerk", PASSWORD)
    assert len(clerk.features.read("incidents")) == 2
    admin.accounts.set_active("clerk", False)
    incident = admin.ids["incidents"]["V1"]
    for call in (lambda: clerk.features.read("incidents"), lambda: clerk.incidents.history(incident),
                 lambda: clerk.incidents.add_note(incident, "still here?"),
                 lambda: clerk.exports.data("incidents", "x")):
        with pytest.raises(PermissionDenied, match="has been disabled"):
            call()
    denied = [r for r in records(admin, "clerk") if r[2] == "denied"]
    assert [r[:3] for r in denied] == [
        ("read", "incidents", "denied"), ("read", f"incidents:{incident}", "denied"),
        ("edit", f"incidents:{incident}", "denied"), ("export", "incidents:x", "denied")]
    assert [r[3]["action"] for r in denied] == ["read:incidents", "read:incidents", "edit:incidents", "export"]


def test_another_villages_report_asked_for_by_id_is_recorded_as_denied(admin):
    """On PostGIS row-level security hides it (not found, so nothing tells it exists); the record is the
    GeoPackage store's."""
    admin.accounts.add("vo1", PASSWORD, "village_officer", "V1")
    officer = admin.store.login("vo1", PASSWORD)
    theirs = admin.ids["incidents"]["V2"]
    version = admin.features.get("incidents", theirs)["version"]
    refusal = (PermissionDenied,) if admin.store.embedded else (NotFound,)
    for call in (lambda: officer.features.get("incidents", theirs),
                 lambda: officer.incidents.history(theirs),
                 lambda: officer.incidents.unmask(theirs, "checking"),
                 lambda: officer.features.update("incidents", theirs, {"title": "mine now"}, version),
                 lambda: officer.incidents.add_note(theirs, "seen it")):
        with pytest.raises(refusal):
            call()
    denied = [r for r in records(admin, "vo1") if r[2] == "denied"]
    assert denied == [(event, f"incidents:{theirs}", "denied", {"action": action, "village_code": "V2"})
                      for event, action in (("read", "read:incidents"), ("read", "read:incidents"),
                                            ("unmask_personal", "unmask_personal"),
                                            ("edit", "edit:incidents"), ("edit", "edit:incidents"))]
    with pytest.raises((PermissionDenied, NotFound)):  # a report that does not exist: nothing to record
        officer.features.get("incidents", 99999)
    assert len([r for r in records(admin, "vo1") if r[2] == "denied"]) == len(denied)
    assert admin.audit.verify() == []


def test_refused_passwords_are_recorded_without_the_password(admin):
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = admin.store.login("clerk", PASSWORD)
    for password in ("password", "12345678", "short"):
        with pytest.raises(StoreError):
            admin.accounts.add("newbie", password, "viewer")
    with pytest.raises(StoreError):
        admin.accounts.set_password("clerk", "clerkclerk")
    with pytest.raises(StoreError):
        clerk.accounts.set_password("clerk", "qwertyuiop")
    mine = records(admin, ADMIN)
    refusals = [r for r in mine if r[2] == "refused"]
    assert [r[:3] for r in refusals] == [("permission_change", "user:newbie", "refused")] * 3 + [
        ("password_change", "user:clerk", "refused")]
    assert [r[3]["reason"] for r in refusals] == [
        "the password is too easy to guess", "the password is too easy to guess",
        "a password needs at least 8 characters", "the password is the user name"]
    assert [r for r in records(admin, "clerk") if r[2] != "ok"] == [
        ("password_change", "user:clerk", "refused", {"reason": "the password is too easy to guess"})]
    log = admin.audit.log()
    for password in ("12345678", "clerkclerk", "qwertyuiop"):
        assert not log["detail"].str.contains(password, regex=False).any(), password
    assert [u["username"] for u in admin.accounts.users()] == [ADMIN, "clerk"]
    assert admin.audit.verify() == []


@pytest.mark.parametrize("kind", ["gpkg", "postgis"])
def test_the_first_administrators_refused_password_is_recorded(kind, request, tmp_path):
    if kind == "gpkg":
        store = make_store(tmp_path)
    else:
        url = request.getfixturevalue("pg_database")
        init_store(url).dispose()
        store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    try:
        with pytest.raises(StoreError, match="too easy to guess"):
            store.create_administrator(ADMIN, "qwerty123")
        assert not store.has_users()
        admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
        log = admin.audit.log(event="create_administrator").iloc[::-1]
        assert list(zip(log["object"], log["outcome"], strict=True)) == [(f"user:{ADMIN}", "refused"),
                                                                          (f"user:{ADMIN}", "ok")]
        assert json.loads(log["detail"].iloc[0]) == {"reason": "the password is too easy to guess"}
        # under the name being created on both stores (on PostGIS it was "system:<the owner's login>")
        assert log["username"].tolist() == [ADMIN, ADMIN]
        assert admin.audit.verify() == []
    finally:
        store.engine.dispose()


def test_a_disabled_accounts_weak_password_is_recorded_as_refused(admin):
    """A disabled account's open console asks for an easy password: refused and recorded with the reason
    (never the password) on both stores; on PostGIS its own login is refused, so the login desk tells it."""
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    admin.accounts.add("vie", PASSWORD, "viewer")
    clerk = admin.store.login("clerk", PASSWORD)
    admin.accounts.set_active("clerk", False)
    with pytest.raises(StoreError, match="too easy to guess"):
        clerk.accounts.set_password("clerk", "qwertyuiop")
    assert [r for r in records(admin, "clerk") if r[2] == "refused"] == [
        ("password_change", "user:clerk", "refused", {"reason": "the password is too easy to guess"})]
    assert not admin.audit.log()["detail"].str.contains("qwertyuiop", regex=False).any()
    assert admin.audit.verify() == []
    if admin.store.embedded:
        return
    desk = make_url(desk_url(admin.store.url))
    with connect(admin.store.url, desk.username, desk.password) as con:
        for statement in ("SELECT township_disabled_password_refused('clerk', 'anything I like')",
                          "SELECT township_disabled_password_refused('clerk', NULL)"):
            assert refused(con, statement), statement
        # an enabled account: nothing can be put in its name
        con.execute("SELECT township_disabled_password_refused('vie', 'the password is too easy to guess')")
    assert [r for r in records(admin, "vie") if r[2] == "refused"] == []
