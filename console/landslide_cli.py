"""``township-console landslide``: each landslide zone's warning level from the rain gauges' readings.

The zones, the gauges and the readings come from the township GeoPackage (``hazard_zones`` rows whose
``hazard`` is landslide, ``sensors`` of kind rain_gauge, ``sensor_readings``); readings may also come
from a CSV/XLSX file (``sensor_code`` or ``sensor_id``, ``time``, ``parameter``, ``value``). Written: the
zones with their rain over 1 h, 24 h and 72 h, the gauge, the warning and its cause, as CSV/XLSX (a
header row people read above the field names) or as a GeoPackage layer for the map.
"""

from __future__ import annotations

from pathlib import Path

#: Column -> (Chinese, English) header.
HEADERS = {
    "hazard": ("灾害类型", "Hazard"), "level": ("风险等级", "Risk level"), "source": ("划定依据", "Basis"),
    "area_m2": ("面积 (m²)", "Area (m²)"), "rain_1h": ("1小时雨量 (mm)", "Rain 1 h (mm)"),
    "rain_24h": ("24小时雨量 (mm)", "Rain 24 h (mm)"), "rain_72h": ("72小时雨量 (mm)", "Rain 72 h (mm)"),
    "gauge": ("雨量站", "Rain gauge"), "gauge_m": ("距雨量站 (m)", "Distance to gauge (m)"),
    "warning": ("预警等级代码", "Warning code"), "warning_rank": ("预警级别", "Warning rank"),
    "warning_zh": ("预警等级", "Warning (Chinese)"), "warning_en": ("预警等级 (英文)", "Warning"),
    "colour": ("颜色", "Colour"), "cause": ("触发原因", "Cause"), "zone": ("风险区编号", "Zone"),
}


def add_landslide_command(sub) -> None:
    """Add ``landslide`` to the command line."""
    p = sub.add_parser("landslide", help="warning level of each landslide zone from the rain over 1, 24 "
                                         "and 72 hours at the rain gauges")
    p.add_argument("--gpkg", required=True, type=Path, help="the township GeoPackage")
    p.add_argument("--zones", default="hazard_zones", help="the layer of hazard zones (default "
                                                           "hazard_zones)")
    p.add_argument("--where", nargs="+", default=None, metavar="COLUMN=VALUE[,VALUE]",
                   help="keep the zones whose COLUMN is one of the values (default: hazard=landslide "
                        "when the layer has a hazard column)")
    p.add_argument("--gauges", default="sensors", help="the layer of gauges (default sensors; those of "
                                                       "kind rain_gauge when it has a kind column)")
    p.add_argument("--readings", default="sensor_readings",
                   help="a layer of the GeoPackage or a CSV/XLSX file of readings (default "
                        "sensor_readings)")
    p.add_argument("--at", help="the time the windows end, e.g. 2025-06-21T20:00:00+08:00 (default: the "
                                "latest reading)")
    p.add_argument("--method", choices=("nearest", "idw"), default="nearest",
                   help="each zone's rain: its nearest gauge, or the inverse-distance mean of all")
    p.add_argument("--threshold", nargs="+", default=[], metavar="LEVEL:HOURS=B,Y,O,R",
                   help="the county's own rain (mm) for blue, yellow, orange, red in a zone level and "
                        "window, e.g. high:24=50,80,100,150")
    p.add_argument("--out", required=True, type=Path, help="FILE.csv, FILE.xlsx or FILE.gpkg")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN",
                   help="language of the header row above the field names (default zh_CN)")


