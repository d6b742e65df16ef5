"""Level of detail: point binning, geometry packing and pixel simplification (no Qt)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from benchmarks.synthetic import village_polygons
from datasources.errors import Cancelled
from layers import lod
from layers.lod import bin_points, line_arrays, pack_geometries, simplify_to_pixel


def rings_of(path: lod.PathArrays) -> list[np.ndarray]:
    """Split path arrays into rings (n, 2) at the vertices that do not connect onwards."""
    ends = np.flatnonzero(~path.connect) + 1
    xy = np.column_stack([path.x, path.y]).astype(np.float64)
    return [ring for ring in np.split(xy, ends) if ring.size]


# ------------------------------------------------------------------------------------ bin_points

def test_bin_points_matches_histogram2d_with_row_zero_at_the_top():
    rng = np.random.default_rng(1)
    x = rng.uniform(-20, 120, 20_000)
    y = rng.uniform(-10, 60, 20_000)
    image = bin_points(x, y, (0, 0, 100, 50), 100, 50)
    hist, _, _ = np.histogram2d(y, x, bins=(50, 100), range=((0, 50), (0, 100)))
    assert image.dtype == np.float32 and image.shape == (50, 100)
    np.testing.assert_array_equal(image, hist[::-1])
    inside = (x >= 0) & (x <= 100) & (y >= 0) & (y <= 50)
    assert image.sum() == inside.sum() < x.size


def test_bin_points_edges_nan_and_culling():
    x = np.array([0.0, 100.0, 99.99, 0.0, np.nan, 50.0, -0.01, 100.01])
    y = np.array([0.0, 50.0, 49.99, 50.0, 10.0, np.nan, 10.0, 10.0])
    image = bin_points(x, y, (0, 0, 100, 50), 10, 5)
    assert image[4, 0] == 1  # bottom-left corner point: last row, first column
    assert image[0, 9] == 2  # top-right corner and the point just inside it
    assert image[0, 0] == 1  # top-left
    assert image.sum() == 4  # NaN and outside points culled


def test_bin_points_sums_weights_and_keeps_zone_prefixed_eastings():
    x = np.array([40_512_345.25, 40_512_345.75, 40_512_346.5])
    y = np.array([3_400_000.5, 3_400_000.5, 3_400_000.5])
    image = bin_points(x, y, (40_512_345.0, 3_400_000.0, 40_512_347.0, 3_400_001.0), 2, 1,
                       weights=[1.5, 2.0, 10.0])
    np.testing.assert_allclose(image, [[3.5, 10.0]])
    assert image.dtype == np.float32


def test_bin_points_refuses_empty_views_and_mismatched_arrays():
    with pytest.raises(ValueError):
        bin_points([1.0], [1.0], (0, 0, 0, 1), 10, 10)
    with pytest.raises(ValueError):
        bin_points([1.0], [1.0], (0, 0, 1, 1), 0, 10)
    with pytest.raises(ValueError):
        bin_points([1.0, 2.0], [1.0], (0, 0, 1, 1), 10, 10)
    assert bin_points([], [], (0, 0, 1, 1), 3, 2).sum() == 0


# ------------------------------------------------------------------------------- pack_geometries

def test_pack_counts_skipped_features_and_maps_rings_to_rows():
    shell = shapely.box(0, 0, 10, 10)
    with_hole = shapely.Polygon(shell.exterior.coords, [shapely.box(2, 2, 4, 4).exterior.coords])
    two_parts = shapely.MultiPolygon([shapely.box(20, 0, 21, 1), shapely.box(30, 5, 33, 9)])
    geoms = np.array([with_hole, None, shapely.Polygon(), two_parts, shapely.Point(1, 1)],
                     dtype=object)
    packed = pack_geometries(geoms)
    assert packed.kind == "polygon"
    assert packed.n_features == 5 and packed.n_skipped == 3
    np.testing.assert_array_equal(packed.ring_feature, [0, 0, 3, 3])
    np.testing.assert_array_equal(packed.ring_exterior, [True, False, True, True])
    assert packed.origin == (0.0, 0.0)
    rings = shapely.get_rings(shapely.get_parts(geoms[[0, 3]]))
    np.testing.assert_array_equal(np.diff(packed.ring_offsets), shapely.get_num_coordinates(rings))
    np.testing.assert_array_equal(packed.coords, shapely.get_coordinates(rings))
    np.testing.assert_array_equal(packed.ring_bounds, shapely.bounds(rings))
    assert packed.bounds == (0.0, 0.0, 33.0, 10.0)


def test_pack_single_polygons_with_and_without_holes_ring_by_ring():
    """Plain polygons take their ring from the polygon itself, holed ones from their rings: the same
    rings in the same order as shapely's own ring list."""
    rng = np.random.default_rng(3)
    geoms = []
    for k in range(60):
        x, y = rng.uniform(0, 1000, 2)
        shell = shapely.box(x, y, x + 40, y + 30)
        holes = [shapely.box(x + 2 + 12 * h, y + 5, x + 10 + 12 * h, y + 12).exterior.coords
                 for h in range(k % 4)]
        geoms.append(shapely.Polygon(shell.exterior.coords, holes))
    geoms = np.array(geoms, dtype=object)
    packed = pack_geometries(geoms)
    rings, part = shapely.get_rings(geoms, return_index=True)
    np.testing.assert_array_equal(packed.ring_feature, part)
    np.testing.assert_array_equal(packed.ring_exterior, np.r_[True, part[1:] != part[:-1]])
    np.testing.assert_array_equal(np.diff(packed.ring_offsets), shapely.get_num_coordinates(rings))
    np.testing.assert_array_equal(packed.coords + np.array(packed.origin), shapely.get_coordinates(rings))


