"""The latest value of every sensor and parameter, and the readings already seen.

A reading is the same reading when its sensor, parameter and phenomenon time are the same (to the
millisecond): it is kept once, whatever order or how many times it arrives. A reading older than the latest
value of its sensor and parameter is late: it is kept (placed in time) but never becomes the latest.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

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
        self._latest: dict[tuple[str, str], tuple[pd.Timestamp, float]] = {}
        self._lock = threading.Lock()

    def admit(self, batch: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, int, int]:
        """Take a batch in: returns the new readings (sorted by time), the latest values that moved, and
        the number of duplicates and late readings."""
        if batch.empty:
            return batch, pd.DataFrame(columns=LATEST_COLUMNS), 0, 0
        batch = batch.sort_values("time", kind="stable")
        keep = []
        moved: dict[tuple[str, str], tuple] = {}
        duplicates = late = 0
        codes, times, params, values = (batch[c].tolist() for c in ("sensor_code", "time", "parameter",
                                                                     "value"))
        with self._lock:
            seen, latest = self._seen, self._latest
            for i, key in enumerate(zip(codes, params, times, strict=True)):
                if key in seen:
                    duplicates += 1
                    keep.append(False)
                    continue
                seen[key] = None
                keep.append(True)
                stream = key[:2]
                now = latest.get(stream)
                if now is None or key[2] > now[0]:
                    latest[stream] = (key[2], values[i])
                    moved[stream] = (key[2], values[i])
                else:
                    late += 1
            while len(seen) > self.memory:
                seen.popitem(last=False)
        fresh = batch[keep].reset_index(drop=True) if duplicates else batch.reset_index(drop=True)
        changed = pd.DataFrame([(s, p, t, v) for (s, p), (t, v) in moved.items()], columns=LATEST_COLUMNS)
        return fresh, changed, duplicates, late

    def frame(self) -> pd.DataFrame:
        """Every latest value: columns ``sensor_code, parameter, time, value``."""
        with self._lock:
            rows = [(s, p, t, v) for (s, p), (t, v) in self._latest.items()]
        out = pd.DataFrame(rows, columns=LATEST_COLUMNS)
        out["time"] = pd.to_datetime(out["time"], utc=True)
        return out.sort_values(["sensor_code", "parameter"]).reset_index(drop=True)

    def get(self, sensor_code: str, parameter: str):
        """``(time, value)`` of the latest reading, or None."""
        with self._lock:
            return self._latest.get((sensor_code, parameter))

