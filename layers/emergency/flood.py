"""Flood extent from a DEM and a water level, and the rising-rate rule of a river gauge.

A cell is flooded when the ground is below the water surface AND the cell is connected (8-neighbourhood,
through cells that are also below the surface) to the river: a low basin behind a ridge stays dry
whatever its height. The work is vectorised: one :func:`scipy.ndimage.label` of the "below" mask, then a
lookup of the labels that touch the river cells; no Python loop over cells.

Depth classes (metres of water): 1 ``< 0.5``, 2 ``0.5-1.5``, 3 ``1.5-3``, 4 ``> 3``; 0 is dry.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from affine import Affine
from rasterio import features
from scipy import ndimage

#: Upper bounds (m) of the depth classes 1..3; class 4 is deeper than the last.
DEPTH_BREAKS = (0.5, 1.5, 3.0)
#: Label of each depth class 1..4.
DEPTH_LABELS = ("< 0.5 m", "0.5-1.5 m", "1.5-3 m", "> 3 m")
_EIGHT = np.ones((3, 3), dtype=bool)


@dataclass
class FloodExtent:
    """The flood for one water level.

    Attributes
    ----------
    depth : ndarray of float32
        Water depth in metres, NaN on dry cells (and on cells without elevation).
    classes : ndarray of uint8
        Depth class 1..4 (see :data:`DEPTH_LABELS`), 0 where dry.
    transform : Affine
        Pixel to map coordinates, as the DEM's.
    level : float
        The water surface elevation, in the DEM's height unit (metres).
    """

    depth: np.ndarray
    classes: np.ndarray
    transform: Affine
    level: float

    @property
    def flooded_cells(self) -> int:
        return int(np.count_nonzero(self.classes))

    def class_counts(self) -> dict[str, int]:
        """Number of cells per depth class label."""
        counts = np.bincount(self.classes.ravel(), minlength=len(DEPTH_LABELS) + 1)
        return {label: int(counts[i + 1]) for i, label in enumerate(DEPTH_LABELS)}


def flooded_mask(dem: np.ndarray, river: np.ndarray, level: float) -> np.ndarray:
    """Cells below ``level`` connected (8-neighbourhood) to a river cell that is below ``level``.

    Parameters
    ----------
    dem : ndarray (2-D) or masked array
        Ground elevation; masked, NaN or infinite cells never flood and never connect.
    river : ndarray of bool, same shape
        The river's cells (see :func:`river_cells`).
    level : float
        Water surface elevation.
    """
    dem, river = _checked(dem, river, level)
    values = np.ma.getdata(dem)
    below = np.isfinite(values) & (values < level)
    if np.ma.isMaskedArray(dem) and dem.mask is not np.ma.nomask:
        below &= ~np.ma.getmaskarray(dem)
    seeds = below & river
    if not seeds.any():
        return np.zeros(values.shape, dtype=bool)
    # label only the rows and columns that hold low cells: a flood in a valley of a large DEM is cheap
    rows, cols = np.flatnonzero(below.any(axis=1)), np.flatnonzero(below.any(axis=0))
    box = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
    labels, count = ndimage.label(below[box], structure=_EIGHT)
    wet = np.zeros(count + 1, dtype=bool)
    wet[labels[seeds[box]]] = True
    wet[0] = False
    out = np.zeros(values.shape, dtype=bool)
    out[box] = wet[labels]
    return out


def flood_extent(dem: np.ndarray, transform, river: np.ndarray, level: float) -> FloodExtent:
    """Depth and depth classes of the flood at ``level`` (see :func:`flooded_mask`)."""
    wet = flooded_mask(dem, river, level)
    values = np.ma.getdata(dem).astype(np.float32, copy=False)
    depth = np.subtract(np.float32(level), values, dtype=np.float32)
    classes = wet.astype(np.uint8)                 # class 1 on every wet cell, then one per break
    for bound in DEPTH_BREAKS:                     # 3 whole-array passes, no fancy indexing
        classes += wet & (depth >= bound)
    depth[~wet] = np.nan
    return FloodExtent(depth=depth, classes=classes, transform=_affine(transform), level=float(level))


def river_cells(geometries, transform, shape: tuple[int, int]) -> np.ndarray:
    """Boolean mask of the cells a river (lines or polygons, in the DEM's CRS) touches."""
    geoms = [g for g in geometries if g is not None and not shapely.is_empty(g)]
    if not geoms:
        raise ValueError("the river layer has no geometry")
    burnt = features.rasterize(((g, 1) for g in geoms), out_shape=shape,
                               transform=_affine(transform), fill=0, all_touched=True,
                               dtype="uint8")
    if not burnt.any():
        raise ValueError("the river lies outside the DEM")
    return burnt.astype(bool)


def hazard_polygons(extent: FloodExtent, crs=None) -> gpd.GeoDataFrame:
    """The flood as polygons, one row per connected patch of one depth class.

    Columns: ``depth_class`` (1..4), ``depth_label``, ``level`` and ``area_m2`` (computed in a local
    UTM zone when the CRS is geographic; empty when the CRS is unknown).
    """
    polygons, values = _polygons(features.shapes(extent.classes, mask=extent.classes > 0,
                                                 transform=extent.transform, connectivity=4))
    labels = np.array(DEPTH_LABELS, dtype=object)
    gdf = gpd.GeoDataFrame(
        {"depth_class": values, "depth_label": labels[values - 1] if len(values) else [],
         "level": np.full(len(values), extent.level)},
        geometry=polygons, crs=crs)
    if crs is None or gdf.empty:
        gdf["area_m2"] = np.nan if crs is None else np.zeros(len(gdf))
    elif gdf.crs.is_geographic:
        gdf["area_m2"] = gdf.to_crs(gdf.estimate_utm_crs()).area.to_numpy()
    else:
        gdf["area_m2"] = gdf.area.to_numpy() * gdf.crs.axis_info[0].unit_conversion_factor ** 2
    return gdf


def _polygons(shapes) -> tuple[np.ndarray, np.ndarray]:
    """Shapely polygons and their values from :func:`rasterio.features.shapes`, built in one go:
    the rings' coordinates are gathered into one array and GEOS makes every polygon at once (a
    shapely object per shape costs five times as much on a flood of 300,000 patches)."""
    rings, ring_counts, values = [], [], []
    for geom, value in shapes:
        coordinates = geom["coordinates"]
        rings.extend(coordinates)
        ring_counts.append(len(coordinates))
        values.append(value)
    if not rings:
        return np.array([], dtype=object), np.array([], dtype=np.int64)
    lengths = np.fromiter(map(len, rings), dtype=np.int64, count=len(rings))
    flat = chain.from_iterable(chain.from_iterable(rings))
    coords = np.fromiter(flat, dtype=np.float64, count=2 * int(lengths.sum())).reshape(-1, 2)
    linear = shapely.linearrings(coords, indices=np.repeat(np.arange(len(rings)), lengths))
    polygons = shapely.polygons(linear, indices=np.repeat(np.arange(len(ring_counts)), ring_counts))
    return polygons, np.asarray(values, dtype=np.int64)


def rising_rate(levels: pd.Series, rise: float, hours: float) -> pd.DataFrame:
    """The rule "rose more than ``rise`` in ``hours`` hours" over a level series.

    Parameters
    ----------
    levels : Series
        Water levels indexed by time (any order; duplicate times keep their last value; NaN ignored).
    rise : float
        The rise that triggers, in the series' unit.
    hours : float
        The look-back window in hours, including its start.

    Returns
    -------
    DataFrame
        Indexed by time in order: ``level``, ``rise`` (level minus the lowest level of the window)
        and ``triggered`` (rise > ``rise``).
    """
    if hours <= 0:
        raise ValueError("the window must be longer than 0 hours")
    if not isinstance(levels.index, pd.DatetimeIndex):
        raise ValueError("the levels must be indexed by time")
    s = pd.to_numeric(levels, errors="coerce").dropna()
    s = s[~s.index.duplicated(keep="last")].sort_index().astype(float)
    lowest = s.rolling(pd.Timedelta(hours=hours), closed="both").min()
    risen = s - lowest
    return pd.DataFrame({"level": s, "rise": risen, "triggered": risen > rise})


def _checked(dem, river, level):
    if np.ndim(dem) != 2:
        raise ValueError(f"the DEM must be a single band (2-D), not of shape {np.shape(dem)}")
    river = np.asarray(river, dtype=bool)
    if river.shape != np.shape(dem):
        raise ValueError(f"the river mask {river.shape} and the DEM {np.shape(dem)} differ in shape")
    if not np.isfinite(level):
        raise ValueError("the water level must be a number")
    return dem, river


def _affine(transform) -> Affine:
    if isinstance(transform, Affine):
        return transform
    return Affine(*tuple(transform)[:6])
