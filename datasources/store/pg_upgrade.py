"""Bringing a shared store made before the database enforced the roles up to it (run by the security setup,
as the owner, after the migrations of ``db upgrade``).

- Each account gets its PostgreSQL login role. Its password is not known (the store kept only an Argon2
  hash), so it has none yet: ``township-console users set-password STORE NAME`` gives it one.
- Residents' personal data encrypted with the workstation's key file is encrypted again with the server's key,
  when the key file is where the console looks for it (``TOWNSHIP_KEY_DIR`` or the configuration folder); else
  it is left as it is, and unmasking it says that it was encrypted with another key.
"""

from __future__ import annotations

from sqlalchemy import Connection

from datasources.errors import KeyMissing
from datasources.store.crypto import PersonalDataKey
from datasources.store.models import PERSONAL_FIELDS

#: How a token of the workstation's key (Fernet, url-safe base64 of version byte 0x80) starts.
FERNET_START = b"gAAAAA"


def bring_over(con: Connection) -> dict[str, int]:
    """Give accounts without one a login role; encrypt key-file personal data again on the server.
    Returns how many of each it did."""
    return {"logins": _logins(con), "reencrypted": _reencrypt(con)}


def sync_accounts(con: Connection) -> int:
    """After a restore: every account of the restored ``users`` has its login role, in the group of its
    restored role, able to log in as its restored ``active`` says. Returns how many accounts there are."""
    _logins(con)
    names = con.exec_driver_sql("SELECT username FROM users").scalars().all()
    for name in names:
        con.exec_driver_sql("SELECT township_sync_login(%(u)s)", {"u": name})
    return len(names)


def _logins(con: Connection) -> int:
    names = con.exec_driver_sql(
        "SELECT u.username FROM users u WHERE NOT EXISTS (SELECT 1 FROM pg_roles r "
        "WHERE r.rolname = u.username || '@' || current_database())").scalars().all()
    for name in names:
        login = con.exec_driver_sql("SELECT %(u)s || '@' || current_database()", {"u": name}).scalar()
        statement = con.exec_driver_sql("SELECT format('CREATE ROLE %%I NOLOGIN', %(l)s::text)",
                                        {"l": login}).scalar()
        con.exec_driver_sql(statement)
        con.exec_driver_sql("SELECT township_sync_login(%(u)s)", {"u": name})
    return len(names)


def _reencrypt(con: Connection) -> int:
    store_id = con.exec_driver_sql("SELECT value FROM township_store_info WHERE key = 'store_id'").scalar()
    columns = list(PERSONAL_FIELDS.values())
    if store_id is None:
        return 0
    rows = con.exec_driver_sql(f"SELECT id, {', '.join(columns)} FROM incidents WHERE "
                               + " OR ".join(f"{c} IS NOT NULL" for c in columns)).all()
    old = [r for r in rows if any(t is not None and bytes(t).startswith(FERNET_START) for t in r[1:])]
    if not old:
        return 0
    try:
        key = PersonalDataKey.for_store(store_id)
    except KeyMissing:
        return 0
    for row in old:
        values = {"id": row[0]}
        for column, token in zip(columns, row[1:], strict=True):
            values[column] = _plain(key, token)
        sets = ", ".join(f"{c} = CASE WHEN %({c})s::text IS NULL THEN {c} ELSE township_encrypt(%({c})s) END"
                         for c in columns)
        con.exec_driver_sql(f"UPDATE incidents SET {sets} WHERE id = %(id)s", values)
    return len(old)


def _plain(key: PersonalDataKey, token) -> str | None:
    """The clear value of a key-file token; None for another kind of token or one of another key (left)."""
    if token is None or not bytes(token).startswith(FERNET_START):
        return None
    try:
        return key.decrypt(token)
    except KeyMissing:
        return None
