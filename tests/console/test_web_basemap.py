"""A web basemap (XYZ template) in the window: drawn under the layers, cached, and one notice when offline."""

from __future__ import annotations

import pytest

from tests.datasources.test_tiles import TileServer

pytest.importorskip("pytestqt")


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    from console.app import create_window

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    win = create_window([])
    qtbot.addWidget(win)
    monkeypatch.setattr(win.files, "confirm_discard", lambda: True)
    win.resize(800, 600)
    win.show()
    return win


def test_web_basemap_draws_caches_and_says_once_when_offline(window, qtbot, tmp_path):
    from console.web_basemaps import add_web_basemap

    server = TileServer()
    try:
        template = f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png"
        window.set_project_crs("EPSG:3857")
        layer = add_web_basemap(window, template, name="本地瓦片")
        assert layer is not None and layer.kind == "basemap"
        window.canvas.zoom_to_extent((-2e7, -2e7, 2e7, 2e7))
        item = window.canvas.items[layer.id]
        # tiles come over HTTP and are drawn
        qtbot.waitUntil(lambda: item.frame.image is not None and bool(item.frame.image[..., 3].any()),
                        timeout=60_000)
        assert server.requests
        cached = list((tmp_path / "cache" / "township-console" / "tiles").rglob("*.tile"))
        assert cached
    finally:
        server.stop()
    # offline: zoom elsewhere so new tiles are wanted; the console says so once and carries on
    window.canvas.zoom_to_extent((0, 0, 2e6, 2e6))
    window.canvas.refresh()
    qtbot.waitUntil(lambda: any(level == "warning" for level, _m, _d in window.message_bar.history),
                    timeout=60_000)
    window.canvas.zoom_to_extent((-2e6, -2e6, 0, 0))
    window.canvas.refresh()
    qtbot.wait(500)
    warnings = [m for level, m, _d in window.message_bar.history if level == "warning"]
    assert len(warnings) == 1
    assert window.isVisible()


def test_web_basemap_is_saved_without_the_key(window, tmp_path):
    from console.web_basemaps import add_web_basemap
    from layers.project import Project

    add_web_basemap(window, "http://127.0.0.1:9/{z}/{x}/{y}.png?tk={key}", key="SECRET-KEY", name="天地图")
    window.project.save(tmp_path / "p.gpkg")
    raw = (tmp_path / "p.gpkg").read_bytes()
    assert b"SECRET-KEY" not in raw
    loaded = Project.load(tmp_path / "p.gpkg")
    assert [lyr.name for lyr in loaded.layers] == ["天地图"]
    assert loaded.layers[0].source.template.endswith("tk={key}")
    assert loaded.layers[0].kind == "basemap"
