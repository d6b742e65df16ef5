"""Landslide warning from the rain gauges: rain over 1 h, 24 h and 72 h against each hazard zone's
thresholds, giving the zone a warning level as China's geological-hazard meteorological warnings grade
them: blue, yellow, orange, red (IV to I), or none.

Readings are rain amounts per interval (mm in the hour for the demo's gauges, whose unit reads "mm/h"
for hourly totals): a window's rain is the sum of the readings whose time falls in ``(at - window, at]``.
A reading repeated for the same gauge and time counts once (the last one). A zone takes the rain of
its nearest gauge, or an inverse-distance-weighted mean of all gauges (power 2), measured from a point
inside the zone.

The default thresholds are a starting point, not a regulation: each county sets its own critical rainfall
from its landslide record, and passes them as :class:`RainThresholds`, or per zone (the emergency desk's
Warning levels dialog, kept on the store's hazard zone). A zone's warning is the highest
level any window reaches; the table says which window and how much rain decided it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

#: Warning levels, lowest first; "none" is index 0.
LEVELS = ("none", "blue", "yellow", "orange", "red")
#: Level -> (Chinese, English) name.
LEVEL_NAMES = {"none": ("无预警", "No warning"), "blue": ("蓝色预警 (IV级)", "Blue (IV)"),
               "yellow": ("黄色预警 (III级)", "Yellow (III)"), "orange": ("橙色预警 (II级)", "Orange (II)"),
               "red": ("红色预警 (I级)", "Red (I)")}
#: Level -> map colour.
LEVEL_COLOURS = {"none": "#ffffff", "blue": "#1f6fd1", "yellow": "#f5d000", "orange": "#f08c00",
                 "red": "#e00000"}
#: Windows in hours.
WINDOWS = (1, 24, 72)
#: Rain (mm) that raises a zone of high susceptibility to blue, yellow, orange, red, per window.
HIGH_ZONE_MM = {1: (20.0, 30.0, 40.0, 50.0), 24: (50.0, 80.0, 100.0, 150.0), 72: (80.0, 120.0, 150.0, 200.0)}
#: Medium and low susceptibility zones need this much more rain than high ones.
ZONE_FACTORS = {"high": 1.0, "medium": 1.25, "low": 1.5}


@dataclass
class RainThresholds:
    """Rain (mm) per zone level and window that raises blue, yellow, orange and red.

    ``by_level[zone_level][hours]`` is four increasing amounts; ``default_level`` is used for a zone
    whose level is missing or unknown (the safe choice: the most sensitive).
    """

    by_level: dict[str, dict[int, tuple[float, float, float, float]]] = field(default_factory=lambda: {
        level: {hours: tuple(round(mm * factor, 1) for mm in amounts) for hours, amounts in HIGH_ZONE_MM.items()}
        for level, factor in ZONE_FACTORS.items()})
    default_level: str = "high"

    def __post_init__(self) -> None:
        for level, windows in self.by_level.items():
            for hours, amounts in windows.items():
                if len(amounts) != 4 or any(b < a for a, b in zip(amounts, amounts[1:], strict=False)):
                    raise ValueError(f"thresholds of {level} zones over {hours} h must be four increasing "
                                     f"amounts (blue, yellow, orange, red), not {amounts}")
        if self.default_level not in self.by_level:
            raise ValueError(f"the default zone level {self.default_level!r} has no thresholds")

    def of(self, level) -> dict[int, tuple[float, float, float, float]]:
        return self.by_level.get(str(level), self.by_level[self.default_level])

    def with_override(self, level: str, hours: int, amounts) -> RainThresholds:
        """A copy with the amounts of one zone level and window replaced."""
        by_level = {k: dict(v) for k, v in self.by_level.items()}
        by_level.setdefault(level, dict(self.of(level)))[int(hours)] = tuple(float(a) for a in amounts)
        return RainThresholds(by_level, self.default_level)


def rain_totals(readings: pd.DataFrame, at=None, windows=WINDOWS, parameter: str = "rain") -> pd.DataFrame:
    """Rain per gauge over each window ending at ``at`` (default: the latest reading).

    Parameters
    ----------
    readings : DataFrame
        ``sensor_code`` (or ``sensor_id``), ``time`` (aware, or text with its offset), ``parameter``,
        ``value``. Rows of other parameters are ignored; values that are not numbers count as missing.

    Returns
    -------
    DataFrame
        Indexed by gauge: ``rain_<h>h`` and ``readings_<h>h`` (how many readings the window holds) per
        window, and ``last_reading``.
    """
    gauge = "sensor_code" if "sensor_code" in readings else "sensor_id"
    rain = readings[readings["parameter"].astype(str) == parameter]
    times = pd.to_datetime(rain["time"], utc=True, errors="coerce", format="mixed")
    frame = pd.DataFrame({"gauge": rain[gauge].astype(str).to_numpy(), "time": times.to_numpy(),
                          "value": pd.to_numeric(rain["value"], errors="coerce").to_numpy()})
    frame = frame.dropna(subset=["time"]).drop_duplicates(["gauge", "time"], keep="last")
    if frame.empty:
        raise ValueError(f"there are no rain readings (parameter {parameter!r} with a time)")
    end = pd.Timestamp(at) if at is not None else frame["time"].max()
    end = end.tz_localize("UTC") if end.tzinfo is None else end.tz_convert("UTC")
    gauges = pd.Index(sorted(frame["gauge"].unique()), name="gauge")
    out = pd.DataFrame(index=gauges)
    for hours in windows:
        start = end - pd.Timedelta(hours=hours)
        part = frame[(frame["time"] > start) & (frame["time"] <= end)]
        grouped = part.groupby("gauge")["value"]
        out[f"rain_{hours}h"] = grouped.sum(min_count=1).reindex(gauges).fillna(0.0)
        out[f"readings_{hours}h"] = grouped.count().reindex(gauges).fillna(0).astype(np.int64)
    out["last_reading"] = frame[frame["time"] <= end].groupby("gauge")["time"].max().reindex(gauges)
    out.attrs["at"] = end
    return out


def zone_rain(zones: gpd.GeoDataFrame, gauges: gpd.GeoDataFrame, totals: pd.DataFrame,
              gauge_key: str = "sensor_id", method: str = "nearest", power: float = 2.0) -> pd.DataFrame:
    """Each zone's rain per window from its nearest gauge or the inverse-distance mean of all gauges.

    Returns a frame aligned with ``zones``: the ``rain_<h>h`` columns, ``gauge`` (the nearest gauge, or
    "IDW of n gauges") and ``gauge_m`` (the distance to the nearest gauge).
    """
    if method not in ("nearest", "idw"):
        raise ValueError(f"method must be 'nearest' or 'idw', not {method!r}")
    if zones.crs is None or gauges.crs is None:
        raise ValueError("the zones and the gauges need a CRS to measure distances")
    crs = zones.crs if not zones.crs.is_geographic else zones.estimate_utm_crs()
    gauges = gauges.assign(_key=gauges[gauge_key].astype(str))
    gauges = gauges[gauges["_key"].isin(totals.index)].to_crs(crs)
    if gauges.empty:
        raise ValueError("no gauge of the layer has rain readings")
    shapes = np.asarray(zones.to_crs(crs).geometry.array, dtype=object)
    broken = ~shapely.is_missing(shapes) & ~shapely.is_valid(shapes)
    shapes[broken] = shapely.make_valid(shapes[broken])          # a bow-tie zone still has an inside
    where = shapely.point_on_surface(shapes)
    xy = np.column_stack([shapely.get_x(where), shapely.get_y(where)])
    placed = np.isfinite(xy).all(axis=1)                        # a zone without geometry has no rain
    g_xy = shapely.get_coordinates(gauges.geometry.array)
    columns = [c for c in totals.columns if c.startswith("rain_")]
    values = totals.loc[gauges["_key"], columns].to_numpy(float)
    distance, nearest = cKDTree(g_xy).query(np.where(placed[:, None], xy, 0.0))
    out = pd.DataFrame(index=zones.index)
    if method == "nearest":
        for i, column in enumerate(columns):
            out[column] = values[nearest, i]
        out["gauge"] = gauges["_key"].to_numpy()[nearest]
    else:
        d = np.hypot(xy[:, None, 0] - g_xy[None, :, 0], xy[:, None, 1] - g_xy[None, :, 1])
        on = d < 1e-9                                   # a zone point on a gauge takes that gauge
        weights = np.where(on.any(axis=1, keepdims=True), on.astype(float), 1.0 / np.maximum(d, 1e-9) ** power)
        mean = weights @ values / weights.sum(axis=1, keepdims=True)
        for i, column in enumerate(columns):
            out[column] = mean[:, i]
        out["gauge"] = f"IDW of {len(gauges)} gauges"
    out.loc[~placed, columns] = np.nan
    out["gauge"] = out["gauge"].where(placed, None)
    out["gauge_m"] = np.where(placed, distance, np.nan)
    return out


def landslide_warning(zones: gpd.GeoDataFrame, gauges: gpd.GeoDataFrame, readings: pd.DataFrame, at=None,
                      thresholds: RainThresholds | None = None, method: str = "nearest",
                      level_column: str = "level", gauge_key: str = "sensor_id",
                      parameter: str = "rain", own_column: str = "rain_thresholds") -> gpd.GeoDataFrame:
    """The warning level of each landslide zone, with the rain and the threshold that raised it.

    Returns the zones with ``rain_1h``, ``rain_24h``, ``rain_72h``, ``gauge``, ``gauge_m``, ``warning``
    (one of :data:`LEVELS`), ``warning_rank`` (0-4), ``warning_zh``, ``warning_en``, ``colour`` and
    ``cause`` (e.g. "24 h: 96.0 mm >= 80.0 mm (yellow)"; empty when none). A zone's own thresholds in
    ``own_column`` (JSON ``{"24": [blue, yellow, orange, red], ...}``, see
    :mod:`layers.emergency.warning_levels`) replace its level's for the windows they name.
    """
    thresholds = thresholds or RainThresholds()
    totals = rain_totals(readings, at, WINDOWS, parameter)
    rain = zone_rain(zones, gauges, totals, gauge_key, method)
    levels = np.full(len(zones), thresholds.default_level, dtype=object)
    if level_column in zones:
        given = zones[level_column].to_numpy(dtype=object)
        known = pd.notna(given)
        levels[known] = [str(v) for v in given[known]]
    from layers.emergency.warning_levels import zone_thresholds

    rank = np.zeros(len(zones), dtype=np.int64)
    cause = np.full(len(zones), "", dtype=object)
    # a zone's own thresholds (set by the emergency desk) replace those of its level, window by window
    own = zones[own_column].to_numpy(dtype=object) if own_column in zones else np.full(len(zones), None)
    own = np.asarray([v if isinstance(v, str) else "" for v in own], dtype=object)
    keys = np.asarray([f"{lv}\x1f{o}" for lv, o in zip(levels, own, strict=True)], dtype=object)
    for key in np.unique(keys):
        rows = keys == key
        first = int(np.flatnonzero(rows)[0])
        windows = {**thresholds.of(levels[first]), **zone_thresholds(own[first])}
        for hours, amounts in sorted(windows.items()):
            column = f"rain_{hours}h"
            if column not in rain:
                continue
            mm = rain[column].to_numpy()[rows]
            reached = np.searchsorted(np.asarray(amounts), mm + 1e-9, side="right")   # 0..4
            reached[np.isnan(mm)] = 0                                   # no rain known: no warning
            better = reached > rank[rows]
            index = np.flatnonzero(rows)[better]
            rank[index] = reached[better]
            cause[index] = [f"{hours} h: {m:.1f} mm >= {amounts[r - 1]:.1f} mm ({LEVELS[r]})"
                            for m, r in zip(mm[better], reached[better], strict=True)]
    names = np.asarray(LEVELS, dtype=object)[rank]
    out = zones.copy()
    for column in rain.columns:
        out[column] = rain[column].to_numpy()
    out["warning"] = names
    out["warning_rank"] = rank
    out["warning_zh"] = [LEVEL_NAMES[n][0] for n in names]
    out["warning_en"] = [LEVEL_NAMES[n][1] for n in names]
    out["colour"] = [LEVEL_COLOURS[n] for n in names]
    out["cause"] = cause
    out.attrs["at"] = totals.attrs["at"]
    return out
