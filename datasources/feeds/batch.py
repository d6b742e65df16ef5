"""A batch of readings and the checks every reading passes, whatever source it came from.

A reading that fails a check raises :class:`Malformed` with a short reason in English (``bad value``,
``future time``...); the source counts it against its topic or file and goes on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pandas as pd

READING_COLUMNS = ["sensor_code", "time", "parameter", "value"]
#: A sensor code or parameter name longer than this is not one.
MAX_NAME = 100
#: Every reason a message or a file is counted as malformed (``FeedHealth.reasons`` keys; a desk translates
#: them for its health panel).
REASONS = ("bad json", "not an observation", "not an object", "no result", "no value", "bad value",
           "not finite", "too large", "no time", "bad time", "future time", "ancient time", "bad topic",
           "unknown datastream", "unmapped topic", "no sensor", "bad sensor", "bad file", "bad row")


class Malformed(ValueError):  # noqa: N818 - a reason, not a failure of the program
    """A message or row that is not a reading; ``reason`` is what the health counts it under."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """What a reading may be.

    Parameters
    ----------
    max_abs : float
        The largest magnitude of a value (no sensor of the township measures more than this).
    earliest : datetime
        Readings before this are taken for a broken clock (``ancient time``).
    ahead : timedelta
        How far ahead of the console's clock a reading may be (``future time``).
    max_bytes : int
        The largest message.
    """

    max_abs: float = 1e9
    earliest: datetime = datetime(2000, 1, 1, tzinfo=UTC)
    ahead: timedelta = timedelta(hours=1)
    max_bytes: int = 65536


DEFAULT_LIMITS = Limits()


def check_value(value, limits: Limits = DEFAULT_LIMITS) -> float:
    """The value as a float; a JSON number only (not a string, a boolean, an object)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Malformed("bad value")
    if isinstance(value, int) and abs(value) > limits.max_abs:
        raise Malformed("too large")
    value = float(value)
    if not math.isfinite(value):
        raise Malformed("not finite")
    if abs(value) > limits.max_abs:
        raise Malformed("too large")
    return value


def check_name(name, what: str = "sensor") -> str:
    if isinstance(name, int) and not isinstance(name, bool):
        name = str(name)
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        raise Malformed(f"bad {what}")
    return name.strip()


def parse_time(value, unit: str = "iso") -> datetime:
    """A UTC time, to the millisecond (what the store keeps), from ISO 8601 text or epoch seconds or
    milliseconds (``unit`` ``s`` or ``ms``). An ISO time without an offset is taken as UTC; a
    SensorThings interval ``start/end`` gives its end."""
    try:
        if unit == "iso":
            if not isinstance(value, str) or len(value) > 64:
                raise Malformed("bad time")
            text = value.rsplit("/", 1)[-1].strip()
            when = datetime.fromisoformat(text)
        else:
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise Malformed("bad time")
            seconds = value / 1000.0 if unit == "ms" else float(value)
            if abs(seconds) > 1e11:
                raise Malformed("bad time")
            when = datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError) as exc:
        if isinstance(exc, Malformed):
            raise
        raise Malformed("bad time") from None
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.replace(microsecond=when.microsecond // 1000 * 1000)


def check_time(when: datetime, now: datetime, limits: Limits = DEFAULT_LIMITS) -> datetime:
    if when < limits.earliest:
        raise Malformed("ancient time")
    if when > now + limits.ahead:
        raise Malformed("future time")
    return when


def empty() -> pd.DataFrame:
    """A batch with no readings (the columns and types of every batch)."""
    return to_frame([])


def to_frame(rows: list[tuple]) -> pd.DataFrame:
    """A batch from ``(sensor_code, time, parameter, value)`` tuples (times UTC datetimes)."""
    frame = pd.DataFrame(rows, columns=READING_COLUMNS)
    frame["sensor_code"] = frame["sensor_code"].astype(object)
    frame["parameter"] = frame["parameter"].astype(object)
    frame["time"] = pd.to_datetime(frame["time"], utc=True).astype("datetime64[ms, UTC]")
    frame["value"] = frame["value"].astype(float)
    return frame


def normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """A stored or imported table of readings as a batch: the four columns, UTC times to the millisecond,
    float values (rows without a sensor, time, parameter or finite value dropped)."""
    frame = frame.rename(columns={"sensor_id": "sensor_code"})
    out = pd.DataFrame({
        "sensor_code": frame["sensor_code"].astype(str),
        "time": pd.to_datetime(frame["time"], utc=True, errors="coerce", format="ISO8601"),
        "parameter": frame["parameter"].astype(str),
        "value": pd.to_numeric(frame["value"], errors="coerce"),
    })
    out = out[out["time"].notna() & out["value"].map(math.isfinite)]
    out["time"] = out["time"].dt.floor("ms").astype("datetime64[ms, UTC]")
    return out.reset_index(drop=True)