def test_pack_subtracts_an_origin_that_keeps_centimetres_in_float32():
    geom = shapely.Polygon([(40_512_345.67, 3_412_345.01), (40_513_345.12, 3_412_345.01),
                            (40_513_345.12, 3_413_345.99)])
    packed = pack_geometries([geom])
    assert packed.origin == (40_512_345.0, 3_412_345.0)
    local32 = packed.coords.astype(np.float32).astype(np.float64)
    real = local32 + np.array(packed.origin)
    np.testing.assert_allclose(real, shapely.get_coordinates(geom.exterior), atol=0.01, rtol=0)
    # Without the origin float32 would be off by metres.
    assert np.abs(shapely.get_coordinates(geom.exterior).astype(np.float32)
                  - shapely.get_coordinates(geom.exterior)).max() > 0.5


def test_pack_lines_and_explicit_origin():
    lines = [shapely.MultiLineString([[(0, 0), (5, 5)], [(6, 6), (7, 9), (8, 6)]]),
             shapely.LineString([(1, 1), (2, 2)]), shapely.box(0, 0, 1, 1)]
    packed = pack_geometries(lines, origin=(-10, -20))
    assert packed.kind == "polygon"  # a polygon is present: polygons win by default
    packed = pack_geometries(lines, kind="line", origin=(-10, -20))
    assert packed.kind == "line" and packed.n_rings == 3 and packed.n_skipped == 1
    np.testing.assert_array_equal(packed.ring_feature, [0, 0, 1])
    assert packed.ring_exterior.all()
    np.testing.assert_array_equal(packed.coords[0], [10, 20])
    with pytest.raises(ValueError):
        pack_geometries(lines, kind="point")


def test_pack_and_simplify_nothing():
    packed = pack_geometries(np.array([None, shapely.Polygon()], dtype=object))
    assert packed.n_rings == 0 and packed.n_skipped == 2
    path = simplify_to_pixel(packed, 1.0)
    assert path.x.size == 0 and path.ring_count == 0


# ----------------------------------------------------------------------------- simplify_to_pixel

@pytest.mark.parametrize("pixel_size", [2.0, 10.0, 40.0])
def test_simplified_rings_stay_within_a_pixel_and_closed(pixel_size):
    geoms = village_polygons(300, seed=7)
    packed = pack_geometries(geoms)
    path = simplify_to_pixel(packed, pixel_size)
    rb = packed.ring_bounds
    drawn = np.flatnonzero(np.maximum(rb[:, 2] - rb[:, 0], rb[:, 3] - rb[:, 1]) >= pixel_size)
    rings = rings_of(path)
    assert len(rings) == drawn.size == path.ring_count
    assert path.x.dtype == np.float32 and path.y.dtype == np.float32
    origin = np.array(packed.origin)
    simplified, original = [], []
    for ring_id, ring in zip(drawn, rings, strict=True):
        np.testing.assert_array_equal(ring[0], ring[-1])  # closed
        start, end = packed.ring_offsets[ring_id], packed.ring_offsets[ring_id + 1]
        original.append(shapely.LineString(packed.coords[start:end] + origin))
        simplified.append(shapely.LineString(ring + origin))
        steps = np.hypot(*np.diff(ring[:-1], axis=0).T)
        assert steps.min() >= pixel_size * 0.999  # kept vertices are a pixel apart at least
    distance = shapely.hausdorff_distance(np.array(original), np.array(simplified))
    assert distance.max() <= pixel_size * 1.5
    assert distance.max() <= pixel_size * 1.0001  # the radial rule's own bound
    if pixel_size >= 40:
        assert path.x.size < packed.n_vertices * 0.6  # it really simplifies


def test_connect_breaks_exactly_at_ring_ends():
    packed = pack_geometries([shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 50)])
    path = simplify_to_pixel(packed, 1.0)
    np.testing.assert_array_equal(path.connect, [True] * 4 + [False] + [True] * 4 + [False])
    np.testing.assert_array_equal(path.x[:5], [100, 100, 0, 0, 100])


