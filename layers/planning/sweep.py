"""The compiled line-of-sight sweep behind :mod:`layers.planning.viewshed`.

The sweep is the one of "Generating viewsheds without using sightlines" (Wang et al., 2000) as GDAL's
``gdal_viewshed`` runs it: rows are visited outward from the observer's row, and each row outward from
the observer's column. A cell's *horizon height* is the height that the line of sight from the observer
has when it passes over the cell, interpolated from the two cells of the previous ring it is seen
across: the diagonal neighbour toward the observer and either the neighbour on the same row (when the
cell is farther across than along) or the one in the same column. A cell is visible when its ground
(lowered for the earth's curvature) plus the target height reaches the horizon height; the cell then
carries the larger of the two outward. The interpolation (GDAL's "edge" mode), the curvature formula and
the cells next to the observer follow GDAL's so that both mark the same cells.

Compiled on first use and cached on disk (``cache=True``); numba is imported on the first call only.
"""

from __future__ import annotations

import numpy as np

from layers.lazy_jit import lazy_njit as _jit

VISIBLE = 1
HIDDEN = 0
OUT_OF_RANGE = 255




def _line(i, za, zo):
    """Horizon height at ``i`` cells along a straight line, from the cell before it (``za``)."""
    if i == 1:
        return za
    return (za - zo) / (i - 1) + za


def _edge(i, j, za, zb, zo):
    """Horizon height of cell (i, j), i <= j, from the diagonal cell ``za`` and the edge cell ``zb``
    (the reference for the compiled sweep, which spells the same arithmetic out inline)."""
    if i == j:
        return _line(i, za, zo)
    return ((za - zo) * i + (zb - zo) * (j - i)) / (j - 1) + zo


def _first_row(dem, x0, x1, y0, cx, cy, observer_height, target_height, curvature, gt, max_d2,
               first, out):  # pragma: no cover - compiled
    """The observer's own row of the window ``dem[y0:, x0:x1]``: fills ``first`` with the heights the
    sight line carries outward (lowered for curvature) and ``out``'s row; returns the observer's
    eye height.

    ``curvature`` is the coefficient over the sphere's diameter (metres lowered per square metre of
    distance), ``gt`` the pixel size terms (a, b, d, e) of the transform, ``max_d2`` the squared range
    (0: unlimited). ``out`` (uint8, the window's shape) receives 1 visible, 0 hidden, 255 out of range.
    """
    w = x1 - x0
    ox = cx - x0
    for i in range(w):
        first[i] = dem[cy, x0 + i]
    z_obs = observer_height + first[ox]
    a, d = gt[0], gt[2]
    row = cy - y0

    # the observer's own row
    out[row, ox] = VISIBLE
    for side in (-1, 1):
        i = ox + side
        if 0 <= i < w:
            px = a * 1.0
            py = d * 1.0
            first[i] -= curvature * (px * px + py * py)
            out[row, i] = VISIBLE
        i = ox + 2 * side
        while 0 <= i < w:
            k = abs(i - ox)
            px = a * k
            py = d * k
            r2 = px * px + py * py
            first[i] -= curvature * r2
            if max_d2 > 0 and r2 > max_d2:
                while 0 <= i < w:
                    out[row, i] = OUT_OF_RANGE
                    i += side
                break
            z = (first[i - side] - z_obs) / (k - 1) + first[i - side]
            out[row, i] = HIDDEN if first[i] + target_height < z else VISIBLE
            if first[i] < z:
                first[i] = z
            i += side
    return z_obs


