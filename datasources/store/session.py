"""What a logged-in user does with the store; every call is checked against the user's role and village.

Reads return GeoDataFrames with residents' personal data masked; :meth:`StoreSession.unmask` shows it in
full and is audited. Writes run in one transaction together with their audit record. Updates and deletes
carry the ``version`` the user read; when someone else saved the feature in between, :class:`EditConflict`
comes back with both versions and nothing is overwritten.
"""

from __future__ import annotations

from datetime import UTC, datetime

import geopandas as gpd
import pandas as pd
import shapely
from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from datasources.errors import EditConflict, KeyMissing, NotFound, PermissionDenied, StoreError
from datasources.store import audit
from datasources.store.accounts import AccountAdministration
from datasources.store.crypto import MASKS
from datasources.store.geometry import Geometry
from datasources.store.gpkg import update_extents
from datasources.store.incidents import IncidentDesk
from datasources.store.models import KINDS, PERSONAL_FIELDS, Incident, User
from datasources.store.permissions import VILLAGE_SCOPED, Caller, require
from datasources.store.records import AuditAndExport

_HIDDEN = set(PERSONAL_FIELDS.values())
#: Incident fields that only :meth:`change_status` sets (with a note, a history row and an audit record).
WORKFLOW_FIELDS = ("status", "closed_at", "assignee", "duplicate_of")


def _village_column(model):
    return getattr(model, "village_code", None)


def _geometry_column(model) -> str | None:
    for column in model.__table__.columns:
        if isinstance(column.type, Geometry):
            return column.name
    return None


