"""The project file: one GeoPackage that carries a township's layers, their styles and the map settings.

Each vector layer is a GeoPackage 1.3 feature table; its style is in the ``layer_styles`` table exactly as QGIS
keeps it (``useAsDefault = 1``, so QGIS draws the layer the same way when it opens the file); everything else
(project CRS, layer order, visibility, opacity, style JSON, layer ids) is JSON in a ``township_project``
key/value table. Rasters are kept in the file too (a float DEM as a 2D gridded coverage, see
:mod:`datasources.gpkg_raster`), so the one file is the whole project and QGIS opens the DEM from it; only a
raster the format cannot hold (several bands of numbers, a rotated grid) or one over :data:`EMBED_LIMIT`
stays a file beside the project, named relative to it. A save builds the new file beside the old one and
renames it over the old one only when it is complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from datasources.atomic import atomic_path
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, UnsupportedFormat, WriteFailed
from datasources.feedback import Feedback
from datasources.gpkg_raster import (
    embeddable,
    gpkg_raster_name,
    split_gpkg_raster,
    write_gpkg_raster,
)
from datasources.source import PROBLEM_COLUMN
from datasources.validity import flag_problems

FORMAT_VERSION = 1
EMBED_LIMIT = 1 << 30
"""Rasters up to this many bytes (1 GiB) are copied into the project file; larger ones stay beside it."""
SETTINGS_TABLE = "township_project"
STYLES_TABLE = "layer_styles"
_RESERVED = {SETTINGS_TABLE, STYLES_TABLE, "sqlite_sequence"}
_LAYER_STYLES_DDL = (
    'CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
    '"f_table_catalog" TEXT(256), "f_table_schema" TEXT(256), "f_table_name" TEXT(256), '
    '"f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, '
    '"useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), '
    "\"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
)


def is_project_file(path: str | Path) -> bool:
    """True when ``path`` is a GeoPackage holding a township project table."""
    path = Path(path)
    if path.suffix.lower() != ".gpkg" or not path.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            row = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?",
                              (SETTINGS_TABLE,)).fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def _qml_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _table_names(names: list[str]) -> list[str]:
    """Unique GeoPackage table names for layer names (SQLite compares names without case)."""
    taken = {n.lower() for n in _RESERVED}
    out = []
    for name in names:
        base = "".join(c if c.isprintable() and c not in '"' else "_" for c in name).strip() or "layer"
        if base.lower().startswith(("gpkg", "rtree_", "sqlite_")):
            base = f"layer_{base}"
        candidate, n = base, 2
        while candidate.lower() in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate.lower())
        out.append(candidate)
    return out


def _embed(raster) -> bool:
    """True for a raster the project file can hold: a table of a GeoPackage, or a file GDAL can copy
    into one that is not too large."""
    if raster is None:
        return False
    if split_gpkg_raster(raster) is not None:
        return True
    raster = Path(raster)
    return raster.is_file() and raster.stat().st_size <= EMBED_LIMIT and embeddable(raster)


def _is_vector(layer: dict) -> bool:
    """An entry whose features go into a table of the file (a vector layer, or a kind built on one)."""
    return layer.get("kind", "vector") == "vector" or layer.get("data") is not None


def _relative(raster: str | Path, folder: Path) -> str:
    raster = Path(raster).resolve()
    try:
        return Path(os.path.relpath(raster, folder.resolve())).as_posix()
    except ValueError:  # another drive (Windows): keep it absolute
        return raster.as_posix()


def save_project(path: str | Path, layers: list[dict], settings: dict,
                 feedback: Feedback | None = None) -> Path:
    """Write a project file.

    Parameters
    ----------
    path : str or Path
        The ``.gpkg`` to write (replaced atomically when it exists).
    layers : list of dict
        In drawing order. Each has ``id``, ``name``, ``kind`` (``"vector"`` or ``"raster"``), ``visible``,
        ``opacity``, ``crs``, ``style`` (JSON-safe dict), ``qml`` (QGIS style text, vectors); a vector has
        ``data`` (GeoDataFrame; the ``_problem`` column is not stored), a raster ``path`` (and ``band``;
        the raster is copied into the file when it can be, and the entry is given its ``table``). Any
        kind with ``data`` (a GeoDataFrame) is stored as a vector table; ``params`` (JSON-safe) is kept as
        given and comes back in the loaded entry.
    settings : dict
        JSON-safe project settings (``crs`` among them); the key ``layers`` is reserved.
    feedback : Feedback, optional
        Told how far the save is; asked between layers whether to stop.

    Returns
    -------
    Path

    Raises
    ------
    WriteFailed
        When the file cannot be written (the previous file is left as it was).
    Cancelled
        When ``feedback`` was cancelled (the previous file is left as it was).
    """
    path = Path(path)
    feedback = Feedback.of(feedback)
    if "layers" in settings:
        raise ValueError("the settings key 'layers' is reserved for the layer list")
    vectors = [layer for layer in layers if _is_vector(layer)]
    rasters = [layer for layer in layers if layer.get("kind") == "raster" and _embed(layer.get("path"))]
    names = _table_names([str(layer["name"]) for layer in vectors + rasters])
    tables = iter(names[:len(vectors)])
    raster_tables = {id(layer): table for layer, table in zip(rasters, names[len(vectors):], strict=True)}
    entries: list[dict] = []
    styles: list[tuple[str, dict]] = []
    with atomic_path(path) as tmp:
        for i, layer in enumerate(layers):
            feedback.check(path)
            feedback.progress(i / (len(layers) + 1), f"saving {layer['name']}")
            entry = {k: layer.get(k) for k in ("id", "name", "title", "kind", "visible", "opacity", "crs", "style")}
            entry["kind"] = entry["kind"] or "vector"
            if layer.get("params") is not None:  # a layer kind's own JSON-safe state, given back as is
                entry["params"] = layer["params"]
            if _is_vector(layer):
                table = next(tables)
                _write_vector(tmp, table, layer["data"], path)
                entry["table"] = table
                entry["qml_digest"] = _qml_digest(layer.get("qml") or "")
                styles.append((table, layer))
            elif id(layer) in raster_tables:  # written into the file after the vector tables
                entry["table"] = raster_tables[id(layer)]
                entry["band"] = int(layer.get("band") or 1)
            elif layer.get("path") is not None:  # a raster or an MBTiles basemap beside the project
                entry["path"] = _relative(layer["path"], path.parent)
                entry["band"] = int(layer.get("band") or 1)
            elif layer.get("template"):  # a web basemap: its URL template (never the user's key)
                entry["template"] = layer["template"]
            entries.append(entry)
        for layer in rasters:
            feedback.check(path)
            feedback.progress(len(vectors) / (len(layers) + 1), f"saving {layer['name']}")
            write_gpkg_raster(layer["path"], tmp, raster_tables[id(layer)],
                              title=str(layer.get("title") or layer["name"]))  # QGIS shows it
            layer["table"] = raster_tables[id(layer)]
        feedback.check(path)
        feedback.progress(len(layers) / (len(layers) + 1), "saving styles and settings")
        _write_tables(tmp, path, styles, {**settings, "format_version": FORMAT_VERSION, "layers": entries})
    feedback.progress(1.0, "saved")
    return path


def _write_vector(tmp: Path, table: str, data: gpd.GeoDataFrame, target: Path) -> None:
    data = data.drop(columns=[PROBLEM_COLUMN], errors="ignore").reset_index(drop=True)
    if len(data) and data.geometry.isna().all():  # an attribute table: store it without geometry
        data = pd.DataFrame(data.drop(columns=[data.geometry.name]))
    try:
        pyogrio.write_dataframe(data, tmp, layer=table, driver="GPKG",
                                dataset_options={"VERSION": "1.3"} if not tmp.exists() else None)
    except Exception as exc:  # GDAL errors come in several types
        raise WriteFailed(target,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "layer {table!r} could not be written ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Check the free disk space and the layer's field "
                                            "names."),
                          table=table, reason=str(exc)) from exc


def _write_tables(tmp: Path, target: Path, styles: list[tuple[str, dict]], settings: dict) -> None:
    """Add ``layer_styles`` (as QGIS makes it) and ``township_project`` to the GeoPackage at ``tmp``."""
    # GDAL creates the GeoPackage (when there was no vector layer) and registers the table as attributes;
    # the table is then given QGIS's exact columns.
    empty = pd.DataFrame({"f_table_name": pd.Series([], dtype=object)})
    pyogrio.write_dataframe(empty, tmp, layer=STYLES_TABLE, driver="GPKG", layer_options={"FID": "id"},
                            dataset_options={"VERSION": "1.3"} if not tmp.exists() else None)
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as con, con:
            geometry_columns = dict(con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
            con.execute(f'DROP TABLE "{STYLES_TABLE}"')
            con.execute(_LAYER_STYLES_DDL)
            con.executemany(
                f'INSERT INTO "{STYLES_TABLE}" (f_table_catalog, f_table_schema, f_table_name, '
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL)",
                [(table, geometry_columns.get(table, "geom"), str(layer["name"])[:30], layer.get("qml") or "",
                  f"Township Console style of {layer['name']}") for table, layer in styles])
            con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?",
                        (len(styles), STYLES_TABLE))
            con.execute(f'CREATE TABLE "{SETTINGS_TABLE}" (key TEXT PRIMARY KEY, value TEXT)')
            con.executemany(f'INSERT INTO "{SETTINGS_TABLE}" (key, value) VALUES (?, ?)',
                            [(k, json.dumps(v, ensure_ascii=False)) for k, v in settings.items()])
    except sqlite3.Error as exc:
        raise WriteFailed(target,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the project tables could not be written "
                                            "({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the free disk space."),
                          reason=str(exc)) from exc


def load_project(path: str | Path, feedback: Feedback | None = None) -> tuple[list[dict], dict]:
    """Read a project file written by :func:`save_project`.

    ``feedback`` (optional) is told how far the load is and asked between layers whether to stop
    (:class:`~datasources.errors.Cancelled` is raised then).

    Returns
    -------
    layers : list of dict
        In drawing order, with the keys given to :func:`save_project`; a vector's ``data`` has the
        ``_problem`` column again, ``qml`` is the layer's default style in ``layer_styles`` and
        ``qml_changed`` is True when that style was changed elsewhere (e.g. saved from QGIS) after the
        project was saved. A raster's ``path`` is absolute and ``missing`` tells whether the file is there.
    settings : dict
        The project settings (``crs``, ``format_version`` and what the caller saved).

    Raises
    ------
    UnsupportedFormat
        When the file is not a township project.
    Damaged
        When the project tables cannot be read.
    """
    path = Path(path)
    feedback = Feedback.of(feedback)
    if not is_project_file(path):
        raise UnsupportedFormat(path,
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "this is not a township project file"),
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "Open it as a data file, or choose a "
                                                  "project saved by the console."))
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            settings = {k: json.loads(v) for k, v in con.execute(f'SELECT key, value FROM "{SETTINGS_TABLE}"')}
            qml = _default_styles(con)
            rasters = {row[0] for row in con.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type IN ('tiles', '2d-gridded-coverage')")}
    except (sqlite3.Error, json.JSONDecodeError, RecursionError) as exc:  # 5,000 nested lists
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the project settings cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Restore the file from a backup."),
                      reason=str(exc)) from exc
    entries = settings.pop("layers", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the project's list of layers is not valid"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Restore the file from a backup."))
    layers = []
    for i, entry in enumerate(entries):
        feedback.check(path)
        feedback.progress(i / max(len(entries), 1), f"loading {entry.get('name')}")
        layer = dict(entry)
        if layer.get("kind", "vector") == "vector" or "qml_digest" in layer:  # features in a table
            layer["data"] = _read_vector(path, layer["table"])
            text = qml.get(layer["table"], "")
            layer["qml"] = text
            layer["qml_changed"] = bool(text) and _qml_digest(text) != layer.get("qml_digest")
        elif layer.get("table"):  # a raster kept in the file
            layer["path"] = Path(gpkg_raster_name(path, layer["table"]))
            layer["missing"] = layer["table"] not in rasters
        elif layer.get("path"):
            raster = Path(layer["path"])
            raster = raster if raster.is_absolute() else (path.parent / raster)
            layer["path"] = raster.resolve()
            layer["missing"] = not layer["path"].exists()
        layers.append(layer)
    feedback.progress(1.0, "loaded")
    return layers, settings


def _default_styles(con: sqlite3.Connection) -> dict[str, str]:
    found = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?",
                        (STYLES_TABLE,)).fetchone()[0]
    if not found:
        return {}
    rows = con.execute(f'SELECT f_table_name, styleQML FROM "{STYLES_TABLE}" WHERE useAsDefault '
                       "ORDER BY update_time, id")
    return {table: text for table, text in rows}  # the newest default wins


def _read_vector(path: Path, table: str) -> gpd.GeoDataFrame:
    try:
        data = pyogrio.read_dataframe(path, layer=table, use_arrow=True)
    except Exception as exc:  # GDAL errors come in several types
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "layer {table!r} cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Restore the file from a backup."),
                      table=table, reason=str(exc)) from exc
    if not isinstance(data, gpd.GeoDataFrame):  # an attribute table (stored without geometry)
        data = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([None] * len(data), index=data.index))
        data[PROBLEM_COLUMN] = ""
    else:
        data[PROBLEM_COLUMN] = flag_problems(data.geometry.values)
    return data

