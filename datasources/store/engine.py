"""Opening a store: an embedded GeoPackage file, or PostgreSQL + PostGIS when several workstations share data.

The embedded store commits durably (``synchronous = FULL``), checks foreign keys, and writes in WAL mode on a
local disk. On a network share, where WAL's shared memory is unsafe, it uses a rollback journal instead.
Every transaction on SQLite starts with ``BEGIN IMMEDIATE`` so two consoles never deadlock on an upgrade
from reading to writing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from datasources.errors import QT_TRANSLATE_NOOP, StoreError
from datasources.store.gpkg import register_functions
from datasources.store.presence import Presence

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "ceph", "glusterfs",
                       "fuse.sshfs", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "lustre", "gpfs"}


def store_url(target: str | os.PathLike) -> str:
    """An SQLAlchemy URL for a path to a ``.gpkg`` or an URL given as it is."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def is_embedded(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def database_path(url: str) -> Path | None:
    """The file of an embedded store, or None for a server."""
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def filesystem_type(path: Path, mounts: str | None = None) -> str:
    """The type of the filesystem that holds ``path`` (Linux ``/proc/mounts``; Windows drive type)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on the office's Windows machines
        import ctypes

        text = str(path.resolve())
        if text.startswith("\\\\"):
            return "smb"
        drive_type = ctypes.windll.kernel32.GetDriveTypeW(text[:3])
        return "smb" if drive_type == 4 else "local"
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return "local"
    target = str(path.resolve())
    best, kind = "", "local"
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind


def on_network_share(path: Path, mounts: str | None = None) -> bool:
    kind = filesystem_type(path, mounts)
    return kind in NETWORK_FILESYSTEMS or kind == "smb" or kind.startswith("fuse.sshfs")


def open_engine(target: str | os.PathLike, mounts: str | None = None) -> Engine:
    """An engine on the store at ``target`` (a ``.gpkg`` path or an SQLAlchemy URL).

    Raises
    ------
    StoreError
        When the URL names a database the console does not support.
    """
    url = store_url(target)
    backend = make_url(url).get_backend_name()
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    if backend != "sqlite":
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the store must be a GeoPackage file or "
                                           "PostgreSQL, not {backend}"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Give a .gpkg path or a postgresql+psycopg:// URL."),
                         backend=backend)
    path = database_path(url)
    journal = "WAL"
    if path is not None and on_network_share(path.parent if not path.exists() else path, mounts):
        journal = "DELETE"
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA journal_mode = {journal}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    @event.listens_for(engine, "do_connect")
    def _present(_dialect, record, _cargs, _cparams) -> None:
        # Seen as open by a restore (see presence), on a share and on a local disk alike, before the store's
        # file is opened: SQLite keeps the file it opened, so a connection that opened the store while a
        # restore switched it would go on with the file kept aside. In WAL mode the shared lock a
        # connection holds on the store comes with its first statement, too late to tell a restore.
        if path is not None:
            record.info["presence"] = Presence(path)

    @event.listens_for(engine, "close")
    def _close(_dbapi_connection, record) -> None:
        presence = record.info.pop("presence", None)
        if presence is not None:
            presence.release()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def journal_mode(engine: Engine) -> str:
    """The journal mode an embedded store runs in (``wal`` locally, ``delete`` on a network share)."""
    with engine.connect() as con:
        return str(con.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
