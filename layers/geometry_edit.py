"""Reshaping one geometry: its vertices found, moved, inserted and removed, and the shape checked.

No Qt: the map's vertex tool (``widgets.edit_tools``) asks these functions what is under the mouse and
what the geometry becomes. A geometry is taken apart into *rings*: the coordinates of a point, of a
line, or of one ring of a polygon (the closing vertex left out), each with its ``(part, ring)`` place,
and put together again of the same type. A vertex is named by ``(part, ring, position)``.

A polygon ring keeps at least three distinct vertices and a line at least two: removing one more raises
:class:`VertexRefused` and leaves the geometry as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from datasources.errors import QT_TRANSLATE_NOOP, DataSourceError

Vertex = tuple[int, int, int]  # part, ring, position in the ring
Rings = list[list[np.ndarray]]  # per part, its rings' xy coordinates (closing vertex left out)

_POINTS = ("Point", "MultiPoint")
_LINES = ("LineString", "MultiLineString", "LinearRing")
_POLYGONS = ("Polygon", "MultiPolygon")


#: why a vertex may not be removed, by kind of geometry
_TOO_FEW = {
    "point": QT_TRANSLATE_NOOP("DataSourceError", "a point has only its one vertex"),
    "line": QT_TRANSLATE_NOOP("DataSourceError", "a line keeps at least two distinct vertices"),
    "polygon": QT_TRANSLATE_NOOP("DataSourceError", "a polygon ring keeps at least three distinct vertices"),
}


class VertexRefused(DataSourceError):
    """A vertex may not be removed: the ring or line would become too short."""


@dataclass(frozen=True)
class EdgeHit:
    """The nearest edge: the vertex it starts at, the nearest point on it and its distance."""

    vertex: Vertex
    x: float
    y: float
    distance: float


def kind_of(geom: shapely.Geometry) -> str:
    """``"point"``, ``"line"`` or ``"polygon"`` (ValueError for a collection or nothing)."""
    name = geom.geom_type if geom is not None else None
    for kind, names in (("point", _POINTS), ("line", _LINES), ("polygon", _POLYGONS)):
        if name in names:
            return kind
    raise ValueError(f"cannot edit the vertices of a {name}")


def rings_of(geom: shapely.Geometry) -> Rings:
    """The geometry's coordinates by part and ring (xy, float64; a polygon ring without its closing
    vertex)."""
    parts = list(shapely.get_parts(geom)) if geom.geom_type.startswith("Multi") else [geom]
    out: Rings = []
    for part in parts:
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
            out.append([shapely.get_coordinates(r)[:-1].copy() for r in rings])
        else:
            out.append([shapely.get_coordinates(part).copy()])
    return out


def build(kind: str, multi: bool, rings: Rings) -> shapely.Geometry:
    """The geometry of ``kind`` made of ``rings`` (see :func:`rings_of`); multi when ``multi``."""
    if kind == "point":
        parts = [shapely.Point(r[0][0]) for r in rings]
        return shapely.MultiPoint(parts) if multi else parts[0]
    if kind == "line":
        parts = [shapely.LineString(r[0]) for r in rings]
        return shapely.MultiLineString(parts) if multi else parts[0]
    parts = [shapely.Polygon(r[0], r[1:]) for r in rings]
    return shapely.MultiPolygon(parts) if multi else parts[0]


def _rebuild_like(geom: shapely.Geometry, rings: Rings) -> shapely.Geometry:
    return build(kind_of(geom), geom.geom_type.startswith("Multi"), rings)


def vertices(geom: shapely.Geometry) -> tuple[np.ndarray, list[Vertex]]:
    """Every distinct vertex: an (n, 2) array of xy and the ``(part, ring, position)`` of each."""
    xy, names = [], []
    for p, part in enumerate(rings_of(geom)):
        for r, ring in enumerate(part):
            xy.append(ring)
            names += [(p, r, i) for i in range(len(ring))]
    return (np.concatenate(xy) if xy else np.empty((0, 2))), names


def nearest_vertex(geom: shapely.Geometry, x: float, y: float) -> tuple[Vertex | None, float]:
    """The vertex nearest to ``x, y`` and its distance (None, inf for an empty geometry)."""
    xy, names = vertices(geom)
    if not len(names):
        return None, float("inf")
    d = np.hypot(xy[:, 0] - x, xy[:, 1] - y)
    i = int(np.argmin(d))
    return names[i], float(d[i])


def nearest_edge(geom: shapely.Geometry, x: float, y: float) -> EdgeHit | None:
    """The edge nearest to ``x, y`` (vectorised over all segments); None for points."""
    if kind_of(geom) == "point":
        return None
    best: EdgeHit | None = None
    closed = kind_of(geom) == "polygon"
    for p, part in enumerate(rings_of(geom)):
        for r, ring in enumerate(part):
            a = ring
            b = np.roll(ring, -1, axis=0) if closed else ring[1:]
            a = a if closed else ring[:-1]
            if not len(a):
                continue
            ab = b - a
            length2 = (ab ** 2).sum(axis=1)
            t = np.clip(((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1])
                        / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
            near = a + ab * t[:, None]
            d = np.hypot(near[:, 0] - x, near[:, 1] - y)
            i = int(np.argmin(d))
            if best is None or d[i] < best.distance:
                best = EdgeHit((p, r, i), float(near[i, 0]), float(near[i, 1]), float(d[i]))
    return best


def move_vertex(geom: shapely.Geometry, vertex: Vertex, x: float, y: float) -> shapely.Geometry:
    """The geometry with ``vertex`` at ``x, y`` (a polygon's first vertex moves its closing one too)."""
    rings = rings_of(geom)
    p, r, i = vertex
    rings[p][r][i] = (x, y)
    return _rebuild_like(geom, rings)


def insert_vertex(geom: shapely.Geometry, after: Vertex, x: float, y: float) -> shapely.Geometry:
    """The geometry with a new vertex at ``x, y`` on the edge that starts at ``after``."""
    if kind_of(geom) == "point":
        raise ValueError("a point has no edges")
    rings = rings_of(geom)
    p, r, i = after
    rings[p][r] = np.insert(rings[p][r], i + 1, (x, y), axis=0)
    return _rebuild_like(geom, rings)


def delete_vertex(geom: shapely.Geometry, vertex: Vertex) -> shapely.Geometry:
    """The geometry without ``vertex``.

    Raises
    ------
    VertexRefused
        A polygon ring would keep fewer than three distinct vertices, a line fewer than two, or the
        vertex is a point's only one (delete the feature instead).
    """
    kind = kind_of(geom)
    rings = rings_of(geom)
    p, r, i = vertex
    ring = rings[p][r]
    left = np.delete(ring, i, axis=0)
    distinct = len(np.unique(left, axis=0)) if len(left) else 0
    least = {"point": 1, "line": 2, "polygon": 3}[kind]
    if distinct < least:
        raise VertexRefused(None, _TOO_FEW[kind],
                            QT_TRANSLATE_NOOP("DataSourceError", "Delete the whole feature instead."))
    rings[p][r] = left
    return _rebuild_like(geom, rings)


def translate(geom: shapely.Geometry, dx: float, dy: float) -> shapely.Geometry:
    """The geometry moved by ``dx, dy``."""
    return shapely.transform(geom, lambda xy: xy + (dx, dy))


def from_vertices(kind: str, points) -> shapely.Geometry:
    """A new point, line or polygon of the clicked ``points`` (ValueError when too few)."""
    pts = [(float(x), float(y)) for x, y in points]
    least = {"point": 1, "line": 2, "polygon": 3}[kind]
    if len(pts) < least:
        raise ValueError(f"a {kind} needs at least {least} vertices")
    if kind == "point":
        return shapely.Point(pts[0])
    return shapely.LineString(pts) if kind == "line" else shapely.Polygon(pts)


def problem_of(geom: shapely.Geometry) -> str:
    """Why a geometry is bad, as the project flags it (:func:`datasources.validity.flag_problems`), or
    ``""`` when it is good."""
    from datasources.validity import flag_problems

    return str(flag_problems(np.array([geom], dtype=object))[0])


def transform_geometry(geom: shapely.Geometry, source_crs, target_crs) -> shapely.Geometry:
    """``geom`` from ``source_crs`` into ``target_crs`` (unchanged when one is unknown or both agree)."""
    if source_crs is None or target_crs is None or source_crs == target_crs:
        return geom
    from datasources.crs import transformer

    t = transformer(source_crs, target_crs)
    return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
