"""What the governance dashboard reads (``session.evaluation``): named queries across the desks' tables.

Each query reads one kind of row the user may see, for a range of months, in one statement:

- ``villages()``: the villages (name, households, population and outline), through ``session.features``.
- ``reports(first, last)``: residents' reports made in the months (village, category, status, reported,
  closed and due times): no title, no description, no personal data.
- ``deadlines()``: days per report category (``session.incidents.deadlines()``).
- ``sensors()``: the sensors (code, kind, village, parameters).
- ``reading_counts(first, last)``: per sensor, parameter and local day, how many readings came and their
  mean (counted by the database: a year of hourly readings becomes one row per day).
- ``air_hours(first, last)``: the hourly readings of the air-quality stations (what the daily AQI of
  HJ 633 needs: 24 h means and the largest O3 8 h mean of the day).
- ``alerts(first, last)``: the alerts raised in the months and when a person first answered each one
  (the first change of status out of ``new``: acknowledged, escalated or closed).
- ``service_sites()``: the sites that give a service: the planned sites (draft, approved or built) and the
  telecom towers among the facilities (built).

Months are ``YYYY-MM`` in the township's local time (Asia/Shanghai, UTC+8, no daylight saving): the range
``first``..``last`` is from local midnight on the 1st of ``first`` to local midnight after the end of
``last``. The village figures per month are computed from these rows by :mod:`layers.evaluation`.

Scope: every query checks the user's right to read the kind, and a user of one village (a village officer)
gets only that village's rows: their reports, their sensors and those sensors' readings, their alerts, their
sites. On PostgreSQL the session's store is the user's own login, so row-level security applies the same
limits again in the database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
from sqlalchemy import String, func, select, type_coerce

from datasources.errors import QT_TRANSLATE_NOOP, StoreError
from datasources.store.alert_models import Alert, AlertEvent
from datasources.store.core import SessionCore
from datasources.store.models import Incident, Reading, Sensor
from datasources.store.permissions import Action, Right

#: the township's offset from UTC (Asia/Shanghai keeps no daylight saving)
LOCAL_OFFSET = timedelta(hours=8)
REPORT_COLUMNS = ["id", "village_code", "category", "status", "reported_at", "closed_at", "due_at"]
SENSOR_COLUMNS = ["sensor_code", "kind", "village_code", "parameters"]
COUNT_COLUMNS = ["sensor_code", "parameter", "day", "readings", "mean"]
AIR_COLUMNS = ["sensor_code", "time", "parameter", "value"]
ALERT_COLUMNS = ["id", "village_code", "sensor_code", "level", "raised_at", "answered_at", "status"]
SITE_COLUMNS = ["source", "kind", "status", "village_code", "x", "y"]
#: facility kinds that are built service sites
SERVICE_FACILITIES = ("tower",)


def month_bounds(first: str, last: str) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of the local months ``first``..``last`` (``YYYY-MM``)."""
    try:
        start = datetime.strptime(first, "%Y-%m")
        end_month = datetime.strptime(last, "%Y-%m")
    except (TypeError, ValueError):
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "{first}..{last} is not a range of months"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give months as YYYY-MM, e.g. 2026-11."),
                         first=first, last=last) from None
    if end_month < start:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the month range {first}..{last} ends before "
                                           "it starts"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give the earlier month first."),
                         first=first, last=last)
    after = datetime(end_month.year + end_month.month // 12, end_month.month % 12 + 1, 1)
    return ((start - LOCAL_OFFSET).replace(tzinfo=UTC), (after - LOCAL_OFFSET).replace(tzinfo=UTC))


class Evaluation:
    """``session.evaluation``: the dashboard's named queries (see the module's docstring)."""

    def __init__(self, core: SessionCore, features, incidents) -> None:
        self.core = core
        self.features = features
        self.incidents = incidents

    @property
    def scope(self) -> str | None:
        """The one village whose rows the user sees (None: every village)."""
        caller = self.core.caller
        return caller.village_code if caller.role != "administrator" else None

    # -- villages and reports ---------------------------------------------------------------------
    def villages(self):
        """The villages the user may see (GeoDataFrame: ``village_code``, ``name_zh``, ``households``,
        ``population``, outline)."""
        return self.features.read("villages")

    def reports(self, first: str, last: str) -> pd.DataFrame:
        """The reports made in the months (columns :data:`REPORT_COLUMNS`, times UTC)."""
        start, end = month_bounds(first, last)
        self.core.check(Action.read("incidents"), "incidents", self.core.caller.village_code)
        query = (select(*(getattr(Incident, c) for c in REPORT_COLUMNS))
                 .where(Incident.reported_at >= start, Incident.reported_at < end))
        query = self._scoped(query, Incident.village_code)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query.order_by(Incident.id))]
        frame = pd.DataFrame(rows, columns=REPORT_COLUMNS)
        for column in ("reported_at", "closed_at", "due_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    def deadlines(self) -> dict[str, float]:
        """Days from report to closing, by category."""
        return self.incidents.deadlines()

    # -- sensors ----------------------------------------------------------------------------------
    def sensors(self) -> pd.DataFrame:
        """The sensors the user may see (columns :data:`SENSOR_COLUMNS`)."""
        self.core.check(Action.read("sensors"), "sensors", self.core.caller.village_code)
        query = self._scoped(select(*(getattr(Sensor, c) for c in SENSOR_COLUMNS)), Sensor.village_code)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query.order_by(Sensor.sensor_code))]
        return pd.DataFrame(rows, columns=SENSOR_COLUMNS)

    def reading_counts(self, first: str, last: str) -> pd.DataFrame:
        """Per sensor, parameter and local day (``YYYY-MM-DD``): readings received and their mean."""
        start, end = month_bounds(first, last)
        day = self._local_day(Reading.time)
        query = (select(Reading.sensor_code, Reading.parameter, day.label("day"),
                        func.count(Reading.id), func.avg(Reading.value))
                 .where(Reading.time >= start, Reading.time < end)
                 .group_by(Reading.sensor_code, Reading.parameter, day))
        query = self._readable_sensors(query)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)]
        frame = pd.DataFrame(rows, columns=COUNT_COLUMNS)
        frame["readings"] = frame["readings"].astype("int64")
        frame["mean"] = frame["mean"].astype(float)
        return frame.sort_values(["sensor_code", "parameter", "day"], ignore_index=True)

    def air_hours(self, first: str, last: str) -> pd.DataFrame:
        """The readings of the air-quality stations in the months (columns :data:`AIR_COLUMNS`, UTC)."""
        start, end = month_bounds(first, last)
        # the time as the driver gives it (GeoPackage text), read by pandas at once: no object per reading
        query = (select(Reading.sensor_code, type_coerce(Reading.time, String).label("time"), Reading.parameter,
                        Reading.value)
                 .join(Sensor, Sensor.sensor_code == Reading.sensor_code)
                 .where(Sensor.kind == "air_quality", Reading.time >= start, Reading.time < end))
        query = self._readable_sensors(query, joined=True)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query.order_by(Reading.sensor_code, Reading.time))]
        frame = pd.DataFrame(rows, columns=AIR_COLUMNS)
        frame["time"] = pd.to_datetime(frame["time"], utc=True, format="ISO8601")
        frame["value"] = frame["value"].astype(float)
        return frame

    # -- alerts -----------------------------------------------------------------------------------
    def alerts(self, first: str, last: str) -> pd.DataFrame:
        """The alerts raised in the months and when each was first answered (columns
        :data:`ALERT_COLUMNS`; ``answered_at`` NaT while nobody has)."""
        start, end = month_bounds(first, last)
        self.core.check(Action(Right.SEE_ALERTS), "alerts", self.scope)
        answered = (select(AlertEvent.alert_id, func.min(AlertEvent.time).label("answered_at"))
                    .where(AlertEvent.from_status == "new", AlertEvent.to_status.is_not(None))
                    .group_by(AlertEvent.alert_id).subquery())
        query = (select(Alert.id, Alert.village_code, Alert.sensor_code, Alert.level, Alert.raised_at,
                        answered.c.answered_at, Alert.status)
                 .outerjoin(answered, answered.c.alert_id == Alert.id)
                 .where(Alert.raised_at >= start, Alert.raised_at < end))
        query = self._scoped(query, Alert.village_code)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query.order_by(Alert.id))]
        frame = pd.DataFrame(rows, columns=ALERT_COLUMNS)
        for column in ("raised_at", "answered_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    # -- services ---------------------------------------------------------------------------------
    def service_sites(self) -> pd.DataFrame:
        """Sites that give a service (columns :data:`SITE_COLUMNS`, coordinates in the store's CRS):
        the planned sites and the facilities of :data:`SERVICE_FACILITIES` (status ``built``)."""
        planned = self.features.read("planned_sites")
        built = self.features.read("facilities")
        built = built[built["kind"].isin(SERVICE_FACILITIES)] if len(built) else built
        parts = []
        for source, frame in (("planned_sites", planned), ("facilities", built)):
            if not len(frame):
                continue
            frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
            status = frame["status"] if "status" in frame else pd.Series("built", index=frame.index)
            parts.append(pd.DataFrame({"source": source, "kind": frame["kind"].astype(str),
                                       "status": status.fillna("draft").astype(str),
                                       "village_code": frame["village_code"],
                                       "x": frame.geometry.x.astype(float), "y": frame.geometry.y.astype(float)}))
        if not parts:
            return pd.DataFrame(columns=SITE_COLUMNS)
        return pd.concat(parts, ignore_index=True)[SITE_COLUMNS]

    # -- helpers ----------------------------------------------------------------------------------
    def _scoped(self, query, village_column):
        scope = self.scope
        return query if scope is None else query.where(village_column == scope)

    def _readable_sensors(self, query, joined: bool = False):
        """Readings of the sensors the user may see (a village's officer: their village's sensors)."""
        self.core.check(Action.read("sensor_readings"), "sensor_readings")
        scope = self.scope
        if scope is None:
            return query
        if joined:
            return query.where(Sensor.village_code == scope)
        mine = select(Sensor.sensor_code).where(Sensor.village_code == scope)
        return query.where(Reading.sensor_code.in_(mine))

    def _local_day(self, column):
        """The local calendar day (``YYYY-MM-DD`` text) of a UTC time column, in the store's SQL."""
        if self.core.store.engine.dialect.name == "sqlite":
            return func.substr(func.datetime(column, "+8 hours"), 1, 10)
        return func.to_char(func.timezone("Asia/Shanghai", column), "YYYY-MM-DD")


__all__ = ["AIR_COLUMNS", "ALERT_COLUMNS", "COUNT_COLUMNS", "Evaluation", "REPORT_COLUMNS", "SENSOR_COLUMNS",
           "SITE_COLUMNS", "month_bounds"]
