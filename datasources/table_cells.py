"""The raw grid of a CSV/TSV/TXT, XLSX or JSON array of records, before any value is typed or interpreted.

:func:`read_cells` vets the file (:func:`datasources.vetting.vet`), finds the text encoding and the
delimiter of a text table, reads a workbook's sheet without evaluating anything, and keeps every row
with the spreadsheet row number it came from; ragged rows are kept and described. A JSON file that is an
array of flat records (``[{"name": "馬祖", "longitude": "119.9232", ...}, ...]``, as open-data portals
publish station lists) is read as a table whose columns are the records' keys.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import warnings as warnings_module
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from datasources.encoding import EncodingGuess, detect_text_encoding, normalise, wide_unicode
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, EncodingError, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.notes import Note
from datasources.options import ReadOptions
from datasources.vetting import vet

MAX_COLUMNS = 5000
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
    labels: dict = field(default_factory=dict)  # field name -> the header people read, when both were written

    @property
    def header(self) -> list[str]:
        """Unique column names; blank ones become ``field_N``."""
        names = [str(c).strip() if c not in (None, "") else f"field_{i + 1}"
                 for i, c in enumerate(self.raw_header)]
        return _unique(names)


def read_cells(path: str | Path, options: ReadOptions | None = None,
               feedback: Feedback | None = None) -> TableCells:
    """Read the header and rows of a CSV/TSV/TXT or XLSX without interpreting any value.

    ``options.encoding`` (CSV) and ``options.sheet`` (XLSX) apply; the file is vetted first
    (:func:`datasources.vetting.vet`).
    """
    options, feedback = ReadOptions.of(options), Feedback.of(feedback)
    vetted = vet(path, "table", options)
    feedback.check(vetted.path)
    feedback.progress(0.0, f"reading {vetted.path.name}")
    if vetted.driver == "XLSX":
        return _field_name_row(_xlsx_cells(vetted.path, options.sheet, feedback))
    if _json_records(vetted.path):
        return _json_cells(vetted.path, options.encoding, feedback)
    return _field_name_row(_text_cells(vetted.path, options.encoding, feedback))


_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _field_name_row(cells: TableCells) -> TableCells:
    """A table the console exported for people: its first row the headers in the reader's language
    (名称, 类别 ...), its second the field names (``name_zh``, ``category`` ...). The field names become
    the header, so it reads back as it was written; the people's headers are kept in ``labels``.

    The second row counts as field names when every cell of it is a distinct name of letters, digits and
    ``_`` (no number: data rows nearly always hold one), one of them is ``WKT`` or has a ``_`` as stored
    field names do (``name_zh``), and it differs from the first row."""
    if not cells.rows:
        return cells
    names = [str(c).strip() if c is not None else "" for c in cells.rows[0]]
    header = [str(c).strip() if c is not None else "" for c in cells.raw_header]
    if len(names) != len(header) or len(names) < 2 or names == header or len(set(names)) != len(names) or \
            not all(_FIELD_NAME.match(n) for n in names) or not any(n == "WKT" or "_" in n for n in names):
        return cells
    cells.labels = dict(zip(names, header, strict=True))
    cells.raw_header = cells.rows.pop(0)
    cells.row_numbers.pop(0)
    cells.ragged.pop(0)
    return cells


def _json_records(path: Path) -> bool:
    """The file's text starts as a JSON array of objects."""
    from datasources.formats import text_start

    with open(path, "rb") as fh:
        text = text_start(fh.read(4096))
    return text is not None and bool(re.match(r"\[\s*\{", text))


def _json_cells(path: Path, encoding, feedback: Feedback) -> TableCells:
    """The records of a JSON array as rows, their keys (in first-seen order) as the header; nested
    values are kept as their JSON text."""
    from datasources.vetting import check_json_nesting

    check_json_nesting(path)
    data = path.read_bytes()
    warnings: list[str] = []
    text, guess = _decode(path, data, _encoding_for(path, data, encoding), warnings)
    try:
        records = json.loads(text.lstrip("\ufeff"))
    except ValueError as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the JSON records cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the file again"),
                      reason=str(exc)) from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "the JSON is not a list of records"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Use a list of objects with the same keys, "
                                                  "or GeoJSON"))
    header = list(dict.fromkeys(key for record in records for key in record))
    if not header:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the file is empty"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Choose a file with a header row and records."))
    rows = [[_json_cell(record.get(key)) for key in header] for record in records]
    feedback.progress(0.9, f"reading {path.name}")
    return TableCells(header, rows, list(range(1, len(rows) + 1)), [""] * len(rows), guess, "JSON",
                      path.stem, warnings)


