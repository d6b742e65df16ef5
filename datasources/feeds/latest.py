"""The latest value of every sensor and parameter, and the readings already seen.

A reading is the same reading when its sensor, parameter and phenomenon time are the same (to the
millisecond): it is kept once, whatever order or how many times it arrives. A reading older than the latest
value of its sensor and parameter is late: it is kept (placed in time) but never becomes the latest.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
import pandas as pd

LATEST_COLUMNS = ["sensor_code", "parameter", "time", "value"]


class LatestValues:
    """Latest values and the readings seen (the most recent ``memory`` of them), thread-safe.

    Parameters
    ----------
    memory : int
        How many readings are remembered to drop duplicates; older ones are forgotten first (a duplicate of
        a forgotten one is then dropped by the store's unique index, if a store is written).
    """

    def __init__(self, memory: int = 500_000) -> None:
        self.memory = memory
        self._seen: OrderedDict[tuple, None] = OrderedDict()
        self._latest: dict[tuple[str, str], tuple[int, float]] = {}  # (milliseconds, value)
        self._lock = threading.Lock()

    def admit(self, batch: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, int, int]:
        """Take a batch in: returns the new readings (sorted by time), the latest values that moved, and
        the number of duplicates and late readings."""
        if batch.empty:
            return batch, pd.DataFrame(columns=LATEST_COLUMNS), 0, 0
        batch = batch.sort_values("time", kind="stable")
        stamps = pd.DatetimeIndex(batch["time"]).as_unit("ms").asi8.tolist()  # milliseconds since 1970
        codes, params = batch["sensor_code"].tolist(), batch["parameter"].tolist()
        values = batch["value"].tolist()
        keep = np.ones(len(stamps), dtype=bool)
        moved: dict[tuple[str, str], tuple[int, float]] = {}
        duplicates = late = 0
        with self._lock:
            seen, latest = self._seen, self._latest
            for i, key in enumerate(zip(codes, params, stamps, strict=True)):
                if key in seen:
                    duplicates += 1
                    keep[i] = False
                    continue
                seen[key] = None
                stream, stamp = key[:2], key[2]
                now = latest.get(stream)
                if now is None or stamp > now[0]:
                    latest[stream] = moved[stream] = (stamp, values[i])
                else:
                    late += 1
            while len(seen) > self.memory:
                seen.popitem(last=False)
        fresh = batch[keep].reset_index(drop=True) if duplicates else batch.reset_index(drop=True)
        return fresh, _latest_frame(moved), duplicates, late

    def frame(self) -> pd.DataFrame:
        """Every latest value: columns ``sensor_code, parameter, time, value``."""
        with self._lock:
            latest = dict(self._latest)
        return _latest_frame(latest).sort_values(["sensor_code", "parameter"]).reset_index(drop=True)

    def get(self, sensor_code: str, parameter: str):
        """``(time, value)`` of the latest reading, or None."""
        with self._lock:
            found = self._latest.get((sensor_code, parameter))
        return None if found is None else (pd.Timestamp(found[0], unit="ms", tz="UTC"), found[1])


def _latest_frame(latest: dict[tuple[str, str], tuple[int, float]]) -> pd.DataFrame:
    frame = pd.DataFrame([(s, p, t, v) for (s, p), (t, v) in latest.items()],
                         columns=["sensor_code", "parameter", "ms", "value"])
    frame.insert(2, "time", pd.to_datetime(frame.pop("ms").astype("int64"), unit="ms", utc=True))
    return frame

