"""Reading the audit trail and exporting store data, as methods of the logged-in session."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import or_, select

from datasources.errors import PermissionDenied, StoreError
from datasources.store import audit
from datasources.store.models import PERSONAL_FIELDS, AuditEvent, Incident

EXPORT_FORMATS = {".gpkg": "GeoPackage", ".geojson": "GeoJSON", ".csv": "CSV"}


class AuditAndExport:
    """Methods of :class:`~datasources.store.session.StoreSession` for the audit log and exports."""

    def audit_log(self, username: str | None = None, event: str | None = None,
                  outcome: str | None = None, since: datetime | None = None,
                  until: datetime | None = None, text: str | None = None,
                  limit: int = 5000) -> pd.DataFrame:
        """Audit records, newest first, filtered by any of the arguments (administrators only)."""
        self.check("view_audit", "audit_events")
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
        with self.store.transaction() as session:
            rows = [[getattr(r, c) for c in columns] for r in session.scalars(query)]
        return pd.DataFrame(rows, columns=columns)

    def verify_audit(self) -> list[audit.ChainProblem]:
        """Walk the hash chain (administrators only); an empty list means intact."""
        self.check("view_audit", "audit_events")
        with self.store.transaction() as session:
            return audit.verify(session)

    def export(self, kind: str, path: str | Path, include_personal: bool = False,
               confirmed: bool = False) -> int:
        """Write the features the user sees to a GeoPackage, GeoJSON or CSV file.

        Personal data goes out only when ``include_personal`` and the role has ``export_personal``
        and the user ``confirmed``; otherwise the personal columns are left out entirely.
        """
        from datasources.writers import write_csv, write_geojson, write_geopackage

        path = Path(path)
        writer = {".gpkg": lambda d: write_geopackage(d, path, layer=kind),
                  ".geojson": write_geojson_to(path, write_geojson),
                  ".csv": lambda d: write_csv(d, path)}.get(path.suffix.lower())
        if writer is None:
            raise StoreError(f"cannot export to {path.suffix or 'a file without extension'}",
                             "Use .gpkg, .geojson or .csv.")
        data = self.export_data(kind, path.name, include_personal, confirmed)
        writer(data)
        self.exported(kind, path.name, len(data), include_personal)
        return len(data)

    def export_data(self, kind: str, name: str, include_personal: bool = False,
                    confirmed: bool = False):
        """The features of ``kind`` an export named ``name`` may hold, after the export checks.

        Personal data is in it only when ``include_personal`` and the role has ``export_personal`` and
        the user ``confirmed``; otherwise the personal columns are left out entirely. Writers other than
        :meth:`export` (spreadsheets, Open311) call this, then :meth:`exported` once written.
        """
        self.check("export", f"{kind}:{name}")
        data = self.features(kind)
        personal = [c for c in PERSONAL_FIELDS if c in data.columns]
        if include_personal and personal:
            if not confirmed:
                self.store.record(self.username, "export", f"{kind}:{name}", "denied",
                                  {"reason": "personal data not confirmed"})
                raise PermissionDenied("exporting residents' personal data needs a confirmation",
                                       "Confirm that the export may contain personal data.")
            self.check("export_personal", f"{kind}:{name}")
            return self._with_personal(data)
        return data.drop(columns=personal)

    def exported(self, kind: str, name: str, count: int, personal: bool) -> None:
        """The audit record of a finished export."""
        self.store.record(self.username, "export", f"{kind}:{name}", "ok",
                          {"count": count, "personal": bool(personal and kind == "incidents")})

    def _with_personal(self, data):
        with self.store.transaction() as session:
            objs = {o.id: o for o in session.scalars(select(Incident).where(Incident.id.in_(
                [int(i) for i in data.index])))}
        data = data.copy()
        plain = {i: self._personal(o) for i, o in objs.items()}
        for name in PERSONAL_FIELDS:
            data[name] = [plain[i][name] for i in data.index]
        return data


def write_geojson_to(path: Path, write):
    return lambda data: write(data, path)


def _text_time(value: datetime) -> str:
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
