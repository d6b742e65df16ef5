"""Level of detail for the map canvas: dense points binned to an image, polygons and lines packed once
and simplified to the pixel size of the current view. Plain numpy and numba, no Qt.

Coordinates handed to the canvas are *local*: the :class:`PackedGeometry` origin (x0, y0) is subtracted
so float32 keeps centimetres even for Gauss-Kruger eastings with a zone prefix (~4e7 m). The canvas adds
the origin back with the item's transform. Views (``view=(minx, miny, maxx, maxy)``) are always given in
*real* coordinates of the layer CRS.

The numba kernels are compiled on first use and cached on disk (``cache=True``), so only the very first
call on a machine pays the compile time; ``python -m benchmarks lod`` shows that cost separately. numba
itself is imported on the first call that needs it: views of up to :data:`NUMPY_MAX_VERTICES`
vertices are simplified in numpy (:mod:`layers.lod_small`, the same vertices) and never load it.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from datasources.feedback import IsCancelled, check_cancelled, never_cancelled
from layers.lazy_jit import lazy_njit as _jit
from layers.lod_pack import PackedGeometry, pack_geometries  # noqa: F401 — packing is part of lod's API
from layers.lod_small import simplify_rings

#: simplify up to this many vertices a view with numpy (layers.lod_small), above with the numba kernel
NUMPY_MAX_VERTICES = 300_000



_CHUNK_VERTICES = 2_000_000  # simplify this many vertices between two looks at is_cancelled


# --------------------------------------------------------------------------------------------- points

@_jit
def _bin_kernel(x, y, weights, use_weights, minx, maxy, sx, sy, out):  # pragma: no cover - compiled
    height, width = out.shape
    for i in range(x.shape[0]):
        fx = (x[i] - minx) * sx
        fy = (maxy - y[i]) * sy
        if fx >= 0.0 and fx <= width and fy >= 0.0 and fy <= height:  # NaN fails every test
            ix = int(fx)
            iy = int(fy)
            if ix == width:
                ix = width - 1
            if iy == height:
                iy = height - 1
            if use_weights:
                out[iy, ix] += weights[i]
            else:
                out[iy, ix] += 1.0


def bin_points(x, y, view, width: int, height: int, weights=None) -> np.ndarray:
    """Count points (or sum their weights) per pixel of a view: a density image of dense point layers.

    Parameters
    ----------
    x, y : array_like
        Point coordinates in the layer CRS (real, not local). NaN points are skipped.
    view : (minx, miny, maxx, maxy)
        The visible rectangle in the same CRS. Points outside are culled; points exactly on the right
        or top edge fall in the last column or the first row.
    width, height : int
        Image size in pixels.
    weights : array_like, optional
        A value per point (a reading, a population) summed instead of counting.

    Returns
    -------
    numpy.ndarray
        float32 array (height, width); row 0 is the top of the view (maxy), column 0 its left (minx).

    Raises
    ------
    ValueError
        On an empty view or image, or when the arrays differ in length.
    """
    minx, miny, maxx, maxy = (float(v) for v in view)
    width, height = int(width), int(height)
    if not (maxx > minx and maxy > miny) or width <= 0 or height <= 0:
        raise ValueError(f"cannot bin into view {view} at {width}x{height} pixels")
    x = np.ascontiguousarray(x, dtype=np.float64).ravel()
    y = np.ascontiguousarray(y, dtype=np.float64).ravel()
    if x.shape != y.shape:
        raise ValueError(f"x has {x.size} values but y has {y.size}")
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    if weights is None:
        out = np.zeros((height, width), dtype=np.float32)
        _bin_kernel(x, y, x[:0], False, minx, maxy, sx, sy, out)
        return out
    w = np.ascontiguousarray(weights, dtype=np.float64).ravel()
    if w.shape != x.shape:
        raise ValueError(f"{x.size} points but {w.size} weights")
    out = np.zeros((height, width), dtype=np.float64)  # sum in float64, hand back float32
    _bin_kernel(x, y, w, True, minx, maxy, sx, sy, out)
    return out.astype(np.float32)


# --------------------------------------------------------------------------------------- simplifying

class PathArrays(NamedTuple):
    """Arrays for ``pyqtgraph.functions.arrayToQPath(x, y, connect=connect)``, in local coordinates.

    ``connect[i]`` is True when vertex i joins vertex i + 1; it is False at the last vertex of every
    ring, so each ring becomes its own subpath (and polygons fill with holes, odd-even rule).
    """

    x: np.ndarray
    y: np.ndarray
    connect: np.ndarray

    @property
    def ring_count(self) -> int:
        """Number of subpaths."""
        return int(self.connect.size - np.count_nonzero(self.connect))


@_jit
def _simplify_kernel(coords, offsets, rings, pixel_size, out_x, out_y, out_c, n):  # pragma: no cover
    min_step2 = pixel_size * pixel_size
    for r in rings:
        start = offsets[r]
        end = offsets[r + 1]
        kept_x = coords[start, 0]
        kept_y = coords[start, 1]
        out_x[n] = kept_x
        out_y[n] = kept_y
        out_c[n] = True
        n += 1
        for i in range(start + 1, end - 1):
            dx = coords[i, 0] - kept_x
            dy = coords[i, 1] - kept_y
            if dx * dx + dy * dy >= min_step2:  # closer than a pixel to the last kept: dropped
                kept_x = coords[i, 0]
                kept_y = coords[i, 1]
                out_x[n] = kept_x
                out_y[n] = kept_y
                out_c[n] = True
                n += 1
        if end - start > 1:  # the last vertex always stays: rings stay closed, lines keep their ends
            out_x[n] = coords[end - 1, 0]
            out_y[n] = coords[end - 1, 1]
            out_c[n] = True
            n += 1
        out_c[n - 1] = False
    return n


def _ring_selection(packed: PackedGeometry, view, features) -> np.ndarray:
    selected = np.ones(packed.n_rings, dtype=bool)
    if features is not None:
        features = np.asarray(features)
        if features.dtype == bool:
            if features.size != packed.n_features:
                raise ValueError(f"feature mask has {features.size} values for "
                                 f"{packed.n_features} features")
            wanted = features
        else:
            wanted = np.zeros(packed.n_features, dtype=bool)
            wanted[features.astype(np.int64)] = True
        selected &= wanted[packed.ring_feature]
    if view is not None:
        ox, oy = packed.origin
        minx, miny, maxx, maxy = (float(view[0]) - ox, float(view[1]) - oy,
                                  float(view[2]) - ox, float(view[3]) - oy)
        rb = packed.ring_bounds
        selected &= (rb[:, 2] >= minx) & (rb[:, 0] <= maxx) & (rb[:, 3] >= miny) & (rb[:, 1] <= maxy)
    return selected


def _sub_pixel_marks(packed: PackedGeometry, rings: np.ndarray, pixel_size: float, closed: bool):
    """One mark per pixel for rings smaller than a pixel: a pixel square, or a two-vertex dot."""
    rb = packed.ring_bounds[rings]
    origin = np.array(packed.origin)
    centres = np.column_stack([rb[:, 0] + rb[:, 2], rb[:, 1] + rb[:, 3]]) / 2.0 + origin
    cells = np.floor(centres / pixel_size + 0.5)  # the grid of real coordinates: layers agree
    _, first = np.unique(cells, axis=0, return_index=True)
    if closed:
        cells = cells[np.sort(first)]
        square_x = np.array([-0.5, 0.5, 0.5, -0.5, -0.5])
        square_y = np.array([-0.5, -0.5, 0.5, 0.5, -0.5])
        x = ((cells[:, 0:1] + square_x) * pixel_size - origin[0]).ravel()
        y = ((cells[:, 1:2] + square_y) * pixel_size - origin[1]).ravel()
        per_mark = 5
    else:
        rings = rings[np.sort(first)]
        ends = np.column_stack([packed.ring_offsets[rings], packed.ring_offsets[rings + 1] - 1])
        x = packed.coords[ends.ravel(), 0]
        y = packed.coords[ends.ravel(), 1]
        per_mark = 2
    connect = np.ones(x.size, dtype=bool)
    connect[per_mark - 1::per_mark] = False
    return x, y, connect


def simplify_to_pixel(packed: PackedGeometry, pixel_size: float, view=None, features=None,
                      closed: bool | None = None,
                      is_cancelled: IsCancelled = never_cancelled) -> PathArrays:
    """Simplify packed rings to the pixel grid of the current zoom, ready to draw as one path.

    Within a ring, every vertex closer than one pixel to the last kept vertex is dropped (radial
    distance); the first and last vertices always stay, so rings stay closed and lines keep their
    ends. Kept vertices keep their exact (local) position, and every dropped stretch lies within one
    pixel of the kept vertex before it, so the result stays within one pixel of the original
    (Hausdorff distance <= ``pixel_size``). Measured on 100k village polygons this keeps a third fewer
    vertices than snapping to the pixel grid and dropping repeats within a pixel, whose error bound is
    the pixel diagonal (1.42 pixels).

    Rings whose bounding box is smaller than one pixel (both sides) are not simplified but *marked*:
    a polygon shell becomes the square of the pixel holding its centre (on the grid
    ``floor(real_coord / pixel_size + 0.5)``, the same for every layer), one square per pixel, so
    small villages still show at small scales; a hole that small is dropped; a line that small keeps
    just its two ends (a dot), one per pixel.

    Parameters
    ----------
    packed : PackedGeometry
        From :func:`pack_geometries`.
    pixel_size : float
        Size of one screen pixel in layer CRS units at the current zoom.
    view : (minx, miny, maxx, maxy), optional
        Visible rectangle in *real* coordinates; rings whose bounds miss it are culled.
    features : array_like, optional
        Boolean mask over the features (length ``packed.n_features``) or their row positions: draw
        only these (one path per style class).
    closed : bool, optional
        True for polygons, False for lines; by default from ``packed.kind``.
    is_cancelled : callable
        Polled between chunks of about two million vertices.

    Returns
    -------
    PathArrays
        float32 local x and y, and the connect array.

    Raises
    ------
    datasources.errors.Cancelled
        When ``is_cancelled()`` turned True.
    """
    if not pixel_size > 0:
        raise ValueError(f"pixel size must be positive, not {pixel_size}")
    closed = packed.kind == "polygon" if closed is None else bool(closed)
    check_cancelled(is_cancelled)
    selected = _ring_selection(packed, view, features)
    rb = packed.ring_bounds
    small = np.maximum(rb[:, 2] - rb[:, 0], rb[:, 3] - rb[:, 1]) < pixel_size
    full = np.flatnonzero(selected & ~small)
    marked = np.flatnonzero(selected & small & (packed.ring_exterior | (not closed)))
    mark_x, mark_y, mark_c = _sub_pixel_marks(packed, marked, pixel_size, closed)

    lengths = packed.ring_offsets[full + 1] - packed.ring_offsets[full]
    total = int(lengths.sum())
    out_x = np.empty(total + mark_x.size, dtype=np.float32)
    out_y = np.empty_like(out_x)
    out_c = np.empty(out_x.size, dtype=bool)
    cumulative = np.cumsum(lengths)
    bounds = np.searchsorted(cumulative, np.arange(_CHUNK_VERTICES, total, _CHUNK_VERTICES))
    n = 0
    for chunk in np.split(full, bounds):
        check_cancelled(is_cancelled)
        if chunk.size and total <= NUMPY_MAX_VERTICES:
            x, y, c = simplify_rings(packed.coords, packed.ring_offsets, chunk, float(pixel_size))
            out_x[n:n + x.size], out_y[n:n + x.size], out_c[n:n + x.size] = x, y, c
            n += x.size
        elif chunk.size:
            n = _simplify_kernel(packed.coords, packed.ring_offsets, chunk, float(pixel_size),
                                 out_x, out_y, out_c, n)
    out_x[n:n + mark_x.size] = mark_x
    out_y[n:n + mark_x.size] = mark_y
    out_c[n:n + mark_x.size] = mark_c
    n += mark_x.size
    if n < out_x.size // 2:  # give back the memory of a large, mostly unused buffer
        return PathArrays(out_x[:n].copy(), out_y[:n].copy(), out_c[:n].copy())
    return PathArrays(out_x[:n], out_y[:n], out_c[:n])


def line_arrays(packed: PackedGeometry, pixel_size: float, view=None, features=None,
                is_cancelled: IsCancelled = never_cancelled) -> PathArrays:
    """:func:`simplify_to_pixel` for lines (open rings), also usable to outline polygons."""
    return simplify_to_pixel(packed, pixel_size, view=view, features=features, closed=False,
                             is_cancelled=is_cancelled)
