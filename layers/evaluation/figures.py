"""Per village and month, how governance is doing across the desks.

The rows come from the store's named queries (``session.evaluation``, :func:`gather`); every figure below is
computed from them here, so the window, the command line, the workbook and the PDF show the same numbers.
Months are local (Asia/Shanghai). Definitions:

Reports (:func:`report_table`; the incident desk's :func:`~layers.incidents.village_stats.village_performance`
with the month range filled and the on-time count added): **received** = reports made in the month;
**closed**; **closed_on_time** = closed with a closing time no later than the deadline (``due_at``, else the
category's days); **on_time_share** = closed_on_time / closed; **median_days_to_close** over the month's closed
reports; **overdue_share** = overdue / due as the incident desk defines them.

Sensors (:func:`sensor_table`): a sensor is expected to send one reading an hour for each parameter it
declares, from the start of the month (or of the sensor's first day with a reading in the range, if later)
to the month's end (or ``now``); **uptime** = readings received / expected (a day counts at most 24 readings
a parameter). **days_above_aqi100**: days whose daily China AQI (HJ 633-2026, 24 h means and the day's
largest O3 1 h and 8 h values, :func:`~layers.emergency.air_quality.china_aqi` with ``period="day"``) is
above 100 at any of the village's air stations; **aqi_days** the days that had an AQI at all.
**water_class**: GB 3838 class (1 = I ... 6 = inferior V) of each water station's monthly mean of each
parameter (:func:`~layers.emergency.water_quality.water_class`), the worst of the village's stations;
empty where the village has no water station.

Alerts (:func:`alert_table`): **alerts_raised** in the month; **alerts_answered**: of those, answered
(acknowledged, escalated or closed) by a person; **median_minutes_to_answer**.

The township row (``village_code`` = ``township``) pools every village: sums, medians of all the rows,
days above 100 at any station, the worst water class.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from layers.emergency.air_quality import china_aqi
from layers.emergency.periods import daily_values
from layers.emergency.sensor_layer import AIR_KEYS, WATER_KEYS
from layers.emergency.water_quality import CLASS_NAMES_ZH, water_class
from layers.incidents.village_stats import (
    TOWNSHIP_CODE,
    TOWNSHIP_NAME_ZH,
    TOWNSHIP_ZONE,
    due_times,
    month_of,
    village_performance,
)

AQI_LIMIT = 100.0
AQI_STANDARD = "hj633-2026"
READINGS_PER_DAY = 24  # one an hour
KEYS = ["village_code", "month"]
REPORT_COLUMNS = ["received", "closed", "closed_on_time", "on_time_share", "median_days_to_close",
                  "closings", "due", "overdue", "overdue_share"]
SENSOR_COLUMNS = ["sensors", "readings", "expected", "uptime", "aqi_days", "days_above_aqi100",
                  "water_class", "water_class_name"]
ALERT_COLUMNS = ["alerts_raised", "alerts_answered", "median_minutes_to_answer"]


@dataclass
class EvaluationData:
    """What the store gave for a range of months (see ``session.evaluation``)."""

    first: str
    last: str
    now: pd.Timestamp
    villages: pd.DataFrame
    reports: pd.DataFrame
    deadlines: dict
    sensors: pd.DataFrame
    counts: pd.DataFrame
    air: pd.DataFrame
    alerts: pd.DataFrame
    sites: pd.DataFrame
    households: pd.DataFrame | None = None

    @property
    def months(self) -> list[str]:
        return [str(p) for p in pd.period_range(self.first, self.last, freq="M")]


def gather(session, first: str, last: str, now=None, households=None, feedback=None) -> EvaluationData:
    """Read what the dashboard needs for the months ``first``..``last`` through the user's session."""
    steps = ("villages", "reports", "sensors", "readings", "air", "alerts", "sites")
    ev = session.evaluation
    got = {}
    for i, step in enumerate(steps):
        if feedback is not None:
            feedback.progress(i / len(steps), "")
            feedback.check()
        if step == "villages":
            got[step] = ev.villages()
        elif step == "reports":
            got[step], got["deadlines"] = ev.reports(first, last), ev.deadlines()
        elif step == "sensors":
            got[step] = ev.sensors()
        elif step == "readings":
            got["counts"] = ev.reading_counts(first, last)
        elif step == "air":
            got[step] = ev.air_hours(first, last)
        elif step == "alerts":
            got[step] = ev.alerts(first, last)
        else:
            got[step] = ev.service_sites()
    stamp = pd.Timestamp(datetime.now(UTC) if now is None else now)
    stamp = stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)
    return EvaluationData(first, last, stamp, got["villages"], got["reports"], got["deadlines"], got["sensors"],
                          got["counts"], got["air"], got["alerts"], got["sites"], households)


