"""Restoring a store from a backup runs nothing that is in the backup.

A backup is data, never code. The restore builds an empty schema with the project's own migrations (at the
backup's schema revision, in the backup's CRS), then copies only table rows into it, each table and column
checked against what those migrations made: the backup's triggers, functions, views, constraints and
privileges are never read. It then checks the copied audit chain (and an anchor kept outside the store, when
given) and the row counts, brings the schema to the current revision with the migrations, records the
restore in the audit trail (who, which backup, its anchor, how many records of the replaced store were
newer than the backup) and only then switches; the replaced store is kept beside the restored one.

This module holds what both store kinds share; the embedded (GeoPackage) restore is in
:mod:`datasources.store.gpkg_restore`, the PostgreSQL one in :mod:`datasources.store.pg_backup`.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import socket
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, inspect, text
from sqlalchemy.orm import Session

from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError
from datasources.store import audit
from datasources.store.models import Base
from datasources.store.schema import alembic_config

#: Tables of the file format or of PostGIS, remade by the migrations, and the login desk's passing counts
#: of calls and failures: never copied from a backup.
_NOT_COPIED = re.compile(r"^(gpkg_|rtree_|sqlite_|spatial_ref_sys$|alembic_version$|township_desk_calls$"
                         r"|township_failures_told$)")
_STORE_ID = re.compile(r"^[0-9a-f]{32}$")
#: The order rows are copied in (parents before children); tables the models no longer know go last.
_ORDER = [t.name for t in Base.metadata.sorted_tables]


def actor() -> str:
    """Who runs the restore or the backup: the workstation's login and host."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return f"{user}@{socket.gethostname()}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def known_revision(backup: Path, revision: str | None) -> str:
    """The backup's schema revision, refused when the project's migrations do not know it."""
    script = ScriptDirectory.from_config(alembic_config(None))
    try:
        if revision and script.get_revision(revision) is not None:
            return revision
    except CommandError:
        pass
    raise Damaged(backup,
                  QT_TRANSLATE_NOOP("DataSourceError",
                                    "the backup is at schema revision {revision}, which this "
                                    "console does not know"),
                  QT_TRANSLATE_NOOP("DataSourceError",
                                    "Restore it with the console version that made it, or use "
                                    "another backup."),
                  revision=str(revision)[:40])


def checked_info(backup: Path, info: dict[str, str]) -> int:
    """The backup's EPSG code, after checking its store id (which names the key file) and CRS."""
    store_id, srid = info.get("store_id", ""), info.get("srid", "")
    if not _STORE_ID.match(store_id) or not srid.isdigit() or not 1 <= int(srid) <= 999_999:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup's store id or coordinate system is not valid"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."))
    return int(srid)


def build_schema(con: Connection, srid: int, revision: str) -> dict[str, list[str]]:
    """Make the store's schema with the project's migrations up to ``revision``; its tables and columns."""
    if con.dialect.name == "postgresql":
        con.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    command.upgrade(alembic_config(con, srid), revision)
    found = inspect(con)
    tables = [t for t in found.get_table_names() if not _NOT_COPIED.match(t)]
    tables.sort(key=lambda t: (_ORDER.index(t) if t in _ORDER else len(_ORDER), t))
    return {t: [c["name"] for c in found.get_columns(t)] for t in tables}


def not_copied(table: str) -> bool:
    return bool(_NOT_COPIED.match(table))


def clear_seeded(con: Connection, table: str) -> None:
    """Rows a migration seeds (the default deadlines, the chain's empty head) give way to the backup's."""
    if con.execute(text(f'SELECT count(*) FROM "{table}"')).scalar():
        con.execute(text(f'DELETE FROM "{table}"'))


def refuse_shape(backup: Path, problem: str, value: str) -> Damaged:
    return Damaged(backup, problem,
                   QT_TRANSLATE_NOOP("DataSourceError",
                                     "Use a backup made with 'township-console db backup' that no "
                                     "one has edited."),
                   value=value[:200])


def check_columns(backup: Path, table: str, expected: list[str], found: Iterable[str]) -> None:
    found = list(found)
    if sorted(found) != sorted(expected):
        odd = sorted(set(found) ^ set(expected)) or found
        raise refuse_shape(backup, QT_TRANSLATE_NOOP("DataSourceError",
                                                     "the backup's table {value} has other columns "
                                                     "than the store's"),
                           f"{table} ({', '.join(odd)})")


def check_tables(backup: Path, expected: dict[str, list[str]], found: Iterable[str]) -> None:
    found = {t for t in found if not _NOT_COPIED.match(t)}
    extra, missing = found - set(expected), set(expected) - found
    if extra:
        raise refuse_shape(backup, QT_TRANSLATE_NOOP("DataSourceError",
                                                     "the backup holds a table the store does not "
                                                     "have: {value}"), ", ".join(sorted(extra)))
    if missing:
        raise refuse_shape(backup, QT_TRANSLATE_NOOP("DataSourceError",
                                                     "the backup lacks the store's table {value}"),
                           ", ".join(sorted(missing)))


