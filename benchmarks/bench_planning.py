"""Coverage planning: viewsheds against gdal_viewshed, and the site optimiser against spopt.

Figures:

- ``viewshed_4000_20km`` / ``viewshed_4000_50km``: :func:`layers.planning.viewshed.viewshed` of one
  observer (30 m mast, 1.5 m receiver, refraction 1/7) at the centre of a 4000 x 4000 synthetic DEM of
  25 m cells, with the DEM in memory (as the desk holds it while a site is dragged); ref
  ``gdal_viewshed`` (the GDAL program on the same DEM as an uncompressed GeoTIFF, same options). Goal:
  ratio at most 0.5 and ``agree`` (share of cells with the same answer) at least 99.99%.
- ``cumulative_200_demo``: how many of 200 candidate sites (30 m, 5 km range) see each cell of the demo
  DEM (goal under 2 s); ref ``gdal_viewshed_x200``, 10 runs of gdal_viewshed for 10 of the sites scaled
  to 200 (its output is one site per file, it has no cumulative mode).
- ``desk_coverage_demo``: the planning desk's coverage task for 3 towers on the demo DEM (DEM read,
  cumulative viewshed, 21,600 households placed and counted per village); ref ``cumulative_viewshed`` of
  the same sites with the DEM already in memory (the sweep alone).
- ``desk_best_3_demo``: the desk's "choose the best sites" task: 150 high-point candidates of the demo
  DEM, their viewshed coverage of the households and the exact maximal coverage of 3 new towers keeping
  one built (proven by the branch and bound of :mod:`layers.planning.small_plan`; HiGHS alone took
  9.5 s of the 16-26 s measured before); ref ``cumulative_150`` (the 150 sweeps alone, without matrix
  or solver).
- ``desk_cabinets_3_demo``: the same task for 3 fibre cabinets (2 km of cable along the roads) among
  the road junctions and village centres, coverage by bounded Dijkstra on the road graph; ref
  ``road_graph`` (building the road graph alone).
- ``signal_one_site_demo``: the signal level beyond line of sight of one tower (5 km) on the demo DEM
  (free space plus knife-edge diffraction on every profile); ref ``viewshed`` of the same site.
- ``mclp_2000x200_p10``: coverage matrix by range and the exact maximal coverage of 10 sites; ref
  ``spopt_mclp`` (spopt's MCLP from the distance matrix, solved by its CBC), when spopt is installed.
  Goal: the same optimum (``same_optimum``) in at most 0.2 of spopt's time.
- ``mclp_20000x500_p20``: within 0.5% of the proven bound in under 10 s; ref ``greedy`` (the start).
- ``mclp_100000x2000_p50``: a plan with its proven gap within 60 s; ref ``greedy``.

``cpu_s`` is the process CPU time of our side, which other programs on a loaded machine do not inflate.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from scipy import ndimage

from benchmarks.harness import measure, once, report
from layers.planning.coverage import range_coverage
from layers.planning.siting import maximal_coverage
from layers.planning.siting_model import greedy, reduce
from layers.planning.viewshed import (
    NODATA,
    Site,
    Terrain,
    cumulative_viewshed,
    curvature_coefficient,
    semi_major_of,
    viewshed,
)

SIZE = 4000
CELL = 25.0
CRS = "EPSG:32650"
TRANSFORM = Affine(CELL, 0.0, 400_000.0, 0.0, -CELL, 3_400_000.0)
ROOT = Path(__file__).resolve().parents[1]


def terrain_dem(cache_dir: Path, size: int = SIZE) -> Path:
    """A hilly synthetic DEM (float32 GeoTIFF, metres): ridges and valleys at several scales."""
    path = Path(cache_dir) / f"planning_terrain_{size}_v1.tif"
    if path.exists():
        return path
    rng = np.random.default_rng(21)
    dem = np.zeros((size, size), dtype=np.float32)
    for sigma, height in ((200, 600.0), (60, 200.0), (15, 40.0), (3, 4.0)):
        noise = ndimage.gaussian_filter(rng.normal(size=(size, size)).astype(np.float32), sigma)
        dem += height * noise / max(float(np.abs(noise).max()), 1e-9)
    dem -= dem.min()
    tmp = path.with_suffix(".tmp.tif")
    with rasterio.open(tmp, "w", driver="GTiff", width=size, height=size, count=1, dtype="float32",
                       crs=CRS, transform=TRANSFORM) as ds:
        ds.write(dem, 1)
    tmp.replace(path)
    return path


def cpu_seconds(fn, repeat: int = 3) -> str:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return f"{float(np.median(times)):.4f}"


def gdal_viewshed(path: Path, x: float, y: float, height: float, distance: float, out: Path) -> None:
    subprocess.run(["gdal_viewshed", "-q", "-ox", repr(float(x)), "-oy", repr(float(y)),
                    "-oz", repr(float(height)), "-tz", "1.5", "-md", repr(float(distance)), "-cc", repr(curvature_coefficient(1 / 7)),
                    "-vv", "1", "-iv", "0", "-ov", "255", str(path), str(out)], check=True)


def agreement(ours: np.ndarray, transform: Affine, theirs_path: Path) -> tuple[float, int]:
    """Share of the cells gdal_viewshed computed (in range) where both give the same answer."""
    with rasterio.open(theirs_path) as g:
        theirs = g.read(1)
        col0 = round((g.transform.c - transform.c) / transform.a)
        row0 = round((g.transform.f - transform.f) / transform.e)
    mine = ours[row0:row0 + theirs.shape[0], col0:col0 + theirs.shape[1]]
    compared = (theirs != 255) | (mine != NODATA)
    return float((mine == theirs)[compared].mean()), int(compared.sum())


def bench_viewshed(cache_dir: Path, tmp: Path) -> None:
    path = terrain_dem(cache_dir)
    with rasterio.open(path) as ds:
        terrain = Terrain.of(ds.read(1), ds.transform, semi_major=semi_major_of(ds.crs))
    x, y = TRANSFORM * (SIZE / 2 + 0.5, SIZE / 2 + 0.5)
    for km in (20, 50):
        site = Site(x, y, 30.0, range=km * 1000.0)
        seen = viewshed(terrain, TRANSFORM, site)
        ours = measure(lambda site=site: viewshed(terrain, TRANSFORM, site), repeat=3)
        out = tmp / f"gdal_{km}.tif"
        ref = measure(lambda site=site, out=out: gdal_viewshed(path, x, y, 30.0, site.range, out),
                      repeat=3, warmup=1)
        agree, cells = agreement(seen, TRANSFORM, out)
        report(f"viewshed_4000_{km}km", ours, "gdal_viewshed", ref, goal_ratio=0.5,
               agree=f"{agree:.6%}", cells=cells, visible=int((seen == 1).sum()),
               cpu_s=cpu_seconds(lambda site=site: viewshed(terrain, TRANSFORM, site, threads=1)))


def bench_cumulative(tmp: Path) -> None:
    dem_path = ROOT / "resources" / "demo" / "dem.tif"
    with rasterio.open(dem_path) as ds:
        dem = ds.read(1, masked=True)
        transform = ds.transform
        terrain = Terrain.of(dem, transform, semi_major=semi_major_of(ds.crs))
    rng = np.random.default_rng(5)
    cells = np.argwhere(~np.ma.getmaskarray(dem))
    picked = cells[rng.choice(len(cells), 200, replace=False)]
    sites = [Site(transform.c + (c + 0.5) * transform.a, transform.f + (r + 0.5) * transform.e, 30.0,
                  range=5000.0) for r, c in picked]
    counts = cumulative_viewshed(terrain, transform, sites)
    ours = measure(lambda: cumulative_viewshed(terrain, transform, sites), repeat=3)
    ten = sites[:10]
    ref = once(lambda: [gdal_viewshed(dem_path, s.x, s.y, 30.0, s.range, tmp / f"c{i}.tif")
                        for i, s in enumerate(ten)]) * 20
    report("cumulative_200_demo", ours, "gdal_viewshed_x200", ref, goal_s=2.0, sites=200,
           range_m=5000, max_count=int(counts.max()),
           cpu_s=cpu_seconds(lambda: cumulative_viewshed(terrain, transform, sites, threads=1), 1))


def bench_desk() -> None:
    import geopandas as gpd

    from layers.emergency.routing import road_network
    from layers.planning.candidates import road_junctions
    from layers.planning.desk_work import (
        Demand,
        best_sites_task,
        coverage_task,
        high_points,
        read_terrain,
    )

    dem_path = ROOT / "resources" / "demo" / "dem.tif"
    project = ROOT / "resources" / "demo" / "township.gpkg"
    homes = gpd.read_file(project, layer="households")
    boundary = gpd.read_file(project, layer="township_boundary").geometry.union_all()
    terrain, crs = read_terrain(dem_path)
    demand = Demand.of(homes, crs)
    towers = [Site(461582.0, 3319568.0, 35.0, 5000.0), Site(458500.0, 3322500.0, 30.0, 5000.0),
              Site(463200.0, 3318200.0, 30.0, 5000.0)]
    result = coverage_task(dem_path, towers, demand)
    ours = measure(lambda: coverage_task(dem_path, towers, demand), repeat=5)
    ref = measure(lambda: cumulative_viewshed(terrain, terrain.transform, towers), repeat=5)
    report("desk_coverage_demo", ours, "cumulative_viewshed", ref, sites=3, households=len(demand.xy),
           covered_persons=int(result.covered_persons))
    from layers.planning.signal import signal_classes, signal_window

    levels = signal_window(terrain, towers[0])[0]
    ours = measure(lambda: signal_window(terrain, towers[0]), repeat=3)
    ref = measure(lambda: viewshed(terrain, terrain.transform, towers[0]), repeat=3)
    report("signal_one_site_demo", ours, "viewshed", ref, range_m=5000,
           good_cells=int((signal_classes(levels) == 2).sum()))
    roads = gpd.read_file(project, layer="roads").to_crs(crs).geometry.to_numpy()
    villages = gpd.read_file(project, layer="villages").to_crs(crs)
    centres = villages.geometry.representative_point()
    extra = np.vstack([road_junctions(roads), np.column_stack([centres.x, centres.y])])

    def cabinets():
        return best_sites_task(dem_path, [], [], [], demand, kind="fibre_cabinet", height=1.5,
                               range_m=2000.0, count=3, extra=extra, roads=roads)

    plan = cabinets()
    ours = measure(cabinets, repeat=3)
    ref = measure(lambda: road_network(roads), repeat=3)
    report("desk_cabinets_3_demo", ours, "road_graph", ref, candidates=len(extra),
           covered_persons=int(plan.covered_persons), gap=f"{100 * plan.gap:.3f}%", status=plan.status)
    candidates = [Site(x, y, 30.0, 5000.0) for x, y in high_points(terrain, boundary, 600.0, 150)]
    best = best_sites_task(dem_path, towers[:1], [], [], demand, count=3, boundary=boundary)
    ours = measure(lambda: best_sites_task(dem_path, towers[:1], [], [], demand, count=3, boundary=boundary),
                   repeat=3)
    ref = measure(lambda: cumulative_viewshed(terrain, terrain.transform, candidates), repeat=3)
    report("desk_best_3_demo", ours, "cumulative_150", ref, candidates=len(candidates),
           covered_persons=int(best.covered_persons), before=int(best.before_persons),
           gap=f"{100 * best.gap:.3f}%", status=best.status)


def instance(n: int, m: int, seed: int, extent: float = 20_000.0, villages: int = 40):
    """Households clustered in villages (weights 1-7 persons), candidates anywhere, in metres."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, extent, (villages, 2))
    demand = centres[rng.integers(0, villages, n)] + rng.normal(0, extent / 40, (n, 2))
    sites = rng.uniform(0, extent, (m, 2))
    return demand, sites, rng.integers(1, 8, n).astype(float)


