"""Run by the QGIS desktop application (``qgis --code``), the reference of ``screen_start_demo``.

``bench_screen`` starts ``qgis --nologo --noversioncheck --profiles-path TMP --project DEMO.qgz --code
this-file`` on its Xvfb display, with ``PROBE_LAUNCHED`` (the parent's ``time.time()`` before starting
QGIS) and ``PROBE_OUT`` (a JSON file to write) in the environment. QGIS runs this once its window is up
and the project is read; it writes the seconds from launch to that moment (``shown_s``) and to the end
of the canvas's first complete drawing (``drawn_s``), then ends the process (QGIS 3.22 can abort
while quitting under Xvfb, which would hide nothing but its exit code). The application a township's
staff would open instead, with its plugins, panels and processing framework: what a user waits for.
Kept free of project imports: it runs in QGIS's own Python.
"""

import json
import os
import time

from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

launched = float(os.environ["PROBE_LAUNCHED"])
marks = {"shown_s": time.time() - launched, "drawn_s": None}


def _write_and_end() -> None:
    with open(os.environ["PROBE_OUT"], "w") as out:
        out.write(json.dumps(marks))
    os._exit(0)


def _drawn() -> None:
    marks["drawn_s"] = time.time() - launched
    _write_and_end()


iface.mapCanvas().mapCanvasRefreshed.connect(_drawn)
iface.mapCanvas().refresh()
QTimer.singleShot(120_000, _write_and_end)
