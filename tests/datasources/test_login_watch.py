"""Passwords guessed with psql directly at the server are counted and lock the account, as at the console.

Before, PostgreSQL 15 (which has no login hook) let anyone try passwords of a store's logins with ``psql`` as
often as they liked: nothing counted them, nothing recorded them, and even an account the console had locked
could still log in with psql. Here real ``psql`` and psycopg logins fail against the test server, whose log
the watcher follows (``log_connections`` is switched on for the client's address).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from datasources.errors import AccountLocked, LoginFailed
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.login_watch import LogFollower, LoginWatch, csv_failures, json_failures
from datasources.store.pg_roles import login_role
from datasources.store.pg_store import desk_url
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    ROOT,
    fill_township,
)


@pytest.fixture(scope="module")
def server_log(pg_url) -> Path:
    """The test server's log (``pg_server.sh`` starts it with ``-l <folder>/postgres.log``), with
    ``log_connections`` on."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as con:
            data = Path(con.execute(text("SHOW data_directory")).scalar())
            if con.execute(text("SHOW log_connections")).scalar() != "on":
                con.execute(text("ALTER SYSTEM SET log_connections = on"))
                con.execute(text("SELECT pg_reload_conf()"))
        for _ in range(200):  # the server takes the setting for the sessions it starts after the reload
            with admin.connect() as con:
                if con.execute(text("SHOW log_connections")).scalar() == "on":
                    break
    finally:
        admin.dispose()
    log = data.parent / "postgres.log"
    if not os.access(log, os.R_OK):
        pytest.skip(f"the test server's log {log} cannot be read here")
    return log


@pytest.fixture
def township(pg_database, tmp_path):
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(session)
    session.accounts.add("vie", PASSWORD, "viewer")
    session.accounts.add("vo1", PASSWORD, "village_officer", "V1")
    yield session
    store.engine.dispose()


def psql(url: str, user: str, password: str) -> subprocess.CompletedProcess:
    """A login with the real psql, as someone at a workstation would try it."""
    parsed = make_url(url)
    return subprocess.run([shutil.which("psql") or "psql", "-X", "-h", parsed.host, "-p", str(parsed.port),
                           "-U", user, "-d", parsed.database, "-c", "SELECT count(*) FROM incidents"],
                          env={**os.environ, "PGPASSWORD": password, "PGCONNECT_TIMEOUT": "30"},
                          capture_output=True, text=True, check=False)


def plain_login(url: str, user: str, password: str) -> bool:
    parsed = make_url(url)
    try:
        psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=user,
                        password=password).close()
    except psycopg.OperationalError:
        return False
    return True


def told_until(watch: LoginWatch, n: int) -> list[tuple[str, str, str]]:
    """What the watcher told, looking until ``n`` failures came (the log is written as they happen)."""
    told = []
    for _ in range(300):
        told += watch.once()
        if len(told) >= n:
            break
    return told


def logins(admin, username: str) -> list[tuple[str, dict]]:
    log = admin.audit.log(username=username, event="login").iloc[::-1]
    return [(row.outcome, json.loads(row.detail or "{}")) for row in log.itertuples()]


def workstation(store: TownshipStore) -> TownshipStore:
    url = make_url(store.url)
    bare = URL.create(url.drivername, host=url.host, port=url.port, database=url.database)
    return TownshipStore(bare.render_as_string(), key_folder=store.key_folder, hasher=CHEAP_HASHER)


@pytest.mark.skipif(shutil.which("psql") is None, reason="psql is not installed")
def test_passwords_guessed_with_psql_are_counted_and_lock_the_account(township, server_log):
    url = township.store.url
    role = login_role(make_url(url).database, "vie")
    watch = LoginWatch(url, LogFollower(server_log))
    try:
        for guess in ("letmein", "viewer2026", "password1"):
            assert psql(url, role, guess).returncode != 0
        for guess in ("qwerty", "township"):
            assert not plain_login(url, role, guess)
        told = told_until(watch, 5)
    finally:
        watch.close()
    assert [(user, client, outcome) for user, client, outcome in told] == (
        [("vie", "127.0.0.1", "failed")] * 4 + [("vie", "127.0.0.1", "locked")])
    assert logins(township, "vie") == (
        [("failed", {"failed_logins": n, "client": "127.0.0.1", "seen_in": "server log"}) for n in (1, 2, 3, 4)]
        + [("locked", {"failed_logins": 0, "client": "127.0.0.1", "seen_in": "server log"})])
    # the lock holds against psql too: the right password no longer opens the login, for any program
    assert psql(url, role, PASSWORD).returncode != 0
    assert not plain_login(url, role, PASSWORD)
    with pytest.raises(AccountLocked):
        workstation(township.store).login("vie", PASSWORD)
    township.accounts.unlock("vie")
    assert plain_login(url, role, PASSWORD)
    assert workstation(township.store).login("vie", PASSWORD).caller.username == "vie"
    assert township.audit.verify() == []


