"""Headless emergency commands: ``cap validate``, ``cap draft``, ``cap issue`` and ``flood``.

``cap validate FILE.xml`` exits 0 when the alert may be issued, 1 with one reason per line when not.
``cap draft`` writes a Chinese and English alert whose area is a hazard layer's outline, and refuses to
write one that would not validate. ``cap issue`` issues a message for an alert of the board (see
:mod:`layers.emergency.cap_issue`). ``flood`` computes the flooded area of a DEM for a water level and
writes it as a hazard layer of depth classes (optionally also as a class raster).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path

#: Chinese names of the events an office warns of most, used when ``--event-zh`` is not given.
EVENT_ZH = {
    "flood warning": "洪水预警", "flood": "洪水", "flash flood warning": "山洪预警",
    "landslide warning": "滑坡预警", "landslide": "滑坡", "rainstorm warning": "暴雨预警",
    "debris flow warning": "泥石流预警", "air pollution warning": "空气污染预警",
}
_CAP_CHOICES = {
    "status": ["Actual", "Exercise", "System", "Test", "Draft"],
    "msg_type": ["Alert", "Update", "Cancel", "Ack", "Error"],
    "scope": ["Public", "Restricted", "Private"],
    "category": ["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport",
                 "Infra", "CBRNE", "Other"],
    "urgency": ["Immediate", "Expected", "Future", "Past", "Unknown"],
    "severity": ["Extreme", "Severe", "Moderate", "Minor", "Unknown"],
    "certainty": ["Observed", "Likely", "Possible", "Unlikely", "Unknown"],
}


def add_emergency_commands(sub) -> None:
    """Add ``cap`` (validate, draft) and ``flood`` to the command line's sub-parsers."""
    cap = sub.add_parser("cap", help="check or draft CAP 1.2 alerts")
    commands = cap.add_subparsers(dest="cap_command", required=True)
    check = commands.add_parser("validate", help="check an alert against the CAP 1.2 schema and "
                                                 "its time rules")
    check.add_argument("file", type=Path)
    draft = commands.add_parser("draft", help="draft an alert in Chinese and English for a hazard area")
    draft.add_argument("--event", required=True, help="the event in English, e.g. 'Flood warning'")
    draft.add_argument("--event-zh", help="the event in Chinese (default: the usual name of a known event)")
    draft.add_argument("--area-file", required=True, type=Path, help="the hazard layer (polygons)")
    draft.add_argument("--area-layer", help="the layer of the file (default: the first)")
    draft.add_argument("--simplify", type=float, default=0.0, metavar="METRES",
                       help="close gaps and simplify the area's outline to this many metres (default 0)")
    draft.add_argument("--min-area", type=float, default=0.0, metavar="M2",
                       help="leave out patches of the area smaller than this many square metres")
    draft.add_argument("--area-desc", help="the area in words, English")
    draft.add_argument("--area-desc-zh", help="the area in words, Chinese")
    for lang in ("", "-zh"):
        draft.add_argument(f"--headline{lang}", default="")
        draft.add_argument(f"--description{lang}", default="")
        draft.add_argument(f"--instruction{lang}", default="")
    draft.add_argument("--sender", default="township-console@localhost",
                       help="who sends it (an address that names the office)")
    draft.add_argument("--sent", help="time sent, e.g. 2026-07-01T08:30:00+08:00 (default: now)")
    draft.add_argument("--effective", help="time it takes effect (default: when sent)")
    draft.add_argument("--expires", help="time it expires (default: --hours after sent)")
    draft.add_argument("--hours", type=float, default=24.0, help="hours until it expires (default 24)")
    for name, choices in _CAP_CHOICES.items():
        default = {"status": "Actual", "msg_type": "Alert", "scope": "Public", "category": "Geo",
                   "urgency": "Expected", "severity": "Severe", "certainty": "Likely"}[name]
        draft.add_argument(f"--{name.replace('_', '-')}", choices=choices, default=default)
    draft.add_argument("--out", required=True, type=Path)
    issue = commands.add_parser("issue", help="issue a CAP alert for an alert of the board: validated, "
                                              "written, recorded and published (emergency desk)")
    issue.add_argument("--store", required=True, help="the township store (.gpkg or postgresql URL)")
    issue.add_argument("--user", required=True, help="the user name to log in with (password from "
                                                     "TOWNSHIP_PASSWORD, or asked)")
    issue.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")
    issue.add_argument("--alert", required=True, type=int, help="the alert's number on the board")
    issue.add_argument("--out", required=True, type=Path, help="the CAP file to write")
    issue.add_argument("--broker", help="publish to this MQTT broker, e.g. mqtt://127.0.0.1:1883")
    issue.add_argument("--topic", help="the MQTT topic (default township/cap)")
    issue.add_argument("--area-file", type=Path, help="a hazard layer for the area (default: the alert's "
                                                      "village)")
    issue.add_argument("--area-layer", help="the layer of the area file (default: the first)")
    issue.add_argument("--hours", type=float, default=6.0, help="hours until it expires (default 6)")
    issue.add_argument("--expires", help="time it expires, e.g. 2026-07-01T20:00:00+08:00")
    issue.add_argument("--sender", default="township-console@localhost",
                       help="who sends it (an address that names the office)")

    flood = sub.add_parser("flood", help="flooded area of a DEM for a water level, as a hazard layer")
    flood.add_argument("--dem", required=True, type=Path, help="the elevation raster (metres)")
    flood.add_argument("--band", type=int, default=1, help="the DEM's band of elevations (default 1)")
    flood.add_argument("--river", required=True, type=Path, help="the river layer (lines or polygons)")
    flood.add_argument("--river-layer", help="the layer of the river file (default: the first)")
    flood.add_argument("--level", required=True, type=float,
                       help="the water surface elevation in metres, in the DEM's height system")
    flood.add_argument("--out", required=True, type=Path, help="the hazard GeoPackage to write")
    flood.add_argument("--raster", type=Path, help="also write the depth classes as a GeoTIFF")


