"""Air quality indices over whole columns: China AQI (HJ 633-2012 and HJ 633-2026) and US EPA AQI (2024).

Every function takes numpy arrays (or anything ``np.asarray`` turns into float arrays) and returns arrays
of the same length; the per-value work runs in compiled kernels (:mod:`layers.emergency.kernels`), one
pass per pollutant, so a million readings of seven pollutants take well under 0.1 s. Missing (NaN) and
negative concentrations give a NaN sub-index for that pollutant, never an error; the index of a row is
the largest sub-index it has, NaN when it has none.

China (HJ 633): µg/m³, CO in mg/m³. IAQI is linear between the table's steps and rounded up; AQI is the
largest IAQI; the primary pollutant(s) are named only when AQI > 50. Concentrations above the top of a
table give 500 (the top of the scale) and are flagged in ``above_scale``.

- ``period="hour"`` (the real-time report): SO2, NO2, CO, O3 1 h values on their 1 h tables, O3 8 h moving
  averages on the 8 h table, PM2.5 and PM10 on their 24 h tables (the standard has no 1 h table for them).
  An SO2 1 h value above 800 is not indexed on the 1 h table: the SO2 24 h value (``so2_24h``) is.
- ``period="day"`` (the daily report): 24 h means of SO2, NO2, CO, PM2.5, PM10 on the 24 h tables, the
  day's largest O3 1 h value on the 1 h table and its largest O3 8 h moving average on the 8 h table.
- Both: an O3 8 h value above 800 is not indexed on the 8 h table; the O3 1 h IAQI stands in for it.

US EPA (Technical Assistance Document, 2024 PM2.5 revision): each concentration is truncated (PM2.5 and
CO to 0.1, PM10, NO2 and SO2 to whole units, O3 to 0.001 ppm), then the index is interpolated within its
band and rounded to the nearest whole number. Pollutants: PM2.5 24 h (µg/m³), PM10 24 h (µg/m³), CO 8 h
(ppm), NO2 1 h (ppb), SO2 1 h (ppb), O3 8 h and 1 h (ppm), with EPA's switch-overs:

- O3: the 8 h table ends at 0.200 ppm (AQI 300); above it the 1 h value is indexed. The 1 h table starts
  at 0.125 ppm (AQI 101): below it only the 8 h value counts. Where both are indexed the higher wins.
- SO2: the 1 h table ends at 304 ppb (AQI 200); above it the 24 h value (``so2_24h``) is indexed on the
  24 h table (305-1004 ppb, AQI 201-500), never below 200.
- A value beyond the table with nothing to stand in for it is indexed at the top the table defines and
  flagged in ``above_scale``.

:func:`nowcast` gives EPA's NowCast of hourly PM2.5 or PM10 (the 12-hour weighted mean behind the hourly
AQI that EPA's AirNow reports) and AirNow's ozone NowCast, the stand-in for the 8-hour ozone mean in the
hourly AQI: the same weighting over the last 8 hours, with no least weight factor, in ppm truncated to
0.001 (AirNow's 2016 method; the regression variant EPA published in 2019, fitted per monitor on two weeks
of its data, is not implemented).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from layers.emergency.kernels import china_iaqi_kernel, combine_kernel, epa_kernel

STEPS = np.array([0, 50, 100, 150, 200, 300, 400, 500], dtype=float)

_COMMON = {
    "so2_24h": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "so2_1h": [0, 150, 500, 650, 800],  # above 800: the 24 h value is indexed instead
    "no2_24h": [0, 40, 80, 180, 280, 565, 750, 940],
    "no2_1h": [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    "co_24h": [0, 2, 4, 14, 24, 36, 48, 60],
    "co_1h": [0, 5, 10, 35, 60, 90, 120, 150],
    "o3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
    "o3_8h": [0, 100, 160, 215, 265, 800],  # above 800: the 1 h IAQI stands in
}
CHINA_TABLES = {
    "hj633-2012": {**_COMMON, "pm25_24h": [0, 35, 75, 115, 150, 250, 350, 500],
                   "pm10_24h": [0, 50, 150, 250, 350, 420, 500, 600]},
    # HJ 633-2026 (in force 2026-03-01) moves only the 100-step of PM2.5 (75 -> 60) and PM10 (150 -> 120)
    "hj633-2026": {**_COMMON, "pm25_24h": [0, 35, 60, 115, 150, 250, 350, 500],
                   "pm10_24h": [0, 50, 120, 250, 350, 420, 500, 600]},
}
CHINA_STANDARDS = tuple(CHINA_TABLES)

CHINA_POLLUTANTS = ("pm25", "pm10", "so2", "no2", "co", "o3_1h", "o3_8h")
"""Keys of the readings (and bit order of ``primary``); ``so2_24h`` is an extra input for the SO2 rule."""
POLLUTANT_NAMES = {"pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO",
                   "o3_1h": "O3_1h", "o3_8h": "O3_8h"}
_TABLE_OF = {
    "hour": {"pm25": "pm25_24h", "pm10": "pm10_24h", "so2": "so2_1h", "no2": "no2_1h", "co": "co_1h",
             "o3_1h": "o3_1h", "o3_8h": "o3_8h"},
    "day": {"pm25": "pm25_24h", "pm10": "pm10_24h", "so2": "so2_24h", "no2": "no2_24h", "co": "co_24h",
            "o3_1h": "o3_1h", "o3_8h": "o3_8h"},
}


@dataclass(frozen=True)
class Level:
    number: int
    upper: int
    zh: str
    en: str
    colour_zh: str
    colour: str


CHINA_LEVELS = (
    Level(1, 50, "优", "Excellent", "绿色", "#00E400"),
    Level(2, 100, "良", "Good", "黄色", "#FFFF00"),
    Level(3, 150, "轻度污染", "Lightly polluted", "橙色", "#FF7E00"),
    Level(4, 200, "中度污染", "Moderately polluted", "红色", "#FF0000"),
    Level(5, 300, "重度污染", "Heavily polluted", "紫色", "#99004C"),
    Level(6, 500, "严重污染", "Severely polluted", "褐红色", "#7E0023"),
)
EPA_LEVELS = (
    Level(1, 50, "良好", "Good", "绿色", "#00E400"),
    Level(2, 100, "中等", "Moderate", "黄色", "#FFFF00"),
    Level(3, 150, "对敏感人群不健康", "Unhealthy for Sensitive Groups", "橙色", "#FF7E00"),
    Level(4, 200, "不健康", "Unhealthy", "红色", "#FF0000"),
    Level(5, 300, "非常不健康", "Very Unhealthy", "紫色", "#8F3F97"),
    Level(6, 500, "危险", "Hazardous", "褐红色", "#7E0023"),
)
_LEVEL_UPPERS = np.array([50, 100, 150, 200, 300], dtype=float)

# EPA: (low concentration, high concentration, low index, high index) per band, after truncation
EPA_BANDS = {
    "pm25": [(0.0, 9.0, 0, 50), (9.1, 35.4, 51, 100), (35.5, 55.4, 101, 150), (55.5, 125.4, 151, 200),
             (125.5, 225.4, 201, 300), (225.5, 325.4, 301, 500)],
    "pm10": [(0, 54, 0, 50), (55, 154, 51, 100), (155, 254, 101, 150), (255, 354, 151, 200),
             (355, 424, 201, 300), (425, 604, 301, 500)],
    "co": [(0.0, 4.4, 0, 50), (4.5, 9.4, 51, 100), (9.5, 12.4, 101, 150), (12.5, 15.4, 151, 200),
           (15.5, 30.4, 201, 300), (30.5, 50.4, 301, 500)],
    "no2": [(0, 53, 0, 50), (54, 100, 51, 100), (101, 360, 101, 150), (361, 649, 151, 200),
            (650, 1249, 201, 300), (1250, 2049, 301, 500)],
    "so2": [(0, 35, 0, 50), (36, 75, 51, 100), (76, 185, 101, 150), (186, 304, 151, 200)],
    "o3_8h": [(0.000, 0.054, 0, 50), (0.055, 0.070, 51, 100), (0.071, 0.085, 101, 150),
              (0.086, 0.105, 151, 200), (0.106, 0.200, 201, 300)],
    "o3_1h": [(0.125, 0.164, 101, 150), (0.165, 0.204, 151, 200), (0.205, 0.404, 201, 300),
              (0.405, 0.604, 301, 500)],
}
#: SO2 24 h (ppb): indexed only where the 1 h value is beyond its table (AQI 200 and more)
EPA_SO2_24H = [(305, 604, 201, 300), (605, 1004, 301, 500)]
EPA_POLLUTANTS = tuple(EPA_BANDS)
EPA_DECIMALS = {"pm25": 1, "pm10": 0, "co": 1, "no2": 0, "so2": 0, "o3_8h": 3, "o3_1h": 3}
#: hours of the NowCast window, the least weight factor and the decimals kept, per pollutant; ozone (ppm)
#: as AirNow computes it since 2016: 8 hours, no least weight factor
NOWCAST = {"pm25": (12, 0.5, 1), "pm10": (12, 0.5, 0), "o3": (8, 0.0, 3)}


@dataclass
class IndexResult:
    """Columns of an index computation, all of the readings' length."""

    standard: str
    sub_index: dict[str, np.ndarray]  # pollutant -> IAQI (float, NaN where not computed)
    aqi: np.ndarray  # float, NaN where no pollutant could be indexed
    level: np.ndarray  # int8, 0 where aqi is NaN
    primary: np.ndarray  # uint8 bit mask over ``pollutants`` (0 when AQI <= 50 or NaN)
    pollutants: tuple[str, ...]
    above_scale: np.ndarray  # bool: a concentration beyond the top of its table (indexed as 500)
    negative: dict[str, int] = field(default_factory=dict)  # pollutant -> count of negative inputs

    def primary_names(self, sep: str = ",") -> np.ndarray:
        """The primary pollutants of each row as text (``"PM2.5,PM10"``; ``""`` when none)."""
        return primary_names(self.primary, self.pollutants, sep)

    def level_names(self, language: str = "en") -> np.ndarray:
        levels = EPA_LEVELS if self.standard == "epa" else CHINA_LEVELS
        return _lookup(self.level, [""] + [lv.zh if language == "zh" else lv.en for lv in levels])

    def level_colours(self) -> np.ndarray:
        levels = EPA_LEVELS if self.standard == "epa" else CHINA_LEVELS
        return _lookup(self.level, [""] + [lv.colour for lv in levels])


