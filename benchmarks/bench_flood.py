"""Flood extent on a 4000x4000 DEM (16M cells) for one water level.

Figures:

- ``flood_extent_4000``: :func:`layers.emergency.flood.flood_extent` (connected flooded cells, depth
  and depth classes; goal under 0.5 s), ref ``ndimage_label`` (:func:`scipy.ndimage.label` alone, 8
  neighbours, on the same below-the-surface mask).
- ``flood_mask_4000``: :func:`layers.emergency.flood.flooded_mask` (connected cells only), ref
  ``numpy_threshold`` (``dem < level``: every low cell, connected or not).
- ``flood_polygons_4000``: :func:`layers.emergency.flood.hazard_polygons` (depth-class polygons with
  areas), ref ``rasterio_shapes`` (:func:`rasterio.features.shapes` of the class raster alone).

The DEM is a synthetic valley: a river down the middle, banks rising 1 m per 100 cells, a gentle
along-valley wave, 0.3 m of noise, and closed basins outside the valley that lie below the water
surface but must stay dry. It is cached as ``.npy`` in the cache folder.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from affine import Affine
from rasterio import features
from scipy import ndimage

from benchmarks.harness import measure, report
from layers.emergency.flood import flood_extent, flooded_mask, hazard_polygons

SIZE = 4000
LEVEL = 8.0
TRANSFORM = Affine(5.0, 0.0, 500_000.0, 0.0, -5.0, 3_000_000.0)


def valley_dem(cache_dir: Path, size: int = SIZE) -> np.ndarray:
    """The synthetic valley DEM (float32, metres), cached in ``cache_dir``."""
    path = Path(cache_dir) / f"flood_valley_{size}.npy"
    if path.exists():
        return np.load(path)
    rng = np.random.default_rng(12)
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float32)
    centre = size / 2 + size / 20 * np.sin(rows / (size / 6))
    dem = np.abs(cols - centre) * 0.01 + 3.0 * np.sin(rows / (size / 13)) + 2.0
    dem += rng.normal(0.0, 0.3, dem.shape)
    basins = (np.sin(cols / 97.0) * np.sin(rows / 89.0) > 0.8) & (np.abs(cols - centre) > size / 4)
    dem[basins] = 0.0                                     # low, but walled off from the river
    dem = dem.astype(np.float32)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, dem)
    tmp.replace(path)
    return dem


def run(cache_dir: Path) -> None:
    dem = valley_dem(cache_dir)
    river = np.zeros(dem.shape, dtype=bool)
    rows = np.arange(SIZE)
    centre = np.clip(np.round(SIZE / 2 + SIZE / 20 * np.sin(rows / (SIZE / 6))), 0, SIZE - 1)
    river[rows, centre.astype(int)] = True
    below = dem < LEVEL
    eight = np.ones((3, 3), dtype=bool)

    extent = flood_extent(dem, TRANSFORM, river, LEVEL)
    wet = extent.flooded_cells
    facts = dict(cells=dem.size, flooded=wet, below_level=int(below.sum()))
    ours = measure(lambda: flood_extent(dem, TRANSFORM, river, LEVEL), repeat=5)
    ref = measure(lambda: ndimage.label(below, structure=eight), repeat=5)
    report("flood_extent_4000", ours, "ndimage_label", ref, goal_s=0.5, **facts)

    ours = measure(lambda: flooded_mask(dem, river, LEVEL), repeat=5)
    ref = measure(lambda: dem < LEVEL, repeat=5)
    report("flood_mask_4000", ours, "numpy_threshold", ref, **facts)

    polygons = len(hazard_polygons(extent, crs="EPSG:32650"))
    ours = measure(lambda: hazard_polygons(extent, crs="EPSG:32650"), repeat=3)
    ref = measure(lambda: list(features.shapes(extent.classes, mask=extent.classes > 0,
                                               transform=TRANSFORM, connectivity=4)), repeat=3)
    report("flood_polygons_4000", ours, "rasterio_shapes", ref, polygons=polygons)
