"""Run by the system Python that has QGIS: open a township project GeoPackage as QGIS would and report.

Usage: python3 qgis_check.py PROJECT.gpkg NAME... — prints one JSON object per layer: a vector table by
its name, a raster table as ``raster:NAME`` (opened as GDAL names it, ``GPKG:file:table``).
Kept free of project imports: QGIS lives outside the project's virtual environment.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsPointXY,
    QgsRasterLayer,
    QgsRenderContext,
    QgsVectorLayer,
)


def describe(path: str, name: str) -> dict:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    renderer = layer.renderer()
    kind = renderer.type() if renderer else None
    classes = 0
    if kind == "graduatedSymbol":
        classes = len(renderer.ranges())
    elif kind == "categorizedSymbol":
        classes = len(renderer.categories())
    symbols = renderer.symbols(QgsRenderContext()) if renderer else []
    first = symbols[0] if symbols else None
    return {"name": name, "valid": layer.isValid(), "features": layer.featureCount(),
            "crs": layer.crs().authid(), "renderer": kind, "classes": classes,
            "labels": bool(layer.labelsEnabled()), "opacity": layer.opacity(),
            "symbol_opacity": first.opacity() if first else None,
            "fill_alpha": first.color().alphaF() if first is not None and first.type() == 2 else None}


def describe_raster(path: str, name: str) -> dict:
    layer = QgsRasterLayer(f"GPKG:{path}:{name}", name, "gdal")
    out = {"name": f"raster:{name}", "valid": layer.isValid()}
    if not layer.isValid():
        return out
    extent = layer.extent()
    provider = layer.dataProvider()
    centre = extent.center()
    value, ok = provider.sample(QgsPointXY(centre.x(), centre.y()), 1)
    out.update(crs=layer.crs().authid(), width=layer.width(), height=layer.height(), bands=layer.bandCount(),
               extent=[extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
               centre=[centre.x(), centre.y()], centre_value=value if ok else None,
               nodata=provider.sourceNoDataValue(1) if provider.sourceHasNoDataValue(1) else None)
    return out


app = QgsApplication([], False)
app.initQgis()
for layer_name in sys.argv[2:]:
    if layer_name.startswith("raster:"):
        report = describe_raster(sys.argv[1], layer_name.split(":", 1)[1])
    else:
        report = describe(sys.argv[1], layer_name)
    print(json.dumps(report, ensure_ascii=False), flush=True)
app.exitQgis()  # every QGIS layer is gone with describe()'s frame: QGIS crashes if one outlives this
