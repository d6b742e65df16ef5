"""Basemap tile sources: MBTiles files (good, hostile, damaged) and the XYZ cache against a local server.

No test touches the internet: the XYZ tests serve tiles from http.server on 127.0.0.1 in a thread.
"""

from __future__ import annotations

import http.server
import socket
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from rasterio.io import MemoryFile
from rasterio.transform import Affine

from datasources.errors import Damaged, DataSourceError, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.tiles import MBTiles, decode_tile, encode_png, image_format, tile_bounds
from datasources.web_tiles import FetchPolicy, TileService, XYZSource

pytestmark = pytest.mark.filterwarnings("ignore:Dataset has no geotransform")


def tile_image(z: int, x: int, y: int, size: int = 256) -> np.ndarray:
    """A tile whose red/green are the pixel column/row and blue/alpha name the tile."""
    col, row = np.meshgrid(np.arange(size), np.arange(size))
    rgba = np.empty((size, size, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1] = col, row
    rgba[..., 2] = 10 * z + x
    rgba[..., 3] = 200 + y
    return rgba


def make_mbtiles(path, zooms=range(4), metadata=None, keep=None, size=256):
    """An MBTiles 1.3 file of :func:`tile_image` tiles (rows stored TMS, as the spec says)."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
               "tile_data BLOB)")
    db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {"name": "测试底图", "format": "png", "bounds": "-180,-85.05,180,85.05",
            "minzoom": str(min(zooms)), "maxzoom": str(max(zooms))}
    meta.update(metadata or {})
    db.executemany("INSERT INTO metadata VALUES (?, ?)", [(k, v) for k, v in meta.items() if v is not None])
    for z in zooms:
        n = 1 << z
        for x in range(n):
            for y in range(n):
                if keep is None or keep(z, x, y):
                    db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                               (z, x, n - 1 - y, encode_png(tile_image(z, x, y, size))))
    db.commit()
    db.close()
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_mbtiles(tmp_path_factory.mktemp("tiles") / "world.mbtiles")


# ---------------------------------------------------------------------- decoding
def _encode(bands: np.ndarray, driver="PNG", colormap=None) -> bytes:
    count, height, width = bands.shape
    with MemoryFile() as memfile:
        with memfile.open(driver=driver, width=width, height=height, count=count, dtype="uint8",
                          transform=Affine.translation(0, height)) as image:
            image.write(bands)
            if colormap:
                image.write_colormap(1, colormap)
        return memfile.read()


def test_decode_handles_grey_alpha_rgb_rgba_palette_and_jpeg():
    grey = np.arange(64, dtype=np.uint8).reshape(1, 8, 8)
    rgba = decode_tile(_encode(grey))
    assert rgba.shape == (8, 8, 4) and rgba.dtype == np.uint8
    assert (rgba[..., 0] == grey[0]).all() and (rgba[..., 2] == grey[0]).all() and (rgba[..., 3] == 255).all()

    grey_alpha = np.stack([grey[0], np.full((8, 8), 7, np.uint8)])
    assert (decode_tile(_encode(grey_alpha))[..., 3] == 7).all()

    rgb = np.stack([grey[0], grey[0] // 2, np.full((8, 8), 9, np.uint8)])
    out = decode_tile(_encode(rgb))
    assert (out[..., 1] == grey[0] // 2).all() and (out[..., 2] == 9).all() and (out[..., 3] == 255).all()

    four = tile_image(1, 1, 0, size=16)
    assert (decode_tile(encode_png(four)) == four).all()

    index = np.zeros((1, 4, 4), np.uint8)
    index[0, :2] = 1
    out = decode_tile(_encode(index, colormap={0: (255, 0, 0, 255), 1: (0, 0, 255, 128)}))
    assert tuple(out[0, 0]) == (0, 0, 255, 128) and tuple(out[3, 3]) == (255, 0, 0, 255)

    flat = np.full((3, 16, 16), 120, np.uint8)
    jpeg = _encode(flat, driver="JPEG")
    assert image_format(jpeg) == "jpg"
    assert np.abs(decode_tile(jpeg)[..., :3].astype(int) - 120).max() <= 2


def test_decode_refuses_garbage():
    with pytest.raises(Damaged):
        decode_tile(b"<ServiceExceptionReport>invalid key</ServiceExceptionReport>")
    assert image_format(b"<?xml") is None
    assert image_format(encode_png(tile_image(0, 0, 0, 4))) == "png"
    bomb = _encode(np.zeros((1, 2100, 2100), np.uint8))  # a few KB claiming 4.4 million pixels
    assert len(bomb) < 50_000
    with pytest.raises(Damaged, match="2100 x 2100"):
        decode_tile(bomb)


def test_tile_bounds_cover_the_world():
    assert tile_bounds(0, 0, 0) == pytest.approx((-20037508.34, -20037508.34, 20037508.34, 20037508.34))
    minx, miny, maxx, maxy = tile_bounds(3, 6, 3)
    assert minx == pytest.approx(10018754.17) and maxy == pytest.approx(5009377.09)
    assert maxx - minx == pytest.approx(20037508.34 / 4)


# ---------------------------------------------------------------------- MBTiles
def test_mbtiles_reads_metadata_and_flips_tms_rows(world):
    with MBTiles(world) as basemap:
        assert basemap.name == "测试底图" and basemap.format == "png"
        assert (basemap.minzoom, basemap.maxzoom) == (0, 3)
        assert basemap.bounds == pytest.approx((-180, -85.05, 180, 85.05))
        assert basemap.tile_size == 256
        for z, x, y in [(0, 0, 0), (1, 0, 0), (1, 1, 0), (2, 1, 3), (3, 6, 3), (3, 7, 0)]:
            image = decode_tile(basemap.tile(z, x, y))
            assert (image == tile_image(z, x, y)).all(), (z, x, y)
        assert basemap.tile(4, 0, 0) is None  # zoom not in the file
        assert basemap.tile(2, 4, 0) is None and basemap.tile(2, 0, -1) is None  # off the grid
        found = basemap.tiles([(1, 0, 1), (5, 0, 0)])
        assert found[(5, 0, 0)] is None and decode_tile(found[(1, 0, 1)])[0, 0, 3] == 201


def test_mbtiles_is_opened_read_only(world):
    before = world.read_bytes()
    basemap = MBTiles(world)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        basemap._db.execute("DELETE FROM tiles")
    basemap.close()
    assert world.read_bytes() == before


def test_mbtiles_reads_from_a_worker_thread(world):
    basemap = MBTiles(world)
    keys = [(3, x, y) for x in range(8) for y in range(8)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        threaded = list(pool.map(lambda key: basemap.tile(*key), keys))
    assert threaded == [basemap.tile(*key) for key in keys]
    basemap.close()


def test_mbtiles_path_with_chinese_spaces_and_uri_characters(tmp_path):
    path = make_mbtiles(tmp_path / "乡镇 底图 #1?.mbtiles", zooms=range(2))
    with MBTiles(path) as basemap:
        assert basemap.maxzoom == 1 and basemap.tile(1, 1, 1) is not None


def test_mbtiles_without_optional_metadata_uses_the_tiles(tmp_path):
    keep = {(2, 3, 1), (2, 2, 2), (3, 6, 3)}
    path = make_mbtiles(tmp_path / "bare.mbtiles", zooms=range(2, 4), keep=lambda *k: k in keep,
                        metadata={"bounds": None, "minzoom": None, "maxzoom": None, "format": None,
                                  "name": None})
    with MBTiles(path) as basemap:
        assert (basemap.minzoom, basemap.maxzoom) == (2, 3)
        assert basemap.format == "png" and basemap.name == "bare"
        west, south, east, north = basemap.bounds  # tiles x 2..3, y 1..2 at z2
        assert (west, east) == pytest.approx((0.0, 180.0))
        assert south == pytest.approx(-66.5132, abs=1e-3) and north == pytest.approx(66.5132, abs=1e-3)


def test_mbtiles_with_nonsense_metadata_falls_back(tmp_path):
    path = make_mbtiles(tmp_path / "odd.mbtiles", zooms=range(2),
                        metadata={"minzoom": "-3", "maxzoom": "99", "bounds": "east,of,eden,!"})
    with MBTiles(path) as basemap:
        assert (basemap.minzoom, basemap.maxzoom) == (0, 30)
        assert basemap.bounds == pytest.approx((-180, -85.0511, 180, 85.0511), abs=1e-3)


def test_not_sqlite_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "底图.mbtiles"
    path.write_text("this is a text file, not a basemap\n" * 10)
    with pytest.raises(UnsupportedFormat, match="底图.mbtiles: not an SQLite database"):
        MBTiles(path)
    empty = tmp_path / "empty.mbtiles"
    empty.write_bytes(b"")
    with pytest.raises(UnsupportedFormat):
        MBTiles(empty)
    with pytest.raises(DataSourceError, match="does not exist"):
        MBTiles(tmp_path / "nowhere.mbtiles")


def test_sqlite_without_mbtiles_tables_is_refused(tmp_path):
    path = tmp_path / "roads.gpkg"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE roads (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(UnsupportedFormat, match="roads.gpkg: .*MBTiles table.*tiles"):
        MBTiles(path)


def test_vector_tiles_are_refused(tmp_path):
    path = make_mbtiles(tmp_path / "vector.mbtiles", zooms=range(1), metadata={"format": "pbf"})
    with pytest.raises(UnsupportedFormat, match="pbf tiles"):
        MBTiles(path)


def test_truncated_mbtiles_is_damaged(world, tmp_path):
    data = world.read_bytes()
    for cut in (60, len(data) // 2, len(data) - 4096):
        path = tmp_path / f"cut{cut}.mbtiles"
        path.write_bytes(data[:cut])
        with pytest.raises(Damaged, match=f"cut{cut}.mbtiles: .*truncated"):
            MBTiles(path)


def test_garbled_pages_are_damaged(world, tmp_path):
    data = bytearray(world.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = bytes(len(data) - page)  # every page after the header page wiped
    path = tmp_path / "garbled.mbtiles"
    path.write_bytes(bytes(data))
    with pytest.raises(Damaged, match="garbled.mbtiles"):
        MBTiles(path)


# ---------------------------------------------------------------------- XYZ with a local server
class TileServer:
    """Serves :func:`tile_image` PNGs on 127.0.0.1; ``mode`` switches to failures."""

    def __init__(self):
        self.requests: list[str] = []
        self.agents: list[str] = []
        self.mode = "ok"
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                owner.requests.append(self.path)
                owner.agents.append(self.headers.get("User-Agent", ""))
                parts = self.path.split("?")[0].strip("/").split("/")
                z, x, y = (int(parts[-3]), int(parts[-2]), int(parts[-1].split(".")[0]))
                if owner.mode == "error":
                    self.send_error(503)
                    return
                if owner.mode == "xml":
                    body, kind = b"<?xml version='1.0'?><ServiceException>bad tk</ServiceException>", "text/xml"
                elif z > 3:
                    self.send_error(404)
                    return
                else:
                    body, kind = encode_png(tile_image(z, x, y, 16)), "image/png"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server():
    srv = TileServer()
    yield srv
    if srv.thread.is_alive():
        srv.stop()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_xyz_caches_then_serves_offline_and_says_so_once(server, tmp_path):
    messages, clock = [], Clock()
    service = TileService(f"http://127.0.0.1:{server.port}/t/{{z}}/{{x}}/{{y}}.png?tk={{key}}",
                          key="secret")
    source = XYZSource(service, tmp_path, notify=messages.append,
                       policy=FetchPolicy(retry_after=60), clock=clock)
    assert source.url(2, 1, 3).endswith("/t/2/1/3.png?tk=secret")
    first = source.tile(2, 1, 3)
    assert (decode_tile(first) == tile_image(2, 1, 3, 16)).all()
    assert source.cache_path(2, 1, 3).read_bytes() == first
    assert "secret" not in str(source.cache_path(2, 1, 3))
    assert server.agents[0].startswith("TownshipConsole")
    assert source.tile(2, 1, 3) == first and len(server.requests) == 1  # second time from disk

    assert source.tile(5, 0, 0) is None and not source.offline  # 404: no tile, still online
    assert source.tile(5, 0, 0) is None and len(server.requests) == 2  # and not asked again

    server.stop()
    assert source.tile(2, 1, 3) == first  # cached tile while the server is gone
    made = source.requests_made
    assert source.tile(2, 0, 0) is None and source.offline
    assert len(messages) == 1 and "cannot be reached" in messages[0] and "60 s" in messages[0]
    for x in range(4):
        assert source.tile(2, x, 1) is None
    assert source.requests_made == made + 1  # one try, then the network is left alone
    assert source.tile(2, 1, 3) == first and len(messages) == 1

    clock.now += 61  # back-off over: try once more, fail quietly (still the same outage)
    assert not source.offline
    assert source.tile(2, 2, 2) is None and source.offline
    assert source.requests_made == made + 2 and len(messages) == 1


def test_xyz_server_errors_back_off_and_recover(server, tmp_path):
    messages, clock = [], Clock()
    source = XYZSource(TileService(f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png"), tmp_path,
                       notify=messages.append, clock=clock)
    server.mode = "error"
    assert source.tile(1, 0, 0) is None and source.offline
    assert "503" in messages[0] and len(server.requests) == 1
    server.mode = "ok"
    assert source.tile(1, 0, 0) is None and len(server.requests) == 1  # still backing off
    clock.now += 61
    assert source.tile(1, 0, 0) is not None and not source.offline
    server.mode = "error"
    clock.now += 1
    assert source.tile(1, 1, 0) is None
    assert len(messages) == 2  # a new outage after it worked is told again


def test_xyz_refuses_an_error_page_in_place_of_a_tile(server, tmp_path):
    messages = []
    source = XYZSource(TileService(f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png"), tmp_path,
                       notify=messages.append)
    server.mode = "xml"
    assert source.tile(1, 0, 0) is None
    assert not source.cache_path(1, 0, 0).exists()
    assert "not an image" in messages[0] and source.offline


def test_xyz_fetches_many_in_parallel_and_reads_cache_offline(server, tmp_path):
    source = XYZSource(TileService(f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png"), tmp_path)
    keys = [(3, x, y) for x in range(4) for y in range(4)]
    fractions = []
    found = source.tiles(keys, Feedback(lambda f, m: fractions.append(f)))
    assert all(decode_tile(found[k])[0, 0, 2] == 30 + k[1] for k in keys)
    assert len(server.requests) == len(keys) and fractions[-1] == 1.0
    server.stop()
    again = source.tiles(keys)
    assert again == found and not source.offline


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_xyz_closed_port_goes_offline_once(tmp_path):
    messages = []
    source = XYZSource(TileService(f"http://127.0.0.1:{_closed_port()}/{{z}}/{{x}}/{{y}}.png"), tmp_path,
                       notify=messages.append, policy=FetchPolicy(timeout=2))
    found = source.tiles([(4, x, y) for x in range(5) for y in range(5)])
    assert all(v is None for v in found.values()) and len(found) == 25
    assert source.offline and len(messages) == 1
    assert 1 <= source.requests_made <= 4  # at most the in-flight workers tried
    made = source.requests_made
    assert source.tiles([(4, 9, 9), (4, 9, 8)]) == {(4, 9, 9): None, (4, 9, 8): None}
    assert source.requests_made == made and len(messages) == 1


def test_xyz_templates(tmp_path):
    tianditu = XYZSource(TileService(
        "https://t{s}.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
        "&LAYER=img&TILEMATRIXSET=w&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}", key="abc"),
        tmp_path)
    url = tianditu.url(12, 3370, 1705)
    assert url.startswith("https://t") and ".tianditu.gov.cn/" in url
    assert url[9] in "01234567" and url.endswith("TILEMATRIX=12&TILEROW=1705&TILECOL=3370&tk=abc")
    wmts = XYZSource(TileService("https://host/wmts/{TileMatrix}/{TileRow}/{TileCol}.jpg"), tmp_path)
    assert wmts.url(5, 7, 9) == "https://host/wmts/5/9/7.jpg"
    tms = XYZSource(TileService("http://{s}.host/{z}/{x}/{-y}.png"), tmp_path)
    assert tms.url(3, 1, 2) == f"http://{'abc'[3 % 3]}.host/3/1/5.png"
    other_key = XYZSource(TileService(tianditu.template, key="xyz"), tmp_path)
    assert other_key.cache_dir == tianditu.cache_dir != tms.cache_dir


@pytest.mark.parametrize("template, words", [
    ("file:///etc/{z}/{x}/{y}.png", "http"),
    ("https://host/{z}/{x}.png", "needs"),
    ("https://host/{z}/{x}/{y}/{__class__}.png", "unknown placeholder"),
    ("https://t0.tianditu.gov.cn/img_c/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}", "_w"),
])
def test_bad_templates_are_refused(template, words, tmp_path):
    with pytest.raises(ValueError, match=words):
        XYZSource(TileService(template), tmp_path)