def run_emergency_command(args: argparse.Namespace) -> int:
    if args.command == "flood":
        return _flood(args)
    if args.cap_command == "validate":
        return _validate(args.file)
    if args.cap_command == "issue":
        return _issue(args)
    return _draft(args)


def _validate(path: Path) -> int:
    from layers.emergency.cap import validate

    if not path.is_file():
        print(f"township-console: {path}: no such file", file=sys.stderr)
        return 2
    reasons = validate(path)
    if reasons:
        print(f"{path}: not a valid CAP 1.2 alert")
        for reason in reasons:
            print(reason)
        return 1
    print(f"{path}: a valid CAP 1.2 alert")
    return 0


def _draft(args: argparse.Namespace) -> int:
    from datasources.options import ReadOptions
    from datasources.vector import open_vector
    from layers.emergency.cap import AlertDraft, InfoText, draft_alert, hazard_outline, validate

    sent = _time(args.sent, "--sent") if args.sent else datetime.now().astimezone()
    expires = _time(args.expires, "--expires") if args.expires else sent + timedelta(hours=args.hours)
    effective = _time(args.effective, "--effective") if args.effective else None
    source = open_vector(args.area_file, ReadOptions(layer=args.area_layer))
    try:
        polygons = hazard_outline(source.data.geometry, args.simplify, args.min_area)
    except ValueError as exc:
        raise ValueError(f"{args.area_file}: {exc}") from None
    event_zh = args.event_zh or EVENT_ZH.get(args.event.strip().lower(), args.event)
    texts = [
        InfoText("zh-CN", event_zh, args.headline_zh or event_zh, args.description_zh,
                 args.instruction_zh, args.area_desc_zh or args.area_desc or source.layer),
        InfoText("en", args.event, args.headline or args.event, args.description, args.instruction,
                 args.area_desc or source.layer),
    ]
    draft = AlertDraft(sender=args.sender, sent=sent, expires=expires, effective=effective,
                       texts=texts, areas=polygons, status=args.status, msg_type=args.msg_type,
                       scope=args.scope, category=args.category, urgency=args.urgency,
                       severity=args.severity, certainty=args.certainty)
    xml = draft_alert(draft)
    reasons = validate(xml)
    if reasons:
        print("township-console: the draft is not a valid alert and was not written:", file=sys.stderr)
        for reason in reasons:
            print(reason, file=sys.stderr)
        return 1
    from datasources.atomic import atomic_path

    with atomic_path(args.out) as tmp:
        Path(tmp).write_bytes(xml)
    print(f"wrote {args.out}: a valid CAP 1.2 alert, {len(polygons)} polygon(s), "
          f"expires {expires.isoformat(timespec='seconds')}")
    return 0


