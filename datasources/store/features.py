"""Reading and editing the store's features of any kind (villages, facilities, sensors, readings, hazard
zones, incidents, planned sites), as the logged-in user may.

Reads return GeoDataFrames with residents' personal data masked. Writes go through the session's one
audited write: updates and deletes carry the ``version`` the user read, and when someone else saved the
feature in between, :class:`~datasources.errors.EditConflict` comes back with both versions and nothing is
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import geopandas as gpd
import pandas as pd
from sqlalchemy import column, func, insert, select, table

from datasources.errors import QT_TRANSLATE_NOOP, PermissionDenied, StoreError, WorkflowRefused
from datasources.incident_vocabulary import NOT_ORIGINALS
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.gpkg import RTREE_COLUMNS, rtree_name
from datasources.store.incident_intake import (
    first_events,
    number_unnumbered,
    refuse_desk_fields,
    refuse_made_reports,
    start_reports,
    utc,
)
from datasources.store.models import PERSONAL_FIELDS, Incident
from datasources.store.permissions import VILLAGE_SCOPED, Action, Right
from datasources.store.rows import geometry_column, model_of


class Features:
    """``session.features``: every kind of feature, read and edited as the user may."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    # -- reading ----------------------------------------------------------------------------------
    def read(self, kind: str, query: str | None = None, **values) -> gpd.GeoDataFrame | pd.DataFrame:
        """All features of ``kind`` the user may see (personal data masked), indexed by ``id``.

        ``query`` names one of the store's named queries for the kind (:data:`NAMED_QUERIES`), with its
        ``values``: ``read("incidents", "case_number", number="QX-2025-00012")``.
        """
        condition = None
        if query is None and values:
            raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                               "a reading of {kind} takes values only with a "
                                               "named query"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Name one of the store's queries."),
                             kind=kind)
        if query is not None:
            dialect = self.core.store.engine.dialect.name
            condition = named_query(kind, query, values, dialect, self.core.store.srid)
        return self._read(kind, condition)

    def in_box(self, kind: str, minx: float, miny: float, maxx: float, maxy: float):
        """The features of ``kind`` whose envelope meets the box (store CRS), found through the spatial
        index (the GeoPackage R-tree, or PostGIS's GiST index)."""
        return self.read(kind, "bbox", minx=minx, miny=miny, maxx=maxx, maxy=maxy)

    def _read(self, kind: str, condition):
        model = model_of(kind)
        self.core.check(Action.read(kind), kind, self.core.caller.village_code)
        statement = select(model)
        caller = self.core.caller
        if caller.village_code and caller.role != "administrator" and kind in VILLAGE_SCOPED:
            statement = statement.where(model.village_code == caller.village_code)
        if condition is not None:
            statement = statement.where(condition)
        with self.core.store.transaction() as session:
            rows = [self.core.rows.row(obj) for obj in session.scalars(statement.order_by(model.id))]
        return self.core.rows.frame(model, rows)

    def get(self, kind: str, feature_id: int) -> dict:
        """One feature as a dict (personal data masked), with its ``version``."""
        obj = self.located(kind, feature_id, Action.read(kind))
        # Checked after the transaction: a refusal writes its audit record in a transaction of its own.
        village = getattr(obj, "village_code", None) if kind in VILLAGE_SCOPED else None
        self.core.check(Action.read(kind), f"{kind}:{feature_id}", village)
        return self.core.rows.row(obj)

    def located(self, kind: str, feature_id: int, action: Action):
        """The stored object ``kind`` #``feature_id``, looked up to do ``action`` (checked by the caller).
        PostgreSQL refuses a disabled account's connection before any check: recorded as the gate would."""
        try:
            with self.core.store.transaction() as session:
                return self.core.rows.get(session, kind, feature_id, action)
        except PermissionDenied:
            self.core.gate.denied(action, f"{kind}:{feature_id}", None)
            raise

    # -- writing ----------------------------------------------------------------------------------
    def add(self, kind: str, values: dict) -> int:
        """Add one feature; returns its id."""
        return self.add_many(kind, [values], event="add")[0]

    def add_many(self, kind: str, records: list[dict], event: str = "import",
                 detail: dict | None = None) -> list[int]:
        """Add features in one transaction with one audit record (an import); returns their ids."""
        model = model_of(kind)
        villages = sorted({r.get("village_code") for r in records}, key=str) or [None]
        # A user's new reports start as new, numbered and due by the store, with their first history
        # row; only a trusted bulk load (the demo's builder) brings reports with their own history.
        reports = model is Incident and self.core.gate.account
        write = Write(kind, event, villages=villages, also=Right.IMPORT if event == "import" else None,
                      refused={"added": len(records)} if reports else None)
        stamp = {"updated_at": datetime.now(UTC), "updated_by": self.core.username}

        def change(session, _target) -> Outcome:
            if reports:
                refuse_made_reports(records)
            rows = [{**(stamp if hasattr(model, "updated_by") else {}), **self.core.rows.prepared(model, r)}
                    for r in records]
            if model is Incident:  # a report added without a case number gets the next one of its year
                number_unnumbered(session, rows)
            if reports:
                start_reports(session, rows)
            ids = []
            for columns in _same_keys(rows):
                ids += _insert(session, model, columns)
            if reports:
                first_events(session, ids, rows, self.core.username)
            what = f"{kind}:{ids[0]}" if len(ids) == 1 else f"{kind}:{len(ids)} features"
            return Outcome({"count": len(ids), **(detail or {})}, ids, what)

        if not records:
            return []
        return self.core.audited_write(write, change)

    def update(self, kind: str, feature_id: int, changes: dict, expected_version: int) -> int:
        """Save ``changes`` if the feature is still at ``expected_version``; returns the new version.

        Raises
        ------
        EditConflict
            Someone saved the feature since it was read; the store is unchanged.
        """
        model = model_of(kind)
        write = Write(kind, "edit", feature_id, expected_version, changes, stamps=True,
                      refused={"fields": sorted(changes)} if model is Incident else None)

        def change(_session, obj) -> Outcome:
            if model is Incident:
                refuse_desk_fields(obj, changes, feature_id)
            prepared = self.core.rows.prepared(model, changes)
            before = {k: getattr(obj, k) for k in prepared}
            for name, value in prepared.items():
                setattr(obj, name, value)
            return Outcome({"fields": _changed(before, changes)})

        return self.core.audited_write(write, change)

    def delete(self, kind: str, feature_id: int, expected_version: int) -> None:
        """Delete a feature still at ``expected_version`` (else :class:`EditConflict`)."""
        model = model_of(kind)
        write = Write(kind, "delete", feature_id, expected_version, conflict_detail=False,
                      refused={} if model is Incident else None)

        def change(session, obj) -> Outcome:
            if model is Incident:
                raise WorkflowRefused(QT_TRANSLATE_NOOP("DataSourceError",
                                                        "reports are never deleted: incidents "
                                                        "#{feature_id} keeps its history"),
                                      QT_TRANSLATE_NOOP("DataSourceError",
                                                        "Withdraw the report instead, with a note "
                                                        "saying why."),
                                      feature_id=feature_id)
            session.delete(obj)
            return Outcome({"version": expected_version})

        self.core.audited_write(write, change)


