"""Hourly readings to the averaging periods the indices need: 8 h and 24 h moving means, daily values.

Validity rules (GB 3095-2012 table 4 / HJ 663): a 24 h mean needs at least 20 hourly values; an 8 h
moving mean needs at least 6 of its 8 hours; the day's largest O3 8 h mean is taken over the 17 windows
that lie inside the calendar day (ending 07:00 .. 23:00 by hour label) and needs at least 14 of them.
Missing hours are counted as missing, never filled.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MIN_HOURS_24H = 20
MIN_HOURS_8H = 6
MIN_WINDOWS_8H = 14
MIN_HOURS_24H_EPA = 18  # US EPA: a daily mean needs 75 % of the hours


def hour_grids(values: pd.DataFrame, times: pd.Series, stations: pd.Series | None = None
               ) -> dict[str, pd.DataFrame]:
    """Per station, the hourly means of ``values`` on a complete hour grid (missing hours are NaN rows).

    Rows without a time are left out; several rows in one hour are averaged.
    """
    frame = values.copy()
    frame["_hour"] = pd.to_datetime(times, errors="coerce").dt.floor("h").to_numpy()
    frame["_station"] = "" if stations is None else stations.fillna("").astype(str).to_numpy()
    frame = frame.dropna(subset=["_hour"])
    grids = {}
    for station, part in frame.groupby("_station", sort=True):
        means = part.drop(columns="_station").groupby("_hour").mean()
        full = pd.date_range(means.index.min(), means.index.max(), freq="h")
        grids[str(station)] = means.reindex(full)
    return grids


def moving_mean(series: pd.Series, hours: int) -> pd.Series:
    """Moving mean over the last ``hours`` hours of a complete hour grid, with the validity rule."""
    need = MIN_HOURS_8H if hours == 8 else MIN_HOURS_24H if hours == 24 else hours
    return series.rolling(hours, min_periods=need).mean()


def daily_values(grid: pd.DataFrame, mean_columns: list[str], o3: str | None = None,
                 min_hours: int = MIN_HOURS_24H) -> pd.DataFrame:
    """One row per day: 24 h means of ``mean_columns`` (NaN with fewer than ``min_hours``), the number of
    hours each had, and for ``o3`` the day's largest 1 h value (``o3_1h``) and largest 8 h mean
    (``o3_8h``, NaN with fewer than 14 valid windows).
    """
    day = grid.index.normalize()
    out = pd.DataFrame(index=pd.Index(day.unique(), name="date"))
    for col in mean_columns:
        grouped = grid[col].groupby(day)
        means, counts = grouped.mean(), grouped.count()
        out[col] = means.where(counts >= min_hours)
        out[f"{col}_hours"] = counts
    if o3 is not None:
        out["o3_1h"] = grid[o3].groupby(day).max()
        eight = moving_mean(grid[o3], 8).where(grid.index.hour >= 7)  # windows inside the day
        grouped = eight.groupby(day)
        out["o3_8h"] = grouped.max().where(grouped.count() >= MIN_WINDOWS_8H)
        out["o3_hours"] = grid[o3].groupby(day).count()
    return out


def times_of(frame: pd.DataFrame) -> tuple[pd.Series | None, str]:
    """The reading times of a table: year/month/day/hour columns, or one date-time column.

    Returns (times or None, a description of the columns used or of what was looked for).
    """
    lower = {str(c).strip().lower(): c for c in frame.columns}
    parts = {k: lower.get(k) for k in ("year", "month", "day", "hour")}
    if parts["year"] is not None and parts["month"] is not None and parts["day"] is not None:
        cols = {k: pd.to_numeric(frame[c], errors="coerce") for k, c in parts.items() if c is not None}
        times = pd.to_datetime(pd.DataFrame(cols), errors="coerce")
        used = ", ".join(str(c) for c in parts.values() if c is not None)
        return times, f"columns {used}"
    for name in ("datetime", "date_time", "timestamp", "time", "date", "时间", "日期", "监测时间"):
        if name in lower:
            column = lower[name]
            text = frame[column]
            times = pd.to_datetime(text.astype(str).where(text.notna()), errors="coerce", format="mixed")
            if times.notna().any():
                return times, f"column {column}"
    return None, "no year/month/day[/hour] columns and no datetime, time, date or 时间 column"


def station_column(frame: pd.DataFrame):
    """The column naming the station or site, if there is one."""
    for column in frame.columns:
        if str(column).strip().lower() in ("station", "site", "station_name", "站点", "监测点", "站名"):
            return column
    return None


def at_rows(series_of: dict[str, pd.Series], times: pd.Series, stations: pd.Series | None) -> np.ndarray:
    """Values of per-station hour-grid series (``series_of`` maps station -> series) at each input row."""
    hours = pd.to_datetime(times, errors="coerce").dt.floor("h")
    keys = (pd.Series("", index=times.index) if stations is None
            else stations.fillna("").astype(str))
    out = np.full(len(times), np.nan)
    for station, series in series_of.items():
        rows = np.flatnonzero((keys == station).to_numpy() & hours.notna().to_numpy())
        if len(rows):
            out[rows] = series.reindex(hours.iloc[rows]).to_numpy(dtype=float)
    return out