def test_a_consoles_wrong_password_is_counted_once_though_the_log_shows_it_too(township, server_log):
    watch = LoginWatch(township.store.url, LogFollower(server_log))
    assert any("auth_delay" in note for note in watch.advice())  # the shared test server runs without
    office = workstation(township.store)
    try:
        for _ in range(2):
            with pytest.raises(LoginFailed):
                office.login("vo1", "not my password")
        told = told_until(watch, 2)
    finally:
        watch.close()
    assert [t[0] for t in told] == ["vo1", "vo1"]
    assert [(outcome, detail["failed_logins"]) for outcome, detail in logins(township, "vo1")] == [
        ("failed", 1), ("failed", 2)]
    assert {u["username"]: u["failed_logins"] for u in township.accounts.users()}["vo1"] == 2


def test_a_lock_that_ran_out_opens_the_login_again(township, server_log):
    url = township.store.url
    office = workstation(township.store)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            office.login("vie", "wrong password")
    with pytest.raises(AccountLocked):
        office.login("vie", "wrong password")
    role = login_role(make_url(url).database, "vie")
    assert not plain_login(url, role, PASSWORD)  # the console's lock shuts psql out as well
    owner = create_engine(url)
    with owner.begin() as con:  # fifteen minutes later
        con.execute(text("UPDATE users SET locked_until = now() - interval '1 second' WHERE username = 'vie'"))
    owner.dispose()
    assert office.login("vie", PASSWORD).caller.username == "vie"  # opened by the console's own login
    assert plain_login(url, role, PASSWORD)


def test_only_the_owner_or_the_watch_group_may_tell_failures(township, server_log):
    url = township.store.url
    parsed = make_url(url)
    database = parsed.database
    desk = make_url(desk_url(url))
    for user, password in ((login_role(database, "vo1"), PASSWORD), (desk.username, desk.password)):
        with psycopg.connect(host=parsed.host, port=parsed.port, dbname=database, user=user,
                             password=password, autocommit=True) as con:
            for statement in ("SELECT * FROM township_watched_failure('admin', '10.0.0.9', now())",
                              "SELECT township_reopen_elapsed()",
                              "SELECT * FROM township_count_failure('admin', 'x', 'log', now())"):
                with pytest.raises(psycopg.Error):
                    con.execute(statement)
    assert logins(township, ADMIN)[-1][0] == "ok"
    watcher = f"{database}_watcher"
    owner = create_engine(url, isolation_level="AUTOCOMMIT")
    with owner.connect() as con:
        con.execute(text(f'CREATE ROLE "{watcher}" LOGIN PASSWORD \'watch-the-log-2026\''))
        con.execute(text(f'GRANT "{database}_login_watch" TO "{watcher}"'))
    owner.dispose()
    watch = LoginWatch(parsed.set(username=watcher, password="watch-the-log-2026")
                       .render_as_string(hide_password=False), LogFollower(server_log))
    try:
        assert not plain_login(url, login_role(database, "ghost"), "guess")
        assert told_until(watch, 1) == [("ghost", "127.0.0.1", "failed")]
    finally:
        watch.close()


@pytest.mark.skipif(shutil.which("psql") is None, reason="psql is not installed")
def test_the_command_keeps_its_place_in_the_log(township, server_log, tmp_path):
    url = make_url(township.store.url)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    state = tmp_path / "watch-state.json"
    env = {**os.environ, "PGPASSWORD": url.password, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "console.cli", "logins", "watch", bare, "--log", str(server_log),
               "--state", str(state), "--once"]
    first = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert state.is_file() and first.stdout == ""
    assert psql(township.store.url, login_role(url.database, "nobody"), "guess").returncode != 0
    lines: list[str] = []
    for _ in range(100):
        again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stderr
        lines += again.stdout.splitlines()
        if lines:
            break
    assert lines == ["nobody from 127.0.0.1: failed"]
    assert [o for o, _d in logins(township, "nobody")] == ["failed"]


