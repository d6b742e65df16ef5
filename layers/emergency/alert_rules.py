"""Alert rules: when a sensor's readings make an alert, and when the alert's episode is over.

A rule (:class:`AlertRule`) watches one quantity of the sensors it applies to (by code, by kind or by
village):

- ``above`` / ``below``: a parameter's value against a threshold;
- ``index``: the AQI level (HJ 633 or US EPA, from :mod:`layers.emergency.air_quality`) or the GB 3838
  water class (:mod:`layers.emergency.water_quality`) of the readings taken at the same time;
- ``rise``: how much a parameter rose within a window ("rose more than 1 m in 3 h"): the value now less
  the lowest value of the window.

An episode starts at the first reading that reaches ``raise_at``; it becomes an alert once the condition
has held for ``min_duration`` (a single noisy reading raises nothing), and ends at the first reading past
``clear_at`` (hysteresis: the clear level lies on the safe side of the raise level) once that has held for
``clear_duration``.

Rules are evaluated on each sensor's time-sorted, de-duplicated series (two values for one time: the
larger is kept, whichever came first), so the episodes are a function of the readings, not of the order,
the batching or the repetition in which they arrived: :class:`AlertEngine` keeps each series
(:mod:`layers.emergency.alert_series`) and each rule's state per sensor, continues from that state when a
batch brings only later readings, and when it brings a time already taken (a late or larger reading,
another parameter of an index at the same time) goes back to the latest state it marked before that time
(a few dozen per rule and sensor, the older the sparser) and steps on from there. An episode is named by its
rule, its sensor and its start (:attr:`Episode.key`); the store raises one alert per key. An episode
already reported keeps its key if late readings move its start.
"""

from __future__ import annotations

import json
import tomllib
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from layers.emergency.air_quality import air_quality_index
from layers.emergency.alert_series import Series, sorted_batch
from layers.emergency.water_quality import water_class

KINDS = ("above", "below", "rise", "index")
INDICES = ("hj633-2012", "hj633-2026", "epa", "gb3838")
#: The demo's (and the usual station's) parameter names mapped to the index modules' keys.
AIR_KEYS = {"PM2.5": "pm25", "PM10": "pm10", "SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3_1h",
            "O3_8h": "o3_8h"}
WATER_KEYS = {"DO": "do", "CODMn": "codmn", "COD": "cod", "BOD5": "bod5", "NH3-N": "nh3n", "TP": "tp",
              "TN": "tn", "pH": "ph"}
READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]
DEMO_RULES = Path(__file__).resolve().parents[2] / "resources" / "rules" / "demo_alerts.toml"


