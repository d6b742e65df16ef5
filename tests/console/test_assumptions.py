"""A file whose CRS or encoding was assumed asks the user to confirm or correct it."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point

pytest.importorskip("pytestqt")


@pytest.fixture
def gbk_shapefile(tmp_path):
    """A GBK shapefile with neither .cpg nor .prj, as township offices receive them."""
    frame = gpd.GeoDataFrame({"name": ["上塘村", "石桥村", "柳溪村"]},
                             geometry=[Point(119.5, 30.0), Point(119.6, 30.05), Point(119.55, 30.1)])
    path = tmp_path / "村庄.shp"
    pyogrio.write_dataframe(frame, path, encoding="GBK")
    for extra in (".cpg", ".prj"):
        path.with_suffix(extra).unlink(missing_ok=True)
    return path


@pytest.fixture
def empty_window(qtbot, monkeypatch):
    from console.app import create_window

    win = create_window([])
    qtbot.addWidget(win)
    monkeypatch.setattr(win.files, "confirm_discard", lambda: True)
    win.show()
    return win


def test_assumed_crs_is_confirmed_or_corrected(empty_window, qtbot, gbk_shapefile):
    win = empty_window
    win.files.open_paths([gbk_shapefile])
    qtbot.waitUntil(lambda: getattr(win, "assumption_dialog", None) is not None, timeout=60_000)
    dialog = win.assumption_dialog
    layer = dialog.layer
    assert layer.source.crs_assumed
    assert "上塘村" in set(layer.data["name"])  # the guess was right: Chinese, not mojibake
    dialog.crs.setCurrentText("EPSG:4326")  # the user knows the department sends WGS 84
    dialog.accept()
    qtbot.waitUntil(lambda: win.project.layers and win.project.layers[0] is not layer
                    and not win._workers, timeout=60_000)
    fresh = win.project.layers[0]
    assert fresh.source.crs == "EPSG:4326"
    assert fresh.source.crs_assumed is False
    assert len(win.project.layers) == 1


def test_wrong_encoding_guess_can_be_corrected(empty_window, qtbot, gbk_shapefile):
    win = empty_window
    win.files.open_paths([gbk_shapefile])
    qtbot.waitUntil(lambda: getattr(win, "assumption_dialog", None) is not None, timeout=60_000)
    dialog = win.assumption_dialog
    layer = dialog.layer
    dialog.encoding.setCurrentText("cp1252")  # a wrong choice is honoured too: the user decides
    dialog.accept()
    qtbot.waitUntil(lambda: win.project.layers and win.project.layers[0] is not layer
                    and not win._workers, timeout=60_000)
    fresh = win.project.layers[0]
    assert fresh.source.encoding == "cp1252"
    assert "上塘村" not in set(fresh.data["name"])


def test_changing_the_project_crs_reprojects_and_redraws(empty_window, qtbot, gbk_shapefile):
    win = empty_window
    win.files.open_paths([gbk_shapefile])
    qtbot.waitUntil(lambda: len(win.project.layers) == 1 and not win._workers, timeout=60_000)
    layer = win.project.layers[0]
    item = win.canvas.items[layer.id]
    for crs in ("EPSG:4326", "EPSG:3857", "EPSG:4549"):
        win.set_project_crs(crs)
        qtbot.waitUntil(lambda: not win.canvas.busy(), timeout=60_000)
        qtbot.waitUntil(lambda: len(item.frame.points) > 0, timeout=60_000)
        assert win.crs_button.text() == crs
        qtbot.waitUntil(lambda: item.prepared is not None and item.frame.picture is not None,
                        timeout=60_000)
        # the layer was reprojected: what the canvas drew from sits where the layer lies in that CRS
        expected = tuple(layer.data_in(crs).total_bounds)
        assert item.prepared.bounds == pytest.approx(expected, rel=1e-9, abs=1e-9)
