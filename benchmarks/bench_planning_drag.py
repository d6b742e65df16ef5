"""Dragging a planned site: the coarse coverage shown while it moves against the full one after release.

- ``drag_preview_demo_20``: one step of the drag preview (:func:`layers.planning.drag_preview.preview_task`,
  the demo DEM decimated four times, kept between steps) for the coverage of 20 towers (30 m, 5 km) with the
  demo's households counted per village; ref ``coverage_task``, the full answer after the release (the DEM
  read, the sweeps on every cell, the same households). ``agree`` is the share of households whose covered
  or not is the same in both.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from benchmarks.harness import measure, report

ROOT = Path(__file__).resolve().parents[1]


def run(cache_dir: Path | None = None) -> None:
    import geopandas as gpd

    from layers.planning.desk_work import Demand, coverage_task, high_points, read_terrain
    from layers.planning.drag_preview import preview_task
    from layers.planning.viewshed import Site

    dem_path = ROOT / "resources" / "demo" / "dem.tif"
    project = ROOT / "resources" / "demo" / "township.gpkg"
    homes = gpd.read_file(project, layer="households")
    boundary = gpd.read_file(project, layer="township_boundary").geometry.union_all()
    terrain, crs = read_terrain(dem_path)
    demand = Demand.of(homes, crs)
    towers = [Site(x, y, 30.0, 5000.0) for x, y in high_points(terrain, boundary, 800.0, 20)]
    full = coverage_task(dem_path, towers, demand)
    preview = preview_task(dem_path, towers, demand)
    ours = measure(lambda: preview_task(dem_path, towers, demand), repeat=5)
    ref = measure(lambda: coverage_task(dem_path, towers, demand), repeat=5)
    report("drag_preview_demo_20", ours, "coverage_task", ref, sites=len(towers), households=len(demand.xy),
           agree=f"{100 * float(np.mean(full.covered == preview.covered)):.2f}%",
           covered_persons=int(preview.covered_persons), full_persons=int(full.covered_persons))
