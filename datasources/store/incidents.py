"""The incident desk in the store: filing reports, the workflow of status changes, notes, photos, deadlines,
likely duplicates and the sensor readings shown as evidence, as methods of the logged-in session.

Every change of status is checked against :mod:`datasources.store.incident_rules`, carries a note, the user
and the time, is kept in ``incident_events`` (the case's history) and audited, all in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import PurePath

import pandas as pd
from sqlalchemy import insert, select
from sqlalchemy.orm.exc import StaleDataError

from datasources.errors import EditConflict, StoreError, WorkflowRefused
from datasources.store import audit
from datasources.store.gpkg import update_extents
from datasources.store.incident_intake import (
    CaseNumbers,
    due,
    fill_villages,
    link_duplicates,
    number_reports,
    refuse_taken_numbers,
    utc,
)
from datasources.store.incident_rules import SOURCES, STATUSES, check_transition
from datasources.store.models import (
    CategoryDeadline,
    Incident,
    IncidentEvent,
    IncidentPhoto,
    Reading,
)

HISTORY_COLUMNS = ["time", "username", "kind", "from_status", "to_status", "note", "assignee"]
READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
#: statuses a likely duplicate cannot have (they are not cases of their own)
NOT_ORIGINALS = ("rejected", "duplicate")


class IncidentDesk:
    """Methods of :class:`~datasources.store.session.StoreSession` for residents' reports."""

    # -- filing -----------------------------------------------------------------------------------
    def file_report(self, values: dict) -> int:
        """File a resident's report; returns its id.

        Parameters
        ----------
        values : dict
            ``category`` (required), ``title``, ``description``, ``reported_at`` (default now),
            ``geom`` (a shapely Point in the store's CRS) and/or ``address`` (one of them required),
            ``village_code`` (default: the village containing the point), ``source`` (one of
            :data:`~datasources.store.incident_rules.SOURCES`, default ``form``), ``reporter_name``,
            ``reporter_phone``, ``reporter_id_number`` (plain; stored encrypted), ``case_number``
            (default: the next ``<prefix>-<year>-NNNNN`` of the report's China year; a number that is not
            of that scheme is kept as ``source_number`` and the report gets the next one).

        The report starts ``new`` with ``due_at`` from its category's deadline; the first history event
        and an ``add`` audit record are written in the same transaction.
        """
        return self.import_reports([values], event="add", source=values.get("source") or "form")[0]

    def import_reports(self, records: list[dict], source: str = "import", event: str = "import",
                       detail: dict | None = None) -> list[int]:
        """File many reports in one transaction with one audit record; returns their ids.

        Each record takes the fields of :meth:`file_report`; a record may also bring its ``status``
        (default ``new``), ``closed_at``, ``assignee``, ``due_at`` and ``duplicate_of`` (an Open311 or
        spreadsheet export from another desk), written to the history as one event "imported as ...".
        ``duplicate_of`` is the original's id, or its case number (in the store or in the same import,
        also the source's own number of a report in the same import; a case number found nowhere leaves
        the link empty). Every report gets a case number of the township's one scheme (see
        :func:`~datasources.store.incident_intake.number_reports`).

        Raises
        ------
        StoreError
            A case number is already in the store (nothing is imported).
        """
        if source not in SOURCES:
            raise StoreError(f"{source!r} is not a source of reports", f"Use one of {', '.join(SOURCES)}.")
        now = datetime.now(UTC)
        rows = [self._report_row(dict(r), source, now) for r in records]
        if not rows:
            return []
        with self.store.transaction() as session:
            fill_villages(session, rows)
        # Checked outside the write transaction: a refusal writes its audit record in one of its own.
        for village in sorted({r.get("village_code") for r in rows}, key=str):
            self.check("edit:incidents", "incidents", village, "incidents")
            if event == "import":
                self.check("import", "incidents", village, "incidents")
        with self.store.transaction() as session:
            table = {d.category: d.days for d in session.scalars(select(CategoryDeadline))}
            for row in rows:
                row.setdefault("due_at", due(row["reported_at"], row["category"], table))
            renumbered = number_reports(CaseNumbers(session), rows)
            refuse_taken_numbers(session, rows)
            originals = [r.pop("duplicate_of", None) for r in rows]
            for original in originals:
                if isinstance(original, int):
                    self._original(session, original, None)
            prepared = [self._prepared(Incident, r) for r in rows]
            ids = []
            for row in prepared:  # one by one: executemany with RETURNING needs equal keys anyway
                ids.append(session.scalar(insert(Incident).returning(Incident.id), row))
            link_duplicates(session, ids, originals, renumbered)
            for incident_id, row in zip(ids, rows, strict=True):
                imported = row["status"] != "new" or event == "import"
                note = (f"imported as {row['status']}" if imported else "reported") + f" ({source})"
                session.add(IncidentEvent(incident_id=incident_id, time=now, username=self.username,
                                          kind="status", from_status=None, to_status=row["status"],
                                          note=note, assignee=row.get("assignee")))
            what = f"incidents:{ids[0]}" if len(ids) == 1 else f"incidents:{len(ids)} features"
            audit.append(session, self.username, event, what, "ok",
                         {"count": len(ids), "source": source, **(detail or {})})
            if session.bind.dialect.name == "sqlite":
                update_extents(session.connection(), "incidents")
        return ids

    def _report_row(self, row: dict, source: str, now: datetime) -> dict:
        if not str(row.get("category") or "").strip():
            raise StoreError("a report needs a category", "Choose what kind of problem it is.")
        if row.get("geom") is None and not str(row.get("address") or "").strip():
            raise StoreError("a report needs a place: a point on the map or an address",
                             "Click the place on the map, or give the address or coordinates.")
        geom = row.get("geom")
        if geom is not None and geom.geom_type != "Point":
            raise StoreError(f"a report's place is a point, not a {geom.geom_type}")
        status = row.get("status") or "new"
        if status not in STATUSES:
            raise WorkflowRefused(f"{status!r} is not an incident status",
                                  f"Use one of {', '.join(STATUSES)}.")
        row["status"] = status
        row["source"] = row.get("source") or source
        if row["source"] not in SOURCES:
            raise StoreError(f"{row['source']!r} is not a source of reports",
                             f"Use one of {', '.join(SOURCES)}.")
        row["reported_at"] = utc(row.get("reported_at")) or now
        if status == "closed" and row.get("closed_at") is None:
            row["closed_at"] = now
        row["updated_at"], row["updated_by"] = now, self.username
        row.pop("id", None)
        row.pop("version", None)
        return row

    # -- the workflow -----------------------------------------------------------------------------
    def change_status(self, incident_id: int, new_status: str, note: str, expected_version: int,
                      assignee: str | None = None, duplicate_of: int | None = None) -> int:
        """Move an incident to ``new_status`` if the workflow allows it; returns the new version.

        Raises
        ------
        WorkflowRefused
            The transition is not allowed, the note is blank, ``assigned`` lacks an assignee or
            ``duplicate`` an existing original. Recorded in the audit trail as refused.
        EditConflict
            Someone saved the incident since ``expected_version``; nothing changed.
        """
        from datasources.store.session import _Refusal

        obj_name = f"incidents:{incident_id}"
        self._still_active("edit:incidents", obj_name)
        try:
            with self.store.transaction() as session:
                obj = self._get(session, Incident, "incidents", incident_id)
                self._check_write("incidents", obj, {}, obj_name)
                if obj.version != expected_version:
                    raise EditConflict("incidents", incident_id, {"status": new_status},
                                       self._row(obj, masked=True))
                before = obj.status
                check_transition(before, new_status, note, assignee, duplicate_of)
                if new_status == "duplicate":
                    self._original(session, int(duplicate_of), int(incident_id))
                    obj.duplicate_of = int(duplicate_of)
                now = datetime.now(UTC)
                obj.status = new_status
                if new_status == "assigned":
                    obj.assignee = assignee.strip()
                if new_status == "closed":
                    obj.closed_at = now
                self._stamp(obj)
                session.flush()
                session.add(IncidentEvent(incident_id=obj.id, time=now, username=self.username,
                                          kind="status", from_status=before, to_status=new_status,
                                          note=note.strip(), assignee=obj.assignee))
                audit.append(session, self.username, "status_change", obj_name, "ok",
                             {"from": before, "to": new_status, "version": obj.version,
                              "assignee": obj.assignee, "duplicate_of": obj.duplicate_of})
                return obj.version
        except StaleDataError:
            with self.store.transaction() as session:
                theirs = self._row(self._get(session, Incident, "incidents", incident_id), masked=True)
            conflict = EditConflict("incidents", incident_id, {"status": new_status}, theirs)
        except EditConflict as exc:
            conflict = exc
        except WorkflowRefused as exc:
            self.store.record(self.username, "status_change", obj_name, "refused",
                              {"to": new_status, "reason": exc.problem})
            raise
        except _Refusal as refusal:
            raise self._refused(refusal) from None
        self.store.record(self.username, "status_change", obj_name, "conflict",
                          {"expected_version": expected_version,
                           "stored_version": conflict.theirs.get("version")})
        raise conflict

    def _original(self, session, original_id: int, incident_id: int | None) -> None:
        if original_id == incident_id:
            raise WorkflowRefused("a report cannot be a duplicate of itself",
                                  "Give the number of the original report.")
        original = session.get(Incident, original_id)
        if original is None:
            raise WorkflowRefused(f"the original report #{original_id} is not in the store",
                                  "Give the number of an existing report.")

    def add_note(self, incident_id: int, note: str) -> int:
        """Add a note to an incident's history (its status stays); returns the event's id."""
        if not (note or "").strip():
            raise StoreError("the note is empty", "Write something.")
        from datasources.store.session import _Refusal

        obj_name = f"incidents:{incident_id}"
        self._still_active("edit:incidents", obj_name)
        try:
            with self.store.transaction() as session:
                obj = self._get(session, Incident, "incidents", incident_id)
                self._check_write("incidents", obj, {}, obj_name)
                event = IncidentEvent(incident_id=obj.id, time=datetime.now(UTC),
                                      username=self.username, kind="note", note=note.strip(),
                                      assignee=obj.assignee)
                session.add(event)
                session.flush()
                audit.append(session, self.username, "note", obj_name, "ok", {"event": event.id})
                return event.id
        except _Refusal as refusal:
            raise self._refused(refusal) from None

    def history(self, incident_id: int) -> pd.DataFrame:
        """The incident's status changes and notes, oldest first (columns :data:`HISTORY_COLUMNS`)."""
        self.feature("incidents", incident_id)  # checks the right to read this incident
        query = (select(*(getattr(IncidentEvent, c) for c in HISTORY_COLUMNS))
                 .where(IncidentEvent.incident_id == int(incident_id))
                 .order_by(IncidentEvent.time, IncidentEvent.id))
        with self.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)]
        frame = pd.DataFrame(rows, columns=HISTORY_COLUMNS, dtype=object)  # None stays None
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
        return frame

    # -- photos -----------------------------------------------------------------------------------
    def add_photo(self, incident_id: int, data: bytes, name: str) -> int:
        """Keep a JPEG or PNG photo (at most 10 MB) with the incident; returns the photo's id."""
        data = bytes(data)
        media_type = next((t for magic, t in PHOTO_TYPES.items() if data.startswith(magic)), None)
        shown = PurePath(str(name or "photo")).name[:200] or "photo"
        if media_type is None:
            raise StoreError(f"{shown} is not a JPEG or PNG photo", "Attach a .jpg or .png picture.")
        if len(data) > MAX_PHOTO_BYTES:
            raise StoreError(f"{shown} is {len(data) / 2**20:.1f} MB, more than the 10 MB allowed",
                             "Make the photo smaller.")
        from datasources.store.session import _Refusal

        obj_name = f"incidents:{incident_id}"
        self._still_active("edit:incidents", obj_name)
        try:
            with self.store.transaction() as session:
                obj = self._get(session, Incident, "incidents", incident_id)
                self._check_write("incidents", obj, {}, obj_name)
                photo = IncidentPhoto(incident_id=obj.id, name=shown, media_type=media_type, data=data,
                                      added_at=datetime.now(UTC), added_by=self.username)
                session.add(photo)
                session.flush()
                audit.append(session, self.username, "add_photo", obj_name, "ok",
                             {"photo": photo.id, "name": shown, "bytes": len(data)})
                return photo.id
        except _Refusal as refusal:
            raise self._refused(refusal) from None

    def photos(self, incident_id: int) -> list[dict]:
        """The incident's photos, oldest first: dicts of id, name, media_type, data, added_at, added_by."""
        self.feature("incidents", incident_id)
        columns = ["id", "name", "media_type", "data", "added_at", "added_by"]
        with self.store.transaction() as session:
            photos = session.scalars(select(IncidentPhoto).where(
                IncidentPhoto.incident_id == int(incident_id)).order_by(IncidentPhoto.id)).all()
            return [{c: getattr(p, c) for c in columns} for p in photos]

    # -- deadlines --------------------------------------------------------------------------------
    def deadlines(self) -> dict[str, float]:
        """Days from report to closing, by category."""
        self.check("read:incidents", "category_deadlines", self.caller.village_code, "incidents")
        with self.store.transaction() as session:
            return {d.category: float(d.days) for d in
                    session.scalars(select(CategoryDeadline).order_by(CategoryDeadline.category))}

    def set_deadline(self, category: str, days: float) -> None:
        """Change (or add) a category's deadline; applies to reports filed from now on. Audited.

        Only users who edit incidents in every village (not a village officer) may change it.
        """
        days = float(days)
        if not category or not 0 < days < 3650:
            raise StoreError(f"{days:g} days is not a deadline", "Give a number of days above 0.")
        self.check("edit:incidents", f"category_deadlines:{category}", None, "incidents")
        with self.store.transaction() as session:
            row = session.scalar(select(CategoryDeadline).where(CategoryDeadline.category == category))
            before = None if row is None else row.days
            if row is None:
                session.add(CategoryDeadline(category=category, days=days))
            else:
                row.days = days
            audit.append(session, self.username, "set_deadline", f"category_deadlines:{category}",
                         "ok", {"days": [before, days]})

    # -- intake help and evidence -----------------------------------------------------------------
    def likely_duplicates(self, category: str, geom, reported_at: datetime,
                          distance_m: float = 200.0, hours: float = 48.0) -> pd.DataFrame:
        """Incidents of ``category`` within ``distance_m`` of ``geom`` reported within ``hours`` of
        ``reported_at`` (either side), not rejected or duplicates; nearest first, with ``distance_m``."""
        reported_at = utc(reported_at)
        window = timedelta(hours=float(hours))
        where = ((Incident.category == category) & Incident.status.not_in(NOT_ORIGINALS)
                 & (Incident.reported_at >= reported_at - window)
                 & (Incident.reported_at <= reported_at + window))
        found = self.features("incidents", where=where)
        found = found[found.geometry.notna()]
        distance = found.geometry.distance(geom)
        found = found.assign(distance_m=distance)[distance <= float(distance_m)]
        return found.sort_values("distance_m", kind="stable")

    def sensor_readings(self, sensor_codes, start: datetime, end: datetime) -> pd.DataFrame:
        """Readings of the sensors from ``start`` to ``end`` (columns :data:`READING_COLUMNS`)."""
        self.check("read:sensor_readings", "sensor_readings", kind="sensor_readings")
        codes = [str(c) for c in sensor_codes]
        query = (select(*(getattr(Reading, c) for c in READING_COLUMNS))
                 .where(Reading.sensor_code.in_(codes), Reading.time >= utc(start),
                        Reading.time <= utc(end))
                 .order_by(Reading.sensor_code, Reading.time, Reading.parameter))
        with self.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)] if codes else []
        frame = pd.DataFrame(rows, columns=READING_COLUMNS)
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
        return frame



__all__ = ["HISTORY_COLUMNS", "IncidentDesk", "MAX_PHOTO_BYTES", "READING_COLUMNS"]