def test_sub_pixel_villages_become_one_square_per_pixel_and_tiny_holes_vanish():
    rng = np.random.default_rng(3)
    centres = np.concatenate([rng.uniform(0.5, 9.5, (20, 2)), rng.uniform(20.5, 29.5, (20, 2)),
                              rng.uniform(40.5, 49.5, (20, 2)) + [0, 40]]) - 5.0
    tiny = shapely.buffer(shapely.points(centres), 0.4, quad_segs=2)
    big = shapely.Polygon(shapely.box(100, 100, 200, 200).exterior.coords,
                          [shapely.box(150, 150, 152, 152).exterior.coords])
    packed = pack_geometries(np.concatenate([tiny, [big]]))
    path = simplify_to_pixel(packed, 10.0)
    rings = rings_of(path)
    assert len(rings) == 4  # three pixel squares and the big shell; the 2 m hole is gone
    squares = [r for r in rings if len(r) == 5 and np.ptp(r[:, 0]) == 10.0]
    assert len(squares) == 3
    for square in squares:
        np.testing.assert_array_equal(square[0], square[-1])
        np.testing.assert_array_equal(np.mod(square + packed.origin + 5.0, 10.0), 0.0)  # real grid
        box = shapely.Polygon(square + packed.origin)
        assert np.isclose(box.area, 100.0)
        assert shapely.contains(box, shapely.points(centres)).sum() == 20


def test_view_in_real_coordinates_culls_rings_outside():
    west = shapely.box(40_500_000, 3_400_000, 40_500_100, 3_400_100)
    east = shapely.box(40_510_000, 3_400_000, 40_510_100, 3_400_100)
    packed = pack_geometries([west, east])
    path = simplify_to_pixel(packed, 1.0, view=(40_509_950, 3_399_950, 40_510_050, 3_400_050))
    assert path.ring_count == 1
    real_x = path.x.astype(np.float64) + packed.origin[0]
    np.testing.assert_allclose(np.unique(real_x), [40_510_000, 40_510_100])
    nothing = simplify_to_pixel(packed, 1.0, view=(0, 0, 1000, 1000))
    assert nothing.x.size == 0


def test_features_by_mask_or_rows_draw_one_class():
    geoms = village_polygons(50, seed=2)
    packed = pack_geometries(geoms)
    mask = np.zeros(50, dtype=bool)
    mask[[3, 17, 40]] = True
    by_mask = simplify_to_pixel(packed, 5.0, features=mask)
    by_rows = simplify_to_pixel(packed, 5.0, features=[3, 17, 40])
    np.testing.assert_array_equal(by_mask.x, by_rows.x)
    origin = np.array(packed.origin)
    covered = shapely.union_all(geoms[[3, 17, 40]]).buffer(5.0 * 1.5)
    points = shapely.points(np.column_stack([by_mask.x, by_mask.y]) + origin)
    assert shapely.contains(covered, points).all()
    rb = packed.ring_bounds
    big_enough = np.maximum(rb[:, 2] - rb[:, 0], rb[:, 3] - rb[:, 1]) >= 5.0
    assert by_mask.ring_count == (mask[packed.ring_feature] & big_enough).sum() >= 3
    assert simplify_to_pixel(packed, 5.0, features=np.zeros(50, bool)).x.size == 0
    with pytest.raises(ValueError):
        simplify_to_pixel(packed, 5.0, features=np.ones(3, bool))


def test_lines_keep_their_ends_and_tiny_lines_become_dots():
    x = np.linspace(0, 100, 1001)
    wiggle = shapely.LineString(np.column_stack([x, np.sin(x) * 0.2]))
    tiny = shapely.LineString([(500, 500), (500.3, 500.2), (500.1, 500.6)])
    packed = pack_geometries([wiggle, tiny])
    path = line_arrays(packed, 1.0)
    first, dot = rings_of(path)
    np.testing.assert_allclose(first[[0, -1]] + packed.origin, [[0, 0], [100, np.sin(100) * 0.2]],
                               atol=1e-5)
    assert len(first) < 150
    np.testing.assert_allclose(dot + packed.origin, [[500, 500], [500.1, 500.6]], atol=1e-4)
    # Polygons drawn as open outlines keep their holes.
    ring = pack_geometries([shapely.box(0, 0, 10, 10).difference(shapely.box(4, 4, 5, 5))])
    assert line_arrays(ring, 2.0).ring_count == 2


def test_cancel_between_chunks(monkeypatch):
    packed = pack_geometries(village_polygons(40, seed=5))
    whole = simplify_to_pixel(packed, 3.0)
    monkeypatch.setattr(lod, "_CHUNK_VERTICES", 100)
    chunked = simplify_to_pixel(packed, 3.0)
    np.testing.assert_array_equal(whole.x, chunked.x)
    np.testing.assert_array_equal(whole.connect, chunked.connect)
    calls = []

    def cancel_on_third_look():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(Cancelled):
        simplify_to_pixel(packed, 3.0, is_cancelled=cancel_on_third_look)
    with pytest.raises(ValueError):
        simplify_to_pixel(packed, 0.0)
