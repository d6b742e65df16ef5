"""SensorThings observations decoded many at a time: what a message needs one by one (the JSON, its types) is
done per message, what a batch can do at once (times, ranges of values and times) is done on arrays.

The verdicts are those of :func:`~datasources.feeds.sensorthings.decode_observation`, message by message
(the tests hold the two to the same answers on every kind of malformed message), save that times are read by
pandas' ISO 8601 parser first; a time it cannot read is given to Python's, so a time either reads is taken.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from math import isfinite

import numpy as np
import pandas as pd

from datasources.feeds.batch import DEFAULT_LIMITS, Limits, Malformed, empty, parse_time
from datasources.feeds.sensorthings import _TOPIC

#: Topics remembered with their datastream (or why they are none); a flood of new topics is not remembered.
MAX_TOPICS = 20_000
_FLOAT, _INT = float, int


class TopicCache:
    """Raw topic (bytes) -> (topic text, (sensor, parameter) or None, reason or None)."""

    def __init__(self, streams: Mapping[str, tuple[str, str]]) -> None:
        self.streams = streams
        self._known: dict[bytes, tuple[str, tuple[str, str] | None, str | None]] = {}

    def __call__(self, raw: bytes):
        known = self._known.get(raw)
        if known is None:
            topic = raw.decode("utf-8", "replace")
            match = _TOPIC.match(topic)
            if match is None:
                known = (topic, None, "bad topic")
            else:
                stream = self.streams.get(match.group(2))
                known = (topic, stream, None if stream else "unknown datastream")
            if len(self._known) < MAX_TOPICS:
                self._known[raw] = known
        return known


def decode_observations(items: list[tuple[bytes, bytes]], topics: TopicCache, now: datetime,
                        error: Callable[[str, str], None], limits: Limits = DEFAULT_LIMITS) -> pd.DataFrame:
    """The readings of SensorThings messages ``(raw topic, payload)`` as a batch; each malformed message is
    reported once to ``error(topic, reason)``."""
    names, codes, params, stamps, values = [], [], [], [], []
    max_bytes, max_abs = limits.max_bytes, limits.max_abs
    for raw, payload in items:
        topic, stream, reason = topics(raw)
        if reason is None:
            if len(payload) > max_bytes:
                reason = "too large"
            else:
                try:
                    body = json.loads(payload.decode("utf-8"))
                except (ValueError, RecursionError):
                    body, reason = None, "bad json"
                if reason is None:
                    reason, stamp, value = _fields(body, max_abs)
        if reason is not None:
            error(topic, reason)
            continue
        names.append(topic)
        codes.append(stream[0])
        params.append(stream[1])
        stamps.append(stamp)
        values.append(value)
    if not names:
        return empty()
    value_array = np.asarray(values, dtype=float)
    times = pd.to_datetime(pd.Series([s.rpartition("/")[2].strip() for s in stamps], dtype=object),
                           format="ISO8601", utc=True, errors="coerce")
    bad_time = np.where(times < pd.Timestamp(limits.earliest), "ancient time",
                        np.where(times > pd.Timestamp(now + limits.ahead), "future time", ""))
    keep = np.ones(len(names), dtype=bool)
    for i in np.flatnonzero(times.isna().to_numpy() | (bad_time != "")):
        reason = _time_reason(stamps[i], now, limits) if pd.isna(times.iloc[i]) else bad_time[i]
        if reason:
            error(names[i], str(reason))
            keep[i] = False
        else:  # pandas could not read a time Python can (outside its years): keep what Python reads
            times.iloc[i] = pd.Timestamp(parse_time(stamps[i]))
    frame = pd.DataFrame({"sensor_code": np.asarray(codes, dtype=object)[keep], "time": times[keep].to_numpy(),
                          "parameter": np.asarray(params, dtype=object)[keep], "value": value_array[keep]})
    frame["time"] = pd.to_datetime(frame["time"], utc=True).dt.floor("ms").astype("datetime64[ms, UTC]")
    return frame


def _fields(body, max_abs: float):
    """(reason, time text, value) of a decoded observation."""
    if type(body) is not dict:
        return "not an observation", None, None
    if "result" not in body:
        return "no result", None, None
    value = body["result"]
    kind = type(value)
    if kind is _INT:
        if abs(value) > max_abs:
            return "too large", None, None
        value = _FLOAT(value)
    elif kind is not _FLOAT:
        return "bad value", None, None
    elif not isfinite(value):
        return "not finite", None, None
    elif abs(value) > max_abs:
        return "too large", None, None
    stamp = body.get("phenomenonTime", body.get("resultTime"))
    if stamp is None:
        return "no time", None, None
    if type(stamp) is not str or len(stamp) > 64:
        return "bad time", None, None
    return None, stamp, value


def _time_reason(stamp: str, now: datetime, limits: Limits) -> str:
    try:
        when = parse_time(stamp)
    except Malformed as bad:
        return bad.reason
    if when < limits.earliest:
        return "ancient time"
    if when > now + limits.ahead:
        return "future time"
    return ""
