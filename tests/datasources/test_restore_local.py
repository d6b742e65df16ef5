"""A GeoPackage store on a local disk runs in WAL mode, where every open connection holds a shared lock that
makes the restore's switch refuse. But a console that opened the store's file while the restore held it
between its check and its switch had its first statement wait on the restore's lock, and then went on with
the file the restore had kept aside (SQLite keeps the file it opened, whatever name it has now): its saves
never reached the restored store. Each connection now takes its read lock on the store's ``-consoles`` file
on a local disk as on a share, before opening the store's file, and the restore holds that file's exclusive
lock from its check until the restored file is in place."""

from __future__ import annotations

import contextlib
import json
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
from datasources.store.engine import journal_mode
from datasources.store.presence import others_present, sidecar
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    ROOT,
    fill_township,
    make_store,
)

NOTE = "written while the restore switched"


@pytest.fixture
def local(tmp_path):
    """A filled store on the local disk, a backup of it and a note written after the backup; closed."""
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    backup = backup_store(tmp_path / "township.gpkg", tmp_path / "monday.gpkg")
    admin.incidents.add_note(ids["incidents"]["V1"], "after the backup")
    assert journal_mode(store.engine) == "wal"
    store.engine.dispose()
    return tmp_path / "township.gpkg", backup


def _open_files(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            found.add(os.readlink(fd))
    return found


def test_an_idle_console_on_the_local_disk_makes_the_restore_refuse(local):
    path, backup = local
    console = TownshipStore(path, key_folder=path.parent / "keys", hasher=CHEAP_HASHER)
    console.login(ADMIN, ADMIN_PASSWORD)  # holds a connection, as an open window does
    assert others_present(path)
    with pytest.raises(StoreError, match="open in another console"):
        restore_store(backup, path)
    assert "after the backup" in console.service_session("check").incidents.history(1)["note"].tolist()
    console.engine.dispose()
    assert not others_present(path)
    assert restore_store(backup, path).exists()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads which files a process has open")
def test_a_console_opening_the_local_store_while_the_restore_switches_saves_into_the_restored_store(
        local, monkeypatch):
    """A console in another process starts to open the store at the very instant the restore has checked
    that nobody has it open and is switching the file (the restore's hook waits until the console has a
    file of the store open). It must then save into the restored store, never into the one kept aside."""
    path, backup = local
    console = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from datasources.store import TownshipStore
        from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER
        store = TownshipStore({str(path)!r}, key_folder={str(path.parent / "keys")!r}, hasher=CHEAP_HASHER)
        store.engine.dispose()
        print("ready", flush=True)
        sys.stdin.readline()
        try:
            session = store.login(ADMIN, ADMIN_PASSWORD)
            print("in", flush=True)
        except Exception as exc:
            print(f"login failed: {{exc}}".splitlines()[0], flush=True)
        sys.stdin.readline()
        try:
            session.incidents.add_note(1, {NOTE!r})
            print("done", flush=True)
        except Exception as exc:
            print(f"failed: {{exc}}".splitlines()[0], flush=True)
        sys.stdin.readline()
        store.engine.dispose()
    """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    store_file, side = str(path.resolve()), str(sidecar(path).resolve())
    real_link, seen = os.link, {}

    def say(line: str) -> None:
        console.stdin.write(line + "\n")
        console.stdin.flush()

    def the_instant(source, *args, **kwargs):
        """The restore has checked that no console has the store open, holds it, and is about to keep the
        replaced file aside and put the restored one in its place: in this instant the console starts."""
        if Path(source) == path and "opened" not in seen:
            say("go")
            while True:  # until it has a file of the store open (the old code: the store's own)
                files = _open_files(console.pid)
                if side in files or store_file in files or console.poll() is not None:
                    break
                time.sleep(0.01)
            seen["opened"] = {"store": store_file in files, "lock file": side in files}
        return real_link(source, *args, **kwargs)

    try:
        assert console.stdout.readline().strip() == "ready"
        monkeypatch.setattr(os, "link", the_instant)
        kept = restore_store(backup, path)
        monkeypatch.undo()
        assert console.stdout.readline().strip() == "in"
        say("save")  # the clerk saves a note
        saved = console.stdout.readline().strip()
    finally:
        console.communicate("\n", timeout=120)
    with contextlib.closing(sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro", uri=True)) as aside:
        lost = aside.execute("SELECT count(*) FROM incident_events WHERE note = ?", (NOTE,)).fetchone()[0]
    assert lost == 0  # before: the console saved into the replaced store, kept aside
    assert saved == "done"
    check = TownshipStore(path, key_folder=path.parent / "keys", hasher=CHEAP_HASHER)
    notes = check.service_session("check").incidents.history(1)["note"].tolist()
    with check.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    check.engine.dispose()
    assert NOTE in notes
    assert "after the backup" not in notes  # the restored store, not the replaced one
    assert seen["opened"] == {"store": False, "lock file": True}  # it waited before opening the store


def test_a_console_kept_waiting_by_a_restore_says_so_in_the_interfaces_words(local):
    """A console that cannot open the store because a restore holds it (for longer than it waits) says
    that the store is being restored, in the interface's language; it does not open the store's file."""
    import xml.etree.ElementTree as ET

    from datasources.store.presence import Presence, alone

    path, _backup = local
    with alone(path) as nobody:
        assert nobody
        with pytest.raises(StoreError) as waited:
            Presence(path, wait=0)
    assert "the store is being restored" in waited.value.message
    tree = ET.parse(ROOT / "resources" / "translations" / "township_zh_CN.ts")
    chinese = {m.findtext("source"): m.find("translation") for m in tree.iter("message")}
    for template in (waited.value.problem_template, waited.value.advice_template):
        node = chinese[template]
        assert node.text and node.get("type") not in ("unfinished", "obsolete"), template


#: A console in its own process that opens the store when told, saves a note and quits; it says "waiting"
#: when the lock file is held against it as it starts (the restore holds it), so the test knows that it
#: waits without timing it.
_SAVING_CONSOLE = """
import sqlite3, sys
from datasources.store import TownshipStore
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER
real_connect = sqlite3.connect

def probing(target, *args, **kwargs):
    if str(target).endswith("-consoles"):
        probe = real_connect(target, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN")
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            print("waiting", flush=True)
        finally:
            probe.close()
    return real_connect(target, *args, **kwargs)

sqlite3.connect = probing
print("ready", flush=True)
sys.stdin.readline()
try:
    store = TownshipStore(sys.argv[1], key_folder=sys.argv[2], hasher=CHEAP_HASHER)
    store.login(ADMIN, ADMIN_PASSWORD).incidents.add_note(1, sys.argv[3])
    store.engine.dispose()
    print("done", flush=True)
except Exception as exc:
    print(f"failed: {exc}".splitlines()[0], flush=True)
"""


def test_a_console_that_saves_while_the_restore_builds_saves_into_the_restored_store(local, monkeypatch):
    """Before, the restore looked for open consoles only when it switched the file: a console (or a
    command) that opened the store, saved and closed while the restore was building saved into the store
    about to be kept aside, after the restore had counted that store's newer records, so its save was
    neither in the restored store nor in the restore's count. Now the restore holds the store from its
    first check: the console waits, then saves into the restored store."""
    from datasources.store import restore as restore_module

    path, backup = local
    note = "saved while the restore was building"
    console = subprocess.Popen([sys.executable, "-c", _SAVING_CONSOLE, str(path), str(path.parent / "keys"),
                                note], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    real_record, seen = restore_module.record_restore, {}

    def the_instant(*args, **kwargs):
        """The restore has counted the replaced store's newer records and is about to record itself."""
        console.stdin.write("go\n")
        console.stdin.flush()
        seen["console"] = console.stdout.readline().strip()  # "done" (it got in) or "waiting"
        return real_record(*args, **kwargs)

    try:
        assert console.stdout.readline().strip() == "ready"
        monkeypatch.setattr(restore_module, "record_restore", the_instant)
        kept = restore_store(backup, path)
        monkeypatch.undo()
        rest = console.communicate(timeout=120)[0].split()
    finally:
        if console.poll() is None:
            console.kill()
    with contextlib.closing(sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro", uri=True)) as aside:
        lost = aside.execute("SELECT count(*) FROM incident_events WHERE note = ?", (note,)).fetchone()[0]
        with contextlib.closing(sqlite3.connect(backup)) as made:
            (backup_end,) = made.execute("SELECT max(time) FROM audit_events").fetchone()
        newer = aside.execute("SELECT count(*) FROM audit_events WHERE time > ?", (backup_end,)).fetchone()[0]
    check = TownshipStore(path, key_folder=path.parent / "keys", hasher=CHEAP_HASHER)
    notes = check.service_session("check").incidents.history(1)["note"].tolist()
    with check.engine.connect() as con:
        (detail,) = con.exec_driver_sql("SELECT detail FROM audit_events WHERE event = 'restore'").scalars()
    check.engine.dispose()
    assert lost == 0  # before: saved into the store kept aside, uncounted by the restore's record
    assert json.loads(detail)["replaced_newer_records"] == newer  # the restore counted all it replaced
    assert seen["console"] == "waiting" and rest == ["done"]
    assert note in notes
