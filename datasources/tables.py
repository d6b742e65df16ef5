"""Tables of records (CSV/TSV/TXT, XLSX), and tables whose coordinate columns make them a point layer.

Nothing in a table is ever evaluated: a cell such as ``=cmd|' /C calc'!A0`` is read as the text it is.
Rows are never dropped: ragged rows and rows whose coordinates cannot be read are kept and flagged in
:data:`~datasources.source.PROBLEM_COLUMN`. Row numbers in messages are those a spreadsheet shows
(the header is row 1).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from datasources.china_offsets import offset_kind, offset_note, to_cgcs2000
from datasources.crs import crs_to_string, infer_crs
from datasources.dms import parse_coordinates
from datasources.encoding import EncodingGuess
from datasources.errors import (
    QT_TRANSLATE_NOOP,
    CRSUnknown,
    UnsupportedFormat,
)
from datasources.feedback import Feedback
from datasources.notes import Note
from datasources.options import ReadOptions
from datasources.source import PROBLEM_COLUMN, VectorSource
from datasources.table_cells import TableCells, read_cells

__all__ = ["LAT_NAMES", "LON_NAMES", "NULL_WORDS", "TableCells", "coordinate_score", "neutral_name",
           "read_cells", "read_records", "read_table"]

LON_NAMES = {"lon", "lng", "long", "longitude", "x", "easting", "经度", "東經", "东经", "x坐标",
             "経度", "point_x", "xcoord", "x_coord", "coord_x"}
LAT_NAMES = {"lat", "latitude", "y", "northing", "纬度", "北緯", "北纬", "y坐标", "緯度",
             "point_y", "ycoord", "y_coord", "coord_y"}
_DEGREE_WORDS = {"lon", "lng", "long", "longitude", "lat", "latitude", "经度", "纬度", "東經", "东经",
                 "北緯", "北纬", "経度", "緯度"}
_LEADING_ZERO = r"^[+-]?0\d"
NULL_WORDS = frozenset({"", "NA", "N/A", "n/a", "NULL", "null", "NaN", "nan", "None", "-", "--"})
"""Cells read as missing in a numeric column."""


def read_table(path, options: ReadOptions | None = None,
               feedback: Feedback | None = None) -> VectorSource:
    """Read a CSV/TSV/TXT or XLSX table with coordinate columns as a point layer.

    Parameters
    ----------
    path : str or Path
        The table.
    options : ReadOptions, optional
        ``encoding``: text encoding of a CSV, detected when not given (and marked as guessed);
        ``crs``: the CRS of the coordinates, inferred from their ranges (and the file name) when not
        given; ``x``, ``y``: the coordinate columns, found by name (lon/lng/经度/X坐标...,
        lat/纬度/Y坐标...) when not given; ``sheet``: worksheet of an XLSX (name or 0-based index),
        the first when not given; ``project_crs``: used as the CRS of planar coordinates without a
        zone when they fit it.
    feedback : Feedback, optional
        Progress reports and cancellation.

    Returns
    -------
    VectorSource
        Driver ``"CSV"`` or ``"XLSX"``; every row of the file, with all its columns, a point
        geometry (None where the coordinates are missing or unreadable) and ``_problem``.

    Raises
    ------
    UnsupportedFormat
        No coordinate columns were found (read it with :func:`read_records`), or a named column
        does not exist.
    Damaged, Unsafe, EncodingError, FileTooLarge, Cancelled
        The file is binary junk, a zip bomb, undecodable, too large, or the read was cancelled.
    """
    path = Path(path)
    options, feedback = ReadOptions.of(options), Feedback.of(feedback)
    crs = options.crs
    cells = read_cells(path, options, feedback)
    frame = _frame(cells)
    header = [c for c in cells.header if c in frame.columns]
    x_col, y_col = _coordinate_columns(path, header, frame, options.x, options.y)
    xs, x_problems = parse_coordinates(frame[x_col])
    ys, y_problems = parse_coordinates(frame[y_col])
    warnings = list(cells.warnings)
    geographic = _looks_geographic(xs, ys, frame[x_col], frame[y_col])
    if geographic:
        if _looks_swapped(xs, ys):
            x_col, y_col, xs, ys = y_col, x_col, ys, xs
            warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote",
                                                   "columns {x!r} and {y!r} hold longitude and latitude the "
                                                   "other way round from their names; they were swapped"),
                                 x=x_col, y=y_col))
        xs, x_problems = parse_coordinates(frame[x_col], axis="lon")
        ys, y_problems = parse_coordinates(frame[y_col], axis="lat")
    x_word, y_word = ("longitude", "latitude") if geographic else ("x", "y")

    problems = []
    for i, (ragged, xp, yp) in enumerate(zip(cells.ragged, x_problems, y_problems, strict=True)):
        parts = [text for text in (ragged, xp and f"{x_word} {xp}", yp and f"{y_word} {yp}") if text]
        problems.append(f"row {cells.row_numbers[i]}: " + "; ".join(parts) if parts else "")
    good = np.isfinite(xs) & np.isfinite(ys)
    if offset_kind(crs):  # GCJ-02/BD-09 given: the points are moved to CGCS2000 lon/lat
        xs[good], ys[good] = to_cgcs2000(xs[good], ys[good], crs)
        warnings.append(offset_note(crs))
        crs = "EPSG:4490"
    geometry = np.full(len(frame), None, dtype=object)
    geometry[good] = shapely.points(xs[good], ys[good])

    crs_text, assumed, reason = _crs_for(path, xs[good], ys[good], crs, options.project_crs, warnings)
    data = gpd.GeoDataFrame(frame, geometry=geometry, crs=crs_text)
    data[PROBLEM_COLUMN] = problems
    flagged = int((data[PROBLEM_COLUMN] != "").sum())
    if flagged:
        warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "{flagged} of {total} rows are flagged "
                                                "({unplaced} without a readable position); see the "
                                                "_problem column"),
                             flagged=flagged, total=len(data), unplaced=int((~good).sum())))
    feedback.progress(1.0, f"read {len(data)} rows from {path.name}")
    return VectorSource(
        path=path, layer=cells.layer, driver=cells.driver, data=data, crs=crs_text,
        crs_assumed=assumed, crs_reason=reason, encoding=cells.encoding.encoding
        if cells.driver in ("CSV", "JSON") else None,
        encoding_guessed=cells.encoding.guessed if cells.driver in ("CSV", "JSON") else False,
        warnings=warnings,
    )


def read_records(path, options: ReadOptions | None = None,
                 feedback: Feedback | None = None) -> tuple[pd.DataFrame, EncodingGuess]:
    """Read any table of records (sensor readings, lists of households) without coordinates.

    ``options.encoding`` and ``options.sheet`` apply, as for :func:`read_table`.

    A second header row that continues the first (``"Уровень"`` / ``"средний"``) is detected and
    joined into the column names (``"Уровень средний"``); ``frame.attrs["header_rows"]`` says how many
    rows the header took. Ragged rows are kept and flagged in ``_problem``.

    Returns
    -------
    frame : DataFrame
        All rows; numeric columns as numbers, everything else as text.
    encoding : EncodingGuess
        The encoding used and whether it was detected.
    """
    cells = read_cells(Path(path), options, feedback)
    header_rows = 1
    if _second_header_row(cells):
        first = cells.rows.pop(0)
        cells.row_numbers.pop(0)
        cells.ragged.pop(0)
        width = len(cells.raw_header)
        cells.raw_header = [" ".join(str(v) for v in (h, c) if v not in (None, ""))
                            for h, c in zip(cells.raw_header, _pad(first, width), strict=True)]
        header_rows = 2
    frame = _frame(cells)
    frame[PROBLEM_COLUMN] = [f"row {n}: {r}" if r else ""
                             for n, r in zip(cells.row_numbers, cells.ragged, strict=True)]
    frame.attrs["header_rows"] = header_rows
    return frame, cells.encoding


def neutral_name(name: str) -> str:
    """Lower-case, width-folded column name without a bracketed unit: ``"经度(°)"`` -> ``"经度"``."""
    text = unicodedata.normalize("NFKC", str(name)).strip().lower()
    return re.sub(r"[(\[].*?[)\]]", "", text).strip()


def coordinate_score(name: str, names: set[str]) -> int:
    """How surely a column name denotes an axis: 3 exact, 2 a word of it, 0 not at all."""
    text = neutral_name(name)
    if text in names:
        return 3
    words = set(re.split(r"[^0-9a-z\u3400-\u9fff]+|_", text))
    if words & names or any(n in text for n in names if not n.isascii()):
        return 2
    return 0


def _coordinate_columns(path: Path, columns: list[str], frame: pd.DataFrame, x, y):
    for given in (x, y):
        if given is not None and given not in frame.columns:
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "there is no column {given!r}"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Choose among: {names}."),
                                    given=given, names=', '.join(map(str, columns[:30])))
    picks = []
    for given, names in ((x, LON_NAMES), (y, LAT_NAMES)):
        if given is not None:
            picks.append(given)
            continue
        scored = [(coordinate_score(c, names), _readable_share(frame[c]), -i, c)
                  for i, c in enumerate(columns)]
        scored = [s for s in scored if s[0] > 0 and s[3] not in picks]
        picks.append(max(scored)[3] if scored else None)
    if None in picks:
        raise UnsupportedFormat(
            path,
            QT_TRANSLATE_NOOP("DataSourceError",
                              "no coordinate columns were found (looked for "
                              "lon/lng/longitude/x/经度/X坐标 and lat/latitude/y/纬度/Y坐标)"),
            QT_TRANSLATE_NOOP("DataSourceError",
                              "Name the x and y columns, or open the file as a table of "
                              "records."))
    return picks[0], picks[1]


def _readable_share(column: pd.Series) -> float:
    values, _ = parse_coordinates(column.head(200))
    return float(np.isfinite(values).mean()) if len(values) else 0.0


def _looks_geographic(xs, ys, x_column: pd.Series, y_column: pd.Series) -> bool:
    ok = np.isfinite(xs) & np.isfinite(ys)
    if not ok.any():
        return coordinate_score(str(x_column.name), _DEGREE_WORDS) > 0
    in_range = (np.abs(xs[ok]) <= 180) & (np.abs(ys[ok]) <= 90)
    swapped = (np.abs(xs[ok]) <= 90) & (np.abs(ys[ok]) <= 180)
    return bool(max(in_range.mean(), swapped.mean()) >= 0.9)


def _looks_swapped(xs, ys) -> bool:
    ok = np.isfinite(xs) & np.isfinite(ys)
    return bool(ok.any() and (np.abs(ys[ok]) > 90).mean() >= 0.5 and (np.abs(xs[ok]) <= 90).all())


def _crs_for(path: Path, xs, ys, crs, project_crs, warnings: list[str]):
    if crs is not None:
        text = crs_to_string(crs)
        if text is None:
            raise CRSUnknown(path,
                             QT_TRANSLATE_NOOP("DataSourceError", "the CRS {crs!r} is not known"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Give an EPSG code such as 4490."),
                             crs=crs)
        return text, False, "given when opening"
    bounds = (xs.min(), ys.min(), xs.max(), ys.max()) if len(xs) else (np.nan,) * 4
    guess = infer_crs(bounds, path.name, project_crs, points=np.column_stack([xs, ys]) if len(xs) else None)
    if guess.warning:
        warnings.append(guess.warning)
    if guess.crs is None:
        options = f" (it may be {', '.join(guess.candidates)})" if guess.candidates else ""
        warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "the CRS could not be inferred: {reason}; "
                                                "choose it"), reason=guess.reason + options))
    return guess.crs, True, guess.reason


def _frame(cells: TableCells) -> pd.DataFrame:
    width = max([len(cells.header)] + [len(r) for r in cells.rows])
    names = cells.header + [f"field_{i + 1}" for i in range(len(cells.header), width)]
    frame = pd.DataFrame([_pad(r, width) for r in cells.rows], columns=names, dtype=object)
    blank = [n for n, raw in zip(names, cells.raw_header, strict=False) if raw in (None, "")
             and frame[n].map(lambda v: v in (None, "")).all()]  # a trailing delimiter's column
    frame = frame.drop(columns=blank)
    if frame.empty:
        return frame
    return pd.DataFrame({name: _tidy(frame[name]) for name in frame.columns})


def _tidy(column: pd.Series) -> pd.Series:
    """Numbers when every filled cell is a number (no leading zeros), else text.

    Blank cells and the usual null words (NA, NULL, -, ...) do not stop a column from being numeric;
    they become NaN there, and stay as they are in a text column.
    """
    missing = (column.isna() | column.isin(NULL_WORDS)).to_numpy()
    filled = column.to_numpy(dtype=object)[~missing]
    if len(filled) == 0:
        return column
    kinds = {type(v) for v in filled}
    if kinds <= {int, float}:
        return pd.to_numeric(column.where(~missing), errors="coerce")
    if kinds == {str}:
        text = pd.Series(filled, dtype=object)
        numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
        if np.isfinite(numbers).all() and not text.str.match(_LEADING_ZERO).any():
            return pd.to_numeric(column.where(~missing), errors="coerce")
        return column
    return column.map(lambda v: v if v is None else (v.isoformat() if hasattr(v, "isoformat")
                                                     else str(v)))


def _second_header_row(cells: TableCells) -> bool:
    """True when the first data row continues the header: text over columns that hold numbers."""
    if len(cells.rows) < 2:
        return False
    first = _pad(cells.rows[0], len(cells.header))
    texts = [i for i, v in enumerate(first) if v not in (None, "") and not _is_number(v)]
    if not texts or any(_is_number(v) for v in first if v not in (None, "")):
        return False
    below = cells.rows[1:21]
    for i in texts:
        values = [r[i] for r in below if i < len(r) and r[i] not in (None, "")]
        if values and sum(map(_is_number, values)) >= 0.8 * len(values):
            return True
    return False


def _is_number(value) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    try:
        float(str(value).strip())
    except ValueError:
        return False
    return True


def _pad(row: list, width: int) -> list:
    return list(row) + [None] * (width - len(row))
