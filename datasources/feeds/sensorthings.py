"""Messages to readings: OGC SensorThings observations and plain JSON devices.

SensorThings (MQTT extension): the topic ``v1.1/Datastreams(<id>)/Observations`` names the datastream, the
payload is an Observation ``{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 12.5, "resultTime": ...}``.
A datastream is one parameter of one sensor: :func:`datastreams_for` numbers them 1, 2... in the order of the
sensor codes and of each sensor's parameters, the numbering ``township-console feed publish`` uses.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
from paho.mqtt.client import topic_matches_sub

from datasources.feeds.batch import (
    DEFAULT_LIMITS,
    Limits,
    Malformed,
    check_name,
    check_time,
    check_value,
    parse_time,
)

SENSORTHINGS_FILTER = "v1.1/+/Observations"
_TOPIC = re.compile(r"^v1\.1/Datastreams\(('?)([^()/']{1,64})\1\)/Observations$")
DEMO_GPKG = Path(__file__).resolve().parents[2] / "resources" / "demo" / "township.gpkg"

#: A reading before the checks: (sensor_code, time, parameter, value).
Row = tuple[str, datetime, str, float]


def observation_topic(datastream) -> str:
    """The topic of a datastream's observations (a number as is, other ids quoted)."""
    text = str(datastream)
    return f"v1.1/Datastreams({text if text.isdigit() else repr(text)})/Observations"


def observation(time: datetime | str, result: float) -> bytes:
    """An Observation's JSON for ``time`` (phenomenon and result time) and ``result``."""
    text = time if isinstance(time, str) else time.isoformat().replace("+00:00", "Z")
    return json.dumps({"phenomenonTime": text, "result": result, "resultTime": text}).encode()


def datastreams_for(sensors: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Datastream id (text) -> ``(sensor_code, parameter)`` for a sensors table (``sensor_code`` or
    ``sensor_id``, and ``parameters`` separated by commas)."""
    code = "sensor_code" if "sensor_code" in sensors.columns else "sensor_id"
    streams: dict[str, tuple[str, str]] = {}
    rows = sensors[[code, "parameters"]].dropna(subset=[code]).sort_values(code)
    for sensor, parameters in rows.itertuples(index=False):
        for parameter in str(parameters or "").split(","):
            if parameter.strip():
                streams[str(len(streams) + 1)] = (str(sensor), parameter.strip())
    return streams


def demo_datastreams(gpkg: Path = DEMO_GPKG) -> dict[str, tuple[str, str]]:
    """The datastreams of the demo township's sensors (its ``sensors`` table)."""
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        sensors = pd.read_sql_query("SELECT sensor_id, parameters FROM sensors", con)
    return datastreams_for(sensors)


def _json(payload: bytes, limits: Limits):
    if len(payload) > limits.max_bytes:
        raise Malformed("too large")
    try:
        return json.loads(payload.decode("utf-8"))  # JSON on MQTT is UTF-8 (RFC 8259)
    except (ValueError, RecursionError):
        raise Malformed("bad json") from None


def decode_observation(topic: str, payload: bytes, streams: Mapping[str, tuple[str, str]], now: datetime,
                       limits: Limits = DEFAULT_LIMITS) -> Row:
    """The reading of a SensorThings message, or :class:`Malformed`."""
    match = _TOPIC.match(topic)
    if match is None:
        raise Malformed("bad topic")
    stream = streams.get(match.group(2))
    if stream is None:
        raise Malformed("unknown datastream")
    body = _json(payload, limits)
    if not isinstance(body, dict):
        raise Malformed("not an observation")
    if "result" not in body:
        raise Malformed("no result")
    value = check_value(body["result"], limits)
    stamp = body.get("phenomenonTime", body.get("resultTime"))
    if stamp is None:
        raise Malformed("no time")
    return stream[0], check_time(parse_time(stamp), now, limits), stream[1], value


def _field(body: dict, path: str):
    for part in path.split("."):
        if not isinstance(body, dict) or part not in body:
            raise KeyError(path)
        body = body[part]
    return body


@dataclass(frozen=True)
class JsonMapping:
    """How a plain JSON device's messages become readings.

    Parameters
    ----------
    topic : str
        The MQTT topic filter, e.g. ``devices/+/telemetry``.
    values : dict
        Payload field (dots for nested fields: ``data.pm25``) -> parameter. A message may carry several.
    sensor_level : int, optional
        The topic level (0 first) that is the sensor code: 1 for ``devices/AQ-01/telemetry``.
    sensor_field : str, optional
        Or the payload field with the sensor code.
    time_field : str
        The payload field with the time (``ts``); missing: the reading is malformed.
    time_unit : str
        ``iso`` (ISO 8601 text), ``s`` or ``ms`` (epoch seconds or milliseconds).
    sensors : dict, optional
        The device's name -> the township's sensor code (names not in it are used as they are).
    """

    topic: str
    values: Mapping[str, str] = field(default_factory=dict)
    sensor_level: int | None = None
    sensor_field: str | None = None
    time_field: str = "time"
    time_unit: str = "iso"
    sensors: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if (self.sensor_level is None) == (self.sensor_field is None):
            raise ValueError("give either sensor_level or sensor_field")
        if self.time_unit not in ("iso", "s", "ms"):
            raise ValueError("time_unit is one of iso, s, ms")
        if not self.values:
            raise ValueError("map at least one payload field to a parameter")

    def matches(self, topic: str) -> bool:
        return topic_matches_sub(self.topic, topic)

    def decode(self, topic: str, payload: bytes, now: datetime, limits: Limits = DEFAULT_LIMITS) -> list[Row]:
        """The readings of one message (one per mapped field present), or :class:`Malformed`."""
        body = _json(payload, limits)
        if not isinstance(body, dict):
            raise Malformed("not an object")
        if self.sensor_level is not None:
            levels = topic.split("/")
            if self.sensor_level >= len(levels):
                raise Malformed("bad topic")
            name = levels[self.sensor_level]
        else:
            try:
                name = _field(body, self.sensor_field)
            except KeyError:
                raise Malformed("no sensor") from None
        name = check_name(name)
        sensor = self.sensors.get(name, name)
        try:
            stamp = _field(body, self.time_field)
        except KeyError:
            raise Malformed("no time") from None
        when = check_time(parse_time(stamp, self.time_unit), now, limits)
        rows = []
        for key, parameter in self.values.items():
            try:
                raw = _field(body, key)
            except KeyError:
                continue
            rows.append((sensor, when, parameter, check_value(raw, limits)))
        if not rows:
            raise Malformed("no value")
        return rows
