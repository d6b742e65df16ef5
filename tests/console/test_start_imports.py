"""The first map does not wait for the store or the spreadsheets: a window started on the demo project
without a store, as ``township-console qingxi.project.gpkg`` starts it, has loaded none of SQLAlchemy,
Alembic, argon2, openpyxl or the desks' widgets when its map has settled (they load when first used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LATER = ("sqlalchemy", "alembic", "argon2", "openpyxl", "cryptography", "widgets.incidents.queue",
         "widgets.incidents.detail", "widgets.store.login_dialog", "widgets.attribute_table")
PROBE = """
import json, sys
from console.cli import main
main([sys.argv[1], "--screenshot", sys.argv[2]])  # quits once loading and drawing have settled
print(json.dumps(sorted(m for m in {later!r} if m in sys.modules)))
"""


def test_the_window_starts_without_the_store_and_the_desks_widgets(demo_project, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", PROBE.format(later=LATER), str(demo_project),
                           str(tmp_path / "start.png")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "start.png").exists()  # the map was drawn and settled
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


SHOWN_FIRST = """
import gc, json, sys
import numpy  # a collection now walks ~60,000 objects
from console.app import _load_data_libraries
collections = []
gc.callbacks.append(lambda phase, info: phase == "stop" and collections.append(info["generation"]))
_load_data_libraries()
imported_collections = len(collections)
from PySide6 import QtCore, QtWidgets
app = QtWidgets.QApplication(sys.argv[:1])
seen = {}
def poll():
    win = next((w for w in app.topLevelWidgets() if hasattr(w, "canvas") and w.isVisible()), None)
    if win is None:
        return
    seen.setdefault("layers_when_shown", len(win.project.layers))
    if win.project.layers and not win._workers and not win.canvas.busy():
        seen.update(layers=len(win.project.layers), dirty=win.project.dirty, path=str(win.project.path),
                    title=win.windowTitle(), imported_collections=imported_collections,
                    automatic=gc.isenabled(), frozen=gc.get_freeze_count())
        app.quit()
timer = QtCore.QTimer(interval=2)
timer.timeout.connect(poll)
timer.start()
from console.cli import main
main([sys.argv[1]])
print(json.dumps(seen))
"""


def test_the_window_shows_before_the_project_is_read(demo_project, tmp_path):
    """``township-console PROJECT`` shows its window first and reads the project in a task (its progress
    in the status bar), as QGIS does: the window came up 0.6 s sooner, the settled map no later. The
    project arrives whole, unchanged (no unsaved-changes mark) and named in the title."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", SHOWN_FIRST, str(demo_project)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["layers_when_shown"] == 0
    assert seen["layers"] >= 8
    assert seen["dirty"] is False
    assert seen["path"] == str(demo_project)
    assert "*" not in seen["title"] and Path(demo_project).stem.split(".")[0] in seen["title"]
    # the libraries were imported without the cycle collector walking them (it did ~290 times, 0.1 s);
    # the window's collector took over, and what lives for good is left out of its walks
    assert seen["imported_collections"] == 0
    assert seen["automatic"] is False
    assert seen["frozen"] > 50_000


REDRAW = """
import resource, sys
import numpy as np
from console.app import _load_data_libraries
if sys.argv[1] == "window":
    _load_data_libraries()
size = 1176 * 893  # a map picture's pixels
first = np.ones(size, dtype=np.uint32)
del first
def draw_all():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    pictures = [np.ones(size, dtype=np.uint32) for _ in range(40)]  # a few zooms of eleven layers
    del pictures
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
draw_all()
print(draw_all())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_the_window_keeps_the_memory_of_its_pictures_for_the_next():
    """Freed pictures of the view's size were given back to the system and the next ones came back as
    fresh pages, each zeroed by the kernel on first touch (2,000-10,000 page faults a zoom of the demo);
    the window's process keeps such memory for reuse."""
    faults = {}
    for how in ("plain", "window"):
        done = subprocess.run([sys.executable, "-c", REDRAW, how], cwd=ROOT, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        faults[how] = int(done.stdout.strip().splitlines()[-1])
    assert faults["plain"] > 10_000  # ~1,000 a picture: the memory went back to the system
    assert faults["window"] < 500
