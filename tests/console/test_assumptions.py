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
    qtbot.waitUntil(lambda: win.files.assumption_dialog is not None, timeout=60_000)
    dialog = win.files.assumption_dialog
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
    qtbot.waitUntil(lambda: win.files.assumption_dialog is not None, timeout=60_000)
    dialog = win.files.assumption_dialog
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


@pytest.fixture
def chinese(qapp, tmp_path):
    """The Chinese translation, compiled from the .ts now, installed in the running app."""
    import subprocess

    from PySide6 import QtCore

    from console import i18n

    qm = tmp_path / "township_zh_CN.qm"
    subprocess.run([i18n._tool("lrelease"), "-silent", str(i18n.TRANSLATIONS / "township_zh_CN.ts"),
                    "-qm", str(qm)], check=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _open_and_wait_for_dialog(win, qtbot, path):
    win.files.open_paths([path])
    qtbot.waitUntil(lambda: win.files.assumption_dialog is not None, timeout=60_000)
    return win.files.assumption_dialog


def test_probable_gcj02_is_said_in_the_dialog_and_converted_when_chosen(empty_window, qtbot, real_data):
    win = empty_window
    dialog = _open_and_wait_for_dialog(win, qtbot, real_data / "cn_gcj02_noprj" / "海南藏族自治州.shp")
    layer = dialog.layer
    assert dialog.offset_warning is not None and dialog.offset_warning.isVisible()
    assert "GCJ-02" in dialog.offset_warning.text()
    labels = [dialog.crs.itemText(i) for i in range(dialog.crs.count())]
    assert all(not label.startswith("EPSG:") for label in labels)  # names, not bare codes
    assert any("EPSG:4549" in label for label in labels)
    index = dialog.crs.findData("GCJ-02")
    assert index >= 0 and dialog.crs.findData("BD-09") >= 0
    dialog.crs.setCurrentIndex(index)  # the user knows it came from AMap
    assert dialog.chosen_crs() == "GCJ-02"
    before = layer.data.total_bounds
    dialog.accept()
    qtbot.waitUntil(lambda: win.project.layers and win.project.layers[0] is not layer
                    and not win._workers, timeout=60_000)
    fresh = win.project.layers[0]
    assert fresh.source.crs == "EPSG:4490" and fresh.source.crs_assumed is False
    assert any("GCJ-02" in w for w in fresh.source.warnings)
    # the offset taken out: tens to hundreds of metres (in Qinghai about 60 m east-west)
    shift = before - fresh.data.total_bounds
    assert 0.0003 < abs(shift[0]) < 0.01 and abs(shift[1]) < 0.01


def test_a_crs_the_console_does_not_know_is_refused_in_the_dialog(empty_window, qtbot, gbk_shapefile):
    win = empty_window
    dialog = _open_and_wait_for_dialog(win, qtbot, gbk_shapefile)
    dialog.crs.setCurrentText("EPSG:999999")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "EPSG:999999" in dialog.error.text()


def test_the_dialog_speaks_chinese(chinese, empty_window, qtbot, real_data):
    import re

    win = empty_window
    dialog = _open_and_wait_for_dialog(win, qtbot, real_data / "cn_gcj02_noprj" / "海南藏族自治州.shp")
    cjk = re.compile(r"[\u3400-\u9fff]")
    assert cjk.search(dialog.offset_warning.text()) and "GCJ-02" in dialog.offset_warning.text()
    reasons = [w.text() for w in dialog.findChildren(type(dialog.offset_warning))]
    assert not any("inferred: lon/lat" in text for text in reasons)  # the reason is in Chinese too
    gk = dialog.crs.itemText(dialog.crs.findData("EPSG:4549"))
    assert cjk.search(gk) and gk.endswith("(EPSG:4549)")
    assert cjk.search(dialog.crs.itemText(dialog.crs.findData("GCJ-02")))


def test_the_project_crs_chooser_shows_names_and_sets_the_code(empty_window, qtbot, monkeypatch):
    from PySide6 import QtWidgets

    win = empty_window
    offered = {}

    def answer(parent, title, label, items, current, editable):
        offered["items"] = list(items)
        return next(i for i in items if "EPSG:4547" in i), True

    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", answer)
    win.crs_button.click()
    assert all(not item.startswith("EPSG:") for item in offered["items"])
    assert any("Gauss-Kruger" in item or "高斯" in item for item in offered["items"])
    assert win.project.crs == "EPSG:4547"
