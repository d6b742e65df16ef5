"""Headless check of a department's file against the township data standard.

``township-console validate FILE --kind villages [--layer L] [--township AREA]
[--report R.csv|.json|.xlsx] [--conform OUT.gpkg [--mapping MAP.json]] [--suggest-mapping MAP.json]`` prints the verdict, the counts
per check and the first findings. Exit status: 0 the file (or, with ``--conform``, the conformed layer)
conforms; 1 it does not (the report says why, row by row); 2 the input is unusable (one sentence).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHOWN = 20


def add_commands(sub) -> None:
    """Add ``validate`` to the command line's sub-parsers."""
    p = sub.add_parser("validate", help="check a file against the township data standard (exit 1 when it "
                                        "does not conform)")
    p.add_argument("file", type=Path, help="the file to check (GeoPackage, Shapefile, GeoJSON, CSV...)")
    p.add_argument("--kind", required=True, help="the standard's layer kind: villages, households, facilities, "
                                                 "sensors, hazard_zones, incidents, planned_sites")
    p.add_argument("--layer", help="the layer of a multi-layer file (default: one named like the kind)")
    p.add_argument("--encoding", help="text encoding to use instead of the detected one")
    p.add_argument("--crs", help="the file's CRS where it declares none (e.g. EPSG:4490)")
    p.add_argument("--township", type=Path, metavar="AREA",
                   help="a polygon file of the township (its boundary or villages): features outside are errors")
    p.add_argument("--standard", metavar="VERSION", help="version of the standard (default the newest)")
    p.add_argument("--report", type=Path, help="write the report by row: .csv, .json or .xlsx")
    p.add_argument("--conform", type=Path, metavar="OUT.gpkg",
                   help="write the layer conformed to the standard and check that instead")
    p.add_argument("--mapping", type=Path, metavar="MAP.json",
                   help="the mapping to conform with (default: the one suggested from the file)")
    p.add_argument("--suggest-mapping", type=Path, metavar="MAP.json",
                   help="write the mapping suggested from the file's header and values, to edit")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args) -> int:
    from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError, FileMissing
    from datasources.options import ReadOptions
    from datasources.standard.checks import township_area, validate_file
    from datasources.standard.conform import Mapping, conform, suggest_mapping, write_conformed
    from datasources.standard.report import REPORT_SUFFIXES, write_report
    from datasources.standard.schema import load_standard

    standard = load_standard(args.standard)
    if args.kind not in standard.kinds:
        raise DataSourceError(None, QT_TRANSLATE_NOOP("DataSourceError", "the standard has no kind '{kind}'"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Choose one of: {kinds}"),
                              kind=args.kind, kinds=", ".join(standard.kinds))
    if not args.file.exists():
        raise FileMissing(args.file, QT_TRANSLATE_NOOP("DataSourceError", "the file does not exist"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the path"))
    if args.report is not None and args.report.suffix.lower() not in REPORT_SUFFIXES:
        raise DataSourceError(args.report, QT_TRANSLATE_NOOP("DataSourceError", "a report cannot be written "
                                                             "as '{suffix}'"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Name the report .csv, .json or .xlsx"),
                              suffix=args.report.suffix or args.report.name)
    if args.mapping is not None and args.conform is None:
        raise DataSourceError(args.mapping, QT_TRANSLATE_NOOP("DataSourceError", "a mapping is used only to "
                                                              "conform the file"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Add --conform OUT.gpkg"))
    mapping = Mapping.load(args.mapping) if args.mapping is not None else None
    if mapping is not None and mapping.kind != args.kind:
        raise DataSourceError(args.mapping, QT_TRANSLATE_NOOP("DataSourceError", "the mapping is for "
                                                              "'{mapped}', not '{kind}'"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Use a mapping made for this kind"),
                              mapped=mapping.kind, kind=args.kind)
    options = ReadOptions(encoding=args.encoding, crs=args.crs)
    area = township_area(args.township) if args.township is not None else None
    report = validate_file(args.file, args.kind, args.layer, options, standard=standard, township=area)
    lost: list[str] = []
    if args.conform is not None or args.suggest_mapping is not None:
        from datasources.vector import open_vector

        source = open_vector(args.file, ReadOptions(encoding=args.encoding, crs=args.crs,
                                                    layer=report.layer))
        suggested = suggest_mapping(source.data, args.kind, standard)
        if args.suggest_mapping is not None:
            suggested.save(args.suggest_mapping)
            print(f"suggested mapping written to {args.suggest_mapping}")
        if args.conform is not None:
            frame, lost = conform(source.data, mapping or suggested, source.crs, standard)
            write_conformed(frame, args.conform, args.kind, standard)
            print(f"before conforming: {report.verdict()}")
            report = validate_file(args.conform, args.kind, args.kind, standard=standard, township=area)
    if args.report is not None:
        write_report(report, args.report)
    _print(report, lost, args.json)
    return 0 if report.conforms else 1


def _print(report, lost: list[str], as_json: bool) -> None:
    import pandas as pd

    if as_json:
        print(json.dumps({**report.summary(), "conform_notes": lost}, ensure_ascii=False, indent=1))
        return
    print(report.verdict())
    for note in lost:
        print(f"  conformed: {note}")
    for severity in ("error", "warning"):
        for check, n in report.checks(severity).items():
            print(f"  {severity:7s} {check:24s} {n}")
    order = report.findings["severity"].map({"error": 0, "warning": 1})
    shown = report.findings.assign(order=order)[order.notna()].sort_values("order", kind="stable").head(SHOWN)
    for rec in shown.itertuples(index=False):
        where = "layer" if pd.isna(rec.row) else f"row {rec.row}"
        print(f"  {where:>10s} {rec.field or '':16s} {rec.check}: {rec.message}")
    rest = int((report.findings["severity"] != "info").sum()) - len(shown)
    if rest > 0:
        print(f"  ... {rest} more (write them all with --report FILE.csv)")
    sys.stdout.flush()
