"""The first map does not wait for the store or the spreadsheets: a window started on the demo project
without a store, as ``township-console qingxi.project.gpkg`` starts it, has loaded none of SQLAlchemy,
Alembic, argon2, openpyxl or the desks' widgets when its map has settled (they load when first used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