@dataclass(frozen=True)
class AlertRule:
    """One rule; see the module's description. Durations are :class:`~datetime.timedelta`."""

    rule_id: str
    kind: str
    raise_at: float
    clear_at: float | None = None
    parameter: str | None = None
    index: str | None = None
    min_duration: timedelta = timedelta(0)
    clear_duration: timedelta = timedelta(0)
    window: timedelta | None = None
    sensors: tuple[str, ...] = ()
    sensor_kind: str | None = None
    villages: tuple[str, ...] = ()
    level: str = "warning"
    event: str = ""
    event_zh: str = ""
    severity: str = "Moderate"

    def __post_init__(self) -> None:
        if not str(self.rule_id).strip():
            raise ValueError("an alert rule needs an id")
        if self.kind not in KINDS:
            raise ValueError(f"rule {self.rule_id}: kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.kind == "index":
            if self.index not in INDICES:
                raise ValueError(f"rule {self.rule_id}: an index rule needs index = one of "
                                 f"{', '.join(INDICES)}")
        elif not self.parameter:
            raise ValueError(f"rule {self.rule_id}: a {self.kind} rule needs the parameter it watches")
        if self.kind == "rise" and (self.window is None or self.window <= timedelta(0)):
            raise ValueError(f"rule {self.rule_id}: a rise rule needs its window (hours)")
        if self.clear_at is None:
            object.__setattr__(self, "clear_at", float(self.raise_at))
        safe = self.clear_at <= self.raise_at if self.kind != "below" else self.clear_at >= self.raise_at
        if not safe:
            raise ValueError(f"rule {self.rule_id}: the clear level {self.clear_at:g} must be on the safe side "
                             f"of the raise level {self.raise_at:g}")
        if self.min_duration < timedelta(0) or self.clear_duration < timedelta(0):
            raise ValueError(f"rule {self.rule_id}: durations cannot be negative")
        object.__setattr__(self, "sensors", tuple(self.sensors))
        object.__setattr__(self, "villages", tuple(self.villages))

    @property
    def watched(self) -> str:
        """What the rule's values are: the parameter, or the index's name."""
        return self.parameter if self.kind != "index" else self.index

    def applies(self, sensor_code: str, sensor_kind: str | None = None, village_code: str | None = None
                ) -> bool:
        """Whether the rule watches this sensor."""
        if self.sensors and sensor_code not in self.sensors:
            return False
        if self.sensor_kind and sensor_kind is not None and sensor_kind != self.sensor_kind:
            return False
        if self.sensor_kind and sensor_kind is None and not self.sensors:
            return False
        return not self.villages or village_code in self.villages

    @classmethod
    def from_dict(cls, values: dict) -> AlertRule:
        """A rule from a file's table: durations in hours (``min_hours``, ``clear_hours``,
        ``window_hours``), lists for ``sensors`` and ``villages``."""
        values = dict(values)
        hours = {"min_hours": "min_duration", "clear_hours": "clear_duration", "window_hours": "window"}
        for key, name in hours.items():
            if key in values:
                values[name] = timedelta(hours=float(values.pop(key)))
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"rule {values.get('rule_id', '?')}: unknown field(s) {', '.join(unknown)}")
        for name in ("raise_at", "clear_at"):
            if values.get(name) is not None:
                values[name] = float(values[name])
        return cls(**values)


def load_rules(path: str | Path) -> list[AlertRule]:
    """Rules from a TOML file (``[[rule]]`` tables) or a JSON file (a list, or ``{"rule": [...]}``)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    tables = data if isinstance(data, list) else data.get("rule", [])
    rules = [AlertRule.from_dict(t) for t in tables]
    ids = [r.rule_id for r in rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path}: rule ids are not unique")
    return rules


def demo_rules() -> list[AlertRule]:
    """The rules shipped for the demo township's sensors."""
    return load_rules(DEMO_RULES)


@dataclass(frozen=True)
class Episode:
    """One episode of a rule on a sensor: from ``start`` (first reading at the raise level) to ``end``
    (first reading past the clear level; None while it lasts). ``raised_at`` is when it held for the
    rule's minimum duration; ``peak`` the most extreme watched value and ``peak_time`` when; ``event``,
    ``event_zh`` and ``severity`` are the rule's, for the alert's CAP message."""

    rule_id: str
    sensor_code: str
    watched: str
    level: str
    start: datetime
    raised_at: datetime
    peak: float
    peak_time: datetime
    end: datetime | None = None
    village_code: str | None = None
    key: str = ""
    #: the rule's words for a CAP message
    event: str = ""
    event_zh: str = ""
    severity: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", episode_key(self.rule_id, self.sensor_code, self.start))

    def same(self, other: Episode) -> bool:
        """Same episode by content (start, end, peak), whatever its key."""
        return (self.rule_id, self.sensor_code, self.start, self.end, self.peak, self.peak_time) == (
            other.rule_id, other.sensor_code, other.start, other.end, other.peak, other.peak_time)


