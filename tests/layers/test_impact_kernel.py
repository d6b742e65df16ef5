"""The compiled points-in-any-polygon pass gives GEOS's ``intersects`` answer: by hand (holes, edges,
vertices, NaN), on the demo township and on a real hazard map with thousands of repaired rings."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from layers.emergency.inside_kernel import points_in_any
from layers.emergency.overlay import hazard_polygons, points_inside


def test_holes_edges_vertices_by_hand():
    ring = Polygon(box(0, 0, 10, 10).exterior.coords, [box(4, 4, 6, 6).exterior.coords])
    far = MultiPolygon([box(100, 100, 101, 101), box(200, 0, 201, 1)])
    xy = np.array([[1, 1], [5, 5], [10, 5], [4, 5], [0, 0], [6, 6], [11, 5], [np.nan, 1],
                   [200.5, 0.5], [150, 50], [-1e9, 1e9]])
    expected = [True, False, True, True, True, True, False, False, True, False, False]
    assert list(points_in_any(np.array([ring, far], dtype=object), xy)) == expected
    assert not points_in_any(np.array([], dtype=object), xy).any()
    assert len(points_in_any(np.array([ring], dtype=object), np.zeros((0, 2)))) == 0


def test_a_huge_polygon_among_tiny_ones():
    rng = np.random.default_rng(3)
    tiny = shapely.buffer(shapely.points(rng.uniform(0, 10_000, (3000, 2))), 5.0)
    huge = shapely.buffer(shapely.Point(5000, 5000), 4000.0)
    polygons = np.concatenate([tiny, [huge]])
    xy = rng.uniform(-500, 10_500, (50_000, 2))
    shapely.prepare(polygons)
    assert (points_in_any(polygons, xy) == points_inside(polygons, xy)[0]).all()


def test_demo_households_in_the_flood(demo_township):
    zones = gpd.read_file(demo_township, layer="hazard_zones")
    homes = gpd.read_file(demo_township, layer="households")
    polygons, _, _ = hazard_polygons(zones, zones.crs)
    xy = shapely.get_coordinates(homes.geometry.array)
    fast = points_in_any(polygons, xy)
    assert fast.sum() > 5000
    assert (fast == points_inside(polygons, xy)[0]).all()


@pytest.mark.realdata
def test_real_landslide_map_repaired(real_data):
    from datasources.vector import open_vector

    zones = open_vector(real_data / "hazard/iligan/iligan_landslide_hazard.geojson.gz").data
    polygons, _, repairs = hazard_polygons(zones, zones.estimate_utm_crs())
    assert len(repairs) > 600
    bounds = shapely.total_bounds(polygons)
    xy = np.random.default_rng(11).uniform(bounds[:2], bounds[2:], (100_000, 2))
    fast = points_in_any(polygons, xy)
    assert 1000 < fast.sum() < len(xy)
    assert (fast == points_inside(polygons, xy)[0]).all()


def test_many_points_split_over_threads_give_the_same_answer(monkeypatch):
    """Past SPLIT_POINTS points per thread the pass runs in slices side by side: every slice's answer lands in
    its own place (a slice written to the wrong rows, or one left out, shows here)."""
    import layers.emergency.inside_kernel as kernel

    monkeypatch.setattr(kernel.os, "cpu_count", lambda: 3)  # three slices, whatever this machine has
    rng = np.random.default_rng(7)
    polygons = np.array([box(0, 0, 40, 40), Polygon([(50, 50), (95, 60), (70, 95)]),
                         box(10, 60, 30, 90).difference(box(15, 65, 25, 85))], dtype=object)
    xy = rng.uniform(0, 100, size=(3 * kernel.SPLIT_POINTS + 17, 2))
    expected = np.zeros(len(xy), dtype=bool)
    for polygon in polygons:
        expected |= shapely.intersects_xy(polygon, xy[:, 0], xy[:, 1])
    assert expected.any() and not expected.all()
    assert np.array_equal(points_in_any(polygons, xy), expected)
