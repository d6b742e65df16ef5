"""Reading the audit trail (``session.audit``) and exporting store data (``session.exports``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import or_, select

from datasources.errors import QT_TRANSLATE_NOOP, PermissionDenied, StoreError
from datasources.store import audit
from datasources.store.core import SessionCore
from datasources.store.models import PERSONAL_FIELDS, AuditEvent, Incident
from datasources.store.permissions import Action, Right

EXPORT_FORMATS = {".gpkg": "GeoPackage", ".geojson": "GeoJSON", ".csv": "CSV"}
_VIEW_AUDIT = Action(Right.VIEW_AUDIT)


class AuditLog:
    """``session.audit``: the audit trail, for administrators."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    def log(self, username: str | None = None, event: str | None = None,
                  outcome: str | None = None, since: datetime | None = None,
                  until: datetime | None = None, text: str | None = None,
                  limit: int = 5000) -> pd.DataFrame:
        """Audit records, newest first, filtered by any of the arguments (administrators only)."""
        self.core.check(_VIEW_AUDIT, "audit_events")
        query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if username:
            query = query.where(AuditEvent.username == username)
        if event:
            query = query.where(AuditEvent.event == event)
        if outcome:
            query = query.where(AuditEvent.outcome == outcome)
        if since:
            query = query.where(AuditEvent.time >= _text_time(since))
        if until:
            query = query.where(AuditEvent.time <= _text_time(until))
        if text:
            like = f"%{text}%"
            query = query.where(or_(AuditEvent.object.like(like), AuditEvent.detail.like(like)))
        columns = ["seq", "time", "username", "event", "object", "outcome", "detail"]
        asked = {"username": username, "event": event, "outcome": outcome, "since": since, "until": until,
                 "text": text}
        with self.core.store.transaction() as session:
            rows = [[getattr(r, c) for c in columns] for r in session.scalars(query)]
            # reading the trail is itself recorded (after the read: it is not in what is shown)
            audit.append(session, self.core.username, "view_audit", "audit_events", "ok",
                         {"filters": sorted(k for k, v in asked.items() if v), "records": len(rows)})
        return pd.DataFrame(rows, columns=columns)

    def verify(self) -> list[audit.ChainProblem]:
        """Walk the hash chain (administrators only); an empty list means intact."""
        self.core.check(_VIEW_AUDIT, "audit_events")
        with self.core.store.transaction() as session:
            problems = audit.verify(session)
        self.core.store.record(self.core.username, "verify_audit", "audit_events", "ok",
                               {"problems": len(problems)})
        return problems


