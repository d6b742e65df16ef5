"""Headless planning commands: ``viewshed`` and ``coverage optimise``.

``viewshed DEM.tif --at X,Y --height M --out VISIBLE.tif`` writes what a site sees (1 visible, 0 not,
255 nodata beyond the range). ``coverage optimise`` chooses new sites among candidates, keeping the
existing ones, for the most demand covered (``--sites K`` or ``--budget B``) or the fewest sites
reaching a share of it (``--share S``), and prints the demand covered, the proven bound and the gap.
The demand is points (``--demand``, households) or the villages' population spread over their area
(``--demand-villages``); ``--avoid`` leaves out the candidates in high hazard zones.
A LAYER is ``FILE`` or ``FILE:layername``.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

HEIGHT_FIELDS = ("height", "antenna_height_m", "mast_height_m", "height_m")


def add_planning_commands(sub) -> None:
    """Add ``viewshed`` and ``coverage optimise`` to the command line's sub-parsers."""
    view = sub.add_parser("viewshed", help="what a site sees over a DEM, as a raster")
    view.add_argument("dem", type=Path, help="the elevation raster (metres, a projected CRS)")
    view.add_argument("--at", required=True, metavar="X,Y", help="where the site stands")
    view.add_argument("--crs", help="CRS of --at (default: the DEM's), e.g. EPSG:4490")
    view.add_argument("--band", type=int, default=1, help="the DEM's band of elevations (default 1)")
    view.add_argument("--height", required=True, type=float, metavar="M",
                      help="antenna, mast or camera height above the ground")
    view.add_argument("--target-height", type=float, default=1.5, metavar="M",
                      help="receiver height above the ground (default 1.5)")
    view.add_argument("--range", type=float, default=0.0, metavar="M",
                      help="farthest distance covered (default: the whole DEM)")
    view.add_argument("--refraction", type=float, default=1.0 / 7.0, metavar="K",
                      help="atmospheric refraction coefficient (default 1/7; 1 ignores curvature)")
    view.add_argument("--azimuth", type=float, help="sector centre, degrees clockwise from north")
    view.add_argument("--beam-width", type=float, default=360.0, metavar="DEG",
                      help="sector width or a camera's field of view (default 360)")
    view.add_argument("--out", required=True, type=Path, help="the GeoTIFF to write")

    coverage = sub.add_parser("coverage", help="coverage planning: choose sites to build")
    commands = coverage.add_subparsers(dest="coverage_command", required=True)
    opt = commands.add_parser("optimise", aliases=["optimize"],
                              help="choose new sites for the most demand covered or the fewest sites")
    opt.add_argument("--demand", help="demand points: FILE or FILE:layer (households)")
    opt.add_argument("--weight", help="numeric field weighting each point (e.g. persons; default 1)")
    opt.add_argument("--demand-villages", metavar="LAYER",
                     help="instead of --demand: village polygons whose population is spread evenly over "
                          "cells of --cell metres inside each village")
    opt.add_argument("--population", default="population", metavar="FIELD",
                     help="with --demand-villages: the villages' population field (default population)")
    opt.add_argument("--cell", type=float, default=100.0, metavar="M",
                     help="with --demand-villages: the demand cells' size (default 100)")
    opt.add_argument("--avoid", metavar="HAZARD_LAYER",
                     help="leave out the candidates inside this layer's zones of --avoid-level")
    opt.add_argument("--avoid-level", default="high", metavar="LEVEL",
                     help="the hazard level to keep out of (default high)")
    opt.add_argument("--avoid-field", default="level", metavar="FIELD",
                     help="the hazard layer's level field (default level)")
    opt.add_argument("--candidates", required=True, help="candidate sites: FILE or FILE:layer")
    opt.add_argument("--existing", help="sites already built: FILE or FILE:layer (always kept)")
    opt.add_argument("--range", type=float, metavar="M",
                     help="coverage range in metres (with --viewshed: the farthest a site sees)")
    opt.add_argument("--viewshed", type=Path, metavar="DEM",
                     help="cover by line of sight over this DEM instead of by range alone")
    opt.add_argument("--by-road", metavar="ROADS",
                     help="fibre cabinets: cover by cable along these roads (FILE or FILE:layer) "
                          "within --range metres, instead of by sight or straight range")
    opt.add_argument("--junctions", action="store_true",
                     help="with --by-road: the road junctions (3 roads or more) are candidates too")
    opt.add_argument("--near", metavar="LINES",
                     help="keep only candidates within --near-m of these lines (a power line layer)")
    opt.add_argument("--near-m", type=float, default=500.0, metavar="M",
                     help="distance for --near (default 500)")
    opt.add_argument("--height", type=float, default=30.0, metavar="M",
                     help="site height where the layer has no height field (default 30)")
    opt.add_argument("--target-height", type=float, default=1.5, metavar="M")
    opt.add_argument("--refraction", type=float, default=1.0 / 7.0, metavar="K")
    goal = opt.add_mutually_exclusive_group(required=True)
    goal.add_argument("--sites", type=int, metavar="K", help="new sites to build (maximal coverage)")
    goal.add_argument("--share", type=float, metavar="S",
                      help="share of demand to reach, 0-1 or a percentage (fewest sites)")
    goal.add_argument("--budget", type=float, metavar="B", help="money to spend (costs per site)")
    opt.add_argument("--cost-field", default="cost", help="candidates' cost field (default cost)")
    opt.add_argument("--time-limit", type=float, default=60.0, metavar="S",
                     help="seconds for the solver (default 60); the best plan found is kept")
    opt.add_argument("--gap", type=float, default=0.0, help="relative gap to stop at (default 0)")
    opt.add_argument("--out", required=True, type=Path, help="the plan GeoPackage to write")


