"""Points in any of many polygons, compiled: a uniform grid of the polygons' boxes and one pass over the
points, each tested only against the polygons whose box holds it and stopping at the first hit.

GEOS tests each (point, polygon) pair after an STRtree query; the answer the impact needs per household
is only "in any hazard polygon or not", so one compiled loop does the grid lookup, the box test and the
crossing count together (about a third of the time of the query and the prepared ``intersects_xy``).
A point on a ring (shell or hole) counts as inside, as ``intersects`` says; the on-edge test is plain
floating point, so a point within about 1e-12 of an edge may be taken either way where GEOS's robust
predicate decides exactly. The kernel is compiled on first use and cached on disk (numba ``cache=True``);
it releases the GIL, so many points are passed in slices on the cores side by side.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from layers.lazy_jit import lazy_njit as _jit

#: Most grid cells the polygons' boxes are spread over (the cell grows until the boxes fit).
MAX_CELLS = 1_000_000
MAX_ENTRIES = 5_000_000
#: Points per thread below which one thread does the whole pass (a thread costs more than it saves).
SPLIT_POINTS = 25_000


def points_in_any(polygons: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Boolean mask: which points ``xy`` (n, 2) lie in or on any of ``polygons`` (Polygons or
    MultiPolygons, valid). NaN coordinates are outside."""
    xy = np.ascontiguousarray(np.asarray(xy, dtype=np.float64).reshape(-1, 2))
    out = np.zeros(len(xy), dtype=np.bool_)
    parts = shapely.get_parts(np.asarray(polygons, dtype=object))
    parts = parts[(shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)]
    if not len(parts) or not len(xy):
        return out
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    coords, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    ring_start = np.searchsorted(vertex_ring, np.arange(len(rings) + 1)).astype(np.int64)
    poly_ring = np.searchsorted(ring_owner, np.arange(len(parts) + 1)).astype(np.int64)
    bounds = shapely.bounds(parts)
    grid = _grid(bounds)
    px, py = xy[:, 0].copy(), xy[:, 1].copy()
    cx, cy = np.ascontiguousarray(coords[:, 0]), np.ascontiguousarray(coords[:, 1])

    def run(part: slice) -> None:
        _inside_kernel(px[part], py[part], *grid, bounds, poly_ring, ring_start, cx, cy, out[part])

    threads = min(os.cpu_count() or 1, len(xy) // SPLIT_POINTS)
    if threads < 2:
        run(slice(None))
        return out
    # the kernel releases the GIL: the points in slices, side by side (each writes its own slice of ``out``)
    edges = np.linspace(0, len(xy), threads + 1).astype(int)
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(run, [slice(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)]))
    return out


def _grid(bounds: np.ndarray):
    """The grid origin, cell size, shape and the polygons of each cell (CSR: start offsets, indices)."""
    x0, y0 = float(bounds[:, 0].min()), float(bounds[:, 1].min())
    x1, y1 = float(bounds[:, 2].max()), float(bounds[:, 3].max())
    span = max(x1 - x0, y1 - y0, 1e-9)
    size = float(np.median(np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])))
    size = max(size, span / np.sqrt(MAX_CELLS), span * 1e-9)
    while True:
        nx, ny = int((x1 - x0) // size) + 1, int((y1 - y0) // size) + 1
        c0 = ((bounds[:, 0] - x0) // size).astype(np.int64)
        c1 = np.minimum(((bounds[:, 2] - x0) // size).astype(np.int64), nx - 1)
        r0 = ((bounds[:, 1] - y0) // size).astype(np.int64)
        r1 = np.minimum(((bounds[:, 3] - y0) // size).astype(np.int64), ny - 1)
        width = c1 - c0 + 1
        count = width * (r1 - r0 + 1)
        if count.sum() <= MAX_ENTRIES or nx * ny <= 1:
            break
        size *= 2.0
    poly = np.repeat(np.arange(len(bounds)), count)
    local = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    cell = (r0[poly] + local // width[poly]) * nx + c0[poly] + local % width[poly]
    order = np.argsort(cell, kind="stable")
    cell_start = np.zeros(nx * ny + 1, dtype=np.int64)
    np.cumsum(np.bincount(cell, minlength=nx * ny), out=cell_start[1:])
    return x0, y0, size, nx, ny, cell_start, poly[order].astype(np.int64)


@_jit
def _inside_kernel(px, py, x0, y0, size, nx, ny, cell_start, cell_poly, bounds, poly_ring, ring_start,
                   cx, cy, out):  # pragma: no cover - compiled
    for i in range(px.shape[0]):
        x = px[i]
        y = py[i]
        if not (x == x and y == y):
            continue
        col = int(np.floor((x - x0) / size))
        row = int(np.floor((y - y0) / size))
        if col < 0 or row < 0 or col >= nx or row >= ny:
            continue
        cell = row * nx + col
        for k in range(cell_start[cell], cell_start[cell + 1]):
            p = cell_poly[k]
            if x < bounds[p, 0] or x > bounds[p, 2] or y < bounds[p, 1] or y > bounds[p, 3]:
                continue
            crossings = 0
            on_edge = False
            for r in range(poly_ring[p], poly_ring[p + 1]):
                for v in range(ring_start[r], ring_start[r + 1] - 1):
                    xa = cx[v]
                    ya = cy[v]
                    xb = cx[v + 1]
                    yb = cy[v + 1]
                    cross = (xb - xa) * (y - ya) - (yb - ya) * (x - xa)
                    if cross == 0.0 and min(xa, xb) <= x <= max(xa, xb) and min(ya, yb) <= y <= max(ya, yb):
                        on_edge = True
                        break
                    if (ya > y) != (yb > y):
                        if x < (xb - xa) * (y - ya) / (yb - ya) + xa:
                            crossings += 1
                if on_edge:
                    break
            if on_edge or crossings % 2 == 1:
                out[i] = True
                break
