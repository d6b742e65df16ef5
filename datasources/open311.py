"""Residents' reports as Open311 GeoReport v2 service requests, in JSON and XML, written and read.

Each incident is one ``request``: ``service_request_id`` is the case number, ``service_code`` our category,
``service_name`` its name (the :class:`~datasources.incident_vocabulary.CodeNames` given, else the code), ``status`` ``open`` or ``closed`` (closed, rejected and duplicate cases are
closed), ``agency_responsible`` the assignee, ``requested_datetime`` / ``updated_datetime`` /
``expected_datetime`` the report, the last change and the deadline (ISO 8601 with the +08:00 offset of China
Standard Time), ``lat`` / ``long`` WGS 84 degrees reprojected from the store's CRS.

What GeoReport v2 has no field for travels in ``extended_attributes`` (the GeoReport v2 extension for
extra attributes), every name prefixed ``township_``:

``township_status``
    our status (new, verified, assigned, in_progress, resolved, closed, rejected, duplicate)
``township_title``, ``township_village_code``, ``township_source``
    the title, the village, how the report came in
``township_closed_datetime``
    when the case was closed
``township_duplicate_of``
    the case number of the original, for a duplicate
``township_x``, ``township_y``, ``township_srid``
    the point in the store's CRS, exactly, so that a re-import into a store in that CRS gets the very
    coordinates exported (lat/long are rounded to 1e-8 degrees, about a millimetre)

Residents' personal data never goes into an Open311 export.

So ``read_open311(write_open311(x))`` gives ``x`` back, and writing what was read gives the same bytes.
A document from another system without the extension is read too: ``open`` becomes ``new``, ``closed``
becomes ``closed`` (closed at its ``updated_datetime``). XML is parsed with DTDs and entities forbidden
and nothing fetched from the network; a file larger than :data:`MAX_OPEN311_BYTES` is refused.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from xml.etree.ElementTree import ParseError

import shapely

from datasources.atomic import atomic_path
from datasources.crs import transformer
from datasources.errors import (
    QT_TRANSLATE_NOOP,
    Damaged,
    DataSourceError,
    EncodingError,
    FileTooLarge,
    Unsafe,
)
from datasources.incident_vocabulary import FINAL_STATUSES, STATUSES, CodeNames, names_or_codes

#: the fields of an incident record as this module writes and reads it
RECORD_FIELDS = ("case_number", "category", "status", "title", "description", "address", "reported_at",
                 "updated_at", "due_at", "closed_at", "assignee", "village_code", "duplicate_of",
                 "source", "geom")
MAX_OPEN311_BYTES = 64 << 20
CHINA_TIME = timezone(timedelta(hours=8))
EXTENSION = "township_"
#: GeoReport v2 field -> record field (text and times)
_STANDARD = (("service_request_id", "case_number"), ("service_code", "category"),
             ("description", "description"), ("agency_responsible", "assignee"),
             ("requested_datetime", "reported_at"), ("updated_datetime", "updated_at"),
             ("expected_datetime", "due_at"), ("address", "address"))
#: extended attribute (less the prefix) -> record field
_EXTENDED = (("status", "status"), ("title", "title"), ("closed_datetime", "closed_at"),
             ("village_code", "village_code"), ("duplicate_of", "duplicate_of"), ("source", "source"))
_TIMES = {"reported_at", "updated_at", "due_at", "closed_at"}
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# -- writing --------------------------------------------------------------------------------------
def write_open311(records: list[dict], path, fmt: str = "json", crs: str = "EPSG:4549",
                  names: CodeNames | None = None) -> Path:
    """Write ``records`` (dicts of :data:`RECORD_FIELDS`, ``geom`` in ``crs``) as GeoReport v2.

    Parameters
    ----------
    fmt : {"json", "xml"}
    crs : str
        The CRS of the records' points (the store's).
    names : CodeNames, optional
        The categories' names for ``service_name``.
    """
    path = Path(path)
    data = open311_bytes(records, fmt, crs, names)
    with atomic_path(path) as tmp:
        Path(tmp).write_bytes(data)
    return path


def open311_bytes(records: list[dict], fmt: str = "json", crs: str = "EPSG:4549",
                  names: CodeNames | None = None) -> bytes:
    """The GeoReport v2 document of ``records`` (see :func:`write_open311`)."""
    names = names_or_codes(names)
    requests = [_request(r, crs, names) for r in records]
    if fmt == "json":
        return (json.dumps(requests, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "xml":
        return _xml(requests).encode("utf-8")
    raise ValueError(f"unknown Open311 format {fmt!r}; use 'json' or 'xml'")


def _request(record: dict, crs: str, names: CodeNames) -> dict:
    out: dict = {}
    status = record.get("status") or "new"
    out["service_request_id"] = record.get("case_number")
    out["status"] = "closed" if status in FINAL_STATUSES else "open"
    category = record.get("category")
    out["service_name"] = names.categories.get(category, category)
    for name, field in _STANDARD[1:]:
        out[name] = _time_text(record.get(field)) if field in _TIMES else record.get(field)
    geom = record.get("geom")
    if geom is not None and not shapely.is_empty(geom):
        lon, lat = transformer(crs, "EPSG:4326").transform(geom.x, geom.y)
        out["lat"], out["long"] = round(lat, 8), round(lon, 8)
    extended = {EXTENSION + name: (_time_text(record.get(field)) if field in _TIMES
                                   else record.get(field)) for name, field in _EXTENDED}
    if geom is not None and not shapely.is_empty(geom):
        extended.update({EXTENSION + "x": float(geom.x), EXTENSION + "y": float(geom.y),
                         EXTENSION + "srid": _srid(crs)})
    out["extended_attributes"] = {k: v for k, v in extended.items() if v is not None}
    return {k: v for k, v in out.items() if v is not None}


def _time_text(value) -> str | None:
    if value is None:
        return None
    value = _aware(value).astimezone(CHINA_TIME)
    spec = "seconds" if value.microsecond == 0 else (
        "milliseconds" if value.microsecond % 1000 == 0 else "microseconds")
    return value.isoformat(timespec=spec)


def _xml(requests: list[dict]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<service_requests>"]
    for request in requests:
        lines.append("  <request>")
        for name, value in request.items():
            if isinstance(value, dict):
                lines.append(f"    <{name}>")
                lines += [f"      <{k}>{_xml_text(v)}</{k}>" for k, v in value.items()]
                lines.append(f"    </{name}>")
            else:
                lines.append(f"    <{name}>{_xml_text(value)}</{name}>")
        lines.append("  </request>")
    lines.append("</service_requests>")
    return "\n".join(lines) + "\n"


def _xml_text(value) -> str:
    text = repr(value) if isinstance(value, float) else str(value)
    text = _XML_BAD.sub("\ufffd", text)  # characters XML 1.0 cannot hold at all
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))  # a bare CR would come back as LF


# -- reading --------------------------------------------------------------------------------------
def read_open311(path, crs: str = "EPSG:4549", names: CodeNames | None = None
                 ) -> tuple[list[dict], list[str]]:
    """Read a GeoReport v2 JSON or XML file of service requests.

    Parameters
    ----------
    path : str or Path
    crs : str
        The CRS to give the points in (the store's).
    names : CodeNames, optional
        The categories' names, for a request that has only a ``service_name``.

    Returns
    -------
    records : list of dict
        One per readable request, with the keys :data:`RECORD_FIELDS`.
    errors : list of str
        One per request that was left out, such as ``"request 3: lat 'abc' is not a number"``.

    Raises
    ------
    FileTooLarge, Unsafe, Damaged, EncodingError
        The file is too large, declares a DTD or entities, is not GeoReport v2 JSON/XML, or not UTF-8.
    """
    path = Path(path)
    if not path.is_file():
        raise DataSourceError(path,
                              QT_TRANSLATE_NOOP("DataSourceError", "the file does not exist"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Check the path."))
    size = path.stat().st_size
    if size > MAX_OPEN311_BYTES:
        raise FileTooLarge(path,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "the file is {value:.0f} MB, more than the "
                                             "{value2} MB an Open311 import takes"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Split it into smaller exports."),
                           value=size / 2**20, value2=MAX_OPEN311_BYTES >> 20)
    return parse_open311(path.read_bytes(), crs, path, names)


def parse_open311(data: bytes, crs: str = "EPSG:4549", path=None, names: CodeNames | None = None
                  ) -> tuple[list[dict], list[str]]:
    """:func:`read_open311` of bytes already in memory."""
    if len(data) > MAX_OPEN311_BYTES:
        raise FileTooLarge(path,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "the document is larger than an Open311 import "
                                             "takes"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Split it into smaller exports."))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"[", b"{"):
        requests = _json_requests(data, path)
    elif start == b"<":
        requests = _xml_requests(data, path)
    else:
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError", "is neither Open311 JSON nor XML"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Export the service requests again."))
    records, errors = [], []
    names = names_or_codes(names)
    for number, request in enumerate(requests, start=1):
        try:
            records.append(_record(request, crs, names))
        except _Bad as exc:
            errors.append(f"request {number}: {exc}")
    return records, errors


def _json_requests(data: bytes, path) -> list[dict]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise EncodingError(path,
                            QT_TRANSLATE_NOOP("DataSourceError", "byte {start} is not UTF-8"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Open311 JSON is UTF-8."),
                            start=exc.start) from exc
    except (ValueError, RecursionError) as exc:
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError", "is not valid JSON ({value})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Export it again."),
                      value=str(exc)[:120]) from exc
    if isinstance(document, dict):
        document = document.get("service_requests", document.get("requests"))
    if not isinstance(document, list):
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError", "holds no list of service requests"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Export the service requests again."))
    return [r if isinstance(r, dict) else {"_not_an_object": r} for r in document]


def _xml_requests(data: bytes, path) -> list[dict]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Unsafe(path,
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "the XML declares a DTD or entities ({error_type})"),
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "Open311 XML needs neither; ask the sender for a plain "
                                       "export."),
                     error_type=type(exc).__name__) from exc
    except ParseError as exc:
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError", "is not well-formed XML ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Export it again."),
                      reason=str(exc)) from exc
    except (UnicodeDecodeError, LookupError) as exc:
        raise EncodingError(path,
                            QT_TRANSLATE_NOOP("DataSourceError",
                                              "its text cannot be decoded ({reason})"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Export it as UTF-8."),
                            reason=str(exc)) from exc
    if root.tag != "service_requests":
        raise Damaged(path,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "the XML root is <{tag}>, not <service_requests>"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Give a GeoReport v2 service request list."),
                      tag=root.tag)
    requests = []
    for element in root:
        if element.tag != "request":
            continue
        request: dict = {}
        for child in element:
            if len(child):
                request[child.tag] = {c.tag: c.text or "" for c in child}
            else:
                request[child.tag] = child.text or ""
        requests.append(request)
    return requests


class _Bad(ValueError):
    """A request that cannot be read (reported with its number)."""


def _record(request: dict, crs: str, names: CodeNames) -> dict:
    if "_not_an_object" in request:
        raise _Bad("is not an object")
    extended = request.get("extended_attributes")
    extended = {} if extended in (None, "") else extended
    if not isinstance(extended, dict):
        raise _Bad("extended_attributes is not an object")
    record = dict.fromkeys(RECORD_FIELDS)
    for name, field in _STANDARD:
        record[field] = _value(request.get(name), field, name)
    for name, field in _EXTENDED:
        value = extended.get(EXTENSION + name)
        if value is not None:
            record[field] = _value(value, field, EXTENSION + name)
    if record["category"] is None:
        record["category"] = _category_from_name(request.get("service_name"), names)
    if record["category"] is None:
        raise _Bad("has no service_code (category)")
    open_closed = str(request.get("status") or "open").strip().lower()
    if record["status"] is None:
        record["status"] = "closed" if open_closed == "closed" else "new"
        if record["status"] == "closed" and record["closed_at"] is None:
            record["closed_at"] = record["updated_at"]
    if record["status"] not in STATUSES:
        raise _Bad(f"status {record['status']!r} is not an incident status")
    record["geom"] = _point(request, extended, crs)
    return record


def _value(value, field: str, name: str):
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise _Bad(f"{name} is not a single value")
    if field in _TIMES:
        return _parse_time(value, name)
    return str(value)


def _category_from_name(name, names: CodeNames) -> str | None:
    if not name:
        return None
    found = [code for code, called in names.categories.items() if called == str(name).strip()]
    return found[0] if found else str(name).strip()


def _parse_time(value, name: str) -> datetime | None:
    text = str(value).strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{name} {_show(text)} is not an ISO 8601 time") from None
    if moment.tzinfo is None:  # GeoReport v2 asks for an offset; the township's clock is meant
        moment = moment.replace(tzinfo=CHINA_TIME)
    return moment.astimezone(UTC)


def _point(request: dict, extended: dict, crs: str):
    x, y = extended.get(EXTENSION + "x"), extended.get(EXTENSION + "y")
    srid = extended.get(EXTENSION + "srid")
    if x is not None and y is not None and srid is not None and str(srid) == str(_srid(crs)):
        x, y = _number(x, EXTENSION + "x"), _number(y, EXTENSION + "y")
        return shapely.Point(x, y)
    lat, lon = request.get("lat"), request.get("long")
    if lat in (None, "") and lon in (None, ""):
        return None
    lat, lon = _number(lat, "lat"), _number(lon, "long")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Bad(f"lat {lat:g} / long {lon:g} are outside the earth's degrees")
    x, y = transformer("EPSG:4326", crs).transform(lon, lat)
    return shapely.Point(x, y)


def _number(value, name: str) -> float:
    if isinstance(value, bool) or isinstance(value, dict | list):
        raise _Bad(f"{name} is not a number")
    try:
        number = float(str(value).strip())
    except ValueError:
        raise _Bad(f"{name} {_show(value)} is not a number") from None
    if not math.isfinite(number):
        raise _Bad(f"{name} {_show(value)} is not a number")
    return number


def _srid(crs: str) -> int | str:
    text = str(crs)
    return int(text.split(":")[1]) if text.upper().startswith("EPSG:") else text


def _show(value, limit: int = 40) -> str:
    text = str(value)
    return repr(text[:limit] + "..." if len(text) > limit else text)


def _aware(value) -> datetime:
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# -- from the store -------------------------------------------------------------------------------
def incident_records(frame) -> list[dict]:
    """Records (:data:`RECORD_FIELDS`) from a store ``features("incidents")`` frame: times as UTC
    datetimes, ``duplicate_of`` as the original's case number, points without SRID."""
    import pandas as pd

    numbers = frame["case_number"].to_dict()
    geometry = frame.geometry.name
    records = []
    for _, row in frame.iterrows():
        record = {}
        for field in RECORD_FIELDS:
            value = row.get(field) if field in row.index else None
            if field == "geom":
                value = row[geometry]
                value = None if value is None or value.is_empty else shapely.Point(value.x, value.y)
            elif value is None or (not isinstance(value, str) and pd.isna(value)):
                value = None
            elif field in _TIMES:
                value = _aware(pd.Timestamp(value)).astimezone(UTC)
            elif field == "duplicate_of":
                value = numbers.get(int(value), str(int(value)))
            else:
                value = str(value)
            record[field] = value
        records.append(record)
    return records
