"""The numpy simplification of modest layers keeps exactly the vertices the numba kernel keeps."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from benchmarks.synthetic import village_polygons
from layers import lod
from layers.lod import line_arrays, pack_geometries, simplify_to_pixel


def both_ways(monkeypatch, simplify, *args, **kwargs):
    monkeypatch.setattr(lod, "NUMPY_MAX_VERTICES", 10**12)
    small = simplify(*args, **kwargs)
    monkeypatch.setattr(lod, "NUMPY_MAX_VERTICES", 0)
    big = simplify(*args, **kwargs)
    return small, big


@pytest.mark.parametrize("pixel_size", [0.5, 2.0, 10.0, 40.0, 150.0])
def test_polygons_simplify_the_same_in_numpy_and_numba(monkeypatch, pixel_size):
    packed = pack_geometries(village_polygons(300, seed=11))
    small, big = both_ways(monkeypatch, simplify_to_pixel, packed, pixel_size)
    if pixel_size >= 10:
        assert small.x.size < packed.n_vertices  # it did simplify
    for a, b in zip(small, big, strict=True):
        np.testing.assert_array_equal(a, b)


def test_lines_views_and_classes_simplify_the_same(monkeypatch):
    x = np.linspace(0, 100, 1001)
    lines = [shapely.LineString(np.column_stack([x, np.sin(x) * 0.2])),
             shapely.LineString([(500, 500), (500.3, 500.2), (500.1, 500.6)]),
             shapely.LineString([(0, 0), (0, 0.1)]), shapely.LineString([(5, 5), (50, 50), (60, 5)])]
    packed = pack_geometries(lines)
    for pixel_size in (0.05, 1.0, 3.0):
        small, big = both_ways(monkeypatch, line_arrays, packed, pixel_size, view=(0, -1, 70, 60),
                               features=np.array([0, 2, 3]))
        for a, b in zip(small, big, strict=True):
            np.testing.assert_array_equal(a, b)


def test_a_ring_of_one_far_step_keeps_both_ends(monkeypatch):
    packed = pack_geometries([shapely.LineString([(0, 0), (0.1, 0), (0.2, 0), (9, 0)])])
    small, big = both_ways(monkeypatch, line_arrays, packed, 1.0)
    np.testing.assert_array_equal(small.x, [0, 9])
    np.testing.assert_array_equal(small.connect, [True, False])
    np.testing.assert_array_equal(small.x, big.x)
