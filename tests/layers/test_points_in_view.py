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
