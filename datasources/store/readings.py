"""Sensor readings (``session.readings``): the values a sensor measured over a time, as evidence beside a
report and, later, for the monitoring desk."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlalchemy import select

from datasources.store.core import SessionCore
from datasources.store.incident_intake import utc
from datasources.store.models import Reading
from datasources.store.permissions import Action

READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]


class Readings:
    """``session.readings``: sensor readings as the user may read them."""

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
        frame = pd.DataFrame(rows, columns=READING_COLUMNS)
        frame["time"] = pd.to_datetime(frame["time"], utc=True)
        return frame
