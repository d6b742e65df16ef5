"""Residents' reports in and out of the store as files: spreadsheets and Open311 GeoReport v2.

:func:`import_incidents` reads a CSV/XLSX table (:mod:`datasources.incident_import`) or an Open311 JSON/XML
file (:mod:`datasources.open311`), leaves out the rows it cannot take (each with its error), points out likely
duplicates of reports already in the store (they are imported anyway) and files the rest in one audited
transaction. :func:`export_incidents` writes Open311 JSON/XML or a CSV/XLSX spreadsheet whose cells cannot
run as formulas; personal data only as the store's export rules allow (never in Open311).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from datasources.crs import transformer
from datasources.errors import QT_TRANSLATE_NOOP, StoreError
from datasources.feedback import Feedback
from datasources.incident_import import read_incident_rows
from datasources.incident_vocabulary import NOT_ORIGINALS, CodeNames, names_or_codes
from datasources.open311 import incident_records, read_open311, write_open311
from datasources.writers import write_table_csv, write_xlsx


class ExportFormat(StrEnum):
    """What reports are exported as; each is its own name (``"csv"``) for the command line and old callers."""

    OPEN311_JSON = "open311-json"
    OPEN311_XML = "open311-xml"
    CSV = "csv"
    XLSX = "xlsx"

    @property
    def is_open311(self) -> bool:
        return self in (ExportFormat.OPEN311_JSON, ExportFormat.OPEN311_XML)

    @property
    def suffix(self) -> str:
        """The file's suffix, without the dot (``json`` for Open311 JSON)."""
        return self.value.rsplit("-", 1)[-1]


EXPORT_FORMATS = tuple(ExportFormat)
OPEN311_SUFFIXES = (".json", ".xml")
CHINA_TIME = timezone(timedelta(hours=8))
#: the columns of a spreadsheet export, in order (personal ones only when allowed and asked for)
SPREADSHEET_COLUMNS = ("case_number", "category", "category_zh", "status", "status_zh", "title",
                       "description", "address", "village_code", "reported_at", "due_at", "closed_at",
                       "assignee", "duplicate_of", "source", "lon", "lat", "x", "y")
PERSONAL_COLUMNS = ("reporter_name", "reporter_phone", "reporter_id_number")


@dataclass
class ImportResult:
    """What an import did: ids filed, rows refused (with why), likely duplicates pointed out."""

    ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def import_incidents(session, path, mapping: dict[str, str] | None = None, encoding: str | None = None,
                     crs=None, distance_m: float = 200.0, hours: float = 48.0,
                     names: CodeNames | None = None, feedback: Feedback | None = None) -> ImportResult:
    """Import a table or Open311 file of reports into the store of ``session``.

    Parameters
    ----------
    session : StoreSession
        The logged-in user (needs the import right).
    path : str or Path
        ``.json``/``.xml``: Open311 GeoReport v2; anything else: a CSV/TSV/TXT or XLSX table.
    mapping, encoding, crs :
        For tables, see :func:`~datasources.incident_import.read_incident_rows`.
    distance_m, hours :
        What counts as a likely duplicate (same category, this close in space and time).
    names : CodeNames, optional
        The names a file may use instead of the category and status codes.
    feedback : Feedback, optional
        Progress, and cancellation checked between the steps and while the reports are written (a
        cancelled import writes nothing: the reports go in in one transaction).

    Returns
    -------
    ImportResult
    """
    path, feedback = Path(path), Feedback.of(feedback)
    # The right first (in the user's own village, if limited to one): a refusal never waits for the file.
    session.incidents.check_import(path.name)
    store_crs = f"EPSG:{session.store.srid}"
    feedback.progress(0.0, f"reading {path.name}")
    if path.suffix.lower() in OPEN311_SUFFIXES:
        records, errors = read_open311(path, crs=store_crs, names=names)
        source, label = "open311", "request"
        records = [{**r, "row": i} for i, r in enumerate(records, start=1)]
    else:
        records, errors = read_incident_rows(path, mapping, encoding, crs, store_crs, names=names)
        source, label = "import", "row"
    feedback.check(path)
    result = ImportResult(errors=list(errors))
    stored = session.features.read("incidents")
    known = set(stored["case_number"].dropna())  # and the sources' own numbers of earlier imports:
    known |= set(stored["source_number"].dropna()) if "source_number" in stored.columns else set()
    seen: set[str] = set()
    good = []
    for record in records:
        number = record.get("case_number")
        if number and (number in known or number in seen):
            where = "already in the store" if number in known else "twice in the file"
            result.errors.append(f"{label} {record['row']}: the case number {number} is {where}")
            continue
        if number:
            seen.add(number)
        good.append(record)
    result.duplicates = _likely_duplicates(session, good, label, distance_m, hours)
    feedback.check(path)
    feedback.progress(0.5, f"importing {len(good)} reports")
    rows = [{k: _plain(v) for k, v in r.items() if k != "row" and v is not None} for r in good]
    result.ids = session.incidents.import_reports(rows, source=source, detail={"file": path.name,
                                                                     "refused": len(result.errors)},
                                                  feedback=feedback)
    return result