def spopt_mclp(demand, sites, weights, radius, p):
    import pulp
    from scipy.spatial import distance_matrix
    from spopt.locate import MCLP

    model = MCLP.from_cost_matrix(distance_matrix(demand, sites), weights, service_radius=radius,
                                  p_facilities=p, name="bench")
    model = model.solve(pulp.PULP_CBC_CMD(msg=False))
    return pulp.value(model.problem.objective)


def bench_mclp(large: bool = True) -> None:
    radius = 1500.0
    demand, sites, weights = instance(2000, 200, 3)

    def ours():
        return maximal_coverage(range_coverage(demand, sites, radius), weights, 10)

    plan = ours()
    t_ours = measure(ours, repeat=5)
    try:
        import spopt.locate  # noqa: F401
    except ImportError:
        report("mclp_2000x200_p10", t_ours, "none", float("nan"), objective=plan.objective,
               note="spopt_not_installed")
    else:
        theirs = []
        t_ref = once(lambda: theirs.append(spopt_mclp(demand, sites, weights, radius, 10)))
        report("mclp_2000x200_p10", t_ours, "spopt_mclp", t_ref, goal_ratio=0.2,
               objective=f"{plan.objective:g}", spopt_objective=f"{theirs[0]:g}",
               same_optimum=abs(plan.objective - theirs[0]) < 1e-6, status=plan.status.replace(" ", "_"))

    sizes = ((20_000, 500, 20, 10.0, 10.0), (100_000, 2_000, 50, 55.0, 60.0))
    for n, m, p, limit, goal in sizes if large else sizes[:1]:
        demand, sites, weights = instance(n, m, 7)
        matrix = range_coverage(demand, sites, radius)
        started = time.perf_counter()
        plan = maximal_coverage(matrix, weights, p, time_limit=limit, gap=0.0)
        t_ours = time.perf_counter() - started
        t_ref = once(lambda matrix=matrix, weights=weights, p=p:
                     greedy(reduce(matrix, weights, np.zeros(matrix.shape[1], bool)), count=p))
        report(f"mclp_{n}x{m}_p{p}", t_ours, "greedy", t_ref, goal_s=goal, gap=f"{plan.gap:.4%}",
               objective=f"{plan.objective:g}", bound=f"{plan.bound:.1f}",
               greedy_objective=f"{plan.greedy_objective:g}", status=plan.status.replace(" ", "_"),
               nonzeros=matrix.nnz, time_limit_s=limit)


def run(cache_dir: Path, only: str = "") -> None:
    with tempfile.TemporaryDirectory(prefix="planning-bench-") as folder:
        tmp = Path(folder)
        if shutil.which("gdal_viewshed"):
            if only in ("", "viewshed"):
                bench_viewshed(cache_dir, tmp)
            if only in ("", "cumulative"):
                bench_cumulative(tmp)
        else:
            print("# gdal_viewshed is missing (Debian gdal-bin): the viewshed figures are skipped")
    if only in ("", "desk"):
        bench_desk()
    if only in ("", "mclp", "mclp_small"):   # mclp_small: without the 100,000 x 2,000 line
        bench_mclp(large=only != "mclp_small")