class Exports:
    """``session.exports``: the features a user sees, written out under the export rules."""

    def __init__(self, core: SessionCore, features) -> None:
        self.core = core
        self.features = features

    def write(self, kind: str, path: str | Path, include_personal: bool = False,
              confirmed: bool = False, labels: dict[str, str] | None = None, sheet: str | None = None) -> int:
        """Write the features the user sees to a GeoPackage, GeoJSON, CSV or XLSX file (a workbook's
        sheet is called ``sheet``, by default the kind; its geometry is a WKT column, as in a CSV).

        Personal data goes out only when ``include_personal`` and the role has ``export_personal``
        and the user ``confirmed``; otherwise the personal columns are left out entirely. A CSV's first
        row holds ``labels`` (field name -> header in the reader's language) above the field names when
        given (see :func:`datasources.writers.write_csv`), and so does a workbook's.
        """
        from datasources.writers import (
            wkt_table,
            write_csv,
            write_geojson,
            write_geopackage,
            write_xlsx,
        )

        path = Path(path)
        writer = {".gpkg": lambda d: write_geopackage(d, path, layer=kind),
                  ".geojson": write_geojson_to(path, write_geojson),
                  ".csv": lambda d: write_csv(d, path, labels=labels),
                  ".xlsx": lambda d: write_xlsx(wkt_table(d), path, sheet=sheet or kind, labels=labels),
                  }.get(path.suffix.lower())
        if writer is None:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "cannot export to {value}"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use .gpkg, .geojson, .csv or .xlsx."),
                             value=path.suffix or 'a file without extension')
        data = self.data(kind, path.name, include_personal, confirmed)
        try:
            writer(data)
        except Exception as exc:
            self.failed(kind, path.name, exc)
            raise
        self.done(kind, path.name, len(data), include_personal)
        return len(data)

    def data(self, kind: str, name: str, include_personal: bool = False,
                    confirmed: bool = False):
        """The features of ``kind`` an export named ``name`` may hold, after the export checks.

        Personal data is in it only when ``include_personal`` and the role has ``export_personal`` and
        the user ``confirmed``; otherwise the personal columns are left out entirely. Writers other than
        :meth:`write` (spreadsheets, Open311) call this, then :meth:`done` once written.
        """
        self.core.check(Action(Right.EXPORT), f"{kind}:{name}")
        data = self.features.read(kind)
        personal = [c for c in PERSONAL_FIELDS if c in data.columns]
        if include_personal and personal:
            if not confirmed:
                self.core.store.record(self.core.username, "export", f"{kind}:{name}", "denied",
                                  {"reason": "personal data not confirmed"})
                raise PermissionDenied(QT_TRANSLATE_NOOP("DataSourceError",
                                                         "exporting residents' personal data "
                                                         "needs a confirmation"),
                                       QT_TRANSLATE_NOOP("DataSourceError",
                                                         "Confirm that the export may contain "
                                                         "personal data."))
            self.core.check(Action(Right.EXPORT_PERSONAL), f"{kind}:{name}")
            return self._with_personal(data, name)
        return data.drop(columns=personal)

    def done(self, kind: str, name: str, count: int, personal: bool) -> None:
        """The audit record of a finished export."""
        self.core.store.record(self.core.username, "export", f"{kind}:{name}", "ok",
                          {"count": count, "personal": bool(personal and kind == "incidents")})

    def failed(self, kind: str, name: str, error: BaseException) -> None:
        """The audit record of an export that did not finish (the file is not there, or not whole)."""
        self.core.store.record(self.core.username, "export", f"{kind}:{name}", "failed",
                               {"error": type(error).__name__})

    def figures(self, name: str, count: int, write: Callable[[], object]):
        """Write figures made from what the user sees (the village statistics) with ``write``, if the
        user may export; audited as an export of ``village_statistics:<name>`` (ok or failed). Returns
        what ``write`` returns."""
        what = f"village_statistics:{name}"
        self.core.check(Action(Right.EXPORT), what)
        try:
            result = write()
        except Exception as exc:
            self.core.store.record(self.core.username, "export", what, "failed", {"error": type(exc).__name__})
            raise
        self.core.store.record(self.core.username, "export", what, "ok", {"count": count, "personal": False})
        return result

    def _with_personal(self, data, name: str):
        with self.core.store.transaction() as session:
            objs = {o.id: o for o in session.scalars(select(Incident).where(Incident.id.in_(
                [int(i) for i in data.index])))}
        data = data.copy()
        if not self.core.store.embedded:  # the server checks again, records and decrypts
            from datasources.store.pg_store import export_personal

            plain = export_personal(self.core.store, objs, name)
        else:
            plain = {i: self.core.rows.personal(o) for i, o in objs.items()}
            # handed out now, whether or not the caller writes a file and says so (``done``)
            self.core.store.record(self.core.username, "view_personal", f"incidents:{name}", "ok",
                                   {"count": len(plain), "for": "export"})
        for name in PERSONAL_FIELDS:
            data[name] = [plain[i][name] for i in data.index]
        return data


def write_geojson_to(path: Path, write):
    return lambda data: write(data, path)


def _text_time(value: datetime) -> str:
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
