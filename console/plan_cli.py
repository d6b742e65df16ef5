"""``township-console plan export PROJECT --db STORE --user NAME --scenario NAME --out PLAN.gpkg``: a
scenario kept in the store written out as a plan, headless, as *Planning › Export a plan…* does: its
coverage over the project's DEM and households, its sites as a styled GeoPackage layer, the coverage per
village as a CSV (``PLAN.csv``) and the one-page PDF summary with the map (``PLAN.pdf``); with
``--propose`` its sites become the store's proposed sites first. The user logs in as in the window
(password from ``TOWNSHIP_PASSWORD``, or asked) and the export is audited (``plan_export``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_commands(sub) -> None:
    """Add ``plan export`` to the command line."""
    plan = sub.add_parser("plan", help="planning scenarios kept in the store")
    commands = plan.add_subparsers(dest="plan_command", required=True)
    p = commands.add_parser("export", help="write a kept scenario as a plan: GeoPackage, CSV and PDF")
    p.add_argument("project", type=Path, help="the township project (its DEM, households, villages, roads)")
    p.add_argument("--db", required=True, help="the township store (.gpkg or postgresql URL)")
    p.add_argument("--user", required=True, help="the user name to log in with")
    p.add_argument("--scenario", required=True, help="the scenario's name")
    p.add_argument("--out", required=True, type=Path, help="the GeoPackage to write (CSV and PDF beside it)")
    p.add_argument("--propose", action="store_true", help="make its sites the store's proposed sites first")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="language of the files")
    p.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")


def run(args: argparse.Namespace) -> int:
    """Run ``plan export``; returns the exit status."""
    from layers.project import is_project_file

    out = Path(args.out).with_suffix(".gpkg")
    if not out.parent.is_dir():
        raise ValueError(f"--out: the folder {out.parent} does not exist")
    if not is_project_file(args.project):
        raise ValueError(f"{args.project}: not a township project (.gpkg saved by the console)")
    from console.incidents_cli import _login

    session = _login(argparse.Namespace(db=args.db, user=args.user, key_dir=args.key_dir))
    from layers.planning.scenarios import Scenario

    rows = session.scenarios.read(args.scenario)
    if not len(rows):
        print(f"township-console: no scenario {args.scenario!r} that {args.user} may see; kept: "
              f"{', '.join(session.scenarios.names()) or 'none'}", file=sys.stderr)
        return 2
    crs = f"EPSG:{session.store.srid}"
    scenario = Scenario.from_store(args.scenario, rows, crs)
    from console.headless import ensure_app

    app = ensure_app()
    from console.i18n import install_translator
    from layers.project import Project

    install_translator(app, args.lang)
    project = Project.load(args.project)
    if args.propose:
        print(f"proposed sites: {_propose(session, scenario)} changes")
    result = _coverage(project, scenario)
    files = _write(session, project, scenario, result, out)
    print(f"{scenario.name}: {len(scenario.sites)} sites, cost {scenario.cost:,.0f}; "
          f"{result.covered_persons:,.0f} of {result.persons:,.0f} persons covered "
          f"({100 * result.covered_persons / max(result.persons, 1.0):.1f}%)")
    print("wrote " + ", ".join(str(f) for f in files))
    return 0


def _propose(session, scenario) -> int:
    from layers.planning.scenarios import proposal

    plan = proposal(scenario, session.features.read("planned_sites"))
    for site_id, changes, version in plan.updated:
        session.features.update("planned_sites", site_id, changes, version)
    for values in plan.added:
        session.features.add("planned_sites", values)
    for site_id, version in plan.withdrawn:
        session.features.update("planned_sites", site_id, {"status": "draft"}, version)
    return plan.count


def _layer(project, name):
    return next((lay for lay in project.layers if getattr(lay, "source_name", None) == name
                 and getattr(lay, "data", None) is not None), None)


def _coverage(project, scenario):
    from layers.planning.desk_work import Demand, coverage_task
    from layers.planning.site_layer import sites_of
    from layers.raster import RasterLayer

    rasters = [lay for lay in project.layers if type(lay) is RasterLayer]
    dem = next((lay for lay in rasters if lay.source_name.lower() == "dem"), rasters[0] if rasters else None)
    households, villages, roads = (_layer(project, n) for n in ("households", "villages", "roads"))
    if dem is None or households is None:
        raise ValueError("the project needs an elevation raster (DEM) and a households layer")
    names = dict(zip(villages.data["village_code"], villages.data["name_zh"], strict=True)) \
        if villages is not None and "name_zh" in villages.data.columns else {}
    frame = scenario.frame()
    frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
    lines = roads.data.to_crs(dem.crs).geometry.to_numpy() if roads is not None and len(roads.data) else None
    return coverage_task(dem.path, sites_of(frame), Demand.of(households.data, dem.crs, names),
                         getattr(dem, "band", 1), lines)


def _write(session, project, scenario, result, out: Path) -> list[Path]:
    from PySide6 import QtCore

    from layers.planning.plan_export import (
        summary_rows,
        village_rows,
        write_plan_sites,
        write_village_csv,
    )
    from widgets.crs_names import crs_label
    from widgets.planning.plan_summary import (
        csv_labels,
        plan_layers,
        plan_map,
        status_labels,
        write_plan_summary,
    )

    rows = village_rows(scenario, result.table)
    gpkg = write_plan_sites(scenario, out, status_labels())
    csv = write_village_csv(rows, out.with_suffix(".csv"), csv_labels())
    shown = [lay for lay in (_layer(project, "villages"), _layer(project, "roads")) if lay is not None]
    township = str(project.settings.get("title") or "")
    title = (township + " " + QtCore.QCoreApplication.translate("PlanExport", "Plan {name}")
             .replace("{name}", scenario.name)).strip()
    print_map = plan_map([*plan_layers(scenario, result, project.crs), *shown], project.crs, title)
    extent = shown[0].extent_in(project.crs) if shown else None
    sources = QtCore.QCoreApplication.translate(
        "PlanExport", "Township store: planned sites and scenario {name}; households, DEM").replace(
        "{name}", scenario.name)
    pdf = write_plan_summary(print_map, out.with_suffix(".pdf"), title, rows, summary_rows(scenario, rows),
                             crs_text=crs_label(project.crs), author=session.username, sources=sources,
                             extent=tuple(extent) if extent is not None else None)
    files = [gpkg, csv, pdf]
    session.scenarios.record_export(scenario.name, [f.name for f in files], len(scenario.sites))
    return files


if __name__ == "__main__":  # pragma: no cover
    from console.cli import main

    sys.exit(main(["plan", *sys.argv[1:]]))
