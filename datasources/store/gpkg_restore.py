"""Restoring an embedded (GeoPackage) store from a backup (see :mod:`datasources.store.restore`).

The restore is built in a new owner-only file beside the store, from the backup's rows only, then put in the
store's place; the replaced file is kept beside it. No console can open the store from the restore's first
look at it until the restored file is in place (see :mod:`datasources.store.presence`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from datasources.atomic import noted
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, WriteFailed
from datasources.store import restore as shared
from datasources.store.presence import alone, sidecar


def restore_file(backup: Path, path: Path, anchor: str | None = None, who: str | None = None) -> Path | None:
    """Restore the GeoPackage store at ``path`` from ``backup``; returns where the replaced store is kept.

    Refused while a console has the store open. A console with the store open, idle or not, on a share or
    a local disk, holds a read lock on its sidecar (see presence); the restore takes the exclusive lock
    before it looks at the store and keeps it until the restored file is in place, so no console saves into
    the store after its newer records are counted, and one that starts meanwhile waits, then opens the
    restored file (or says the store is being restored)."""
    with alone(path) as nobody:
        if not nobody:
            raise shared.in_use()
        return _restore_alone(backup, path, anchor, who)


def _restore_alone(backup: Path, path: Path, anchor: str | None, who: str | None) -> Path | None:
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
        revision = shared.known_revision(backup, _one_revision(source, backup))
        info = dict(source.execute("SELECT key, value FROM township_store_info"))
        srid = shared.checked_info(backup, info)
        engine = open_engine(tmp)
        with engine.begin() as con:
            con.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            expected = shared.build_schema(con, srid, revision)
            names = dict(source.execute("SELECT name, type FROM sqlite_master "
                                        "WHERE type IN ('table', 'view')"))
            shared.check_tables(backup, expected, [n for n, kind in names.items() if kind == "table"])
            counts = {}
            for table, columns in expected.items():
                if names[table] != "table":
                    raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                        "DataSourceError", "the backup's {value} is not a table"), table)
                shape = source.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
                if any(row[6] for row in shape):  # generated or hidden columns are not data
                    raise shared.refuse_shape(backup, QT_TRANSLATE_NOOP(
                        "DataSourceError", "the backup's table {value} computes columns"), table)
                shared.check_columns(backup, table, columns, [row[1] for row in shape])
                counts[table] = _copy_table(source, con, table, columns)
            backup_anchor = shared.verify_copy(backup, con, counts, anchor)
            kept = _kept_name(path)
            replaced = _replaced_facts(path, shared.last_time(con))
            replaced["kept_as"] = kept.name if path.exists() else None
            shared.record_restore(con, backup, backup_anchor, replaced, who)
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
    shared.clear_seeded(con, table)
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
    return path.with_name(f"{path.stem}.replaced-{shared.stamp()}{path.suffix}")


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
    facts = shared.newer_records(rows, after)
    facts["replaced_anchor"] = f"{head[0]}:{head[1]}" if head else None
    return facts


def _switch(tmp: Path, path: Path, kept: Path) -> Path | None:
    """Put the restored file in place (no console can open the store meanwhile, see :func:`restore_file`);
    the replaced one is kept beside it. Refused while another program has it open."""
    if not path.exists():
        os.replace(tmp, path)
        return None
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        try:
            # Another program holding the store in WAL mode (consoles are kept out by the lock file) keeps
            # a shared lock on it, so leaving WAL (which also checkpoints every committed change into the
            # file kept) fails while any is open.
            if str(con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower() == "wal":
                raise shared.in_use()
            con.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            raise shared.in_use() from exc
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
                raise shared.in_use() from exc
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