def run_planning_command(args: argparse.Namespace) -> int:
    if args.command == "viewshed":
        return _viewshed(args)
    return _optimise(args)


def _dem(path: Path, band: int = 1):
    from datasources.raster import open_raster, read_window

    info = open_raster(path)
    if info.crs is None:
        raise ValueError(f"{path}: the DEM has no CRS; a viewshed needs distances in metres")
    from pyproj import CRS

    if CRS.from_user_input(info.crs).is_geographic:
        raise ValueError(f"{path}: the DEM is in degrees ({info.crs}); warp it to a projected CRS "
                         "in metres first (e.g. gdalwarp -t_srs EPSG:4549)")
    dem = read_window(path, info.bounds, info.width, info.height, bands=(band,),
                      resampling="nearest")[0]
    from affine import Affine

    return info, dem, Affine(*info.transform[:6])


def _at(text: str, crs: str | None, dem_crs) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        raise ValueError(f"--at {text!r} is not X,Y such as 461582.1,3319568.9") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"--at {text!r} is not a finite point")
    if crs:
        from pyproj import Transformer

        x, y = Transformer.from_crs(crs, dem_crs, always_xy=True).transform(x, y)
    return x, y


def _viewshed(args: argparse.Namespace) -> int:
    import rasterio

    from datasources.atomic import atomic_path
    from layers.planning.viewshed import NODATA, VISIBLE, Site, semi_major_of, viewshed

    info, dem, transform = _dem(args.dem, args.band)
    x, y = _at(args.at, args.crs, info.crs)
    site = Site(x, y, args.height, args.range, args.azimuth, args.beam_width,
                target_height=args.target_height)
    seen = viewshed(dem, transform, site, refraction=args.refraction,
                    semi_major=semi_major_of(info.crs))
    with atomic_path(args.out) as tmp, rasterio.open(
            tmp, "w", driver="GTiff", width=seen.shape[1], height=seen.shape[0], count=1,
            dtype="uint8", crs=info.crs, transform=transform, nodata=NODATA,
            compress="deflate", tiled=True) as ds:
        ds.write(seen, 1)
    cells = int((seen != NODATA).sum())
    visible = int((seen == VISIBLE).sum())
    area = visible * abs(transform.a * transform.e) / 1e6
    print(f"visible from {x:.1f}, {y:.1f} at {args.height:g} m: {visible} of {cells} cells "
          f"({visible / max(cells, 1):.1%}), {area:.3f} km2")
    print(f"wrote {args.out}: 1 visible, 0 not, {NODATA} nodata")
    return 0


def read_layer(spec: str, what: str):
    """A vector layer named ``FILE`` or ``FILE:layername``."""
    from datasources.options import ReadOptions
    from datasources.vector import open_vector

    path, layer = Path(spec), None
    if not path.exists():
        head, sep, tail = spec.rpartition(":")
        if sep and head and Path(head).exists():
            path, layer = Path(head), tail
        else:
            raise ValueError(f"{what} {spec!r}: no such file (a layer is FILE or FILE:layername)")
    data = open_vector(path, ReadOptions(layer=layer)).data
    data = data[data.geometry.notna() & ~data.geometry.is_empty]
    if data.crs is None:
        raise ValueError(f"{what} {spec}: the layer has no CRS")
    return data


def _points(frame, crs):
    import numpy as np

    frame = frame.to_crs(crs)
    points = frame.geometry.where(frame.geom_type == "Point", frame.geometry.representative_point())
    return frame, np.column_stack([points.x.to_numpy(), points.y.to_numpy()])


def _heights(frame, default: float):
    import numpy as np
    import pandas as pd

    for name in HEIGHT_FIELDS:
        if name in frame.columns:
            values = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)
            return np.where(np.isfinite(values) & (values >= 0), values, default)
    return np.full(len(frame), float(default))


