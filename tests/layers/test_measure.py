"""Measuring on the ground: geodesic lengths and areas, units, metric CRSs and buffers (no Qt)."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely

from datasources.crs import transformer
from layers import measure
from layers.measure import (
    MU_M2,
    area_units,
    buffer_metres,
    format_area,
    format_length,
    geodesic_area,
    geodesic_length,
    metric_crs_for,
)

GRS80_A = 6_378_137.0
GRS80_RF = 298.257222101


def band_area(lat_deg: float, lon_span_deg: float, a: float = GRS80_A, rf: float = GRS80_RF) -> float:
    """Closed-form ellipsoid area between the equator and ``lat_deg`` over ``lon_span_deg``."""
    f = 1.0 / rf
    b = a * (1 - f)
    e = math.sqrt(1 - (b / a) ** 2)
    s = math.sin(math.radians(lat_deg))
    zone = 2 * math.pi * b**2 * (s / (2 * (1 - e**2 * s**2))
                                 + math.log((1 + e * s) / (1 - e * s)) / (4 * e))
    return zone * lon_span_deg / 360.0


def test_one_kilometre_square_in_gauss_kruger_with_and_without_zone_prefix():
    square = shapely.box(500_000, 3_400_000, 501_000, 3_401_000)
    assert geodesic_area(square, "EPSG:4549") == pytest.approx(1e6, rel=0.005)
    assert geodesic_length(square, "EPSG:4549") == pytest.approx(4000.0, rel=0.005)
    prefixed = shapely.box(40_500_000, 3_400_000, 40_501_000, 3_401_000)  # zone 40, also 120E
    assert geodesic_area(prefixed, "EPSG:4528") == pytest.approx(1e6, rel=0.005)
    # 150 km off the central meridian the map scale grows: the ground area is smaller.
    far = shapely.box(650_000, 3_400_000, 651_000, 3_401_000)
    assert 0.997e6 < geodesic_area(far, "EPSG:4549") < 0.9995e6


def test_one_degree_of_longitude_at_the_equator_on_cgcs2000():
    assert geodesic_length(shapely.LineString([(0, 0), (1, 0)]), "EPSG:4490") == \
        pytest.approx(111_319.49, abs=0.01)
    assert geodesic_length(shapely.LineString([(120, 0), (121, 0)]), "EPSG:4326") == \
        pytest.approx(111_319.49, abs=0.01)


def test_area_of_a_lon_lat_cell_matches_the_closed_form():
    cell = shapely.segmentize(shapely.box(110, 0, 112, 30), 0.01)  # edges follow the parallels
    expected = band_area(30, 2)
    assert geodesic_area(cell, "EPSG:4490") == pytest.approx(expected, rel=1e-6)


def test_the_same_field_measures_alike_in_every_crs_and_holes_are_subtracted():
    field = shapely.Polygon([(500_100, 3_400_000), (500_900, 3_400_050), (500_700, 3_400_800),
                             (500_050, 3_400_600)],
                            [[(500_300, 3_400_300), (500_400, 3_400_300), (500_400, 3_400_400)]])
    in_gk = geodesic_area(field, "EPSG:4549")
    to_geo = transformer("EPSG:4549", "EPSG:4490")
    lonlat = shapely.transform(field, lambda xy: np.column_stack(to_geo.transform(*xy.T)))
    assert geodesic_area(lonlat, "EPSG:4490") == pytest.approx(in_gk, rel=1e-9)
    assert in_gk == pytest.approx(field.area, rel=0.001)
    shell_only = geodesic_area(shapely.Polygon(field.exterior), "EPSG:4549")
    assert shell_only - in_gk == pytest.approx(5000.0, rel=0.001)
    reversed_rings = shapely.Polygon(field.exterior.coords[::-1], [field.interiors[0].coords[::-1]])
    assert geodesic_area(reversed_rings, "EPSG:4549") == pytest.approx(in_gk, rel=1e-9)


def test_arrays_nulls_and_other_kinds():
    road = shapely.LineString([(500_000, 3_400_000), (500_300, 3_400_400)])
    values = geodesic_length([road, None, shapely.LineString(), shapely.Point(500_000, 3_400_000)],
                             "EPSG:4549")
    assert isinstance(values, np.ndarray) and values.shape == (4,)
    assert values[0] == pytest.approx(500.0, rel=0.005)
    assert np.isnan(values[1]) and np.isnan(values[2]) and values[3] == 0.0
    assert geodesic_area(road, "EPSG:4549") == 0.0
    with pytest.raises(ValueError):
        geodesic_area(road, None)


def test_format_length():
    assert format_length(532) == "532 m"
    assert format_length(532.4) == "532 m"
    assert format_length(8.46) == "8.5 m"
    assert format_length(1250) == "1.25 km"
    assert format_length(999.6) == "1 km"
    assert format_length(12_345) == "12.3 km"
    assert format_length(1_234_567) == "1,235 km"


def test_format_area_and_units():
    assert format_area(12_345) == "12,345 m² · 1.23 ha · 18.5 亩"
    assert format_area(2_350_000) == "2.35 km² · 235 ha · 3,525 亩"
    assert format_area(2000 / 3) == "667 m² · 0.0667 ha · 1 亩"
    assert format_area(50) == "50 m² · 0.005 ha · 0.075 亩"
    units = area_units(2_000_000)
    assert units == pytest.approx({"m2": 2e6, "ha": 200.0, "km2": 2.0, "mu": 3000.0})
    assert MU_M2 * 15 == pytest.approx(10_000.0)  # 15 亩 to the hectare


@pytest.mark.parametrize(("bounds", "crs", "expected"), [
    ((120.1, 30.0, 120.5, 30.3), "EPSG:4326", "EPSG:4549"),  # Hangzhou: zone of 120E
    ((500_000, 3_300_000, 510_000, 3_310_000), "EPSG:4549", "EPSG:4549"),
    ((40_500_000, 3_300_000, 40_510_000, 3_310_000), "EPSG:4528", "EPSG:4549"),  # prefix dropped
    ((126.5, 45.6, 126.8, 45.9), "EPSG:4490", "EPSG:4551"),  # Harbin: 126E
    ((73.5, 39.0, 73.9, 39.4), "EPSG:4490", "EPSG:4534"),  # far west: clamped to 75E
    ((13.3, 52.4, 13.5, 52.6), "EPSG:4326", "EPSG:32633"),  # Berlin
    ((151.0, -34.0, 151.3, -33.7), "EPSG:4326", "EPSG:32756"),  # Sydney
])
def test_metric_crs_for(bounds, crs, expected):
    assert metric_crs_for(bounds, crs) == expected


def test_zone_choice_per_feature_agrees_with_the_gauss_kruger_helper():
    lon = np.arange(73.0, 136.0, 0.25)
    codes = measure._metric_codes(lon, np.full(lon.size, 35.0))
    expected = [metric_crs_for((x, 35.0, x, 35.0), "EPSG:4490") for x in lon]
    assert [f"EPSG:{c}" for c in codes] == expected
    with pytest.raises(ValueError):
        metric_crs_for((np.nan, 0, 1, 1), "EPSG:4326")


def test_buffer_metres_in_lon_lat_and_web_mercator_measures_on_the_ground():
    ring_area = 0.5 * 32 * math.sin(2 * math.pi / 32) * 100.0**2  # 32-gon of radius 100 m
    # Wells far apart (China and Norway): one metric CRS for both would distort one of them.
    wells = gpd.GeoDataFrame({"well": ["W1", "W2", "W3"]},
                             geometry=[shapely.Point(120.2, 30.3), shapely.Point(10.0, 60.0), None],
                             crs="EPSG:4326", index=[7, 8, 9])
    buffered = buffer_metres(wells, 100.0)
    assert list(buffered["well"]) == ["W1", "W2", "W3"] and buffered.crs == wells.crs
    assert list(buffered.index) == [7, 8, 9] and buffered.geometry.iloc[2] is None
    assert wells.geometry.iloc[0].geom_type == "Point"  # the input is left alone
    areas = geodesic_area(buffered.geometry.values[:2], "EPSG:4326")
    np.testing.assert_allclose(areas, ring_area, rtol=0.005)
    # Web Mercator is in metres but stretched by 2 at 60N: buffering there directly would be wrong.
    mercator = wells.iloc[:2].to_crs("EPSG:3857")
    areas = geodesic_area(buffer_metres(mercator, 100.0).geometry.values, "EPSG:3857")
    np.testing.assert_allclose(areas, ring_area, rtol=0.005)


def test_buffer_metres_in_gauss_kruger_and_on_a_series():
    series = gpd.GeoSeries([shapely.Point(500_000, 3_400_000)], crs="EPSG:4549")
    buffered = buffer_metres(series, 50.0, quad_segs=16)
    assert isinstance(buffered, gpd.GeoSeries) and buffered.crs == series.crs
    assert buffered.iloc[0].area == pytest.approx(0.5 * 64 * math.sin(2 * math.pi / 64) * 2500)
    with pytest.raises(ValueError):
        buffer_metres(gpd.GeoSeries([shapely.Point(0, 0)]), 10.0)