def _grid(data: EvaluationData) -> pd.DataFrame:
    """Every village (and the township) with every month, in order."""
    codes = [str(c) for c in data.villages["village_code"]] + [TOWNSHIP_CODE]
    return pd.DataFrame([(c, m) for m in data.months for c in codes], columns=KEYS)


def _names(data: EvaluationData) -> dict[str, str]:
    names = {str(c): str(n) for c, n in zip(data.villages["village_code"], data.villages["name_zh"],
                                             strict=True)}
    names[TOWNSHIP_CODE] = TOWNSHIP_NAME_ZH
    return names


def _month_bounds(month: str, now: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    start = pd.Timestamp(f"{month}-01").tz_localize(TOWNSHIP_ZONE)
    end = start + pd.offsets.MonthBegin(1)
    return start.tz_convert(UTC), min(end.tz_convert(UTC), now)


def report_table(data: EvaluationData) -> pd.DataFrame:
    """Reports per village and month (columns :data:`KEYS` + :data:`REPORT_COLUMNS`)."""
    grid = _grid(data)
    reports = data.reports
    if not len(reports):
        table = grid.assign(**{c: 0 for c in REPORT_COLUMNS})
    else:
        perf = village_performance(reports, data.villages[["village_code", "name_zh"]], data.now.to_pydatetime(),
                                   data.deadlines, by_month=True)
        perf = perf.rename(columns={"reported": "received", "share_overdue": "overdue_share"})
        due = due_times(reports, data.deadlines)
        on_time = reports["status"].eq("closed") & reports["closed_at"].notna() & (reports["closed_at"] <= due)
        extra = pd.DataFrame({"village_code": reports["village_code"].fillna("").astype(str),
                              "month": month_of(reports["reported_at"]), "closed_on_time": on_time.astype(int)})
        by_village = extra.groupby(KEYS)["closed_on_time"].sum()
        by_month = extra.groupby("month")["closed_on_time"].sum()
        township = pd.Series(by_month.to_numpy(), index=pd.MultiIndex.from_arrays(
            [[TOWNSHIP_CODE] * len(by_month), by_month.index], names=KEYS))
        ontime = pd.concat([by_village, township]).rename("closed_on_time").reset_index()
        table = grid.merge(perf[[*KEYS, "received", "closed", "median_days_to_close", "closings", "due",
                                 "overdue", "overdue_share"]], on=KEYS, how="left")
        table = table.merge(ontime, on=KEYS, how="left")
    for column in ("received", "closed", "closed_on_time", "closings", "due", "overdue"):
        table[column] = table[column].fillna(0).astype("int64")
    for column in ("median_days_to_close", "overdue_share"):
        table[column] = table[column].astype(float)
    table["on_time_share"] = (table["closed_on_time"] / table["closed"].where(table["closed"] > 0)).astype(float)
    return table[[*KEYS, *REPORT_COLUMNS]]


def _local(times: pd.Series) -> pd.Series:
    return times.dt.tz_convert(TOWNSHIP_ZONE).dt.tz_localize(None)


def daily_aqi(air: pd.DataFrame) -> pd.DataFrame:
    """The daily China AQI of each air station: columns ``sensor_code``, ``day`` (local ``YYYY-MM-DD``),
    ``aqi`` (NaN when the day had too few hours for any pollutant)."""
    rows = []
    names = {name: ("o3" if key == "o3_1h" else key) for name, key in AIR_KEYS.items()}
    for code, part in air.groupby("sensor_code", sort=True):
        part = part[part["parameter"].isin(names)]
        if not len(part):
            continue
        hours = _local(part["time"]).dt.floor("h")
        grid = part.assign(hour=hours.to_numpy(), key=part["parameter"].map(names)).pivot_table(
            index="hour", columns="key", values="value", aggfunc="mean")
        grid = grid.reindex(pd.date_range(grid.index.min().normalize(), grid.index.max(), freq="h"))
        means = [c for c in ("pm25", "pm10", "so2", "no2", "co") if c in grid]
        daily = daily_values(grid, means, o3="o3" if "o3" in grid else None)
        given = {c: daily[c].to_numpy() for c in means}
        if "o3" in grid:
            given["o3_1h"], given["o3_8h"] = daily["o3_1h"].to_numpy(), daily["o3_8h"].to_numpy()
        result = china_aqi(given, AQI_STANDARD, period="day")
        rows.append(pd.DataFrame({"sensor_code": code, "day": daily.index.strftime("%Y-%m-%d"),
                                  "aqi": result.aqi.astype(float)}))
    if not rows:  # no air station (a village without one): text columns all the same
        return pd.DataFrame({"sensor_code": pd.Series([], dtype=object), "day": pd.Series([], dtype=object),
                             "aqi": pd.Series([], dtype=float)})
    return pd.concat(rows, ignore_index=True)


def _uptime(data: EvaluationData) -> pd.DataFrame:
    """Per sensor and month: readings received (a day at most 24 a parameter) and expected."""
    declared = {str(r.sensor_code): [p.strip() for p in str(r.parameters or "").split(",") if p.strip()]
                for r in data.sensors.itertuples()}
    pairs = pd.DataFrame([(code, p) for code, params in declared.items() for p in params],
                         columns=["sensor_code", "parameter"])
    counts = data.counts.merge(pairs, on=["sensor_code", "parameter"])  # the declared parameters only
    counts = counts.assign(month=counts["day"].str[:7], kept=counts["readings"].clip(upper=READINGS_PER_DAY))
    received = counts.groupby(["sensor_code", "month"])["kept"].sum()
    first_day = counts.groupby("sensor_code")["day"].min()
    rows = []
    for sensor in data.sensors.itertuples():
        code = str(sensor.sensor_code)
        if code not in first_day.index or not declared.get(code):
            continue
        since = pd.Timestamp(first_day[code]).tz_localize(TOWNSHIP_ZONE).tz_convert(UTC)
        for month in data.months:
            start, end = _month_bounds(month, data.now)
            start = max(start, since)
            hours = max(0.0, (end - start).total_seconds() / 3600.0)
            expected = int(round(hours)) * len(declared[code])
            if expected == 0:
                continue
            rows.append((code, str(sensor.village_code), month, int(received.get((code, month), 0)), expected))
    return pd.DataFrame(rows, columns=["sensor_code", "village_code", "month", "readings", "expected"])


def _water(data: EvaluationData) -> pd.DataFrame:
    """Per water station and month, the GB 3838 class of its monthly means (0: not assessed)."""
    water = set(data.sensors.loc[data.sensors["kind"] == "water_quality", "sensor_code"].astype(str))
    counts = data.counts[data.counts["sensor_code"].isin(water) & data.counts["parameter"].isin(WATER_KEYS)]
    if not len(counts):
        return pd.DataFrame(columns=["sensor_code", "month", "water_class"])
    counts = counts.assign(month=counts["day"].str[:7], total=counts["mean"] * counts["readings"])
    sums = counts.groupby(["sensor_code", "month", "parameter"])[["total", "readings"]].sum()
    means = (sums["total"] / sums["readings"]).unstack("parameter")
    given = {WATER_KEYS[p]: means[p].to_numpy() for p in means.columns}
    classes = water_class(given, "river").overall
    return pd.DataFrame({"sensor_code": means.index.get_level_values(0), "month": means.index.get_level_values(1),
                         "water_class": classes.astype(int)})


def sensor_table(data: EvaluationData) -> pd.DataFrame:
    """Sensors per village and month (columns :data:`KEYS` + :data:`SENSOR_COLUMNS`)."""
    grid = _grid(data)
    village_of = {str(c): str(v) for c, v in zip(data.sensors["sensor_code"], data.sensors["village_code"],
                                                 strict=True)}
    up = _uptime(data)
    sums = up.groupby(KEYS).agg(sensors=("sensor_code", "nunique"), readings=("readings", "sum"),
                                expected=("expected", "sum"))
    township = up.groupby("month").agg(sensors=("sensor_code", "nunique"), readings=("readings", "sum"),
                                       expected=("expected", "sum"))
    township.index = pd.MultiIndex.from_arrays([[TOWNSHIP_CODE] * len(township), township.index], names=KEYS)
    table = grid.merge(pd.concat([sums, township]).reset_index(), on=KEYS, how="left")
    aqi = daily_aqi(data.air)
    aqi = aqi.assign(village_code=aqi["sensor_code"].map(village_of), month=aqi["day"].str[:7])
    per_day = pd.concat([aqi.groupby(["village_code", "month", "day"])["aqi"].max().reset_index(),
                         aqi.groupby(["month", "day"])["aqi"].max().reset_index().assign(
                             village_code=TOWNSHIP_CODE)])
    days = per_day.groupby(KEYS).agg(aqi_days=("aqi", "count"),
                                     days_above_aqi100=("aqi", lambda a: int((a > AQI_LIMIT).sum())))
    table = table.merge(days.reset_index(), on=KEYS, how="left")
    water = _water(data)
    water = water.assign(village_code=water["sensor_code"].map(village_of))
    worst = pd.concat([water.groupby(KEYS)["water_class"].max().reset_index(),
                       water.groupby("month")["water_class"].max().reset_index().assign(
                           village_code=TOWNSHIP_CODE)])
    table = table.merge(worst, on=KEYS, how="left")
    for column in ("sensors", "readings", "expected"):
        table[column] = table[column].fillna(0).astype("int64")
    table["uptime"] = (table["readings"] / table["expected"].where(table["expected"] > 0)).astype(float)
    table["water_class"] = table["water_class"].where(table["water_class"] > 0).astype(float)
    table["water_class_name"] = [CLASS_NAMES_ZH[int(c)] if c == c else "" for c in table["water_class"]]
    return table[[*KEYS, *SENSOR_COLUMNS]]


def alert_table(data: EvaluationData) -> pd.DataFrame:
    """Alerts per village and month (columns :data:`KEYS` + :data:`ALERT_COLUMNS`)."""
    grid = _grid(data)
    alerts = data.alerts
    frame = pd.DataFrame({"village_code": alerts["village_code"].fillna("").astype(str),
                          "month": month_of(alerts["raised_at"]) if len(alerts) else pd.Series([], dtype=str),
                          "minutes": (alerts["answered_at"] - alerts["raised_at"]).dt.total_seconds() / 60.0})
    parts = [frame, frame.assign(village_code=TOWNSHIP_CODE)]
    both = pd.concat(parts, ignore_index=True)
    stats = both.groupby(KEYS).agg(alerts_raised=("minutes", "size"), alerts_answered=("minutes", "count"),
                                   median_minutes_to_answer=("minutes", "median"))
    table = grid.merge(stats.reset_index(), on=KEYS, how="left")
    for column in ("alerts_raised", "alerts_answered"):
        table[column] = table[column].fillna(0).astype("int64")
    table["median_minutes_to_answer"] = table["median_minutes_to_answer"].astype(float)
    return table[[*KEYS, *ALERT_COLUMNS]]


def village_months(data: EvaluationData) -> pd.DataFrame:
    """Every figure per village and month (and the township), with the village's name."""
    table = report_table(data).merge(sensor_table(data), on=KEYS).merge(alert_table(data), on=KEYS)
    names = _names(data)
    table.insert(1, "village_name", table["village_code"].map(names))
    return table


__all__ = ["ALERT_COLUMNS", "AQI_LIMIT", "EvaluationData", "KEYS", "REPORT_COLUMNS", "SENSOR_COLUMNS",
           "alert_table", "daily_aqi", "gather", "report_table", "sensor_table", "village_months"]
