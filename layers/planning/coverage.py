"""Which demand points (households, weighted by their members) each site covers.

The answer is a sparse matrix, demand points by sites, with a 1 where the site covers the point: by a
straight range (:func:`range_coverage`), or by the terrain, a point being covered when the site's
viewshed sees its cell (:func:`viewshed_coverage`). The optimiser (:mod:`layers.planning.siting`)
builds its model directly from it.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from datasources.feedback import Feedback, IsCancelled, Progress
from layers.planning.viewshed import (
    DEFAULT_REFRACTION,
    VISIBLE,
    WGS84_SEMI_MAJOR,
    OffTerrain,
    Site,
    Terrain,
    site_window,
)


def _points(xy, what: str) -> np.ndarray:
    xy = np.asarray(xy, dtype=np.float64)
    if xy.size == 0:
        return xy.reshape(0, 2)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError(f"{what} are rows of x, y, not an array of shape {xy.shape}")
    if not np.isfinite(xy).all():
        raise ValueError(f"{what} must have finite coordinates")
    return xy


def _csr(rows: list[np.ndarray], n_demand: int) -> sparse.csr_matrix:
    """The demand x sites matrix from, per site, the demand rows it covers."""
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.concatenate(rows).astype(np.int32) if rows else np.zeros(0, np.int32)
    data = np.ones(indices.size, dtype=np.uint8)
    by_site = sparse.csc_matrix((data, indices, indptr), shape=(n_demand, len(rows)))
    by_site.sort_indices()
    return by_site.tocsr()


def range_coverage(demand_xy, site_xy, ranges) -> sparse.csr_matrix:
    """Demand points within each site's range, as a straight distance.

    Parameters
    ----------
    demand_xy : array (n, 2)
        The demand points (same CRS as the sites, in metres).
    site_xy : array (m, 2)
        The sites.
    ranges : float or array (m,)
        Each site's range in metres.

    Returns
    -------
    scipy.sparse.csr_matrix (n, m) of uint8
    """
    demand = _points(demand_xy, "demand points")
    sites = _points(site_xy, "sites")
    ranges = np.broadcast_to(np.asarray(ranges, dtype=np.float64), (len(sites),))
    if (ranges < 0).any() or not np.isfinite(ranges).all():
        raise ValueError("ranges must be finite and not negative")
    if len(demand) == 0 or len(sites) == 0:
        return sparse.csr_matrix((len(demand), len(sites)), dtype=np.uint8)
    tree = cKDTree(demand)
    found = tree.query_ball_point(sites, r=ranges, return_sorted=False)
    return _csr([np.asarray(f, dtype=np.int64) for f in found], len(demand))


def demand_cells(terrain: Terrain, demand_xy) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) of the DEM cells holding each demand point; -1 for points off the DEM."""
    demand = _points(demand_xy, "demand points")
    rows, cols = terrain.fractional_cell(demand[:, 0], demand[:, 1])
    rows = np.floor(rows).astype(np.int64)
    cols = np.floor(cols).astype(np.int64)
    off = (rows < 0) | (cols < 0) | (rows >= terrain.shape[0]) | (cols >= terrain.shape[1])
    rows[off] = -1
    cols[off] = -1
    return rows, cols


def viewshed_coverage(dem, transform, demand_xy, sites: list[Site],
                      refraction: float = DEFAULT_REFRACTION, nodata: float | None = None,
                      semi_major: float = WGS84_SEMI_MAJOR, progress: Progress | None = None,
                      is_cancelled: IsCancelled | None = None) -> sparse.csr_matrix:
    """Demand points whose DEM cell each site sees (its range, sector and receiver height included).

    ``progress`` is told after each site and ``is_cancelled`` asked before each
    (:class:`~datasources.errors.Cancelled` is raised when it says stop). Points off the DEM are never
    covered; sites off the DEM, or on cells of it without elevation, cover nothing.
    """
    feedback = Feedback(progress, is_cancelled)
    terrain = Terrain.of(dem, transform, nodata, semi_major)
    rows, cols = demand_cells(terrain, demand_xy)
    order = np.argsort(rows, kind="stable")      # demand sorted by row: a window is one slice of it
    sorted_rows = rows[order]
    found = []
    for index, site in enumerate(sites):
        feedback.check()
        try:
            window, x0, y0 = site_window(terrain, site, refraction, threads=2)
        except OffTerrain:                       # a site off the DEM sees nothing of it
            found.append(np.zeros(0, dtype=np.int64))
            continue
        lo, hi = np.searchsorted(sorted_rows, [y0, y0 + window.shape[0]])
        candidates = order[lo:hi]
        c = cols[candidates]
        inside = (c >= x0) & (c < x0 + window.shape[1])
        candidates = candidates[inside]
        seen = window[rows[candidates] - y0, cols[candidates] - x0] == VISIBLE
        found.append(np.sort(candidates[seen]))
        feedback.progress((index + 1) / max(len(sites), 1), f"site {index + 1} of {len(sites)}")
    return _csr(found, len(rows))
