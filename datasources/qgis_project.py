"""Writing QGIS projects: a ``.qgs`` document (QGIS 3.22's format) and the ``.qgz`` zip that holds it.

The caller describes each layer with a :class:`QgisLayer` (its data source already relative to the project
file, its style as a QGIS ``.qml`` document or a raster ``<pipe>``) and the order it is drawn in; this
module knows the project's XML: the CRS blocks (``spatialrefsys`` with WKT, PROJ string and authority id),
the layer tree (order and check boxes), the render order, the map canvas's CRS and extent, and the
``Paths/Absolute = false`` property that makes QGIS resolve ``./file.gpkg`` against the project file.
Reading a received project is :mod:`datasources.qgis_read`.
"""

from __future__ import annotations

import math
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, WriteFailed

QGIS_VERSION = "3.22.16-Białowieża"
DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
MULTIPLY = 7
"""QGIS's BlendMultiply (QgsPainting::BlendMode, the number a project file stores; not Qt's own)."""
_KEEP_FROM_QML = ("renderer-v2", "labeling", "customproperties", "blendMode", "featureBlendMode",
                  "layerOpacity", "layerGeometryType")
_QML_ATTRIBUTES = ("labelsEnabled", "hasScaleBasedVisibilityFlag", "minScale", "maxScale")


@dataclass
class QgisLayer:
    """One layer of a QGIS project, as the project file says it.

    Attributes
    ----------
    id, name : str
        QGIS's layer id (unique in the project) and the name shown in its layer tree.
    kind : {"vector", "raster"}
    provider : str
        ``"ogr"``, ``"gdal"`` or ``"wms"`` (XYZ tiles).
    datasource : str
        ``./file.gpkg|layername=table``, ``GPKG:./file.gpkg:table``, a path, or a ``type=xyz&url=..`` URI.
    crs : str or None
        ``EPSG:xxxx`` or WKT.
    visible : bool
    extent : tuple or None
        (minx, miny, maxx, maxy) in ``crs``.
    geometry : str
        ``Point``, ``Line``, ``Polygon`` or ``No geometry`` (vectors).
    qml : str
        A vector's style as a ``.qml`` document (its renderer, labels and opacity are taken over).
    pipe : ET.Element or None
        A raster's ``<pipe>`` (see :func:`raster_pipe`).
    blend_mode : int
    properties : dict
        Custom properties of the layer (``township/...`` keys).
    """

    id: str
    name: str
    kind: str
    provider: str
    datasource: str
    crs: str | None = None
    visible: bool = True
    extent: tuple | None = None
    geometry: str = ""
    qml: str = ""
    pipe: ET.Element | None = None
    blend_mode: int = 0
    properties: dict = field(default_factory=dict)


def project_tables(gpkg: str | Path) -> dict[str, dict]:
    """The layer entries of a township project file by layer id (their ``table`` and ``kind``); empty when
    the file holds no project table."""
    import contextlib
    import json
    import sqlite3

    uri = f"{Path(gpkg).resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            row = con.execute("SELECT value FROM township_project WHERE key = 'layers'").fetchone()
        entries = json.loads(row[0]) if row else []
    except (sqlite3.Error, ValueError, RecursionError):
        return {}
    return {str(e.get("id")): e for e in entries if isinstance(e, dict)}


def layer_id(name: str, key: str) -> str:
    """A QGIS-style layer id: the name's word characters and a key (``villages_1f3a...``)."""
    stem = re.sub(r"\W+", "_", name, flags=re.ASCII).strip("_") or "layer"
    return f"{stem}_{re.sub(r'[^0-9A-Za-z]', '_', key)}"


