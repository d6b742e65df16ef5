"""A QGIS project received from the county, opened as a township project.

Its file-based vector layers (the ``ogr`` provider: GeoPackage, Shapefile, GeoJSON...) and raster layers
(``gdal``) are read with their CRS, order and visibility; their single, categorized and graduated styles,
labels and opacity become the console's styles through the QML reader. Whatever cannot come along (other
providers such as WMS, PostGIS or virtual layers, rule-based and other renderers, symbol layers the console
does not draw, label expressions, filters, missing files) is said in a note per layer, never dropped
without a word. The result can be saved as the township's project GeoPackage.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError
from datasources.feedback import Feedback
from datasources.notes import Note, layer_note
from datasources.options import ReadOptions
from datasources.qgis_read import ReceivedLayer, read_qgis_project
from layers.project import DEFAULT_CRS, Project
from layers.qgis_export import RELIEF_PROPERTY
from layers.style import Style

_RENDERERS = {"singleSymbol", "categorizedSymbol", "graduatedSymbol"}
_SYMBOL_LAYERS = {"SimpleFill", "SimpleLine", "SimpleMarker"}
_KIND_WORDS = {"vector": QT_TRANSLATE_NOOP("DataSourceNote", "vector"),
               "raster": QT_TRANSLATE_NOOP("DataSourceNote", "raster")}
_STYLE_PARTS = ("renderer-v2", "labeling", "customproperties", "layerOpacity", "layerGeometryType")


@dataclass
class QgisImport:
    """The project made of a received QGIS project, and what could not be carried over."""

    project: Project
    notes: list[Note] = field(default_factory=list)
    saved: Path | None = None


def import_qgis_project(path: str | Path, out: str | Path | None = None,
                        feedback: Feedback | None = None) -> QgisImport:
    """Open the QGIS project ``path`` as a township :class:`Project` (saved as ``out`` when given).

    Raises
    ------
    DataSourceError
        When the project file itself cannot be read (a layer that cannot be read is a note instead).
    """
    feedback = Feedback.of(feedback)
    received = read_qgis_project(path)
    notes: list[Note] = list(received.notes)
    project = Project(crs=received.crs or DEFAULT_CRS)
    if received.crs is None:
        notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the project names no coordinate system; {crs} "
                                                              "is used"), crs=DEFAULT_CRS))
    layers = []
    for i, layer in enumerate(received.layers):
        feedback.check(path)
        feedback.progress(i / (len(received.layers) + 1), f"reading {layer.name}")
        made = _layer(layer, project.crs, notes, feedback.step(i, len(received.layers) + 1))
        notes.extend(layer_note(layer.name, note) for note in layer.notes)
        if made is not None:
            layers.append(made)
    project.layers.extend(layers)
    if received.extent is not None:
        project.settings["view"] = list(received.extent)
        project.settings["view_crs"] = project.crs
    project.settings["title"] = received.title or Path(path).stem
    project.warnings.extend(notes)
    result = QgisImport(project, notes)
    if out is not None:
        feedback.progress(len(received.layers) / (len(received.layers) + 1), "saving the project")
        share = len(received.layers) / (len(received.layers) + 1)
        result.saved = project.save(out, Feedback(lambda f, m: feedback.progress(share + (1 - share) * f, m),
                                                  feedback.is_cancelled))
    feedback.progress(1.0, "imported")
    return result


def _layer(layer: ReceivedLayer, project_crs: str, notes: list[Note], feedback: Feedback):
    def note(template: str, **params) -> None:
        layer.notes.append(Note(template, **params))

    if layer.kind == "vector" and layer.provider == "ogr":
        return _vector(layer, project_crs, note, feedback) if layer.file is not None else None
    if layer.kind == "raster" and layer.provider == "gdal":
        return _raster(layer, note) if layer.file is not None else None
    note(QT_TRANSLATE_NOOP("DataSourceNote", "a {kind} layer of the {provider} provider (web services, databases "
                                             "and virtual layers are not carried over); it was left out"),
         kind=Note(_KIND_WORDS[layer.kind]) if layer.kind in _KIND_WORDS else layer.kind or "?",
         provider=layer.provider or "?")
    return None


def _vector(layer: ReceivedLayer, project_crs: str, note, feedback: Feedback):
    from datasources.vector import list_layers, open_vector
    from layers.qml import layer_opacity_from_qml, style_from_qml
    from layers.vector import VectorLayer

    table = layer.table
    try:
        if table is None and layer.layer_index is not None:
            names = [info.name for info in list_layers(layer.file)]
            table = names[layer.layer_index] if layer.layer_index < len(names) else None
        options = ReadOptions(layer=table, project_crs=project_crs)
        source = open_vector(layer.file, options, feedback)
    except DataSourceError as exc:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its data could not be read ({reason}); it was left out"),
             reason=exc.message)
        return None
    if layer.element.get("hasScaleBasedVisibilityFlag") == "1":
        note(QT_TRANSLATE_NOOP("DataSourceNote", "QGIS showed it only between scales 1:{max_scale} and 1:{min_scale}; "
                                                 "it is shown at every scale"),
             max_scale=layer.element.get("maxScale", "0"), min_scale=layer.element.get("minScale", "0"))
    if layer.element.find("vectorjoins/join") is not None:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its joins to other layers are not carried over"))
    if layer.subset:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "QGIS showed only the features matching the filter {subset}; all of "
                                                 "them are shown"), subset=layer.subset[:200])
    for warning in source.warnings:
        layer.notes.append(warning)
    qml = _style_document(layer.element)
    style, opacity = None, 1.0
    if qml is not None:
        labels = _check_style(qml, note)
        text = ET.tostring(qml, encoding="unicode")
        try:
            style = style_from_qml(text)
            style = style if labels else style.replace(label_field=None)
        except ValueError as exc:
            note(QT_TRANSLATE_NOOP("DataSourceNote", "its style could not be read ({reason}); a plain style is "
                                                     "used"), reason=str(exc))
        opacity = layer_opacity_from_qml(text)
    name = source.layer or layer.name
    crs = source.crs
    if layer.crs and (crs is None or source.crs_assumed):  # the file says none: what QGIS was told is used
        crs = layer.crs
        note(QT_TRANSLATE_NOOP("DataSourceNote", "the file declares no coordinate system; {crs}, as the project "
                                                 "says, is used"), crs=crs if len(crs) < 40 else crs[:37] + "...")
    kind = VectorLayer._kind_for(name, source.data)
    vector = kind(source.data, name=name, crs=crs, source=source, style=style, visible=layer.visible,
                  opacity=1.0 if opacity is None else opacity, title=_title(layer.name, name))
    if style is not None and style.kind != "single" and style.field and style.field not in source.data.columns:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its style classifies the field {field!r}, which the data do not "
                                                 "have"), field=style.field)
    return vector


def _style_document(element: ET.Element) -> ET.Element | None:
    """The parts of a ``<maplayer>`` that make its style, as a ``.qml`` document."""
    if element.find("renderer-v2") is None:
        return None
    qml = ET.Element("qgis", {k: element.get(k, "") for k in ("labelsEnabled",) if element.get(k) is not None})
    for tag in _STYLE_PARTS:
        part = element.find(tag)
        if part is not None:
            qml.append(part)
    return qml


def _check_style(qml: ET.Element, note) -> bool:
    """Notes for the parts of a QGIS style the console does not draw; False when its labels cannot come."""
    renderer = qml.find("renderer-v2")
    kind = renderer.get("type", "") if renderer is not None else ""
    if kind not in _RENDERERS:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its {renderer} renderer is not carried over; it is drawn with "
                                                 "one symbol"), renderer=kind or "?")
    unknown = set()
    for symbol in renderer.iter("symbol") if kind in _RENDERERS else ():
        layers = symbol.findall("layer")
        unknown.update(layer.get("class", "?") for layer in layers if layer.get("class") not in _SYMBOL_LAYERS)
        if len(layers) > 1:
            unknown.add(QT_TRANSLATE_NOOP("DataSourceNote", "stacked symbol layers"))
    if unknown:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its symbols use {parts}, which the console draws as simple "
                                                 "fills, lines and markers"), parts=", ".join(sorted(unknown)))
    labeling = qml.find("labeling")
    if labeling is None or qml.get("labelsEnabled") == "0":
        return True
    text = labeling.find("settings/text-style")
    if labeling.get("type") != "simple" or text is None:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its {labeling} labels are not carried over"),
             labeling=labeling.get("type", "?"))
        return False
    if text.get("isExpression") == "1":
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its labels are the expression {expression!r}, which the "
                                                 "console cannot evaluate; they are left out"),
             expression=(text.get("fieldName") or "")[:200])
        return False
    return True


def _raster(layer: ReceivedLayer, note):
    from datasources.gpkg_raster import gpkg_raster_name
    from layers.raster import RasterLayer

    pipe = layer.element.find("pipe/rasterrenderer")
    kind = pipe.get("type", "") if pipe is not None else ""
    props = {o.get("name"): o.get("value") for o in layer.element.findall("customproperties/Option/Option")}
    if kind == "hillshade":
        if props.get(RELIEF_PROPERTY):
            note(QT_TRANSLATE_NOOP("DataSourceNote", "the relief shading of a DEM; the console shades the DEM "
                                                     "itself"))
        else:
            note(QT_TRANSLATE_NOOP("DataSourceNote", "a hillshade layer is not carried over; a DEM drawn with the "
                                                     "terrain ramp is shaded by the console"))
        return None
    path = gpkg_raster_name(layer.file, layer.table) if layer.table else layer.file
    band = _int(pipe.get("band") or pipe.get("grayBand"), 1) if pipe is not None else 1
    style = Style(ramp="terrain")
    if kind == "singlebandpseudocolor":
        style = Style(ramp="terrain", vmin=_float(pipe.get("classificationMin")),
                      vmax=_float(pipe.get("classificationMax")))
        if not props.get("township/relief_of") and not _township_terrain(pipe):
            note(QT_TRANSLATE_NOOP("DataSourceNote", "its colour ramp is drawn with the console's terrain ramp"))
    elif kind == "singlebandgray":
        style = Style(ramp="greys", vmin=_float(pipe.findtext("contrastEnhancement/minValue")),
                      vmax=_float(pipe.findtext("contrastEnhancement/maxValue")))
    elif kind:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its {renderer} rendering is not carried over; band {band} is "
                                                 "drawn"), renderer=kind, band=band)
    opacity = _float(pipe.get("opacity")) if pipe is not None else None
    opacity = 1.0 if opacity is None else min(max(opacity, 0.0), 1.0)
    try:
        name = layer.table or Path(layer.file).stem
        raster = RasterLayer(path, name=name, title=_title(layer.name, name),
                             visible=layer.visible, opacity=opacity)
        if 1 <= band <= raster.info.count:
            raster.band = band
        if style.ramp == "greys" or raster.style.ramp == "terrain":
            raster.style = style
    except (DataSourceError, ValueError, OSError) as exc:
        note(QT_TRANSLATE_NOOP("DataSourceNote", "its raster could not be read ({reason}); it was left out"),
             reason=getattr(exc, "message", str(exc)))
        return None
    return raster


def _title(shown: str, source_name: str) -> str | None:
    """The display name to keep: none when QGIS shows the source's own name (then the layer follows the
    interface language, as the township's layers do)."""
    from layers.code_lists import layer_title

    return None if shown in (source_name, layer_title(source_name)) else shown


def _township_terrain(renderer: ET.Element) -> bool:
    """True for the ramp the console itself exports (its terrain tints)."""
    from layers.shading import TERRAIN

    colours = [item.get("color", "").lower() for item in renderer.iter("item")]
    ours = ["#{:02x}{:02x}{:02x}".format(*c) for _, c in TERRAIN]
    return colours == ours


def _float(text) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value else None


def _int(text, default: int) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return default
