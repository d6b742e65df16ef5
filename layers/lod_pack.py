"""Polygons and lines packed once for drawing: their rings flattened to one array of local coordinates,
with each ring's offsets, feature, bounds and whether it is a shell (:func:`pack_geometries`). Plain
numpy and shapely, no Qt; :mod:`layers.lod` simplifies the packed rings to the pixel size of each view.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

_POLYGON_TYPES = (3, 6)  # Polygon, MultiPolygon
_LINE_TYPES = (1, 2, 5)  # LineString, LinearRing, MultiLineString

@dataclass(frozen=True)
class PackedGeometry:
    """Polygons or lines flattened to rings of local coordinates, packed once per data change.

    Attributes
    ----------
    origin : (float, float)
        Subtracted from every coordinate: real = local + origin.
    coords : numpy.ndarray
        (n_vertices, 2) float64 local coordinates of all rings, one after another.
    ring_offsets : numpy.ndarray
        (n_rings + 1,) int64; ring ``r`` is ``coords[ring_offsets[r]:ring_offsets[r + 1]]``.
    ring_feature : numpy.ndarray
        (n_rings,) int64 row position of the feature (in the array given to :func:`pack_geometries`).
    ring_bounds : numpy.ndarray
        (n_rings, 4) float64 local minx, miny, maxx, maxy per ring.
    ring_exterior : numpy.ndarray
        (n_rings,) bool; True for polygon shells and for every line, False for holes.
    kind : str
        ``"polygon"`` (closed rings) or ``"line"``.
    n_features : int
        Length of the input array.
    n_skipped : int
        Features without any ring: null, empty, or of another kind (points, or lines among polygons).
    """

    origin: tuple[float, float]
    coords: np.ndarray
    ring_offsets: np.ndarray
    ring_feature: np.ndarray
    ring_bounds: np.ndarray
    ring_exterior: np.ndarray
    kind: str
    n_features: int
    n_skipped: int

    @property
    def n_rings(self) -> int:
        """Number of rings (polygon shells and holes, or line parts)."""
        return int(self.ring_feature.size)

    @property
    def n_vertices(self) -> int:
        """Number of packed vertices."""
        return int(self.coords.shape[0])

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """Extent (minx, miny, maxx, maxy) in real coordinates; NaNs when nothing was packed."""
        if self.n_rings == 0:
            return (np.nan,) * 4
        ox, oy = self.origin
        rb = self.ring_bounds
        return (float(rb[:, 0].min() + ox), float(rb[:, 1].min() + oy),
                float(rb[:, 2].max() + ox), float(rb[:, 3].max() + oy))


def pack_geometries(geoms, kind: str | None = None, origin=None) -> PackedGeometry:
    """Flatten polygons or lines into rings of local coordinates (vectorised shapely 2).

    Parameters
    ----------
    geoms : array_like of shapely geometries
        A numpy object array, a GeoSeries or a list: Polygon, MultiPolygon, LineString,
        MultiLineString (parts of GeometryCollections too). Nulls and empties are skipped but counted.
    kind : {"polygon", "line"}, optional
        What to pack; by default "polygon" when any feature is polygonal, else "line". Parts of the
        other kind are skipped.
    origin : (float, float), optional
        Local origin; by default the floor of the data's minimum x and y. Give the same origin to
        layers drawn together if you want them to share one item transform.

    Returns
    -------
    PackedGeometry
    """
    geoms = np.asarray(geoms, dtype=object).ravel()
    n_features = geoms.size
    usable = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
    types = shapely.get_type_id(geoms[usable])
    single = bool(np.isin(types, (1, 2, 3)).all())
    if single:  # single-part geometries are their own parts (and are not empty: see usable)
        parts, part_feature = geoms[usable], usable
    else:
        parts, part_index = shapely.get_parts(geoms[usable], return_index=True)
        part_feature = usable[part_index]
        types = shapely.get_type_id(parts)
    if kind is None:
        kind = "polygon" if np.isin(types, _POLYGON_TYPES).any() else "line"
    if kind not in ("polygon", "line"):
        raise ValueError(f"kind must be 'polygon' or 'line', not {kind!r}")
    keep = np.isin(types, _POLYGON_TYPES if kind == "polygon" else _LINE_TYPES)
    if not single:
        keep &= ~shapely.is_empty(parts)
    parts, part_feature = parts[keep], part_feature[keep]
    if kind == "polygon":
        ring_feature, ring_exterior, counts = _polygon_rings(parts, part_feature)
    else:
        ring_feature = part_feature
        ring_exterior = np.ones(parts.size, dtype=bool)
        counts = shapely.get_num_coordinates(parts)
    nonempty = counts > 0
    if not nonempty.all():
        ring_feature, ring_exterior, counts = ring_feature[nonempty], ring_exterior[nonempty], counts[nonempty]
    coords = shapely.get_coordinates(parts)  # shells then holes, part after part: the rings in order
    if origin is None:
        origin = ((float(np.floor(coords[:, 0].min())), float(np.floor(coords[:, 1].min())))
                  if coords.size else (0.0, 0.0))
    origin = (float(origin[0]), float(origin[1]))
    coords -= np.array(origin)
    ring_offsets = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=ring_offsets[1:])
    starts = ring_offsets[:-1]
    if counts.size:
        ring_bounds = np.column_stack([
            np.minimum.reduceat(coords[:, 0], starts), np.minimum.reduceat(coords[:, 1], starts),
            np.maximum.reduceat(coords[:, 0], starts), np.maximum.reduceat(coords[:, 1], starts)])
    else:
        ring_bounds = np.zeros((0, 4))
    drawn = np.zeros(n_features, dtype=bool)
    drawn[ring_feature] = True
    n_skipped = n_features - int(np.count_nonzero(drawn))
    return PackedGeometry(origin, np.ascontiguousarray(coords), ring_offsets,
                          ring_feature.astype(np.int64), ring_bounds, ring_exterior, kind,
                          int(n_features), int(n_skipped))


def _polygon_rings(parts: np.ndarray, part_feature: np.ndarray):
    """(feature, is shell, vertex count) of each ring of the polygons ``parts``, shell then holes.

    Most polygons have no hole: their one ring's count is the polygon's, so ring objects are made
    (``shapely.get_rings``, a third of a second for 100,000 polygons) only for the polygons with holes.
    """
    holes = shapely.get_num_interior_rings(parts)
    per_part = holes + 1
    first = np.cumsum(per_part) - per_part  # the shell's position among the rings
    counts = np.zeros(int(per_part.sum()), dtype=np.int64)
    plain = holes == 0
    counts[first[plain]] = shapely.get_num_coordinates(parts[plain])
    if not plain.all():
        holed = np.flatnonzero(~plain)
        rings = shapely.get_rings(parts[holed])
        positions = np.repeat(first[holed] - np.cumsum(per_part[holed]) + per_part[holed],
                              per_part[holed]) + np.arange(rings.size)
        counts[positions] = shapely.get_num_coordinates(rings)
    ring_exterior = np.zeros(counts.size, dtype=bool)
    ring_exterior[first] = True
    return np.repeat(part_feature, per_part), ring_exterior, counts
