"""Command line: open the console, or work headless (``info``, ``render``).

Every expected error ends with a message a person can act on and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from console import __version__

RASTER_SUFFIXES = {".tif", ".tiff", ".gtiff", ".img", ".vrt", ".asc"}

#: Headless commands of the desks, one line each: the module and the sub-commands it adds. The module has
#: ``add_commands(sub)`` (its parsers; keep its heavy imports inside ``run``) and ``run(args) -> int``.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "console.publish_cli": ("publish", "publications"),
    "console.validate_cli": ("validate",),
    "console.print_cli": ("print",),
    "console.qgis_cli": ("qgis",),
    "console.evaluation_cli": ("evaluate",),
    "console.login_watch_cli": ("logins",),
    "console.plan_cli": ("plan",),
}


def _parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; ``window_only`` leaves out the headless commands, whose modules would
    take a noticeable part of the window's start to import (the window is what most starts are)."""
    p = argparse.ArgumentParser(
        prog="township-console",
        description="Township Console: a desktop GIS for township offices. "
                    "Without a sub-command it opens the window on the given project or files.",
    )
    p.add_argument("--version", action="version", version=f"township-console {__version__}")
    sub = p.add_subparsers(dest="command")
    if not window_only:
        _add_headless_commands(sub)
    run = sub.add_parser("open", help="open the window (the default)")
    run.add_argument("files", nargs="*", type=Path)
    for sp in (p, run):
        sp.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: system)")
        sp.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
        sp.add_argument("--db", help="the township store to log in to: a .gpkg file or "
                                     "postgresql+psycopg://user@host/database")
        sp.add_argument("--key-dir", type=Path, help="folder of the personal-data key files "
                                                     "(default: the user's configuration folder)")
    return p