def _lookup(codes: np.ndarray, names: list[str]) -> np.ndarray:
    return np.asarray(names, dtype=object)[codes.astype(np.intp)]


def primary_names(mask: np.ndarray, pollutants: tuple[str, ...], sep: str = ",") -> np.ndarray:
    """Bit masks to text through a table of every combination (fast on a million rows)."""
    combos = np.array([sep.join(POLLUTANT_NAMES.get(p, p) for i, p in enumerate(pollutants) if m >> i & 1)
                       for m in range(1 << len(pollutants))], dtype=object)
    return combos[np.asarray(mask, dtype=np.intp)]


def _column(values, n: int | None) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim == 0:
        arr = np.full(n or 1, float(arr))
    if arr.ndim != 1:
        raise ValueError("readings must be one-dimensional columns")
    return arr


def _readings(readings: Mapping[str, object], known: tuple[str, ...]) -> tuple[dict[str, np.ndarray], int]:
    unknown = sorted(set(readings) - set(known) - {"so2_24h"})
    if unknown:
        raise ValueError(f"unknown pollutant keys {unknown}; expected some of {list(known)}")
    cols = {k: _column(v, None) for k, v in readings.items()}
    lengths = {len(c) for c in cols.values()}
    if len(lengths) > 1:
        raise ValueError(f"reading columns differ in length: {sorted(lengths)}")
    if not cols:
        raise ValueError(f"no readings given; expected some of {list(known)}")
    return cols, lengths.pop()


