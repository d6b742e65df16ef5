"""A shared store from before the database enforced the roles: ``db upgrade`` gives its accounts their login
roles (a password is set with ``users set-password``, as the old Argon2 hashes cannot become logins) and
encrypts the personal data of the workstation's key file again on the server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from datasources.errors import KeyMissing, LoginFailed
from datasources.store import TownshipStore
from datasources.store.admin import backup_store, init_store, restore_store, upgrade_store
from datasources.store.crypto import KEY_FOLDER_ENV, PersonalDataKey
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    PHONE,
    fill_township,
    run_cli,
)


def test_an_older_shared_store_is_brought_over(pg_database, tmp_path, monkeypatch):
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    # What an older console left: a key file on the workstation, tokens of it, an account with an Argon2 hash.
    monkeypatch.setenv(KEY_FOLDER_ENV, str(tmp_path / "keys"))
    old_key = PersonalDataKey.for_store(store.store_id, tmp_path / "keys", create=True)
    lost_key = Fernet(Fernet.generate_key())
    with store.engine.begin() as con:
        con.execute(text("UPDATE incidents SET reporter_phone_enc = :t WHERE id = :i"),
                    {"t": old_key.encrypt(PHONE), "i": ids["incidents"]["V1"]})
        con.execute(text("UPDATE incidents SET reporter_phone_enc = :t WHERE id = :i"),
                    {"t": lost_key.encrypt(b"13900000000"), "i": ids["incidents"]["V2"]})
        con.execute(text("INSERT INTO users (username, role, password_hash, failed_logins, active, created_at, "
                         "version) VALUES ('old.clerk', 'office_staff', :h, 0, true, :t, 1)"),
                    {"h": CHEAP_HASHER.hash(PASSWORD), "t": datetime.now(UTC)})

    upgrade_store(pg_database)

    assert admin.incidents.unmask(ids["incidents"]["V1"], "after the upgrade")["reporter_phone"] == PHONE
    with pytest.raises(KeyMissing, match="another key"):
        admin.incidents.unmask(ids["incidents"]["V2"], "its key is lost")
    with pytest.raises(LoginFailed):
        store.login("old.clerk", PASSWORD)
    done = run_cli("users", "set-password", pg_database, "old.clerk", env={"TOWNSHIP_NEW_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    clerk = store.login("old.clerk", PASSWORD)
    assert clerk.caller.role == "office_staff"
    assert len(clerk.features.read("incidents")) == 2
    assert admin.audit.verify() == []
    store.engine.dispose()


def test_a_restore_gives_the_restored_accounts_their_logins_and_groups(pg_database, tmp_path):
    name = make_url(pg_database).database
    role = f"{name}_owner"
    superuser = create_engine(pg_database)
    with superuser.begin() as con:
        con.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER CREATEROLE PASSWORD \'owner-password-1\''))
        con.execute(text(f'GRANT CREATE ON SCHEMA public TO "{role}"'))
        con.execute(text(f'GRANT CREATE ON DATABASE "{name}" TO "{role}"'))
    superuser.dispose()
    url = make_url(pg_database).set(username=role, password="owner-password-1").render_as_string(
        hide_password=False)
    init_store(url).dispose()
    store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("li.wei", PASSWORD, "village_officer", "V1")
    backup = backup_store(url, tmp_path / "before.dump")
    admin.accounts.set_role("li.wei", "viewer")  # after the backup: undone by the restore
    admin.accounts.set_active("li.wei", False)
    store.engine.dispose()

    restore_store(backup, url)

    officer = store.login("li.wei", PASSWORD)
    assert (officer.caller.role, officer.caller.village_code) == ("village_officer", "V1")
    group = f"{name}_village_officer"
    with officer.store.engine.connect() as con:
        assert con.execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"), {"g": group}).scalar()
        assert not con.execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"),
                               {"g": f"{name}_viewer"}).scalar()
    assert set(officer.features.read("incidents")["village_code"]) == {"V1"}
    officer.store.engine.dispose()
