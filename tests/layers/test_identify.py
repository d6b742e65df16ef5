"""Identify without a window: what lies under a point across the visible layers (another CRS reprojected,
hidden layers left out, nodata skipped) and how each find reads (titles, field aliases, coded values
named, NULLs, at most 50 features described per layer)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from layers import code_lists
from layers.identify import MAX_FEATURES_PER_LAYER, describe, identify
from layers.raster import RasterLayer
from layers.vector import VectorLayer

CRS = "EPSG:4549"


@pytest.fixture
def chinese():
    code_lists.set_language("zh_CN")
    yield
    code_lists.set_language("en")


def facilities() -> VectorLayer:
    frame = gpd.GeoDataFrame({"name_zh": ["上塘小学", None], "kind": ["school", "clinic"],
                              "capacity": [120.0, np.nan]},
                             geometry=[shapely.Point(500_100, 3_000_100), shapely.Point(500_103, 3_000_100)],
                             crs=CRS)
    return VectorLayer(frame, "facilities")


@pytest.fixture
def dem(tmp_path):
    path = tmp_path / "dem.tif"
    data = np.arange(100, dtype=np.float32).reshape(10, 10)
    data[0, 0] = -9999
    with rasterio.open(path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=CRS,
                       transform=from_origin(500_000, 3_001_000, 100, 100), nodata=-9999) as ds:
        ds.write(data, 1)
    return path


def test_features_of_every_visible_layer_nearest_first_and_raster_values(dem):
    near = facilities()
    hidden = facilities()
    hidden.visible = False
    raster = RasterLayer(dem)
    found = identify([near, hidden, raster], 500_101, 3_000_100, 5.0, CRS)
    assert [layer for layer, _ in found] == [near, raster]
    assert found[0][1].tolist() == [0, 1]  # nearest first
    assert found[1][1] == [91.0]  # row 9, column 1
    assert identify([raster], 500_050, 3_000_950, 5.0, CRS) == []  # nodata is nothing found
    assert identify([near], 600_000, 3_100_000, 5.0, CRS) == []


def test_a_layer_in_another_crs_is_found_at_the_same_place():
    in_degrees = VectorLayer(facilities().data.to_crs("EPSG:4490"), "facilities")
    assert in_degrees.crs == "EPSG:4490"
    found = identify([in_degrees], 500_100.5, 3_000_100, 1.0, CRS)
    assert [rows.tolist() for _, rows in found] == [[0]]
    assert identify([in_degrees], 500_098, 3_000_100, 1.0, CRS) == []  # the tolerance reprojected too


def test_a_find_reads_with_titles_aliases_named_codes_and_nulls(chinese):
    layer = facilities()
    finding = describe(layer, np.array([0, 1]))
    assert finding.count == 2 and not finding.is_raster
    first, second = finding.features
    assert (first.title, second.title) == ("上塘小学", "#2")
    fields = {field.name: (field.alias, field.value) for field in first.fields}
    assert fields == {"name_zh": ("名称", "上塘小学"), "kind": ("设施类型", "学校"), "capacity": ("容量", "120")}
    assert {field.name: field.value for field in second.fields}["capacity"] == "NULL"


def test_a_raster_find_is_one_value_per_band_and_many_features_are_capped(dem):
    raster = describe(RasterLayer(dem), [12.5, None])
    assert raster.is_raster and raster.bands == ("12.5", "NULL")
    many = VectorLayer(gpd.GeoDataFrame({"id": range(80)}, geometry=[shapely.Point(0, 0)] * 80, crs=CRS), "wells")
    finding = describe(many, np.arange(80))
    assert finding.count == 80 and len(finding.features) == MAX_FEATURES_PER_LAYER
    assert finding.features[0].title == "0"
