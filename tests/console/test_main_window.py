"""The real main window on the demo township, driven as a person would (pytest-qt)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6 import QtCore

pytest.importorskip("pytestqt")


@pytest.fixture
def window(qtbot, demo_project, monkeypatch):
    from console.app import create_window

    win = create_window([demo_project])
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitUntil(lambda: len(win.project.layers) >= 8 and not win._workers, timeout=120_000)
    qtbot.waitUntil(lambda: not win.canvas.busy(), timeout=60_000)
    win.project._mark_clean()
    real_confirm = win.files.confirm_discard
    # closing at teardown must not stop on the unsaved-changes question (tested on its own below)
    monkeypatch.setattr(win.files, "confirm_discard", lambda: True)
    win.real_confirm_discard = real_confirm
    yield win


def layer(win, name):
    return win.project.layers.by_name(name)


def test_demo_township_loads_with_all_layers(window):
    names = {lyr.source_name for lyr in window.project.layers}
    assert {"villages", "households", "facilities", "rivers", "roads", "hazard_zones"} <= names
    assert window.canvas.items  # one graphics item per layer
    assert set(window.canvas.items) == {lyr.id for lyr in window.project.layers}


def test_toggle_visibility_from_the_layer_tree(window, qtbot):
    model = window.layer_tree.model()
    villages = layer(window, "villages")
    row = list(window.project.layers).index(villages)
    index = model.index(row, 0)
    model.setData(index, QtCore.Qt.CheckState.Unchecked.value, QtCore.Qt.ItemDataRole.CheckStateRole)
    assert villages.visible is False
    assert not window.canvas.items[villages.id].isVisible()
    villages.visible = True  # and the model follows the layer
    assert model.data(model.index(row, 0), QtCore.Qt.ItemDataRole.CheckStateRole) == \
        QtCore.Qt.CheckState.Checked


def test_reorder_layers_changes_drawing_order(window):
    model = window.layer_tree.model()
    layers = window.project.layers
    last = layers[len(layers) - 1]
    model.move_layer(len(layers) - 1, 0)
    assert layers[0] is last
    z = {lid: item.zValue() for lid, item in window.canvas.items.items()}
    assert z[last.id] == max(z.values())  # first in the tree is drawn on top


def test_change_style_redraws(window, qtbot):
    from layers.style import Style

    villages = layer(window, "villages")
    item = window.canvas.items[villages.id]
    before = len(item.frame.paths)
    villages.style = Style.graduated(villages.data, "population", "quantiles", 4, "yellow_red")
    qtbot.waitUntil(lambda: len(item.frame.paths) >= 4 and len(item.frame.paths) != before, timeout=30_000)
    assert len(villages.style.legend()) == 4
    assert window.layer_tree.model().rowCount(window.layer_tree.model().index(
        list(window.project.layers).index(villages), 0)) == 4  # the legend follows the style


def test_identify_a_village(window):
    villages = layer(window, "villages")
    data = villages.data_in(window.project.crs)
    target = data.iloc[3]
    point = shapely.point_on_surface(target.geometry)
    for other in window.project.layers:
        other.visible = other is villages
    count = window.identify_at(point.x, point.y)
    assert count >= 1
    texts = []
    root = window.identify_panel.invisibleRootItem()
    for i in range(root.childCount()):
        top = root.child(i)
        texts += [top.child(j).text(0) for j in range(top.childCount())]
    assert target["name_zh"] in texts


def test_table_selection_syncs_with_the_map_both_ways(window, qtbot):
    villages = layer(window, "villages")
    table = window.open_table(villages)
    table.view.selectRow(2)
    assert list(villages.selection) == [int(table.model.order[2])]
    item = window.canvas.items[villages.id]
    qtbot.waitUntil(lambda: any(p[1].color().name() == "#ffd400" for p in item.frame.paths), timeout=30_000)
    villages.selection = np.array([5], dtype=np.int64)  # selection made on the map
    rows = [i.row() for i in table.view.selectionModel().selectedRows()]
    assert [int(table.model.order[r]) for r in rows] == [5]


def test_table_filter_expression(window):
    villages = layer(window, "villages")
    table = window.open_table(villages)
    table.filter.setText("population > 1000")
    table.apply_filter()
    assert len(table.model.order) == int((villages.data["population"] > 1000).sum())
    table.filter.setText("population >")  # a mistake turns the box red, loses nothing
    table.apply_filter()
    assert "background" in table.filter.styleSheet()


def test_search_village_by_chinese_name_and_pinyin(window):
    villages = layer(window, "villages")
    name = villages.data["name_zh"].iloc[4]
    pinyin = villages.data["name_pinyin"].iloc[4]
    assert window.search_box.search(name)
    assert list(villages.selection) == [4]
    villages.selection = np.empty(0, dtype=np.int64)
    assert window.search_box.search(pinyin.split()[0].lower())


def test_scale_can_be_typed(window, qtbot):
    window.scale_box.setEditText("1:5000")
    window._scale_entered()
    assert window.canvas.scale_denominator() == pytest.approx(5000, rel=0.02)


def test_broken_file_shows_in_the_message_bar(window, qtbot, tmp_path):
    bad = tmp_path / "broken.geojson"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    before = len(window.project.layers)
    window.files.open_paths([bad])
    def reported():
        return [m for m in window.message_bar.history if "broken.geojson" in m[1]]

    qtbot.waitUntil(lambda: window.message_bar.isVisible() and bool(reported()), timeout=30_000)
    level, message, _details = reported()[-1]
    assert level == "error"
    assert "PNG" in message  # says what is wrong, not just that something failed
    assert len(window.project.layers) == before
    assert window.isVisible()


def test_unsaved_changes_mark_the_title(window):
    villages = layer(window, "villages")
    villages.opacity = 0.5
    assert window.project.dirty
    assert window.windowTitle().startswith("*")


def test_unsaved_changes_are_asked_about(window, qtbot):
    from PySide6 import QtWidgets

    window.project.layers[0].opacity = 0.3
    answers = []

    def answer(button):
        box = QtWidgets.QApplication.activeModalWidget()
        if isinstance(box, QtWidgets.QMessageBox):
            answers.append(box.text())
            box.button(button).click()

    QtCore.QTimer.singleShot(200, lambda: answer(QtWidgets.QMessageBox.StandardButton.Cancel))
    assert window.real_confirm_discard() is False  # Cancel keeps the window and the changes
    QtCore.QTimer.singleShot(200, lambda: answer(QtWidgets.QMessageBox.StandardButton.Discard))
    assert window.real_confirm_discard() is True
    assert len(answers) == 2 and "unsaved" in answers[0]


def test_file_open_loads_the_compiled_kernels_while_the_person_picks_the_file(window, qtbot, monkeypatch):
    """The first big file opened does not wait 1-2 s for numba: File > Open loads it on a thread of its
    own while the dialog is open (once per process), not at start where it would slow the first zooms."""
    import sys
    import threading

    from PySide6 import QtGui, QtWidgets

    from layers import lazy_jit

    threads = []
    monkeypatch.setattr(lazy_jit, "_warmed", threading.Event())  # as in a fresh process
    real = lazy_jit.warm_up

    def watched() -> None:
        threads.append(threading.current_thread())
        real()

    import console.main_window as main_window

    monkeypatch.setattr(main_window, "warm_up", watched)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))  # cancelled
    action = next(a for a in window.findChildren(QtGui.QAction) if a.text().replace("&", "").startswith(
        ("Open data", "打开数据")))
    action.trigger()
    qtbot.waitUntil(lazy_jit._warmed.is_set, timeout=60_000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert "numba" in sys.modules
    action.trigger()  # once per process
    assert len(threads) == 1
