"""Restoring a shared (PostgreSQL) store from a ``pg_dump`` archive without running anything in it.

``pg_restore`` only turns the archive into text here, on this machine (``--data-only``, to a pipe): it never
talks to the database, so no function, trigger, constraint, view or privilege from the archive reaches the
server. Only the rows of each ``COPY`` block are used, and only for tables and columns the project's own
migrations made; the ``COPY`` statement itself is written here with those names. The work is one transaction
as the store's owner (never a superuser): the old store's objects are dropped, the schema is rebuilt by the
migrations (with what the database enforces, :mod:`datasources.store.pg_roles`), the rows copied and checked,
the schema brought to the current revision and the restore recorded; any failure leaves the store as it was.
The replaced store is first dumped beside the backup.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from alembic.migration import MigrationContext
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError
from datasources.store import restore as shared

_COPY = re.compile(r'^COPY (?:(\w+|"[^"]+")\.)?(\w+|"[^"]+") \((.*)\) FROM stdin;$')
#: Filled by the project at each apply (the console's permission table): never taken from a backup.
DERIVED_TABLES = frozenset({"township_role_rights", "township_transitions"})
#: Tables the database's own rules add; an older backup may not have them (then the new ones stay).
OPTIONAL_TABLES = frozenset({"township_secrets", "township_role_rights", "township_transitions"})


def _unquote(name: str) -> str:
    name = name.strip()
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}


def copy_fields(line: bytes) -> list[str | None]:
    """The values of one line of ``COPY`` text (``\\N`` is NULL)."""
    values: list[str | None] = []
    for raw in line.decode("utf-8").rstrip("\n").split("\t"):
        if raw == r"\N":
            values.append(None)
            continue
        values.append(re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw))
    return values


def copy_blocks(backup: Path, tool: Path, tables: tuple[str, ...] = ()) -> Iterator[tuple[str, list[str],
                                                                                      Iterator[bytes]]]:
    """``(table, columns, lines)`` of each ``COPY`` block in the archive, read through a pipe.

    Raises
    ------
    Damaged
        When a block names a schema other than ``public`` or cannot be read.
    """
    args = [str(tool), "--data-only", "--file=-", *(f"--table={t}" for t in tables), str(backup)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if not line.startswith(b"COPY "):
                continue
            match = _COPY.match(line.decode("utf-8", "replace").rstrip("\n"))
            schema = _unquote(match.group(1) or "public") if match else None
            if match is None or schema != "public":
                child.kill()
                raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                    "DataSourceError", "the backup holds data the store does not have: {value}"),
                    line.decode("utf-8", "replace")[:120])
            columns = [_unquote(c) for c in match.group(3).split(",")]
            yield _unquote(match.group(2)), columns, _rows(child.stdout)
        error = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        if child.wait() != 0:
            raise Damaged(backup,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the backup is truncated or damaged ({value})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                          value=error.strip().splitlines()[0] if error.strip() else "pg_restore")


def _rows(stream) -> Iterator[bytes]:
    for line in stream:
        if line == b"\\.\n":
            return
        yield line


def first_facts(backup: Path, tool: Path) -> tuple[str, dict[str, str]]:
    """The backup's schema revision and store facts (id, CRS), read before anything is touched."""
    revision, info = None, {}
    for table, columns, lines in copy_blocks(backup, tool, ("alembic_version", "township_store_info")):
        rows = [dict(zip(columns, copy_fields(line), strict=False)) for line in lines]
        if table == "alembic_version":
            revision = rows[0].get("version_num") if len(rows) == 1 else None
        elif table == "township_store_info":
            info = {r.get("key"): r.get("value") for r in rows if r.get("key")}
    return shared.known_revision(backup, revision), info


def refuse_superuser(con: Connection) -> None:
    if con.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "a restore does not run as a database superuser"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Run it with the store's owner login, the one that ran "
                                           "'db init'."))


def refuse_others(con: Connection) -> None:
    others = con.execute(text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND backend_type = 'client backend'")).scalar()
    if others:
        raise shared.in_use()


def _own_objects(con: Connection, kinds: str) -> list[str]:
    """The public schema's relations of ``kinds`` that are not part of an extension (PostGIS)."""
    return list(con.execute(text(
        "SELECT format('%I', c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = ANY(:kinds) AND NOT EXISTS (SELECT 1 FROM "
        "pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')"),
        {"kinds": list(kinds)}).scalars())


def lock_store(con: Connection) -> None:
    """Take the store's tables from every other session for the restore (at once, or refuse)."""
    tables = _own_objects(con, "rp")
    if tables:
        try:
            with con.begin_nested():
                con.exec_driver_sql(f"LOCK TABLE {', '.join(tables)} IN ACCESS EXCLUSIVE MODE NOWAIT")
        except DBAPIError as exc:
            raise shared.in_use() from exc


def drop_store(con: Connection) -> None:
    """Drop the old store's views, tables, sequences, functions and types (not the extensions')."""
    for kind, word in (("v", "VIEW"), ("m", "MATERIALIZED VIEW"), ("rp", "TABLE"), ("S", "SEQUENCE")):
        for name in _own_objects(con, kind):
            con.exec_driver_sql(f"DROP {word} IF EXISTS {name} CASCADE")
    routines = con.execute(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
        "'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')")).scalars().all()
    for routine in routines:
        con.exec_driver_sql(f"DROP ROUTINE IF EXISTS {routine} CASCADE")
    types = con.execute(text(
        "SELECT format('%I', t.typname) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
        "WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
        "WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')")).scalars().all()
    for name in types:
        con.exec_driver_sql(f"DROP TYPE IF EXISTS {name} CASCADE")


_TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) ", re.MULTILINE)


def check_listing(backup: Path, listing: str) -> None:
    """Refuse an archive with data of a table the store never has, before anything is touched."""
    from datasources.store.models import Base

    known = {t.name for t in Base.metadata.sorted_tables} | OPTIONAL_TABLES | DERIVED_TABLES
    for schema, table in _TABLE_DATA.findall(listing):
        if schema != "public" or not (table in known or shared.not_copied(table)):
            raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                "DataSourceError", "the backup holds a table the store does not have: {value}"),
                f"{schema}.{table}")


def copy_rows(backup: Path, tool: Path, con: Connection, expected: dict[str, list[str]],
              listing: str) -> dict[str, int]:
    """Copy the archive's rows into the new schema with this module's own ``COPY`` statements, table by
    table in the order of the store's foreign keys."""
    held = {}
    for schema, table in _TABLE_DATA.findall(listing):
        if schema != "public" or not (table in expected or shared.not_copied(table)
                                      or table in DERIVED_TABLES):
            raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                "DataSourceError", "the backup holds a table the store does not have: {value}"),
                f"{schema}.{table}")
        held[table] = schema
    missing = set(expected) - set(held) - OPTIONAL_TABLES
    if missing:
        raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
            "DataSourceError", "the backup lacks the store's table {value}"), ", ".join(sorted(missing)))
    cursor = con.connection.driver_connection.cursor()
    counts: dict[str, int] = {}
    for wanted in [t for t in expected if t in held]:
        for table, columns, lines in copy_blocks(backup, tool, (wanted,)):
            if table != wanted or table in counts:
                raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                    "DataSourceError", "the backup holds a table the store does not have: {value}"),
                    table)
            shared.check_columns(backup, table, expected[table], columns)
            shared.clear_seeded(con, table)
            names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
            count = 0
            with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for line in lines:
                    copy.write(line)
                    count += 1
            counts[table] = count
    return counts


def reset_sequences(con: Connection, expected: dict[str, list[str]]) -> None:
    for table, columns in expected.items():
        for column in columns:
            sequence = con.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                   {"t": f'public."{table}"', "c": column}).scalar()
            if sequence:
                con.execute(text(f'SELECT setval(:s, coalesce(max("{column}"), 0) + 1, false) '
                                 f'FROM "{table}"'), {"s": sequence})


def restore_database(backup: Path, url: str, tool: Path, listing: str, keep, anchor: str | None,
                     who: str | None) -> Path | None:
    """Restore the database at ``url`` from ``backup`` (already read in full); ``keep(path)`` dumps the
    replaced store. Returns where the replaced store is kept."""
    check_listing(backup, listing)
    revision, info = first_facts(backup, tool)
    srid = shared.checked_info(backup, info)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as con:
            refuse_superuser(con)
            refuse_others(con)
            holds_store = MigrationContext.configure(con).get_current_revision() is not None
        kept = None
        if holds_store:
            kept = keep(backup.with_name(f"{engine.url.database}.replaced-{shared.stamp()}.dump"))
        try:
            with engine.begin() as con:
                lock_store(con)
                refuse_others(con)
                old = _old_audit(con)
                drop_store(con)
                expected = shared.build_schema(con, srid, revision)
                for table in DERIVED_TABLES & set(expected):
                    expected.pop(table)
                counts = copy_rows(backup, tool, con, expected, listing)
                reset_sequences(con, expected)
                from datasources.store.pg_upgrade import sync_accounts

                sync_accounts(con)  # the restored accounts' logins and groups
                # the checks deferred to the commit run now, before the schema moves on
                con.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
                con.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
                backup_anchor = shared.verify_copy(backup, con, counts, anchor)
                facts = shared.newer_records(old[0], shared.last_time(con))
                facts.update(replaced_anchor=old[1], kept_as=kept.name if kept else None,
                             by=who or shared.actor())
                shared.record_restore(con, backup, backup_anchor, facts, who)
        except BaseException as exc:
            if kept is not None:  # the store is as it was: its copy is not needed
                kept.unlink(missing_ok=True)
            if not isinstance(exc, DBAPIError):
                raise
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "the restore failed and the store was left "
                                               "unchanged: {value}"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Check that the login owns the store and may create "
                                               "roles, and that the backup is a township store."),
                             value=str(exc.orig or exc).strip().splitlines()[0][:300]) from exc
        return kept
    finally:
        engine.dispose()


def _old_audit(con: Connection) -> tuple[list, str | None]:
    if "audit_events" not in _own_objects(con, "r"):
        return [], None
    rows = con.execute(text("SELECT time, event FROM audit_events")).all()
    head = con.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).first()
    return rows, (f"{head[0]}:{head[1]}" if head else None)