def _add_headless_commands(sub) -> None:
    info = sub.add_parser("info", help="describe the layers of one or more files")
    info.add_argument("files", nargs="+", type=Path)
    info.add_argument("--encoding", help="text encoding to use instead of the detected one")
    info.add_argument("--crs", help="CRS to use where the file declares none (e.g. EPSG:4549; GCJ-02 or "
                                    "BD-09 convert web-map coordinates to CGCS2000)")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.add_argument("--rows", type=int, default=5, help="rows to show of each layer (default 5; 0: none)")

    render = sub.add_parser("render", help="draw files or a project to a PNG")
    render.add_argument("files", nargs="+", type=Path)
    render.add_argument("--out", required=True, type=Path)
    render.add_argument("--size", default="1600x1000", help="WIDTHxHEIGHT in pixels")
    render.add_argument("--bbox", help="minx,miny,maxx,maxy in the project CRS")
    render.add_argument("--crs", help="project CRS to draw in (default: the project's or the first layer's)")

    from console.store_cli import add_store_commands

    add_store_commands(sub)
    from console.users_cli import add_user_commands

    add_user_commands(sub)
    from console.incidents_cli import add_incident_commands

    add_incident_commands(sub)
    from console.indices_cli import add_indices_command

    add_indices_command(sub)
    from console.emergency_cli import add_emergency_commands

    add_emergency_commands(sub)
    from console.impact_cli import add_impact_command

    add_impact_command(sub)
    from console.landslide_cli import add_landslide_command

    add_landslide_command(sub)
    from console.feed_cli import add_feed_commands

    add_feed_commands(sub)
    from console.planning_cli import add_planning_commands

    add_planning_commands(sub)
    import importlib

    for module in COMMAND_MODULES:
        importlib.import_module(module).add_commands(sub)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"info", "render", "open", "db", "audit", "users", "incidents", "indices", "-h", "--help",
                "--version", "cap", "flood", "impact", "landslide", "feed",
                "viewshed", "coverage"}
    commands |= {name for names in COMMAND_MODULES.values() for name in names}
    if not argv or argv[0] not in commands:
        argv = ["open", *argv]
    args = _parser(window_only=argv[0] == "open").parse_args(argv)
    from datasources.errors import DataSourceError

    try:
        if args.command == "info":
            return _info(args)
        if args.command == "render":
            return _render(args)
        if args.command in ("cap", "flood"):
            from console.emergency_cli import run_emergency_command

            return run_emergency_command(args)
        if args.command == "impact":
            from console.impact_cli import run_impact_command

            return run_impact_command(args)
        if args.command == "landslide":
            from console.landslide_cli import run_landslide_command

            return run_landslide_command(args)
        if args.command in ("viewshed", "coverage"):
            from console.planning_cli import run_planning_command

            return run_planning_command(args)
        for module, names in COMMAND_MODULES.items():
            if args.command in names:
                import importlib

                return importlib.import_module(module).run(args)
        if args.command == "feed":
            from console.feed_cli import run_feed_command

            return run_feed_command(args)
        if args.command == "incidents":
            from console.incidents_cli import run_incident_command

            return run_incident_command(args)
        if args.command == "indices":
            from console.indices_cli import run_indices_command

            return run_indices_command(args)
        if args.command == "users" and args.users_command != "create-admin":
            from console.users_cli import run_user_command

            return run_user_command(args)
        if args.command in ("db", "audit", "users"):
            from console.store_cli import run_store_command

            return run_store_command(args)
        from console.app import run_window

        return run_window(args.files, lang=args.lang, screenshot=args.screenshot, db=args.db,
                          key_dir=args.key_dir)
    except DataSourceError as exc:
        print(f"township-console: {exc.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"township-console: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        from datasources.store.login_target import database_error

        # a full disk, a server gone: one sentence, not a traceback
        print(f"township-console: {database_error(exc).message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLAlchemy's; looked up only when SQLAlchemy is loaded (a window without a store
    never loads it, and importing it only to name the exception class took a tenth of the start)."""
    sqla = sys.modules.get("sqlalchemy.exc")
    return sqla is not None and isinstance(exc, sqla.SQLAlchemyError)


def describe(path: Path, encoding: str | None = None, crs: str | None = None, rows: int = 5) -> list[dict]:
    """What ``info`` reports for one file: a dict per layer (vector, with its fields and first ``rows``
    rows) or band set (raster)."""
    if not path.exists():
        from datasources.errors import DataSourceError

        raise DataSourceError(path, "no such file", "Check the path.")
    if path.suffix.lower() in RASTER_SUFFIXES:
        return [_raster_report(path, path, path.stem)]
    from console.headless import fields_and_rows
    from datasources.gpkg_raster import gpkg_raster_name, gpkg_tables
    from datasources.options import ReadOptions
    from datasources.vector import open_vectors

    vector_tables, raster_tables = gpkg_tables(path) if path.suffix.lower() == ".gpkg" else ([], [])
    options = ReadOptions(encoding=encoding, crs=crs)
    out = []
    for src in [] if raster_tables and not vector_tables else open_vectors(path, options):
        out.append({
            "file": str(path), "layer": src.layer, "kind": "vector", "driver": src.driver,
            "crs": src.crs, "crs_assumed": src.crs_assumed, "crs_reason": src.crs_reason,
            "encoding": src.encoding, "encoding_guessed": src.encoding_guessed,
            "features": src.feature_count, "geometry_types": src.geometry_types,
            "problems": src.problem_counts, "dropped_by_driver": src.dropped_by_driver,
            "warnings": list(src.warnings), **fields_and_rows(src.data, rows),
        })
    # a GeoPackage's raster tables (a project's DEM) after its vector tables
    return out + [_raster_report(gpkg_raster_name(path, t), path, t) for t in raster_tables]


def _raster_report(name, path: Path, layer: str) -> dict:
    from datasources.raster import open_raster

    info = open_raster(name)
    return {
        "file": str(path), "layer": layer, "kind": "raster", "driver": info.driver,
        "crs": info.crs, "crs_assumed": info.crs_assumed, "size": [info.width, info.height],
        "bands": info.count, "dtypes": list(info.dtypes), "nodata": info.nodata,
        "bounds": list(info.bounds), "overviews": info.overviews,
    }


def _info(args) -> int:
    status = 0
    reports = []
    from datasources.errors import DataSourceError

    for path in args.files:
        try:
            reports.extend(describe(path, args.encoding, args.crs, args.rows))
        except DataSourceError as exc:
            print(f"township-console: {exc.message}", file=sys.stderr)
            status = 2
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2, default=str))
        return status
    from console.headless import format_fields_and_rows

    for r in reports:
        print(f"{r['file']} :: {r['layer']}")
        print(f"  driver      {r['driver']}")
        crs = r["crs"] or "unknown"
        if r.get("crs") and len(crs) > 60:
            crs = crs[:57] + "..."
        assumed = " (assumed: " + r.get("crs_reason", "") + ")" if r.get("crs_assumed") else ""
        if not r["crs"] and r.get("crs_reason"):
            assumed = f" ({r['crs_reason']})"
        print(f"  crs         {crs}{assumed}")
        if r["kind"] == "raster":
            print(f"  size        {r['size'][0]} x {r['size'][1]} cells, {r['bands']} band(s) {r['dtypes']}")
            print(f"  nodata      {r['nodata']}")
            continue
        if r.get("encoding"):
            guessed = " (guessed)" if r["encoding_guessed"] else ""
            print(f"  encoding    {r['encoding']}{guessed}")
        print(f"  features    {r['features']}")
        types = ", ".join(f"{k} {v}" for k, v in r["geometry_types"].items())
        print(f"  geometry    {types}")
        problems = ", ".join(f"{k}: {v}" for k, v in r["problems"].items()) or "none"
        print(f"  problems    {problems}")
        if r["dropped_by_driver"]:
            print(f"  dropped     {r['dropped_by_driver']} by the driver")
        for w in r["warnings"]:
            print(f"  warning     {w}")
        for line in format_fields_and_rows(r):
            print(line)
    return status


def _render(args) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError as exc:
        raise ValueError(f"--size must look like 1600x1000, not {args.size!r}") from exc
    bbox = None
    if args.bbox:
        try:
            bbox = tuple(float(v) for v in args.bbox.split(","))
        except ValueError as exc:
            raise ValueError(f"--bbox must be minx,miny,maxx,maxy, not {args.bbox!r}") from exc
        if len(bbox) != 4 or bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
            raise ValueError(f"--bbox must be minx,miny,maxx,maxy with min < max, not {args.bbox!r}")
    from console.headless import render_files

    out = render_files(args.files, args.out, width, height, bbox=bbox, crs=args.crs)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
