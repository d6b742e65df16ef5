"""A GeoPackage store on a network share runs with a rollback journal, where a console that is not in the
middle of a transaction holds no SQLite lock at all: before, a restore switched the store under such a
console, which then went on "saving" into the file the restore had kept aside. Each open connection now holds
a read lock on the store's ``-consoles`` file (the share's own file locks, as SQLite uses for the store), so
the restore is refused while any console on any workstation has the store open."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
    assert not side.exists()  # a store on a local disk has none (WAL shows an open console there)
    console_on_share(path, mounts).engine.dispose()
    assert side.exists()
    assert (side.stat().st_mode & 0o777) == (path.stat().st_mode & 0o777)
    side.write_bytes(b"not a lock file")  # overwritten by someone: nobody is shown, nothing breaks
    assert not others_present(path)
