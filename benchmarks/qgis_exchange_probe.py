"""Run by the system Python that has QGIS: QGIS's own reading and writing of a project, timed.

Usage: python3 qgis_exchange_probe.py PROJECT.qgz OUT.qgz REPEAT — reads PROJECT (every layer opened),
then writes it to OUT, each REPEAT times; prints {"read_s": median, "write_s": median} as JSON.
Kept free of project imports: QGIS lives outside the project's virtual environment.
"""

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
source, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
reads, writes = [], []
for _ in range(repeat + 1):  # the first round warms the caches and is not counted
    project.clear()
    start = time.perf_counter()
    assert project.read(source)
    reads.append(time.perf_counter() - start)
    start = time.perf_counter()
    assert project.write(out)
    writes.append(time.perf_counter() - start)
layers = len(project.mapLayers())
project.clear()
print(json.dumps({"read_s": statistics.median(reads[1:]), "write_s": statistics.median(writes[1:]),
                  "layers": layers}))
app.exitQgis()