class StoreSession(AccountAdministration, AuditAndExport, IncidentDesk):
    """The store as one user sees it.

    Parameters
    ----------
    store : TownshipStore
    caller : Caller
        The logged-in user.
    account : bool
        True for a user's login: every check takes the account's role and village as they are now, and a
        disabled account may do nothing more. False for a trusted script with no account.
    """

    def __init__(self, store, caller: Caller, account: bool = True) -> None:
        self.store = store
        self.caller = caller
        self.account = account

    @property
    def username(self) -> str:
        return self.caller.username

    # -- checks ---------------------------------------------------------------------------------
    def check(self, action: str, obj: str, village_code: str | None = None,
              kind: str | None = None) -> None:
        """:func:`require` the right; a refusal is audited before it is raised."""
        try:
            self._refresh()
            require(self.caller, action, village_code, kind)
        except PermissionDenied:
            self._denied(action, obj, village_code)
            raise

    def _refresh(self) -> None:
        """Follow the administrator's changes since login: a new role or village applies at once."""
        if not self.account:
            return
        with self.store.transaction() as session:
            user = session.scalar(select(User).where(User.username == self.caller.username))
        if user is None or not user.active:
            raise PermissionDenied(f"the account {self.caller.username} has been disabled",
                                   "Ask the administrator to enable it.")
        self.caller = Caller(user.username, user.role, user.village_code)

    def _denied(self, action: str, obj: str, village_code: str | None) -> None:
        self.store.record(self.username, action.split(":")[0], obj, "denied",
                          {"action": action, "village_code": village_code})

    def can(self, action: str, village_code: str | None = None, kind: str | None = None) -> bool:
        from datasources.store.permissions import allowed

        return allowed(self.caller, action, village_code, kind)

    def _model(self, kind: str):
        if kind not in KINDS:
            raise StoreError(f"the store has no kind {kind!r}", f"Use one of {', '.join(KINDS)}.")
        return KINDS[kind]

    def _scope(self, query, model, kind: str):
        if self.caller.village_code and self.caller.role != "administrator" and kind in VILLAGE_SCOPED:
            return query.where(_village_column(model) == self.caller.village_code)
        return query

    # -- reading ----------------------------------------------------------------------------------
    def features(self, kind: str, where=None) -> gpd.GeoDataFrame | pd.DataFrame:
        """All features of ``kind`` the user may see (personal data masked), indexed by ``id``."""
        model = self._model(kind)
        self.check(f"read:{kind}", kind, kind=kind if self.caller.village_code else None,
                   village_code=self.caller.village_code)
        query = self._scope(select(model), model, kind)
        if where is not None:
            query = query.where(where)
        with self.store.transaction() as session:
            rows = [self._row(obj, masked=True) for obj in session.scalars(query.order_by(model.id))]
        return self._frame(model, rows)

    def feature(self, kind: str, feature_id: int) -> dict:
        """One feature as a dict (personal data masked), with its ``version``."""
        model = self._model(kind)
        with self.store.transaction() as session:
            obj = self._get(session, model, kind, feature_id)
        # Checked after the transaction: a refusal writes its audit record in a transaction of its own.
        self.check(f"read:{kind}", f"{kind}:{feature_id}", _village_of(obj, kind), kind)
        return self._row(obj, masked=True)

    def _get(self, session: Session, model, kind: str, feature_id: int):
        obj = session.get(model, int(feature_id))
        if obj is None:
            raise NotFound(f"{kind} #{feature_id} is not in the store",
                           "It may have been deleted by another user; reload the layer.")
        return obj

    def _row(self, obj, masked: bool) -> dict:
        row = {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs
               if c.key not in _HIDDEN}
        if isinstance(obj, Incident):
            if masked:
                row.update(self._masked(obj))
            else:
                row.update(self._personal(obj))
        return row

    def _personal(self, obj: Incident) -> dict:
        tokens = {name: getattr(obj, column) for name, column in PERSONAL_FIELDS.items()}
        if not any(tokens.values()):
            return dict.fromkeys(tokens)
        key = self.store.key()
        return {name: key.decrypt(token) for name, token in tokens.items()}

    def _masked(self, obj: Incident) -> dict:
        try:
            plain = self._personal(obj)
        except KeyMissing:  # the list still opens; unmask() says what is wrong
            return {name: ("******" if getattr(obj, column) else None)
                    for name, column in PERSONAL_FIELDS.items()}
        return {name: MASKS[name](value) for name, value in plain.items()}

    def _frame(self, model, rows: list[dict]):
        geometry = _geometry_column(model)
        columns = [c.key for c in model.__mapper__.column_attrs if c.key not in _HIDDEN]
        if model is Incident:
            columns += list(PERSONAL_FIELDS)
        frame = pd.DataFrame(rows, columns=columns).set_index("id")
        if geometry is None:
            return frame
        return gpd.GeoDataFrame(frame, geometry=geometry, crs=f"EPSG:{self.store.srid}")

    def unmask(self, incident_id: int, reason: str = "") -> dict:
        """The reporter's name, phone and ID number in full; recorded in the audit trail."""
        obj_name = f"incidents:{incident_id}"
        with self.store.transaction() as session:
            obj = self._get(session, Incident, "incidents", incident_id)
            village = obj.village_code
        self.check("unmask_personal", obj_name, village, "incidents")
        with self.store.transaction() as session:
            obj = self._get(session, Incident, "incidents", incident_id)
            plain = self._personal(obj)
            audit.append(session, self.username, "view_personal", obj_name, "ok",
                         {"fields": sorted(k for k, v in plain.items() if v), "reason": reason})
        return plain

    # -- writing ----------------------------------------------------------------------------------
    def _prepared(self, model, values: dict) -> dict:
        values = dict(values)
        for name, column in PERSONAL_FIELDS.items():
            if name in values:
                if model is not Incident:
                    raise StoreError(f"{name} belongs to incidents only")
                values[column] = self.store.key(create=True).encrypt(values.pop(name))
        geometry = _geometry_column(model)
        geom = values.get(geometry) if geometry else None
        if geom is not None:
            kind = model.__table__.c[geometry].type.geometry_type
            if kind.startswith("Multi") and geom.geom_type == kind[5:]:
                geom = shapely.multipolygons([geom]) if kind == "MultiPolygon" else geom
            values[geometry] = shapely.set_srid(geom, self.store.srid)
        for name in values:
            if name not in model.__mapper__.column_attrs and name != "id":
                raise StoreError(f"{model.__tablename__} has no field {name!r}")
        return values

    def _stamp(self, obj) -> None:
        if hasattr(obj, "updated_by"):
            obj.updated_at = datetime.now(UTC)
            obj.updated_by = self.username

    def add(self, kind: str, values: dict) -> int:
        """Add one feature; returns its id."""
        return self.add_many(kind, [values], event="add")[0]

    def add_many(self, kind: str, records: list[dict], event: str = "import",
                 detail: dict | None = None) -> list[int]:
        """Add features in one transaction with one audit record (an import)."""
        model = self._model(kind)
        villages = {r.get("village_code") for r in records} or {None}
        for village in villages:
            self.check(f"edit:{kind}", kind, village, kind)
            if event == "import":  # a user limited to a village imports into that village only
                self.check("import", kind, village, kind)
        stamp = {"updated_at": datetime.now(UTC), "updated_by": self.username}
        rows = [{**(stamp if hasattr(model, "updated_by") else {}), **self._prepared(model, r)}
                for r in records]
        if not rows:
            return []
        with self.store.transaction() as session:
            if model is Incident:  # a report added without a case number gets the next one of its year
                from datasources.store.incident_intake import number_unnumbered

                number_unnumbered(session, rows)
            ids = []
            for columns in _same_keys(rows):
                statement = insert(model).returning(model.id, sort_by_parameter_order=True)
                ids += session.scalars(statement, columns).all()
            what = f"{kind}:{ids[0]}" if len(ids) == 1 else f"{kind}:{len(ids)} features"
            audit.append(session, self.username, event, what, "ok",
                         {"count": len(ids), **(detail or {})})
            if session.bind.dialect.name == "sqlite":
                update_extents(session.connection(), model.__tablename__)
        return ids

    def update(self, kind: str, feature_id: int, changes: dict, expected_version: int) -> int:
        """Save ``changes`` if the feature is still at ``expected_version``; returns the new version.

        Raises
        ------
        EditConflict
            Someone saved the feature since it was read; the store is unchanged.
        """
        model = self._model(kind)
        obj_name = f"{kind}:{feature_id}"
        self._still_active(f"edit:{kind}", obj_name)
        try:
            with self.store.transaction() as session:
                obj = self._get(session, model, kind, feature_id)
                self._check_write(kind, obj, changes, obj_name)
                if _version(obj, expected_version) != expected_version:
                    raise EditConflict(kind, feature_id, changes, self._row(obj, masked=True))
                workflow = [name for name in WORKFLOW_FIELDS if name in changes
                            and changes[name] != getattr(obj, name)] if model is Incident else []
                if workflow:
                    raise StoreError(f"{', '.join(workflow)} of incidents #{feature_id} change only "
                                     f"through the workflow", "Use change_status, with a note saying why.")
                prepared = self._prepared(model, changes)
                before = {k: getattr(obj, k) for k in prepared}
                for name, value in prepared.items():
                    setattr(obj, name, value)
                self._stamp(obj)
                session.flush()
                audit.append(session, self.username, "edit", obj_name, "ok",
                             {"fields": _changed(before, changes),
                              "version": _version(obj, None)})
                return _version(obj, None)
        except StaleDataError:
            with self.store.transaction() as session:
                theirs = self._row(self._get(session, model, kind, feature_id), masked=True)
            conflict = EditConflict(kind, feature_id, changes, theirs)
        except EditConflict as exc:
            conflict = exc
        except _Refusal as refusal:
            raise self._refused(refusal) from None
        self.store.record(self.username, "edit", obj_name, "conflict",
                          {"expected_version": expected_version,
                           "stored_version": conflict.theirs.get("version")})
        raise conflict

    def delete(self, kind: str, feature_id: int, expected_version: int) -> None:
        """Delete a feature still at ``expected_version`` (else :class:`EditConflict`)."""
        model = self._model(kind)
        obj_name = f"{kind}:{feature_id}"
        self._still_active(f"edit:{kind}", obj_name)
        try:
            with self.store.transaction() as session:
                obj = self._get(session, model, kind, feature_id)
                self._check_write(kind, obj, {}, obj_name)
                if _version(obj, expected_version) != expected_version:
                    conflict = EditConflict(kind, feature_id, {}, self._row(obj, masked=True))
                else:
                    conflict = None
                    session.delete(obj)
                    session.flush()
                    audit.append(session, self.username, "delete", obj_name, "ok",
                                 {"version": expected_version})
        except _Refusal as refusal:
            raise self._refused(refusal) from None
        if conflict is not None:
            self.store.record(self.username, "delete", obj_name, "conflict")
            raise conflict

    def _check_write(self, kind: str, obj, changes: dict, obj_name: str) -> None:
        """Inside a write transaction: refuse with :class:`_Refusal`, recorded once the transaction is over
        (SQLite has one writer at a time: a record written from inside would wait for this very one)."""
        villages = [_village_of(obj, kind)]
        if "village_code" in changes and changes["village_code"] != villages[0]:
            villages.append(changes["village_code"])
        for village in villages:
            try:
                require(self.caller, f"edit:{kind}", village, kind)
            except PermissionDenied as exc:
                raise _Refusal(exc, f"edit:{kind}", obj_name, village) from exc

    def _still_active(self, action: str, obj: str) -> None:
        try:
            self._refresh()
        except PermissionDenied:
            self._denied(action, obj, None)
            raise

    def _refused(self, refusal: _Refusal) -> PermissionDenied:
        self._denied(refusal.action, refusal.obj, refusal.village_code)
        return refusal.denied