def iaqi(concentration, breakpoints) -> tuple[np.ndarray, np.ndarray]:
    """HJ 633 sub-index of ``concentration`` on a table of ``breakpoints`` (one per IAQI step).

    Returns (IAQI rounded up, above-scale mask). NaN and negative concentrations give NaN.
    """
    c = np.ascontiguousarray(concentration, dtype=float)
    bp = np.asarray(breakpoints, dtype=float)
    value = np.empty(c.shape, dtype=np.float32)  # whole numbers up to 500: exact
    above = np.zeros(c.shape, dtype=bool)
    china_iaqi_kernel(c, bp, STEPS[: len(bp)], value, above)
    return value, above


def china_aqi(readings: Mapping[str, object], standard: str = "hj633-2026",
              period: str = "hour") -> IndexResult:
    """China AQI over columns; ``readings`` maps keys of :data:`CHINA_POLLUTANTS` (and ``so2_24h``)."""
    if standard not in CHINA_TABLES:
        raise ValueError(f"unknown standard {standard!r}; expected one of {list(CHINA_TABLES)}")
    if period not in _TABLE_OF:
        raise ValueError(f"unknown period {period!r}; expected 'hour' or 'day'")
    cols, n = _readings(readings, CHINA_POLLUTANTS)
    tables = CHINA_TABLES[standard]
    sub: dict[str, np.ndarray] = {}
    above_any = np.zeros(n, dtype=bool)
    negative = {}
    for key in CHINA_POLLUTANTS:
        if key not in cols:
            continue
        c = cols[key]
        with np.errstate(invalid="ignore"):
            neg = int((c < 0).sum())
        if neg:
            negative[key] = neg
        value, above = iaqi(c, tables[_TABLE_OF[period][key]])
        if key == "so2" and period == "hour":
            with np.errstate(invalid="ignore"):
                over = c > 800  # not indexed on the 1 h table: the 24 h value is
            above = above & ~over
            if over.any():
                day = cols.get("so2_24h", np.full(n, np.nan))
                day_value, day_above = iaqi(day, tables["so2_24h"])
                value = np.where(over, day_value, value)
                above = above | (over & day_above)
        if key == "o3_8h":
            with np.errstate(invalid="ignore"):
                over = c > 800  # not indexed on the 8 h table: the 1 h IAQI stands in
            above = above & ~over
            if over.any():
                stand_in = sub.get("o3_1h", np.full(n, np.nan, dtype=np.float32))
                value = np.where(over, stand_in, value)
        sub[key] = value
        above_any |= above
    return _combine(standard, sub, above_any, negative, n)


