"""Making, upgrading, checking, backing up and restoring a township store (``township-console db ...``)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import DatabaseError

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, StoreError
from datasources.store.engine import database_path, open_engine, store_url
from datasources.store.models import Base, StoreInfo

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(connection, srid: int | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    if srid is not None:
        config.attributes["srid"] = srid
    return config


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
    if current_revision(engine) is None:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{value} is not a township store"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Create one with 'db init'."),
                         value=_name(target))
    with engine.begin() as con:
        command.upgrade(_alembic_config(con), "head")
    return current_revision(engine)


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


def backup_store(target, out: str | Path) -> Path:
    """Copy a consistent snapshot of the store to ``out`` (SQLite online backup, or ``pg_dump``)."""
    url = store_url(target)
    out = Path(out)
    path = database_path(url)
    if path is None:
        from datasources.store.pg_backup import dump

        return dump(url, out)
    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{name} does not exist"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Check the path of the store."),
                         name=path.name)
    with atomic_path(out) as tmp:
        source = sqlite3.connect(path)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    return out


def restore_store(backup: str | Path, target) -> None:
    """Replace the store at ``target`` with ``backup``; the backup is checked before anything is touched."""
    backup = Path(backup)
    url = store_url(target)
    path = database_path(url)
    if path is None:
        from datasources.store.pg_backup import restore

        restore(backup, url)
        return
    try:
        with sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True) as con:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has_store = con.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'township_store_info'").fetchone()[0]
    except sqlite3.Error as exc:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."),
                      reason=str(exc)) from exc
    if not ok or not has_store:
        raise Damaged(backup,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the backup is damaged or not a township store"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Use another backup."))
    with atomic_path(path) as tmp:
        shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def grant_console_role(engine: Engine, role: str) -> None:
    """Let the PostgreSQL role the consoles log in with edit data but only read and append audit rows."""
    if engine.dialect.name != "postgresql":
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "database roles exist only on a shared PostgreSQL "
                                           "store"))
    quoted = engine.dialect.identifier_preparer.quote(role)
    with engine.begin() as con:
        tables = [t for t in inspect(con).get_table_names() if t != "spatial_ref_sys"]
        for table in tables:
            rights = "SELECT, INSERT" if table == "audit_events" else "SELECT, INSERT, UPDATE, DELETE"
            con.exec_driver_sql(f'GRANT {rights} ON "{table}" TO {quoted}')
        con.exec_driver_sql(f'REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM {quoted}')
        con.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}")
        con.execute(text("SELECT 1"))


def _name(target) -> str:
    path = database_path(store_url(target))
    return path.name if path is not None else "the database"