def _issue(args: argparse.Namespace) -> int:
    import getpass
    import os

    from datasources.store import TownshipStore
    from layers.emergency.cap_issue import CapRefused, issue_alert

    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = (getpass.getpass(f"password for {args.user}: ") if sys.stdin.isatty()
                    else sys.stdin.readline().rstrip("\n"))
    session = TownshipStore(args.store, key_folder=args.key_dir).login(args.user, password)
    areas = None
    if args.area_file is not None:
        from datasources.options import ReadOptions
        from datasources.vector import open_vector
        from layers.emergency.cap import hazard_outline

        areas = hazard_outline(open_vector(args.area_file, ReadOptions(layer=args.area_layer)).data.geometry)
    expires = _time(args.expires, "--expires") if args.expires else None
    try:
        issued = issue_alert(session, args.alert, args.out, areas=areas, broker=args.broker, topic=args.topic,
                             sender=args.sender, hours=args.hours, expires=expires)
    except CapRefused as exc:
        print(f"township-console: alert {args.alert}: the CAP message was not issued:", file=sys.stderr)
        for reason in exc.reasons:
            print(reason, file=sys.stderr)
        return 1
    where = f", published to {issued.topic} at {args.broker}" if issued.topic else ""
    print(f"issued {issued.identifier}: wrote {issued.path}{where}")
    return 0


def _time(text: str, option: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} {text!r} is not a time such as 2026-07-01T08:30:00+08:00") from None
    if when.tzinfo is None:
        raise ValueError(f"{option} {text!r} has no UTC offset: add one such as +08:00")
    return when


def _flood(args: argparse.Namespace) -> int:
    import numpy as np

    from datasources.options import ReadOptions
    from datasources.raster import open_raster, read_window
    from datasources.vector import open_vector
    from datasources.writers import write_geopackage
    from layers.emergency.flood import flood_extent, hazard_polygons, river_cells

    info = open_raster(args.dem)
    if info.crs is None:
        raise ValueError(f"{args.dem}: the DEM has no CRS; the river cannot be placed on it")
    dem = read_window(args.dem, info.bounds, info.width, info.height, bands=(args.band,),
                      resampling="nearest")[0]
    river = open_vector(args.river, ReadOptions(layer=args.river_layer))
    if river.crs is None:
        raise ValueError(f"{args.river}: the river layer has no CRS")
    lines = river.data.geometry.to_crs(info.crs)
    cells = river_cells(list(lines), info.transform, dem.shape)
    extent = flood_extent(dem, info.transform, cells, args.level)
    gdf = hazard_polygons(extent, crs=info.crs)
    river_bed = np.ma.masked_array(np.ma.getdata(dem), mask=np.ma.getmaskarray(dem) | ~cells)
    if extent.flooded_cells == 0:
        lowest = river_bed.min()
        where = "has no elevation" if lowest is np.ma.masked else f"is at {float(lowest):.2f} m"
        print(f"nothing floods at {args.level:g} m: the lowest river cell {where}")
    else:
        counts = ", ".join(f"{label}: {n}" for label, n in extent.class_counts().items())
        print(f"flooded at {args.level:g} m: {extent.flooded_cells} cells, "
              f"{gdf['area_m2'].sum() / 1e6:.3f} km2 ({counts})")
    if args.raster is not None:
        _write_classes(args.raster, extent, info)
        print(f"wrote {args.raster}: depth classes 1-4 (0: dry)")
    if not gdf.empty:
        write_geopackage(gdf, args.out, layer="flood")
        print(f"wrote {args.out}: layer flood, {len(gdf)} polygon(s)")
    return 0


def _write_classes(path: Path, extent, info) -> None:
    import rasterio

    from datasources.atomic import atomic_path

    with atomic_path(path) as tmp, rasterio.open(
            tmp, "w", driver="GTiff", width=info.width, height=info.height, count=1,
            dtype="uint8", crs=info.crs, transform=extent.transform, nodata=0,
            compress="deflate") as ds:
        ds.write(extent.classes, 1)
