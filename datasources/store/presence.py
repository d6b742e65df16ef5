"""Which consoles have an embedded store open: on a local disk and on a network share alike.

A restore must not switch a store that another console has open: that console would go on "saving" into the
file the restore kept aside. On a network share the store runs with a rollback journal (WAL's shared memory
is unsafe there), and a console that is not in the middle of a transaction holds no lock at all, so SQLite's
own locks cannot tell an idle console from none. On a local disk, in WAL mode, an open connection does hold a
shared lock on the store, but only from its first statement on: a console that opened the store's file while
a restore held it between its check and its switch waited on the restore's lock, then went on with the file
the restore had kept aside (SQLite keeps the file it opened, whatever its name is now).

So each connection of a console, on a share and on a local disk, also holds a read lock on a small SQLite
file beside the store (``township.gpkg-consoles``, left there like the store's journal) for as long as it is
open, taken before the store's file is opened; :func:`others_present` asks for an exclusive lock on it
without waiting, and a restore holds that lock (:func:`alone`) from its check until the restored file is in
place, so a console that starts to open the store in between waits, then opens the restored file (or, after
30 seconds, says the store is being restored) instead of the file the restore keeps aside. These are the very
file locks (POSIX ``fcntl`` byte-range locks, or the share's byte-range locks on Windows) that SQLite relies
on to keep the store itself whole, so the check holds exactly where the store's own integrity does; on a
share whose locks do not work (some old NFS set-ups without a lock manager) neither holds, which is why the
README asks for PostgreSQL when several workstations share a store. Other programs (QGIS, the sqlite3 shell)
take no such lock: on a local disk WAL still shows them once they have read the store. The file holds
nothing but an empty table.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

SUFFIX = "-consoles"


def sidecar(path: str | os.PathLike) -> Path:
    """The file whose read locks say which consoles have the store at ``path`` open."""
    return Path(f"{os.fspath(path)}{SUFFIX}")


class Presence:
    """One open connection's read lock on the store's :func:`sidecar` (released by :meth:`release`, or when
    the object is garbage-collected or the process ends).

    Parameters
    ----------
    path : path-like
        The store file.
    """

    def __init__(self, path: str | os.PathLike, wait: float = 30) -> None:
        self.con: sqlite3.Connection | None = None
        con = None
        try:
            con = _open(path, wait)
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'consoles'").fetchone() is None:
                con.execute("CREATE TABLE IF NOT EXISTS consoles (n INTEGER)")
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM consoles").fetchone()  # the read lock, held until release
            self.con = con
        except sqlite3.OperationalError as exc:
            if con is not None:
                con.close()
            if "locked" in str(exc) or "busy" in str(exc):  # a restore is switching the store
                from datasources.errors import QT_TRANSLATE_NOOP, StoreError

                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                   "the store is being restored, so it was not opened"),
                                 QT_TRANSLATE_NOOP("DataSourceError",
                                                   "Wait until the restore is done and open it again."),
                                 ) from None
            self.con = None  # a read-only folder: nothing to hold
        except (sqlite3.Error, OSError):
            # a read-only folder or a file that is no lock file: nothing to hold (SQLite's own locks still
            # show a busy or WAL store)
            if con is not None:
                con.close()
            self.con = None

    def release(self) -> None:
        if self.con is not None:
            with contextlib.suppress(sqlite3.Error):
                self.con.close()
            self.con = None


def _open(path: str | os.PathLike, wait: float) -> sqlite3.Connection:
    side = sidecar(path)
    fresh = not side.exists()
    con = sqlite3.connect(side, timeout=wait, isolation_level=None, check_same_thread=False)
    if fresh:  # as readable as the store itself, no more
        with contextlib.suppress(OSError):
            os.chmod(side, stat.S_IMODE(os.stat(path).st_mode) if Path(path).exists() else 0o600)
    return con


@contextlib.contextmanager
def alone(path: str | os.PathLike) -> Iterator[bool]:
    """Whether no console has the store at ``path`` open; while True, no console can start to open it
    (the exclusive lock on the :func:`sidecar` is held until the ``with`` block ends)."""
    try:
        con = _open(path, 0)
    except (sqlite3.Error, OSError):  # a read-only folder: nothing can be held, nobody holds anything
        yield True
        return
    try:
        try:
            con.execute("CREATE TABLE IF NOT EXISTS consoles (n INTEGER)")
            con.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:  # locked: a console holds its read lock
            yield False
            return
        except sqlite3.DatabaseError:  # not a lock file (someone wrote over it): it shows nobody
            yield True
            return
        try:
            yield True
        finally:
            with contextlib.suppress(sqlite3.Error):
                con.execute("ROLLBACK")
    finally:
        con.close()


def others_present(path: str | os.PathLike) -> bool:
    """Whether any connection (of any console, on any workstation) holds the store at ``path`` open."""
    side = sidecar(path)
    if not side.exists():
        return False
    try:
        con = sqlite3.connect(side, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:  # locked
        return True
    except sqlite3.DatabaseError:  # not a lock file (someone wrote over it): it shows nobody
        return False
    finally:
        con.close()


__all__ = ["Presence", "SUFFIX", "alone", "others_present", "sidecar"]