def named_query(kind: str, name: str, values: dict, dialect: str, srid: int):
    """The SQL condition of the named query ``name`` of ``kind`` (see :data:`NAMED_QUERIES`)."""
    model = model_of(kind)
    queries = {**(SPATIAL_QUERIES if geometry_column(model) else {}), **NAMED_QUERIES.get(kind, {})}
    if name not in queries:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the store has no query {name!r} of {kind}"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Use one of {value}."),
                         name=name, kind=kind, value=', '.join(queries) or 'none')
    try:
        return queries[name](Where(model, dialect, srid), **values)
    except TypeError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the query {name!r} of {kind} was asked wrongly "
                                           "({reason})"),
                         name=name, kind=kind, reason=str(exc)) from exc


@dataclass(frozen=True)
class Where:
    """What a named query builds its condition for: the model, the database's dialect and CRS."""

    model: type
    dialect: str
    srid: int


def _bbox(where: Where, minx: float, miny: float, maxx: float, maxy: float):
    """Features whose envelope meets the box, through the spatial index."""
    model, name = where.model, geometry_column(where.model)
    geom = getattr(model, name)
    minx, miny, maxx, maxy = (float(v) for v in (minx, miny, maxx, maxy))
    if where.dialect == "postgresql":
        return geom.op("&&")(func.ST_MakeEnvelope(minx, miny, maxx, maxy, where.srid))
    rtree = table(rtree_name(model.__tablename__, name), *(column(c) for c in RTREE_COLUMNS))
    candidates = select(rtree.c.id).where(rtree.c.minx <= maxx, rtree.c.maxx >= minx,
                                          rtree.c.miny <= maxy, rtree.c.maxy >= miny)
    # the R-tree keeps 32-bit envelopes rounded outwards: the exact envelope decides at the edge
    return (model.id.in_(candidates) & (func.ST_MinX(geom) <= maxx) & (func.ST_MaxX(geom) >= minx)
            & (func.ST_MinY(geom) <= maxy) & (func.ST_MaxY(geom) >= miny))


def _case_number(where: Where, number: str):
    return Incident.case_number == _text(number)


def _candidates(where: Where, category: str, start: datetime, end: datetime, box=None):
    """Reports of ``category`` made from ``start`` to ``end`` that are cases of their own (in ``box``,
    (minx, miny, maxx, maxy), when given)."""
    start, end = _time(start), _time(end)
    condition = ((Incident.category == _text(category)) & Incident.status.not_in(NOT_ORIGINALS)
                 & (Incident.reported_at >= start) & (Incident.reported_at <= end))
    return condition if box is None else condition & _bbox(where, *box)


def _text(value) -> str:
    """A named query's text value as plain text: never a piece of SQL a caller built."""
    if not isinstance(value, str | int):
        raise TypeError(f"a text value, not {type(value).__name__}")
    return str(value)


def _time(value) -> datetime:
    """A named query's time as a plain UTC datetime (a datetime, a Timestamp or ISO text)."""
    if not isinstance(value, str | datetime):
        raise TypeError(f"a time, not {type(value).__name__}")
    return utc(value)


#: Conditions of every feature kind with a geometry, by name.
SPATIAL_QUERIES = {"bbox": _bbox}
#: Conditions a reader may ask for by name, so that no caller outside the store builds SQL on its models.
NAMED_QUERIES = {
    "incidents": {"case_number": _case_number, "candidates": _candidates},
}


def _insert(session, model, rows: list[dict]) -> list[int]:
    """Insert ``rows`` (equal keys); their new ids in the rows' order. Rows without an id go in many
    to a statement: the database numbers them upwards in the order given, so the ids sorted are theirs."""
    if "id" in rows[0]:
        statement = insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, rows).all())
    return sorted(session.scalars(insert(model).returning(model.id), rows).all())


def _same_keys(rows: list[dict]) -> list[list[dict]]:
    """Rows grouped by their set of keys (one executemany per group), in their original order."""
    groups: list[list[dict]] = []
    for row in rows:
        if groups and groups[-1][0].keys() == row.keys():
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


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
