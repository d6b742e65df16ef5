"""The basemap layer: zoom choice, mosaic placement in EPSG:3857 and under Gauss-Kruger data, gaps, caps."""

from __future__ import annotations

import numpy as np
import pytest

from datasources.crs import transformer
from datasources.errors import Cancelled
from datasources.feedback import Feedback
from datasources.tiles import ORIGIN_SHIFT, MBTiles, tile_bounds
from datasources.web_tiles import TileService, XYZSource
from layers.basemap import BasemapLayer
from tests.datasources.test_tiles import TileServer, make_mbtiles, tile_image

pytestmark = pytest.mark.filterwarnings("ignore:Dataset has no geotransform")

PIXEL_Z2 = 2 * ORIGIN_SHIFT / 4 / 256  # metres per tile pixel at zoom 2


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_mbtiles(tmp_path_factory.mktemp("basemap") / "world.mbtiles")


class Counting:
    """Wraps a source, counting tile reads; optionally pretends to be offline (returns nothing)."""

    def __init__(self, source):
        self.inner, self.reads, self.offline = source, 0, False
        self.name, self.minzoom, self.maxzoom = source.name, source.minzoom, source.maxzoom
        self.bounds, self.tile_size = source.bounds, source.tile_size

    def tile(self, z, x, y):
        self.reads += 1
        return None if self.offline else self.inner.tile(z, x, y)


def test_mercator_view_equals_the_mosaic_crop(world):
    layer = BasemapLayer(MBTiles(world))
    assert layer.kind == "basemap" and layer.name == "测试底图" and layer.crs == "EPSG:3857"
    minx, _, _, maxy = tile_bounds(2, 1, 1)
    left, top, width, height = 100, 50, 300, 330  # crosses into tiles x=2 and y=2
    bbox = (minx + left * PIXEL_Z2, maxy - (top + height) * PIXEL_Z2,
            minx + (left + width) * PIXEL_Z2, maxy - top * PIXEL_Z2)
    image = layer.render_rgba(bbox, width, height, "EPSG:3857")
    assert layer.last_zoom == 2 and image.shape == (height, width, 4) and image.dtype == np.uint8
    mosaic = np.concatenate([np.concatenate([tile_image(2, 1, y), tile_image(2, 2, y)], axis=1)
                             for y in (1, 2)], axis=0)
    assert mosaic.shape == (512, 512, 4)
    assert np.array_equal(image, mosaic[top:top + height, left:left + width])