def _optimise(args: argparse.Namespace) -> int:
    import numpy as np
    import pandas as pd

    from layers.planning.siting import budget_coverage, maximal_coverage, set_covering

    if (args.demand is None) == (args.demand_villages is None):
        raise ValueError("give the demand: --demand LAYER (points) or --demand-villages LAYER (their "
                         "population), one of them")
    if args.demand_villages and args.weight:
        raise ValueError("--weight weights demand points; with --demand-villages name the population "
                         "field with --population")
    demand = read_layer(args.demand, "--demand") if args.demand else None
    candidates = read_layer(args.candidates, "--candidates")
    existing = read_layer(args.existing, "--existing") if args.existing else candidates.iloc[:0]
    if args.viewshed is None and not args.range:
        raise ValueError("give --range M (coverage by distance) or --viewshed DEM.tif (line of sight)")
    if args.by_road and not args.range:
        raise ValueError("--by-road needs --range M: the cable length")
    if args.viewshed is not None and not args.by_road:
        info, dem, transform = _dem(args.viewshed)
        crs = info.crs
    else:
        info = dem = transform = None
        crs = candidates.crs if candidates.crs.is_projected else candidates.estimate_utm_crs()
    if demand is None:
        demand, demand_xy, weights = _village_demand(args, crs)
    else:
        demand, demand_xy = _points(demand, crs)
    roads = read_layer(args.by_road, "--by-road").to_crs(crs).geometry.to_numpy() if args.by_road else None
    candidates = _more_candidates(args, candidates.to_crs(crs), roads)
    candidates, cand_xy = _points(candidates, crs)
    candidates, cand_xy = _avoid(args, candidates, cand_xy, crs)
    existing, ex_xy = _points(existing, crs)
    if args.demand_villages:
        pass   # the villages' persons, spread
    elif args.weight:
        if args.weight not in demand.columns:
            raise ValueError(f"--weight {args.weight}: the demand layer has no such field "
                             f"(it has {', '.join(map(str, demand.columns.drop('geometry')))})")
        weights = pd.to_numeric(demand[args.weight], errors="coerce").fillna(0).clip(lower=0)
        weights = weights.to_numpy(dtype=float)
    else:
        weights = np.ones(len(demand))
    site_xy = np.vstack([cand_xy, ex_xy])
    built = np.concatenate([np.zeros(len(cand_xy), bool), np.ones(len(ex_xy), bool)])
    if roads is not None:
        from layers.planning.candidates import road_coverage

        matrix = road_coverage(demand_xy, site_xy, args.range, roads)
    else:
        matrix = _matrix(args, info, dem, transform, demand_xy, site_xy,
                         np.concatenate([_heights(candidates, args.height), _heights(existing, args.height)]))
    common = dict(existing=built, time_limit=args.time_limit, gap=args.gap)
    if args.sites is not None:
        plan = maximal_coverage(matrix, weights, args.sites, **common)
    elif args.budget is not None:
        if args.cost_field not in candidates.columns:
            raise ValueError(f"--budget needs the candidates' costs: no field {args.cost_field!r} "
                             "(name it with --cost-field)")
        costs = pd.to_numeric(candidates[args.cost_field], errors="coerce").to_numpy(dtype=float)
        if not np.isfinite(costs).all():
            raise ValueError(f"some candidates have no cost in {args.cost_field!r}")
        plan = budget_coverage(matrix, weights, np.concatenate([costs, np.zeros(len(ex_xy))]),
                               args.budget, **common)
    else:
        share = args.share / 100.0 if args.share > 1 else args.share
        plan = set_covering(matrix, weights, share, **common)
    _write_plan(args.out, plan, candidates, existing, demand, weights)
    _report(plan, args)
    return 0


def _village_demand(args, crs):
    """The villages' population spread over cells inside each village (the desk's village demand):
    (points frame, their xy, their persons)."""
    import geopandas as gpd

    from layers.planning.village_demand import village_demand

    villages = read_layer(args.demand_villages, "--demand-villages")
    if args.population not in villages.columns:
        raise ValueError(f"--population {args.population}: the villages have no such field "
                         f"(they have {', '.join(map(str, villages.columns.drop(villages.geometry.name)))})")
    if args.cell <= 0:
        raise ValueError("--cell must be a positive number of metres")
    spread = village_demand(villages, crs, population=args.population, spacing=args.cell)
    frame = gpd.GeoDataFrame({"village_code": spread.villages.astype(str),
                              "households": spread.household_counts},
                             geometry=gpd.points_from_xy(spread.xy[:, 0], spread.xy[:, 1]), crs=crs)
    print(f"demand: {spread.weights.sum():g} persons of {len(villages)} villages spread over "
          f"{len(frame)} cells of {args.cell:g} m")
    return frame, spread.xy, spread.weights


