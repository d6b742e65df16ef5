"""Evidence from the township's sensors for a resident's report: which sensors are near, what they read.

For an environmental complaint the office looks at the water- and air-quality stations within a radius and
their readings around the time of the report; for flooding, the rain gauges and river-level gauges. No Qt and
no database: the readings come in as a DataFrame (``session.features.read("sensor_readings")`` or the store's
``sensor_readings(codes, start, end)``), so the chart and the tests share one definition.

Limits drawn on the chart: GB 3838-2002 surface water, class III (the usual target for a township's river):
dissolved oxygen at least 5 mg/L, permanganate index (CODMn) at most 6 mg/L, ammonia nitrogen at most
1.0 mg/L, total phosphorus at most 0.2 mg/L (rivers; 0.05 for lakes and reservoirs). Other parameters have no
limit here rather than an unsourced one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

#: incident category -> the sensor kinds (``sensors.kind`` in the store) whose readings bear on it
CATEGORY_SENSOR_KINDS: dict[str, tuple[str, ...]] = {
    "environment": ("water_quality", "air_quality"),
    "flooding": ("rain_gauge", "river_level"),
}
DEFAULT_RADIUS_M = 1500.0
READING_COLUMNS = ("sensor_code", "time", "parameter", "value")

#: parameter -> (Chinese name, English name)
PARAMETER_NAMES: dict[str, tuple[str, str]] = {
    "DO": ("溶解氧", "dissolved oxygen"), "CODMn": ("高锰酸盐指数", "permanganate index"),
    "NH3-N": ("氨氮", "ammonia nitrogen"), "TP": ("总磷", "total phosphorus"),
    "turbidity": ("浊度", "turbidity"), "PM2.5": ("细颗粒物", "fine particles"),
    "PM10": ("可吸入颗粒物", "particles"), "NO2": ("二氧化氮", "nitrogen dioxide"),
    "O3": ("臭氧", "ozone"), "SO2": ("二氧化硫", "sulphur dioxide"), "CO": ("一氧化碳", "carbon monoxide"),
    "rain": ("降雨量", "rainfall"), "level": ("水位", "water level"),
}


@dataclass(frozen=True)
class Limit:
    """A standard's limit for one parameter.

    Attributes
    ----------
    value : float
        The limit, in the parameter's unit.
    bound : {"max", "min"}
        ``"max"``: readings above it break the standard; ``"min"``: readings below it do.
    unit : str
    standard : str
        The standard, e.g. ``"GB 3838-2002"``.
    level : str
        The class within it, e.g. ``"III"``.
    applies_to : str
        ``""`` for every water body, or the kind it is for (``"rivers"``); for air, the averaging
        period of the step (``"1 h"``, ``"24 h"``).
    """

    value: float
    bound: str
    unit: str
    standard: str
    level: str
    applies_to: str = ""

    def breaks(self, values) -> np.ndarray:
        """Per value: True when it is on the wrong side of the limit."""
        values = np.asarray(values, dtype=float)
        return values > self.value if self.bound == "max" else values < self.value


GB3838 = "GB 3838-2002"
HJ633 = "HJ 633-2026"
STANDARD_LIMITS: dict[str, Limit] = {
    "DO": Limit(5.0, "min", "mg/L", GB3838, "III"),
    "CODMn": Limit(6.0, "max", "mg/L", GB3838, "III"),
    "NH3-N": Limit(1.0, "max", "mg/L", GB3838, "III"),
    "TP": Limit(0.2, "max", "mg/L", GB3838, "III", "rivers"),
    # air: where the individual air quality index reaches 100 (the top of "good"); hourly readings are
    # held against the 1-hour steps, PM2.5 and PM10 (which have only 24-hour steps) against those
    "PM2.5": Limit(60.0, "max", "µg/m³", HJ633, "100", "24 h"),
    "PM10": Limit(120.0, "max", "µg/m³", HJ633, "100", "24 h"),
    "SO2": Limit(500.0, "max", "µg/m³", HJ633, "100", "1 h"),
    "NO2": Limit(200.0, "max", "µg/m³", HJ633, "100", "1 h"),
    "CO": Limit(10.0, "max", "mg/m³", HJ633, "100", "1 h"),
    "O3": Limit(200.0, "max", "µg/m³", HJ633, "100", "1 h"),
}


def sensor_kinds_for(category: str) -> tuple[str, ...]:
    """The sensor kinds whose readings are evidence for a report of ``category`` (empty for the rest)."""
    return CATEGORY_SENSOR_KINDS.get(category, ())


def sensors_near(point, sensors: gpd.GeoDataFrame, radius_m: float = DEFAULT_RADIUS_M,
                 kinds: tuple[str, ...] | None = None) -> gpd.GeoDataFrame:
    """The sensors within ``radius_m`` metres of ``point``, nearest first, with their ``distance_m``.

    Parameters
    ----------
    point : shapely Point
        In the sensors' CRS (the store's projected CRS). When that CRS is geographic both are measured in
        the local UTM zone instead of in degrees.
    sensors : GeoDataFrame
        The store's sensors (``sensor_code``, ``kind``, ``name_zh``...).
    radius_m : float
        Search radius in metres (inclusive).
    kinds : tuple of str, optional
        Keep only these ``kind`` values (see :func:`sensor_kinds_for`); None keeps all.

    Returns
    -------
    GeoDataFrame
        The matching rows of ``sensors`` (same index) plus ``distance_m``, sorted by distance then code.

    Raises
    ------
    ValueError
        ``radius_m`` is negative or ``point`` is missing or empty.
    """
    if radius_m < 0:
        raise ValueError(f"the radius must be 0 m or more, not {radius_m} m")
    if point is None or shapely.is_empty(point):
        raise ValueError("the report has no location, so no sensors can be near it")
    located = sensors[sensors.geometry.notna() & ~sensors.geometry.is_empty]
    if kinds is not None:
        located = located[located["kind"].isin(kinds)]
    measured = gpd.GeoSeries(located.geometry, crs=sensors.crs)
    where = gpd.GeoSeries([point], crs=sensors.crs)
    if sensors.crs is not None and CRS.from_user_input(sensors.crs).is_geographic and len(located):
        utm = measured.estimate_utm_crs()
        measured, where = measured.to_crs(utm), where.to_crs(utm)
    distance = measured.distance(where.iloc[0]) if len(located) else pd.Series(dtype=float)
    near = located.assign(distance_m=distance.astype(float))
    near = near[near["distance_m"] <= radius_m]
    order = np.lexsort((near["sensor_code"].astype(str).to_numpy(), near["distance_m"].to_numpy()))
    return near.iloc[order]


def _utc(moment) -> pd.Timestamp:
    stamp = pd.Timestamp(moment)
    return stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)


def reading_window(readings: pd.DataFrame, sensor_codes, report_time: datetime,
                   hours_before: float = 24, hours_after: float = 24) -> pd.DataFrame:
    """The readings of ``sensor_codes`` from ``hours_before`` before to ``hours_after`` after the report.

    Parameters
    ----------
    readings : DataFrame
        ``sensor_code``, ``time`` (UTC aware, or naive meaning UTC), ``parameter``, ``value``.
    sensor_codes : iterable of str
    report_time : datetime
        When the report was made (naive means UTC).
    hours_before, hours_after : float
        The window, inclusive at both ends.

    Returns
    -------
    DataFrame
        Columns :data:`READING_COLUMNS` (``time`` UTC aware) plus ``hours_from_report`` (negative before
        the report), sorted by sensor, parameter and time, with a fresh index.
    """
    if hours_before < 0 or hours_after < 0:
        raise ValueError("the hours before and after the report must be 0 or more")
    report = _utc(report_time)
    codes = [str(c) for c in sensor_codes]
    times = pd.to_datetime(readings["time"], errors="coerce")
    times = times.dt.tz_localize(UTC) if times.dt.tz is None else times.dt.tz_convert(UTC)
    start = report - pd.Timedelta(hours=hours_before)
    end = report + pd.Timedelta(hours=hours_after)
    keep = readings["sensor_code"].astype(str).isin(codes) & (times >= start) & (times <= end)
    window = pd.DataFrame({"sensor_code": readings.loc[keep, "sensor_code"].astype(str),
                           "time": times[keep],
                           "parameter": readings.loc[keep, "parameter"].astype(str),
                           "value": pd.to_numeric(readings.loc[keep, "value"], errors="coerce")})
    window["hours_from_report"] = (window["time"] - report).dt.total_seconds() / 3600.0
    window = window.sort_values(["sensor_code", "parameter", "time"], kind="stable")
    return window.reset_index(drop=True)


def parameter_units(sensors: pd.DataFrame) -> dict[str, str]:
    """``parameter -> unit`` from the sensors' ``units`` text (``"DO mg/L,CODMn mg/L,..."``)."""
    units: dict[str, str] = {}
    if "units" not in sensors.columns:
        return units
    for text in sensors["units"].dropna():
        for part in str(text).split(","):
            name, _, unit = part.strip().partition(" ")
            if name and unit:
                units.setdefault(name, unit.strip())
    for name, limit in STANDARD_LIMITS.items():
        units.setdefault(name, limit.unit)
    return units


