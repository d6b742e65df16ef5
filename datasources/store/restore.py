"""Restoring a store from a backup runs nothing that is in the backup.

A backup is data, never code. The restore builds an empty schema with the project's own migrations (at the
backup's schema revision, in the backup's CRS), then copies only table rows into it, each table and column
checked against what those migrations made: the backup's triggers, functions, views, constraints and
privileges are never read. It then checks the copied audit chain (and an anchor kept outside the store, when
given) and the row counts, brings the schema to the current revision with the migrations, records the
restore in the audit trail (who, which backup, its anchor, how many records of the replaced store were
newer than the backup) and only then switches; the replaced store is kept beside the restored one.

This module holds what both store kinds share and the embedded (GeoPackage) restore; the PostgreSQL one is in
:mod:`datasources.store.pg_backup`.
"""

from __future__ import annotations

import contextlib
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
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from datasources.atomic import noted
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError, WriteFailed
from datasources.store import audit
from datasources.store.models import Base
from datasources.store.presence import alone, sidecar
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


# --- the embedded store -------------------------------------------------------------------------------

def restore_file(backup: Path, path: Path, anchor: str | None = None, who: str | None = None) -> Path:
    """Restore the GeoPackage store at ``path`` from ``backup``; returns where the replaced store is kept."""
    source = _open_backup(backup)
    try:
        tmp = _private_temp(path)
    except BaseException:
        source.close()
        raise
    with noted(tmp):  # a restore killed half-way leaves its file to the next start's clean-up
        return _restore_into(backup, path, anchor, who, source, tmp)


def _restore_into(backup: Path, path: Path, anchor: str | None, who: str | None,
                  source: sqlite3.Connection, tmp: Path) -> Path | None:
    from datasources.store.engine import open_engine

    engine = None
    try:
        revision = known_revision(backup, _one_revision(source, backup))
        info = dict(source.execute("SELECT key, value FROM township_store_info"))
        srid = checked_info(backup, info)
        engine = open_engine(tmp)
        with engine.begin() as con:
            con.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            expected = build_schema(con, srid, revision)
            names = dict(source.execute("SELECT name, type FROM sqlite_master "
                                        "WHERE type IN ('table', 'view')"))
            check_tables(backup, expected, [n for n, kind in names.items() if kind == "table"])
            counts = {}
            for table, columns in expected.items():
                if names[table] != "table":
                    raise refuse_shape(backup, QT_TRANSLATE_NOOP(
                        "DataSourceError", "the backup's {value} is not a table"), table)
                shape = source.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
                if any(row[6] for row in shape):  # generated or hidden columns are not data
                    raise refuse_shape(backup, QT_TRANSLATE_NOOP(
                        "DataSourceError", "the backup's table {value} computes columns"), table)
                check_columns(backup, table, columns, [row[1] for row in shape])
                counts[table] = _copy_table(source, con, table, columns)
            backup_anchor = verify_copy(backup, con, counts, anchor)
            kept = _kept_name(path)
            replaced = _replaced_facts(path, last_time(con))
            replaced["kept_as"] = kept.name if path.exists() else None
            record_restore(con, backup, backup_anchor, replaced, who)
        engine.dispose()
        engine = None
        return _switch(tmp, path, kept)
    except DBAPIError as exc:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup's rows do not fit the store ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      reason=str(exc.orig or exc).splitlines()[0][:200]) from exc
    except sqlite3.DatabaseError as exc:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError", "the backup cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      reason=str(exc)) from exc
    finally:
        source.close()
        if engine is not None:
            engine.dispose()
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal"), sidecar(tmp)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _open_backup(backup: Path) -> sqlite3.Connection:
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        source.execute("PRAGMA trusted_schema = OFF")  # nothing the file defines runs while reading
        ok = source.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError", "the backup cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      reason=str(exc)) from exc
    if not ok or not {"township_store_info", "alembic_version"} <= tables:
        source.close()
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup is damaged or not a township store"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."))
    return source


def _one_revision(source: sqlite3.Connection, backup: Path) -> str | None:
    rows = source.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 and isinstance(rows[0][0], str) else None


def _copy_table(source: sqlite3.Connection, con: Connection, table: str, columns: list[str]) -> int:
    clear_seeded(con, table)
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    rows = source.execute(f'SELECT {names} FROM "{table}"')
    count = 0
    while batch := rows.fetchmany(2000):
        con.exec_driver_sql(insert, [tuple(r) for r in batch])
        count += len(batch)
    return count


def _private_temp(path: Path) -> Path:
    """A new, empty, owner-only file beside the store (SQLite takes an empty file as a new database and
    gives its journal files the same mode); the restore is built there, then renamed."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-restore-", suffix=".gpkg", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(path,
                          QT_TRANSLATE_NOOP("DataSourceError", "cannot write in {folder} ({strerror})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Choose a folder you can write to."),
                          folder=path.parent, strerror=exc.strerror) from exc
    os.close(fd)
    return Path(name)


def _kept_name(path: Path) -> Path:
    return path.with_name(f"{path.stem}.replaced-{stamp()}{path.suffix}")


def _replaced_facts(path: Path, after: str) -> dict:
    if not path.exists():
        return {"replaced_newer_records": 0}
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            con.execute("PRAGMA trusted_schema = OFF")
            rows = con.execute("SELECT time, event FROM audit_events").fetchall()
            head = con.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:  # the store being replaced is damaged: that is why one restores
        return {"replaced_unreadable": str(exc)[:200]}
    facts = newer_records(rows, after)
    facts["replaced_anchor"] = f"{head[0]}:{head[1]}" if head else None
    return facts


def _switch(tmp: Path, path: Path, kept: Path) -> Path | None:
    """Put the restored file in place; the replaced one is kept beside it. Refused while in use."""
    if not path.exists():
        os.replace(tmp, path)
        return None
    # A console with the store open, idle or not, on a share or a local disk, holds a read lock on the
    # sidecar (see presence); the restore keeps the exclusive lock until the restored file is in place, so
    # a console that starts to open the store meanwhile waits and then opens the restored file.
    with alone(path) as nobody:
        if not nobody:
            raise in_use()
        return _switch_alone(tmp, path, kept)


def _switch_alone(tmp: Path, path: Path, kept: Path) -> Path:
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        try:
            # A console holding the store in WAL mode keeps a shared lock on it, so leaving WAL (which
            # also checkpoints every committed change into the file kept) fails while any is open.
            if str(con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower() == "wal":
                raise in_use()
            con.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            raise in_use() from exc
        try:
            try:
                os.link(path, kept)
            except OSError:  # a file system without hard links
                import shutil

                shutil.copy2(path, kept)
            os.chmod(kept, 0o600)
            os.replace(tmp, path)
        except OSError as exc:  # Windows: the file is open elsewhere; a full disk while copying
            with contextlib.suppress(OSError):
                if path.exists() and kept.exists() and os.path.samefile(path, kept):
                    kept.unlink()
            if isinstance(exc, PermissionError):
                raise in_use() from exc
            raise WriteFailed(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                      "the file could not be written ({strerror})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Free some space or choose another folder; the "
                                                "earlier file is unchanged."),
                              strerror=exc.strerror or exc) from exc
        con.execute("ROLLBACK")
    finally:
        con.close()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return kept
