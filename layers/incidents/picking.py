"""What a click with the pan tool picks among the reports the map shows (no Qt): on a bubble of several
reports it zooms in around the click, on one report's symbol it selects that report."""

from __future__ import annotations

import numpy as np

from layers.incidents.symbols import show_clusters

#: how far from the click (pixels) a bubble or a symbol still counts as clicked on
REACH_PX = 24.0


def pick_report(xs, ys, x: float, y: float, pixel_size: float, bbox, crs: str | None,
                reach_px: float = REACH_PX):
    """What a click at ``(x, y)`` picks among reports at ``(xs, ys)`` (all in the map's CRS).

    Parameters
    ----------
    xs, ys : array_like
        The places of the reports shown.
    pixel_size : float
        Map units per pixel of the view; ``bbox`` its extent.

    Returns
    -------
    ("zoom", bbox) : the click was on a bubble: the view to zoom to (a quarter of the current one)
    ("select", i) : the click was on report ``i`` (an index into ``xs``)
    None : nothing there
    """
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if not len(xs):
        return None
    px = np.hypot(xs - x, ys - y) / pixel_size
    if show_clusters(pixel_size, crs) and np.count_nonzero(px <= reach_px) > 1:
        minx, miny, maxx, maxy = bbox
        half_w, half_h = (maxx - minx) / 8, (maxy - miny) / 8
        return "zoom", (x - half_w, y - half_h, x + half_w, y + half_h)
    nearest = int(np.argmin(px))
    if px[nearest] > reach_px / 2:
        return None
    return "select", nearest
