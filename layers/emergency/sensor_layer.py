"""Live sensors on the map: each sensor's latest value per parameter, its symbol class, and a stale mark.

:class:`SensorLayer` is a vector layer of sensor points (the store's ``sensors``) that also keeps the
readings heard so far (``sensor_code, time, parameter, value``). A batch of readings goes in through
:meth:`SensorLayer.add_readings`: duplicates (same sensor, parameter and time) are kept once, and a late
reading is placed in time but never becomes the latest. Each sensor gets a symbol class from its values:

- air quality: the AQI level of HJ 633-2026 (hourly tables) and the level's official colour;
- water quality: the GB 3838-2002 overall class of the river and its map colour;
- river level: the stage against the sensor's warning and danger levels;
- rain: the hourly intensity class (light, moderate, heavy, rainstorm).

A sensor silent for longer than its reporting interval (plus a short grace for transit) is *stale*. The
layer's ``time`` is the time slider's moment (None: live, the latest values against ``clock``); the
``readings``, ``time`` and ``clock`` events tell the views to draw again. No Qt here.

The readings are kept per datastream (sensor and parameter) in growing numpy arrays, so a batch costs its
own size whatever the history kept: the symbols read the latest values, the chart one stream's arrays, the
time slider one binary search per stream. :attr:`SensorLayer.history` (one table of everything) is built
only when asked for. A feed's batch can be turned into plain arrays off the GUI thread
(:func:`reading_arrays`), so the window's thread never converts pandas' string columns.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from psygnal import Signal

from layers.base import LayerEvents
from layers.emergency.air_quality import _LEVEL_UPPERS, CHINA_LEVELS, CHINA_TABLES, STEPS
from layers.emergency.water_quality import AT_LEAST, AT_MOST, PH_RANGE
from layers.kinds import register_kind
from layers.vector import VectorLayer

READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]
DEFAULT_INTERVAL_S = 3600.0
STALE_GRACE_S = 300.0  # transit and clock skew a reading may have before its sensor counts as silent
#: stage (m above the gauge datum) of the warning and danger levels when the sensor names none
DEFAULT_RIVER_LEVELS = (2.5, 3.5)
NO_VALUE_COLOUR = "#9e9e9e"
#: GB 3838-2002 class I..inferior V as water quality maps colour them (0: not assessed)
WATER_CLASS_COLOURS = ("#9e9e9e", "#00b0f0", "#0070c0", "#00b050", "#ffd700", "#ff8c00", "#e00000")
RIVER_COLOURS = ("#2c7bb6", "#fdae61", "#d7191c")  # normal, above warning, above danger
#: hourly rain (mm) upper bounds of: none, light, moderate, heavy; above is a rainstorm
RAIN_BREAKS = (0.0, 2.5, 8.0, 16.0)
RAIN_COLOURS = ("#d9d9d9", "#a6f28f", "#3dba3d", "#61b8ff", "#0000fe")
_HOUR_TABLE = {"pm25": "pm25_24h", "pm10": "pm10_24h", "so2": "so2_1h", "no2": "no2_1h", "co": "co_1h",
               "o3_1h": "o3_1h"}
AIR_KEYS = {"PM2.5": "pm25", "PM10": "pm10", "SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3_1h"}
WATER_KEYS = {"DO": "do", "CODMn": "codmn", "COD": "cod", "BOD5": "bod5", "NH3-N": "nh3n", "TP": "tp",
              "TN": "tn", "pH": "ph"}
SENSOR_KINDS = ("air_quality", "water_quality", "river_level", "rain_gauge")


@dataclass(frozen=True)
class SensorSymbols:
    """The symbol of each sensor (one entry per row of the layer's data).

    ``level`` is the class number (AQI level 1..6, water class 1..6, river 0 normal / 1 warning /
    2 danger, rain 0..4; -1 with no value), ``colour`` its fill, ``stale`` the silent sensors,
    ``last`` the time of each sensor's last reading (NaT when none) and ``last_s`` the same in seconds
    since 1970 (NaN when none)."""

    kind: np.ndarray
    level: np.ndarray
    colour: np.ndarray
    stale: np.ndarray
    last: np.ndarray
    last_s: np.ndarray | None = None


class SensorEvents(LayerEvents):
    """The layer events, and ``readings`` (a batch went in; emits the readings added), ``time`` (the
    moment shown; None for live) and ``clock`` (the live 'now' staleness is judged against)."""

    readings = Signal(object)
    time = Signal(object)
    clock = Signal(object)


def _texts(column: pd.Series) -> np.ndarray:
    """A column of names as Python strings (an object array), without a round trip through pandas' string
    type when they are strings already."""
    if column.dtype == object:
        out = column.to_numpy()
        if all(type(v) is str for v in out):
            return out
    return column.astype(str).to_numpy(dtype=object)


def _utc(value) -> pd.Timestamp | None:
    if value is None:
        return None
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


NAT = np.iinfo(np.int64).min


@dataclass(frozen=True)
class ReadingArrays:
    """A batch of readings as plain arrays (what :meth:`SensorLayer.add_readings` works on): ``codes`` and
    ``params`` object arrays of Python strings, ``stamps`` nanoseconds since 1970 (UTC; NaT where none),
    ``values`` floats (NaN where none). ``frame`` is the table it was made from, when there was one."""

    codes: np.ndarray
    params: np.ndarray
    stamps: np.ndarray
    values: np.ndarray
    frame: pd.DataFrame | None = None

    def __len__(self) -> int:
        return len(self.stamps)

    def part(self, start: int, stop: int | None = None) -> ReadingArrays:
        """Rows ``start:stop`` (the table it was made from is not kept)."""
        cut = slice(start, stop)
        return ReadingArrays(self.codes[cut], self.params[cut], self.stamps[cut], self.values[cut])

    @staticmethod
    def joined(parts: list[ReadingArrays]) -> ReadingArrays:
        """The batches one after the other (the tables they were made from are not kept)."""
        if len(parts) == 1:
            return parts[0]
        return ReadingArrays(np.concatenate([p.codes for p in parts]), np.concatenate([p.params for p in parts]),
                             np.concatenate([p.stamps for p in parts]), np.concatenate([p.values for p in parts]))

    def to_frame(self) -> pd.DataFrame:
        """The rows as a table ``sensor_code, time, parameter, value``."""
        return pd.DataFrame({"sensor_code": self.codes, "time": pd.to_datetime(self.stamps, utc=True),
                             "parameter": self.params, "value": self.values})


def reading_arrays(batch) -> ReadingArrays:
    """A batch of readings (a table ``sensor_code, time, parameter, value``, or arrays already) as
    :class:`ReadingArrays`: times read as UTC (unreadable: NaT), values as floats (unreadable: NaN). Plain
    Python and numpy work that any thread may do (the desk does it on the feed's thread)."""
    if isinstance(batch, ReadingArrays):
        return batch
    if batch is None or len(batch) == 0:
        return ReadingArrays(np.empty(0, dtype=object), np.empty(0, dtype=object), np.empty(0, dtype=np.int64),
                             np.empty(0), batch)
    times = batch["time"]
    if not isinstance(times.dtype, pd.DatetimeTZDtype):  # the feed's batches are UTC times already
        times = pd.to_datetime(times, utc=True, errors="coerce")
    stamps = pd.DatetimeIndex(times).tz_convert("UTC").as_unit("ns").asi8
    values = batch["value"]
    values = (values if values.dtype == float else pd.to_numeric(values, errors="coerce")).to_numpy(dtype=float)
    return ReadingArrays(_texts(batch["sensor_code"]), _texts(batch["parameter"]), np.asarray(stamps, np.int64),
                         values, batch)


class _Stream:
    """One datastream's readings: times (ns) and values in growing arrays, put in time order when read."""

    __slots__ = ("times", "values", "n", "ordered", "last")

    def __init__(self) -> None:
        self.times = np.empty(64, dtype=np.int64)
        self.values = np.empty(64, dtype=float)
        self.n = 0
        self.ordered = True
        self.last: int | None = None  # the newest time held

    def unseen(self, times: np.ndarray) -> np.ndarray:
        """Which of ``times`` this stream does not hold yet, each time once (the first of a repeat)."""
        held, _values = self.arrays()
        at = np.searchsorted(held, times)
        out = ~((at < len(held)) & (held[np.minimum(at, len(held) - 1)] == times)) if len(held) else \
            np.ones(len(times), dtype=bool)
        _, first = np.unique(times, return_index=True)
        once = np.zeros(len(times), dtype=bool)
        once[first] = True
        return out & once

    def extend(self, times, values) -> None:
        k = len(times)
        if self.n + k > len(self.times):
            size = max(2 * len(self.times), self.n + k)
            self.times = np.concatenate([self.times[:self.n], np.empty(size - self.n, dtype=np.int64)])
            self.values = np.concatenate([self.values[:self.n], np.empty(size - self.n)])
        new = np.asarray(times, dtype=np.int64)
        if self.ordered and ((self.n and new[0] < self.times[self.n - 1]) or (k > 1 and (new[1:] < new[:-1]).any())):
            self.ordered = False
        self.times[self.n:self.n + k] = new
        self.values[self.n:self.n + k] = values
        self.n += k
        newest = int(new.max())
        self.last = newest if self.last is None else max(self.last, newest)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(times in ns, values) in time order (views: read-only by convention)."""
        if not self.ordered:
            order = np.argsort(self.times[:self.n], kind="stable")
            self.times[:self.n] = self.times[:self.n][order]
            self.values[:self.n] = self.values[:self.n][order]
            self.ordered = True
        return self.times[:self.n], self.values[:self.n]


@register_kind("live_sensors")
class SensorLayer(VectorLayer):
    """Sensor points with the readings heard so far.

    Parameters
    ----------
    data : GeoDataFrame
        One row per sensor with ``sensor_code`` (or ``sensor_id``) and ``kind`` (``air_quality``, ``water_quality``,
        ``river_level``, ``rain_gauge``); optional ``interval_s`` (reporting interval, default an hour),
        ``warning_level_m`` and ``danger_level_m`` (river stage).
    name : str
    store_kind : str, optional
        Set when the layer is a live view of the store's sensors (the emergency desk's): then, like the
        store's layers, showing it or its readings is no unsaved change and the project file does not
        keep it.
    """

    events_class = SensorEvents
    unsaved_events = VectorLayer.unsaved_events | {"readings", "time", "clock"}

    def __init__(self, data, name: str = "sensors", store_kind: str | None = None, **options) -> None:
        super().__init__(data, name, **options)
        # a live view of the store's sensors (the desk's): kept by the store, not in the project file
        self.store_kind = store_kind
        self._streams: dict[tuple[str, str], _Stream] = {}  # (sensor, parameter) -> its readings
        self._stream_numbers: dict[tuple[str, str], int] = {}  # (sensor, parameter) -> a number of its own
        self._count = 0  # readings kept
        self._history: pd.DataFrame | None = None  # every stream in one table, until the next batch
        self._span: tuple[pd.Timestamp, pd.Timestamp] | None = None
        self._codes = sensor_codes(self._data)  # read often (each batch, each symbol): kept, not re-read
        self._code_set = set(self._codes)
        self._latest: dict[tuple[str, str], tuple[int, float]] = {}  # time in ns since 1970
        self._time: pd.Timestamp | None = None
        self._clock: pd.Timestamp | None = None
        self._version = 0  # new readings kept so far: the symbols computed for a version are reused
        self._symbols: tuple[tuple, SensorSymbols] | None = None
        self._constants: tuple | None = None  # (data, intervals, river levels) of the sensors

    def _reset_derived(self) -> None:
        super()._reset_derived()
        self._codes = sensor_codes(self._data)
        self._code_set = set(self._codes)
        self._symbols = None
        self._constants = None

    # ------------------------------------------------------------------ readings
    @property
    def codes(self) -> np.ndarray:
        """Each sensor's code (the store's ``sensor_code``, a file's ``sensor_id``)."""
        return self._codes

    @property
    def history(self) -> pd.DataFrame:
        """Every reading kept, sorted by sensor, parameter and time (read-only by convention; built when
        asked for after new readings: the desk's views read the streams instead)."""
        if self._history is None:
            keys = sorted(self._streams)
            parts = [self._streams[key].arrays() for key in keys]
            sizes = [len(t) for t, _v in parts]
            codes = np.repeat(np.array([c for c, _p in keys], dtype=object), sizes)
            params = np.repeat(np.array([p for _c, p in keys], dtype=object), sizes)
            times = np.concatenate([t for t, _v in parts]) if parts else np.empty(0, dtype=np.int64)
            values = np.concatenate([v for _t, v in parts]) if parts else np.empty(0)
            self._history = pd.DataFrame({"sensor_code": pd.Series(codes, dtype=object),
                                          "time": pd.to_datetime(times, utc=True),
                                          "parameter": pd.Series(params, dtype=object),
                                          "value": values})
        return self._history

    @property
    def reading_count(self) -> int:
        """How many readings are kept."""
        return self._count

    @property
    def version(self) -> int:
        """Grows with every batch that added readings."""
        return self._version

    def stream(self, code: str, parameter: str) -> tuple[np.ndarray, np.ndarray]:
        """One sensor's readings of one parameter: (times in ns since 1970, values) in time order
        (read-only by convention)."""
        found = self._streams.get((str(code), str(parameter)))
        return found.arrays() if found is not None else (np.empty(0, dtype=np.int64), np.empty(0))

    def stream_versions(self) -> dict[tuple[str, str], int]:
        """How many readings each stream holds (a view redraws only the streams whose count moved)."""
        return {key: stream.n for key, stream in self._streams.items()}

    def parameters_of(self, codes) -> list[str]:
        """The parameters heard from any of the sensors ``codes``, sorted."""
        chosen = {str(c) for c in codes}
        return sorted({p for (c, p), stream in self._streams.items() if c in chosen and stream.n})

    def add_readings(self, batch, clock=None, announce: bool = True) -> int:
        """Keep a batch of readings (a table ``sensor_code, time, parameter, value`` or
        :class:`ReadingArrays`); returns how many were new. Readings of unknown sensors, without a
        time or with a non-finite value are left out, and one already kept (same sensor, parameter and
        time) is not kept again; a reading older than its sensor's latest is placed in time and does
        not become the latest. ``clock`` (optional) moves the live 'now' with the batch, in the same
        event. The work is the batch's size, not the history's. ``announce`` False keeps the readings
        without telling the views (a batch taken in slices tells them once, :meth:`announce_readings`)."""
        if clock is not None:
            self._clock = _utc(clock)
        if batch is None or len(batch) == 0:
            return 0
        arrays = reading_arrays(batch)
        codes, params, stamps, values = arrays.codes, arrays.params, arrays.stamps, arrays.values
        # what a reading must be, checked on the arrays
        known = self._code_set
        valid = np.isfinite(values) & (stamps != NAT) & np.fromiter((c in known for c in codes), bool, len(codes))
        keep = np.zeros(len(codes), dtype=bool)
        rows = np.flatnonzero(valid)
        if not len(rows):
            return 0
        # the rows of each stream together (in the batch's order), then each stream at once: a stream whose
        # readings are all newer than its last, in time order (a live feed's), is appended as it is; only
        # late or repeated readings are looked up one by one
        number = self._stream_numbers
        ids = np.fromiter((number.setdefault(pair, len(number)) for pair in zip(codes[rows].tolist(),
                                                                               params[rows].tolist(), strict=True)),
                          np.int64, len(rows))
        order = np.argsort(ids, kind="stable")
        rows, ids = rows[order], ids[order]
        cuts = np.flatnonzero(np.diff(ids)) + 1
        streams, latest = self._streams, self._latest
        for part in np.split(rows, cuts):
            key = (codes[part[0]], params[part[0]])
            found = streams.get(key)
            if found is None:
                found = streams[key] = _Stream()
            times, kept = stamps[part], values[part]
            last = found.last
            if (last is None or times[0] > last) and (len(times) == 1 or bool((times[1:] > times[:-1]).all())):
                new = np.ones(len(part), dtype=bool)
            else:
                new = found.unseen(times)
            if not new.any():
                continue
            keep[part[new]] = True
            times, kept = times[new], kept[new]
            found.extend(times, kept)
            top = int(np.argmax(times))  # the newest of the batch becomes the latest, if newer than it
            before = latest.get(key)
            if before is None or times[top] > before[0]:
                latest[key] = (int(times[top]), float(kept[top]))
        if not keep.any():
            return 0
        added = int(keep.sum())
        self._count += added
        self._history = None
        self._version += 1
        kept_stamps = stamps[keep]
        lo, hi = pd.Timestamp(int(kept_stamps.min()), tz="UTC"), pd.Timestamp(int(kept_stamps.max()), tz="UTC")
        self._span = (lo, hi) if self._span is None else (min(lo, self._span[0]), max(hi, self._span[1]))
        if announce:
            self.events.readings.emit(ReadingArrays(codes[keep], params[keep], kept_stamps, values[keep]))
        return added

    def announce_readings(self, frame=None) -> None:
        """Tell the views that readings were kept (after :meth:`add_readings` with ``announce`` False)."""
        if frame is None:
            frame = reading_arrays(None)
        self.events.readings.emit(frame)

    def latest(self) -> pd.DataFrame:
        """The latest value of each sensor and parameter (columns ``sensor_code, parameter, time, value``)."""
        items = list(self._latest.items())
        return pd.DataFrame({"sensor_code": [c for (c, _p), _ in items], "parameter": [p for (_c, p), _ in items],
                             "time": pd.to_datetime([t for _, (t, _v) in items], utc=True),
                             "value": [v for _, (_t, v) in items]})

    def _values_at(self, when: pd.Timestamp | None) -> dict[tuple[str, str], tuple[int, float]]:
        """(sensor, parameter) -> (time in ns, value) of the last reading at ``when`` (None: the latest)."""
        if when is None:
            return self._latest
        limit = when.as_unit("ns").value
        out = {}
        for key, stream in self._streams.items():
            times, values = stream.arrays()
            i = int(np.searchsorted(times, limit, side="right"))
            if i:
                out[key] = (int(times[i - 1]), float(values[i - 1]))
        return out

    def values_at(self, time=None) -> pd.DataFrame:
        """Each sensor's last value per parameter at ``time`` (None: the latest), as the rows
        ``sensor_code, parameter, time, value``."""
        when = _utc(time)
        if when is None:
            return self.latest()
        items = sorted(self._values_at(when).items())
        return pd.DataFrame({"sensor_code": pd.Series([c for (c, _p), _ in items], dtype=object),
                             "parameter": pd.Series([p for (_c, p), _ in items], dtype=object),
                             "time": pd.to_datetime([t for _, (t, _v) in items], utc=True),
                             "value": np.array([v for _, (_t, v) in items], dtype=float)})

    def series(self, code: str, parameter: str | None = None) -> pd.DataFrame:
        """The readings of one sensor (one parameter, or all), in time order."""
        code = str(code)
        keys = sorted(k for k in self._streams if k[0] == code and (parameter is None or k[1] == parameter))
        parts = [(k[1], *self._streams[k].arrays()) for k in keys]
        times = np.concatenate([t for _p, t, _v in parts]) if parts else np.empty(0, dtype=np.int64)
        frame = pd.DataFrame({"sensor_code": pd.Series([code] * len(times), dtype=object),
                              "time": pd.to_datetime(times, utc=True),
                              "parameter": pd.Series(np.repeat(np.array([p for p, _t, _v in parts], dtype=object),
                                                               [len(t) for _p, t, _v in parts]), dtype=object),
                              "value": np.concatenate([v for _p, _t, v in parts]) if parts else np.empty(0)})
        return frame.sort_values("time", kind="stable")

    def time_span(self) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """The first and last reading times held (None when nothing is)."""
        return self._span

    # ------------------------------------------------------------------ the moment shown
    @property
    def time(self) -> pd.Timestamp | None:
        """The moment the symbols show (the time slider); None for live."""
        return self._time

    @time.setter
    def time(self, value) -> None:
        value = _utc(value)
        if value == self._time or (value is None and self._time is None):
            return
        self._time = value
        self.events.time.emit(value)

    @property
    def clock(self) -> pd.Timestamp:
        """Live 'now' that staleness is judged against (the replay's time, else the wall clock)."""
        return self._clock if self._clock is not None else pd.Timestamp.now(tz="UTC")

    @clock.setter
    def clock(self, value) -> None:
        value = _utc(value)
        if value == self._clock:
            return
        self._clock = value
        self.events.clock.emit(value)

    # ------------------------------------------------------------------ symbols
    def intervals(self) -> np.ndarray:
        """Reporting interval of each sensor in seconds."""
        if "interval_s" in self.data.columns:
            values = pd.to_numeric(self.data["interval_s"], errors="coerce").to_numpy(dtype=float)
            return np.where(np.isfinite(values) & (values > 0), values, DEFAULT_INTERVAL_S)
        return np.full(len(self.data), DEFAULT_INTERVAL_S)

    def river_levels(self) -> np.ndarray:
        """(warning, danger) stage of each sensor, metres above its gauge datum (n x 2)."""
        n = len(self.data)
        out = np.tile(np.asarray(DEFAULT_RIVER_LEVELS, dtype=float), (n, 1))
        for j, column in enumerate(("warning_level_m", "danger_level_m")):
            if column in self.data.columns:
                given = pd.to_numeric(self.data[column], errors="coerce").to_numpy(dtype=float)
                out[:, j] = np.where(np.isfinite(given), given, out[:, j])
        return out

    def symbols(self, time=None) -> SensorSymbols:
        """The symbol of each sensor at ``time`` (default: the layer's ``time``; live when None)."""
        when = _utc(time) if time is not None else self._time
        now = when if when is not None else self.clock
        # the map and the sensor list ask for the same moment after each batch: computed once (staleness is
        # judged to the second)
        key = (self._version, id(self._data), when, now.floor("s"))
        if self._symbols is not None and self._symbols[0] == key:
            return self._symbols[1]
        if self._constants is None or self._constants[0] is not self._data:
            kinds = self._data["kind"].astype(str).to_numpy(dtype=object) if "kind" in self._data.columns \
                else np.full(len(self._codes), "", dtype=object)
            self._constants = (self._data, self.intervals(), self.river_levels(), kinds)
        _data, intervals, levels, kinds = self._constants
        marks = _symbols_of(self.data, self._codes, self._values_at(when), now, intervals, levels, kinds)
        self._symbols = (key, marks)
        return marks

    def recent_series(self, row: int, hours: float = 48.0) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """The last ``hours`` of each parameter of the sensor in ``row`` (up to the moment shown), as
        ``(parameter, epoch seconds, values)`` for a sparkline."""
        code = str(self.codes[int(row)])
        keys = sorted(k for k in self._streams if k[0] == code)
        if not keys:
            return []
        if self._time is not None:
            end = self._time.as_unit("ns").value
        else:
            end = max(int(self._streams[k].arrays()[0][-1]) for k in keys if self._streams[k].n)
        begin = end - int(hours * 3600e9)
        out = []
        for key in keys:
            times, values = self._streams[key].arrays()
            lo, hi = np.searchsorted(times, [begin, end], side="right")
            if hi > lo:
                out.append((key[1], times[lo:hi] / 1e9, values[lo:hi].copy()))
        return out


def aqi_levels(readings: dict[str, np.ndarray]) -> np.ndarray:
    """AQI level (1..6, 0 when nothing is indexed) of HJ 633-2026 on the hourly tables, for a symbol's
    colour: each pollutant's IAQI by the table (rounded up, 500 beyond it), the largest sets the level.

    The same tables and rules as :func:`layers.emergency.air_quality.china_aqi` (hour), in plain numpy for
    the few sensors of a map (no compiled kernel to load while the window waits); SO2 above 800 (off the
    hourly table) counts as that table's top."""
    tables = CHINA_TABLES["hj633-2026"]
    n = len(next(iter(readings.values())))
    best = np.full(n, -np.inf)
    for key, values in readings.items():
        bp = np.asarray(tables[_HOUR_TABLE[key]], dtype=float)
        c = np.asarray(values, dtype=float)
        with np.errstate(invalid="ignore"):
            sub = np.ceil(np.interp(c, bp, STEPS[: len(bp)]) - 1e-6)
            sub = np.where(c > bp[-1], 500.0, sub)
            sub = np.where(c >= 0, sub, -np.inf)  # NaN and negative: not indexed
        best = np.maximum(best, sub)
    known = np.isfinite(best)
    level = (1 + (best[:, None] > _LEVEL_UPPERS[None, :]).sum(axis=1)).astype(np.int8)
    return np.where(known, level, 0).astype(np.int8)


def water_classes(readings: dict[str, np.ndarray], water_body: str = "river") -> np.ndarray:
    """GB 3838-2002 overall class (1..6, 0 when nothing is assessed) of each sensor: per parameter one
    plus the class limits it fails (as :func:`layers.emergency.water_quality.parameter_class`), the worst
    over the parameters (TN not in a river's overall; pH 6-9 is class I, else worse than V)."""
    n = len(next(iter(readings.values())))
    overall = np.zeros(n, dtype=np.int8)
    for key, values in readings.items():
        c = np.asarray(values, dtype=float)
        if key == "tn" and water_body == "river":
            continue
        with np.errstate(invalid="ignore"):
            if key == "ph":
                klass = np.where((c >= PH_RANGE[0]) & (c <= PH_RANGE[1]), 1, 6)
            elif key == "do":
                klass = 1 + (c[:, None] < np.asarray(AT_LEAST["do"])[None, :]).sum(axis=1)
            else:
                limits = AT_MOST.get(f"tp_{water_body}" if key == "tp" else key)
                if limits is None:
                    continue
                klass = 1 + (c[:, None] > np.asarray(limits)[None, :]).sum(axis=1)
            klass = np.where(c >= 0, klass, 0)
        overall = np.maximum(overall, klass.astype(np.int8))
    return overall


def sensor_codes(sensors) -> np.ndarray:
    """The code of each sensor row (``sensor_code``, else ``sensor_id``)."""
    column = "sensor_code" if "sensor_code" in sensors.columns else "sensor_id"
    return sensors[column].astype(str).to_numpy()


def sensor_symbols(sensors, values: pd.DataFrame, now, intervals, river_levels, codes=None) -> SensorSymbols:
    """Symbols of ``sensors`` (rows with ``sensor_code`` or ``sensor_id``, and ``kind``) from their ``values`` (rows
    ``sensor_code, parameter, time, value``) judged at ``now`` (``codes``: the sensors' codes, when known)."""
    codes = sensor_codes(sensors) if codes is None else codes
    latest: dict[tuple[str, str], tuple[int, float]] = {}
    if len(values):
        stamps = pd.DatetimeIndex(values["time"]).as_unit("ns").asi8.tolist()
        for code, parameter, stamp, value in zip(values["sensor_code"].tolist(), values["parameter"].tolist(),
                                                 stamps, values["value"].tolist(), strict=True):
            key = (str(code), str(parameter))
            if key not in latest or stamp >= latest[key][0]:
                latest[key] = (stamp, value)
    return _symbols_of(sensors, codes, latest, now, intervals, river_levels)


def _symbols_of(sensors, codes, latest: dict, now, intervals, river_levels, kinds=None) -> SensorSymbols:
    """The symbols from each stream's value ``latest`` ((sensor, parameter) -> (time in ns, value))."""
    if kinds is None:
        kinds = sensors["kind"].astype(str).to_numpy() if "kind" in sensors.columns else np.full(len(codes), "")
    n = len(codes)
    level = np.full(n, -1, dtype=np.int8)
    colour = np.full(n, NO_VALUE_COLOUR, dtype=object)
    row_of = {code: i for i, code in enumerate(codes)}
    columns: dict[str, np.ndarray] = {}
    last_ns = np.full(n, NAT, dtype=np.int64)
    for (code, parameter), (stamp, value) in latest.items():
        i = row_of.get(code)
        if i is None:
            continue
        columns.setdefault(parameter, np.full(n, np.nan))[i] = value
        if stamp > last_ns[i]:
            last_ns[i] = stamp

    def column(name: str) -> np.ndarray:
        return columns[name] if name in columns else np.full(n, np.nan)

    air = kinds == "air_quality"
    if air.any():
        readings = {key: column(name)[air] for name, key in AIR_KEYS.items() if name in columns}
        levels = aqi_levels(readings) if readings else np.zeros(int(air.sum()), dtype=np.int8)
        level[air] = np.where(levels > 0, levels, -1)
        palette = np.array([NO_VALUE_COLOUR] + [lv.colour for lv in CHINA_LEVELS], dtype=object)
        colour[air] = palette[levels]
    water = kinds == "water_quality"
    if water.any():
        readings = {key: column(name)[water] for name, key in WATER_KEYS.items() if name in columns}
        classes = water_classes(readings) if readings else np.zeros(int(water.sum()), dtype=np.int8)
        level[water] = np.where(classes > 0, classes, -1)
        colour[water] = np.asarray(WATER_CLASS_COLOURS, dtype=object)[classes]
    river = kinds == "river_level"
    if river.any():
        stage = column("level")[river]
        levels = np.asarray(river_levels, dtype=float).reshape(n, 2)[river]
        klass = (stage >= levels[:, 0]).astype(np.int8) + (stage >= levels[:, 1])
        known = np.isfinite(stage)
        level[river] = np.where(known, klass, -1)
        colour[river] = np.where(known, np.asarray(RIVER_COLOURS, dtype=object)[klass], NO_VALUE_COLOUR)
    rain = kinds == "rain_gauge"
    if rain.any():
        mm = column("rain")[rain]
        klass = np.searchsorted(np.asarray(RAIN_BREAKS), mm, side="left").astype(np.int8)
        known = np.isfinite(mm)
        level[rain] = np.where(known, klass, -1)
        colour[rain] = np.where(known, np.asarray(RAIN_COLOURS, dtype=object)[np.minimum(klass, 4)],
                                NO_VALUE_COLOUR)
    now_ns = _utc(now).as_unit("ns").value
    heard = last_ns != NAT
    silent = np.where(heard, (now_ns - last_ns) / 1e9, np.inf)
    stale = ~(silent <= np.asarray(intervals, dtype=float) + STALE_GRACE_S)  # never heard: stale
    last = pd.to_datetime(np.where(heard, last_ns, NAT), utc=True).to_numpy()
    last_s = np.where(heard, last_ns / 1e9, np.nan)
    return SensorSymbols(kind=kinds, level=level, colour=colour, stale=stale, last=last, last_s=last_s)


__all__ = ["READING_COLUMNS", "ReadingArrays", "SensorLayer", "SensorSymbols", "reading_arrays",
           "sensor_symbols"]
