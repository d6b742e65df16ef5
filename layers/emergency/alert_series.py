"""The readings as the alert rules hold them: a batch put in order with numpy, and each datastream's series.

A batch comes as plain arrays (sensor codes and parameters as Python strings, times as UTC nanoseconds,
values as floats: what the live feed hands over, see :class:`~layers.emergency.sensor_layer.ReadingArrays`).
:func:`sorted_batch` leaves out the rows without a time or a finite value, sorts the rest by datastream
(sensor and parameter) and time, and keeps one value per datastream and time: the largest, whichever came
first. :class:`Series` keeps one datastream's times and values in time order in growing arrays: a batch of
later readings (a live feed's) is appended, a late or repeated one is placed in time; it says which times
got a new or larger value, the times the rules must look at again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: NaT as nanoseconds (what ``numpy.datetime64("NaT").astype(np.int64)`` is)
NAT = np.iinfo(np.int64).min


@dataclass(frozen=True)
class SortedBatch:
    """A batch by datastream and time, one row per datastream and time; ``starts`` and ``stops`` bound each
    datastream's rows."""

    codes: np.ndarray
    params: np.ndarray
    stamps: np.ndarray
    values: np.ndarray
    starts: np.ndarray
    stops: np.ndarray

    def __len__(self) -> int:
        return len(self.stamps)


def _numbers(names: np.ndarray) -> tuple[int, np.ndarray]:
    """How many different names there are, and each name's number among them sorted."""
    if len(names) == 0:
        return 0, np.empty(0, dtype=np.int64)
    distinct, numbers = np.unique(names, return_inverse=True)
    return len(distinct), numbers.reshape(-1).astype(np.int64)


def sorted_batch(codes, params, stamps, values) -> SortedBatch:
    """The batch sorted by sensor code, parameter and time (the names in text order), each datastream and
    time once with its largest value; rows without a time (NaT) or with a value that is not finite left
    out."""
    codes, params = np.asarray(codes, dtype=object), np.asarray(params, dtype=object)
    stamps, values = np.asarray(stamps, dtype=np.int64), np.asarray(values, dtype=float)
    good = np.isfinite(values) & (stamps != NAT)
    if not good.all():
        codes, params, stamps, values = codes[good], params[good], stamps[good], values[good]
    _, code_numbers = _numbers(codes)
    n_params, param_numbers = _numbers(params)
    stream = code_numbers * max(n_params, 1) + param_numbers  # one key per datastream, in the names' order
    order = np.lexsort((values, stamps, stream))
    stream, stamps, values = stream[order], stamps[order], values[order]
    # of the rows of one datastream and time, the last: sorted by value, the largest
    last = np.ones(len(order), dtype=bool)
    last[:-1] = (stream[1:] != stream[:-1]) | (stamps[1:] != stamps[:-1])
    order, stream, stamps, values = order[last], stream[last], stamps[last], values[last]
    bounds = np.flatnonzero(stream[1:] != stream[:-1]) + 1
    starts = np.r_[0, bounds] if len(order) else np.empty(0, dtype=np.int64)
    stops = np.r_[bounds, len(order)] if len(order) else np.empty(0, dtype=np.int64)
    return SortedBatch(codes[order], params[order], stamps, values, starts, stops)


class Series:
    """One datastream's readings in time order, one value per time (the largest heard)."""

    __slots__ = ("_times", "_values", "n")

    def __init__(self) -> None:
        self._times = np.empty(16, dtype=np.int64)
        self._values = np.empty(16, dtype=float)
        self.n = 0

    @property
    def times(self) -> np.ndarray:
        return self._times[:self.n]

    @property
    def values(self) -> np.ndarray:
        return self._values[:self.n]

    def merge(self, times: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Take readings (``times`` rising, each once); returns the times whose value is new or larger than
        the one held (the others change nothing), in order."""
        n = self.n
        if n == 0 or times[0] > self._times[n - 1]:  # all later: a live feed's
            self._append(times, values)
            return times
        held, held_values = self._times[:n], self._values[:n]
        at = np.searchsorted(held, times)
        near = np.minimum(at, n - 1)
        found = (at < n) & (held[near] == times)
        larger = found & (values > held_values[near])
        held_values[at[larger]] = values[larger]
        fresh = ~found
        if fresh.any():
            merged_times = np.insert(held, at[fresh], times[fresh])
            merged_values = np.insert(held_values, at[fresh], values[fresh])
            self.n = 0
            self._append(merged_times, merged_values)
        return times[fresh | larger]

    def _append(self, times: np.ndarray, values: np.ndarray) -> None:
        n, k = self.n, len(times)
        if n + k > len(self._times):
            size = max(2 * len(self._times), n + k)
            grown_times, grown_values = np.empty(size, dtype=np.int64), np.empty(size, dtype=float)
            grown_times[:n], grown_values[:n] = self._times[:n], self._values[:n]
            self._times, self._values = grown_times, grown_values
        self._times[n:n + k] = times
        self._values[n:n + k] = values
        self.n = n + k

    def after(self, time: int | None) -> tuple[np.ndarray, np.ndarray]:
        """The times and values later than ``time`` (None: all of them)."""
        start = 0 if time is None else int(np.searchsorted(self.times, time, side="right"))
        return self._times[start:self.n], self._values[start:self.n]

    def at(self, times: np.ndarray) -> np.ndarray:
        """The values at ``times`` (rising), NaN where none is held."""
        held = self.times
        if not len(held):
            return np.full(len(times), np.nan)
        at = np.searchsorted(held, times)
        near = np.minimum(at, len(held) - 1)
        return np.where((at < len(held)) & (held[near] == times), self._values[near], np.nan)


__all__ = ["NAT", "Series", "SortedBatch", "sorted_batch"]
