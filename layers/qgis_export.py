"""A township project as a QGIS project (``.qgz``), so a county officer sees in QGIS what the township sees.

The project's GeoPackage goes beside the ``.qgz`` (the saved file itself when it is up to date, else the
project written afresh) and the QGIS project names it relatively (``./name.gpkg|layername=villages``), so
the two files travel together. Layers keep their order (layer tree and render order), visibility, CRS,
opacity and styles (the same QML the GeoPackage's ``layer_styles`` holds); the DEM is a GeoPackage raster
coloured with the terrain ramp and stretch the console uses, with QGIS's hillshade multiplied over it at
the console's shading strength. What QGIS cannot be given (a view of the township store) is named in the
notes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.gpkg_raster import split_gpkg_raster
from datasources.notes import Note, layer_note
from datasources.project_file import is_project_file, save_project
from datasources.qgis_project import (
    MULTIPLY,
    QgisLayer,
    layer_id,
    project_document,
    project_tables,
    raster_pipe,
    write_qgz,
)
from layers.project import Project, is_store_layer

BACKGROUND = "#f4f1ea"
"""The map's background colour in the console, given to QGIS's canvas too."""
SHADE_STRENGTH = 0.45
"""How much of the hillshade darkens the DEM's tints (layers.shading: tint x (0.55 + 0.45 shade)); the
QGIS hillshade layer is multiplied over the DEM at this opacity, which is the same arithmetic."""
RELIEF_PROPERTY = "township/relief_of"
_GEOMETRY = {"point": "Point", "line": "Line", "polygon": "Polygon", "mixed": "Polygon", "none": "No geometry"}


@dataclass
class QgisExport:
    """What an export wrote: the QGIS project, the GeoPackage it names, and notes on what was left out."""

    path: Path
    gpkg: Path
    layers: int
    notes: list[Note] = field(default_factory=list)


def export_qgis_project(project: Project, out: str | Path, feedback: Feedback | None = None,
                        relief_name: str = "{layer} (hillshade)") -> QgisExport:
    """Write ``project`` as the QGIS project ``out`` (``.qgz`` or ``.qgs``) with its GeoPackage beside it.

    Parameters
    ----------
    project : Project
    out : str or Path
    feedback : Feedback, optional
        Told how far the export is; asked whether to stop while the GeoPackage is written.
    relief_name : str
        Name of the hillshade layer over a DEM in QGIS's layer tree (``{layer}`` is the DEM's name).

    Raises
    ------
    UnsupportedFormat
        When ``out`` is neither ``.qgz`` nor ``.qgs``.
    WriteFailed
        When a file cannot be written.
    """
    out = Path(out)
    feedback = Feedback.of(feedback)
    if out.suffix.lower() not in (".qgz", ".qgs"):
        raise UnsupportedFormat(out, QT_TRANSLATE_NOOP("DataSourceError", "a QGIS project is a .qgz or .qgs file"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Name the file with .qgz at the end."))
    out.parent.mkdir(parents=True, exist_ok=True)
    gpkg = _geopackage(project, out, Feedback(lambda f, m: feedback.progress(0.9 * f, m), feedback.is_cancelled))
    feedback.progress(0.9, "writing the QGIS project")
    tables = project_tables(gpkg)
    notes: list[Note] = []
    layers: list[QgisLayer] = []
    for layer in project.layers:
        layers.extend(_qgis_layers(layer, tables.get(layer.id), gpkg, out.parent, notes, relief_name))
    extent = project.layers.extent_in(project.crs)
    view = project.settings.get("view")
    if isinstance(view, list) and len(view) == 4 and project.settings.get("view_crs", project.crs) == project.crs:
        extent = tuple(float(v) for v in view)
    title = str(project.settings.get("title") or out.stem)
    write_qgz(out, project_document(layers, project.crs, extent, title=title, background=BACKGROUND))
    feedback.progress(1.0, "exported")
    return QgisExport(out, gpkg, len(layers), notes)


def _geopackage(project: Project, out: Path, feedback: Feedback) -> Path:
    """The project's GeoPackage beside ``out``: the saved file (copied when it lives elsewhere) when the
    project has no unsaved change, else the project written afresh as ``<out stem>.gpkg``."""
    saved = project.path
    if saved is not None and not project.dirty and Path(saved).is_file():
        target = out.parent / Path(saved).name
        if target.resolve() != Path(saved).resolve():
            _refuse_foreign(target)
            shutil.copyfile(saved, target)
        return target
    target = out.with_suffix(".gpkg")
    if saved is not None and target.resolve() == Path(saved).resolve():
        target = out.with_name(f"{out.stem}.data.gpkg")  # never save the user's project behind their back
    _refuse_foreign(target)
    kept = [layer for layer in project.layers if getattr(layer, "in_project_file", True)]
    settings = {k: v for k, v in project.settings.items() if k != "store_layers"}
    save_project(target, [layer.state() for layer in kept], {**settings, "crs": project.crs}, feedback)
    return target


def _refuse_foreign(target: Path) -> None:
    if target.exists() and not is_project_file(target):
        raise UnsupportedFormat(target, QT_TRANSLATE_NOOP("DataSourceError",
                                                          "a file of that name is there and is not a "
                                                          "township project"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose another folder or name."))


def _qgis_layers(layer, entry: dict | None, gpkg: Path, folder: Path, notes: list[Note],
                 relief_name: str) -> list[QgisLayer]:
    from layers.qml import style_to_qml

    if is_store_layer(layer):
        notes.append(layer_note(layer.name, Note(QT_TRANSLATE_NOOP(
            "DataSourceNote", "a view of the township store, not kept in the project file; "
                              "it is not in the QGIS project"))))
        return []
    common = {"id": layer_id(layer.source_name, layer.id), "name": layer.name, "visible": layer.visible,
              "crs": layer.crs, "extent": layer.extent}
    table = (entry or {}).get("table")
    kind = getattr(layer, "kind", "")
    if table and kind != "raster" and hasattr(layer, "geometry_kind"):
        geometry = layer.geometry_kind
        if geometry == "mixed":
            notes.append(layer_note(layer.name, Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "holds points, lines and polygons together; QGIS shows one kind per layer"))))
        return [QgisLayer(kind="vector", provider="ogr", datasource=f"./{gpkg.name}|layername={table}",
                          geometry=_GEOMETRY.get(geometry, "Polygon"),
                          qml=style_to_qml(layer.style, geometry, layer.source_name, opacity=layer.opacity),
                          **common)]
    if kind == "raster":
        source = f"GPKG:./{gpkg.name}:{table}" if table else _relative(layer.path, folder)
        return _raster_layers(layer, source, common, relief_name)
    if kind == "basemap" and getattr(getattr(layer, "source", None), "path", None) is not None:
        pipe = raster_pipe("rgb", 1, 0, 255, [], opacity=layer.opacity)
        return [QgisLayer(kind="raster", provider="gdal", datasource=_relative(layer.source.path, folder),
                          pipe=pipe, **common)]
    if kind == "web_basemap" or getattr(getattr(layer, "source", None), "template", None):
        from urllib.parse import quote

        template = layer.source.template
        if not _plain_xyz(template):
            notes.append(layer_note(layer.name, Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "a web basemap that needs a key or a tile matrix; add it in QGIS yourself"))))
            return []
        pipe = raster_pipe("colordata", 1, 0, 255, [], opacity=layer.opacity)
        return [QgisLayer(kind="raster", provider="wms", pipe=pipe,
                          datasource=f"type=xyz&url={quote(template, safe='')}&zmax=18&zmin=0", **common)]
    notes.append(layer_note(layer.name, Note(QT_TRANSLATE_NOOP(
        "DataSourceNote", "a {kind} layer has no counterpart in QGIS; it is not in the QGIS project"),
        kind=kind or type(layer).__name__)))
    return []


def _raster_layers(layer, source: str, common: dict, relief_name: str) -> list[QgisLayer]:
    from layers.shading import GREYS, TERRAIN

    terrain = (layer.style.ramp or "terrain") == "terrain"
    vmin, vmax = layer.vmin, layer.vmax
    vmin = 0.0 if vmin is None else float(vmin)
    vmax = vmin + 1.0 if vmax is None or vmax <= vmin else float(vmax)
    stops = [(float(f), tuple(c)) for f, c in (TERRAIN if terrain else GREYS)]
    band = int(getattr(layer, "band", 1))
    dem = QgisLayer(kind="raster", provider="gdal", datasource=source,
                    pipe=raster_pipe("pseudocolor", band, vmin, vmax, stops, opacity=layer.opacity), **common)
    if not terrain:
        return [dem]
    relief = QgisLayer(kind="raster", provider="gdal", datasource=source,
                       pipe=raster_pipe("hillshade", band, vmin, vmax, [], opacity=SHADE_STRENGTH * layer.opacity),
                       blend_mode=MULTIPLY, properties={RELIEF_PROPERTY: dem.id},
                       **{**common, "id": f"{dem.id}_relief", "name": relief_name.format(layer=layer.name)})
    return [relief, dem]


def _plain_xyz(template: str) -> bool:
    """True for a template QGIS's XYZ layer takes as it is (``{z} {x} {y}`` or ``{-y}`` only)."""
    import re

    return set(re.findall(r"{([^}]*)}", template)) <= {"z", "x", "y", "-y"}


def _relative(path, folder: Path) -> str:
    import os

    split = split_gpkg_raster(path)
    if split is not None:
        file, table = split
        return f"GPKG:{_relative(file, folder)}:{table}"
    path = Path(path).resolve()
    try:
        text = Path(os.path.relpath(path, folder.resolve())).as_posix()
    except ValueError:  # another drive
        return path.as_posix()
    return text if text.startswith("../") else f"./{text}"
