"""Run by the system Python that has QGIS: open a township project GeoPackage as QGIS would and report.

Usage: python3 qgis_check.py PROJECT.gpkg  — prints one JSON object per vector layer.
Kept free of project imports: QGIS lives outside the project's virtual environment.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402


def describe(path: str, name: str) -> dict:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    renderer = layer.renderer()
    kind = renderer.type() if renderer else None
    classes = 0
    if kind == "graduatedSymbol":
        classes = len(renderer.ranges())
    elif kind == "categorizedSymbol":
        classes = len(renderer.categories())
    return {"name": name, "valid": layer.isValid(), "features": layer.featureCount(),
            "crs": layer.crs().authid(), "renderer": kind, "classes": classes,
            "labels": bool(layer.labelsEnabled())}


app = QgsApplication([], False)
app.initQgis()
for layer_name in sys.argv[2:]:
    print(json.dumps(describe(sys.argv[1], layer_name), ensure_ascii=False), flush=True)
app.exitQgis()  # every QgsVectorLayer is gone with describe()'s frame: QGIS crashes if one outlives this