def _combine(standard, sub, above_any, negative, n) -> IndexResult:
    pollutants = tuple(sub)
    columns = tuple(sub[p] for p in pollutants) or (np.full(n, np.nan, dtype=np.float32),)  # a tuple: no copy
    aqi = np.empty(n, dtype=np.float32)
    level = np.empty(n, dtype=np.int8)
    primary = np.empty(n, dtype=np.uint8)
    combine_kernel(columns, _LEVEL_UPPERS, 50.0, aqi, level, primary)
    return IndexResult(standard, sub, aqi, level, primary, pollutants, above_any, negative)


def epa_sub_index(pollutant: str, concentration, bands=None) -> tuple[np.ndarray, np.ndarray]:
    """EPA sub-index: truncate, find the band, interpolate, round half up. (index, above-scale mask).

    Only the table itself: the O3 and SO2 switch-overs are :func:`epa_aqi`'s."""
    bands = np.asarray(EPA_BANDS[pollutant] if bands is None else bands, dtype=float)
    c = np.ascontiguousarray(concentration, dtype=float)
    value = np.empty(c.shape, dtype=np.float32)  # whole numbers up to 500: exact
    above = np.zeros(c.shape, dtype=bool)
    epa_kernel(c, bands, 10.0 ** EPA_DECIMALS[pollutant.removesuffix("_24h")], value, above)
    return value, above


def _truncated(c: np.ndarray, decimals: int) -> np.ndarray:
    scale = 10.0 ** decimals
    return np.floor(c * scale + 1e-9) / scale