@dataclass
class Evidence:
    """What the sensors say about one report.

    Attributes
    ----------
    sensors : GeoDataFrame
        From :func:`sensors_near` (with ``distance_m``).
    readings : DataFrame
        From :func:`reading_window`.
    report_time : pandas.Timestamp
        UTC.
    radius_m : float
    """

    sensors: gpd.GeoDataFrame
    readings: pd.DataFrame
    report_time: pd.Timestamp
    radius_m: float


def gather_evidence(point, category: str, report_time: datetime, sensors: gpd.GeoDataFrame,
                    readings: pd.DataFrame, radius_m: float = DEFAULT_RADIUS_M,
                    hours_before: float = 24, hours_after: float = 24) -> Evidence:
    """The sensors of the kinds that bear on ``category`` near ``point`` and their readings in the window.

    A category with no sensor kinds (a dispute, a street light) gives no sensors and no readings.
    """
    kinds = sensor_kinds_for(category)
    near = sensors_near(point, sensors, radius_m, kinds=kinds)
    window = reading_window(readings, near["sensor_code"], report_time, hours_before, hours_after)
    return Evidence(near, window, _utc(report_time), float(radius_m))


__all__ = ["CATEGORY_SENSOR_KINDS", "DEFAULT_RADIUS_M", "Evidence", "Limit", "PARAMETER_NAMES",
           "STANDARD_LIMITS", "gather_evidence", "parameter_units", "reading_window", "sensor_kinds_for",
           "sensors_near"]