def _half(dem, x0, x1, y0, y1, cx, cy, z_obs, target_height, curvature, gt, max_d2, first,
          direction, out):  # pragma: no cover - compiled
    """The rows above (``direction`` -1) or below (+1) the observer's, outward from ``first``
    (:func:`_first_row`); the two halves are independent and may run at the same time."""
    w = x1 - x0
    ox = cx - x0
    last = np.empty(w)
    this = np.empty(w)
    a, b, d, e = gt[0], gt[1], gt[2], gt[3]
    # reciprocals of (k - 1): the chain of cells along a row waits on each one's division, and a
    # multiplication by the reciprocal is several times shorter (one rounding apart from GDAL's)
    inv = np.ones(max(w, y1 - y0) + 2)
    for k in range(2, inv.size):
        inv[k] = 1.0 / (k - 1)
    for i in range(w):
        last[i] = first[i]
    line = cy + direction
    while y0 <= line < y1:
        dy = abs(line - cy)
        rdy = inv[dy] if dy < inv.size else 1.0 / (dy - 1)
        r = line - y0
        for i in range(w):
            this[i] = dem[line, x0 + i]
        px = b * dy
        py = e * dy
        r2 = px * px + py * py
        this[ox] -= curvature * r2
        if max_d2 > 0 and r2 > max_d2:
            out[r, ox] = OUT_OF_RANGE
        else:
            z = last[ox] if dy == 1 else (last[ox] - z_obs) * rdy + last[ox]
            out[r, ox] = HIDDEN if this[ox] + target_height < z else VISIBLE
            if this[ox] < z:
                this[ox] = z
        # left and right of the observer's column are independent: stepping both in one loop lets
        # the processor overlap their two chains of dependent divisions
        left = True
        right = True
        k = 1
        while left or right:
            if left:
                i = ox - k
                if i < 0 or i >= w:
                    left = False
                else:
                    px = a * k + b * dy
                    py = d * k + e * dy
                    r2 = px * px + py * py
                    this[i] -= curvature * r2
                    if max_d2 > 0 and r2 > max_d2:
                        while 0 <= i < w:
                            out[r, i] = OUT_OF_RANGE
                            i -= 1
                        left = False
                    else:
                        za = last[i + 1]
                        if k == dy:
                            z = za if k == 1 else (za - z_obs) * inv[k] + za
                        elif k > dy:
                            z = ((za - z_obs) * dy + (this[i + 1] - z_obs) * (k - dy)) * inv[k] + z_obs
                        else:
                            z = ((za - z_obs) * k + (last[i] - z_obs) * (dy - k)) * rdy + z_obs
                        out[r, i] = HIDDEN if this[i] + target_height < z else VISIBLE
                        if this[i] < z:
                            this[i] = z
            if right:
                i = ox + k
                if i < 0 or i >= w:
                    right = False
                else:
                    px = a * k + b * dy
                    py = d * k + e * dy
                    r2 = px * px + py * py
                    this[i] -= curvature * r2
                    if max_d2 > 0 and r2 > max_d2:
                        while 0 <= i < w:
                            out[r, i] = OUT_OF_RANGE
                            i += 1
                        right = False
                    else:
                        za = last[i - 1]
                        if k == dy:
                            z = za if k == 1 else (za - z_obs) * inv[k] + za
                        elif k > dy:
                            z = ((za - z_obs) * dy + (this[i - 1] - z_obs) * (k - dy)) * inv[k] + z_obs
                        else:
                            z = ((za - z_obs) * k + (last[i] - z_obs) * (dy - k)) * rdy + z_obs
                        out[r, i] = HIDDEN if this[i] + target_height < z else VISIBLE
                        if this[i] < z:
                            this[i] = z
            k += 1
        for i in range(w):
            last[i] = this[i]
        line += direction


def _sector(out, cx, cy, x0, y0, gt, azimuth, half_width):  # pragma: no cover - compiled
    """Mark the visible cells of ``out`` outside the sector (clockwise degrees from grid north) hidden."""
    a, b, d, e = gt[0], gt[1], gt[2], gt[3]
    for r in range(out.shape[0]):
        dy = y0 + r - cy
        for c in range(out.shape[1]):
            if out[r, c] != VISIBLE:
                continue
            dx = x0 + c - cx
            if dx == 0 and dy == 0:
                continue
            east = a * dx + b * dy
            north = d * dx + e * dy
            bearing = np.degrees(np.arctan2(east, north))
            off = (bearing - azimuth + 540.0) % 360.0 - 180.0
            if abs(off) > half_width:
                out[r, c] = HIDDEN


def _count(out, counts, x0, y0):  # pragma: no cover - compiled
    """Add the visible cells of ``out`` (a window at x0, y0) to ``counts``."""
    for r in range(out.shape[0]):
        for c in range(out.shape[1]):
            if out[r, c] == VISIBLE:
                counts[y0 + r, x0 + c] += 1


first_row = _jit(_first_row)
half = _jit(_half)
sector = _jit(_sector)
count_visible = _jit(_count)
