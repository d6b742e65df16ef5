"""The fill of a big polygon path computed in one compiled pass: which pixels an aliased, odd-even fill
covers, painted in the fill colour.

Filling the 100,000 villages of a whole-extent view (750,000 path elements at 1600x1000) through
``QPainter.drawPath`` cost 0.28-0.31 s of CPU, most of a first frame: Qt's rasteriser sorts and walks
every edge per scan line. The same coverage is an edge-flag fill: each edge flips one flag per pixel row
it crosses (at the first pixel whose centre lies right of the crossing), and a running parity along each
row says which pixels are inside. Each ring closes from its last vertex back to its first, as a filled
subpath does, and the odd-even rule holds over the whole path, as ``Qt.OddEvenFill`` does. A pixel is
inside when its centre is (Qt's aliased fill samples pixel centres too; 0.1 % of the pixels of that view
differ, on edges through a pixel centre).

The kernel is compiled with numba (:mod:`layers.lazy_jit`); :mod:`widgets.layer_items` uses it only for
paths of more than :data:`layers.lod.NUMPY_MAX_VERTICES` vertices, whose simplification loaded numba
already. Plain numpy and numba, no Qt.
"""

from __future__ import annotations

import math

import numpy as np

from layers.lazy_jit import lazy_njit as _jit


@_jit
def _fill_kernel(x, y, connect, sx, sy, tx, ty, colour, flags, out):  # pragma: no cover - compiled
    height, width = out.shape
    n = x.shape[0]
    start = 0
    for i in range(n):
        last = (not connect[i]) or i == n - 1
        j = start if last else i + 1
        if last:
            start = i + 1
        xa = x[i] * sx + tx
        ya = y[i] * sy + ty
        xb = x[j] * sx + tx
        yb = y[j] * sy + ty
        if not (math.isfinite(xa) and math.isfinite(ya) and math.isfinite(xb) and math.isfinite(yb)):
            continue
        if ya == yb:
            continue  # a horizontal edge crosses no row centre
        if ya > yb:
            xa, ya, xb, yb = xb, yb, xa, ya
        # the rows whose centre (row + 0.5) lies in [ya, yb): half-open, so a vertex between two
        # edges is counted once
        first = int(math.ceil(max(ya, -1.0) - 0.5))
        end = int(math.ceil(min(yb, height + 1.0) - 0.5))
        if first < 0:
            first = 0
        if end > height:
            end = height
        slope = (xb - xa) / (yb - ya)
        for row in range(first, end):
            at = xa + (row + 0.5 - ya) * slope - 0.5
            if at <= 0.0:
                column = 0
            elif at >= width:
                column = width
            else:
                column = int(math.ceil(at))
            flags[row, column] ^= 1
    for row in range(height):
        inside = 0
        for column in range(width):
            inside ^= flags[row, column]
            if inside:
                out[row, column] = colour


def fill_pixels(x, y, connect, transform: tuple[float, float, float, float], width: int, height: int,
                colour: int) -> np.ndarray:
    """The odd-even fill of the rings ``x``, ``y``, ``connect`` (see :class:`layers.lod.PathArrays`:
    ``connect[i]`` False ends a ring at vertex i) as pixels of value ``colour``, 0 elsewhere.

    Parameters
    ----------
    x, y, connect : array_like
        Vertices in path coordinates and the ring ends.
    transform : (sx, sy, tx, ty)
        Path coordinates to pixels: column ``x * sx + tx``, row ``y * sy + ty`` (rows grow downwards:
        ``sy`` is negative for a map whose y points up).
    width, height : int
        The image in pixels.
    colour : int
        The 32-bit value of a covered pixel (a premultiplied ARGB colour, say).

    Returns
    -------
    numpy.ndarray
        uint32 (height, width), row 0 at the top.
    """
    width, height = max(int(width), 0), max(int(height), 0)
    out = np.zeros((height, width), dtype=np.uint32)
    x = np.ascontiguousarray(x, dtype=np.float64).ravel()
    y = np.ascontiguousarray(y, dtype=np.float64).ravel()
    connect = np.ascontiguousarray(connect, dtype=np.bool_).ravel()
    if x.size != y.size or x.size != connect.size:
        raise ValueError(f"{x.size} x, {y.size} y and {connect.size} connect values")
    if x.size < 2 or not out.size:
        return out
    flags = np.zeros((height, width + 1), dtype=np.uint8)
    sx, sy, tx, ty = (float(v) for v in transform)
    _fill_kernel(x, y, connect, sx, sy, tx, ty, np.uint32(colour), flags, out)
    return out
