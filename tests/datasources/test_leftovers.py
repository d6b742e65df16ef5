"""A save or export killed half-way leaves nothing with personal data in the system's temporary folder,
and what it left beside its target is removed at the next start."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time

import pandas as pd
import pytest

from datasources.atomic import pending_folder, remove_leftovers
from datasources.writers import write_table_csv, write_xlsx
from tests.datasources.store_kit import ROOT

KILLED_EXPORT = """
import sys, time
from pathlib import Path
import pandas as pd
from datasources.writers import write_xlsx

ready = Path(sys.argv[2])

class Stuck:
    def item(self):  # the export is half-way through its rows when it is killed
        ready.write_text("writing")
        time.sleep(600)

rows = [{"case_number": f"C{i}", "reporter_id_number": f"33010219900101{i:04d}", "extra": 1}
        for i in range(2000)]
rows[1500]["extra"] = Stuck()
write_xlsx(pd.DataFrame(rows), Path(sys.argv[1]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the test kills the child with SIGKILL")
def test_a_killed_xlsx_export_leaves_nothing_in_the_system_temp_and_is_cleaned_at_start(
        tmp_path, monkeypatch):
    system_temp, state, out = tmp_path / "system-temp", tmp_path / "state", tmp_path / "exports"
    for folder in (system_temp, out):
        folder.mkdir()
    ready = tmp_path / "ready"
    env = {**os.environ, "TMPDIR": str(system_temp), "TOWNSHIP_STATE_DIR": str(state)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(out / "reports.xlsx"), str(ready)],
                             cwd=ROOT, env=env)
    try:
        while not ready.exists():
            assert child.poll() is None, "the export ended before it was killed"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert list(system_temp.iterdir()) == []  # openpyxl's sheet files were not put there
    (left,) = out.iterdir()  # the owner-only folder the export wrote in
    assert left.name.startswith(".reports-private-") and stat.S_IMODE(left.stat().st_mode) == 0o700
    assert any(p.name.startswith("openpyxl.") for p in left.iterdir())

    monkeypatch.setenv("TOWNSHIP_STATE_DIR", str(state))
    assert remove_leftovers() == [left]
    assert list(out.iterdir()) == [] and list(pending_folder().iterdir()) == []


def test_a_finished_personal_export_is_owner_only_and_leaves_no_note(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_STATE_DIR", str(tmp_path / "state"))
    old = os.umask(0o022)
    try:
        personal = pd.DataFrame({"case_number": ["C1"], "reporter_phone": ["13812345678"]})
        plain = pd.DataFrame({"village": ["V1"], "count": [3]})
        for name, frame in (("p.xlsx", personal), ("p.csv", personal), ("plain.csv", plain)):
            writer = write_xlsx if name.endswith(".xlsx") else write_table_csv
            writer(frame, tmp_path / name)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir() if p.is_file()}
    assert modes == {"p.xlsx": 0o600, "p.csv": 0o600, "plain.csv": 0o644}
    assert list(pending_folder().iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_leftovers_of_a_living_process_or_another_machine_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_STATE_DIR", str(tmp_path / "state"))
    folder = pending_folder()
    folder.mkdir(parents=True)
    mine = tmp_path / ".township-1234.gpkg"
    mine.write_bytes(b"half")
    host = socket.gethostname()
    (folder / f"{os.getpid()}-x.txt").write_text(f"{mine}\n{host}\n")
    not_hidden = tmp_path / "township.gpkg"
    not_hidden.write_bytes(b"the store")
    (folder / "999999999-y.txt").write_text(f"{not_hidden}\n{host}\n")  # never a plain file
    elsewhere = tmp_path / ".township-5678.gpkg"
    elsewhere.write_bytes(b"another machine's save, its process maybe running")
    (folder / "999999998-z.txt").write_text(f"{elsewhere}\nanother-{host}\n")
    assert remove_leftovers() == []
    assert mine.exists() and not_hidden.exists() and elsewhere.exists()