def verify_copy(backup: Path, con: Connection, counts: dict[str, int], anchor: str | None) -> str:
    """Check the copied rows against the backup's counts and its audit chain; returns its anchor."""
    for table, count in counts.items():
        there = con.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
        if there != count:
            raise refuse_shape(backup, QT_TRANSLATE_NOOP("DataSourceError",
                                                         "not every row of the backup could be "
                                                         "copied: {value}"),
                               f"{table} {there}/{count}")
    session = Session(bind=con)
    try:
        problems = audit.verify(session, anchor)
    except ValueError:  # an anchor not in the form SEQ:HASH
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "{value!r} is not an anchor: an anchor looks like "
                                           "123:<64 hex digits>"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Give the anchor printed by 'db backup'."),
                         value=str(anchor)[:100]) from None
    if problems:
        first = problems[0]
        template = next((t for start, t in _CHAIN_PROBLEMS if first.problem.startswith(start)), _CHAIN_END)
        raise Damaged(backup, template,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Use another backup: this one was changed after it was "
                                        "made."),
                      seq=first.seq, n=len(problems))
    return audit.anchor(session)


#: How a broken chain in a backup is said, by the first problem :func:`audit.verify` found (its own words
#: are English; these are the interface's templates).
_CHAIN_PROBLEMS = (
    ("missing", QT_TRANSLATE_NOOP("DataSourceError", "the backup's audit trail is broken: record {seq} is "
                                  "missing ({n} problems)")),
    ("does not follow", QT_TRANSLATE_NOOP("DataSourceError",
                                          "the backup's audit trail is broken: record {seq} does not "
                                          "follow the record before it, a record was inserted or deleted "
                                          "({n} problems)")),
    ("its content was changed", QT_TRANSLATE_NOOP("DataSourceError",
                                                  "the backup's audit trail is broken: record {seq} was "
                                                  "changed after it was written ({n} problems)")),
    ("differs from the anchor", QT_TRANSLATE_NOOP("DataSourceError",
                                                  "the backup's audit trail is broken: record {seq} differs "
                                                  "from the anchor kept outside the store, the chain was "
                                                  "rewritten ({n} problems)")),
    ("the anchored record is gone", QT_TRANSLATE_NOOP("DataSourceError",
                                                      "the backup's audit trail is broken: the anchored "
                                                      "record {seq} is gone, records were deleted "
                                                      "({n} problems)")),
)
_CHAIN_END = QT_TRANSLATE_NOOP("DataSourceError",
                               "the backup's audit trail is broken: its end does not match its head "
                               "(record {seq}), records were deleted or added outside the console "
                               "({n} problems)")


def last_time(con: Connection) -> str:
    return con.execute(text("SELECT max(time) FROM audit_events")).scalar() or ""


def record_restore(con: Connection, backup: Path, backup_anchor: str, replaced: dict,
                   who: str | None) -> None:
    """Bring the copied store to the current schema and write the restore's audit record."""
    command.upgrade(alembic_config(con), "head")
    session = Session(bind=con)
    audit.append(session, who or actor(), "restore", "store", "ok",
                 {"backup": backup.name, "backup_sha256": file_sha256(backup),
                  "backup_anchor": backup_anchor, **replaced})
    session.flush()


def record_event(engine, who: str | None, event: str, obj: str, outcome: str, detail: dict) -> None:
    """One audit record in a store, outside any user's session (``db backup``)."""
    with Session(engine) as session, session.begin():
        audit.append(session, who or actor(), event, obj, outcome, detail)


def record_refusal(url: str, backup: Path, error: Exception, who: str | None) -> None:
    """Record a refused restore in the store it would have replaced, when that store can take a record
    (a damaged or missing store, or one the login may not write, is left as it is)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from datasources.store.engine import database_path

    path = database_path(url)
    if path is not None and not path.is_file():
        return
    engine = None
    try:
        if path is not None:
            from datasources.store.engine import open_engine

            engine = open_engine(url)
        else:
            engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as con:
            if "audit_events" not in inspect(con).get_table_names():
                return
        record_event(engine, who, "restore", "store", "refused",
                     {"backup": backup.name, "reason": str(error)[:300]})
    except (SQLAlchemyError, sqlite3.Error, OSError, StoreError):
        pass
    finally:
        if engine is not None:
            engine.dispose()


def newer_records(rows: Iterable[tuple[str, str]], after: str) -> dict:
    """How many audit records of the replaced store are newer than the backup, by event."""
    by_event: dict[str, int] = {}
    for time, event in rows:
        if time > after:
            by_event[event] = by_event.get(event, 0) + 1
    return {"replaced_newer_records": sum(by_event.values()), "replaced_newer_by_event": by_event}


def in_use() -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                        "the store is open in another console or program, so it "
                                        "was not restored"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Close every console that uses the store (log out and quit) "
                                        "and run the restore again."))
