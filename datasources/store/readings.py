"""Sensor readings (``session.readings``): the values a sensor measured over a time, as evidence beside a
report and for the monitoring desk's live feed.

A reading is stored once: the store has a unique index on (sensor, parameter, time) (revision 0006), and
:meth:`Readings.add_batch` writes a live feed's batch in one transaction with ``INSERT ... ON CONFLICT DO
NOTHING``, so a reading delivered twice (MQTT QoS 1 after a reconnect, a CSV dropped twice) is added once.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.incident_intake import utc
from datasources.store.models import Reading, Sensor
from datasources.store.permissions import Action

READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]
#: Rows per INSERT statement (SQLite allows 32766 bound values; four a row).
CHUNK = 5000


class Readings:
    """``session.readings``: sensor readings as the user may read and write them."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    def between(self, sensor_codes, start: datetime, end: datetime) -> pd.DataFrame:
        """Readings of the sensors from ``start`` to ``end`` (columns :data:`READING_COLUMNS`)."""
        self.core.check(Action.read("sensor_readings"), "sensor_readings")
        codes = [str(c) for c in sensor_codes]
        query = (select(*(getattr(Reading, c) for c in READING_COLUMNS))
                 .where(Reading.sensor_code.in_(codes), Reading.time >= utc(start),
                        Reading.time <= utc(end))
                 .order_by(Reading.sensor_code, Reading.time, Reading.parameter))
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)] if codes else []
        return _frame(rows)

    def frame(self, start: datetime | None = None, end: datetime | None = None) -> pd.DataFrame:
        """Every reading from ``start`` to ``end`` (None: no bound), in time order (a replay's readings)."""
        self.core.check(Action.read("sensor_readings"), "sensor_readings")
        query = select(*(getattr(Reading, c) for c in READING_COLUMNS))
        if start is not None:
            query = query.where(Reading.time >= utc(start))
        if end is not None:
            query = query.where(Reading.time <= utc(end))
        query = query.order_by(Reading.time, Reading.sensor_code, Reading.parameter)
        with self.core.store.transaction() as session:
            rows = [tuple(r) for r in session.execute(query)]
        return _frame(rows)

    def add_batch(self, batch: pd.DataFrame, source: str = "live feed") -> int:
        """Write a batch of readings (columns :data:`READING_COLUMNS`) in one transaction with one audit
        record; returns how many were added. A reading already stored (same sensor, parameter and time) is
        not added again; readings of sensors the store does not have, and rows without a time or a finite
        value, are left out (counted in the audit record's detail).

        Raises
        ------
        PermissionDenied
            The user may not edit readings (only the emergency desk and the administrator may).
        """
        rows, invalid = _rows(batch)
        write = Write("sensor_readings", "feed", name=f"sensor_readings:{source}")

        def change(session, _target) -> Outcome:
            codes = sorted(set(rows["sensor_code"]))
            known = set()
            for i in range(0, len(codes), CHUNK):
                known.update(session.scalars(select(Sensor.sensor_code).where(
                    Sensor.sensor_code.in_(codes[i:i + CHUNK]))))
            kept = rows[rows["sensor_code"].isin(known)]
            added = _insert(session.connection(), kept) if len(kept) else 0
            detail = {"offered": len(batch), "added": added, "already_stored": len(kept) - added,
                      "repeated": len(batch) - invalid - len(rows), "unknown_sensor": len(rows) - len(kept),
                      "not_readings": invalid}
            return Outcome(detail, added)

        if rows.empty:
            self.core.check(Action.edit("sensor_readings"), "sensor_readings")
            return 0
        return self.core.audited_write(write, change)


def _insert(connection, rows: pd.DataFrame) -> int:
    """Insert the rows, skipping those already stored; returns how many were added."""
    if connection.dialect.name == "sqlite":
        # the driver's own many-row insert, times already in the GeoPackage text UTCDateTime writes
        # (the SQLAlchemy type would turn each one into a datetime and back: most of the batch's time)
        times = rows["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%f").str[:-3] + "Z"
        return connection.exec_driver_sql(
            "INSERT INTO sensor_readings (sensor_code, time, parameter, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sensor_code, parameter, time) DO NOTHING",
            list(zip(rows["sensor_code"].tolist(), times.tolist(), rows["parameter"].tolist(),
                     rows["value"].tolist(), strict=True))).rowcount
    statement = postgresql.insert(Reading.__table__).on_conflict_do_nothing(
        index_elements=["sensor_code", "parameter", "time"]).returning(Reading.__table__.c.id)
    records = [{"sensor_code": c, "time": t, "parameter": p, "value": v} for c, t, p, v in zip(
        rows["sensor_code"].tolist(), rows["time"].dt.to_pydatetime(), rows["parameter"].tolist(),
        rows["value"].tolist(), strict=True)]
    # many rows of one cached statement ("insert many values"): no statement of thousands of values
    return len(connection.execute(statement, records).all())


def _frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=READING_COLUMNS)
    frame["time"] = pd.to_datetime(frame["time"], utc=True)
    return frame


def _rows(batch: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The batch's readings, each (sensor, parameter, time) once, times UTC to the millisecond; and the
    number of rows that are not readings (no time, sensor or parameter, a value that is not a finite
    number)."""
    if batch.empty:
        return pd.DataFrame(columns=READING_COLUMNS), 0
    frame = pd.DataFrame({
        "sensor_code": batch["sensor_code"].astype(object).where(batch["sensor_code"].notna(), ""),
        "time": pd.to_datetime(batch["time"], utc=True, errors="coerce").dt.floor("ms"),
        "parameter": batch["parameter"].astype(object).where(batch["parameter"].notna(), ""),
        "value": pd.to_numeric(batch["value"], errors="coerce").astype(float),
    })
    frame["sensor_code"] = frame["sensor_code"].astype(str)
    frame["parameter"] = frame["parameter"].astype(str)
    valid = (frame["time"].notna() & np.isfinite(frame["value"].to_numpy()) & (frame["sensor_code"] != "")
             & (frame["parameter"] != ""))
    frame = frame[valid].drop_duplicates(["sensor_code", "parameter", "time"])
    return frame, int((~valid).sum())
