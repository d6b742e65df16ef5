"""A web basemap (XYZ template) in the window: drawn under the layers, cached, and one notice when offline."""

from __future__ import annotations

import pytest
from PySide6 import QtCore

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


def _menu_action(window, text: str):
    for action in window.menuBar().actions():
        for inner in action.menu().actions():
            if inner.text().replace("&", "").startswith(text):
                return inner
    raise LookupError(text)


def test_a_projects_web_basemap_contacts_its_host_only_after_the_user_allows_it(window, qtbot, tmp_path,
                                                                                 monkeypatch):
    """Someone sends a project whose basemap names their own server: opening it fetches nothing from
    that server; the message bar names the host and a button allows it; after the click tiles come."""
    from PySide6 import QtWidgets

    from datasources.web_tiles import TileService, XYZSource
    from layers.basemap import BasemapLayer
    from layers.project import Project

    server = TileServer()
    try:
        template = f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png"
        sent = Project(crs="EPSG:3857")  # made elsewhere: the file names the sender's server
        sent.layers.append(BasemapLayer(XYZSource(TileService(template, name="spy"), tmp_path / "theirs"),
                                        name="spy"))
        sent.save(tmp_path / "sent.gpkg")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-cache"))  # nothing cached for it
        monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(tmp_path / "sent.gpkg"), "")))
        server.requests.clear()
        _menu_action(window, "Open project").trigger()
        bar = window.message_bar
        qtbot.waitUntil(lambda: bar.action_button.isVisible(), timeout=60_000)
        assert "127.0.0.1" in bar.text.text() and "127.0.0.1" in bar.action_button.text()
        window.canvas.zoom_to_extent((-2e7, -2e7, 2e7, 2e7))
        window.canvas.refresh()
        qtbot.wait(1500)
        assert server.requests == []  # nothing told the server this office opened the file
        qtbot.mouseClick(bar.action_button, QtCore.Qt.MouseButton.LeftButton)
        layer = window.project.layers[0]
        assert layer.awaiting_approval is None
        item = window.canvas.items[layer.id]
        qtbot.waitUntil(lambda: bool(server.requests) and item.frame.image is not None
                        and bool(item.frame.image[..., 3].any()), timeout=60_000)
    finally:
        server.stop()
