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
the batching or the repetition in which they arrived: :class:`AlertEngine` keeps each series and each
rule's state per sensor, continues from that state when a batch brings only later readings and evaluates
the series again when it brings earlier ones. An episode is named by its rule, its sensor and its start
(:attr:`Episode.key`); the store raises one alert per key. An episode already reported keeps its key if
late readings move its start.
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


@dataclass
class _Track:
    scan: _Scan
    reported: list[Episode] = field(default_factory=list)


def normalise(readings: pd.DataFrame) -> pd.DataFrame:
    """Readings with UTC times and float values, NaN and unreadable rows left out, sorted, de-duplicated
    (one value per sensor, parameter and time: the largest)."""
    frame = readings[READING_COLUMNS].copy()
    frame["time"] = pd.to_datetime(frame["time"], utc=True, errors="coerce")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    frame["sensor_code"] = frame["sensor_code"].astype(str)
    frame["parameter"] = frame["parameter"].astype(str)
    frame = frame.dropna(subset=["time", "value"])
    frame = frame[np.isfinite(frame["value"].to_numpy(dtype=float))]
    frame = frame.sort_values(["sensor_code", "parameter", "time", "value"], kind="stable")
    return frame.drop_duplicates(["sensor_code", "parameter", "time"], keep="last").reset_index(drop=True)


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
        self._series: dict[tuple[str, str], dict[int, float]] = {}
        self._tracks: dict[tuple[str, str], _Track] = {}

    def feed(self, readings: pd.DataFrame) -> list[Episode]:
        """Take a batch of readings (``sensor_code``, ``time``, ``parameter``, ``value``); returns the
        episodes that are new or changed (raised, peak moved, ended) by it."""
        frame = normalise(readings)
        times = pd.DatetimeIndex(frame["time"]).as_unit("ns").asi8
        new: dict[str, dict[str, list[int]]] = {}
        codes, params, values = frame["sensor_code"].to_numpy(), frame["parameter"].to_numpy(), \
            frame["value"].to_numpy(dtype=float)
        bounds = np.flatnonzero((codes[1:] != codes[:-1]) | (params[1:] != params[:-1])) + 1
        for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(frame)], strict=True):
            if lo == hi:
                continue
            code, parameter = codes[lo], params[lo]
            stored = self._series.setdefault((code, parameter), {})
            added = []
            for t, v in zip(times[lo:hi].tolist(), values[lo:hi].tolist(), strict=True):
                old = stored.get(t)
                if old is None or v > old:
                    stored[t] = v
                    added.append(t)
            if added:
                new.setdefault(code, {})[parameter] = added
        changed: list[Episode] = []
        for code, added in sorted(new.items()):
            kind, village = self._sensors.get(code, (None, None))
            for rule in self.rules:
                if rule.applies(code, kind, village):
                    watched = self._watched(rule, added)
                    if watched:
                        changed += self._advance(rule, code, village, watched)
        return changed

    def episodes(self) -> list[Episode]:
        """Every episode found so far, by start, rule and sensor."""
        found = [e for track in self._tracks.values() for e in track.reported]
        return sorted(found, key=lambda e: (e.start, e.rule_id, e.sensor_code))

    @staticmethod
    def _params(rule: AlertRule) -> tuple[str, ...]:
        if rule.kind != "index":
            return (rule.parameter,)
        return tuple(WATER_KEYS if rule.index == "gb3838" else AIR_KEYS)

    def _watched(self, rule: AlertRule, added: dict[str, list[int]]) -> list[int]:
        """The times the batch added to what ``rule`` watches, in order."""
        times = [t for p in self._params(rule) for t in added.get(p, ())]
        return sorted(set(times)) if rule.kind == "index" else times

    def _values(self, rule: AlertRule, code: str, times: list[int] | None) -> tuple[list[int], list[float]]:
        """The watched values at ``times`` (None: every time stored), in time order."""
        if rule.kind != "index":
            stored = self._series.get((code, rule.parameter), {})
            if times is None:
                times = sorted(stored)
            return times, [stored[t] for t in times]
        series = {p: self._series[(code, p)] for p in self._params(rule) if (code, p) in self._series}
        if times is None:
            times = sorted(set().union(*series.values()))
        columns = {p: np.array([s.get(t, np.nan) for t in times], dtype=float) for p, s in series.items()}
        levels = index_levels(columns, rule.index)
        kept = np.flatnonzero(levels > 0)
        return [times[i] for i in kept], levels[kept].tolist()

    def _advance(self, rule: AlertRule, code: str, village: str | None, added: list[int]) -> list[Episode]:
        track = self._tracks.get((rule.rule_id, code))
        if track is None or track.scan.last is None or added[0] <= track.scan.last:
            scan = _Scan(rule, code, village)  # earlier readings came: evaluate the series again
            times, values = self._values(rule, code, None)
        else:
            scan = track.scan  # only later readings: go on from where the scan stood
            times, values = self._values(rule, code, added)
        for t, v in zip(times, values, strict=True):
            scan.step(t, v)
        before = track.reported if track is not None else []
        found = _keep_keys(scan.episodes(), before)
        self._tracks[(rule.rule_id, code)] = _Track(scan, found)
        return [e for e in found if e not in before]


def _keep_keys(found: list[Episode], before: list[Episode]) -> list[Episode]:
    """Episodes already reported keep their key when late readings moved their start."""
    free = list(before)
    out = []
    for episode in found:
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
