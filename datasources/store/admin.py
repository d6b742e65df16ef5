"""Making, upgrading, checking, backing up and restoring a township store (``township-console db ...``)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError, WriteFailed
from datasources.store.engine import database_path, open_engine, store_url
from datasources.store.models import Base, StoreInfo
from datasources.store.schema import MIGRATIONS, alembic_config  # noqa: F401 (MIGRATIONS re-exported)

_alembic_config = alembic_config


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision; None for an empty database or one that is not a store."""
    try:
        with engine.connect() as con:
            return MigrationContext.configure(con).get_current_revision()
    except DatabaseError as exc:
        if engine.dialect.name != "sqlite":
            raise
        name = Path(engine.url.database or "the file").name
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "{name} cannot be opened as a GeoPackage ({orig})"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Give the path of a township store (.gpkg) in a "
                                           "folder you can use."),
                         name=name, orig=exc.orig) from exc


def init_store(target, srid: int = 4549) -> Engine:
    """Create an empty store at ``target`` (a new ``.gpkg`` path or a database URL) in EPSG ``srid``.

    Raises
    ------
    StoreError
        When the target already holds a store (use :func:`upgrade_store`).
    """
    path = database_path(store_url(target))
    if path is not None and not path.exists():
        # Residents' personal data: owner-only whatever the umask (SQLite gives its journal files the
        # same mode). An empty file is a new database to SQLite.
        with contextlib.suppress(FileNotFoundError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = open_engine(target)
    if current_revision(engine) is not None:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "{value} already holds a township store"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Use 'db upgrade' to bring it to the current "
                                           "schema."),
                         value=_name(target))
    if engine.dialect.name == "postgresql":
        with engine.begin() as con:
            con.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    with engine.begin() as con:
        command.upgrade(_alembic_config(con, srid), "head")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        con.execute(StoreInfo.__table__.insert(), [
            {"key": "store_id", "value": uuid.uuid4().hex},
            {"key": "srid", "value": str(srid)},
            {"key": "created_at", "value": now},
        ])
    if engine.dialect.name == "sqlite":
        # GDAL and QGIS read application_id from the file's header: put it there now rather than at
        # the first checkpoint, so the store is a GeoPackage even while a console holds it open.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    return engine


def upgrade_store(target) -> str:
    """Bring a store to the newest schema; returns the revision it is at."""
    path = database_path(store_url(target))
    if path is not None and not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{name} does not exist"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Check the path of the store."),
                         name=path.name)
    engine = open_engine(target)
    try:
        if current_revision(engine) is None:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{value} is not a township store"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Create one with 'db init'."),
                             value=_name(target))
        with engine.begin() as con:
            command.upgrade(_alembic_config(con), "head")
        return current_revision(engine)
    finally:
        # Its connections closed, so the last one out writes the upgrade from the write-ahead log into
        # the file itself (a reader of the bare file, or a copy of it, sees the upgraded store).
        engine.dispose()


def store_info(engine: Engine) -> dict[str, str]:
    with engine.connect() as con:
        return dict(con.execute(select(StoreInfo.key, StoreInfo.value)).all())


def integrity_problems(engine: Engine) -> list[str]:
    """What SQLite's ``integrity_check`` and ``foreign_key_check`` report (empty when all is well)."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as con:
        problems = [r[0] for r in con.exec_driver_sql("PRAGMA integrity_check").all() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in con.exec_driver_sql("PRAGMA foreign_key_check").all()]
    return problems


def table_checksums(engine: Engine) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 over every row (in key order) of each store table."""
    sums = {}
    with engine.connect() as con:
        for table in Base.metadata.sorted_tables:
            digest = hashlib.sha256()
            count = 0
            query = select(table).order_by(*table.primary_key.columns)
            for row in con.execute(query):
                digest.update(repr(tuple(_canonical(v) for v in row)).encode())
                count += 1
            sums[table.name] = (count, digest.hexdigest())
    return sums


def _canonical(value):
    if hasattr(value, "wkb_hex"):
        return value.wkb_hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="milliseconds")
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def backup_store(target, out: str | Path, who: str | None = None) -> Path:
    """Copy a consistent snapshot of the store to ``out`` (SQLite online backup, or ``pg_dump``).

    The backup is recorded in the store's audit trail first (so the backup holds its own record and the
    anchor printed with it covers it); a failed one is recorded too. The file is readable by its owner
    only, whatever the umask: it holds residents' personal data.
    """
    from datasources.store.restore import record_event

    url = store_url(target)
    out = Path(out)
    path = database_path(url)
    if path is not None and not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{name} does not exist"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Check the path of the store."),
                         name=path.name)
    if path is None:
        from datasources.store.pg_backup import find_tool

        find_tool("pg_dump")  # a missing tool is said before the server is asked anything
    engine = open_engine(target)
    try:
        record_event(engine, who, "backup", out.name, "ok", {})
        try:
            if path is None:
                from datasources.store.pg_backup import dump

                return dump(url, out)
            _copy_file_store(path, out)
            return out
        except (StoreError, WriteFailed) as exc:
            record_event(engine, who, "backup", out.name, "failed", {"reason": str(exc)[:300]})
            raise
    finally:
        engine.dispose()


def _copy_file_store(path: Path, out: Path) -> None:
    with atomic_path(out, private=True) as tmp:
        source = sqlite3.connect(path)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
        except sqlite3.Error as exc:  # a full disk, a folder gone
            raise WriteFailed(out, QT_TRANSLATE_NOOP("DataSourceError",
                                                     "the backup could not be written ({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Free some space or choose another folder; the "
                                                "store is unchanged."),
                              reason=str(exc)) from exc
        finally:
            dest.close()
            source.close()


def restore_store(backup: str | Path, target, anchor: str | None = None,
                  who: str | None = None) -> Path | None:
    """Replace the store at ``target`` with the data in ``backup`` (see :mod:`datasources.store.restore`).

    Parameters
    ----------
    anchor : str, optional
        The ``SEQ:HASH`` printed when the backup was made: the backup's audit chain must still hold it.
    who : str, optional
        Who restores, for the audit record (default: the workstation's login and host).

    Returns
    -------
    Path or None
        Where the replaced store is kept (a file beside it, or a dump beside the backup), None when
        there was none.
    """
    from datasources.store.restore import record_refusal

    backup = Path(backup)
    url = store_url(target)
    path = database_path(url)
    try:
        if path is None:
            from datasources.store.pg_backup import restore

            return restore(backup, url, anchor=anchor, who=who)
        from datasources.store.gpkg_restore import restore_file

        if not backup.is_file():
            raise Damaged(backup,
                          QT_TRANSLATE_NOOP("DataSourceError", "the backup file does not exist"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check its path."))
        return restore_file(backup, path, anchor=anchor, who=who)
    except (StoreError, Damaged, WriteFailed) as exc:
        record_refusal(url, backup, exc, who)
        raise


def grant_console_role(engine: Engine, role: str) -> None:
    """Refused: consoles no longer share one database login. Each console user is a PostgreSQL login role
    of their own (``township-console users add``), and what it may do is granted to its group role by the
    store (:mod:`datasources.store.pg_roles`)."""
    if engine.dialect.name != "postgresql":
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "database roles exist only on a shared PostgreSQL "
                                           "store"))
    raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "consoles no longer share the database login "
                                       "{role}: each user logs in as their own"),
                     QT_TRANSLATE_NOOP("DataSourceError", "Add each user with 'township-console users add'."),
                     role=role)


def _name(target) -> str:
    path = database_path(store_url(target))
    return path.name if path is not None else "the database"
