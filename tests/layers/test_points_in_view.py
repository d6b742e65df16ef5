"""A point layer wholly in the view is binned without a mask: the test says exactly when that holds."""

from __future__ import annotations

import numpy as np

from layers.vector_prepare import PreparedVector, _finite_bounds, all_in_view


def prepared(xy: np.ndarray) -> PreparedVector:
    return PreparedVector(kind="point", count=len(xy), xy=xy, bounds=_finite_bounds(xy) or (0, 0, 0, 0))


def test_every_point_inside_and_enough_of_them():
    xy = np.random.default_rng(3).uniform(10, 20, (500, 2))
    xy[0], xy[1] = (10, 10), (20, 20)  # the layer reaches the view's corners
    assert all_in_view(prepared(xy), (10, 10, 20, 20), 100)
    assert not all_in_view(prepared(xy), (10, 10, 19.99, 20), 100)  # one edge cuts the layer
    assert not all_in_view(prepared(xy), (10.01, 10, 20, 20), 100)
    assert not all_in_view(prepared(xy), (10, 10, 20, 20), 500)  # not more than asked for


def test_missing_points_do_not_count():
    xy = np.random.default_rng(4).uniform(0, 1, (300, 2))
    xy[:250] = np.nan  # 50 points left
    layer = prepared(xy)
    assert all_in_view(layer, (0, 0, 1, 1), 49)
    assert not all_in_view(layer, (0, 0, 1, 1), 50)
    assert not all_in_view(PreparedVector(kind="polygon", count=3), (0, 0, 1, 1))


def test_anchor_of_every_kind_of_feature_and_of_none():
    """A point is where it is; a multi-part or a polygon is at its centroid; a missing or empty
    geometry has no anchor (NaN). An empty point among plain points used to stop the layer's drawing
    (GEOS refuses the x of an empty point)."""
    import shapely

    from layers.vector_prepare import anchor_xy

    geoms = np.array([shapely.Point(1, 2), shapely.Point(), None, shapely.MultiPoint([(0, 0), (2, 2)]),
                      shapely.box(0, 0, 2, 4), shapely.Point(3, 4), shapely.Polygon()], dtype=object)
    expected = [[1, 2], [np.nan, np.nan], [np.nan, np.nan], [1, 1], [1, 2], [3, 4], [np.nan, np.nan]]
    np.testing.assert_array_equal(anchor_xy(geoms), np.array(expected, dtype=float))
    plain = np.array([shapely.Point(5, 6), shapely.Point(7, 8)], dtype=object)
    np.testing.assert_array_equal(anchor_xy(plain), [[5, 6], [7, 8]])
    assert anchor_xy(np.array([], dtype=object)).shape == (0, 2)
