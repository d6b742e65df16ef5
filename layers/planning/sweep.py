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


def _half_octants(dem, x0, x1, y0, y1, cx, cy, z_obs, target_height, curvature, gt, max_d2, first,
                  direction, out):  # pragma: no cover - compiled
    """The same cells as :func:`_half`, computed by octants so that no cell waits on its neighbour.

    In the octant of a quadrant nearer the observer's column (``k <= dy``, k cells across, dy rows
    away) a cell's horizon comes from two cells of the row before; in the octant nearer the observer's
    row (``k > dy``) from two cells of the column before. Sweeping the first octant row by row and the
    second column by column leaves only independent cells in each inner loop, where the row sweep of
    :func:`_half` chains every cell of a row to the one before it (measured: a third less CPU on the
    demo's 5 km sites, the same cells). The arithmetic of each cell is the same as in :func:`_half`,
    term for term; cells out of range are found per row (or column) before its loop.
    """
    w = x1 - x0
    ox = cx - x0
    a, e = gt[0], gt[3]
    rows = (y1 - 1 - cy) if direction > 0 else (cy - y0)
    inv = np.ones(max(w, y1 - y0) + 2)
    for k in range(2, inv.size):
        inv[k] = 1.0 / (k - 1)
    col = np.empty(rows + 1)
    col[0] = first[ox]
    for dy in range(1, rows + 1):
        line = cy + direction * dy
        px = 0.0
        py = e * dy
        r2 = px * px + py * py
        h = dem[line, cx] - curvature * r2
        if max_d2 > 0 and r2 > max_d2:
            out[line - y0, ox] = OUT_OF_RANGE
            col[dy] = h
            continue
        z = col[dy - 1] if dy == 1 else (col[dy - 1] - z_obs) * inv[dy] + col[dy - 1]
        out[line - y0, ox] = HIDDEN if h + target_height < z else VISIBLE
        col[dy] = max(h, z)
    size = max(w, y1 - y0) + 2
    heights = np.empty(size)
    seen = np.empty(size, dtype=np.uint8)
    for side in (-1, 1):
        across = (x1 - 1 - cx) if side > 0 else (cx - x0)
        if across <= 0 or rows <= 0:
            continue
        n_diag = min(across, rows)
        diag = np.empty(n_diag + 1)
        last = np.empty(across + 1)
        this = np.empty(across + 1)
        for k in range(across + 1):
            last[k] = first[ox + side * k]
        for dy in range(1, rows + 1):     # octant k <= dy, row by row
            line = cy + direction * dy
            r = line - y0
            n = min(dy, across)
            this[0] = col[dy]
            py = e * dy
            ry = py * py
            rdy = inv[dy]
            inside = n   # the last cell within range (the same arithmetic as the cells')
            if max_d2 > 0:
                left = max_d2 - ry
                inside = -1 if left < 0 else min(n, int(np.sqrt(left) / abs(a)) + 1)
                while inside >= 0 and (a * inside) * (a * inside) + ry > max_d2:
                    inside -= 1
                while inside + 1 <= n and (a * (inside + 1)) * (a * (inside + 1)) + ry <= max_d2:
                    inside += 1
            for k in range(1, n + 1):
                heights[k] = dem[line, cx + side * k]
            top = min(n if n < dy else n - 1, inside)
            for k in range(1, top + 1):
                px = a * k
                h = heights[k] - curvature * (px * px + ry)
                z = ((last[k - 1] - z_obs) * k + (last[k] - z_obs) * (dy - k)) * rdy + z_obs
                seen[k] = h + target_height >= z
                this[k] = max(h, z)
            if n == dy and inside >= n:    # the diagonal cell
                k = n
                px = a * k
                h = heights[k] - curvature * (px * px + ry)
                za = last[k - 1]
                z = za if k == 1 else (za - z_obs) * inv[k] + za
                seen[k] = h + target_height >= z
                this[k] = max(h, z)
            for k in range(max(inside + 1, 1), n + 1):
                seen[k] = OUT_OF_RANGE
                px = a * k
                this[k] = heights[k] - curvature * (px * px + ry)
            if n == dy:
                diag[dy] = this[n]
            for k in range(1, n + 1):
                out[r, ox + side * k] = seen[k]
            for k in range(n + 1):
                last[k] = this[k]
        prev = np.empty(rows + 2)
        cur = np.empty(rows + 2)
        prev[0] = first[ox + side]
        prev[1] = diag[1]
        for k in range(2, across + 1):   # octant k > dy, column by column
            m = min(k - 1, rows)
            px = a * k
            rx = px * px
            rk = inv[k]
            c = cx + side * k
            cur[0] = first[ox + side * k]
            # the rows of this column within range: (e dy)^2 + rx <= max_d2
            inside = m
            if max_d2 > 0:
                left = max_d2 - rx
                inside = -1 if left < 0 else min(m, int(np.sqrt(left) / abs(e)) + 1)
                while inside >= 0 and rx + (e * inside) * (e * inside) > max_d2:
                    inside -= 1
                while inside + 1 <= m and rx + (e * (inside + 1)) * (e * (inside + 1)) <= max_d2:
                    inside += 1
            if direction > 0:
                for dy in range(1, m + 1):
                    heights[dy] = dem[cy + dy, c]
            else:
                for dy in range(1, m + 1):
                    heights[dy] = dem[cy - dy, c]
            for dy in range(1, inside + 1):
                py = e * dy
                h = heights[dy] - curvature * (rx + py * py)
                z = ((prev[dy - 1] - z_obs) * dy + (prev[dy] - z_obs) * (k - dy)) * rk + z_obs
                seen[dy] = h + target_height >= z
                cur[dy] = max(h, z)
            for dy in range(max(inside + 1, 1), m + 1):
                seen[dy] = OUT_OF_RANGE
                py = e * dy
                cur[dy] = heights[dy] - curvature * (rx + py * py)
            for dy in range(1, m + 1):
                out[cy + direction * dy - y0, ox + side * k] = seen[dy]
            if k <= n_diag:
                cur[k] = diag[k]
            for dy in range(min(k, rows) + 1):
                prev[dy] = cur[dy]


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
half_octants = _jit(_half_octants)
sector = _jit(_sector)
count_visible = _jit(_count)
