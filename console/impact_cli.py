"""``township-console impact``: what a hazard layer means for each village, as a table to CSV/XLSX.

The township's layers come from a GeoPackage (``--gpkg``: villages, households, facilities, roads), or
from the store (``--store`` and ``--user``: villages, facilities and hazard zones as that user may see
them) with the households and roads from ``--gpkg`` (the store keeps neither). ``--hazard`` is a file
(any vector format; ``--hazard-layer`` picks its layer) or the name of a layer of the store or the
GeoPackage; ``--where hazard=flood`` keeps some of its rows.

Written: the village table (``--out``, a header row in Chinese or English above the field names, the last
row the totals), beside it ``<out>_households`` (each affected household, its nearest reachable shelter
and the route length) and ``<out>_shelters`` (places, people assigned, over capacity); ``--routes``
writes the routes, the affected households and the shelters to a GeoPackage for the map.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pandas as pd

LAYERS = ("villages", "households", "facilities", "roads")


def add_impact_command(sub) -> None:
    """Add ``impact`` to the command line."""
    p = sub.add_parser("impact", help="households, people, facilities and shelters per village in a "
                                      "hazard layer, with each household's nearest shelter by road")
    where = p.add_argument_group("where the township's layers come from")
    where.add_argument("--gpkg", type=Path, help="the township GeoPackage (villages, households, "
                                                  "facilities, roads)")
    where.add_argument("--store", help="the township store (.gpkg or postgresql URL): villages, "
                                       "facilities and hazard zones as --user sees them")
    where.add_argument("--user", help="the user to log in to the store with (password from "
                                      "TOWNSHIP_PASSWORD or the first line of standard input)")
    where.add_argument("--key-dir", type=Path, help="folder of the store's personal-data key files")
    for name in LAYERS:
        where.add_argument(f"--{name}", dest=f"{name}_layer", default=name, metavar="LAYER",
                           help=f"the layer of {name} (default {name})")
    p.add_argument("--hazard", required=True, help="the hazard polygons: a file, or a layer of the "
                                                   "store or the GeoPackage (e.g. hazard_zones)")
    p.add_argument("--hazard-layer", help="the layer of a hazard file (default: the first)")
    p.add_argument("--where", nargs="+", default=[], metavar="COLUMN=VALUE[,VALUE]",
                   help="keep the hazard rows whose COLUMN is one of the values, e.g. hazard=flood")
    p.add_argument("--out", required=True, type=Path, help="the village table, .csv or .xlsx")
    p.add_argument("--routes", type=Path, help="also write routes, households and shelters to this "
                                               "GeoPackage")
    p.add_argument("--max-walk", type=float, metavar="METRES",
                   help="a household or shelter farther than this from every road is off the road "
                        "network: not routed (default: any distance, walked in a straight line)")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN",
                   help="language of the header row above the field names (default zh_CN)")


def run_impact_command(args) -> int:
    from layers.emergency.impact import hazard_impact

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"--out {out.name}: the table must end in .csv or .xlsx")
    if args.gpkg is None:
        raise ValueError("--gpkg is needed: the households and roads come from the township GeoPackage"
                         + (" (the store keeps neither)" if args.store else ""))
    session = _login(args) if args.store else None
    layers = {name: _layer(args, session, name, getattr(args, f"{name}_layer")) for name in LAYERS}
    hazard = _hazard(args, session)
    result = hazard_impact(hazard, layers["villages"], layers["households"], layers["facilities"],
                           layers["roads"], max_walk_m=args.max_walk)
    written = _write_tables(result, out, args.lang)
    if args.routes is not None:
        _write_routes(result, args.routes)
        written.append(args.routes)
    _summary(result, len(hazard))
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _login(args):
    from datasources.store import TownshipStore

    if not args.user:
        raise ValueError("--store needs --user: the store shows each user what their role may see")
    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = sys.stdin.readline().rstrip("\n")
    return TownshipStore(args.store, key_folder=args.key_dir).login(args.user, password)


def _layer(args, session, name: str, layer: str):
    from datasources.options import ReadOptions
    from datasources.vector import list_layers, open_vector

    if session is not None and name in ("villages", "facilities"):
        return session.features.read(layer)
    if layer not in {info.name for info in list_layers(args.gpkg)}:
        raise ValueError(f"{args.gpkg.name} has no layer {layer!r}; name it with --{name} LAYER")
    return open_vector(args.gpkg, ReadOptions(layer=layer)).data


def _hazard(args, session):
    from datasources.options import ReadOptions
    from datasources.vector import list_layers, open_vector

    path = Path(args.hazard)
    if path.is_file():
        data = open_vector(path, ReadOptions(layer=args.hazard_layer)).data
    elif session is not None and args.hazard == "hazard_zones":
        data = session.features.read(args.hazard)
    elif args.hazard in {info.name for info in list_layers(args.gpkg)}:
        data = open_vector(args.gpkg, ReadOptions(layer=args.hazard)).data
    else:
        raise ValueError(f"--hazard {args.hazard}: neither a file nor a layer of {args.gpkg.name}")
    for condition in args.where:
        column, sep, values = condition.partition("=")
        if not sep or column not in data:
            raise ValueError(f"--where {condition!r}: expected COLUMN=VALUE with COLUMN one of "
                             f"{', '.join(c for c in data.columns if c != data.geometry.name)}")
        data = data[data[column].astype(str).isin(values.split(","))]
    if data.empty:
        raise ValueError(f"--hazard {args.hazard}: no hazard polygons"
                         + (" match " + " ".join(args.where) if args.where else ""))
    return data


def _write_tables(result, out: Path, lang: str) -> list[Path]:
    from datasources.writers import write_xlsx
    from layers.emergency.impact import headers

    homes = result.households.drop(columns=[result.households.geometry.name, "_problem"],
                                   errors="ignore")
    xy = result.households.geometry
    homes[["route_m", "road_m", "snap_m"]] = homes[["route_m", "road_m", "snap_m"]].round(1)
    homes.insert(len(homes.columns), "x", xy.x.round(2).to_numpy())
    homes.insert(len(homes.columns), "y", xy.y.round(2).to_numpy())
    shelters = result.shelters.drop(columns=[result.shelters.geometry.name, "_problem"], errors="ignore")
    tables = {"villages": result.villages, "households": homes, "shelters": shelters}
    if len(result.repairs):
        tables["repairs"] = result.repairs
    written = []
    for name, frame in tables.items():
        path = out if name == "villages" else out.with_name(f"{out.stem}_{name}{out.suffix}")
        labels = headers(frame.columns, lang)
        if out.suffix.lower() == ".xlsx":
            write_xlsx(frame, path, sheet=name, labels=labels)
        else:
            _write_csv(frame, path, labels)
        written.append(path)
    return written


def _write_csv(frame: pd.DataFrame, path: Path, labels: dict[str, str]) -> None:
    """A table as the project's CSV exports are: UTF-8 with BOM, CRLF, a header row people read above the
    field names, every text cell neutralised against formulas."""
    from datasources.atomic import atomic_path
    from datasources.writers import neutralise_cell

    table = pd.DataFrame(frame).copy()
    for name in table.columns:
        if table[name].dtype == object or pd.api.types.is_string_dtype(table[name]):
            table[name] = table[name].map(neutralise_cell)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerow(
            [neutralise_cell(labels.get(str(c), str(c))) for c in table.columns])
        table.to_csv(stream, index=False, lineterminator="\r\n")


def _write_routes(result, path: Path) -> None:
    from datasources.writers import write_geopackage

    write_geopackage(result.routes, path, layer="routes")
    write_geopackage(result.households, path, layer="affected_households", append_to_existing=True)
    write_geopackage(result.shelters, path, layer="shelters", append_to_existing=True)


def _summary(result, hazard_rows: int) -> None:
    total = result.totals
    villages = int((result.villages["affected_households"].iloc[:-1] > 0).sum())
    print(f"{hazard_rows} hazard polygons; {villages} villages affected: "
          f"{int(total['affected_households'])} households, {result.displaced} people to move")
    print(f"shelters outside the hazard: {int(total['shelters_outside'])} with "
          f"{result.capacity_outside:g} places; inside: {int(total['shelters_inside'])}; "
          + (f"short of {result.shortfall:g} places" if result.shortfall else "enough places"))
    over = result.shelters[result.shelters["over_capacity"]]
    if "unreachable_households" in total:
        print(f"households with no road to a shelter: {int(total['unreachable_households'])}; "
              f"shelters over capacity: {len(over)}")
    for note in result.notes:
        print(f"note: {note}")
    for row in result.repairs.itertuples():
        print(f"hazard row {row.row}: {row.problem}: {row.action}")
