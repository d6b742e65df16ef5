"""``township-console evaluate STORE --month 2026-11 --xlsx OUT.xlsx --pdf OUT.pdf``: the governance
dashboard's figures headless, for the county's monthly report and scheduled jobs.

The user logs in as in the window (``--user``; password from ``TOWNSHIP_PASSWORD``, or asked) and sees what
their role and village allow. The months are ``--from`` (default: eleven months before ``--month``) to
``--month``; the PDF reports ``--month`` with the trends of the whole range. It prints the township's figures
for the month and the ranking; the workbook needs no Qt, the PDF draws with Qt off screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SHOWN = ("received", "closed", "closed_on_time", "on_time_share", "median_days_to_close", "overdue_share",
         "uptime", "days_above_aqi100", "water_class_name", "alerts_raised", "median_minutes_to_answer")


def add_commands(sub) -> None:
    """Add ``evaluate`` to the command line."""
    p = sub.add_parser("evaluate", help="governance figures per village and month, as a workbook and a "
                                        "monthly PDF")
    p.add_argument("store", help="the township store (.gpkg or postgresql URL)")
    p.add_argument("--user", required=True, help="the user name to log in with")
    p.add_argument("--month", required=True, help="the month reported, YYYY-MM (local time)")
    p.add_argument("--from", dest="first", help="the first month of the trends (default: 11 months before)")
    p.add_argument("--xlsx", type=Path, help="write the workbook (one sheet per table)")
    p.add_argument("--pdf", type=Path, help="write the monthly report as PDF")
    p.add_argument("--page", choices=("A4", "A3"), default="A4", help="the PDF's paper (default A4)")
    turn = p.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", help="the PDF's pages in landscape")
    turn.add_argument("--portrait", dest="landscape", action="store_false", help="in portrait (the default)")
    p.add_argument("--metric", default="on_time_share", help="the metric the PDF's map colours the villages by")
    p.add_argument("--title", default="", help="the township's name in the PDF's title, e.g. 青溪镇")
    p.add_argument("--households", type=Path, help="household points with village_code (its layer "
                                                   "households, else its first) for the services coverage")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the files")
    p.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")


def run(args: argparse.Namespace) -> int:
    """Run ``evaluate``; returns the exit status."""
    import pandas as pd

    from layers.evaluation.map_layer import MAP_METRICS

    try:
        last = pd.Period(args.month, freq="M")
        first = pd.Period(args.first, freq="M") if args.first else last - 11
    except (ValueError, TypeError):
        print(f"township-console: {args.month!r} / {args.first!r} is not a month: give YYYY-MM, e.g. 2026-11",
              file=sys.stderr)
        return 2
    if first > last:
        print(f"township-console: --from {first} is after --month {last}: give the earlier month first",
              file=sys.stderr)
        return 2
    if args.metric not in MAP_METRICS:
        print(f"township-console: --metric {args.metric} is not one of {', '.join(MAP_METRICS)}", file=sys.stderr)
        return 2
    session = _login(args)
    households = _households(args.households, session) if args.households else None
    from layers.evaluation.model import evaluate_store

    evaluation = evaluate_store(session, str(first), str(last), households=households)
    _print(evaluation, str(last))
    if args.xlsx:
        from layers.evaluation.export import export_workbook

        print(f"wrote {export_workbook(evaluation, args.xlsx, args.lang)}")
    if args.pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6 import QtGui

        app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts)
        from widgets.evaluation.report_pdf import write_monthly_pdf

        written = write_monthly_pdf(evaluation, str(last), args.pdf, args.title, args.metric, args.lang,
                                    page=args.page, landscape=args.landscape)
        print(f"wrote {written}")
    return 0


def _print(evaluation, month: str) -> None:
    from layers.evaluation.labels import cell_text, label

    town = evaluation.month(month).set_index("village_code").loc["township"]
    print(f"months {evaluation.data.first}..{evaluation.data.last}; township, {month}:")
    for column in SHOWN:
        print(f"  {label(column, 'en')}: {cell_text(town[column], column)}")
    print(f"coverage: {evaluation.coverage_note}")
    print("ranking (score 0-100, equal weights):")
    for row in evaluation.ranked.itertuples():
        rank = "-" if row.rank != row.rank else f"{int(row.rank)}"
        score = "-" if row.score != row.score else f"{row.score:.1f}"
        print(f"  {rank:>3} {row.village_code} {row.village_name} {score}")


def _households(path: Path, session):
    import geopandas as gpd

    from datasources.errors import DataSourceError

    if not path.exists():
        raise DataSourceError(path, "no such file", "Check the path of the households layer.")
    import pyogrio

    names = [str(name) for name, _ in pyogrio.list_layers(path)]
    frame = gpd.read_file(path, layer="households" if "households" in names else names[0])
    if "village_code" not in frame:
        raise DataSourceError(path, "has no village_code column", "Give the township's households layer.")
    return frame.to_crs(epsg=session.store.srid) if frame.crs is not None else frame


def _login(args):
    """Log in as the store commands do (password from ``TOWNSHIP_PASSWORD``, or asked)."""
    from console.incidents_cli import _login as login

    return login(argparse.Namespace(db=args.store, user=args.user, key_dir=args.key_dir))
