"""Exports: GeoPackage for QGIS, GeoJSON for the web, CSV for Excel.

Every writer is atomic (:func:`datasources.atomic.atomic_path`): a failure at any point, a refused
value, a cancelled task or a crash, leaves the previous file byte for byte as it was. A file with
residents' personal data (a column of :data:`PERSONAL_COLUMNS`, or ``private=True``) is written in an
owner-only folder and is readable by its owner only, whatever the umask. The flag
column :data:`~datasources.source.PROBLEM_COLUMN` is left out unless asked for.
"""

from __future__ import annotations

import contextlib
import csv
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from datasources.atomic import atomic_path, private_folder
from datasources.crs import WGS84, crs_to_string
from datasources.errors import QT_TRANSLATE_NOOP, CRSUnknown, DataSourceError, WriteFailed
from datasources.feedback import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from datasources.sheet_scratch import sheet_scratch
from datasources.source import PROBLEM_COLUMN

GPKG_APPLICATION_ID = 0x47504B47
"""``PRAGMA application_id`` of a GeoPackage ("GPKG")."""
GPKG_VERSION = "1.3"
"""Written so QGIS 3.22 (and GDAL before 3.6) open the file."""
CHUNK_ROWS = 50_000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Columns of residents' personal data: a file holding one is written owner-only (see ``private``).
PERSONAL_COLUMNS = frozenset({"reporter_name", "reporter_phone", "reporter_id_number"})
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def write_geopackage(gdf: gpd.GeoDataFrame, path, layer: str, append_to_existing: bool = False,
                     keep_problem: bool = False, progress: Progress = no_progress,
                     is_cancelled: IsCancelled = never_cancelled, private: bool | None = None
                     ) -> Path:
    """Write a layer to a GeoPackage 1.3 that QGIS 3.22 and later open.

    Parameters
    ----------
    gdf : GeoDataFrame
    path : str or Path
    layer : str
        Layer (table) name.
    append_to_existing : bool
        False writes a new file holding only this layer (replacing any file at ``path``). True keeps
        the existing file and its other layers: the features are appended to ``layer`` (reprojected
        to its CRS) or, when the file has no such layer, written as a new layer.
    keep_problem : bool
        Also write the ``_problem`` column.
    progress, is_cancelled : callables

    Returns
    -------
    Path
        ``path``; afterwards ``PRAGMA integrity_check`` is ok, ``foreign_key_check`` is empty and
        ``application_id`` is 0x47504B47.

    Raises
    ------
    WriteFailed
        The driver refused the data, the check failed, or the folder is not writable; the previous
        file is untouched.
    Cancelled
        ``is_cancelled`` returned True; the previous file is untouched.
    """
    path = Path(path)
    data = _without_problem(gdf, keep_problem)
    appending = append_to_existing and path.exists()
    if appending:
        data = _to_layer_crs(data, path, layer)
    geometry_type, promote = _layer_geometry_type(data)
    with atomic_path(path, copy_existing=appending, private=is_private(data, private)) as tmp:
        for start in range(0, max(len(data), 1), CHUNK_ROWS):
            check_cancelled(is_cancelled, path)
            chunk = data.iloc[start:start + CHUNK_ROWS]
            first = start == 0
            options = {"dataset_options": {"VERSION": GPKG_VERSION}} if first and not appending else {}
            _guarded(path, lambda c=chunk, f=first, o=options: pyogrio.write_dataframe(
                c, tmp, layer=layer, driver="GPKG", append=appending or not f,
                geometry_type=geometry_type, promote_to_multi=promote, **o))
            progress(min(1.0, (start + len(chunk)) / max(len(data), 1)) * 0.95,
                     f"writing {layer} to {path.name}")
        _check_geopackage(path, tmp)
    progress(1.0, f"saved {path.name}")
    return path


