"""A project names a web basemap: its server is not contacted until the user allows it.

A project file may come from anyone; opening it must not tell a server of the file maker's choosing that
this office opened it (and from where). A real HTTP server on this machine counts the requests."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from datasources.tiles import encode_png
from layers.basemap import BasemapLayer

TILE = encode_png(np.zeros((256, 256, 4), dtype=np.uint8))


@pytest.fixture
def tile_server():
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(TILE)))
            self.end_headers()
            self.wfile.write(TILE)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png", hits
    finally:
        server.shutdown()
        server.server_close()


def test_a_projects_web_basemap_waits_for_the_users_yes(tile_server, tmp_path, monkeypatch):
    template, hits = tile_server
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    warnings: list[str] = []
    layer = BasemapLayer.from_state({"kind": "web_basemap", "template": template, "name": "spy"},
                                    {}, None, warnings)
    assert layer.awaiting_approval == "127.0.0.1"
    assert any("127.0.0.1" in w and "until you allow it" in w for w in warnings)
    assert layer.source.tile(2, 1, 1) is None
    assert layer.source.tiles([(2, 0, 0), (2, 1, 0)]) == {(2, 0, 0): None, (2, 1, 0): None}
    assert hits == []

    layer.approve()
    assert layer.awaiting_approval is None
    assert layer.source.tile(2, 1, 1) == TILE
    assert hits == ["/2/1/1.png"]


def test_a_basemap_the_user_adds_is_fetched_at_once(tile_server, tmp_path):
    from datasources.web_tiles import TileService, XYZSource

    template, hits = tile_server
    source = XYZSource(TileService(template, name="mine"), tmp_path / "cache")
    assert BasemapLayer(source).awaiting_approval is None
    assert source.tile(1, 0, 0) == TILE and hits == ["/1/0/0.png"]
