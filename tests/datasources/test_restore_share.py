"""A GeoPackage store on a network share runs with a rollback journal, where a console that is not in the
middle of a transaction holds no SQLite lock at all: before, a restore switched the store under such a
console, which then went on "saving" into the file the restore had kept aside. Each open connection now holds
a read lock on the store's ``-consoles`` file (the share's own file locks, as SQLite uses for the store), so
the restore is refused while any console on any workstation has the store open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from datasources.errors import StoreError
from datasources.store import TownshipStore
from datasources.store.admin import backup_store, restore_store
from datasources.store.engine import journal_mode, open_engine
from datasources.store.presence import others_present, sidecar
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    ROOT,
    fill_township,
    make_store,
)


@pytest.fixture
def share(tmp_path):
    """A filled store in a folder the console takes for an SMB share, and a backup of it; closed."""
    folder = tmp_path / "share"
    folder.mkdir()
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//fileserver/gis {folder.resolve()} cifs rw,vers=3.0 0 0\n"
    store = make_store(folder)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    backup = backup_store(folder / "township.gpkg", tmp_path / "monday.gpkg")
    admin.incidents.add_note(ids["incidents"]["V1"], "after the backup")
    store.engine.dispose()
    return folder / "township.gpkg", mounts, backup


def console_on_share(path, mounts) -> TownshipStore:
    """A console that opened the store as it does on a share (rollback journal), logged in and idle."""
    console = TownshipStore(path, key_folder=path.parent / "keys", hasher=CHEAP_HASHER)
    console.engine.dispose()
    console.engine = open_engine(path, mounts=mounts)
    assert journal_mode(console.engine) == "delete"
    console.login(ADMIN, ADMIN_PASSWORD)  # holds a connection, as an open window does
    return console


def test_a_restore_is_refused_while_an_idle_console_on_the_share_has_the_store_open(share):
    path, mounts, backup = share
    console = console_on_share(path, mounts)
    assert others_present(path)
    with pytest.raises(StoreError, match="open in another console"):
        restore_store(backup, path)
    notes = console.service_session("check").incidents.history(1)["note"].tolist()
    assert "after the backup" in notes  # the store was left as it was
    assert not [p for p in path.parent.iterdir() if "replaced" in p.name or "restore" in p.name]
    console.engine.dispose()  # the window is closed: now the restore goes ahead
    assert not others_present(path)
    kept = restore_store(backup, path)
    assert kept is not None and kept.exists()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".") or "tmp" in p.name]


def test_a_console_on_another_workstation_is_seen_through_the_shares_locks(share):
    """Another process (as another workstation is) holding the store open, idle, on the share."""
    path, mounts, backup = share
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from datasources.store.engine import open_engine
        engine = open_engine({str(path)!r}, mounts={mounts!r})
        with engine.connect() as con:
            con.exec_driver_sql("SELECT count(*) FROM incidents").scalar()
        print("open", flush=True)
        sys.stdin.readline()  # idle, the connection kept in the pool, until told to close
        engine.dispose()
    """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="open in another console"):
            restore_store(backup, path)
    finally:
        holder.communicate("\n", timeout=60)
    assert restore_store(backup, path).exists()


def test_the_lock_file_holds_nothing_and_is_no_more_readable_than_the_store(share):
    path, mounts, _backup = share
    side = sidecar(path)
    side.unlink()  # made again by the next console, as readable as the store
    console_on_share(path, mounts).engine.dispose()
    assert side.exists()
    assert (side.stat().st_mode & 0o777) == (path.stat().st_mode & 0o777)
    side.write_bytes(b"not a lock file")  # overwritten by someone: nobody is shown, nothing breaks
    assert not others_present(path)


def _open_files(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            found.add(os.readlink(fd))
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads which files a process has open")
def test_a_console_opening_the_store_while_the_restore_switches_writes_into_the_restored_store(
        share, monkeypatch):
    """Before, the restore's check released its lock before the switch: a console on another workstation
    that opened the store in that instant was left on the file the restore kept aside, where its next save
    failed ("attempt to write a readonly database": SQLite refuses a moved file). Now it waits for the
    switch, then opens and saves into the restored store."""
    path, mounts, backup = share
    console = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from datasources.store import TownshipStore
        from datasources.store.engine import open_engine
        from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER
        store = TownshipStore({str(path)!r}, key_folder={str(path.parent / "keys")!r}, hasher=CHEAP_HASHER)
        store.engine.dispose()
        store.engine = open_engine({str(path)!r}, mounts={mounts!r})
        print("ready", flush=True)
        sys.stdin.readline()
        session = store.login(ADMIN, ADMIN_PASSWORD)
        print("in", flush=True)
        sys.stdin.readline()
        try:
            session.incidents.add_note(1, "written while the restore switched")
            print("done", flush=True)
        except Exception as exc:
            print(f"failed: {{exc}}".splitlines()[0], flush=True)
        sys.stdin.readline()
        store.engine.dispose()
    """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    store_file, side = str(path.resolve()), str(sidecar(path).resolve())
    real_connect, seen = sqlite3.connect, {}

    def say(line: str) -> None:
        console.stdin.write(line + "\n")
        console.stdin.flush()

    def the_instant(target, *args, **kwargs):
        """The restore has checked that no console is there and opens the store to switch it: in this
        instant the other console starts to open the store."""
        if target == path and "store_open" not in seen:
            say("go")
            while True:  # until it has the lock file open (the old code opened the store first)
                files = _open_files(console.pid)
                if side in files or console.poll() is not None:
                    break
                time.sleep(0.01)
            seen["store_open"] = store_file in files
            if seen["store_open"]:  # the old code: it got in and sits idle, logged in
                seen["in"] = console.stdout.readline().strip()
        return real_connect(target, *args, **kwargs)

    try:
        assert console.stdout.readline().strip() == "ready"
        monkeypatch.setattr(sqlite3, "connect", the_instant)
        kept = restore_store(backup, path)
        monkeypatch.undo()
        assert seen.get("in") or console.stdout.readline().strip() == "in"
        say("save")  # the clerk saves a note
        assert console.stdout.readline().strip() == "done"
    finally:
        console.communicate("\n", timeout=120)
    aside = sqlite3.connect(kept)
    lost = aside.execute("SELECT count(*) FROM incident_events WHERE note = ?",
                         ("written while the restore switched",)).fetchone()[0]
    aside.close()
    assert lost == 0  # before: the note went into the replaced store, kept aside
    check = TownshipStore(path, key_folder=path.parent / "keys", hasher=CHEAP_HASHER)
    notes = check.service_session("check").incidents.history(1)["note"].tolist()
    check.engine.dispose()
    assert "written while the restore switched" in notes
    assert "after the backup" not in notes  # the restored store, not the replaced one
    assert not seen["store_open"]  # it waited for the switch before opening the store's file
