"""``township-console indices``: air quality index or water class per reading and per day, to CSV/XLSX.

Readings are read through the project's table readers (encodings, XLSX sheets); pollutant columns are
found by name (``PM2.5``/``pm25``/``PM2_5``/``细颗粒物`` ...) or named with ``--map pm25=COLUMN``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from datasources.atomic import atomic_path
from datasources.options import ReadOptions
from datasources.tables import neutral_name, read_records
from layers.emergency.air_quality import POLLUTANT_NAMES, air_quality_index
from layers.emergency.periods import (
    MIN_HOURS_24H,
    MIN_HOURS_24H_EPA,
    at_rows,
    daily_values,
    hour_grids,
    moving_mean,
    station_column,
    times_of,
)
from layers.emergency.water_quality import PARAMETER_NAMES, class_names, water_class

STANDARDS = ("hj633-2012", "hj633-2026", "epa", "gb3838")
AIR_ALIASES = {
    "pm25": {"pm25", "细颗粒物"}, "pm10": {"pm10", "可吸入颗粒物"}, "so2": {"so2", "二氧化硫"},
    "no2": {"no2", "二氧化氮"}, "co": {"co", "一氧化碳"}, "o3": {"o3", "o31h", "臭氧", "臭氧1小时"},
    "o3_8h": {"o38h", "臭氧8小时"},
}
#: µg/m³ (CO: mg/m³), as Chinese stations report, to the units of the EPA tables at 25 °C and 1 atm
#: (24.45 L/mol): SO2 and NO2 in ppb, CO and O3 in ppm
TO_EPA_UNITS = {"so2": 24.45 / 64.066, "no2": 24.45 / 46.0055, "co": 24.45 / 28.010,
                "o3": 24.45 / 48.00 / 1000.0, "o3_8h": 24.45 / 48.00 / 1000.0}
WATER_ALIASES = {
    "do": {"do", "dissolvedoxygen", "溶解氧"}, "codmn": {"codmn", "permanganateindex", "高锰酸盐指数"},
    "cod": {"cod", "codcr", "化学需氧量"}, "bod5": {"bod5", "bod", "五日生化需氧量"},
    "nh3n": {"nh3n", "ammonianitrogen", "ammonia", "氨氮"}, "tp": {"tp", "totalphosphorus", "总磷"},
    "tn": {"tn", "totalnitrogen", "总氮"}, "ph": {"ph"},
}
LABELS = {"pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO", "o3": "O3",
          "o3_8h": "O3 8h", **PARAMETER_NAMES}


def add_indices_command(sub) -> None:
    """Add ``indices`` to the command line."""
    p = sub.add_parser("indices", help="air quality index (HJ 633, US EPA) or water class (GB 3838) "
                                       "per reading and per day")
    p.add_argument("file", type=Path, help="readings as CSV/TSV/TXT or XLSX")
    p.add_argument("--standard", required=True, choices=STANDARDS,
                   help="China AQI by HJ 633-2012 or HJ 633-2026 (in force 2026-03-01), US EPA AQI "
                        "(2024; PM2.5 and PM10 only), or the GB 3838-2002 surface water class")
    p.add_argument("--out", required=True, type=Path,
                   help="FILE.xlsx (sheets rows and daily) or FILE.csv (and FILE_daily.csv)")
    p.add_argument("--map", nargs="+", metavar="KEY=COLUMN", default=[],
                   help="which column holds which reading, e.g. pm25=细颗粒物 do=DO_mg_L "
                        "(keys: pm25 pm10 so2 no2 co o3 o3_8h; do codmn cod bod5 nh3n tp tn ph)")
    p.add_argument("--encoding", help="text encoding of a CSV (default: detected)")
    p.add_argument("--sheet", help="worksheet of an XLSX (default: the first)")
    p.add_argument("--rows", choices=("hourly", "daily"), default="hourly",
                   help="what each row holds: hourly readings (default; daily values are computed "
                        "from them) or daily values already (24 h means, O3 the day's largest 1 h or "
                        "8 h value): indexed on the standard's daily tables, no second table")
    p.add_argument("--co-unit", choices=("auto", "mg", "ug"), default="auto",
                   help="unit of CO: mg/m3 (the standard's) or ug/m3; auto takes ug/m3 when the "
                        "median is above 20")
    p.add_argument("--water-body", choices=("river", "lake"), default="river",
                   help="GB 3838 total phosphorus limits (and total nitrogen, lakes only)")


def _norm(name) -> str:
    return re.sub(r"[^0-9a-z\u3400-\u9fff]", "", neutral_name(name))


def map_columns(columns, aliases: dict[str, set[str]], overrides: list[str]) -> dict[str, str]:
    """Reading key -> column name, from ``KEY=COLUMN`` overrides and then by name."""
    columns = [c for c in columns if not str(c).startswith("_")]
    found: dict[str, str] = {}
    for item in overrides:
        key, sep, column = item.partition("=")
        if not sep or key not in aliases:
            raise ValueError(f"--map {item!r}: expected KEY=COLUMN with KEY one of {', '.join(aliases)}")
        if column not in columns:
            raise ValueError(f"--map {item!r}: the file has no column {column!r}; its columns are "
                             f"{', '.join(map(str, columns))}")
        found[key] = column
    for key, names in aliases.items():
        if key not in found:
            hits = [c for c in columns if _norm(c) in names and c not in found.values()]
            if hits:
                found[key] = hits[0]
    return found


def run_indices_command(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"--out {out.name}: the output must end in .csv or .xlsx")
    sheet = int(args.sheet) if args.sheet and args.sheet.isdigit() else args.sheet
    frame, encoding = read_records(args.file, ReadOptions(encoding=args.encoding, sheet=sheet))
    water = args.standard == "gb3838"
    aliases = WATER_ALIASES if water else AIR_ALIASES
    found = map_columns(frame.columns, aliases, args.map)
    wanted = [LABELS[k] for k in aliases if k != "o3_8h"]
    if not found:
        shown = ", ".join(str(c) for c in frame.columns if not str(c).startswith("_"))
        raise ValueError(f"{Path(args.file).name}: no column for any of {', '.join(wanted)} "
                         f"(columns are: {shown}); name them with --map KEY=COLUMN")
    notes = ["columns: " + ", ".join(f"{LABELS[k]}={c}" for k, c in found.items())]
    absent = [LABELS[k] for k in aliases if k not in found and k != "o3_8h"]
    if absent:
        notes.append(f"not found (left out of the index): {', '.join(absent)}")
    values = pd.DataFrame(index=frame.index)
    for key, column in found.items():
        numbers = pd.to_numeric(frame[column], errors="coerce")
        unreadable = int((numbers.isna() & frame[column].notna()).sum())
        if unreadable:
            notes.append(f"{unreadable} cells of {column} are not numbers: treated as missing")
        values[key] = numbers
    if "co" in values and not water:
        unit = args.co_unit
        if unit == "auto":
            unit = "ug" if float(np.nanmedian(values["co"])) > 20 else "mg"
            if unit == "ug":
                notes.append("CO looks like ug/m3 (median above 20): divided by 1000 to mg/m3; "
                             "say --co-unit mg if it is not")
        if unit == "ug":
            values["co"] = values["co"] / 1000.0
    negative = {LABELS[k]: int((values[k] < 0).sum()) for k in values if (values[k] < 0).any()}
    if negative:
        notes.append("negative values are not indexed: " + ", ".join(f"{k} {n}" for k, n in
                                                                      negative.items()))
    times, how = times_of(frame)
    stations = None
    column = station_column(frame)
    if column is not None:
        stations = frame[column]
    if args.rows == "daily":
        notes.append("rows hold daily values: indexed on the daily (24 h) tables")
    elif times is None or times.isna().all():
        times = None
        notes.append(f"no daily values: {how}")
    else:
        notes.append(f"reading times from {how}" + (f", stations from {column}" if column else ""))
    if water:
        rows, daily = _water(frame, values, times, stations, args.water_body)
    else:
        rows, daily = _air(frame, values, times, stations, args.standard, args.rows == "daily")
    if args.standard == "epa":
        notes.append("US EPA AQI: SO2, NO2, CO and O3 converted from ug/m3 (CO mg/m3) to ppb/ppm at 25 C; "
                     "per hour: PM2.5 and PM10 as NowCast, O3 8 h as the ozone NowCast, CO as its 8 h mean, "
                     "O3, SO2 and NO2 as 1 h values (SO2 above 304 ppb by its 24 h mean)" if times is not None else
                     "US EPA AQI: SO2, NO2, CO and O3 converted from ug/m3 (CO mg/m3) to ppb/ppm at 25 C; "
                     "with no reading times each row's values are indexed as given (not NowCast)")
        notes.append("per day: 24 h means of PM2.5 and PM10 (18 of 24 hours), the day's largest O3 8 h "
                     "mean and 1 h value; SO2, NO2 and CO are not in the daily EPA figure")
    written = _write(out, rows, daily)
    for note in notes:
        print(f"note: {note}")
    print(f"{args.standard}: {len(rows)} rows" + (f", {len(daily)} days" if daily is not None else "")
          + f" -> {', '.join(str(p) for p in written)}")
    return 0


def _air_columns(result, prefix: str = "") -> dict[str, object]:
    cols = {f"iaqi_{POLLUTANT_NAMES[p]}": result.sub_index[p] for p in result.pollutants}
    cols.update({
        "aqi": result.aqi, "level": np.where(result.level > 0, result.level, np.nan),
        "level_name": result.level_names("en"), "level_name_zh": result.level_names("zh"),
        "colour": result.level_colours(), "primary_pollutant": result.primary_names(),
        "above_scale": result.above_scale,
    })
    return cols


def _epa_hourly(values, times, stations) -> dict[str, np.ndarray]:
    """The readings the EPA index takes per row: PM2.5/PM10 NowCast, the CO 8 h mean (ppm), the O3 NowCast
    as its 8 h value (ppm), SO2 and NO2 1 h (ppb) with the SO2 24 h mean, O3 1 h (ppm); as given where the
    rows have no times."""
    from layers.emergency.air_quality import nowcast

    converted = values.copy()
    for key, factor in TO_EPA_UNITS.items():
        if key in converted:
            converted[key] = converted[key] * factor
    readings = {("o3_1h" if k == "o3" else k): converted[k].to_numpy(float) for k in converted}
    if times is None:
        return readings
    grids = hour_grids(converted.drop(columns=["o3_8h"], errors="ignore"), times, stations)

    def each(fn):
        return at_rows({s: fn(g) for s, g in grids.items()}, times, stations)

    for key in ("pm25", "pm10"):
        if key in converted:
            readings[key] = each(lambda g, k=key: pd.Series(nowcast(g[k].to_numpy(float), k), index=g.index))
    if "co" in converted:
        readings["co"] = each(lambda g: moving_mean(g["co"], 8))
    if "o3" in converted and "o3_8h" not in converted:  # AirNow's ozone NowCast stands for the 8 h mean
        readings["o3_8h"] = each(lambda g: pd.Series(nowcast(g["o3"].to_numpy(float), "o3"), index=g.index))
    if "so2" in converted:
        readings["so2_24h"] = each(lambda g: moving_mean(g["so2"], 24))
    return readings


def _air(frame, values, times, stations, standard, rows_are_daily=False):
    if standard == "epa":
        readings = _epa_hourly(values, None if rows_are_daily else times, stations)
    else:
        readings = {("o3_1h" if k == "o3" else k): values[k].to_numpy(float) for k in values}
    daily = None
    if rows_are_daily:
        result = air_quality_index(readings, standard, "day")
        rows = frame.drop(columns=[c for c in frame.columns if str(c).startswith("_")])
        return rows.assign(**_air_columns(result)), None
    if times is not None and standard != "epa":
        grids = hour_grids(values, times, stations)
        if "o3" in values and "o3_8h" not in values:
            readings["o3_8h"] = at_rows({s: moving_mean(g["o3"], 8) for s, g in grids.items()},
                                        times, stations)
        if "so2" in values:
            readings["so2_24h"] = at_rows({s: moving_mean(g["so2"], 24) for s, g in grids.items()},
                                          times, stations)
    result = air_quality_index(readings, standard, "hour")
    rows = frame.drop(columns=[c for c in frame.columns if str(c).startswith("_")])
    rows = rows.assign(**_air_columns(result))
    grids = {} if times is None else hour_grids(values.drop(columns=["o3_8h"], errors="ignore"),
                                                 times, stations)
    if grids:
        means = [k for k in ("pm25", "pm10", "so2", "no2", "co") if k in values]
        parts = []
        for station, grid in grids.items():
            part = daily_values(grid, means, "o3" if "o3" in values else None,
                                MIN_HOURS_24H_EPA if standard == "epa" else MIN_HOURS_24H).reset_index()
            part.insert(0, "station", station)
            parts.append(part)
        days = pd.concat(parts, ignore_index=True)
        days["date"] = days["date"].dt.date
        day_readings = {k: days[k].to_numpy(float) for k in means if k in days
                        if standard != "epa" or k in ("pm25", "pm10")}
        for key in ("o3_1h", "o3_8h"):
            if key in days:
                day_readings[key] = days[key].to_numpy(float) * (TO_EPA_UNITS["o3"] if standard == "epa" else 1)
        day_result = air_quality_index(day_readings, standard, "day")
        names = {k: f"{LABELS[k]}_24h_mean" for k in means}
        names.update({f"{k}_hours": f"{LABELS[k]}_hours" for k in means})
        names.update({"o3_1h": "O3_1h_max", "o3_8h": "O3_8h_max", "o3_hours": "O3_hours"})
        daily = days.rename(columns=names).assign(**_air_columns(day_result))
        if stations is None:
            daily = daily.drop(columns="station")
    return rows, daily


def _water_columns(result) -> dict[str, object]:
    cols = {f"class_{PARAMETER_NAMES[p]}": class_names(c) for p, c in result.classes.items()}
    cols.update({"water_class": result.overall_names("en"), "water_class_zh": result.overall_names("zh"),
                 "class_number": np.where(result.overall > 0, result.overall, np.nan),
                 "worst_parameters": result.worst_parameters()})
    return cols


def _water(frame, values, times, stations, water_body):
    result = water_class({k: values[k].to_numpy(float) for k in values}, water_body)
    rows = frame.drop(columns=[c for c in frame.columns if str(c).startswith("_")])
    rows = rows.assign(**_water_columns(result))
    daily = None
    if times is not None:
        keyed = values.assign(date=pd.to_datetime(times, errors="coerce").dt.date,
                              station="" if stations is None else stations.fillna("").astype(str))
        keyed = keyed.dropna(subset=["date"])
        days = keyed.groupby(["station", "date"], sort=True).mean().reset_index()
        day_result = water_class({k: days[k].to_numpy(float) for k in values}, water_body)
        names = {k: f"{PARAMETER_NAMES[k]}_mean" for k in values}
        daily = days.rename(columns=names).assign(**_water_columns(day_result))
        if stations is None:
            daily = daily.drop(columns="station")
    return rows, daily


XLSX_MAX_ROWS = 1_048_575  # a worksheet's 1,048,576 rows less the header


def _write(out: Path, rows: pd.DataFrame, daily: pd.DataFrame | None) -> list[Path]:
    if out.suffix.lower() == ".xlsx":
        if len(rows) > XLSX_MAX_ROWS:
            raise ValueError(f"{len(rows)} rows do not fit in one XLSX sheet (at most {XLSX_MAX_ROWS:,}); "
                             "write a .csv instead")
        with atomic_path(out) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            rows.to_excel(writer, sheet_name="rows", index=False)
            if daily is not None:
                daily.to_excel(writer, sheet_name="daily", index=False)
        return [out]
    written = [out]
    with atomic_path(out) as tmp:
        rows.to_csv(tmp, index=False, encoding="utf-8-sig")
    if daily is not None:
        day_path = out.with_name(f"{out.stem}_daily{out.suffix}")
        with atomic_path(day_path) as tmp:
            daily.to_csv(tmp, index=False, encoding="utf-8-sig")
        written.append(day_path)
    return written