def _likely_duplicates(session, records: list[dict], label: str, distance_m: float,
                       hours: float) -> list[str]:
    """What :meth:`likely_duplicates` says for each record, from one read of the store's incidents."""
    placed = [r for r in records if r.get("geom") is not None]
    if not placed:
        return []
    stored = session.features.read("incidents")
    stored = stored[~stored["status"].isin(NOT_ORIGINALS) & stored.geometry.notna()
                    & stored["reported_at"].notna()]
    reported = pd.to_datetime(stored["reported_at"], utc=True)
    xs, ys = stored.geometry.x.to_numpy(), stored.geometry.y.to_numpy()
    window = pd.Timedelta(hours=float(hours))
    notes = []
    for record in placed:
        when = pd.Timestamp(record.get("reported_at") or datetime.now(UTC))
        distance = np.hypot(xs - record["geom"].x, ys - record["geom"].y)
        near = ((stored["category"] == record["category"]).to_numpy() & (distance <= distance_m)
                & ((reported - when).abs() <= window).to_numpy())
        for i in np.flatnonzero(near)[np.argsort(distance[near], kind="stable")][:3]:
            other = stored.iloc[i]
            notes.append(f"{label} {record['row']}: may repeat {other['case_number']} "
                         f"({other['category']}, {distance[i]:.0f} m away, reported "
                         f"{_local(other['reported_at'])})")
    return notes


def export_incidents(session, path, fmt: ExportFormat | str, include_personal: bool = False,
                     confirmed: bool = False, names: CodeNames | None = None,
                     headers: dict[str, str] | None = None, sheet: str | None = None) -> int:
    """Write the incidents the user sees to ``path`` as ``fmt`` (an :class:`ExportFormat`); returns
    how many. Spreadsheet cells starting with = + - @ or a tab are neutralised; ``names`` are the
    categories' and statuses' names written beside the codes (Open311: ``service_name``); a
    spreadsheet's columns are called ``headers[column]`` and its sheet ``sheet`` (the reader's
    language; by default the column names and "incidents")."""
    path = Path(path)
    if fmt not in EXPORT_FORMATS:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{fmt!r} is not an export format"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                         fmt=fmt, names=', '.join(EXPORT_FORMATS))
    fmt = ExportFormat(fmt)
    if fmt.is_open311 and include_personal:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "Open311 exports never carry residents' personal "
                                           "data"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Export to csv or xlsx for that, if your role "
                                           "allows it."))
    data = session.exports.data("incidents", path.name, include_personal, confirmed)
    store_crs = f"EPSG:{session.store.srid}"
    try:
        if fmt.is_open311:
            write_open311(incident_records(data), path, fmt.suffix, store_crs, names)
        else:
            table = spreadsheet_table(data, store_crs, names).rename(columns=headers or {})
            if fmt is ExportFormat.CSV:
                write_table_csv(table, path)
            else:
                write_xlsx(table, path, sheet=sheet or "incidents")
    except Exception as exc:  # a failed export is recorded too
        session.exports.failed("incidents", path.name, exc)
        raise
    session.exports.done("incidents", path.name, len(data), include_personal)
    return len(data)


def spreadsheet_table(data, store_crs: str, names: CodeNames | None = None) -> pd.DataFrame:
    """The incidents as a flat table for people: the office's names beside the codes (``names``), times
    in China Standard Time (ISO 8601 with +08:00), WGS 84 lon/lat and the store's x/y."""
    names = names_or_codes(names)
    numbers = data["case_number"].to_dict()
    geoms = data.geometry.array
    empty = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    xs = pd.Series(shapely.get_x(geoms), index=data.index).mask(empty)
    ys = pd.Series(shapely.get_y(geoms), index=data.index).mask(empty)
    lon, lat = transformer(store_crs, "EPSG:4326").transform(xs.to_numpy(), ys.to_numpy())
    table = pd.DataFrame(index=data.index)
    for column in SPREADSHEET_COLUMNS:
        if column == "category_zh":
            table[column] = data["category"].map(dict(names.categories))
        elif column == "status_zh":
            table[column] = data["status"].map(dict(names.statuses))
        elif column in ("reported_at", "due_at", "closed_at"):
            table[column] = data[column].map(_local)
        elif column == "duplicate_of":
            table[column] = data[column].map(lambda i: None if pd.isna(i) else numbers.get(int(i)))
        elif column in ("lon", "lat"):
            table[column] = pd.Series(lon if column == "lon" else lat, index=data.index).round(7)
        elif column in ("x", "y"):
            table[column] = (xs if column == "x" else ys).round(3)
        else:
            table[column] = data[column]
    for column in PERSONAL_COLUMNS:
        if column in data.columns:
            table[column] = data[column]
    return table.astype(object).where(table.notna(), None).reset_index(drop=True)


def _local(value) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).tz_convert(CHINA_TIME).isoformat()


def _plain(value):
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