class _Refusal(Exception):
    """A permission refused inside a transaction (the transaction rolls back, then it is recorded)."""

    def __init__(self, denied: PermissionDenied, action: str, obj: str, village_code: str | None):
        super().__init__(str(denied))
        self.denied, self.action, self.obj, self.village_code = denied, action, obj, village_code


def _same_keys(rows: list[dict]) -> list[list[dict]]:
    """Rows grouped by their set of keys (one executemany per group), in their original order."""
    groups: list[list[dict]] = []
    for row in rows:
        if groups and groups[-1][0].keys() == row.keys():
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _version(obj, default):
    """The stored version; sensor readings have none (they are corrected, not co-edited)."""
    return getattr(obj, "version", default)


def _village_of(obj, kind: str) -> str | None:
    return getattr(obj, "village_code", None) if kind in VILLAGE_SCOPED else None


def _changed(before: dict, changes: dict) -> dict:
    """What an edit changed, for the audit record; personal values and geometries are not copied."""
    out = {}
    for name, value in changes.items():
        if name in PERSONAL_FIELDS:
            out[name] = "changed"
        elif hasattr(value, "geom_type"):
            out[name] = "geometry changed"
        else:
            out[name] = [_plain(before.get(name)), _plain(value)]
    return out


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat()
    return value


__all__ = ["StoreSession"]
