"""The interpolated surface: inverse distance weighting of the sensors' values, exact on a sensor, between
the lowest and highest value elsewhere, NaN outside the township, written as a raster layer (no Qt)."""

from __future__ import annotations

import numpy as np
import pyogrio
import pytest
import shapely

from datasources.errors import Cancelled
from datasources.feedback import Feedback
from layers.emergency.surface import SurfaceLayer, idw_grid, surface_task


def test_idw_by_hand():
    xy = [(0.0, 0.0), (100.0, 0.0)]
    grid, transform = idw_grid(xy, [10.0, 20.0], (0, -50, 100, 50), 25.0, power=2.0, k=2)
    assert grid.shape == (4, 4)
    # the cell centred at (12.5, 12.5): distances sqrt(312.5) and sqrt(7812.5)
    d1, d2 = 312.5, 7812.5
    expected = (10 / d1 + 20 / d2) / (1 / d1 + 1 / d2)
    assert grid[1, 0] == pytest.approx(expected, rel=1e-6)
    assert np.nanmin(grid) >= 10 and np.nanmax(grid) <= 20
    assert np.allclose(grid[:, :2] < 15, True) and np.allclose(grid[:, 2:] > 15, True)
    exact, _ = idw_grid([(12.5, 12.5), (87.5, -37.5)], [1.0, 9.0], (0, -50, 100, 50), 25.0)
    assert exact[1, 0] == 1.0 and exact[3, 3] == 9.0


def test_the_surface_of_the_township_is_clipped_and_shown(demo_township, tmp_path):
    boundary = pyogrio.read_dataframe(demo_township, layer="township_boundary")
    sensors = pyogrio.read_dataframe(demo_township, layer="sensors")
    rain = sensors[sensors["kind"] == "rain_gauge"]
    xy = np.column_stack([rain.geometry.x, rain.geometry.y])
    shape = boundary.geometry.union_all()
    surface = surface_task(xy, [0.0, 5.0, 30.0, 12.0], "rain", 1.0e9, shape, str(sensors.crs), tmp_path,
                           cells=80)
    assert (surface.vmin, surface.vmax, surface.sensors) == (0.0, 30.0, 4)
    layer = SurfaceLayer(surface.path, name="rain")
    layer.show_surface(surface)
    assert (layer.style.vmin, layer.style.vmax) == (0.0, 30.0)
    inside = shapely.get_coordinates(shape.representative_point())[0]
    (value,) = layer.value_at(*inside)
    assert 0.0 <= value <= 30.0
    import rasterio

    with rasterio.open(surface.path) as src:
        grid = src.read(1)
        centres = [src.xy(r, c) for r, c in ((0, 0), (0, src.width - 1), (src.height - 1, 0))]
    outside = [not shape.intersects(shapely.Point(x, y).buffer(src.res[0])) for x, y in centres]
    assert any(outside) and np.isnan(grid).sum() > 0 and np.isfinite(grid).sum() > grid.size / 4
    for (x, y), out in zip(centres, outside, strict=True):
        if out:
            assert layer.value_at(x, y)[0] is None or np.isnan(layer.value_at(x, y)[0])
    with pytest.raises(Cancelled):
        surface_task(xy, [1, 2, 3, 4], "rain", None, shape, str(sensors.crs), tmp_path,
                     feedback=Feedback(is_cancelled=lambda: True))
