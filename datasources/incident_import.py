"""Residents' reports from a spreadsheet (CSV/TSV/TXT or XLSX), row by row, with an error for every row left out.

The table is read as the data sources read tables (:func:`datasources.tables.read_cells`: encoding detected or
given, nothing evaluated, so a cell ``=cmd|' /C calc'!A0`` is plain text); coordinates may be decimal degrees
or degree-minute-second text (``30°01′12.5″N``, ``北纬30度1分12.5秒``) or planar metres. A column mapping says
which of their columns holds which of our fields (:func:`guess_mapping` proposes one from the headers).
Row numbers in the errors are those a spreadsheet shows (the header is row 1).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.crs import crs_to_string, infer_crs, transformer
from datasources.dms import parse_coordinates
from datasources.errors import QT_TRANSLATE_NOOP, CRSUnknown, UnsupportedFormat
from datasources.incident_vocabulary import CATEGORIES, CodeNames, names_or_codes
from datasources.options import ReadOptions
from datasources.tables import neutral_name, read_cells

#: our fields a table may fill; ``lon``/``lat`` hold x/y in metres when the table's CRS is planar
FIELDS = ("category", "title", "description", "address", "lon", "lat", "reported_at", "reporter_name",
          "reporter_phone", "reporter_id_number", "village_code", "case_number", "status")
#: headers (compared lower-case, width-folded, without a bracketed unit) that name each field
HEADER_WORDS = {
    "category": ("类别", "类型", "问题类别", "事件类型", "事件类别", "分类", "问题类型", "category", "type",
                 "service_code", "kind"),
    "title": ("标题", "主题", "事项", "title", "subject", "summary"),
    "description": ("描述", "内容", "问题描述", "情况描述", "详情", "详细情况", "description", "details",
                    "desc", "text"),
    "address": ("地址", "位置", "地点", "详细地址", "发生地点", "address", "location", "place"),
    "lon": ("经度", "东经", "x坐标", "x", "lon", "lng", "long", "longitude", "easting"),
    "lat": ("纬度", "北纬", "y坐标", "y", "lat", "latitude", "northing"),
    "reported_at": ("时间", "报告时间", "反映时间", "上报时间", "受理时间", "日期", "reported_at",
                    "reported", "time", "date", "datetime", "requested_datetime"),
    "reporter_name": ("姓名", "反映人", "报告人", "联系人", "来电人", "name", "reporter",
                      "reporter_name", "contact"),
    "reporter_phone": ("电话", "手机", "联系电话", "手机号", "电话号码", "联系方式", "phone", "tel",
                       "mobile", "telephone", "reporter_phone"),
    "reporter_id_number": ("身份证号", "身份证", "身份证号码", "证件号码", "id_number", "id number",
                           "idcard", "id card", "reporter_id_number"),
    "village_code": ("村代码", "村编码", "行政村代码", "village_code"),
    "case_number": ("编号", "案件编号", "工单号", "工单编号", "case_number", "case", "ticket",
                    "service_request_id"),
    "status": ("状态", "办理状态", "status"),
}
CHINA_TIME = timezone(timedelta(hours=8))
_TEXT_FIELDS = ("title", "description", "address", "reporter_name", "reporter_phone",
                "reporter_id_number", "village_code", "case_number")


def guess_mapping(columns) -> dict[str, str]:
    """Which column holds which of our :data:`FIELDS`, guessed from the header names.

    An exact name wins over a name that contains the word (``联系电话`` for ``电话``); each column is used
    once; fields with no likely column are left out.
    """
    columns = [str(c) for c in columns]
    names = [neutral_name(c) for c in columns]
    mapping: dict[str, str] = {}
    for exact in (True, False):
        for field in FIELDS:
            if field in mapping:
                continue
            for column, name in zip(columns, names, strict=True):
                if column in mapping.values():
                    continue
                if any(name == w or (not exact and not w.isascii() and w in name)
                       for w in HEADER_WORDS[field]):
                    mapping[field] = column
                    break
    return mapping


def read_incident_rows(path, mapping: dict[str, str] | None = None, encoding: str | None = None,
                       crs=None, store_crs: str = "EPSG:4549",
                       sheet: str | int | None = None, names: CodeNames | None = None
                       ) -> tuple[list[dict], list[str]]:
    """Read a table of reports: the good rows as records for the store, an error for each other row.

    Parameters
    ----------
    path : str or Path
        A CSV/TSV/TXT or XLSX file.
    mapping : dict, optional
        Our field (:data:`FIELDS`) -> their column; :func:`guess_mapping` of the header when None.
    encoding : str, optional
        The text encoding of a CSV (detected when not given).
    crs : CRS-like, optional
        The CRS of the coordinates; when not given, degrees are WGS 84 and metres are inferred from
        their range (the store's CRS when they fit it).
    store_crs : str
        The CRS the records' points are given in.
    sheet : str or int, optional
        The sheet of an XLSX workbook (the first when not given).
    names : CodeNames, optional
        The names a table may use instead of the category and status codes.

    Returns
    -------
    records : list of dict
        Fields for the store's ``session.incidents.import_reports``: ``category``,
        ``geom`` (a Point in ``store_crs``) and/or ``address``, ``reported_at`` (UTC; a time without
        offset is China Standard Time), the reporter's fields as plain text, ...; each also has
        ``row``, the spreadsheet row it came from (drop it before storing).
    errors : list of str
        Such as ``"row 17: the longitude 'abc' is not a number"`` or
        ``"row 23: 5 cells, the header has 8"``.

    Raises
    ------
    UnsupportedFormat
        The mapping names a column the table does not have, or no category column was found.
    Damaged, Unsafe, EncodingError, FileTooLarge, CRSUnknown
        As :func:`datasources.tables.read_cells`; or the coordinates' CRS cannot be inferred.
    """
    path = Path(path)
    names = names_or_codes(names)
    cells = read_cells(path, ReadOptions(encoding=encoding, sheet=sheet))
    header = cells.header
    mapping = dict(guess_mapping(header) if mapping is None else mapping)
    for field, column in mapping.items():
        if field not in FIELDS:
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "{field!r} is not a field of a report"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Map columns to: {names}."),
                                    field=field, names=', '.join(FIELDS))
        if column not in header:
            raise UnsupportedFormat(path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "there is no column {column!r}"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Choose among: {names}."),
                                    column=column, names=', '.join(header[:30]))
    if "category" not in mapping:
        raise UnsupportedFormat(path,
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "no column holds the category of the reports"),
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "Map a column to 'category' (类别)."))
    if ("lon" in mapping) != ("lat" in mapping):
        raise UnsupportedFormat(path,
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "only one coordinate column is mapped"),
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "Map both 'lon' (经度/x) and 'lat' (纬度/y), or "
                                                  "neither."))
    width = len(cells.raw_header)
    index = {column: i for i, column in enumerate(header)}
    errors: list[str] = []
    kept: list[tuple[int, list]] = []
    for number, row in zip(cells.row_numbers, cells.rows, strict=True):
        if cells.driver == "XLSX" and len(row) < width:  # a sheet row ends at its last filled cell
            row = row + [None] * (width - len(row))
        if len(row) != width:
            errors.append(f"row {number}: {len(row)} cells, the header has {width}")
        else:
            kept.append((number, row))
    problems: dict[int, list[str]] = {n: [] for n, _ in kept}
    values = {field: [_cell(row, index[column]) for _, row in kept]
              for field, column in mapping.items()}
    numbers = [n for n, _ in kept]
    points = _points(path, values, numbers, problems, crs, store_crs)
    records = []
    for i, number in enumerate(numbers):
        record = {"row": number}
        for field in mapping:
            if field in ("lon", "lat"):
                continue
            record[field] = _field(field, values[field][i], problems[number], names)
        record["geom"] = points[i]
        if points[i] is None and not record.get("address") and not problems[number]:
            problems[number].append("no place: neither coordinates nor an address")
        if problems[number]:
            errors.append(f"row {number}: " + "; ".join(problems[number]))
            continue
        records.append({k: v for k, v in record.items() if v is not None})
    errors.sort(key=lambda text: int(text.split(":")[0].split()[1]))
    return records, errors


def _cell(row: list, i: int):
    value = row[i] if i < len(row) else None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _field(field: str, value, problems: list[str], names: CodeNames):
    if value is None:
        if field == "category":
            problems.append("the category is missing")
        return None
    if field == "category":
        code = names.category_code(value)
        if code is None:
            called = f" or their {names.language} names".replace("  ", " ") if names.categories else ""
            problems.append(f"the category {_show(value)} is not known (use one of "
                            f"{', '.join(CATEGORIES)}{called})")
        return code
    if field == "status":
        status = names.status_code(value)
        if status is None:
            problems.append(f"the status {_show(value)} is not an incident status")
        return status
    if field == "reported_at":
        return _time(value, problems)
    return str(value)


def _time(value, problems: list[str]) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = pd.Timestamp(str(value).replace("/", "-")).to_pydatetime()
        except (ValueError, OverflowError):
            problems.append(f"the time {_show(value)} is not a date and time")
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CHINA_TIME)
    return moment.astimezone(UTC)


def _points(path: Path, values: dict, numbers: list[int], problems: dict, crs, store_crs: str):
    points = [None] * len(numbers)
    if "lon" not in values:
        return points
    raw_x, raw_y = pd.Series(values["lon"], dtype=object), pd.Series(values["lat"], dtype=object)
    xs, _ = parse_coordinates(raw_x)
    ys, _ = parse_coordinates(raw_y)
    ok = np.isfinite(xs) & np.isfinite(ys)
    degrees = bool(ok.any() and ((np.abs(xs[ok]) <= 180) & (np.abs(ys[ok]) <= 90)).mean() >= 0.5)
    if degrees:
        xs, x_problems = parse_coordinates(raw_x, axis="lon")
        ys, y_problems = parse_coordinates(raw_y, axis="lat")
    else:
        xs, x_problems = parse_coordinates(raw_x)
        ys, y_problems = parse_coordinates(raw_y)
    words = ("longitude", "latitude") if degrees else ("x", "y")
    both_missing = (x_problems == "missing") & (y_problems == "missing")
    for i, number in enumerate(numbers):
        if both_missing[i]:
            continue
        for word, problem in zip(words, (x_problems[i], y_problems[i]), strict=True):
            if problem:
                problems[number].append(f"the {word} is missing" if problem == "missing"
                                        else f"the {word} {problem}")
    good = np.isfinite(xs) & np.isfinite(ys)
    if not good.any():
        return points
    source = _source_crs(path, crs, degrees, xs[good], ys[good], store_crs)
    if source != store_crs:
        xs[good], ys[good] = transformer(source, store_crs).transform(xs[good], ys[good])
    for i in np.flatnonzero(good):
        points[i] = shapely.Point(float(xs[i]), float(ys[i]))
    return points


def _source_crs(path: Path, crs, degrees: bool, xs, ys, store_crs: str) -> str:
    if crs is not None:
        text = crs_to_string(crs)
        if text is None:
            raise CRSUnknown(path,
                             QT_TRANSLATE_NOOP("DataSourceError", "the CRS {crs!r} is not known"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Give an EPSG code such as 4490."),
                             crs=crs)
        return text
    if degrees:
        return "EPSG:4326"
    guess = infer_crs((xs.min(), ys.min(), xs.max(), ys.max()), path.name, store_crs,
                      points=np.column_stack([xs, ys]))
    if guess.crs is None:
        raise CRSUnknown(path,
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "the CRS of the coordinates cannot be inferred "
                                           "({reason})"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give it, such as EPSG:4549."),
                         reason=guess.reason)
    return guess.crs


def _show(value, limit: int = 40) -> str:
    text = str(value)
    return repr(text[:limit] + "..." if len(text) > limit else text)
