"""Accounts: no default account, one first administrator, password length, lockout after five failures,
unlocking, disabled accounts, and an audit record for every login attempt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from datasources.errors import AccountLocked, LoginFailed, StoreError
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.township_store import MAX_FAILED_LOGINS
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, make_store

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def login_outcomes(admin, username: str) -> list[str]:
    log = admin.audit.log(username=username, event="login")
    return list(log.sort_values("seq")["outcome"])


def test_a_new_store_has_no_account_and_no_default_password(tmp_path):
    # The real Argon2 costs here, as the office runs it.
    path = tmp_path / "township.gpkg"
    init_store(path).dispose()
    store = TownshipStore(path, key_folder=tmp_path / "keys")
    assert not store.has_users()
    for username, password in ((ADMIN, ADMIN_PASSWORD), ("admin", "admin"), ("administrator", "password"),
                               ("root", "root"), ("admin", "")):
        with pytest.raises(LoginFailed, match="user name or the password is wrong"):
            store.login(username, password)
    with pytest.raises(StoreError, match="at least 8 characters"):
        store.create_administrator(ADMIN, "short7!")
    assert not store.has_users()

    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    assert admin.caller.role == "administrator"
    assert store.has_users()
    with pytest.raises(StoreError, match="already has accounts"):
        store.create_administrator("second", "another-long-password")
    assert [u["username"] for u in admin.accounts.users()] == [ADMIN]
    assert store.login(ADMIN, ADMIN_PASSWORD).username == ADMIN
    with pytest.raises(LoginFailed):
        store.login(ADMIN, "admin")
    log = admin.audit.log().sort_values("seq")
    assert list(zip(log["username"], log["event"], log["outcome"], strict=True)) == [
        (ADMIN, "login", "failed"), ("admin", "login", "failed"), ("administrator", "login", "failed"),
        ("root", "login", "failed"), ("admin", "login", "failed"),
        (ADMIN, "create_administrator", "refused"),  # the short password (its reason, not the password)
        (ADMIN, "create_administrator", "ok"), (ADMIN, "login", "ok"), (ADMIN, "login", "ok"),
        (ADMIN, "login", "failed")]


def test_short_passwords_are_refused_for_every_account(tmp_path):
    admin = make_store(tmp_path).create_administrator(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(StoreError, match="at least 8 characters"):
        admin.accounts.add("clerk", "1234567", "office_staff")
    admin.accounts.add("clerk", "clerk password 1", "office_staff")
    clerk = admin.store.login("clerk", "clerk password 1")
    with pytest.raises(StoreError, match="at least 8 characters"):
        clerk.accounts.set_password("clerk", "short")
    clerk.accounts.set_password("clerk", PASSWORD)
    with pytest.raises(LoginFailed):
        admin.store.login("clerk", "clerk password 1")
    assert admin.store.login("clerk", PASSWORD).username == "clerk"


def test_five_failures_lock_the_account_until_the_lock_time_passes(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    assert store.lock_minutes == 15

    for attempt in range(1, MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            store.login("clerk", f"wrong-{attempt}", now=T0 + timedelta(seconds=attempt))
    with pytest.raises(AccountLocked, match="locked for 15 minutes"):
        store.login("clerk", "wrong-5", now=T0 + timedelta(seconds=5))
    for minutes in (0, 1, 14.9):  # the right password does not help while locked
        with pytest.raises(AccountLocked, match="locked until"):
            store.login("clerk", PASSWORD, now=T0 + timedelta(seconds=5, minutes=minutes))
    user = {u["username"]: u for u in admin.accounts.users()}["clerk"]
    assert user["locked_until"] == T0 + timedelta(seconds=5, minutes=15)
    assert store.login("clerk", PASSWORD, now=T0 + timedelta(minutes=15, seconds=6)).username == "clerk"
    assert {u["username"]: u for u in admin.accounts.users()}["clerk"]["locked_until"] is None
    assert login_outcomes(admin, "clerk") == ["failed"] * 4 + ["locked"] * 4 + ["ok"]

    # After a success the count starts again: four more failures do not lock.
    later = T0 + timedelta(hours=1)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(LoginFailed):
            store.login("clerk", "still-wrong", now=later)
    assert store.login("clerk", PASSWORD, now=later).username == "clerk"


def test_an_administrator_unlocks_and_disabled_accounts_are_refused(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises((LoginFailed, AccountLocked)):
            store.login("clerk", "wrong-password", now=T0)
    with pytest.raises(AccountLocked):
        store.login("clerk", PASSWORD, now=T0 + timedelta(minutes=1))
    admin.accounts.unlock("clerk")
    assert store.login("clerk", PASSWORD, now=T0 + timedelta(minutes=1)).username == "clerk"

    admin.accounts.set_active("clerk", False)
    with pytest.raises(AccountLocked, match="disabled"):
        store.login("clerk", PASSWORD)
    with pytest.raises(AccountLocked, match="disabled"):
        store.login("clerk", "wrong-password")
    with pytest.raises(StoreError, match="your own account"):
        admin.accounts.set_active(ADMIN, False)
    admin.accounts.set_active("clerk", True)
    assert store.login("clerk", PASSWORD).username == "clerk"
    with pytest.raises(LoginFailed):
        store.login("nobody", PASSWORD)

    assert login_outcomes(admin, "clerk") == (["failed"] * 4 + ["locked", "locked", "ok"]
                                              + ["disabled", "disabled", "ok"])
    assert login_outcomes(admin, "nobody") == ["failed"]
    changes = admin.audit.log(event="permission_change").sort_values("seq")
    assert [(r.object, r.detail) for r in changes.itertuples()] == [
        ("user:clerk", '{"created": true, "role": "office_staff", "village_code": null}'),
        ("user:clerk", '{"unlocked": true}'), ("user:clerk", '{"active": false}'),
        ("user:clerk", '{"active": true}')]
    log = admin.audit.log()
    assert (log[["time", "username", "event", "object", "outcome"]] != "").all().all()
