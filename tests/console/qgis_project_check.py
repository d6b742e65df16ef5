"""Run by the system Python that has QGIS: open a QGIS project as QGIS does, report it, and draw it.

Usage: python3 qgis_project_check.py PROJECT.qgz [--render OUT.png W H MINX MINY MAXX MAXY]
       python3 qgis_project_check.py --write OUT.qgs DATA.gpkg   (a project made by QGIS itself)
Prints one JSON object: the project's CRS and its layers in layer-tree order. Kept free of project
imports: QGIS lives outside the project's virtual environment.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)


def renderer_report(layer) -> dict:
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None:
        return {}
    kind = renderer.type()
    out = {"renderer": kind}
    if kind == "categorizedSymbol":
        out.update(field=renderer.classAttribute(),
                   classes=[[c.value(), c.label(), c.symbol().color().name()] for c in renderer.categories()])
    elif kind == "graduatedSymbol":
        out.update(field=renderer.classAttribute(),
                   classes=[[r.lowerValue(), r.upperValue(), r.label(), r.symbol().color().name()]
                            for r in renderer.ranges()])
    elif kind == "singleSymbol":
        out.update(colour=renderer.symbol().color().name())
    elif kind in ("singlebandpseudocolor", "hillshade", "singlebandgray", "multibandcolor"):
        return {"renderer": kind}
    return out


def report(path: str) -> dict:
    project = QgsProject.instance()
    ok = project.read(path)
    root = project.layerTreeRoot()
    layers = []
    for node in root.findLayers():
        layer = node.layer()
        entry = {"id": node.layerId(), "name": node.name(), "visible": node.isVisible(),
                 "valid": bool(layer and layer.isValid())}
        if layer is not None:
            entry.update(type="vector" if layer.type() == 0 else "raster", provider=layer.providerType(),
                         source=layer.source(), crs=layer.crs().authid(), opacity=layer.opacity(),
                         blend=int(layer.blendMode()),
                         relief_of=layer.customProperty("township/relief_of"))
            if layer.type() == 0:
                entry.update(features=layer.featureCount(), labels=bool(layer.labelsEnabled()),
                             label_field=(layer.labeling().settings().fieldName
                                          if layer.labelsEnabled() and layer.labeling() else None),
                             **renderer_report(layer))
            else:
                entry.update(renderer=layer.renderer().type() if layer.renderer() else None,
                             width=layer.width(), height=layer.height())
        layers.append(entry)
    order = [layer.id() for layer in root.layerOrder()]
    view = project.viewSettings().defaultViewExtent()
    return {"read": ok, "crs": project.crs().authid(), "layers": layers, "render_order": order,
            "view": [view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()],
            "background": project.backgroundColor().name()}


def render(out: str, width: int, height: int, bbox: list) -> None:
    project = QgsProject.instance()
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in project.layerTreeRoot().layerOrder()
                        if project.layerTreeRoot().findLayer(layer.id()).isVisible()])
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(__import__("qgis.PyQt.QtCore", fromlist=["QSize"]).QSize(width, height))
    settings.setExtent(QgsRectangle(*bbox))
    settings.setBackgroundColor(project.backgroundColor())
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, False)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(out, "PNG")


def write(out: str, gpkg: str) -> None:
    """A project made the way a county officer makes one: layers added, styled in QGIS, saved."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsGraduatedSymbolRenderer,
        QgsPalLayerSettings,
        QgsRasterLayer,
        QgsRendererCategory,
        QgsRendererRange,
        QgsSymbol,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4549"))
    villages = QgsVectorLayer(f"{gpkg}|layername=villages", "村界", "ogr")
    ranges = []
    for i, (lo, hi, colour) in enumerate([(0, 800, "#ffffb2"), (800, 1200, "#fd8d3c"), (1200, 1e6, "#bd0026")]):
        symbol = QgsSymbol.defaultSymbol(villages.geometryType())
        symbol.setColor(QColor(colour))
        ranges.append(QgsRendererRange(lo, hi, symbol, f"class {i}"))
    villages.setRenderer(QgsGraduatedSymbolRenderer("population", ranges))
    villages.setOpacity(0.6)
    labels = QgsPalLayerSettings()
    labels.fieldName = "name_zh"
    text = QgsTextFormat()
    text.setSize(11)
    text.setColor(QColor("#333333"))
    labels.setFormat(text)
    villages.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    villages.setLabelsEnabled(True)
    facilities = QgsVectorLayer(f"{gpkg}|layername=facilities", "设施", "ogr")
    categories = []
    for value, colour in (("school", "#1f78b4"), ("clinic", "#e31a1c"), ("shelter", "#33a02c")):
        symbol = QgsSymbol.defaultSymbol(facilities.geometryType())
        symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(value, symbol, value))
    facilities.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    roads = QgsVectorLayer(f"{gpkg}|layername=roads", "roads", "ogr")
    dem = QgsRasterLayer(f"GPKG:{gpkg}:dem", "dem", "gdal")
    wms = QgsRasterLayer("type=xyz&url=https://tile.example.org/%7Bz%7D/%7Bx%7D/%7By%7D.png", "tiles", "wms")
    for layer in (dem, roads, villages, facilities, wms):
        project.addMapLayer(layer)
    project.layerTreeRoot().findLayer(roads.id()).setItemVisibilityChecked(False)
    project.write(out)
    print(json.dumps({"written": out, "valid": [layer.isValid() for layer in (dem, roads, villages, facilities)]}))


app = QgsApplication([], False)
app.initQgis()
if sys.argv[1] == "--write":
    write(sys.argv[2], sys.argv[3])
else:
    result = report(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "--render":
        render(sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), [float(v) for v in sys.argv[6:10]])
    print(json.dumps(result, ensure_ascii=False, default=str), flush=True)
QgsProject.instance().clear()  # every layer gone before QGIS exits, or it crashes
app.exitQgis()
