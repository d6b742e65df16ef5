"""A replay of stored readings at a chosen speed: the demo alive without a server, or a past event again.

``speed`` is how many seconds of the readings pass per second of the clock (600: ten minutes a second).
With ``shift_to_now`` the readings are given the time at which they are replayed (the replay looks live; the
intervals between readings shrink by ``speed``); without it they keep their own times. With ``loop`` the
replay starts again when it reaches the end (sensible with ``shift_to_now`` only: otherwise the second
round is the same readings, dropped as duplicates).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from datasources.feeds.batch import normalise
from datasources.feeds.health import HealthMeter
from datasources.feeds.sensorthings import DEMO_GPKG, Row


def demo_readings(gpkg: Path = DEMO_GPKG) -> pd.DataFrame:
    """The demo township's stored readings (its ``sensor_readings`` table) as a batch."""
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        table = pd.read_sql_query("SELECT sensor_id, time, parameter, value FROM sensor_readings", con)
    return normalise(table)


class ReplaySource:
    """Readings of ``frame`` (columns sensor_code, time, parameter, value) replayed at ``speed``."""

    kind = "replay"

    def __init__(self, frame: pd.DataFrame, speed: float = 60.0, shift_to_now: bool = False,
                 loop: bool = False, name: str = "replay", clock=time.monotonic) -> None:
        if not speed > 0:
            raise ValueError("the speed of a replay is more than 0")
        self.frame = normalise(frame).sort_values("time", kind="stable").reset_index(drop=True)
        self.speed, self.shift_to_now, self.loop = float(speed), shift_to_now, loop
        self.clock = clock
        self.name = name
        self.meter = HealthMeter(name, self.kind)
        # offsets of the readings from the first one, in seconds of the readings' own time
        times = self.frame["time"].astype("int64").to_numpy()  # milliseconds
        self._offsets = (times - times[0]) / 1000.0 if len(times) else np.array([])
        self._next = 0
        self._started = 0.0
        self._opened = False
        self._rounds = 0

    @classmethod
    def from_store(cls, session, start: datetime | None = None, end: datetime | None = None,
                   **kwargs) -> ReplaySource:
        """A replay of a store's readings (from ``start`` to ``end``; default all) as ``session`` may
        read them."""
        return cls(session.readings.frame(start, end), name="replay:store", **kwargs)

    @property
    def done(self) -> bool:
        """True when every reading has been given (never with ``loop``)."""
        return not self.loop and self._next >= len(self.frame)

    @property
    def position(self) -> datetime | None:
        """The time in the readings the replay has reached (their own time)."""
        if not len(self.frame):
            return None
        first = self.frame["time"].iloc[0].to_pydatetime()
        return first + timedelta(seconds=(self.clock() - self._started) * self.speed)

    def open(self) -> None:
        self._started = self.clock()
        self._next = 0
        self._opened = True
        self.meter.state(True, "")

    def close(self) -> None:
        self._opened = False
        self.meter.state(False, "stopped")

    def drain(self, now: datetime) -> list[Row]:
        if not len(self.frame) or not self._opened:
            return []
        reached = (self.clock() - self._started) * self.speed
        end = int(np.searchsorted(self._offsets, reached, side="right"))
        if end <= self._next:
            if self.loop and self._next >= len(self.frame):
                self._started, self._next = self.clock(), 0
                self._rounds += 1
            elif self.done:
                self.meter.state(False, "finished")
            return []
        part = self.frame.iloc[self._next:end]
        self._next = end
        times = part["time"].dt.to_pydatetime()
        if self.shift_to_now:
            base = now.astimezone(UTC)
            stamp = base.replace(microsecond=base.microsecond // 1000 * 1000)
            # readings of one sensor at one time in the same tick keep one time; distinct times stay apart
            offsets = self._offsets[self._next - len(part):end] / self.speed
            lag = offsets - offsets[-1]
            times = [stamp + timedelta(milliseconds=round(x * 1000)) for x in lag]
        self.meter.messages(len(part), now)
        return list(zip(part["sensor_code"], times, part["parameter"], part["value"].astype(float),
                        strict=True))
