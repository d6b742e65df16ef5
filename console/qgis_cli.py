"""Headless QGIS exchange: ``qgis export PROJECT --out FILE.qgz`` and ``qgis import FILE.qgs|.qgz --out PROJECT.gpkg``.

The export writes the QGIS project beside the project's GeoPackage (copied there when it lives elsewhere);
the import reads a received QGIS project's file layers and styles into a township project file. Each prints
what it did and the notes on what was left out; bad input is refused with one sentence and exit status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_commands(sub) -> None:
    """Add ``qgis export`` and ``qgis import`` to the command line's sub-parsers."""
    qgis = sub.add_parser("qgis", help="exchange projects with QGIS (.qgz/.qgs)")
    commands = qgis.add_subparsers(dest="qgis_command", required=True)
    export = commands.add_parser("export", help="write a township project as a QGIS project")
    export.add_argument("project", type=Path, help="the township project (.gpkg)")
    export.add_argument("--out", required=True, type=Path, help="the QGIS project to write (.qgz or .qgs)")
    export.add_argument("--json", action="store_true", help="print a JSON summary")
    export.add_argument("--lang", choices=["zh_CN", "en"],
                        help="language of the layer names QGIS shows (default: system)")
    received = commands.add_parser("import", help="open a QGIS project as a township project")
    received.add_argument("file", type=Path, help="the QGIS project (.qgs or .qgz)")
    received.add_argument("--out", required=True, type=Path, help="the township project to write (.gpkg)")
    received.add_argument("--json", action="store_true", help="print a JSON summary")


def run(args) -> int:
    """Run ``qgis export`` or ``qgis import``; 0 when done, 2 (one sentence on stderr) when refused."""
    from datasources.errors import DataSourceError

    try:
        if args.qgis_command == "export":
            summary = _export(args.project, args.out, args.lang)
        else:
            summary = _import(args.file, args.out)
    except DataSourceError as exc:
        print(f"township-console: {exc.message}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(summary["said"])
        for note in summary["notes"]:
            print(f"  note  {note}")
    return 0


RELIEF_NAMES = {"zh_CN": "{layer}（晕渲）", "en": "{layer} (hillshade)"}
"""The name of a DEM's hillshade layer in QGIS (the window says it through its translations)."""


def _export(project_path: Path, out: Path, lang: str | None = None) -> dict:
    from console.i18n import system_language
    from datasources.errors import QT_TRANSLATE_NOOP, FileMissing, UnsupportedFormat
    from layers.code_lists import set_language
    from layers.project import Project, is_project_file
    from layers.qgis_export import export_qgis_project

    lang = set_language(lang or system_language())  # the township's layers by their names in that language

    if not project_path.is_file():
        raise FileMissing(project_path, QT_TRANSLATE_NOOP("DataSourceError", "no such file"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the path."))
    if not is_project_file(project_path):
        raise UnsupportedFormat(project_path, QT_TRANSLATE_NOOP("DataSourceError",
                                                                "this is not a township project file"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Open it as a data file, or choose a "
                                                                     "project saved by the console."))
    result = export_qgis_project(Project.load(project_path), out, relief_name=RELIEF_NAMES[lang])
    return {"qgis_project": str(result.path), "geopackage": str(result.gpkg), "layers": result.layers,
            "notes": [str(n) for n in result.notes],
            "said": f"wrote {result.path} ({result.layers} layers) with {result.gpkg.name} beside it"}


def _import(file: Path, out: Path) -> dict:
    from datasources.errors import QT_TRANSLATE_NOOP, UnsupportedFormat
    from layers.qgis_import import import_qgis_project

    if out.suffix.lower() != ".gpkg":
        raise UnsupportedFormat(out, QT_TRANSLATE_NOOP("DataSourceError", "a township project is a .gpkg file"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Name the file with .gpkg at the end."))
    result = import_qgis_project(file, out)
    layers = list(result.project.layers)
    return {"project": str(result.saved), "crs": result.project.crs, "layers": [layer.name for layer in layers],
            "notes": [str(n) for n in result.notes],
            "said": f"wrote {result.saved} ({len(layers)} layers, {result.project.crs})"}
