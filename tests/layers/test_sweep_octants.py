"""The sweep by octants marks the very cells the row sweep marks (the one checked against gdal_viewshed),
wherever the observer stands (middle, corner, edge) and whatever its range."""

from __future__ import annotations

import numpy as np
import pytest
from affine import Affine
from scipy import ndimage

from layers.planning import sweep
from layers.planning.viewshed import Terrain, _pixel_terms, curvature_coefficient


@pytest.fixture(scope="module")
def hills():
    rng = np.random.default_rng(3)
    dem = np.zeros((300, 260))
    for sigma, height in ((40, 300.0), (10, 60.0), (2, 5.0)):
        noise = ndimage.gaussian_filter(rng.normal(size=dem.shape), sigma)
        dem += height * noise / np.abs(noise).max()
    return Terrain.of(dem, Affine(20.0, 0, 0, 0, -20.0, 0))


@pytest.mark.parametrize("row, col, height, reach", [
    (150, 130, 30.0, 2000.0), (150, 130, 30.0, 0.0), (0, 0, 10.0, 0.0), (299, 2, 5.0, 1500.0),
    (40, 255, 50.0, 3000.0), (3, 120, 2.0, 777.0), (150, 130, 0.0, 20.0)])
def test_octants_mark_the_cells_the_row_sweep_marks(hills, row, col, height, reach):
    gt = _pixel_terms(hills.transform)
    curvature = curvature_coefficient(1 / 7) / (2 * hills.semi_major)
    x0, x1, y0, y1 = hills.window(row, col, reach)
    results = []
    for half in (sweep.half, sweep.half_octants):
        out = np.full((y1 - y0, x1 - x0), sweep.OUT_OF_RANGE, np.uint8)
        first = np.empty(x1 - x0)
        z_obs = sweep.first_row(hills.heights, x0, x1, y0, col, row, height, 1.5, curvature, gt,
                                reach * reach, first, out)
        for direction in (-1, 1):
            half(hills.heights, x0, x1, y0, y1, col, row, z_obs, 1.5, curvature, gt, reach * reach, first,
                 direction, out)
        results.append(out)
    rows_sweep, octants = results
    assert 0 < (rows_sweep == sweep.VISIBLE).sum() and (rows_sweep == sweep.HIDDEN).sum() > 0 or reach == 20.0
    assert (rows_sweep == octants).all()
