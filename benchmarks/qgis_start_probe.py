"""Run by the system Python that has QGIS, in a fresh process: QGIS's start to a drawn map, the reference of
``startup_show``.

Usage: python3 qgis_start_probe.py PROJECT.qgz LAUNCHED — starts a QgsApplication, reads PROJECT (the demo
township exported for QGIS), shows a main window holding a map canvas of its layers at 1600x1000 and waits
for the canvas's first complete drawing. Prints, as JSON, seconds from LAUNCHED (the parent's
``time.time()`` before starting this process) to the window shown and to the map drawn. This is QGIS's
library with its own canvas, without the desktop application's plugins and panels, so it flatters QGIS.
Kept free of project imports: QGIS lives outside the project's virtual environment.
"""

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.gui import QgsMapCanvas  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QMainWindow  # noqa: E402

source, launched = sys.argv[1], float(sys.argv[2])
app = QgsApplication([], True)
app.initQgis()
project = QgsProject.instance()
assert project.read(source)
window = QMainWindow()
canvas = QgsMapCanvas(window)
window.setCentralWidget(canvas)
canvas.setDestinationCrs(project.crs())
canvas.setLayers(project.layerTreeRoot().layerOrder())
marks = {}


def drawn() -> None:
    marks["drawn"] = time.time() - launched
    QTimer.singleShot(0, app.quit)


canvas.mapCanvasRefreshed.connect(drawn)
window.resize(1600, 1000)
canvas.zoomToFullExtent()
window.show()
marks["shown"] = time.time() - launched
canvas.refresh()
QTimer.singleShot(60_000, app.quit)
app.exec_()
print(json.dumps({"shown_s": marks["shown"], "drawn_s": marks.get("drawn"),
                  "layers": len(project.mapLayers())}))
app.exitQgis()
