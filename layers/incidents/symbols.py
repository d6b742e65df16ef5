"""How incidents look on the map: a symbol per report, or counted bubbles when zoomed out (no Qt).

Each report gets a fill colour by its status (the township palette, :data:`STATUS_COLOURS`), a marker
shape by its category (:data:`CATEGORY_SHAPES`, eight distinct outlines) and a red ring when it is
overdue. :func:`incident_symbols` turns an incidents frame into flat arrays the canvas draws from.

Zoomed out, reports are gathered on a screen grid (:func:`cluster_points`): every cell of
``cell_px`` pixels holding two or more reports becomes one bubble with the count, the most common
status and the share overdue; a report alone in its cell stays a symbol. From
:data:`SYMBOLS_UP_TO_M_PER_PX` metres per pixel down (a village on screen) every report is a symbol.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import shapely

from layers.incidents.workflow import CATEGORIES, STATUSES, overdue
from layers.ramps import hex_to_rgb
from layers.township import INCIDENT_COLOURS

__all__ = ["CATEGORY_SHAPES", "OVERDUE_RING", "SHAPES", "STATUS_COLOURS", "SYMBOLS_UP_TO_M_PER_PX",
           "IncidentSymbols", "PointClusters", "cluster_points", "incident_symbols",
           "is_incident_frame", "metres_per_unit", "prepare_incident_layer", "shape_outline",
           "show_clusters"]

#: fill colour per status (the township palette); a status the palette does not know is grey
STATUS_COLOURS: dict[str, str] = {s: INCIDENT_COLOURS.get(s, "#9e9e9e") for s in STATUSES}
UNKNOWN_COLOUR = "#9e9e9e"
#: the ring around an overdue open report (and the arc of a bubble's overdue share)
OVERDUE_RING = "#c0001a"
#: marker shapes, one per category in :data:`CATEGORIES` order
SHAPES = ("circle", "square", "triangle", "diamond", "star", "cross", "pentagon", "hexagon")
CATEGORY_SHAPES: dict[str, str] = dict(zip(CATEGORIES, SHAPES, strict=True))
#: the shape of a category not in the list
UNKNOWN_SHAPE = "dot"
#: at this many ground metres per screen pixel or fewer (about 1:15,000) every report is a symbol
SYMBOLS_UP_TO_M_PER_PX = 4.0
#: drawing order of statuses, bottom first: finished cases under the ones someone must act on
DRAW_ORDER = ("withdrawn", "duplicate", "rejected", "closed", "resolved", "in_progress", "assigned", "verified",
              "new")


@dataclass(frozen=True)
class IncidentSymbols:
    """The symbols of an incidents frame, one entry per row (row positions as in the frame).

    Attributes
    ----------
    xy : numpy.ndarray
        (n, 2) float64 coordinates (NaN where a report has no location).
    status : numpy.ndarray
        (n,) int8 index into :data:`STATUSES`; -1 for a status not in the list.
    shape : numpy.ndarray
        (n,) int8 index into :data:`SHAPES`; -1 for a category not in the list (drawn as a dot).
    overdue : numpy.ndarray
        (n,) bool: open and past its deadline.
    fill_rgba : numpy.ndarray
        (n, 4) uint8 fill colour per report.
    draw_rank : numpy.ndarray
        (n,) int16; draw in ascending rank so overdue and new reports end up on top.
    bounds : tuple
        (minx, miny, maxx, maxy) of the located reports (zeros when none is).
    """

    xy: np.ndarray
    status: np.ndarray
    shape: np.ndarray
    overdue: np.ndarray
    fill_rgba: np.ndarray
    draw_rank: np.ndarray
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    @property
    def count(self) -> int:
        """Number of reports (rows)."""
        return int(self.status.size)


def status_colour(code: int) -> str:
    """The fill colour of status code ``code`` (-1: unknown status)."""
    return STATUS_COLOURS[STATUSES[code]] if 0 <= code < len(STATUSES) else UNKNOWN_COLOUR


def shape_name(code: int) -> str:
    """The shape of shape code ``code`` (-1: :data:`UNKNOWN_SHAPE`)."""
    return SHAPES[code] if 0 <= code < len(SHAPES) else UNKNOWN_SHAPE


def _codes(values, names) -> np.ndarray:
    """Index of each value in ``names`` (int8), -1 where it is not there or missing."""
    lookup = {name: i for i, name in enumerate(names)}
    series = pd.Series(values, dtype=object)
    return series.map(lookup).fillna(-1).to_numpy(dtype=np.int8)


def is_incident_frame(frame: pd.DataFrame) -> bool:
    """True when ``frame`` has what the symbols need: ``status`` and ``category`` columns."""
    return "status" in frame.columns and "category" in frame.columns


def incident_symbols(frame: pd.DataFrame, now: datetime | None = None,
                     deadlines: dict[str, float] | None = None,
                     xy: np.ndarray | None = None) -> IncidentSymbols:
    """The symbol arrays of the reports in ``frame``.

    Parameters
    ----------
    frame : DataFrame or GeoDataFrame
        Incidents with ``status`` and ``category``; ``reported_at`` (and ``due_at`` when present) to
        find overdue cases; point geometries unless ``xy`` is given.
    now : datetime, optional
        The time overdue is judged at (default: now, UTC).
    deadlines : dict, optional
        category -> days, for reports without ``due_at`` (default: the workflow's defaults).
    xy : numpy.ndarray, optional
        (n, 2) coordinates to use instead of the frame's geometry (already reprojected).

    Returns
    -------
    IncidentSymbols
    """
    n = len(frame)
    if xy is None:
        geoms = np.asarray(frame.geometry.values, dtype=object) if n else np.empty(0, dtype=object)
        xy = np.column_stack([shapely.get_x(geoms), shapely.get_y(geoms)]) if n else np.empty((0, 2))
    xy = np.asarray(xy, dtype=np.float64).reshape(n, 2)
    status = _codes(frame["status"].to_numpy(dtype=object) if "status" in frame else [None] * n,
                    STATUSES)
    shape = _codes(frame["category"].to_numpy(dtype=object) if "category" in frame else [None] * n,
                   CATEGORIES)
    late = np.zeros(n, dtype=bool)
    if n and {"status", "category", "reported_at"} <= set(frame.columns):
        late = np.asarray(overdue(frame, now or datetime.now(UTC), deadlines), dtype=bool)
    palette = np.array([hex_to_rgb(status_colour(c)) + (255,) for c in range(-1, len(STATUSES))],
                       dtype=np.uint8)  # row 0 is the unknown status
    fill = palette[status.astype(np.int64) + 1]
    order = {s: i for i, s in enumerate(DRAW_ORDER)}
    rank_of = np.array([-1] + [order.get(s, 0) for s in STATUSES], dtype=np.int16)
    rank = rank_of[status.astype(np.int64) + 1] + np.int16(len(DRAW_ORDER)) * late
    located = np.isfinite(xy).all(axis=1)
    bounds = (0.0, 0.0, 0.0, 0.0)
    if located.any():
        lo, hi = xy[located].min(axis=0), xy[located].max(axis=0)
        bounds = (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))
    return IncidentSymbols(xy=xy, status=status, shape=shape, overdue=late, fill_rgba=fill,
                           draw_rank=rank.astype(np.int16), bounds=bounds)


def prepare_incident_layer(layer, project_crs: str | None, now: datetime | None = None,
                           deadlines: dict[str, float] | None = None) -> IncidentSymbols:
    """The symbols of an incident layer's reports in the project CRS (run in a worker)."""
    return incident_symbols(layer.data_in(project_crs), now=now, deadlines=deadlines)


# --------------------------------------------------------------------------------------- shapes

def _regular(k: int, rotation_deg: float = 90.0, radius: float = 1.0) -> np.ndarray:
    angles = np.deg2rad(rotation_deg + 360.0 * np.arange(k) / k)
    return np.column_stack([np.cos(angles), np.sin(angles)]) * radius


def _star(points: int = 5, inner: float = 0.45) -> np.ndarray:
    angles = np.deg2rad(90.0 + 180.0 * np.arange(2 * points) / points)
    radii = np.where(np.arange(2 * points) % 2 == 0, 1.0, inner)
    return np.column_stack([np.cos(angles) * radii, np.sin(angles) * radii])


def _cross(arm: float = 0.36) -> np.ndarray:
    a, b = arm, 0.95
    return np.array([(-a, b), (a, b), (a, a), (b, a), (b, -a), (a, -a), (a, -b), (-a, -b),
                     (-a, -a), (-b, -a), (-b, a), (-a, a)])


@functools.cache
def shape_outline(name: str) -> np.ndarray:
    """The outline of a marker shape as (k, 2) vertices around (0, 0) within radius 1, y up.

    Shapes are sized to look equally heavy (a square is smaller than the circle around it).
    """
    outlines = {
        "circle": _regular(40),
        "square": _regular(4, 45.0, 0.92 * np.sqrt(2) * 0.8),
        "triangle": _regular(3, 90.0, 1.1) + np.array([0.0, -0.12]),
        "diamond": _regular(4, 90.0, 1.05),
        "star": _star(5, 0.48) * 1.12,
        "cross": _cross(),
        "pentagon": _regular(5, 90.0, 1.0),
        "hexagon": _regular(6, 0.0, 0.98),
        "dot": _regular(24, 90.0, 0.55),
    }
    if name not in outlines:
        raise ValueError(f"no marker shape {name!r}; use one of {', '.join(outlines)}")
    out = np.clip(outlines[name], -1.2, 1.2)
    out.setflags(write=False)
    return out


# ------------------------------------------------------------------------------------- clusters

@dataclass(frozen=True)
class PointClusters:
    """Reports gathered on a screen grid.

    Attributes
    ----------
    cx, cy : numpy.ndarray
        (k,) float64 centre (mean position) of each bubble.
    count : numpy.ndarray
        (k,) int64 reports in each bubble (at least two).
    status : numpy.ndarray
        (k,) int8 most common status code in each bubble (ties: the earlier status in the workflow;
        -1 when unknown statuses are the most common).
    overdue_share : numpy.ndarray
        (k,) float64 share of each bubble's reports that are overdue (0 to 1).
    label : numpy.ndarray
        (n,) int64 per input point: its bubble, -1 when it is drawn on its own, -2 when it is outside
        the view (or has no location).
    singles : numpy.ndarray
        Row positions of the points drawn on their own, ascending.
    cell_size : float
        Grid cell size in map units.
    """

    cx: np.ndarray
    cy: np.ndarray
    count: np.ndarray
    status: np.ndarray
    overdue_share: np.ndarray
    label: np.ndarray
    singles: np.ndarray
    cell_size: float

    def __len__(self) -> int:
        return int(self.count.size)

    def members(self, k: int) -> np.ndarray:
        """Row positions of the points in bubble ``k``."""
        return np.flatnonzero(self.label == k)


def cluster_points(x, y, status, view_bounds, pixel_size: float, cell_px: float = 48.0,
                   overdue=None, min_count: int = 2, merge_px: float | None = None) -> PointClusters:
    """Gather points into bubbles on a grid of ``cell_px`` screen pixels.

    The grid is fixed to the map (cells at multiples of the cell size), so panning does not move
    points between bubbles; zooming in makes cells smaller and splits bubbles. Neighbouring cells
    whose points lie closer together than ``merge_px`` (points gathered on both sides of a cell
    edge) form one bubble, so bubbles do not sit on top of each other.

    Parameters
    ----------
    x, y : array_like
        Point coordinates (map units); NaN points are left out.
    status : array_like
        Status code per point (index into :data:`STATUSES`, -1 unknown).
    view_bounds : (minx, miny, maxx, maxy)
        The visible rectangle; points more than one cell outside it are left out.
    pixel_size : float
        Map units per screen pixel.
    cell_px : float
        Grid cell size in pixels.
    overdue : array_like of bool, optional
        Per point; gives each bubble's ``overdue_share`` (zeros when not given).
    min_count : int
        A cell with fewer points than this keeps them as single symbols.
    merge_px : float, optional
        Pixel distance below which the points of neighbouring cells are gathered together
        (default 0.7 of a cell; 0 never merges cells).

    Returns
    -------
    PointClusters

    Raises
    ------
    ValueError
        On a non-positive pixel or cell size, or arrays of different lengths.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    status = np.asarray(status, dtype=np.int64).ravel()
    n = x.size
    if y.size != n or status.size != n:
        raise ValueError(f"x, y and status differ in length: {n}, {y.size}, {status.size}")
    late = np.zeros(n, dtype=bool) if overdue is None else np.asarray(overdue, dtype=bool).ravel()
    if late.size != n:
        raise ValueError(f"{n} points but {late.size} overdue flags")
    if not (pixel_size > 0 and cell_px > 0):
        raise ValueError(f"pixel size {pixel_size} and cell size {cell_px} px must be positive")
    cell = float(pixel_size) * float(cell_px)
    minx, miny, maxx, maxy = (float(v) for v in view_bounds)
    label = np.full(n, -2, dtype=np.int64)
    inside = np.flatnonzero((x >= minx - cell) & (x <= maxx + cell)
                            & (y >= miny - cell) & (y <= maxy + cell))
    ix = np.floor(x[inside] / cell).astype(np.int64)
    iy = np.floor(y[inside] / cell).astype(np.int64)
    if inside.size:
        ix -= ix.min()
        iy -= iy.min()
    rows = int(iy.max(initial=0)) + 1
    keys = ix * rows + iy
    cells, inverse, sizes = np.unique(keys, return_inverse=True, return_counts=True)
    merge = 0.7 * cell_px if merge_px is None else float(merge_px)
    group = _merge_close_cells(cells, rows, np.bincount(inverse, weights=x[inside]) / sizes,
                               np.bincount(inverse, weights=y[inside]) / sizes,
                               merge * float(pixel_size))
    group_sizes = np.bincount(group, weights=sizes)
    big = group_sizes >= max(int(min_count), 2)
    cluster_of_group = np.where(big, np.cumsum(big) - 1, -1)
    label[inside] = cluster_of_group[group[inverse]]
    k = int(big.sum())
    clustered = inside[label[inside] >= 0]
    lab = label[clustered]
    count = np.bincount(lab, minlength=k).astype(np.int64)
    safe = np.maximum(count, 1)
    cx = np.bincount(lab, weights=x[clustered], minlength=k) / safe
    cy = np.bincount(lab, weights=y[clustered], minlength=k) / safe
    share = np.bincount(lab, weights=late[clustered].astype(np.float64), minlength=k) / safe
    n_codes = len(STATUSES) + 1  # the last column holds unknown statuses
    codes = np.where((status[clustered] >= 0) & (status[clustered] < len(STATUSES)),
                     status[clustered], len(STATUSES))
    table = np.bincount(lab * n_codes + codes, minlength=k * n_codes).reshape(k, n_codes)
    dominant = table.argmax(axis=1) if k else np.zeros(0, dtype=np.int64)
    dominant = np.where(dominant == len(STATUSES), -1, dominant).astype(np.int8)
    return PointClusters(cx=cx, cy=cy, count=count, status=dominant, overdue_share=share,
                         label=label, singles=np.flatnonzero(label == -1), cell_size=cell)


def _merge_close_cells(cells: np.ndarray, rows: int, mx: np.ndarray, my: np.ndarray,
                       distance: float) -> np.ndarray:
    """Group index (0..g-1) per grid cell: neighbouring cells whose mean points are closer than
    ``distance`` share a group. ``cells`` are sorted keys ``column * rows + row``."""
    m = cells.size
    group = np.arange(m)
    if m < 2 or distance <= 0:
        return group
    col, row = cells // rows, cells % rows
    first, second = [], []
    for dx, dy in ((1, 0), (0, 1), (1, 1), (1, -1)):
        target_row = row + dy
        wanted = (col + dx) * rows + target_row
        pos = np.minimum(np.searchsorted(cells, wanted), m - 1)
        found = (target_row >= 0) & (target_row < rows) & (cells[pos] == wanted)
        a, b = np.flatnonzero(found), pos[found]
        close = np.hypot(mx[a] - mx[b], my[a] - my[b]) < distance
        first.append(a[close])
        second.append(b[close])
    a, b = np.concatenate(first), np.concatenate(second)
    if a.size == 0:
        return group
    while True:  # spread the smallest index over each chain of close cells
        low = np.minimum(group[a], group[b])
        before = group.copy()
        np.minimum.at(group, a, low)
        np.minimum.at(group, b, low)
        group = group[group]
        if np.array_equal(group, before):
            break
    return np.unique(group, return_inverse=True)[1]


# ---------------------------------------------------------------------------------- zoom rule

@functools.lru_cache(maxsize=32)
def metres_per_unit(crs: str | None) -> float:
    """Ground metres per map unit of ``crs`` (degrees: at 30 N, where the townships are)."""
    if not crs:
        return 1.0
    try:
        from pyproj import CRS

        parsed = CRS.from_user_input(crs)
        if parsed.is_geographic:
            return 111_320.0 * float(np.cos(np.deg2rad(30.0)))
        factor = parsed.axis_info[0].unit_conversion_factor if parsed.axis_info else 1.0
        return float(factor or 1.0)
    except Exception:  # noqa: BLE001 — an odd CRS only changes when bubbles start
        return 1.0


def show_clusters(pixel_size: float, crs: str | None = None) -> bool:
    """True when a view of ``pixel_size`` map units per pixel shows bubbles rather than symbols."""
    return pixel_size * metres_per_unit(crs) > SYMBOLS_UP_TO_M_PER_PX
