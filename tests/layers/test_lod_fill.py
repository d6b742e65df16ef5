"""The compiled fill of a big path covers exactly the pixels whose centre lies inside its rings (odd-even),
as Qt's aliased fill does: checked against shapely on pixel centres."""

from __future__ import annotations

import numpy as np
import shapely

from layers import lod
from layers.lod_fill import fill_pixels


def centres_inside(geoms, width: int, height: int) -> np.ndarray:
    """Odd-even coverage of pixel centres by ``geoms`` (pixel coordinates, rows growing downwards)."""
    cols, rows = np.meshgrid(np.arange(width) + 0.5, np.arange(height) + 0.5)
    parity = np.zeros((height, width), dtype=np.int64)
    for geom in geoms:
        for ring in [geom.exterior, *geom.interiors]:
            parity += shapely.contains_xy(shapely.Polygon(ring), cols, rows)
    return (parity % 2).astype(bool)


def test_random_rings_with_holes_cover_the_pixel_centres_inside_them():
    rng = np.random.default_rng(7)
    width, height = 120, 80
    geoms = []
    for _ in range(40):
        cx, cy, r = rng.uniform(-10, 130), rng.uniform(-10, 90), rng.uniform(2, 25)
        angles = np.sort(rng.uniform(0, 2 * np.pi, 9))
        radii = r * rng.uniform(0.5, 1.0, 9)
        shell = np.column_stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)])
        hole = np.column_stack([cx + 0.3 * r * np.cos(angles[::3]), cy + 0.3 * r * np.sin(angles[::3])])
        geoms.append(shapely.Polygon(shell, [hole]))
    packed = lod.pack_geometries(geoms, origin=(0.0, 0.0))
    arrays = lod.simplify_to_pixel(packed, 1e-9)  # every vertex kept, rings closed, holes included
    colour = 0x80402010
    pixels = fill_pixels(arrays.x, arrays.y, arrays.connect, (1.0, 1.0, 0.0, 0.0), width, height, colour)
    assert pixels.shape == (height, width) and pixels.dtype == np.uint32
    assert set(np.unique(pixels)) <= {0, colour}
    expected = centres_inside(geoms, width, height)
    assert expected.sum() > 1000  # the scene covers something, with holes and overlaps
    assert np.array_equal(pixels == colour, expected)


def test_the_transform_places_the_fill_and_a_y_up_map_is_flipped():
    square = [shapely.box(10.0, 10.0, 20.0, 15.0)]
    packed = lod.pack_geometries(square, origin=(0.0, 0.0))
    arrays = lod.simplify_to_pixel(packed, 1e-9)
    # map x 0..40 to columns 0..80, y 0..25 (up) to rows 50..0
    pixels = fill_pixels(arrays.x, arrays.y, arrays.connect, (2.0, -2.0, 0.0, 50.0), 80, 50, 1)
    rows, cols = np.nonzero(pixels)
    assert (rows.min(), rows.max(), cols.min(), cols.max()) == (20, 29, 20, 39)
    assert pixels.sum() == 10 * 20


def test_nothing_or_too_little_to_fill():
    assert not fill_pixels([], [], [], (1, 1, 0, 0), 10, 10, 1).any()
    assert not fill_pixels([np.nan, 1, 2], [0, np.nan, 5], [True, True, False], (1, 1, 0, 0), 10, 10, 1).any()
    far = fill_pixels([1e12, 2e12, 2e12], [0, 0, 9], [True, True, False], (1, 1, 0, 0), 10, 10, 1)
    assert not far.any()
