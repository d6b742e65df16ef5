"""Hazard zones derived from the DEM: floods along the rivers, landslides on steep slopes."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from rasterio import features

from resources.scripts.demo_parts.terrain import Grid, Terrain

LEVELS = {3: "high", 2: "medium", 1: "low"}
FLOOD_STEPS_M = (3.0, 6.0, 10.0)       # height above the river for high / medium / low
SLOPE_STEPS_DEG = (35.0, 30.0, 25.0)   # slope for high / medium / low


def _classify(value: np.ndarray, steps, above: bool) -> np.ndarray:
    """3, 2, 1 where ``value`` passes the high, medium, low step; 0 elsewhere."""
    out = np.zeros(value.shape, dtype=np.int16)
    for level, step in zip((1, 2, 3), steps[::-1], strict=True):
        out[(value > step) if above else (value <= step)] = level
    return out


def _polygons(classes: np.ndarray, grid: Grid, boundary, min_cells: int, tolerance: float):
    """Polygonise a 0-3 class raster, simplified as a coverage and clipped to the township."""
    classes = features.sieve(classes, size=min_cells, connectivity=8)
    geoms, levels = [], []
    for geom, value in features.shapes(classes, mask=classes > 0, transform=grid.transform):
        geoms.append(shapely.geometry.shape(geom))
        levels.append(int(value))
    if not geoms:
        return [], []
    geoms = shapely.coverage_simplify(np.array(geoms, dtype=object), tolerance=tolerance)
    geoms = shapely.make_valid(shapely.intersection(geoms, boundary))
    out_g, out_l = [], []
    for geom, level in zip(geoms, levels, strict=True):
        for part in shapely.get_parts(geom):
            if part.geom_type == "Polygon" and part.area >= min_cells * grid.cell ** 2 / 2:
                out_g.append(part)
                out_l.append(LEVELS[level])
    return out_g, out_l


def build_hazard_zones(terrain: Terrain) -> gpd.GeoDataFrame:
    """Flood and landslide zones with ``hazard``, ``level``, ``source`` and ``area_m2``.

    Flood: cells at most 3 / 6 / 10 m above the nearest river floor (within about 1 km of the main
    river and 350 m of a tributary). Landslide: slope over 25 / 30 / 35 degrees, from the DEM
    averaged to 30 m cells so single steep cells do not make zones.
    """
    grid = terrain.grid
    flood = _classify(terrain.height_above_river, FLOOD_STEPS_M, above=False)
    flood_g, flood_l = _polygons(flood, grid, terrain.boundary, min_cells=200, tolerance=12.0)

    k = 3
    ny, nx = grid.ny // k * k, grid.nx // k * k
    dem = terrain.dem[:ny, :nx].astype(np.float64)
    dem = np.where(dem < -1000, np.nan, dem).reshape(ny // k, k, nx // k, k).mean(axis=(1, 3))
    coarse = Grid(grid.x0, grid.y0, grid.cell * k, nx // k, ny // k)
    gy, gx = np.gradient(dem, coarse.cell)
    slope = np.nan_to_num(np.degrees(np.arctan(np.hypot(gx, gy))), nan=0.0)
    steep = _classify(slope, SLOPE_STEPS_DEG, above=True)
    slide_g, slide_l = _polygons(steep, coarse, terrain.boundary, min_cells=12, tolerance=20.0)

    hazard = ["flood"] * len(flood_g) + ["landslide"] * len(slide_g)
    source = (["dem.tif: height above river <= 3/6/10 m"] * len(flood_g)
              + ["dem.tif: slope > 35/30/25 degrees (30 m cells)"] * len(slide_g))
    geoms = flood_g + slide_g
    return gpd.GeoDataFrame({
        "hazard": hazard, "level": flood_l + slide_l, "source": source,
        "area_m2": np.round(shapely.area(geoms), 0),
    }, geometry=geoms, crs="EPSG:4549")