def run_landslide_command(args) -> int:
    import pyogrio

    from datasources.options import ReadOptions
    from datasources.vector import list_layers, open_vector
    from layers.emergency.landslide import LEVEL_NAMES, LEVELS, RainThresholds, landslide_warning

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx", ".gpkg"):
        raise ValueError(f"--out {out.name}: write .csv, .xlsx or .gpkg")
    names = {info.name for info in list_layers(args.gpkg)}
    for option, layer in (("--zones", args.zones), ("--gauges", args.gauges)):
        if layer not in names:
            raise ValueError(f"{args.gpkg.name} has no layer {layer!r}; name it with {option} LAYER")
    zones = open_vector(args.gpkg, ReadOptions(layer=args.zones)).data
    where = args.where if args.where is not None else (["hazard=landslide"] if "hazard" in zones else [])
    for condition in where:
        column, sep, values = condition.partition("=")
        if not sep or column not in zones:
            raise ValueError(f"--where {condition!r}: expected COLUMN=VALUE with a column of {args.zones}")
        zones = zones[zones[column].astype(str).isin(values.split(","))]
    if zones.empty:
        raise ValueError(f"{args.zones}: no zones" + (" match " + " ".join(where) if where else ""))
    gauges = open_vector(args.gpkg, ReadOptions(layer=args.gauges)).data
    if "kind" in gauges:
        gauges = gauges[gauges["kind"] == "rain_gauge"]
    key = "sensor_code" if "sensor_code" in gauges else "sensor_id"
    if Path(args.readings).is_file():
        from datasources.tables import read_records

        readings = read_records(Path(args.readings), ReadOptions())[0]
    elif args.readings in names:
        readings = pyogrio.read_dataframe(args.gpkg, layer=args.readings, read_geometry=False)
    else:
        raise ValueError(f"--readings {args.readings}: neither a file nor a layer of {args.gpkg.name}")
    thresholds = RainThresholds()
    for item in args.threshold:
        thresholds = _override(thresholds, item)
    at = _time(args.at) if args.at else None
    warned = landslide_warning(zones, gauges, readings, at, thresholds, args.method, gauge_key=key)
    warned = warned.drop(columns=["_problem"], errors="ignore")
    warned.insert(0, "zone", warned.index)
    counts = warned["warning"].value_counts()
    when = warned.attrs["at"].tz_convert(at.tzinfo if at is not None else "Asia/Shanghai")
    print(f"{len(warned)} landslide zones at {when.isoformat()}: "
          + ", ".join(f"{LEVEL_NAMES[level][1]} {int(counts.get(level, 0))}" for level in reversed(LEVELS)))
    worst = warned.sort_values(["warning_rank", "rain_24h"], ascending=False).head(5)
    for row in worst[worst["warning_rank"] > 0].itertuples():
        print(f"zone {row.zone} ({getattr(row, 'level', '')}): {row.warning} - {row.cause} at {row.gauge}")
    _write(warned, out, args.lang)
    print(f"wrote {out}")
    return 0


def _override(thresholds, item: str):
    level, _, rest = item.partition(":")
    hours, _, amounts = rest.partition("=")
    try:
        window, values = int(hours), [float(v) for v in amounts.split(",")]
    except ValueError:
        raise ValueError(f"--threshold {item!r}: write LEVEL:HOURS=B,Y,O,R in mm, e.g. "
                         "high:24=50,80,100,150") from None
    try:
        return thresholds.with_override(level, window, values)
    except ValueError as exc:
        raise ValueError(f"--threshold {item!r}: {exc}") from None


def _time(text: str):
    import pandas as pd

    when = pd.Timestamp(text)
    if when.tzinfo is None:
        raise ValueError(f"--at {text!r} has no UTC offset: add one such as +08:00")
    return when


def _write(warned, out: Path, lang: str) -> None:
    from datasources.writers import write_geopackage, write_xlsx

    if out.suffix.lower() == ".gpkg":
        write_geopackage(warned, out, layer="landslide_warning")
        return
    table = warned.drop(columns=[warned.geometry.name])
    for column in ("rain_1h", "rain_24h", "rain_72h", "gauge_m"):
        table[column] = table[column].round(1)
    pick = 0 if lang.startswith("zh") else 1
    labels = {c: HEADERS[c][pick] if c in HEADERS else str(c) for c in table.columns}
    if out.suffix.lower() == ".xlsx":
        write_xlsx(table, out, sheet="landslide", labels=labels)
    else:
        from console.impact_cli import _write_csv

        _write_csv(table, out, labels)
