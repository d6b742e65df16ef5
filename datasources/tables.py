"""Tables of records (CSV/TSV/TXT, XLSX), and tables whose coordinate columns make them a point layer.

Nothing in a table is ever evaluated: a cell such as ``=cmd|' /C calc'!A0`` is read as the text it is.
Rows are never dropped: ragged rows and rows whose coordinates cannot be read are kept and flagged in
:data:`~datasources.source.PROBLEM_COLUMN`. Row numbers in messages are those a spreadsheet shows
(the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings as warnings_module
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from datasources.china_offsets import offset_kind, offset_note, to_cgcs2000
from datasources.crs import crs_to_string, infer_crs
from datasources.dms import parse_coordinates
from datasources.encoding import EncodingGuess, detect_text_encoding, normalise
from datasources.errors import (
    CRSUnknown,
    Damaged,
    DataSourceError,
    EncodingError,
    FileTooLarge,
    Unsafe,
    UnsupportedFormat,
)
from datasources.feedback import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from datasources.source import PROBLEM_COLUMN, VectorSource

LON_NAMES = {"lon", "lng", "long", "longitude", "x", "easting", "经度", "東經", "东经", "x坐标",
             "経度", "point_x", "xcoord", "x_coord", "coord_x"}
LAT_NAMES = {"lat", "latitude", "y", "northing", "纬度", "北緯", "北纬", "y坐标", "緯度",
             "point_y", "ycoord", "y_coord", "coord_y"}
_DEGREE_WORDS = {"lon", "lng", "long", "longitude", "lat", "latitude", "经度", "纬度", "東經", "东经",
                 "北緯", "北纬", "経度", "緯度"}
_LEADING_ZERO = r"^[+-]?0\d"
NULL_WORDS = frozenset({"", "NA", "N/A", "n/a", "NULL", "null", "NaN", "nan", "None", "-", "--"})
"""Cells read as missing in a numeric column."""


def read_table(path, encoding: str | None = None, crs=None, x: str | None = None,
               y: str | None = None, sheet: str | int | None = None, project_crs: str | None = None,
               progress: Progress = no_progress,
               is_cancelled: IsCancelled = never_cancelled) -> VectorSource:
    """Read a CSV/TSV/TXT or XLSX table with coordinate columns as a point layer.

    Parameters
    ----------
    path : str or Path
        The table.
    encoding : str, optional
        Text encoding of a CSV; detected when not given (and marked as guessed).
    crs : CRS-like, optional
        The CRS of the coordinates; inferred from their ranges (and the file name) when not given.
    x, y : str, optional
        Names of the coordinate columns; found by name (lon/lng/经度/X坐标..., lat/纬度/Y坐标...)
        when not given.
    sheet : str or int, optional
        Worksheet of an XLSX (name or 0-based index); the first when not given.
    project_crs : str, optional
        Used as the CRS of planar coordinates without a zone when they fit it.
    progress, is_cancelled : callables
        Progress reports and cancellation (see :mod:`datasources.feedback`).

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
    cells = read_cells(path, encoding, sheet, progress, is_cancelled)
    frame = _frame(cells)
    header = [c for c in cells.header if c in frame.columns]
    x_col, y_col = _coordinate_columns(path, header, frame, x, y)
    xs, x_problems = parse_coordinates(frame[x_col])
    ys, y_problems = parse_coordinates(frame[y_col])
    warnings = list(cells.warnings)
    geographic = _looks_geographic(xs, ys, frame[x_col], frame[y_col])
    if geographic:
        if _looks_swapped(xs, ys):
            x_col, y_col, xs, ys = y_col, x_col, ys, xs
            warnings.append(f"columns {x_col!r} and {y_col!r} hold longitude and latitude the other "
                            "way round from their names; they were swapped")
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

    crs_text, assumed, reason = _crs_for(path, xs[good], ys[good], crs, project_crs, warnings)
    data = gpd.GeoDataFrame(frame, geometry=geometry, crs=crs_text)
    data[PROBLEM_COLUMN] = problems
    flagged = int((data[PROBLEM_COLUMN] != "").sum())
    if flagged:
        warnings.append(f"{flagged} of {len(data)} rows are flagged ({int((~good).sum())} without "
                        "a readable position); see the _problem column")
    progress(1.0, f"read {len(data)} rows from {path.name}")
    return VectorSource(
        path=path, layer=cells.layer, driver=cells.driver, data=data, crs=crs_text,
        crs_assumed=assumed, crs_reason=reason, encoding=cells.encoding.encoding
        if cells.driver == "CSV" else None,
        encoding_guessed=cells.encoding.guessed if cells.driver == "CSV" else False,
        warnings=warnings,
    )