def _avoid(args, candidates, xy, crs):
    """The candidates outside the hazard zones of ``--avoid-level`` (the desk's rule)."""
    if not args.avoid:
        return candidates, xy
    import numpy as np

    from layers.planning.candidates import hazard_zones, rules_kept

    hazards = read_layer(args.avoid, "--avoid")
    zones = hazard_zones(hazards, args.avoid_level, args.avoid_field, crs)
    keep = rules_kept(xy, excluded=zones) if zones is not None else np.ones(len(xy), dtype=bool)
    print(f"{int(keep.sum())} of {len(keep)} candidates outside the {args.avoid_level} hazard zones "
          f"of {args.avoid}")
    return candidates[keep].reset_index(drop=True), xy[keep]


def _more_candidates(args, candidates, roads):
    """The candidates with the road junctions (``--junctions``), kept within ``--near-m`` of ``--near``."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    if args.junctions:
        if roads is None:
            raise ValueError("--junctions needs --by-road ROADS")
        from layers.planning.candidates import road_junctions

        xy = road_junctions(roads)
        more = gpd.GeoDataFrame({"source": ["junction"] * len(xy)}, crs=candidates.crs,
                                geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]))
        candidates = gpd.GeoDataFrame(pd.concat([candidates, more], ignore_index=True), crs=candidates.crs)
    if args.near:   # the rule of the desk's candidates (layers.planning.candidates.candidate_rules)
        import shapely

        lines = read_layer(args.near, "--near").to_crs(candidates.crs).geometry.union_all()
        keep = np.asarray(shapely.distance(lines, candidates.geometry.representative_point().to_numpy())
                          <= args.near_m)
        print(f"{int(keep.sum())} of {len(keep)} candidates within {args.near_m:g} m of {args.near}")
        candidates = candidates[keep].reset_index(drop=True)
    return candidates


def _matrix(args, info, dem, transform, demand_xy, site_xy, heights):
    from layers.planning.coverage import range_coverage, viewshed_coverage
    from layers.planning.viewshed import Site, semi_major_of

    if info is None:
        return range_coverage(demand_xy, site_xy, args.range)
    left, top = transform.c, transform.f
    right, bottom = left + transform.a * dem.shape[1], top + transform.e * dem.shape[0]
    off = ~((site_xy[:, 0] >= left) & (site_xy[:, 0] < right) & (site_xy[:, 1] <= top)
            & (site_xy[:, 1] > bottom))
    if off.any():
        print(f"{int(off.sum())} candidate(s) stand off the DEM and cover nothing")
    sites = [Site(float(x), float(y), float(h), args.range or 0.0, target_height=args.target_height)
             for (x, y), h in zip(site_xy, heights, strict=True)]
    return viewshed_coverage(dem, transform, demand_xy, sites, refraction=args.refraction,
                             semi_major=semi_major_of(info.crs))


def _write_plan(path: Path, plan, candidates, existing, demand, weights) -> None:
    import geopandas as gpd
    import pandas as pd

    from datasources.writers import write_geopackage

    chosen = candidates.iloc[plan.chosen].assign(status="proposed", candidate=plan.chosen)
    kept = existing.assign(status="existing", candidate=-1)
    sites = gpd.GeoDataFrame(pd.concat([chosen, kept], ignore_index=True), crs=candidates.crs)
    write_geopackage(sites, path, layer="sites")
    columns = {"weight": weights, "covered": plan.covered.astype(int)}
    if "village_code" in demand.columns:   # demand spread from the villages: whose cells they are
        columns["village_code"] = demand["village_code"].astype(str).to_numpy()
    points = gpd.GeoDataFrame(columns, geometry=demand.geometry.to_numpy(), crs=demand.crs)
    write_geopackage(points, path, layer="demand", append_to_existing=True, private=False)


def _report(plan, args) -> None:
    print(f"{plan.problem}: {plan.status} in {plan.seconds:.2f} s, {len(plan.chosen)} new site(s) "
          f"and {len(plan.existing)} existing")
    print(f"demand covered: {plan.covered_weight:g} of {plan.total_weight:g} ({plan.share:.2%})")
    if plan.problem == "set covering":
        print(f"new sites: {plan.objective:g}; proven bound: at least {plan.bound:g} site(s); "
              f"gap: {plan.gap:.2%}")
    else:
        print(f"proven bound: {plan.bound:g} covered at most; gap: {plan.gap:.3%}")
    if plan.cost:
        print(f"cost: {plan.cost:g}")
    print(f"wrote {args.out}: layers sites ({len(plan.chosen) + len(plan.existing)}) and demand")