# ---------------------------------------------------------------------- CRS
def spatialrefsys(parent: ET.Element, crs: str | None) -> ET.Element:
    """A ``<spatialrefsys>`` as QGIS writes it (WKT2, PROJ string, authority id, description)."""
    srs = ET.SubElement(parent, "spatialrefsys", nativeFormat="Wkt")
    if not crs:
        return srs
    from pyproj import CRS

    parsed = CRS.from_user_input(crs)
    auth = parsed.to_authority()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "you will likely lose information": QGIS reads the WKT first
            proj4 = parsed.to_proj4().replace(" +type=crs", "")  # as QGIS writes it
    except Exception:  # noqa: BLE001 — some CRSs have no PROJ string; the WKT is enough
        proj4 = ""
    values = {"wkt": parsed.to_wkt(), "proj4": proj4, "srid": auth[1] if auth and auth[0] == "EPSG" else "",
              "authid": f"{auth[0]}:{auth[1]}" if auth else "", "description": parsed.name,
              "projectionacronym": _acronym(proj4, "proj"), "ellipsoidacronym": _acronym(proj4, "ellps"),
              "geographicflag": "true" if parsed.is_geographic else "false"}
    for key, value in values.items():
        ET.SubElement(srs, key).text = str(value)
    return srs


def _acronym(proj4: str, key: str) -> str:
    match = re.search(rf"\+{key}=(\S+)", proj4)
    return match.group(1) if match else ""


# ---------------------------------------------------------------------- raster styles
def raster_pipe(kind: str, band: int, vmin: float, vmax: float, stops: list[tuple[float, tuple]],
                opacity: float = 1.0, azimuth: float = 315.0, altitude: float = 45.0) -> ET.Element:
    """A raster layer's ``<pipe>``.

    Parameters
    ----------
    kind : {"pseudocolor", "gray", "hillshade", "rgb", "colordata"}
        A colour ramp interpolated between ``stops`` (fractions of ``vmin..vmax`` and RGB), a grey
        stretch, QGIS's hillshade of the band, bands 1-3 as red, green and blue (4 as alpha: MBTiles), or the
        colours of a web tile layer.
    band : int
    vmin, vmax : float
    stops : list of (fraction, (r, g, b))
    opacity : float
    """
    pipe = ET.Element("pipe")
    provider = ET.SubElement(pipe, "provider")
    ET.SubElement(provider, "resampling", enabled="false", maxOversampling="2",
                  zoomedInResamplingMethod="nearestNeighbour", zoomedOutResamplingMethod="bilinear")
    common = {"alphaBand": "-1", "opacity": _num(opacity), "nodataColor": ""}
    if kind == "colordata":  # what a web tile layer gives: colours, one band
        renderer = ET.SubElement(pipe, "rasterrenderer", type="singlebandcolordata", band="1", **common)
        ET.SubElement(renderer, "rasterTransparency")
    elif kind == "rgb":
        renderer = ET.SubElement(pipe, "rasterrenderer", type="multibandcolor", redBand="1", greenBand="2",
                                 blueBand="3", **{**common, "alphaBand": "4"})
        ET.SubElement(renderer, "rasterTransparency")
    elif kind == "hillshade":
        ET.SubElement(pipe, "rasterrenderer", type="hillshade", band=str(band), angle=_num(altitude),
                      azimuth=_num(azimuth), zfactor="1", multidirection="0", **common)
    elif kind == "gray":
        renderer = ET.SubElement(pipe, "rasterrenderer", type="singlebandgray", grayBand=str(band),
                                 gradient="BlackToWhite", **common)
        ET.SubElement(renderer, "rasterTransparency")
        contrast = ET.SubElement(renderer, "contrastEnhancement")
        ET.SubElement(contrast, "minValue").text = _num(vmin)
        ET.SubElement(contrast, "maxValue").text = _num(vmax)
        ET.SubElement(contrast, "algorithm").text = "StretchToMinimumMaximum"
    else:
        renderer = ET.SubElement(pipe, "rasterrenderer", type="singlebandpseudocolor", band=str(band),
                                 classificationMin=_num(vmin), classificationMax=_num(vmax), **common)
        ET.SubElement(renderer, "rasterTransparency")
        origin = ET.SubElement(renderer, "minMaxOrigin")
        for key, value in (("limits", "None"), ("extent", "WholeRaster"), ("statAccuracy", "Estimated")):
            ET.SubElement(origin, key).text = value
        shader = ET.SubElement(ET.SubElement(renderer, "rastershader"), "colorrampshader",
                               colorRampType="INTERPOLATED", classificationMode="1", clip="0",
                               minimumValue=_num(vmin), maximumValue=_num(vmax), labelPrecision="0")
        span = vmax - vmin
        for fraction, (r, g, b) in stops:
            value = vmin + fraction * span
            ET.SubElement(shader, "item", alpha="255", value=_num(value), label=f"{value:.0f}",
                          color=f"#{int(r):02x}{int(g):02x}{int(b):02x}")
    ET.SubElement(pipe, "brightnesscontrast", brightness="0", contrast="0", gamma="1")
    ET.SubElement(pipe, "huesaturation", saturation="0", grayscaleMode="0", colorizeOn="0",
                  colorizeRed="255", colorizeGreen="128", colorizeBlue="128", colorizeStrength="100",
                  invertColors="0")
    ET.SubElement(pipe, "rasterresampler", maxOversampling="2")
    ET.SubElement(pipe, "resamplingStage").text = "resamplingFilter"
    return pipe


