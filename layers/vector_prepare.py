"""A vector layer made ready for drawing: reprojected to the map's CRS and packed once per change of its
data, style or the map's CRS (in a worker); each view's frame then only culls, simplifies and draws.

Plain numpy and shapely, no Qt: the canvas's items and a headless render use it alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from datasources.feedback import Feedback
from layers import lod


@dataclass
class PreparedVector:
    """A vector layer reprojected to the project CRS and packed for fast drawing (built in a worker)."""

    kind: str
    count: int
    packed: lod.PackedGeometry | None = None
    xy: np.ndarray | None = None  # points, project CRS
    class_index: np.ndarray | None = None
    label_xy: np.ndarray | None = None
    labels: np.ndarray | None = None
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def prepare_vector(layer, project_crs: str, feedback: Feedback | None = None) -> PreparedVector:
    """Reproject and pack a vector layer once; re-run when its data, style or the project CRS change.

    ``feedback`` is asked between the steps whether to stop (:class:`~datasources.errors.Cancelled`).
    """
    feedback = Feedback.of(feedback)
    data = layer.data_in(project_crs)
    feedback.check()
    geoms = np.asarray(data.geometry.values, dtype=object)
    kind = layer.geometry_kind
    style = layer.style
    classes = np.asarray(style.class_index(data), dtype=np.int64) if style is not None else None
    prepared = PreparedVector(kind=kind, count=len(data), class_index=classes)
    if kind == "point":
        prepared.xy = anchor_xy(geoms)
        prepared.bounds = _finite_bounds(prepared.xy) or prepared.bounds
    else:
        prepared.packed = lod.pack_geometries(geoms)
        if prepared.packed.n_rings:
            prepared.bounds = prepared.packed.bounds
    feedback.check()
    field_name = style.label_field if style is not None else None
    if field_name and field_name in data.columns:
        ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        prepared.label_xy = anchor_xy(geoms if kind == "point" else _surface_points(geoms, ok))
        prepared.labels = data[field_name].astype("string").fillna("").to_numpy(dtype=object)
    return prepared


def all_in_view(prepared: PreparedVector, bbox, more_than: int = 0) -> bool:
    """True when every point of ``prepared`` lies in ``bbox`` and more than ``more_than`` are not
    missing: a frame then takes them all without a mask and a copy of each coordinate."""
    xy = prepared.xy
    b = prepared.bounds
    if xy is None or len(xy) <= more_than:
        return False
    if not (bbox[0] <= b[0] and b[2] <= bbox[2] and bbox[1] <= b[1] and b[3] <= bbox[3]):
        return False
    return len(xy) - int(np.count_nonzero(np.isnan(xy[:, 0]))) > more_than


def _finite_bounds(xy: np.ndarray) -> tuple[float, float, float, float] | None:
    """(minx, miny, maxx, maxy) of the finite rows of ``xy``; None when there are none.

    Each column is reduced on its own (a reduction along axis 0 of an (n, 2) array walks it with a
    stride and cost three times as much for a million points), and the rows are filtered only when
    some coordinate is not finite."""
    x, y = xy[:, 0], xy[:, 1]
    if not np.isfinite(xy).all():
        finite = np.isfinite(x) & np.isfinite(y)
        x, y = x[finite], y[finite]
    if not x.size:
        return None
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def anchor_xy(geoms: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates of points (multi-parts and other types by their centroid; NaN when missing).

    ``get_x`` and ``get_y`` let other threads run while they work (``get_coordinates`` holds the
    interpreter's lock: 70-90 ms for a million points, while the villages beside them waited)."""
    try:
        x, y = shapely.get_x(geoms), shapely.get_y(geoms)
    except shapely.errors.GEOSException:  # an empty point among them
        x, y = np.full(len(geoms), np.nan), np.full(len(geoms), np.nan)
        plain = ~shapely.is_empty(geoms) & (shapely.get_type_id(geoms) == 0)
        x[plain], y[plain] = shapely.get_x(geoms[plain]), shapely.get_y(geoms[plain])
    other = np.isnan(x)
    if other.any():
        other[other] = ~(shapely.is_missing(geoms[other]) | shapely.is_empty(geoms[other]))
    if other.any():
        centres = shapely.centroid(geoms[other])
        x[other], y[other] = shapely.get_x(centres), shapely.get_y(centres)
    return np.column_stack([x, y])


def _surface_points(geoms: np.ndarray, ok: np.ndarray) -> np.ndarray:
    out = np.full(len(geoms), None, dtype=object)
    out[ok] = shapely.point_on_surface(geoms[ok])
    return out
