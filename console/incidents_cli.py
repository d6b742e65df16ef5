"""``township-console incidents import|export``: residents' reports in and out of the store, headless.

The user logs in as in the window (password from ``TOWNSHIP_PASSWORD``, or asked); every import and export is
checked against the user's role and audited. An import prints what it filed, each row it refused and why, and
the likely duplicates of reports already in the store (imported anyway); it exits 1 when rows were refused.

The command line speaks English, as the rest of ``township-console`` does: its lines (``refused ...``,
``duplicate ...``) are read by scripts and by the county's IT staff, and it starts without Qt. Its errors
are still typed templates (``DataSourceError``), so the window, which shares them, shows them translated.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

#: datasources.incident_files.ExportFormat's names, written out so the command line starts without pandas
FORMATS = ("open311-json", "open311-xml", "csv", "xlsx")


def add_incident_commands(sub) -> None:
    """Add ``incidents import`` and ``incidents export`` to the command line."""
    incidents = sub.add_parser("incidents", help="import or export residents' reports")
    commands = incidents.add_subparsers(dest="incidents_command", required=True)
    read = commands.add_parser("import", help="file reports from a CSV/XLSX table or an Open311 "
                                              "JSON/XML file")
    read.add_argument("file", type=Path)
    read.add_argument("--mapping", nargs="+", metavar="OURS=THEIRS", default=None,
                      help="which column holds which field, e.g. category=类别 lon=经度 lat=纬度 "
                           "(default: guessed from the header)")
    read.add_argument("--encoding", help="text encoding of a CSV (default: detected)")
    read.add_argument("--crs", help="CRS of the coordinates (default: degrees are WGS 84, metres "
                                    "inferred)")
    read.add_argument("--distance", type=float, default=200.0,
                      help="metres within which a report of the same category may repeat another")
    read.add_argument("--hours", type=float, default=48.0,
                      help="hours within which a report of the same category may repeat another")
    write = commands.add_parser("export", help="write the reports as Open311, CSV or XLSX")
    write.add_argument("--format", required=True, choices=FORMATS)
    write.add_argument("--out", required=True, type=Path)
    write.add_argument("--include-personal", action="store_true",
                       help="add the reporters' names, phones and ID numbers (CSV/XLSX; roles that "
                            "may export personal data only)")
    write.add_argument("--yes", action="store_true",
                       help="confirm that the export may contain personal data")
    for parser in (read, write):
        parser.add_argument("--db", required=True, help="the township store (.gpkg or postgresql URL)")
        parser.add_argument("--user", required=True, help="the user name to log in with")
        parser.add_argument("--key-dir", type=Path, help="folder of the personal-data key files")


def run_incident_command(args: argparse.Namespace) -> int:
    """Run ``incidents import`` or ``incidents export``; returns the exit status."""
    session = _login(args)
    if args.incidents_command == "import":
        return _import(session, args)
    from datasources.incident_files import ExportFormat, export_incidents
    from layers.code_lists import incident_code_names

    count = export_incidents(session, args.out, ExportFormat(args.format), args.include_personal, args.yes,
                             names=incident_code_names("zh_CN"))
    personal = " with the reporters' personal data" if args.include_personal else ""
    print(f"exported {count} reports to {args.out} ({args.format}){personal}")
    return 0


def _import(session, args) -> int:
    from datasources.errors import QT_TRANSLATE_NOOP, StoreError
    from datasources.incident_files import import_incidents
    from layers.code_lists import incident_code_names

    mapping = None
    if args.mapping:
        mapping = {}
        for pair in args.mapping:
            ours, sep, theirs = pair.partition("=")
            if not sep or not ours.strip() or not theirs.strip():
                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the mapping {pair!r} is not OURS=THEIRS"),
                                 QT_TRANSLATE_NOOP("DataSourceError",
                                                   "Write e.g. category=类别 (our field, then their column)."),
                                 pair=pair)
            mapping[ours.strip()] = theirs.strip()
    result = import_incidents(session, args.file, mapping, args.encoding, args.crs,
                              args.distance, args.hours, names=incident_code_names("zh_CN"))
    print(f"imported {len(result.ids)} reports from {args.file.name}; "
          f"{len(result.errors)} refused")
    for error in result.errors:
        print(f"refused   {error}")
    if result.duplicates:
        print(f"{len(result.duplicates)} likely duplicates (imported anyway; check them in the desk):")
        for note in result.duplicates:
            print(f"duplicate {note}")
    return 1 if result.errors else 0


def _login(args):
    from datasources.store import TownshipStore

    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        if sys.stdin.isatty():
            password = getpass.getpass(f"password for {args.user}: ")
        else:
            password = sys.stdin.readline().rstrip("\n")
    return TownshipStore(args.db, key_folder=args.key_dir).login(args.user, password)
