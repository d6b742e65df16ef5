"""The scale bar's ground metres in a Gauss-Kruger or UTM zone come from the point scale of the projection,
with no transformation built at start; they agree with a geodesic measured on the ellipsoid."""

from __future__ import annotations

import pytest
from pyproj import Geod

from datasources.crs import transformer, transverse_mercator_scale


@pytest.mark.parametrize("code,x,y", [
    ("EPSG:4549", 461_582.0, 3_319_568.0),   # the demo township, 40 km west of 120E
    ("EPSG:4549", 640_000.0, 3_319_568.0),   # the edge of the 3-degree zone
    ("EPSG:4528", 40_420_000.0, 3_300_000.0),  # a zone number in front of the easting
    ("EPSG:32650", 260_000.0, 3_500_000.0),  # UTM 50N, k0 = 0.9996
])
def test_the_point_scale_matches_a_geodesic(code, x, y):
    tr = transformer(code, "EPSG:4326")
    lon0, lat0 = tr.transform(x, y)
    lon1, lat1 = tr.transform(x + 100.0, y)
    ground = Geod(ellps="GRS80").inv(lon0, lat0, lon1, lat1)[2]
    assert 100.0 / transverse_mercator_scale(code, x) == pytest.approx(ground, rel=2e-6)


@pytest.mark.parametrize("code", ["EPSG:3857", "EPSG:4490", "EPSG:4326", "EPSG:2384", "not a crs"])
def test_other_projections_are_left_to_the_transformation(code):
    # Web Mercator's scale grows with latitude, degrees are not metres; EPSG:2384 (Xian 1980 GK) is TM too
    expected = code == "EPSG:2384"
    assert (transverse_mercator_scale(code, 500_000.0) is not None) == expected