def _num(value: float) -> str:
    value = float(value)
    return repr(value) if math.isfinite(value) else "0"


# ---------------------------------------------------------------------- the document
def project_document(layers: list[QgisLayer], crs: str, extent: tuple | None, title: str = "",
                     background: str = "#ffffff") -> str:
    """The ``.qgs`` text of a project whose ``layers`` are given top first (drawing order)."""
    root = ET.Element("qgis", projectname=title, version=QGIS_VERSION, saveUser="", saveUserFull="")
    ET.SubElement(root, "homePath", path="")
    ET.SubElement(root, "title").text = title
    spatialrefsys(ET.SubElement(root, "projectCrs"), crs)
    tree = ET.SubElement(root, "layer-tree-group")
    _custom(tree, {})
    for layer in layers:
        node = ET.SubElement(tree, "layer-tree-layer", id=layer.id, name=layer.name, source=layer.datasource,
                             providerKey=layer.provider, expanded="1", legend_exp="", patch_size="-1,-1",
                             legend_split_behavior="0",
                             checked="Qt::Checked" if layer.visible else "Qt::Unchecked")
        _custom(node, {})
    order = ET.SubElement(tree, "custom-order", enabled="0")
    for layer in layers:
        ET.SubElement(order, "item").text = layer.id
    ET.SubElement(root, "relations")
    canvas = ET.SubElement(root, "mapcanvas", name="theMapCanvas", annotationsVisible="1")
    from pyproj import CRS

    ET.SubElement(canvas, "units").text = "degrees" if CRS.from_user_input(crs).is_geographic else "meters"
    if extent is not None:
        _extent(canvas, extent)
    ET.SubElement(canvas, "rotation").text = "0"
    spatialrefsys(ET.SubElement(canvas, "destinationsrs"), crs)
    ET.SubElement(canvas, "rendermaptile").text = "0"
    view = ET.SubElement(root, "ProjectViewSettings", UseProjectScales="0", rotation="0")
    ET.SubElement(view, "Scales")
    if extent is not None:  # what QGIS shows when it opens the project
        default = ET.SubElement(view, "DefaultViewExtent", **dict(zip(("xmin", "ymin", "xmax", "ymax"),
                                                                     map(_num, extent), strict=True)))
        spatialrefsys(default, crs)
    maplayers = ET.SubElement(root, "projectlayers")
    for layer in layers:
        maplayers.append(_maplayer(layer))
    render_order = ET.SubElement(root, "layerorder")
    for layer in layers:
        ET.SubElement(render_order, "layer", id=layer.id)
    properties = ET.SubElement(root, "properties")
    paths = ET.SubElement(properties, "Paths")
    ET.SubElement(paths, "Absolute", type="bool").text = "false"
    projections = ET.SubElement(properties, "SpatialRefSys")
    ET.SubElement(projections, "ProjectionsEnabled", type="int").text = "1"  # else QGIS skips <projectCrs>
    gui = ET.SubElement(properties, "Gui")
    r, g, b = (int(background.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    for part, value in (("Red", r), ("Green", g), ("Blue", b)):
        ET.SubElement(gui, f"CanvasColor{part}Part", type="int").text = str(value)
    ET.indent(root, space="  ")
    return DOCTYPE + "\n" + ET.tostring(root, encoding="unicode") + "\n"


def _custom(parent: ET.Element, values: dict) -> None:
    holder = ET.SubElement(parent, "customproperties")
    box = ET.SubElement(holder, "Option", type="Map") if values else ET.SubElement(holder, "Option")
    for key, value in values.items():
        ET.SubElement(box, "Option", name=key, value=str(value), type="QString")


def _extent(parent: ET.Element, extent: tuple) -> None:
    box = ET.SubElement(parent, "extent")
    for key, value in zip(("xmin", "ymin", "xmax", "ymax"), extent, strict=True):
        ET.SubElement(box, key).text = _num(value)


def _maplayer(layer: QgisLayer) -> ET.Element:
    attributes = {"type": layer.kind, "styleCategories": "AllStyleCategories", "autoRefreshEnabled": "0",
                  "refreshOnNotifyEnabled": "0", "hasScaleBasedVisibilityFlag": "0", "minScale": "1e+08",
                  "maxScale": "0"}
    qml = ET.fromstring(layer.qml.split("\n", 1)[1]) if layer.qml else None
    if layer.kind == "vector":
        attributes.update(geometry=layer.geometry or "Polygon", readOnly="0", simplifyDrawingHints="1",
                          simplifyDrawingTol="1", simplifyLocal="1", simplifyAlgorithm="0",
                          simplifyMaxScale="1", labelsEnabled="0", minScale="0")
        if qml is not None:
            attributes.update({k: qml.get(k) for k in _QML_ATTRIBUTES if qml.get(k) is not None})
    element = ET.Element("maplayer", attributes)
    if layer.extent is not None:
        _extent(element, layer.extent)
    ET.SubElement(element, "id").text = layer.id
    ET.SubElement(element, "datasource").text = layer.datasource
    ET.SubElement(element, "layername").text = layer.name
    spatialrefsys(ET.SubElement(element, "srs"), layer.crs)
    provider = ET.SubElement(element, "provider", encoding="UTF-8") if layer.kind == "vector" \
        else ET.SubElement(element, "provider")
    provider.text = layer.provider
    style = ET.SubElement(element, "map-layer-style-manager", current="default")
    ET.SubElement(style, "map-layer-style", name="default")
    properties = dict(layer.properties)
    if qml is not None:  # the style's own properties (the township's ramp and method) go with the layer
        properties = {**{o.get("name"): o.get("value", "") for o in qml.findall("customproperties/Option/Option")
                         if o.get("name")}, **properties}
    if layer.kind == "vector" and qml is not None and layer.geometry != "No geometry":
        for child in qml:
            if child.tag in _KEEP_FROM_QML and child.tag != "customproperties":
                element.append(child)
    if layer.pipe is not None:
        element.append(layer.pipe)
    if layer.kind == "raster":
        ET.SubElement(element, "blendMode").text = str(layer.blend_mode)
    _custom(element, properties)
    return element


def write_qgz(path: str | Path, document: str) -> Path:
    """Write ``document`` as ``path`` (a ``.qgz`` zip holding ``<stem>.qgs``, or a plain ``.qgs``),
    atomically."""
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            if path.suffix.lower() == ".qgs":
                tmp.write_text(document, encoding="utf-8")
            else:
                with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr(f"{path.stem}.qgs", document.encode("utf-8"))
    except OSError as exc:
        raise WriteFailed(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                  "the QGIS project could not be written ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the folder and the free disk space."),
                          reason=str(exc)) from exc
    return path
