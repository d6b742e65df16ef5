"""Rasters kept inside a GeoPackage, so one project file holds its DEM too (and QGIS opens it from there).

A float DEM becomes a GeoPackage 2D gridded coverage (TIFF tiles of float32, its nodata in
``gpkg_2d_gridded_coverage_ancillary``); 8-bit imagery of 1-4 bands becomes PNG tiles; 16-bit integers
PNG tiles of a gridded coverage. Overviews are built like the source's. A raster table is named as GDAL
names it, ``GPKG:/path/to/file.gpkg:table``: every function of :mod:`datasources.raster` reads such a name.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.errors import RasterioError

from datasources.errors import QT_TRANSLATE_NOOP, WriteFailed
from datasources.notes import Note

PREFIX = "GPKG:"
_GRIDDED = {"int16": "int16", "uint16": "uint16", "float32": "float32", "float64": "float32",
            "int32": "float32", "uint32": "float32", "int8": "int16"}


def gpkg_raster_name(path: str | Path, table: str) -> str:
    """GDAL's name of a raster table: ``GPKG:/abs/file.gpkg:table``."""
    return f"{PREFIX}{Path(path).resolve()}:{table}"


def split_gpkg_raster(name) -> tuple[Path, str] | None:
    """(GeoPackage file, table) of a ``GPKG:file:table`` name, else None."""
    text = str(name)
    if not text.startswith(PREFIX):
        return None
    rest = text[len(PREFIX):]
    file, sep, table = rest.rpartition(":")
    if not sep or not file or not table:
        return None
    return Path(file), table


def embeddable(path) -> bool:
    """True when a raster can be kept in a GeoPackage: one band of numbers, or 1-4 bands of bytes."""
    try:
        with rasterio.open(str(path)) as ds:
            dtypes = set(ds.dtypes)
            count = ds.count
            rotated = ds.transform.b != 0 or ds.transform.d != 0
    except RasterioError:
        return False
    if rotated:
        return False
    if dtypes == {"uint8"}:
        return 1 <= count <= 4
    return count == 1 and dtypes <= set(_GRIDDED)


def write_gpkg_raster(source, gpkg: str | Path, table: str, title: str = "", band_hint: str = "") -> str:
    """Copy the raster ``source`` (a file or a ``GPKG:`` name) into ``gpkg`` as table ``table``.

    The GeoPackage is created when it does not exist, else the table is added to it. Returns the new
    raster's ``GPKG:`` name.

    Raises
    ------
    WriteFailed
        When GDAL cannot write the table.
    """
    gpkg = Path(gpkg)
    try:
        with rasterio.open(str(source)) as src:
            byte = set(src.dtypes) == {"uint8"}
            dtype = "uint8" if byte else _GRIDDED[src.dtypes[0]]
            profile = {"driver": "GPKG", "width": src.width, "height": src.height, "count": src.count,
                       "dtype": dtype, "crs": src.crs, "transform": src.transform}
            options = {"RASTER_TABLE": table, "TILE_FORMAT": "PNG" if byte or dtype != "float32" else "TIFF",
                       "RASTER_IDENTIFIER": title or table, "RASTER_DESCRIPTION": band_hint or title or table}
            if gpkg.exists():
                options["APPEND_SUBDATASET"] = "YES"
            else:
                options["VERSION"] = "1.3"
            nodata, count = src.nodata, src.count
            factors = [f for f in src.overviews(1) if f > 1] or _factors(src.width, src.height)
            with rasterio.open(str(gpkg), "w", **profile, **options) as dst:
                if nodata is not None and not byte:
                    with contextlib.suppress(ValueError):  # GDAL stores it, then reports a failure
                        dst.nodata = nodata
                dst.update_tags(AREA_OR_POINT=src.tags().get("AREA_OR_POINT", "Area"))
                for _, window in dst.block_windows(1):
                    dst.write(src.read(window=window).astype(dtype, copy=False), window=window)
        if nodata is not None and not byte:
            _store_nodata(gpkg, table, nodata)
        name = gpkg_raster_name(gpkg, table)
        if factors:
            with rasterio.open(name, "r+") as dst:
                dst.build_overviews(factors, Resampling.nearest if byte and count > 1
                                    else Resampling.average)
    except (RasterioError, sqlite3.Error, KeyError) as exc:
        raise WriteFailed(gpkg,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the raster {table!r} could not be written into "
                                            "the GeoPackage ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Check the free disk space; keep the raster as a "
                                            "file beside the project."),
                          table=table, reason=str(exc)) from exc
    return name


def _factors(width: int, height: int) -> list[int]:
    factors, f = [], 2
    while max(width, height) / f >= 256:
        factors.append(f)
        f *= 2
    return factors


def _store_nodata(gpkg: Path, table: str, nodata: float) -> None:
    """Make sure the gridded coverage names its nodata value (GDAL's report of it is unreliable)."""
    value = None if np.isnan(nodata) else float(nodata)
    with contextlib.closing(sqlite3.connect(gpkg)) as con, con:
        con.execute("UPDATE gpkg_2d_gridded_coverage_ancillary SET data_null = ? "
                    "WHERE tile_matrix_set_name = ?", (value, table))


def gpkg_tables(path: str | Path) -> tuple[list[str], list[str]]:
    """(vector and attribute tables, raster tables) a GeoPackage lists in ``gpkg_contents``; two empty
    lists for a file that is no GeoPackage."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            rows = con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
    except sqlite3.Error:
        return [], []
    vectors = [name for name, kind in rows if kind in ("features", "attributes")]
    rasters = [name for name, kind in rows if kind in ("tiles", "2d-gridded-coverage")]
    return vectors, rasters


def drawable_raster_tables(path: str | Path, project_crs: str | None) -> tuple[list[str], list[str]]:
    """The raster tables of a GeoPackage that can be drawn in ``project_crs``, and a sentence for each one
    left out (no CRS that converts to the project's, e.g. a local engineering CRS)."""
    from datasources.crs import transformer
    from datasources.raster import open_raster

    keep, notes = [], []
    for table in gpkg_tables(path)[1]:
        try:
            info = open_raster(gpkg_raster_name(path, table))
            if project_crs and info.crs:
                transformer(info.crs, project_crs)
            elif project_crs:
                raise ValueError("it has no CRS")
        except Exception as exc:  # noqa: BLE001 — PROJ and GDAL errors come in many types
            notes.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the raster table {table!r} was left out: its "
                                                 "coordinate system cannot be converted to the project's "
                                                 "({reason})"), table=table, reason=str(exc)))
            continue
        keep.append(table)
    return keep, notes
