"""Snapping a point on the map to the vertices and edges of vector layers (no Qt).

Each layer is asked through its spatial index for the few features near the point (the query box is
turned into the layer's CRS), only those are brought into the map's CRS, and the nearest vertex and the
nearest point on an edge are found for all of them at once with shapely 2 and numpy. A vertex within
the tolerance wins over a nearer edge, as in QGIS, so a shared corner is the same coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from layers.geometry_edit import transform_geometry

DEFAULT_TOLERANCE_PX = 10.0
_POLYGONAL = (3, 6)
_POINTS = (0, 4)


@dataclass(frozen=True)
class Snap:
    """Where a point snaps: ``x, y`` (map CRS), ``kind`` (``"vertex"`` or ``"edge"``), the layer and the
    feature's row position in it, and the distance from the point asked about."""

    x: float
    y: float
    kind: str
    layer: object
    row: int
    distance: float


def snappable(layers) -> list:
    """The layers one snaps to: visible vector layers with geometry."""
    return [layer for layer in layers if getattr(layer, "visible", False) and hasattr(layer, "sindex")
            and getattr(layer, "geometry_kind", "none") != "none"]


def snap(layers, x: float, y: float, tolerance: float, crs: str | None = None,
         skip: tuple[object, int] | None = None, edges: bool = True) -> Snap | None:
    """The vertex (else the point on an edge) of ``layers`` nearest to ``x, y`` within ``tolerance``.

    Parameters
    ----------
    layers : iterable of VectorLayer
        Usually :func:`snappable` of the project's layers.
    x, y : float
        The point, in ``crs``.
    tolerance : float
        In ``crs`` units (a number of pixels times the pixel size).
    crs : str, optional
        The map's CRS; each layer's candidates are transformed from its own.
    skip : (layer, row), optional
        A feature not to snap to (the one being reshaped).
    edges : bool
        Snap to edges too, not only to vertices.

    Returns
    -------
    Snap or None
    """
    best_vertex: Snap | None = None
    best_edge: Snap | None = None
    spot = shapely.Point(x, y)
    for layer in layers:
        rows, geoms = _near(layer, x, y, tolerance, crs, skip)
        if not len(rows):
            continue
        coords, owner = shapely.get_coordinates(geoms, return_index=True)
        if len(coords):
            d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
            i = int(np.argmin(d))
            if d[i] <= tolerance and (best_vertex is None or d[i] < best_vertex.distance):
                best_vertex = Snap(float(coords[i, 0]), float(coords[i, 1]), "vertex", layer,
                                   int(rows[owner[i]]), float(d[i]))
        if not edges:
            continue
        types = shapely.get_type_id(geoms)
        lines = ~np.isin(types, _POINTS)
        if not lines.any():
            continue
        outline = np.where(np.isin(types, _POLYGONAL), shapely.boundary(geoms), geoms)[lines]
        near = shapely.get_coordinates(shapely.shortest_line(outline, spot))[::2]  # the ends on them
        d = np.hypot(near[:, 0] - x, near[:, 1] - y)
        i = int(np.argmin(d))
        if d[i] <= tolerance and (best_edge is None or d[i] < best_edge.distance):
            best_edge = Snap(float(near[i, 0]), float(near[i, 1]), "edge", layer,
                             int(rows[np.flatnonzero(lines)[i]]), float(d[i]))
    return best_vertex or best_edge


def _near(layer, x: float, y: float, tolerance: float, crs, skip) -> tuple[np.ndarray, np.ndarray]:
    """Row positions and geometries (in ``crs``) of the layer's features within the box around x, y."""
    box = (x - tolerance, y - tolerance, x + tolerance, y + tolerance)
    layer_crs = getattr(layer, "crs", None)
    same = crs is None or layer_crs is None or layer_crs == crs
    if not same:
        from datasources.crs import transformer

        box = transformer(crs, layer_crs).transform_bounds(*box)
    tree = layer.sindex
    rows = np.sort(tree.query(shapely.box(*box)).astype(np.int64))
    if skip is not None and skip[0] is layer:
        rows = rows[rows != skip[1]]
    geoms = np.asarray(tree.geometries, dtype=object)[rows]
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    rows, geoms = rows[ok], geoms[ok]
    if not same and len(geoms):
        geoms = np.array([transform_geometry(g, layer_crs, crs) for g in geoms], dtype=object)
    return rows, geoms


__all__ = ["DEFAULT_TOLERANCE_PX", "Snap", "snap", "snappable"]