def epa_aqi(readings: Mapping[str, object]) -> IndexResult:
    """US EPA AQI over columns; ``readings`` maps some of pm25, pm10 (µg/m³, 24 h), co (ppm, 8 h), no2 (ppb,
    1 h), so2 (ppb, 1 h) with so2_24h (ppb), o3_8h and o3_1h (ppm)."""
    cols, n = _readings(readings, EPA_POLLUTANTS)
    sub = {}
    above_any = np.zeros(n, dtype=bool)
    negative = {}
    for key in EPA_POLLUTANTS:
        if key not in cols:
            continue
        c = cols[key]
        with np.errstate(invalid="ignore"):
            neg = int((c < 0).sum())
        if neg:
            negative[key] = neg
        value, above = epa_sub_index(key, c)
        t = _truncated(c, EPA_DECIMALS[key])
        with np.errstate(invalid="ignore"):
            if key == "o3_1h":  # below the 1 h table: only the 8 h value counts
                value = np.where(t < EPA_BANDS["o3_1h"][0][0], np.nan, value).astype(np.float32)
            elif key == "o3_8h" and "o3_1h" in cols and above.any():  # above it: the 1 h value does
                one = _truncated(cols["o3_1h"], 3) >= EPA_BANDS["o3_1h"][0][0]
                value = np.where(above & one, np.nan, value).astype(np.float32)
                above = above & ~one
            elif key == "so2" and above.any():  # above the 1 h table: the 24 h value, at least 200
                day = cols.get("so2_24h", np.full(n, np.nan))
                day_value, day_above = epa_sub_index("so2_24h", day, EPA_SO2_24H)
                stand_in = above & (_truncated(day, 0) >= EPA_SO2_24H[0][0])
                value = np.where(stand_in, np.maximum(day_value, 200), value).astype(np.float32)
                above = (above & ~stand_in) | (stand_in & day_above)
        sub[key] = value
        above_any |= above
    return _combine("epa", sub, above_any, negative, n)


def nowcast(hourly, pollutant: str = "pm25") -> np.ndarray:
    """EPA NowCast of an hourly series (oldest first, one value per hour, NaN where an hour is missing):
    at each hour, the mean of the last 12 hours weighted by ``w ** age`` (age 0 the latest hour), where
    ``w`` is the lowest over the highest concentration of those hours, at least 0.5; truncated as the
    index truncates. NaN where two of the latest three hours are missing. For ``o3`` (ppm): the last 8
    hours and no least ``w`` (AirNow's ozone NowCast), giving the ``o3_8h`` value of the hourly AQI."""
    if pollutant not in NOWCAST:
        raise ValueError(f"NowCast is implemented for {sorted(NOWCAST)}, not {pollutant!r}")
    hours, least, decimals = NOWCAST[pollutant]
    c = np.asarray(hourly, dtype=float)
    padded = np.concatenate([np.full(hours - 1, np.nan), c])
    windows = np.lib.stride_tricks.sliding_window_view(padded, hours)[:, ::-1]  # age 0 first
    valid = np.isfinite(windows)
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # windows of missing hours only: NaN, said below
        low, high = np.nanmin(windows, axis=1), np.nanmax(windows, axis=1)
        w = np.where(high > 0, low / high, 1.0)
    w = np.maximum(w, least)
    weights = np.where(valid, w[:, None] ** np.arange(hours)[None, :], 0.0)
    total = weights.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (weights * np.where(valid, windows, 0.0)).sum(axis=1) / total
    enough = valid[:, :3].sum(axis=1) >= 2
    return np.where(enough, _truncated(mean, decimals), np.nan)


def air_quality_index(readings: Mapping[str, object], standard: str, period: str = "hour") -> IndexResult:
    """China AQI (``hj633-2012`` / ``hj633-2026``) or ``epa`` by name."""
    if standard == "epa":
        return epa_aqi({k: v for k, v in readings.items() if k in EPA_POLLUTANTS})
    return china_aqi(readings, standard, period)
