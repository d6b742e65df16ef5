"""What the security review tried with accounts, on the GeoPackage store and on PostGIS: common and guessable
passwords (``12345678``, ``password``, eight spaces, the user name) and look-alike user names (``аdmin`` with a
Cyrillic ``а``, a trailing space) are refused with a sentence the window translates; a full-width name is
stored as its plain form; the last administrator cannot demote or disable themselves; a disabled account's
open session is ended at its next call (audited as denied on the GeoPackage store; on PostgreSQL the server
refuses the disabled login role before any record can be written)."""

from __future__ import annotations

import pytest

from datasources.errors import LoginFailed, PermissionDenied, StoreError
from datasources.store.passwords import check_password, user_name
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    fill_township,
    make_store,
    store_of_kind,
)

GUESSABLE = ("12345678", "password", " " * 8, "qwertyuiop", "clerk2024", "Clerk-Clerk", "11111111",
             "iloveyou1")
LOOK_ALIKES = ("\u0430dmin", "admin ", " admin", "ad min", "admin\u200b", "ad\u00admin", "张三", "-admin", "")


@pytest.fixture(params=["gpkg", "postgis"])
def admin(request, tmp_path):
    store = store_of_kind(request, tmp_path)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(session)
    yield session
    store.engine.dispose()


def test_guessable_passwords_are_refused_for_every_account(admin):
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = admin.store.login("clerk", PASSWORD)
    for password in GUESSABLE:
        with pytest.raises(StoreError) as refused:
            admin.accounts.add("clerk2", password, "viewer")
        assert refused.value.problem_template.startswith(("the password is", "a password needs"))
        for user in (admin, clerk):
            with pytest.raises(StoreError):
                user.accounts.set_password("clerk", password)
    assert [u["username"] for u in admin.accounts.users()] == [ADMIN, "clerk"]
    assert admin.store.login("clerk", PASSWORD).username == "clerk"  # the old password still holds
    with pytest.raises(StoreError, match="the password is the user name"):
        admin.accounts.add("wangfang", "WangFang2024", "viewer")
    admin.accounts.add("wangfang", "river-lantern-47", "viewer")


def test_look_alike_user_names_cannot_be_created(admin):
    for name in LOOK_ALIKES:
        with pytest.raises(StoreError, match="user name"):
            admin.accounts.add(name, PASSWORD, "viewer")
    assert [u["username"] for u in admin.accounts.users()] == [ADMIN]
    admin.accounts.add("\uff4c\uff49.\uff57\uff41\uff4e\uff47", PASSWORD, "viewer")  # full-width: NFKC
    assert [u["username"] for u in admin.accounts.users()] == [ADMIN, "li.wang"]
    assert admin.store.login("li.wang", PASSWORD).username == "li.wang"
    with pytest.raises(StoreError, match="already an account"):
        admin.accounts.add("\uff41\uff44\uff4d\uff49\uff4e", PASSWORD, "viewer")


def test_the_first_administrator_follows_the_same_rules(tmp_path):
    store = make_store(tmp_path)
    for name, password in (("\u0430dmin", ADMIN_PASSWORD), ("admin ", ADMIN_PASSWORD), (ADMIN, "password"),
                           (ADMIN, "admin123")):
        with pytest.raises(StoreError):
            store.create_administrator(name, password)
    assert not store.has_users()
    assert store.create_administrator("\uff41\uff44\uff4d\uff49\uff4e", ADMIN_PASSWORD).username == ADMIN


def test_the_last_administrator_cannot_demote_or_disable_themselves(admin):
    for attempt in (lambda: admin.accounts.set_role(ADMIN, "viewer"),
                    lambda: admin.accounts.set_role(ADMIN, "office_staff", "V1"),
                    lambda: admin.accounts.set_active(ADMIN, False)):
        with pytest.raises(StoreError):
            attempt()
    assert [(u["role"], u["active"]) for u in admin.accounts.users()] == [("administrator", True)]
    admin.accounts.add("deputy", PASSWORD, "administrator")
    admin.accounts.set_role(ADMIN, "office_staff")  # another administrator is left
    deputy = admin.store.login("deputy", PASSWORD)
    with pytest.raises(StoreError, match="only administrator left"):
        deputy.accounts.set_role("deputy", "viewer")


def test_a_disabled_accounts_open_session_is_ended(admin):
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = admin.store.login("clerk", PASSWORD)
    assert len(clerk.features.read("incidents")) == 2
    admin.accounts.set_active("clerk", False)
    for call in (lambda: clerk.features.read("incidents"), lambda: clerk.incidents.history(1),
                 lambda: clerk.incidents.add_note(1, "still here?"), lambda: clerk.exports.data("incidents", "x")):
        with pytest.raises(PermissionDenied, match="has been disabled"):
            call()
    if admin.store.embedded:  # on PostgreSQL the server refuses the disabled login role itself
        assert len(admin.audit.log(username="clerk", outcome="denied")) == 4
    with pytest.raises((LoginFailed, StoreError)):
        admin.store.login("clerk", PASSWORD)


def test_the_rules_on_their_own():
    assert user_name("\uff41\uff44\uff4d\uff49\uff4e") == "admin"
    assert check_password("correct-horse-9", "clerk") == "correct-horse-9"
    with pytest.raises(StoreError, match="at most"):
        check_password("x" * 201)
    with pytest.raises(StoreError, match="at most 64"):
        user_name("a" * 65)


def test_account_changes_go_through_the_one_audited_write(tmp_path):
    """On the embedded store each account change is the session's audited write: a disabled clerk's own
    password change is refused and recorded, and a change that fails inside leaves neither the change nor
    a record."""
    admin = make_store(tmp_path).create_administrator(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    clerk = admin.store.login("clerk", PASSWORD)
    clerk.accounts.set_password("clerk", "river-lantern-47")
    admin.accounts.set_active("clerk", False)
    with pytest.raises(PermissionDenied, match="has been disabled"):
        clerk.accounts.set_password("clerk", "another-river-48")
    log = admin.audit.log(username="clerk")
    assert list(zip(log["event"], log["object"], log["outcome"], strict=True))[:2] == [
        ("manage_users", "user:clerk", "denied"), ("password_change", "user:clerk", "ok")]
    before = len(admin.audit.log(event="permission_change"))
    with pytest.raises(StoreError, match="no account named ghost"):
        admin.accounts.set_role("ghost", "viewer")
    assert len(admin.audit.log(event="permission_change")) == before
