"""Layer models: events both ways, spatial queries against brute force, reprojection, rasters, LayerList."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from datasources.source import PROBLEM_COLUMN, VectorSource
from layers.base import Layer
from layers.layer_list import LayerList
from layers.raster import RasterLayer
from layers.style import Style
from layers.vector import VectorLayer


def _points(n=2000, seed=1, crs="EPSG:4549"):
    rng = np.random.default_rng(seed)
    xy = rng.uniform([500_000, 3_000_000], [510_000, 3_010_000], size=(n, 2))
    geoms = shapely.points(xy).astype(object)
    geoms[::97] = None  # flagged features: null geometries
    geoms[5] = shapely.Point()  # and an empty one
    problems = np.where(shapely.is_missing(geoms), "null geometry", "")
    problems[5] = "empty geometry"
    return gpd.GeoDataFrame({"pop": rng.integers(0, 1000, n), PROBLEM_COLUMN: problems},
                            geometry=geoms, crs=crs)


def _polygons(n=300, seed=2):
    rng = np.random.default_rng(seed)
    centres = rng.uniform([500_000, 3_000_000], [510_000, 3_010_000], size=(n, 2))
    geoms = shapely.buffer(shapely.points(centres), rng.uniform(50, 400, n))
    return gpd.GeoDataFrame({"名称": [f"村{i}" for i in range(n)]}, geometry=geoms, crs="EPSG:4549")


def _lines(n=300, seed=3):
    rng = np.random.default_rng(seed)
    start = rng.uniform([500_000, 3_000_000], [510_000, 3_010_000], size=(n, 2))
    end = start + rng.uniform(-500, 500, size=(n, 2))
    geoms = shapely.linestrings(np.stack([start, end], axis=1))
    return gpd.GeoDataFrame({"road": np.arange(n)}, geometry=geoms, crs="EPSG:4549")


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)


# ---------------------------------------------------------------------- events
@pytest.mark.parametrize("attr,value", [
    ("name", "新名字"), ("visible", False), ("opacity", 0.4),
    ("style", Style(fill="#ff0000")), ("crs", "EPSG:4326"),
])
def test_setting_an_attribute_emits_once_with_the_new_value_and_same_value_is_silent(attr, value):
    layer = Layer("村庄", crs="EPSG:4549")
    seen = Recorder()
    getattr(layer.events, attr).connect(seen)
    setattr(layer, attr, value)
    assert getattr(layer, attr) == value
    assert seen.calls == [(value,)]
    setattr(layer, attr, value)
    assert len(seen.calls) == 1


def test_selection_event_and_normalisation():
    layer = Layer("x")
    seen = Recorder()
    layer.events.selection.connect(seen)
    layer.selection = [5, 2, 2]
    assert layer.selection.dtype == np.int64
    assert layer.selection.tolist() == [2, 5]
    layer.selection = np.array([2, 5])
    assert len(seen.calls) == 1 and seen.calls[0][0].tolist() == [2, 5]


def test_layer_rejects_bad_values():
    layer = Layer("x")
    with pytest.raises(ValueError):
        layer.opacity = 1.5
    with pytest.raises(ValueError):
        layer.crs = "not a crs at all"
    with pytest.raises(TypeError):
        layer.style = {"fill": "#ff0000"}
    assert len(layer.id) == 32 and Layer("y").id != layer.id
    assert layer.crs_unknown and Layer("z", crs="epsg:4490").crs == "EPSG:4490"


def test_data_setter_emits_layer_and_rebuilds_index_and_kind():
    layer = VectorLayer(_points(), "点")
    seen = Recorder()
    layer.events.data.connect(seen)
    layer.selection = [1, 1999]
    assert layer.geometry_kind == "point"
    tree_before = layer.sindex
    layer.data = _polygons()
    assert seen.calls == [(layer,)]
    assert layer.geometry_kind == "polygon"
    assert layer.sindex is not tree_before and len(layer.sindex.geometries) == 300
    assert layer.selection.tolist() == [1]  # rows past the new end are dropped


# ---------------------------------------------------------------------- vector layer
def test_geometry_kind_and_problem_count():
    pts = _points()
    assert VectorLayer(pts, "a").problem_count == int((pts[PROBLEM_COLUMN] != "").sum()) > 10
    assert VectorLayer(_lines(), "b").geometry_kind == "line"
    mixed = gpd.GeoDataFrame(geometry=[shapely.Point(0, 0), shapely.box(0, 0, 1, 1)])
    assert VectorLayer(mixed, "c").geometry_kind == "mixed"
    assert VectorLayer(gpd.GeoDataFrame(geometry=[None, None]), "d").geometry_kind == "none"
    assert VectorLayer(gpd.GeoDataFrame(geometry=[None]), "d").extent is None


@pytest.mark.parametrize("make", [_points, _lines, _polygons])
def test_identify_matches_brute_force(make):
    gdf = make()
    layer = VectorLayer(gdf, "x")
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    rng = np.random.default_rng(7)
    tol = 60.0
    checked = 0
    for x, y in rng.uniform([500_000, 3_000_000], [510_000, 3_010_000], size=(60, 2)):
        spot = shapely.Point(x, y)
        ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        if layer.geometry_kind == "polygon":
            expected = np.flatnonzero(ok & shapely.intersects(geoms, spot))
        else:
            expected = np.flatnonzero(ok & (shapely.distance(geoms, spot) <= tol))
        got = layer.identify(x, y, tol)
        assert sorted(got.tolist()) == expected.tolist()
        if len(got) > 1:
            d = shapely.distance(geoms[got], spot)
            assert np.all(np.diff(d) >= 0)  # nearest first
        checked += len(expected)
    assert checked > 0


@pytest.mark.parametrize("make", [_points, _lines, _polygons])
def test_query_bbox_matches_brute_force(make):
    gdf = make()
    layer = VectorLayer(gdf, "x")
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    rng = np.random.default_rng(11)
    for x, y in rng.uniform([500_000, 3_000_000], [509_000, 3_009_000], size=(20, 2)):
        w, h = rng.uniform(100, 2000, 2)
        box = shapely.box(x, y, x + w, y + h)
        expected = np.flatnonzero(shapely.intersects(geoms, box))
        assert layer.query_bbox(x, y, x + w, y + h).tolist() == expected.tolist()


def test_data_in_reprojects_caches_and_invalidates():
    layer = VectorLayer(_polygons(), "村")
    lonlat = layer.data_in("EPSG:4490")
    assert lonlat.crs.to_epsg() == 4490
    assert 119 < lonlat.total_bounds[0] < 121 and 27 < lonlat.total_bounds[1] < 28
    assert layer.data_in("EPSG:4490") is lonlat
    assert layer.data_in("EPSG:4549") is layer.data
    layer.data = _polygons(seed=5)
    again = layer.data_in("EPSG:4490")
    assert again is not lonlat
    assert not np.allclose(again.total_bounds, lonlat.total_bounds)
    minx, miny, maxx, maxy = layer.extent_in("EPSG:4490")
    assert minx <= again.total_bounds[0] and maxx >= again.total_bounds[2]


def test_unknown_crs_is_taken_as_project_crs():
    gdf = _polygons().set_crs(None, allow_override=True)
    layer = VectorLayer(gdf, "无坐标")
    assert layer.crs is None and layer.crs_unknown
    assert layer.data_in("EPSG:4490") is layer.data
    assert layer.extent_in("EPSG:4490") == layer.extent
    layer.crs = "EPSG:4549"  # the user declares it
    assert not layer.crs_unknown and layer.data.crs.to_epsg() == 4549
    assert layer.data_in("EPSG:4490").crs.to_epsg() == 4490


def test_from_source_keeps_source():
    gdf = _points()
    src = VectorSource(path=__import__("pathlib").Path("村庄.gpkg"), layer="村庄点", driver="GPKG",
                       data=gdf, crs="EPSG:4549")
    layer = VectorLayer.from_source(src)
    assert layer.name == "村庄点" and layer.source is src and layer.data is gdf
    assert layer.crs == "EPSG:4549"


def test_identify_is_one_query_for_a_million_points():
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 100_000, size=(1_000_000, 2))
    layer = VectorLayer(gpd.GeoDataFrame(geometry=shapely.points(xy), crs="EPSG:4549"), "many")
    x, y = xy[123]
    rows = layer.identify(x, y, 0.5)
    assert 123 in rows.tolist() and rows[0] == 123


# ---------------------------------------------------------------------- raster layer
@pytest.fixture
def dem(tmp_path):
    path = tmp_path / "高程.tif"
    data = np.arange(100 * 80, dtype=np.float32).reshape(80, 100)
    data[0, 0] = -9999
    with rasterio.open(path, "w", driver="GTiff", width=100, height=80, count=2, dtype="float32",
                       crs="EPSG:4549", transform=from_origin(500_000, 3_008_000, 100, 100),
                       nodata=-9999) as ds:
        ds.write(data, 1)
        ds.write(np.where(data == -9999, data, data * 2), 2)
    return path


def test_raster_layer_info_extent_stretch_and_values(dem):
    layer = RasterLayer(dem)
    assert layer.name == "高程" and layer.crs == "EPSG:4549"
    assert layer.extent == (500_000.0, 3_000_000.0, 510_000.0, 3_008_000.0)
    assert layer.info.count == 2
    assert layer.style.ramp == "terrain"
    assert layer.vmin == 1.0 and layer.vmax == 100 * 80 - 1
    # centre of row 3, column 7
    assert layer.value_at(500_000 + 750, 3_008_000 - 350) == [307.0, 614.0]
    assert layer.value_at(500_050, 3_007_950) == [None, None]  # nodata
    assert layer.value_at(400_000, 3_000_000) == [None, None]  # outside
    layer.style = layer.style.replace(vmin=10.0)
    assert layer.vmin == 10.0


def test_raster_read_view_same_and_other_crs(dem):
    layer = RasterLayer(dem)
    view = layer.read_view((500_000, 3_000_000, 505_000, 3_008_000), 50, 80)
    assert view.shape == (1, 80, 50)
    assert view[0, 0, 0] is np.ma.masked
    assert view[0, 3, 7] == 307.0
    half_out = layer.read_view((495_000, 3_000_000, 505_000, 3_008_000), 100, 80)
    assert np.ma.getmaskarray(half_out)[0, :, :50].all() and half_out[0, 5, 60] == 510.0
    lonlat = layer.extent_in("EPSG:4490")
    warped = layer.read_view(lonlat, 60, 60, crs="EPSG:4490")
    assert warped.shape == (1, 60, 60)
    valid = warped.compressed()
    assert valid.size > 1000 and valid.min() >= 0 and valid.max() <= 7999
    assert warped[0, 30, 30] is not np.ma.masked


def test_raster_band_must_exist(dem):
    with pytest.raises(ValueError):
        RasterLayer(dem, band=3)


# ---------------------------------------------------------------------- layer list
def test_layer_list_events_helpers_and_extent(dem):
    layers = LayerList()
    inserted, moved, child = Recorder(), Recorder(), Recorder()
    layers.events.inserted.connect(inserted)
    layers.events.moved.connect(moved)
    layers.events.child_event.connect(child)
    a = VectorLayer(_polygons(), "村界")
    b = RasterLayer(dem)
    layers.append(a)
    layers.insert(0, b)
    assert [c[0] for c in inserted.calls] == [0, 0]
    assert layers.by_name("村界") is a and layers.by_id(b.id) is b and layers.by_name("none") is None
    with pytest.raises(ValueError):
        layers.append(a)
    with pytest.raises(TypeError):
        layers.append("not a layer")
    layers.move(1, 0)
    assert list(layers) == [a, b] and len(moved.calls) == 1
    a.opacity = 0.5
    info = child.calls[-1][0]
    assert info.signal.name == "opacity" and info.args == (0.5,) and info.path[0].index == 0
    box = layers.extent_in("EPSG:4549")
    assert box[0] <= 500_000 and box[3] >= 3_008_000
    b.visible = False
    assert layers.extent_in("EPSG:4549") == pytest.approx(a.extent)
    layers.remove(a)
    a.opacity = 0.7
    assert child.calls[-1][0].args == (False,)  # a removed layer is no longer relayed
