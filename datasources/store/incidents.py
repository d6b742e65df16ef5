"""The incident desk in the store (``session.incidents``): filing reports, the workflow of status changes,
notes, photos, deadlines, likely duplicates and the reporter's personal data.

Every change of status is checked against :mod:`datasources.incident_vocabulary`, carries a note, the user
and the time, is kept in ``incident_events`` (the case's history) and audited, all in one transaction (the
session's one audited write).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import PurePath

import pandas as pd
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from datasources.errors import QT_TRANSLATE_NOOP, StoreError, WorkflowRefused
from datasources.incident_vocabulary import SOURCES, STATUSES, check_transition
from datasources.store import audit
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.corrections import Corrections
from datasources.store.features import Features
from datasources.store.incident_intake import (
    CaseNumbers,
    due,
    fill_villages,
    link_duplicates,
    number_reports,
    refuse_taken_numbers,
    utc,
)
from datasources.store.models import (
    CategoryDeadline,
    Incident,
    IncidentEvent,
    IncidentPhoto,
)
from datasources.store.permissions import Action, Right

HISTORY_COLUMNS = ["time", "username", "kind", "from_status", "to_status", "note", "assignee"]
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
_UNMASK = Action(Right.UNMASK_PERSONAL, "incidents")


class Incidents(Corrections):
    """``session.incidents``: residents' reports, their workflow and the desk's named corrections."""

    def __init__(self, core: SessionCore, features: Features) -> None:
        self.core = core
        self.features = features

    # -- filing -----------------------------------------------------------------------------------
    def file_report(self, values: dict) -> int:
        """File a resident's report; returns its id.

        Parameters
        ----------
        values : dict
            ``category`` (required), ``title``, ``description``, ``reported_at`` (default now),
            ``geom`` (a shapely Point in the store's CRS) and/or ``address`` (one of them required),
            ``village_code`` (default: the village containing the point), ``source`` (one of
            :data:`~datasources.incident_vocabulary.SOURCES`, default ``form``), ``reporter_name``,
            ``reporter_phone``, ``reporter_id_number`` (plain; stored encrypted), ``case_number``
            (default: the next ``<prefix>-<year>-NNNNN`` of the report's China year; a number that is not
            of that scheme is kept as ``source_number`` and the report gets the next one).

        The report starts ``new`` with ``due_at`` from its category's deadline; the first history event
        and an ``add`` audit record are written in the same transaction.
        """
        if str(values.get("case_number") or "").strip():
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                    "a new report gets its case number from the "
                                                    "store"),
                                  QT_TRANSLATE_NOOP("DataSourceError",
                                                    "Leave the case number out; give the source's "
                                                    "own number as source_number."))
        return self.import_reports([values], event="add", source=values.get("source") or "form")[0]

    def import_reports(self, records: list[dict], source: str = "import", event: str = "import",
                       detail: dict | None = None, feedback=None) -> list[int]:
        """File many reports in one transaction with one audit record; returns their ids.

        A ``feedback`` (:class:`~datasources.feedback.Feedback`) asked to stop is checked between the
        reports written: :class:`~datasources.errors.Cancelled` rolls the whole import back.

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
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "{source!r} is not a source of reports"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                             source=source, names=', '.join(SOURCES))
        now = datetime.now(UTC)
        rows = [self._report_row(dict(r), source, now) for r in records]
        if not rows:
            return []
        with self.core.store.transaction() as session:
            fill_villages(session, rows)
        villages = sorted({r.get("village_code") for r in rows}, key=str)
        write = Write("incidents", event, villages=villages,
                      also=Right.IMPORT if event == "import" else None)

        def change(session, _target) -> Outcome:
            table = {d.category: d.days for d in session.scalars(select(CategoryDeadline))}
            for row in rows:
                row.setdefault("due_at", due(row["reported_at"], row["category"], table))
            renumbered = number_reports(CaseNumbers(session), rows)
            refuse_taken_numbers(session, rows, self._scope)
            originals = [r.pop("duplicate_of", None) for r in rows]
            for original in originals:
                if isinstance(original, int):
                    self._original(session, original, None)
            prepared = [self.core.rows.prepared(Incident, r) for r in rows]
            ids = []
            for i, row in enumerate(prepared):  # one by one: executemany with RETURNING needs equal keys
                if feedback is not None and i % 50 == 0:
                    feedback.check()
                ids.append(session.scalar(insert(Incident).returning(Incident.id), row))
            link_duplicates(session, ids, originals, renumbered, self._scope)
            for incident_id, row in zip(ids, rows, strict=True):
                imported = row["status"] != "new" or event == "import"
                note = (f"imported as {row['status']}" if imported else "reported") + f" ({source})"
                session.add(IncidentEvent(incident_id=incident_id, time=now, username=self.core.username,
                                          kind="status", from_status=None, to_status=row["status"],
                                          note=note, assignee=row.get("assignee")))
            what = f"incidents:{ids[0]}" if len(ids) == 1 else f"incidents:{len(ids)} features"
            return Outcome({"count": len(ids), "source": source, **(detail or {})}, ids, what)

        try:
            return self.core.audited_write(write, change)
        except IntegrityError as exc:
            # a number taken by a report the user may not see (hidden by the shared store's row security)
            if "case_number" not in str(exc.orig) and "source_number" not in str(exc.orig):
                raise
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "some case numbers of the import cannot be used"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Import those reports without their case numbers.")) from None

    def check_import(self, name: str) -> None:
        """Raise :class:`~datasources.errors.PermissionDenied` (audited) unless the user may import reports
        (into their own village, if limited to one); ``name`` is the file's, for the audit record."""
        self.core.check(Action(Right.IMPORT, "incidents"), f"incidents:{name}", self.core.caller.village_code)

    def _report_row(self, row: dict, source: str, now: datetime) -> dict:
        if not str(row.get("category") or "").strip():
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "a report needs a category"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Choose what kind of problem it is."))
        if row.get("geom") is None and not str(row.get("address") or "").strip():
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "a report needs a place: a point on the map or "
                                               "an address"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Click the place on the map, or give the "
                                               "address or coordinates."))
        geom = row.get("geom")
        if geom is not None and geom.geom_type != "Point":
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "a report's place is a point, not a {geom_type}"),
                             geom_type=geom.geom_type)
        status = row.get("status") or "new"
        if status not in STATUSES:
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                    "{status!r} is not an incident status"),
                                  QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                                  status=status, names=', '.join(STATUSES))
        row["status"] = status
        row["source"] = row.get("source") or source
        if row["source"] not in SOURCES:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "{value!r} is not a source of reports"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use one of {names}."),
                             value=row['source'], names=', '.join(SOURCES))
        row["reported_at"] = utc(row.get("reported_at")) or now
        if status == "closed" and row.get("closed_at") is None:
            row["closed_at"] = now
        row["updated_at"], row["updated_by"] = now, self.core.username
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
        write = Write("incidents", "status_change", incident_id, expected_version, {"status": new_status},
                      stamps=True, refused={"to": new_status})

        def change(session, obj) -> Outcome:
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
            session.add(IncidentEvent(incident_id=obj.id, time=now, username=self.core.username,
                                      kind="status", from_status=before, to_status=new_status,
                                      note=note.strip(), assignee=obj.assignee))
            return Outcome({"from": before, "to": new_status, "assignee": obj.assignee,
                            "duplicate_of": obj.duplicate_of})

        return self.core.audited_write(write, change)

    def add_note(self, incident_id: int, note: str) -> int:
        """Add a note to an incident's history (its status stays); returns the event's id."""
        if not (note or "").strip():
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the note is empty"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Write something."))

        def change(session, obj) -> Outcome:
            event = IncidentEvent(incident_id=obj.id, time=datetime.now(UTC), username=self.core.username,
                                  kind="note", note=note.strip(), assignee=obj.assignee)
            session.add(event)
            session.flush()
            return Outcome({"event": event.id}, event.id)

        return self.core.audited_write(Write("incidents", "note", incident_id), change)

    def history(self, incident_id: int) -> pd.DataFrame:
        """The incident's status changes and notes, oldest first (columns :data:`HISTORY_COLUMNS`)."""
        self.features.get("incidents", incident_id)  # checks the right to read this incident
        query = (select(*(getattr(IncidentEvent, c) for c in HISTORY_COLUMNS))
                 .where(IncidentEvent.incident_id == int(incident_id))
                 .order_by(IncidentEvent.time, IncidentEvent.id))
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)]
        frame = pd.DataFrame(rows, columns=HISTORY_COLUMNS, dtype=object)  # None stays None
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
        return frame

    def by_case_number(self, number: str) -> int | None:
        """The id of the report with case ``number`` that the user may see (None when there is none)."""
        found = self.features.read("incidents", "case_number", number=number)
        return int(found.index[0]) if len(found) else None

    # -- personal data ----------------------------------------------------------------------------
    def unmask(self, incident_id: int, reason: str = "") -> dict:
        """The reporter's name, phone and ID number in full; recorded in the audit trail."""
        obj_name = f"incidents:{incident_id}"
        village = self.features.located("incidents", incident_id, _UNMASK).village_code
        self.core.check(_UNMASK, obj_name, village)
        if not self.core.store.embedded:  # the server checks again, records and decrypts
            from datasources.store.pg_store import unmask

            return unmask(self.core.store, incident_id, reason)
        with self.core.store.transaction() as session:
            plain = self.core.rows.personal(self.core.rows.get(session, "incidents", incident_id))
            audit.append(session, self.core.username, "view_personal", obj_name, "ok",
                         {"fields": sorted(k for k, v in plain.items() if v), "reason": reason})
        return plain

    # -- photos -----------------------------------------------------------------------------------
    def add_photo(self, incident_id: int, data: bytes, name: str) -> int:
        """Keep a JPEG or PNG photo (at most 10 MB) with the incident; returns the photo's id."""
        data = bytes(data)
        media_type = next((t for magic, t in PHOTO_TYPES.items() if data.startswith(magic)), None)
        shown = PurePath(str(name or "photo")).name[:200] or "photo"
        if media_type is None:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "{shown} is not a JPEG or PNG photo"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "Attach a .jpg or .png picture."),
                             shown=shown)
        if len(data) > MAX_PHOTO_BYTES:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "{shown} is {value:.1f} MB, more than the 10 "
                                               "MB allowed"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Make the photo smaller."),
                             shown=shown, value=len(data) / 2**20)
        from datasources.photos import clean_photo

        data, media_type = clean_photo(data, shown)  # decoded and encoded again: no EXIF, nothing hidden

        def change(session, obj) -> Outcome:
            photo = IncidentPhoto(incident_id=obj.id, name=shown, media_type=media_type, data=data,
                                  added_at=datetime.now(UTC), added_by=self.core.username)
            session.add(photo)
            session.flush()
            return Outcome({"photo": photo.id, "name": shown, "bytes": len(data)}, photo.id)

        return self.core.audited_write(Write("incidents", "add_photo", incident_id), change)

    def photos(self, incident_id: int) -> list[dict]:
        """The incident's photos, oldest first: dicts of id, name, media_type, data, added_at, added_by."""
        self.features.get("incidents", incident_id)
        columns = ["id", "name", "media_type", "data", "added_at", "added_by"]
        with self.core.store.transaction() as session:
            photos = session.scalars(select(IncidentPhoto).where(
                IncidentPhoto.incident_id == int(incident_id)).order_by(IncidentPhoto.id)).all()
            return [{c: getattr(p, c) for c in columns} for p in photos]

    # -- deadlines --------------------------------------------------------------------------------
    def deadlines(self) -> dict[str, float]:
        """Days from report to closing, by category."""
        self.core.check(Action.read("incidents"), "category_deadlines", self.core.caller.village_code)
        with self.core.store.transaction() as session:
            return {d.category: float(d.days) for d in
                    session.scalars(select(CategoryDeadline).order_by(CategoryDeadline.category))}

    @property
    def _scope(self) -> str | None:
        """The one village whose reports the user sees (None: every village)."""
        caller = self.core.caller
        return caller.village_code if caller.role != "administrator" else None

    def _original(self, session, original_id: int, incident_id: int | None) -> None:
        """Refuse a duplicate's original that is the report itself, or that the user may not see (said
        the same way as one that does not exist, so a refusal tells nothing of other villages)."""
        if original_id == incident_id:
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                    "a report cannot be a duplicate of itself"),
                                  QT_TRANSLATE_NOOP("DataSourceError",
                                                    "Give the number of the original report."))
        original = session.get(Incident, original_id)
        if original is None or not self.core.can(Action.read("incidents"), original.village_code) \
                or self._scope not in (None, original.village_code):
            raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                    "there is no report #{original_id} among those "
                                                    "you may see"),
                                  QT_TRANSLATE_NOOP("DataSourceError",
                                                    "Give the number of a report you can open."),
                                  original_id=original_id)

    # -- intake help ------------------------------------------------------------------------------
    def likely_duplicates(self, category: str, geom, reported_at: datetime,
                          distance_m: float = 200.0, hours: float = 48.0) -> pd.DataFrame:
        """Incidents of ``category`` within ``distance_m`` of ``geom`` reported within ``hours`` of
        ``reported_at`` (either side), not rejected or duplicates; nearest first, with ``distance_m``."""
        reported_at = utc(reported_at)
        window = timedelta(hours=float(hours))
        reach = float(distance_m)
        minx, miny, maxx, maxy = geom.bounds
        box = (minx - reach, miny - reach, maxx + reach, maxy + reach)
        found = self.features.read("incidents", "candidates", category=category,
                                   start=reported_at - window, end=reported_at + window, box=box)
        found = found[found.geometry.notna()]
        distance = found.geometry.distance(geom)
        found = found.assign(distance_m=distance)[distance <= float(distance_m)]
        return found.sort_values("distance_m", kind="stable")




__all__ = ["HISTORY_COLUMNS", "Incidents", "MAX_PHOTO_BYTES"]
