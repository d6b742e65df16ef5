"""Governance dashboard figures: twelve months of the demo township read and evaluated.

Data: a copy of the demo store (``resources/demo/qingxi.township.gpkg``, upgraded) stretched to twelve months:
its reports copied 3, 6 and 9 months earlier (about 1,700 reports) and its 35 days of sensor readings copied
1 to 11 months earlier (about 380,000 readings), built once into the cache folder.

- ``evaluation_queries_12m``: the dashboard's named queries for the twelve months (``session.evaluation``:
  villages, reports, sensors, readings counted per sensor, parameter and local day by the database, the
  air stations' hours, alerts, sites) as an administrator. Ref ``pandas_groupby_12m``: the same rows read
  plainly (``pandas.read_sql`` of the reports and of every reading of the months) and grouped by village
  and month, and by sensor, parameter and local day, in pandas.
- ``evaluation_figures_12m``: the queries and every figure of the dashboard (reports on time, uptime, daily
  AQI, water class, alerts, ranking, coverage), ref the same.
- ``evaluation_xlsx_12m`` and ``evaluation_pdf_month``: the workbook and the monthly PDF of the evaluation,
  ref the plain groupby again (a sense of scale: writing the files against reading the rows).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pandas as pd

from benchmarks.harness import measure, report
from resources import RESOURCES_DIR

FIRST, LAST = "2025-12", "2026-11"
NOW = pd.Timestamp("2026-12-01", tz="Asia/Shanghai").tz_convert("UTC")
STORE_NAME = "evaluation-12m.township.gpkg"


def build(cache: Path) -> Path:
    """The twelve-month store in ``cache`` (built once)."""
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    path = cache / STORE_NAME
    keys = cache / "evaluation-12m-keys"
    if path.exists():
        upgrade_store(path)
        return path
    tmp = cache / f"{STORE_NAME}.part"
    shutil.copy2(RESOURCES_DIR / "demo" / "qingxi.township.gpkg", tmp)
    shutil.copytree(RESOURCES_DIR / "demo" / "keys", keys, dirs_exist_ok=True)
    upgrade_store(tmp)
    store = TownshipStore(tmp, key_folder=keys)
    admin = store.service_session("bench-evaluation")
    reports = admin.features.read("incidents")
    for months in (3, 6, 9):
        shift = pd.DateOffset(months=-months)
        records = []
        for row in reports.itertuples():
            records.append({"category": row.category, "village_code": row.village_code, "geom": row.geom,
                            "status": row.status, "reported_at": pd.Timestamp(row.reported_at) + shift,
                            "closed_at": None if pd.isna(row.closed_at) else pd.Timestamp(row.closed_at) + shift,
                            "due_at": None if pd.isna(row.due_at) else pd.Timestamp(row.due_at) + shift})
        admin.incidents.import_reports(records)
    readings = admin.readings.frame()
    for months in range(1, 12):
        admin.readings.add_batch(readings.assign(time=readings["time"] - pd.DateOffset(months=months)))
    store.engine.dispose()
    tmp.rename(path)
    return path


def plain_groupby(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The same rows read with ``pandas.read_sql`` and grouped in pandas (the reference)."""
    start = (pd.Timestamp(f"{FIRST}-01") - pd.Timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S")
    end = (pd.Timestamp(f"{LAST}-01") + pd.offsets.MonthBegin(1) - pd.Timedelta(hours=8)).strftime(
        "%Y-%m-%dT%H:%M:%S")
    with sqlite3.connect(path) as con:
        reports = pd.read_sql("SELECT village_code, status, reported_at, closed_at, due_at FROM incidents "
                              "WHERE reported_at >= ? AND reported_at < ?", con, params=(start, end))
        readings = pd.read_sql("SELECT sensor_code, parameter, time, value FROM sensor_readings "
                               "WHERE time >= ? AND time < ?", con, params=(start, end))
    local = pd.Timedelta(hours=8)
    for column in ("reported_at", "closed_at", "due_at"):
        reports[column] = pd.to_datetime(reports[column], utc=True, format="ISO8601")
    reports["month"] = (reports["reported_at"] + local).dt.strftime("%Y-%m")
    reports["days"] = (reports["closed_at"] - reports["reported_at"]).dt.total_seconds() / 86400
    reports["on_time"] = reports["closed_at"] <= reports["due_at"]
    per_village = reports.groupby(["village_code", "month"]).agg(
        received=("status", "size"), closed=("closed_at", "count"), on_time=("on_time", "sum"),
        median_days=("days", "median"))
    readings["day"] = (pd.to_datetime(readings["time"], utc=True, format="ISO8601") + local).dt.strftime("%Y-%m-%d")
    per_day = readings.groupby(["sensor_code", "parameter", "day"])["value"].agg(["count", "mean"])
    return per_village, per_day


def run(cache_dir) -> None:
    from PySide6 import QtGui

    from datasources.store import TownshipStore
    from layers.evaluation.export import export_workbook
    from layers.evaluation.figures import gather
    from layers.evaluation.model import evaluate, evaluate_store
    from widgets.evaluation.report_pdf import write_monthly_pdf

    cache = Path(cache_dir or Path(__file__).resolve().parents[1] / "bench-data")
    cache.mkdir(parents=True, exist_ok=True)
    path = build(cache)
    store = TownshipStore(path, key_folder=cache / "evaluation-12m-keys")
    admin = store.service_session("bench-evaluation")
    per_village, per_day = plain_groupby(path)
    data = gather(admin, FIRST, LAST, now=NOW)
    facts = {"reports": len(data.reports), "readings": int(data.counts["readings"].sum()),
             "days": len(data.counts)}
    assert len(per_village) and int(per_day["count"].sum()) == facts["readings"]
    ref = measure(lambda: plain_groupby(path), repeat=5)
    queries = measure(lambda: gather(admin, FIRST, LAST, now=NOW), repeat=5)
    report("evaluation_queries_12m", queries, "pandas_groupby_12m", ref, **facts)
    figures = measure(lambda: evaluate_store(admin, FIRST, LAST, now=NOW), repeat=5)
    report("evaluation_figures_12m", figures, "pandas_groupby_12m", ref, **facts)
    evaluation = evaluate(data)
    out = cache / "evaluation-bench"
    out.mkdir(exist_ok=True)
    xlsx = measure(lambda: export_workbook(evaluation, out / "dashboard.xlsx"), repeat=3)
    report("evaluation_xlsx_12m", xlsx, "pandas_groupby_12m", ref)
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication([])  # noqa: F841 (fonts)
    pdf = measure(lambda: write_monthly_pdf(evaluation, LAST, out / "month.pdf", "青溪镇"), repeat=3)
    report("evaluation_pdf_month", pdf, "pandas_groupby_12m", ref, bytes=(out / "month.pdf").stat().st_size)
    store.engine.dispose()


if __name__ == "__main__":
    run(None)