@pytest.mark.parametrize("crs, lon, lat", [("EPSG:4549", 120.0, 30.0), ("EPSG:4539", 90.0, 30.0)])
def test_gauss_kruger_view_puts_every_tile_pixel_in_its_place(world, crs, lon, lat):
    layer = BasemapLayer(world)
    cx, cy = transformer("EPSG:4326", crs).transform(lon, lat)
    width, height = 150, 100
    bbox = (cx - 750_000, cy - 500_000, cx + 750_000, cy + 500_000)
    image = layer.render_rgba(bbox, width, height, crs)
    assert layer.last_zoom == 3  # the file's deepest level, enlarged
    if crs == "EPSG:4549":  # 120E 30N is in tile 3/6/3 (blue = 10 z + x, alpha = 200 + y)
        assert tuple(image[height // 2, width // 2, 2:]) == (36, 203)

    # every pixel centre, projected independently, falls on the tile pixel it shows
    cols, rows = np.meshgrid(np.arange(width) + 0.5, np.arange(height) + 0.5)
    east = bbox[0] + cols * (bbox[2] - bbox[0]) / width
    north = bbox[3] - rows * (bbox[3] - bbox[1]) / height
    mx, my = transformer(crs, "EPSG:3857").transform(east, north)
    size = 2 * ORIGIN_SHIFT / 8
    fx, fy = (mx + ORIGIN_SHIFT) / size, (ORIGIN_SHIFT - my) / size
    tx, ty = np.floor(fx).astype(int), np.floor(fy).astype(int)
    px, py = (fx - tx) * 256, (fy - ty) * 256
    inside = (px > 2) & (px < 254) & (py > 2) & (py < 254)
    assert inside.sum() > 0.8 * width * height
    assert len(np.unique(tx[inside] * 8 + ty[inside])) == (1 if lon == 120 else 2)  # 90E: tiles 5, 6
    assert np.array_equal(image[..., 2][inside], (30 + tx)[inside])
    assert np.array_equal(image[..., 3][inside], (200 + ty)[inside])
    assert np.abs(image[..., 0][inside] - (px[inside] - 0.5)).max() <= 1.0
    assert np.abs(image[..., 1][inside] - (py[inside] - 0.5)).max() <= 1.0


def test_zoom_follows_the_view_within_the_file(world):
    layer = BasemapLayer(world)
    mx, my = transformer("EPSG:4326", "EPSG:3857").transform(114.3, 30.6)
    street = (mx - 500, my - 500, mx + 500, my + 500)
    assert layer.zoom_for(street, 100, 100) == 3
    assert layer.render_rgba(street, 100, 100)[..., 3].min() > 0
    globe = (-ORIGIN_SHIFT, -ORIGIN_SHIFT, ORIGIN_SHIFT, ORIGIN_SHIFT)
    assert layer.zoom_for(globe, 64, 64) == 0
    assert layer.zoom_for(globe, 512, 512) == 1 and layer.zoom_for(globe, 1024, 1024) == 2


def test_tile_cap_drops_to_a_coarser_zoom(world):
    layer = BasemapLayer(world, max_tiles=4)
    globe = (-ORIGIN_SHIFT, -ORIGIN_SHIFT, ORIGIN_SHIFT, ORIGIN_SHIFT)
    image = layer.render_rgba(globe, 2048, 2048)
    assert layer.last_zoom == 1  # 3 would need 64 tiles, 2 needs 16
    assert image[100, 1500, 2] == 11 and image[1500, 100, 3] == 201
    tiny = BasemapLayer(world, max_tiles=4)
    tiny.source.minzoom = 2  # nothing coarse enough: nothing drawn, nothing read
    assert tiny.render_rgba(globe, 2048, 2048)[..., 3].max() == 0


def test_missing_tile_is_cut_from_its_parent(tmp_path):
    path = make_mbtiles(tmp_path / "gap.mbtiles", keep=lambda z, x, y: (z, x, y) != (3, 6, 3))
    layer = BasemapLayer(path)
    cx, cy = transformer("EPSG:4326", "EPSG:4549").transform(120.0, 30.0)
    image = layer.render_rgba((cx - 10_000, cy - 10_000, cx + 10_000, cy + 10_000), 20, 20, "EPSG:4549")
    assert layer.last_zoom == 3
    assert (image[..., 2] == 23).all() and (image[..., 3] == 201).all()  # from tile 2/3/1


def test_areas_without_tiles_stay_transparent(tmp_path):
    path = make_mbtiles(tmp_path / "strip.mbtiles", zooms=range(3, 4), keep=lambda z, x, y: x == 6)
    layer = BasemapLayer(path)
    x0, _, _, y0 = tile_bounds(3, 5, 2)
    x1, y1, _, _ = tile_bounds(3, 7, 4)[0] + 2 * ORIGIN_SHIFT / 8, tile_bounds(3, 7, 4)[1], 0, 0
    image = layer.render_rgba((x0, y1, x1, y0), 300, 300)
    assert (image[:, :95, 3] == 0).all() and (image[:, 205:, 3] == 0).all()
    assert (image[:, 105:195, 3] > 0).all() and (image[:, 105:195, 2] == 36).all()


def test_extent_comes_from_the_bounds_metadata(tmp_path):
    path = make_mbtiles(tmp_path / "county.mbtiles", zooms=range(2), metadata={"bounds": "110,20,125,35"})
    source = Counting(MBTiles(path))
    layer = BasemapLayer(source)
    assert layer.extent_in("EPSG:4326") == pytest.approx((110, 20, 125, 35))
    minx, miny, maxx, maxy = layer.extent_in("EPSG:4549")
    ex, ny = transformer("EPSG:4326", "EPSG:4549").transform(120.0, 30.0)
    assert minx < ex < maxx and miny < ny < maxy
    far = transformer("EPSG:4326", "EPSG:3857").transform(-60.0, -30.0)
    image = layer.render_rgba((far[0] - 1e5, far[1] - 1e5, far[0] + 1e5, far[1] + 1e5), 50, 50)
    assert image[..., 3].max() == 0 and source.reads == 0  # outside the file's bounds: nothing read
    assert BasemapLayer(XYZSource(TileService("https://host/{z}/{x}/{y}.png"), tmp_path)).extent is None


def test_decoded_tiles_are_reused_but_offline_gaps_are_not(world):
    source = Counting(MBTiles(world))
    layer = BasemapLayer(source)
    mx, my = transformer("EPSG:4326", "EPSG:3857").transform(100.0, 30.0)
    view = (mx - 3e6, my - 2e6, mx + 3e6, my + 2e6)
    source.offline = True
    assert layer.render_rgba(view, 300, 200)[..., 3].max() == 0
    source.offline = False
    first = layer.render_rgba(view, 300, 200)
    assert first[..., 3].min() > 0  # the gaps seen offline were not remembered
    reads = source.reads
    assert np.array_equal(layer.render_rgba(view, 300, 200), first) and source.reads == reads


def test_progress_and_cancel(world):
    layer = BasemapLayer(world)
    seen = []
    layer.render_rgba((0, 0, 5e6, 5e6), 200, 200, feedback=Feedback(lambda f, m: seen.append(f)))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        BasemapLayer(world).render_rgba((0, 0, 5e6, 5e6), 200, 200, feedback=Feedback(is_cancelled=lambda: True))


def test_xyz_basemap_draws_from_the_disk_cache_when_the_server_is_gone(tmp_path):
    server = TileServer()
    try:
        messages = []
        service = TileService(f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png", maxzoom=3)
        source = XYZSource(service, tmp_path, notify=messages.append)
        view = (-ORIGIN_SHIFT, 0, 0, ORIGIN_SHIFT)  # the north-west quarter of the world
        online = BasemapLayer(source).render_rgba(view, 1024, 1024)
        assert len(server.requests) == 16 and online[..., 3].min() > 0
    finally:
        server.stop()
    offline = BasemapLayer(source).render_rgba(view, 1024, 1024)  # a new layer: nothing decoded yet
    assert np.array_equal(offline, online) and not messages
    assert offline[10, 10, 2] == 30 and offline[1000, 1000, 3] == 203  # tiles 3/0/0 and 3/3/3


def test_basemap_is_saved_with_the_project_and_does_not_widen_full_extent(world, tmp_path):
    import geopandas as gpd
    from shapely.geometry import box

    from layers.project import Project
    from layers.vector import VectorLayer

    project = Project(crs="EPSG:3857")
    village = gpd.GeoDataFrame({"name_zh": ["上塘村"]}, geometry=[box(13.3e6, 3.5e6, 13.31e6, 3.51e6)],
                               crs="EPSG:3857")
    project.layers.append(VectorLayer(village, "villages"))
    project.layers.append(BasemapLayer(world, name="底图"))
    assert project.layers.extent_in("EPSG:3857") == pytest.approx((13.3e6, 3.5e6, 13.31e6, 3.51e6))
    project.save(tmp_path / "p.gpkg")
    loaded = Project.load(tmp_path / "p.gpkg")
    names = [layer.source_name for layer in loaded.layers]
    assert names == ["villages", "底图"]
    assert loaded.layers[1].kind == "basemap"
    assert loaded.layers[1].render_rgba((13.3e6, 3.5e6, 13.31e6, 3.51e6), 32, 32, "EPSG:3857")[..., 3].any()