def _json_cell(value):
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _text_cells(path: Path, encoding, feedback: Feedback) -> TableCells:
    data = path.read_bytes()
    warnings: list[str] = []
    guess = _encoding_for(path, data, encoding)
    text, guess = _decode(path, data, guess, warnings)
    sample = text[:_SAMPLE]
    control = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\r\n")
    if control > 0.01 * max(len(sample), 1):
        raise _binary(path)
    if guess.guessed:
        warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "text encoding {encoding} was detected ({reason}), not declared"),
                             encoding=guess.encoding, reason=guess.reason))
    delimiter = _sniff(sample, len(text) > _SAMPLE)
    lines = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows, numbers, ragged = [], [], []
    blank = 0
    try:
        for record in reader:
            if reader.line_num % 5000 == 0:
                feedback.check(path)
                feedback.progress(0.9 * reader.line_num / lines, f"reading {path.name}")
            cells = [c.strip(" ") for c in record]
            if not any(cells):
                blank += header is not None
                continue
            if header is None:
                if len(cells) > MAX_COLUMNS:
                    raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the header has {n} fields"),
                                  QT_TRANSLATE_NOOP("DataSourceError",
                                                    "Check that it really is a table (one record per line)."),
                                  n=len(cells))
                header = cells
                continue
            _add_row(cells, len(header), reader.line_num, rows, numbers, ragged)
    except csv.Error as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "line {line} cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Check the file: a cell this long is not a table value."),
                      line=reader.line_num, reason=str(exc)) from exc
    if header is None:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the file is empty"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Choose a file with a header row and records."))
    if blank:
        warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "{n} blank lines were skipped"), n=blank))
    layer = path.stem
    return TableCells(header, rows, numbers, ragged, guess, "CSV", layer, warnings)


def _add_row(cells: list, width: int, number: int, rows, numbers, ragged) -> None:
    while len(cells) > width and cells[-1] in ("", None):
        cells = cells[:-1]
    rows.append(cells)
    numbers.append(number)
    ragged.append("" if len(cells) == width
                  else f"ragged row: {len(cells)} fields, header has {width}")


def _binary(path: Path) -> Damaged:
    return Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "holds binary data, not text"),
                   QT_TRANSLATE_NOOP("DataSourceError", "Check that it really is a text table."))


def _encoding_for(path: Path, data: bytes, encoding: str | None) -> EncodingGuess:
    if encoding:
        try:
            return EncodingGuess(normalise(encoding), False, "given when opening")
        except LookupError as exc:
            raise EncodingError(path, QT_TRANSLATE_NOOP("DataSourceError", "{encoding!r} is not a known text "
                                                        "encoding"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Give one such as utf-8, gb18030 or cp1251."),
                                encoding=encoding) from exc
    wide = wide_unicode(data[:_SAMPLE])  # UTF-32/UTF-16, with or without a byte order mark
    if wide is not None:
        return wide
    if b"\x00" in data[:_SAMPLE]:
        raise _binary(path)
    return detect_text_encoding(data[:_SAMPLE])


def _decode(path: Path, data: bytes, guess: EncodingGuess, warnings: list[str]):
    try:
        return data.decode(guess.encoding), guess
    except UnicodeDecodeError as exc:
        if not guess.guessed:
            raise EncodingError(path, QT_TRANSLATE_NOOP("DataSourceError", "byte {byte} does not decode as "
                                                        "{encoding}"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Give the encoding the file was saved in."),
                                byte=exc.start, encoding=guess.encoding) from exc
    whole = detect_text_encoding(data)  # the sample misled: look at every byte
    try:
        return data.decode(whole.encoding), whole
    except UnicodeDecodeError:
        text = data.decode(whole.encoding, errors="replace")
        warnings.append(Note(QT_TRANSLATE_NOOP("DataSourceNote", "{n} characters could not be decoded as "
                                                "{encoding} and show as \ufffd"),
                             n=text.count(chr(0xFFFD)), encoding=whole.encoding))
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


def _xlsx_cells(path: Path, sheet, feedback: Feedback) -> TableCells:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings_module.catch_warnings():
            warnings_module.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, InvalidFileException,
            ElementTree.ParseError) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the workbook cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Open and save it again in Excel, or save it as CSV."),
                      reason=str(exc)) from exc
    try:
        names = book.sheetnames
        if sheet is None:
            sheet_name = names[0]
        elif isinstance(sheet, int) and 0 <= sheet < len(names):
            sheet_name = names[sheet]
        elif sheet in names:
            sheet_name = sheet
        else:
            raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "there is no sheet {sheet!r}"),
                                    QT_TRANSLATE_NOOP("DataSourceError", "Choose among: {sheets}."),
                                    sheet=sheet, sheets=", ".join(names))
        header, rows, numbers, ragged = None, [], [], []
        for number, values in enumerate(book[sheet_name].iter_rows(values_only=True), start=1):
            if number % 5000 == 0:
                feedback.check(path)
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
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "sheet {sheet!r} cannot be read ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Open and save it again in Excel, or save it as CSV."),
                      sheet=sheet, reason=str(exc)) from exc
    finally:
        book.close()
    if header is None:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "sheet {sheet!r} is empty"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Choose a sheet with a header row."), sheet=sheet_name)
    unicode = EncodingGuess("utf-8", False, "XLSX stores text as Unicode")
    return TableCells(header, rows, numbers, ragged, unicode, "XLSX", sheet_name)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out
