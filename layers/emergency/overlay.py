"""Which points lie in a hazard: the hazard's polygons checked and repaired, and one vectorised overlay.

Invalid polygons are repaired with ``make_valid`` and reported, never dropped; a row with no geometry is
reported too. Points fall in the hazard by one STRtree bounding-box query of every point at once and one
vectorised ``intersects_xy`` against the prepared polygons (a point on the edge counts as inside, as
``intersects`` says); no Python loop over features.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely


def hazard_polygons(hazard: gpd.GeoDataFrame, crs) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    """The hazard's polygons in ``crs``, invalid ones repaired; rows without an area are reported.

    Returns the polygonal parts (prepared), the hazard row each part came from, and the repairs table.
    """
    own = hazard.crs
    if own is None:
        raise ValueError("the hazard layer has no CRS: say which one it is in before computing the impact")
    geoms = hazard.geometry.array if own is crs or own == crs else hazard.geometry.to_crs(crs).array
    geoms = np.asarray(geoms, dtype=object)
    rows = np.arange(len(geoms))
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    invalid = ~missing & ~shapely.is_valid(geoms)
    reasons = shapely.is_valid_reason(geoms[invalid])
    repaired = geoms.copy()
    repaired[invalid] = shapely.make_valid(geoms[invalid])
    whole = ~missing & (shapely.get_type_id(repaired) == 3)          # plain polygons need no exploding
    parts, owner = shapely.get_parts(repaired[~missing & ~whole], return_index=True)
    parts = np.concatenate([repaired[whole], parts])
    owner = np.concatenate([rows[whole], rows[~missing & ~whole][owner]])
    polygonal = np.isin(shapely.get_type_id(parts), (3, 6))   # lines and points a repair leaves: not areas
    parts, owner = parts[polygonal], owner[polygonal]
    kept = np.zeros(len(geoms), dtype=bool)
    kept[owner] = True
    records = [(int(r), "no geometry", "left out: nothing to place") for r in rows[missing]]
    for r, reason in zip(rows[invalid], reasons, strict=True):
        action = "repaired (make_valid)" if kept[r] else "repaired, but no area is left: left out"
        records.append((int(r), str(reason), action))
    for r in rows[~missing & ~invalid & ~kept]:
        records.append((int(r), f"not an area ({geoms[r].geom_type})", "left out: nothing to place"))
    repairs = pd.DataFrame(records, columns=["row", "problem", "action"]).sort_values("row",
                                                                                       ignore_index=True)
    shapely.prepare(parts)
    return parts, owner, repairs


def points_inside(polygons: np.ndarray, xy: np.ndarray, points=None) -> tuple[np.ndarray, np.ndarray]:
    """Which points intersect any of ``polygons`` (prepared): the boolean mask and the (point, polygon)
    pairs. One bounding-box query of all points, then one vectorised ``intersects_xy``."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    inside = np.zeros(len(xy), dtype=bool)
    if not len(polygons) or not len(xy):
        return inside, np.zeros((2, 0), dtype=np.int64)
    if points is None:
        points = shapely.points(xy)
    pairs = shapely.STRtree(polygons).query(points)
    hit = shapely.intersects_xy(polygons[pairs[1]], xy[pairs[0], 0], xy[pairs[0], 1])
    pairs = pairs[:, hit]
    inside[pairs[0]] = True
    return inside, pairs


def point_xy(geoms) -> np.ndarray:
    """A point per feature: the point itself, a point inside a polygon or on a line; NaN when missing."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return np.zeros((0, 2))
    xy = shapely.get_coordinates(geoms)
    if len(xy) == len(geoms):               # one coordinate each: points only (a line has two), none empty
        return xy
    geoms = np.where(shapely.is_empty(geoms), None, geoms)           # missing or empty: NaN
    other = ~np.isin(shapely.get_type_id(geoms), (-1, 0))
    if other.any():
        geoms[other] = shapely.point_on_surface(geoms[other])
    return np.column_stack([shapely.get_x(geoms), shapely.get_y(geoms)])