def test_csv_and_json_logs_are_read_by_their_fields():
    """PostgreSQL 15's csvlog and jsonlog lines of a failed password (SQLSTATE 28P01, whatever language the
    messages are in); a record that spans lines is read whole."""
    csv_line = ('2026-12-03 13:13:44.780 UTC,"vie@township","township",21399,"10.0.3.7:51234",'
                '674ef1b8.5397,1,"authentication",2026-12-03 13:13:44 UTC,3/17,0,FATAL,28P01,'
                '"用户 ""vie@township"" Password 认证失败","Connection matched pg_hba.conf line 91:\n'
                '""host all all 0.0.0.0/0 scram-sha-256""",,,,,,,,"","client backend",,0\n')
    other = ('2026-12-03 13:13:45.000 UTC,"vie@township","township",21400,"10.0.3.7:51240",'
             '674ef1b8.5398,1,"idle",2026-12-03 13:13:45 UTC,3/18,0,LOG,00000,"statement: SELECT 1",,,,,,,,,'
             '"psql","client backend",,0\n')
    found = list(csv_failures([csv_line, other]))
    assert [(f.role, f.client, f.at.isoformat()) for f in found] == [
        ("vie@township", "10.0.3.7", "2026-12-03T13:13:44.780000+00:00")]
    json_line = json.dumps({"timestamp": "2026-12-03 13:13:44.780 UTC", "user": "vo1@township",
                            "dbname": "township", "pid": 21399, "remote_host": "10.0.3.8",
                            "remote_port": 51234, "error_severity": "FATAL", "state_code": "28P01",
                            "message": "password authentication failed for user \"vo1@township\""})
    found = list(json_failures([json_line + "\n", '{"state_code": "00000"}\n', "not json\n"]))
    assert [(f.role, f.client) for f in found] == [("vo1@township", "10.0.3.8")]


@pytest.fixture(scope="module")
def csv_json_server():
    """A server of its own that writes csvlog and jsonlog (the logging collector needs a restart, which the
    shared test server must not have); its URL and log folder."""
    folder = Path(tempfile.mkdtemp(prefix="township-pg-logs-"))  # the server's user must reach it
    env = {**os.environ, "TOWNSHIP_PG_DIR": str(folder), "TOWNSHIP_PG_PORT": "54347"}
    script = ROOT / "resources" / "scripts" / "pg_server.sh"
    if subprocess.run(["bash", str(script), "check"], env=env, capture_output=True).returncode != 0:
        pytest.skip("PostgreSQL is not installed")
    started = subprocess.run(["bash", str(script), "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        pytest.skip(f"a second test server could not start: {started.stderr.strip()[-300:]}")
    url = started.stdout.strip().splitlines()[-1]
    try:
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as con:
            for setting in ("logging_collector = on", "log_destination = 'csvlog,jsonlog'",
                            "log_directory = 'log'", "lc_messages = 'C'",
                            "shared_preload_libraries = 'auth_delay'"):
                con.execute(text(f"ALTER SYSTEM SET {setting}"))
            data = Path(con.execute(text("SHOW data_directory")).scalar())
        admin.dispose()
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:  # known once the module loads
            conf.write("auth_delay.milliseconds = 200\n")
        bin_dir = Path(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
                       or "/usr/lib/postgresql/15/bin")
        if not (bin_dir / "pg_ctl").exists():
            bin_dir = Path("/usr/lib/postgresql/15/bin")
        owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*owner, str(bin_dir / "pg_ctl"), "restart", "-D", str(data), "-w", "-t", "60",
                        "-l", str(folder / "postgres.log")], check=True, capture_output=True,
                       cwd=folder)
        yield url, data / "log"
    finally:
        subprocess.run(["bash", str(script), "stop"], env=env, capture_output=True)


def test_a_csvlog_and_jsonlog_servers_failures_are_counted(csv_json_server, tmp_path):
    url, logs = csv_json_server
    init_store(url).dispose()
    store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    try:
        session.accounts.add("vie", PASSWORD, "viewer")
        jsons = LogFollower(logs, kind="jsonlog")
        watch = LoginWatch(url, LogFollower(logs))  # a folder: its newest csvlog
        assert watch.advice() == []  # auth_delay loaded; csvlog needs neither log_connections nor English
        role = login_role(make_url(url).database, "vie")
        for guess in ("multi\nline\"guess", "second-guess"):
            assert not plain_login(url, role, guess)
        told = told_until(watch, 2)
        watch.close()
        assert told == [("vie", "127.0.0.1", "failed")] * 2
        seen: list = []
        for _ in range(300):
            seen += jsons.failures()
            if len(seen) >= 2:
                break
        assert [(f.role, f.client) for f in seen] == [(role, "127.0.0.1")] * 2
        assert [(o, d["failed_logins"]) for o, d in logins(session, "vie")] == [("failed", 1), ("failed", 2)]
    finally:
        store.engine.dispose()
