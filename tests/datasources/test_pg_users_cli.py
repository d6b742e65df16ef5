"""``township-console users add|disable|enable|set-role`` on a GeoPackage store and on PostGIS: the account
works (on PostgreSQL as its own database login), every change is audited, a password never goes on the
command line, and only an administrator (or the store's holder) may run them."""

from __future__ import annotations

import pytest

from datasources.errors import AccountLocked
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    fill_township,
    run_cli,
    store_of_kind,
)


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    store = store_of_kind(request, tmp_path)
    fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    yield store
    store.engine.dispose()


def test_onboarding_from_the_command_line(store):
    target = store.url if not store.embedded else store.url.removeprefix("sqlite:///")
    new = {"TOWNSHIP_NEW_PASSWORD": PASSWORD}
    done = run_cli("users", "add", target, "--username", "li.wei", "--role", "village_officer",
                   "--village", "V1", env=new)
    assert done.returncode == 0, done.stderr
    officer = store.login("li.wei", PASSWORD)
    assert (officer.caller.role, officer.caller.village_code) == ("village_officer", "V1")
    assert set(officer.features.read("incidents")["village_code"]) == {"V1"}

    # As a named administrator (their password from the environment), and refused for anyone else.
    as_admin = {"TOWNSHIP_PASSWORD": ADMIN_PASSWORD}
    done = run_cli("users", "set-role", target, "li.wei", "--role", "viewer", "--admin", ADMIN, env=as_admin)
    assert done.returncode == 0, done.stderr
    assert store.login("li.wei", PASSWORD).caller.role == "viewer"
    done = run_cli("users", "add", target, "--username", "mallory", "--role", "administrator",
                   "--admin", "li.wei", env={**new, "TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 2
    assert "may not" in done.stderr and "Traceback" not in done.stderr

    done = run_cli("users", "disable", target, "li.wei", "--admin", ADMIN, env=as_admin)
    assert done.returncode == 0, done.stderr
    with pytest.raises(AccountLocked):
        store.login("li.wei", PASSWORD)
    assert run_cli("users", "enable", target, "li.wei", env=as_admin).returncode == 0
    assert store.login("li.wei", PASSWORD).caller.username == "li.wei"

    admin = store.login(ADMIN, ADMIN_PASSWORD)
    changes = admin.audit.log(event="permission_change")
    assert list(changes["object"]).count("user:li.wei") == 4
    assert all(account["username"] != "mallory" for account in admin.accounts.users())
    assert admin.audit.verify() == []


def test_a_password_is_never_an_argument_and_a_bad_role_is_one_sentence(store):
    target = store.url if not store.embedded else store.url.removeprefix("sqlite:///")
    done = run_cli("users", "add", target, "--username", "x", "--role", "viewer", "--password", "secret-123")
    assert done.returncode != 0 and "unrecognized arguments: --password" in done.stderr
    done = run_cli("users", "add", target, "--username", "x", "--role", "mayor",
                   env={"TOWNSHIP_NEW_PASSWORD": PASSWORD})
    assert done.returncode == 2 and "is not a role" in done.stderr and "Traceback" not in done.stderr