def read_records(path, encoding: str | None = None, sheet: str | int | None = None,
                 progress: Progress = no_progress,
                 is_cancelled: IsCancelled = never_cancelled) -> tuple[pd.DataFrame, EncodingGuess]:
    """Read any table of records (sensor readings, lists of households) without coordinates.

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
    cells = read_cells(Path(path), encoding, sheet, progress, is_cancelled)
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
            raise UnsupportedFormat(path, f"there is no column {given!r}",
                                    f"Choose among: {', '.join(map(str, columns[:30]))}.")
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
            path, "no coordinate columns were found (looked for lon/lng/longitude/x/经度/X坐标 and "
                  "lat/latitude/y/纬度/Y坐标)",
            "Name the x and y columns, or open the file as a table of records.")
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
            raise CRSUnknown(path, f"the CRS {crs!r} is not known", "Give an EPSG code such as 4490.")
        return text, False, "given when opening"
    bounds = (xs.min(), ys.min(), xs.max(), ys.max()) if len(xs) else (np.nan,) * 4
    guess = infer_crs(bounds, path.name, project_crs)
    if guess.warning:
        warnings.append(guess.warning)
    if guess.crs is None:
        options = f" (it may be {', '.join(guess.candidates)})" if guess.candidates else ""
        warnings.append(f"the CRS could not be inferred: {guess.reason}{options}; choose it")
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


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out

# --- cells: the raw grid of a CSV or XLSX, before any typing -------------------------------------

MAX_TABLE_BYTES = 1 << 30
"""Tables larger than this (1 GiB) are refused: load them into the project store instead."""
MAX_COLUMNS = 5000
MAX_UNPACKED = 512 << 20
"""An XLSX that would unpack to more than this (512 MiB) is refused as a likely zip bomb."""
_DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 1 << 16


@dataclass
class TableCells:
    """The cells of a table as read: header names, rows of text (CSV) or values (XLSX)."""

    raw_header: list
    rows: list[list]
    row_numbers: list[int]
    ragged: list[str]
    encoding: EncodingGuess
    driver: str
    layer: str
    warnings: list[str] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        """Unique column names; blank ones become ``field_N``."""
        names = [str(c).strip() if c not in (None, "") else f"field_{i + 1}"
                 for i, c in enumerate(self.raw_header)]
        return _unique(names)


def read_cells(path: Path, encoding: str | None = None, sheet: str | int | None = None,
               progress: Progress = no_progress,
               is_cancelled: IsCancelled = never_cancelled) -> TableCells:
    """Read the header and rows of a CSV/TSV/TXT or XLSX without interpreting any value."""
    if not path.is_file():
        raise DataSourceError(path, "the file does not exist", "Check the path.")
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        raise FileTooLarge(path, f"the table is {size / 2**30:.1f} GiB",
                           "Split it, or load it into the project store.")
    with open(path, "rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(path, "old Excel (.xls) and .ods workbooks are not read",
                                "Save it as .xlsx or CSV.")
    progress(0.0, f"reading {path.name}")
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return _xlsx_cells(path, sheet, is_cancelled)
    return _text_cells(path, encoding, progress, is_cancelled)


def _text_cells(path: Path, encoding, progress: Progress, is_cancelled: IsCancelled) -> TableCells:
    data = path.read_bytes()
    warnings: list[str] = []
    guess = _encoding_for(path, data, encoding)
    text, guess = _decode(path, data, guess, warnings)
    sample = text[:_SAMPLE]
    control = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\r\n")
    if control > 0.01 * max(len(sample), 1):
        raise Damaged(path, "holds binary data, not text", "Check that it really is a text table.")
    if guess.guessed:
        warnings.append(f"text encoding {guess.encoding} was detected ({guess.reason}), not declared")
    delimiter = _sniff(sample, len(text) > _SAMPLE)
    lines = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows, numbers, ragged = [], [], []
    blank = 0
    try:
        for record in reader:
            if reader.line_num % 5000 == 0:
                check_cancelled(is_cancelled, path)
                progress(0.9 * reader.line_num / lines, f"reading {path.name}")
            cells = [c.strip(" ") for c in record]
            if not any(cells):
                blank += header is not None
                continue
            if header is None:
                if len(cells) > MAX_COLUMNS:
                    raise Damaged(path, f"the header has {len(cells)} fields",
                                  "Check that it really is a table (one record per line).")
                header = cells
                continue
            _add_row(cells, len(header), reader.line_num, rows, numbers, ragged)
    except csv.Error as exc:
        raise Damaged(path, f"line {reader.line_num} cannot be read ({exc})",
                      "Check the file: a cell this long is not a table value.") from exc
    if header is None:
        raise Damaged(path, "the file is empty", "Choose a file with a header row and records.")
    if blank:
        warnings.append(f"{blank} blank lines were skipped")
    layer = path.stem
    return TableCells(header, rows, numbers, ragged, guess, "CSV", layer, warnings)


def _add_row(cells: list, width: int, number: int, rows, numbers, ragged) -> None:
    while len(cells) > width and cells[-1] in ("", None):
        cells = cells[:-1]
    rows.append(cells)
    numbers.append(number)
    ragged.append("" if len(cells) == width
                  else f"ragged row: {len(cells)} fields, header has {width}")


def _encoding_for(path: Path, data: bytes, encoding: str | None) -> EncodingGuess:
    if encoding:
        try:
            return EncodingGuess(normalise(encoding), False, "given when opening")
        except LookupError as exc:
            raise EncodingError(path, f"{encoding!r} is not a known text encoding",
                                "Give one such as utf-8, gb18030 or cp1251.") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", True, "UTF-16 byte order mark")
    if b"\x00" in data[:_SAMPLE]:
        raise Damaged(path, "holds binary data, not text", "Check that it really is a text table.")
    return detect_text_encoding(data[:_SAMPLE])


def _decode(path: Path, data: bytes, guess: EncodingGuess, warnings: list[str]):
    try:
        return data.decode(guess.encoding), guess
    except UnicodeDecodeError as exc:
        if not guess.guessed:
            raise EncodingError(path, f"byte {exc.start} does not decode as {guess.encoding}",
                                "Give the encoding the file was saved in.") from exc
    whole = detect_text_encoding(data)  # the sample misled: look at every byte
    try:
        return data.decode(whole.encoding), whole
    except UnicodeDecodeError:
        text = data.decode(whole.encoding, errors="replace")
        warnings.append(f"{text.count(chr(0xFFFD))} characters could not be decoded as "
                        f"{whole.encoding} and show as \ufffd")
        return text, whole


def _sniff(sample: str, cut: bool) -> str:
    lines = sample.splitlines()
    if cut and len(lines) > 1:
        lines = lines[:-1]
    lines = [line for line in lines if line.strip()][:50]
    best, best_score = ",", None
    for order, delimiter in enumerate(_DELIMITERS):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        score = (mode > 1, hits / len(counts), mode, -order)
        if mode > 1 and (best_score is None or score > best_score):
            best, best_score = delimiter, score
    return best


def _xlsx_cells(path: Path, sheet, is_cancelled: IsCancelled) -> TableCells:
    _check_zip(path)
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings_module.catch_warnings():
            warnings_module.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, InvalidFileException,
            ElementTree.ParseError) as exc:
        raise Damaged(path, f"the workbook cannot be read ({exc})",
                      "Open and save it again in Excel, or save it as CSV.") from exc
    try:
        names = book.sheetnames
        if sheet is None:
            sheet_name = names[0]
        elif isinstance(sheet, int) and 0 <= sheet < len(names):
            sheet_name = names[sheet]
        elif sheet in names:
            sheet_name = sheet
        else:
            raise UnsupportedFormat(path, f"there is no sheet {sheet!r}",
                                    f"Choose among: {', '.join(names)}.")
        header, rows, numbers, ragged = None, [], [], []
        for number, values in enumerate(book[sheet_name].iter_rows(values_only=True), start=1):
            if number % 5000 == 0:
                check_cancelled(is_cancelled, path)
            cells = [v.strip(" ") if isinstance(v, str) else v for v in values]
            while cells and cells[-1] in (None, ""):
                cells.pop()
            if not cells:
                continue
            if header is None:
                header = cells
                continue
            _add_row(cells, len(header), number, rows, numbers, ragged)
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise Damaged(path, f"sheet {sheet!r} cannot be read ({exc})",
                      "Open and save it again in Excel, or save it as CSV.") from exc
    finally:
        book.close()
    if header is None:
        raise Damaged(path, f"sheet {sheet_name!r} is empty", "Choose a sheet with a header row.")
    unicode = EncodingGuess("utf-8", False, "XLSX stores text as Unicode")
    return TableCells(header, rows, numbers, ragged, unicode, "XLSX", sheet_name)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise Damaged(path, "is not an XLSX workbook (not a zip file)",
                      "Save it again from Excel as .xlsx, or as CSV.") from exc
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise Unsafe(path, f"the workbook would unpack to {total / 2**20:.0f} MB",
                     "Open it only if you trust its source, after saving it as CSV.")
    for member in members:
        if member.file_size > (8 << 20) and member.file_size > 200 * max(member.compress_size, 1):
            raise Unsafe(path, f"{member.filename} is compressed "
                               f"{member.file_size // max(member.compress_size, 1)}:1 (a zip bomb)",
                         "Do not open it; ask the sender for the data again.")
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise Damaged(path, "is a zip file but not an XLSX workbook",
                      "Save it again from Excel as .xlsx, or as CSV.")
