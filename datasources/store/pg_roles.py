"""What PostgreSQL enforces on a shared store: group roles per console role, their privileges, row-level
security for village scope, and the functions that alone write accounts and the audit trail.

:func:`apply_security` runs ``pg_security.sql`` and ``pg_accounts.sql`` and then grants each group role what
:data:`~datasources.store.permissions.PERMISSIONS` gives the console role, so the database and the console
read one table. It runs as the store's owner after ``db init`` and ``db upgrade`` (and a restore), and may
run again at any time.

Names: the console user ``clerk`` of the database ``township`` logs in to PostgreSQL as ``clerk@township``;
the group of office staff is ``township_office_staff``. Two stores on one server do not share roles.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata
from pathlib import Path

from sqlalchemy import Connection, Engine

from datasources.errors import QT_TRANSLATE_NOOP, StoreError
from datasources.incident_vocabulary import TRANSITIONS
from datasources.store.models import KINDS
from datasources.store.permissions import PERMISSIONS, ROLES, VILLAGE_SCOPED, Right

SECURITY_SQL = [Path(__file__).with_name(name) for name in ("pg_security.sql", "pg_accounts.sql")]
#: The alert board's privileges, policies and triggers (run after the group roles are granted).
ALERTS_SQL = Path(__file__).with_name("pg_alerts.sql")
#: The publications' privileges, policies and the approval's guard (revision 0008).
PUBLICATIONS_SQL = Path(__file__).with_name("pg_publications.sql")
#: The planning scenarios' privileges, village rules and audit guard (revision 0011).
SCENARIOS_SQL = Path(__file__).with_name("pg_scenarios.sql")
#: Tables whose rows belong to one village (row-level security on ``village_code``).
SCOPED_TABLES = sorted(KINDS[kind].__tablename__ for kind in VILLAGE_SCOPED)
FEATURE_TABLES = sorted(model.__tablename__ for model in KINDS.values())
#: Tables whose rows carry a version and who changed them last.
VERSIONED_TABLES = sorted(model.__tablename__ for model in KINDS.values()
                          if "version" in model.__table__.c and "updated_by" in model.__table__.c)
#: A report's history and photos: seen with the report, never on their own.
CHILD_TABLES = ("incident_events", "incident_photos")
READ_TABLES = (*FEATURE_TABLES, *CHILD_TABLES, "category_deadlines", "township_store_info",
               "alembic_version")
#: The columns of ``users`` a console role may read (never the password hash).
USER_COLUMNS = ("id", "username", "display_name", "role", "village_code", "failed_logins", "locked_until",
                "active", "created_at", "version")
MAX_ROLE_NAME = 63  # PostgreSQL's identifier limit


def group_role(database: str, role: str) -> str:
    """The NOLOGIN group role of the console role ``role`` in ``database``."""
    return f"{database}_{role}"


def login_role(database: str, username: str) -> str:
    """The PostgreSQL login role of the console user ``username`` in ``database``."""
    return f"{username}@{database}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply_security(target: Engine | Connection) -> None:
    """Make (or bring up to date) the roles, privileges, policies and functions of the store at ``target``
    (an engine, or a connection whose transaction the caller commits).

    Raises
    ------
    StoreError
        The owner may not create roles, or the database name is too long for role names.
    """
    if target.dialect.name != "postgresql":
        return
    if isinstance(target, Engine):
        with target.begin() as con:
            _apply(con)
    else:
        _apply(target)


def _apply(con: Connection) -> None:
    database = con.exec_driver_sql("SELECT current_database()").scalar()
    longest = max(ROLES, key=len)
    if len(group_role(database, longest)) > MAX_ROLE_NAME:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the database name {name} is too long for the store's roles"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Use a database name of at most 40 "
                                           "characters."), name=database)
    may = con.exec_driver_sql("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                              "WHERE rolname = current_user").scalar()
    if not may:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the store's owner may not create roles"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give the owner's login CREATEROLE: each "
                                           "console user is a database login."))
    raw = con.connection.dbapi_connection
    with raw.cursor() as cursor:
        for script in SECURITY_SQL:
            cursor.execute(script.read_text(encoding="utf-8"))
    _fill_rights(con)
    for role in ROLES:
        _grant_group(con, database, role)
    _policies(con)
    _triggers(con)
    if con.exec_driver_sql("SELECT to_regclass('public.alerts')").scalar() is not None:  # revision 0007
        with raw.cursor() as cursor:
            cursor.execute(ALERTS_SQL.read_text(encoding="utf-8"))
    if con.exec_driver_sql("SELECT to_regclass('public.publications')").scalar() is not None:  # 0008
        with raw.cursor() as cursor:
            cursor.execute(PUBLICATIONS_SQL.read_text(encoding="utf-8"))
    if con.exec_driver_sql("SELECT to_regclass('public.scenario_sites')").scalar() is not None:  # 0011
        with raw.cursor() as cursor:
            cursor.execute(SCENARIOS_SQL.read_text(encoding="utf-8"))
    from datasources.store.pg_upgrade import bring_over

    bring_over(con)


def _fill_rights(con: Connection) -> None:
    con.exec_driver_sql("DELETE FROM township_role_rights")
    rows = [{"role": role, "right": str(action)} for role in ROLES for action in PERMISSIONS[role]]
    con.exec_driver_sql('INSERT INTO township_role_rights (role, "right") VALUES (%(role)s, %(right)s)', rows)
    con.exec_driver_sql("DELETE FROM township_transitions")
    steps = [{"a": a, "b": b} for a, targets in TRANSITIONS.items() for b in targets]
    con.exec_driver_sql("INSERT INTO township_transitions VALUES (%(a)s, %(b)s)", steps)


def _grant_group(con: Connection, database: str, role: str) -> None:
    group = _quote(group_role(database, role))
    exists = con.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s",
                                 {"n": group_role(database, role)}).scalar()
    if not exists:
        con.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    run = con.exec_driver_sql
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}")
    for table in READ_TABLES:
        run(f"GRANT SELECT ON {_quote(table)} TO {group}")
    run(f"GRANT SELECT ({', '.join(USER_COLUMNS)}) ON users TO {group}")
    rights = {str(action) for action in PERMISSIONS[role]}
    if str(Right.VIEW_AUDIT) in rights:
        run(f"GRANT SELECT ON audit_events, audit_head TO {group}")
    for kind, model in KINDS.items():
        if f"edit:{kind}" in rights:  # reports are withdrawn, never deleted
            verbs = "INSERT, UPDATE" if kind == "incidents" else "INSERT, UPDATE, DELETE"
            run(f"GRANT {verbs} ON {_quote(model.__tablename__)} TO {group}")
    if "edit:incidents" in rights:
        run(f"GRANT INSERT ON incident_events, incident_photos TO {group}")
        run(f"GRANT INSERT, UPDATE ON category_deadlines TO {group}")
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}")


def _policy(con: Connection, table: str, name: str, rule: str) -> None:
    con.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {_quote(table)}")
    con.exec_driver_sql(f"CREATE POLICY {name} ON {_quote(table)} {rule}")


def _policies(con: Connection) -> None:
    for table in (*SCOPED_TABLES, *CHILD_TABLES, "users", "category_deadlines"):
        con.exec_driver_sql(f"ALTER TABLE {_quote(table)} ENABLE ROW LEVEL SECURITY")
    for table in SCOPED_TABLES:
        _policy(con, table, "township_village",
                "USING (township_may_see(village_code)) WITH CHECK (township_may_see(village_code))")
    for table in CHILD_TABLES:
        seen = "(EXISTS (SELECT 1 FROM incidents i WHERE i.id = incident_id))"
        _policy(con, table, "township_village", f"USING {seen} WITH CHECK {seen}")
    _policy(con, "users", "township_accounts",
            "FOR SELECT USING (username = township_username() "
            "OR township_allowed('manage_users', NULL, false))")
    _policy(con, "category_deadlines", "township_read", "FOR SELECT USING (true)")
    for verb in ("INSERT", "UPDATE"):
        check = "WITH CHECK" if verb == "INSERT" else "USING"
        _policy(con, "category_deadlines", f"township_{verb.lower()}",
                f"FOR {verb} {check} (township_may_see(NULL))")


def _triggers(con: Connection) -> None:
    for table in (*FEATURE_TABLES, *CHILD_TABLES, "category_deadlines"):
        con.exec_driver_sql(f"DROP TRIGGER IF EXISTS township_audited ON {_quote(table)}")
        con.exec_driver_sql(f"CREATE CONSTRAINT TRIGGER township_audited AFTER INSERT OR UPDATE OR DELETE "
                            f"ON {_quote(table)} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                            f"EXECUTE FUNCTION township_require_audit()")
    con.exec_driver_sql("DROP TRIGGER IF EXISTS township_incident_guard ON incidents")
    con.exec_driver_sql("CREATE TRIGGER township_incident_guard BEFORE INSERT OR UPDATE ON incidents "
                        "FOR EACH ROW EXECUTE FUNCTION township_incident_guard()")
    for table in CHILD_TABLES:
        con.exec_driver_sql(f"DROP TRIGGER IF EXISTS township_author ON {table}")
        con.exec_driver_sql(f"CREATE TRIGGER township_author BEFORE INSERT ON {table} "
                            f"FOR EACH ROW EXECUTE FUNCTION township_stamp_author()")
    for table in VERSIONED_TABLES:
        con.exec_driver_sql(f"DROP TRIGGER IF EXISTS township_stamp ON {_quote(table)}")
        con.exec_driver_sql(f"CREATE TRIGGER township_stamp BEFORE UPDATE ON {_quote(table)} "
                            f"FOR EACH ROW EXECUTE FUNCTION township_stamp()")


def scram_verifier(password: str, iterations: int = 4096, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677, with SASLprep as
    libpq applies it), so a password is never sent to the server in clear."""
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
            f"${b64(stored_key).decode()}:{b64(server_key).decode()}")


def _saslprep(password: str) -> str:
    """RFC 4013 SASLprep; a password it cannot prepare is used as it is (as PostgreSQL does)."""
    mapped = "".join(" " if stringprep.in_table_c12(c) else c for c in password
                     if not stringprep.in_table_b1(c))
    prepared = unicodedata.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3,
                  stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
                  stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9,
                  stringprep.in_table_a1)
    if any(test(c) for c in prepared for test in prohibited):
        return password
    return prepared