def write_geojson(gdf: gpd.GeoDataFrame, path, keep_problem: bool = False,
                  progress: Progress = no_progress,
                  is_cancelled: IsCancelled = never_cancelled, private: bool | None = None) -> Path:
    """Write RFC 7946 GeoJSON: WGS 84 longitude/latitude, counter-clockwise outer rings.

    Raises
    ------
    CRSUnknown
        The layer has no CRS, so it cannot be put in longitude/latitude.
    WriteFailed, Cancelled
        As :func:`write_geopackage`; the previous file is untouched.
    """
    path = Path(path)
    if gdf.crs is None:
        raise CRSUnknown(path,
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "the layer has no CRS, and GeoJSON must be in WGS "
                                           "84 lon/lat"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Set the layer's CRS first."))
    data = _without_problem(gdf, keep_problem)
    check_cancelled(is_cancelled, path)
    progress(0.0, f"reprojecting for {path.name}")
    if crs_to_string(data.crs) != WGS84:
        data = data.to_crs(WGS84)
    with atomic_path(path, private=is_private(data, private)) as tmp:
        check_cancelled(is_cancelled, path)
        progress(0.3, f"writing {path.name}")
        _guarded(path, lambda: pyogrio.write_dataframe(
            data, tmp, driver="GeoJSON", layer=path.stem, layer_options={"RFC7946": "YES"}))
        check_cancelled(is_cancelled, path)
        progress(0.95, f"writing {path.name}")
    progress(1.0, f"saved {path.name}")
    return path


def write_csv(gdf: gpd.GeoDataFrame, path, geometry: str = "wkt", keep_problem: bool = False,
              progress: Progress = no_progress,
              is_cancelled: IsCancelled = never_cancelled, private: bool | None = None,
              labels: dict[str, str] | None = None) -> Path:
    """Write a CSV that Excel opens safely and with Chinese text intact.

    UTF-8 with a byte order mark, CRLF line ends; every text cell and column name goes through
    :func:`neutralise_cell` so nothing in it runs as a formula. With ``labels`` (field name -> the header
    people read, in their language) the first row holds the labels and the second the field names, which
    :func:`datasources.table_cells.read_cells` takes as the header again, so the file reads back as written.

    Parameters
    ----------
    geometry : {"wkt", "xy"}
        ``"wkt"``: a first column ``WKT``. ``"xy"``: columns ``lon``/``lat`` (geographic CRS) or
        ``x``/``y``; points only.

    Raises
    ------
    WriteFailed
        ``"xy"`` with geometries that are not points; the folder is not writable.
    """
    path = Path(path)
    if geometry not in ("wkt", "xy"):
        raise ValueError("geometry must be 'wkt' or 'xy'")
    data = _without_problem(gdf, keep_problem)
    geoms = data.geometry.array
    table = pd.DataFrame(data.drop(columns=data.geometry.name))
    if geometry == "wkt":
        table.insert(0, "WKT", shapely.to_wkt(geoms, rounding_precision=-1))
    else:
        kinds = set(shapely.get_type_id(geoms[~shapely.is_missing(geoms)]).tolist())
        if kinds - {0}:
            raise WriteFailed(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "x/y columns can only hold points"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Export the geometry as WKT instead."))
        geographic = data.crs is not None and CRS.from_user_input(data.crs).is_geographic
        names = ("lon", "lat") if geographic else ("x", "y")
        names = tuple(n if n not in table.columns else f"point_{n}" for n in names)
        empty = shapely.is_missing(geoms) | shapely.is_empty(geoms)
        table[names[0]] = pd.Series(shapely.get_x(geoms), index=table.index).mask(empty)
        table[names[1]] = pd.Series(shapely.get_y(geoms), index=table.index).mask(empty)
    secret = is_private(table, private)
    first = [neutralise_cell(str(labels.get(c, c))) for c in table.columns] if labels else None
    table.columns = [neutralise_cell(str(c)) for c in table.columns]
    for name in table.columns:
        if table[name].dtype == object or pd.api.types.is_string_dtype(table[name]):
            table[name] = table[name].map(neutralise_cell)
    with atomic_path(path, private=secret) as tmp, \
            open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        if first:  # the people's headers above the field names
            csv.writer(out, lineterminator="\r\n").writerow(first)
        for start in range(0, max(len(table), 1), CHUNK_ROWS):
            check_cancelled(is_cancelled, path)
            table.iloc[start:start + CHUNK_ROWS].to_csv(out, header=start == 0, index=False,
                                                        lineterminator="\r\n")
            progress(min(1.0, (start + CHUNK_ROWS) / max(len(table), 1)) * 0.95,
                     f"writing {path.name}")
    progress(1.0, f"saved {path.name}")
    return path


def wkt_table(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """The features as a plain table for a spreadsheet: a first column ``WKT`` (as :func:`write_csv`
    writes it), then the attributes (the problem column left out)."""
    data = _without_problem(gdf, False)
    table = pd.DataFrame(data.drop(columns=data.geometry.name))
    table.insert(0, "WKT", shapely.to_wkt(data.geometry.array, rounding_precision=-1))
    return table


def write_table_csv(frame: pd.DataFrame, path, private: bool | None = None) -> Path:
    """Write a plain table (no geometry) as :func:`write_csv` does: UTF-8 with BOM, CRLF, text neutralised.

    Raises
    ------
    WriteFailed
        The folder is not writable; the previous file is untouched.
    """
    path = Path(path)
    table = _neutralised(frame)
    with atomic_path(path, private=is_private(frame, private)) as tmp, \
            open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        table.to_csv(out, index=False, lineterminator="\r\n")
    return path


def write_xlsx(frame: pd.DataFrame, path, sheet: str = "Sheet1", private: bool | None = None,
               labels: dict[str, str] | None = None) -> Path:
    """Write a plain table to an Excel workbook: bold header row, numbers as numbers, text neutralised.
    With ``labels`` (column -> the header people read) a bold row of labels comes first, above the column
    names, as :func:`write_csv` does.

    Missing values are empty cells; aware times are written as ISO 8601 text with their offset (Excel
    has no time zones). Atomic like the other writers.

    Raises
    ------
    WriteFailed
        The folder is not writable; the previous file is untouched.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    table = _neutralised(frame)
    secret = is_private(frame, private)
    with atomic_path(path, private=secret) as tmp, \
            (contextlib.nullcontext(tmp.parent) if secret else private_folder(path)) as scratch, \
            sheet_scratch(scratch):
        book = Workbook(write_only=True)  # made here, so a folder refused above leaves nothing half open
        ws = book.create_sheet(title=sheet[:31])
        bold = Font(bold=True)
        rows = ([neutralise_cell(str(labels.get(c, c))) for c in frame.columns] if labels else None,
                [str(name) for name in table.columns])
        for names in filter(None, rows):
            header = []
            for name in names:
                cell = WriteOnlyCell(ws, value=name)
                cell.font = bold
                header.append(cell)
            ws.append(header)
        for row in table.itertuples(index=False, name=None):
            ws.append([_excel_value(ws, value) for value in row])
        try:
            book.save(tmp)
        except OSError as exc:
            raise WriteFailed(path,
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "the workbook could not be saved ({value})"),
                              QT_TRANSLATE_NOOP("DataSourceError",
                                                "Check the free space and that the file is "
                                                "not open in Excel; the previous file is kept."),
                              value=exc.strerror or exc) from exc
    return path


def is_private(frame: pd.DataFrame, private: bool | None) -> bool:
    """Whether a file holds personal data: as the caller says, else when it has a personal column."""
    if private is not None:
        return private
    return any(str(c) in PERSONAL_COLUMNS for c in frame.columns)


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    table = pd.DataFrame(frame).copy()
    table.columns = [neutralise_cell(str(c)) for c in table.columns]
    for name in table.columns:
        if table[name].dtype == object or pd.api.types.is_string_dtype(table[name]):
            table[name] = table[name].map(neutralise_cell)
    return table


def _excel_value(ws, value):
    from openpyxl.cell import WriteOnlyCell

    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime):  # also pandas Timestamps
        return value.isoformat(sep=" ") if value.tzinfo is not None else value.replace(tzinfo=None)
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # never a formula, whatever openpyxl would guess
        return cell
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    return value


def neutralise_cell(value):
    """Make a cell safe from spreadsheet formula injection.

    Text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    apostrophe, so Excel/WPS show it as text instead of running it; plain numbers (``-12.5``,
    numeric values of any type) and other text are returned unchanged.

    Examples
    --------
    >>> neutralise_cell("=cmd|' /C calc'!A0")
    "'=cmd|' /C calc'!A0"
    >>> neutralise_cell("-12.5"), neutralise_cell(-12.5), neutralise_cell("李家村")
    ('-12.5', -12.5, '李家村')
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if value[0] in "+-" and _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def _without_problem(gdf: gpd.GeoDataFrame, keep_problem: bool) -> gpd.GeoDataFrame:
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError("a GeoDataFrame is needed")
    if not keep_problem and PROBLEM_COLUMN in gdf.columns:
        return gdf.drop(columns=PROBLEM_COLUMN)
    return gdf


def _layer_geometry_type(data: gpd.GeoDataFrame) -> tuple[str, bool]:
    """One geometry type for the whole layer (chunks must agree), promoting mixed single/multi."""
    geoms = data.geometry.array
    types = set(shapely.get_type_id(geoms[~shapely.is_missing(geoms)]).tolist())
    names = {0: "Point", 1: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
             6: "MultiPolygon", 7: "GeometryCollection"}
    if len(types) == 1 and next(iter(types)) in names:
        return names[next(iter(types))], False
    for single, multi in ((0, 4), (1, 5), (3, 6)):
        if types == {single, multi}:
            return names[multi], True
    return "Unknown", False


def _to_layer_crs(data: gpd.GeoDataFrame, path: Path, layer: str) -> gpd.GeoDataFrame:
    try:
        layers = {str(name) for name, _ in pyogrio.list_layers(path)}
        if layer not in layers:
            return data
        existing = pyogrio.read_info(path, layer=layer)["crs"]
    except pyogrio.errors.DataSourceError as exc:
        raise WriteFailed(path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the existing file cannot be read ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Choose another file, or do not append."),
                          reason=str(exc)) from exc
    if existing and data.crs is not None and crs_to_string(data.crs) != crs_to_string(existing):
        return data.to_crs(existing)
    return data


def _guarded(path: Path, write) -> None:
    """Run a pyogrio write, turning its refusals into :class:`WriteFailed`."""
    try:
        write()
    except DataSourceError:
        raise
    except (pyogrio.errors.DataSourceError, pyogrio.errors.FieldError, pyogrio.errors.FeatureError,
            pyogrio.errors.GeometryError, pyogrio.errors.CRSError, NotImplementedError, ValueError,
            TypeError, RuntimeError) as exc:
        raise WriteFailed(path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the data could not be written ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Check the column types and geometries; the "
                                            "previous file is kept."),
                          reason=str(exc)) from exc


def _check_geopackage(path: Path, tmp: Path) -> None:
    connection = sqlite3.connect(tmp)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()
    if integrity != "ok" or foreign or application_id != GPKG_APPLICATION_ID:
        raise WriteFailed(path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the saved GeoPackage failed its check (integrity "
                                            "{integrity}, {n} foreign-key errors, "
                                            "application_id {application_id:#x})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "The previous file is kept."),
                          integrity=integrity, n=len(foreign), application_id=application_id)