def episode_key(rule_id: str, sensor_code: str, start: datetime) -> str:
    """``rule/sensor/start`` with the start in UTC to the millisecond."""
    stamp = pd.Timestamp(start).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return f"{rule_id}/{sensor_code}/{stamp}"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _when(ns: int) -> datetime:
    """A time kept as UTC nanoseconds, as an aware datetime (to the microsecond)."""
    return _EPOCH + timedelta(microseconds=ns // 1000)


def _ns(span: timedelta | None) -> int:
    return 0 if span is None else int(span // timedelta(microseconds=1)) * 1000


class _Scan:
    """One rule's state on one sensor's series; steps through readings in time order (times in UTC ns)."""

    def __init__(self, rule: AlertRule, sensor_code: str, village_code: str | None) -> None:
        self.rule, self.sensor_code, self.village_code = rule, sensor_code, village_code
        self.sign = -1.0 if rule.kind == "below" else 1.0
        self.min_ns, self.clear_ns, self.window_ns = (_ns(rule.min_duration), _ns(rule.clear_duration),
                                                      _ns(rule.window))
        self.phase = "idle"
        self.start = self.raised = self.peak_time = self.clearing = None
        self.peak = np.nan
        self.lows: deque = deque()  # the window's rising minima (rise rules)
        self.closed: list[Episode] = []
        self.last: int | None = None

    def step(self, t: int, v: float) -> None:
        self.last = t
        rule, s = self.rule, self.sign
        if self.window_ns:
            lows = self.lows
            while lows and lows[-1][1] >= v:
                lows.pop()
            lows.append((t, v))
            while lows[0][0] < t - self.window_ns:
                lows.popleft()
            v = v - lows[0][1]
        if self.phase == "idle":
            if s * v >= s * rule.raise_at:
                self.phase, self.start, self.peak, self.peak_time = "pending", t, v, t
            else:
                return
        elif self.phase == "pending" and s * v < s * rule.raise_at:
            self.phase = "idle"
            return
        if s * v > s * self.peak:
            self.peak, self.peak_time = v, t
        if self.phase == "pending":
            if t - self.start >= self.min_ns:
                self.phase, self.raised = "active", t
            return
        if s * v < s * rule.clear_at:
            if self.clearing is None:
                self.clearing = t
            if t - self.clearing >= self.clear_ns:
                self.closed.append(self._episode(self.clearing))
                self.phase, self.clearing = "idle", None
        else:
            self.clearing = None

    def _episode(self, end: int | None) -> Episode:
        return Episode(self.rule.rule_id, self.sensor_code, self.rule.watched, self.rule.level,
                       _when(self.start), _when(self.raised), float(self.peak), _when(self.peak_time),
                       None if end is None else _when(end), self.village_code,
                       event=self.rule.event, event_zh=self.rule.event_zh, severity=self.rule.severity)

    def episodes(self) -> list[Episode]:
        return self.closed + ([self._episode(None)] if self.phase == "active" else [])

    def save(self) -> tuple:
        """The state to come back to (the episodes closed so far by their count: later steps only add)."""
        return (self.phase, self.start, self.raised, self.peak, self.peak_time, self.clearing, self.last,
                tuple(self.lows), len(self.closed))

    def restore(self, state: tuple) -> None:
        (self.phase, self.start, self.raised, self.peak, self.peak_time, self.clearing, self.last, lows,
         closed) = state
        self.lows = deque(lows)
        del self.closed[closed:]


#: at most this many points to go back to per rule and sensor (the older ones thinned out)
MARKS = 32


@dataclass
class _Track:
    """One rule on one sensor: its scan, the episodes reported, and states of the scan to go back to:
    ``marks`` holds ``(upto, state)`` pairs, rising, each the scan's state once it had taken every watched
    time up to ``upto`` (the first is the empty scan's)."""

    scan: _Scan
    reported: list[Episode] = field(default_factory=list)
    marks: list[tuple[int, tuple]] = field(default_factory=list)
    upto: int | None = None  # the latest watched time the scan has taken

    def back_before(self, time: int) -> None:
        """Put the scan back where it stood before ``time`` (the latest mark earlier than it)."""
        i = len(self.marks) - 1
        while self.marks[i][0] >= time:
            i -= 1
        upto, state = self.marks[i]
        del self.marks[i + 1:]
        self.scan.restore(state)
        self.upto = None if i == 0 else upto

    def mark(self) -> None:
        if self.upto is None or self.upto <= self.marks[-1][0]:
            return
        self.marks.append((self.upto, self.scan.save()))
        if len(self.marks) > MARKS:  # every other of the older half goes: the older, the sparser
            half = len(self.marks) // 2
            self.marks[1:half] = self.marks[1:half][1::2]


def normalise(readings: pd.DataFrame) -> pd.DataFrame:
    """Readings with UTC times and float values, NaN and unreadable rows left out, sorted, de-duplicated
    (one value per sensor, parameter and time: the largest)."""
    batch = sorted_batch(*_arrays(readings))
    return pd.DataFrame({"sensor_code": batch.codes, "time": pd.to_datetime(batch.stamps, utc=True),
                         "parameter": batch.params, "value": batch.values})


def _arrays(readings) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Codes and parameters (Python strings), times (UTC ns, NaT where unreadable), values (floats, NaN
    where unreadable) of a table of readings, or of a batch as arrays already (``codes``, ``params``,
    ``stamps``, ``values``, as the live feed hands them over)."""
    if not isinstance(readings, pd.DataFrame):
        return readings.codes, readings.params, readings.stamps, readings.values
    times = pd.to_datetime(readings["time"], utc=True, errors="coerce")
    stamps = pd.DatetimeIndex(times).as_unit("ns").asi8
    values = pd.to_numeric(readings["value"], errors="coerce").to_numpy(dtype=float)
    return (readings["sensor_code"].astype(str).to_numpy(dtype=object),
            readings["parameter"].astype(str).to_numpy(dtype=object), np.asarray(stamps, np.int64), values)


def index_levels(columns: dict[str, np.ndarray], index: str) -> np.ndarray:
    """The AQI level or water class (0: not assessed) of rows of parameter columns (the stations' names,
    such as ``PM2.5`` or ``NH3-N``)."""
    keys = WATER_KEYS if index == "gb3838" else AIR_KEYS
    wanted = {keys[p]: np.asarray(c, dtype=float) for p, c in columns.items() if p in keys}
    if not wanted:
        return np.zeros(len(next(iter(columns.values()), [])), dtype=float)
    if index == "gb3838":
        return np.asarray(water_class(wanted).overall, dtype=float)
    return np.asarray(air_quality_index(wanted, index).level, dtype=float)


class AlertEngine:
    """Evaluates rules on readings that arrive in batches, in any order and with repeats.

    Parameters
    ----------
    rules : list of AlertRule
    sensors : DataFrame, optional
        ``sensor_code``, ``kind``, ``village_code`` of the sensors (for rules by kind or village, and the
        village of each episode). Without it only rules naming their sensors apply.
    """

    def __init__(self, rules, sensors: pd.DataFrame | None = None) -> None:
        self.rules = list(rules)
        self._sensors: dict[str, tuple[str | None, str | None]] = {}
        if sensors is not None:
            for row in sensors.itertuples(index=False):
                village = getattr(row, "village_code", None)
                self._sensors[str(row.sensor_code)] = (getattr(row, "kind", None),
                                                       None if pd.isna(village) else str(village))
        self._series: dict[tuple[str, str], Series] = {}
        self._tracks: dict[tuple[str, str], _Track] = {}

    def feed(self, readings) -> list[Episode]:
        """Take a batch of readings: a table (``sensor_code``, ``time``, ``parameter``, ``value``) or plain
        arrays (``codes``, ``params``, ``stamps`` in UTC ns, ``values``, as
        :class:`~layers.emergency.sensor_layer.ReadingArrays` has them); returns the episodes that are new
        or changed (raised, peak moved, ended) by it."""
        batch = sorted_batch(*_arrays(readings))
        new: dict[str, dict[str, int]] = {}  # sensor -> parameter -> the earliest time changed
        for lo, hi in zip(batch.starts.tolist(), batch.stops.tolist(), strict=True):
            code, parameter = batch.codes[lo], batch.params[lo]
            series = self._series.get((code, parameter))
            if series is None:
                series = self._series[(code, parameter)] = Series()
            changed = series.merge(batch.stamps[lo:hi], batch.values[lo:hi])
            if len(changed):
                new.setdefault(code, {})[parameter] = int(changed[0])
        found: list[Episode] = []
        for code, earliest in sorted(new.items()):
            kind, village = self._sensors.get(code, (None, None))
            for rule in self.rules:
                if rule.applies(code, kind, village):
                    times = [earliest[p] for p in self._params(rule) if p in earliest]
                    if times:
                        found += self._advance(rule, code, village, min(times))
        return found

    def episodes(self) -> list[Episode]:
        """Every episode found so far, by start, rule and sensor."""
        found = [e for track in self._tracks.values() for e in track.reported]
        return sorted(found, key=lambda e: (e.start, e.rule_id, e.sensor_code))

    @staticmethod
    def _params(rule: AlertRule) -> tuple[str, ...]:
        if rule.kind != "index":
            return (rule.parameter,)
        return tuple(WATER_KEYS if rule.index == "gb3838" else AIR_KEYS)

    def _values(self, rule: AlertRule, code: str, after: int | None) -> tuple[np.ndarray, np.ndarray, int | None]:
        """The watched times later than ``after`` (None: all) with their values, in time order, and the
        latest time looked at (an index rule watches only the times with a level)."""
        if rule.kind != "index":
            series = self._series.get((code, rule.parameter))
            if series is None:
                return np.empty(0, dtype=np.int64), np.empty(0), None
            times, values = series.after(after)
            return times, values, int(times[-1]) if len(times) else None
        series = {p: self._series[(code, p)] for p in self._params(rule) if (code, p) in self._series}
        parts = [s.after(after)[0] for s in series.values()]
        times = np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
        if not len(times):
            return times, np.empty(0), None
        levels = index_levels({p: s.at(times) for p, s in series.items()}, rule.index)
        kept = levels > 0
        return times[kept], levels[kept], int(times[-1])

    def _advance(self, rule: AlertRule, code: str, village: str | None, earliest: int) -> list[Episode]:
        """Take what changed on the rule's watched series from ``earliest`` on: the scan steps on from where
        it stood, or, when the batch brought a time it has taken (a late or larger reading, another
        parameter at the same time), from its latest mark before that time, never the whole series again
        unless the time is older than its marks."""
        track = self._tracks.get((rule.rule_id, code))
        if track is None:
            scan = _Scan(rule, code, village)
            track = self._tracks[(rule.rule_id, code)] = _Track(scan, marks=[(_FIRST, scan.save())])
        elif track.upto is not None and earliest <= track.upto:
            track.back_before(earliest)
        times, values, upto = self._values(rule, code, track.upto)
        step = track.scan.step
        for t, v in zip(times.tolist(), values.tolist(), strict=True):
            step(t, v)
        if upto is not None:
            track.upto = upto
            track.mark()
        before = track.reported
        track.reported = _keep_keys(track.scan.episodes(), before)
        known = set(before)
        return [e for e in track.reported if e not in known]


_FIRST = np.iinfo(np.int64).min  # the empty scan's mark: before every time


def _keep_keys(found: list[Episode], before: list[Episode]) -> list[Episode]:
    """Episodes already reported keep their key when late readings moved their start. An episode that did
    not change is the one reported (the same object): the rest are matched by overlapping times (the
    episodes of one scan never overlap each other, so the one reported overlaps only itself)."""
    reported = {id(b) for b in before}
    same = {id(e) for e in found if id(e) in reported}
    free = [b for b in before if id(b) not in same]
    out = []
    for episode in found:
        if id(episode) not in same:
            match = next((b for b in free if _overlap(episode, b)), None)
            if match is not None:
                free.remove(match)
                if match.key != episode.key:
                    episode = replace(episode, key=match.key)
        out.append(episode)
    return out


def _overlap(a: Episode, b: Episode) -> bool:
    far = datetime.max.replace(tzinfo=a.start.tzinfo)
    return a.start <= (b.end or far) and b.start <= (a.end or far)


def evaluate(rules, readings: pd.DataFrame, sensors: pd.DataFrame | None = None) -> list[Episode]:
    """Every episode of ``rules`` in one batch of readings."""
    engine = AlertEngine(rules, sensors)
    engine.feed(readings)
    return engine.episodes()


__all__ = ["AIR_KEYS", "INDICES", "KINDS", "WATER_KEYS", "AlertEngine", "AlertRule", "Episode",
           "demo_rules", "episode_key", "evaluate", "index_levels", "load_rules", "normalise", "warm_up"]


def warm_up() -> None:
    """Load the index kernels the rules use (a second or more the first time), before the first batch."""
    import numpy as np

    from layers.emergency.air_quality import china_aqi

    china_aqi({"pm25": np.array([1.0]), "o3_1h": np.array([1.0])})
