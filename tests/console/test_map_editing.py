"""Editing geometry on the map of the real window (demo township), with real mouse events on the canvas's
viewport and the Edit menu's actions: a polygon drawn with snapping, reshaped with the vertex tool, undone
and redone, a typed vertex, a bow tie flagged, and the edits saved with the project and read back."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest

from datasources.source import PROBLEM_COLUMN
from layers import geometry_edit as ge
from tests.console import test_main_window as main_window_tests
from tests.console.test_main_window import layer
from tests.console.test_map_tools import to_pixel

window = main_window_tests.window

pytest.importorskip("pytestqt")

LEFT, RIGHT = QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.MouseButton.RightButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def settled(window, qtbot):
    yield
    qtbot.waitUntil(lambda: not window.canvas.busy() and not window._workers, timeout=60_000)


def click(win, pixel, button=LEFT):
    QTest.mouseClick(win.canvas.viewport(), button, NONE, pixel)


def drag(win, start, end):
    viewport = win.canvas.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    for t in np.linspace(0.2, 1.0, 5):
        QTest.mouseMove(viewport, QtCore.QPoint(round(start.x() + t * (end.x() - start.x())),
                                                round(start.y() + t * (end.y() - start.y()))))
    QTest.mouseRelease(viewport, LEFT, NONE, end)


def offset(pixel, dx, dy):
    return QtCore.QPoint(pixel.x() + dx, pixel.y() + dy)


def edit_villages(win):
    villages = layer(win, "villages")
    model = win.layer_tree.model()
    win.layer_tree.setCurrentIndex(model.index(list(win.project.layers).index(villages), 0))
    actions = win.edit_actions
    actions.ask_attributes = False
    assert not actions.tool_actions["add_polygon"].isEnabled()  # only while editing
    actions.toggle_action.trigger()
    assert actions.layer is villages and actions.toggle_action.isChecked()
    assert actions.tool_actions["add_polygon"].isEnabled()
    assert not actions.tool_actions["add_point"].isEnabled()  # villages are polygons
    return villages, actions


def polygon_vertices(geom):
    return ge.vertices(geom)[0]


def test_draw_snap_reshape_undo_type_save_and_reopen(window, qtbot, tmp_path, monkeypatch):
    from layers.project import Project

    villages, actions = edit_villages(window)
    crs = window.project.crs
    before = len(villages.data)
    corner = polygon_vertices(villages.data_in(crs).geometry.iloc[0])[0]  # a real village's corner
    cx, cy = (float(v) for v in corner)
    window.canvas.zoom_to_extent((cx - 400, cy - 400, cx + 400, cy + 400), pad=False)
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=60_000)

    # --- draw a polygon; the first click is 4 px off the corner and snaps onto it exactly
    actions.tool_actions["add_polygon"].trigger()
    assert window.tool == "edit_add_polygon"
    tool = actions.tools["add_polygon"]
    start = to_pixel(window, cx, cy)
    click(window, offset(start, 3, -2))
    QTest.mouseMove(window.canvas.viewport(), offset(start, 60, 5))
    assert tool.overlay.band.path().elementCount() >= 2  # the rubber band follows the mouse
    actions.snap_action.trigger()  # snapping off: the other corners land where clicked
    assert not actions.editing.snapping
    for dx, dy in ((0, -120), (-120, -120)):
        click(window, offset(start, dx, dy))
    QTest.mouseClick(window.canvas.viewport(), RIGHT, NONE, offset(start, -120, -120))  # ends it
    assert len(villages.data) == before + 1
    drawn = villages.data_in(crs).geometry.iloc[-1]
    xy = polygon_vertices(drawn)
    assert len(xy) == 3 and (xy[0][0], xy[0][1]) == (cx, cy)  # the shared vertex is identical
    assert drawn.is_valid and window.project.dirty
    assert villages.data[PROBLEM_COLUMN].iloc[-1] in ("", None) if PROBLEM_COLUMN in villages.data else True

    # --- vertex tool: drag the second corner 40 px right
    actions.tool_actions["vertex"].trigger()
    second = to_pixel(window, *xy[1])
    drag(window, second, offset(second, 40, 0))
    moved = polygon_vertices(villages.data_in(crs).geometry.iloc[-1])
    pixel = window.canvas.current_view().pixel_size
    assert moved[1][0] == pytest.approx(xy[1][0] + 40 * pixel, abs=1.5 * pixel)
    assert (moved[0][0], moved[0][1]) == (cx, cy)  # the others stay
    # double-click the middle of the first edge: a vertex is added there
    a, b = moved[0], moved[1]
    QTest.mouseDClick(window.canvas.viewport(), LEFT, NONE, to_pixel(window, *(a + b) / 2))
    four = polygon_vertices(villages.data_in(crs).geometry.iloc[-1])
    assert len(four) == 4
    # choose the new vertex and delete it; the next deletion would leave two and is refused
    tool = actions.tools["vertex"]
    assert tool.vertex == (0, 0, 1)
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Delete)
    assert len(polygon_vertices(villages.data_in(crs).geometry.iloc[-1])) == 3
    click(window, to_pixel(window, *moved[2]))
    assert tool.vertex == (0, 0, 2)
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Delete)
    assert len(polygon_vertices(villages.data_in(crs).geometry.iloc[-1])) == 3
    assert window.message_bar.history[-1][0] == "warning"  # said why, not an error

    # --- undo brings the fourth vertex back, redo takes it away again
    actions.undo_action.trigger()
    assert len(polygon_vertices(villages.data_in(crs).geometry.iloc[-1])) == 4
    actions.redo_action.trigger()
    assert len(polygon_vertices(villages.data_in(crs).geometry.iloc[-1])) == 3
    for _ in range(3):
        actions.undo_action.trigger()
    assert len(villages.data) == before + 1 and polygon_vertices(
        villages.data_in(crs).geometry.iloc[-1]).tolist() == xy.tolist()
    actions.redo_action.trigger()

    # --- a polygon with a typed vertex (map coordinates, then longitude/latitude), Enter ends it
    actions.tool_actions["add_polygon"].trigger()
    click(window, offset(start, 150, 150))
    click(window, offset(start, 250, 150))
    actions.entry_action.trigger()
    entry = actions.entry
    assert entry is not None and entry.isVisible()
    entry.first.setText(f"{cx + 100:.3f}")
    entry.second.setText("not a number")
    assert not entry.add() and entry.problem.text()  # says what is wrong, adds nothing
    entry.second.setText(f"{cy - 300:.3f}")
    entry.add_button.click()
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Return)
    typed = polygon_vertices(villages.data_in(crs).geometry.iloc[-1])
    assert len(villages.data) == before + 2 and tuple(typed[2]) == (round(cx + 100, 3), round(cy - 300, 3))
    entry.close()

    # --- a bow tie is kept and flagged as the project flags invalid features
    click(window, offset(start, 300, 0))
    click(window, offset(start, 400, -100))
    click(window, offset(start, 400, 0))
    click(window, offset(start, 300, -100))
    click(window, offset(start, 300, -100), RIGHT)
    assert len(villages.data) == before + 3
    assert "Self-intersection" in villages.data[PROBLEM_COLUMN].iloc[-1]
    assert villages.problem_count >= 1

    # --- File › Save project as… writes the edits; the project read again has them
    target = tmp_path / "edited.gpkg"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    save_as = next(a for a in window.findChildren(QtWidgets.QMenu, "file-menu")[0].actions()
                   if a.text() == window.tr("Save project &as…"))
    save_as.trigger()
    assert target.exists() and not window.project.dirty and not actions.edits.modified
    actions.toggle_action.trigger()  # nothing unsaved: no question
    assert actions.edits is None and window.tool == "pan"
    again = Project.load(target).layers.by_name("villages")
    assert len(again.data) == before + 3
    for back, edited in zip(again.data.geometry.iloc[-3:], villages.data.geometry.iloc[-3:], strict=True):
        # the same coordinates to the last bit (the file keeps polygons as multipolygons)
        assert np.array_equal(shapely.get_coordinates(back), shapely.get_coordinates(edited))
    assert "Self-intersection" in again.data[PROBLEM_COLUMN].iloc[-1]


def test_move_delete_and_discard_on_stopping(window, qtbot, monkeypatch):
    villages, actions = edit_villages(window)
    crs = window.project.crs
    original = villages.data
    geom = villages.data_in(crs).geometry.iloc[2]
    inside = shapely.point_on_surface(geom)
    window.canvas.zoom_to_extent(geom.bounds)
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=60_000)
    actions.snap_action.trigger()
    actions.tool_actions["move_feature"].trigger()
    prepared = []
    real_prepare = window.canvas.frames.prepare
    monkeypatch.setattr(window.canvas.frames, "prepare", lambda lyr: (prepared.append(lyr), real_prepare(lyr)))
    start = to_pixel(window, inside.x, inside.y)
    drag(window, start, offset(start, 30, 0))
    assert prepared == [villages]  # the map draws the edited layer again, and only it
    pixel = window.canvas.current_view().pixel_size
    moved = villages.data_in(crs).geometry.iloc[2]
    assert moved.centroid.x - geom.centroid.x == pytest.approx(30 * pixel, abs=1.5 * pixel)
    assert moved.area == pytest.approx(geom.area, rel=1e-6)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert villages.data is original  # Ctrl+Z undid the move
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Z,
                   QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier)
    assert villages.data.geometry.iloc[2].equals(moved)
    villages.selection = np.array([0, 1])
    actions.delete_action.trigger()
    assert len(villages.data) == len(original) - 2
    asked = []

    def discard(*args, **kwargs):
        asked.append(args[2])
        return QtWidgets.QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", discard)
    actions.toggle_action.trigger()
    assert asked and villages.data is original and actions.edits is None


def test_a_point_typed_in_degrees_and_a_line_snapped_to_a_road(window, qtbot):
    from datasources.crs import transformer

    actions = window.edit_actions
    actions.ask_attributes = False
    crs = window.project.crs
    households = layer(window, "households")
    assert actions.start_editing(households) and not actions.tool_actions["add_line"].isEnabled()
    before = len(households.data)
    x0, y0 = shapely.get_coordinates(households.data_in(crs).geometry.iloc[0])[0]
    window.canvas.zoom_to_extent((x0 - 300, y0 - 300, x0 + 300, y0 + 300), pad=False)
    actions.ask_attributes = True  # the small form asks for the new household's attributes
    answered = []

    def answer_form():
        form = QtWidgets.QApplication.activeModalWidget()
        fields = {form.layout().labelForField(f).text(): f for f in form.findChildren(QtWidgets.QLineEdit)}
        fields["persons"].setText("4")
        fields["village_code"].setText("QX-新村")
        answered.append(sorted(fields))
        form.accept()

    actions.tool_actions["add_point"].trigger()
    QtCore.QTimer.singleShot(0, answer_form)
    click(window, to_pixel(window, x0 + 50, y0))
    assert answered == [["household_id", "persons", "village_code"]]
    assert households.data["persons"].iloc[-1] == 4 and households.data["village_code"].iloc[-1] == "QX-新村"
    assert pd.isna(households.data["household_id"].iloc[-1])  # left empty
    before += 1
    actions.ask_attributes = False
    actions.entry_action.trigger()
    entry = actions.entry
    entry.set_degrees(True)
    lon, lat = transformer(crs, "EPSG:4326").transform(x0, y0)
    d, m = int(lon), (lon - int(lon)) * 60
    entry.first.setText(f"东经{d}度{int(m)}分{(m - int(m)) * 60:.4f}秒")
    entry.second.setText(f"{lat:.9f}")
    entry.add_button.click()
    entry.close()
    assert len(households.data) == before + 1  # a point ends at its one vertex
    placed = households.data_in(crs).geometry.iloc[-1]
    assert placed.distance(shapely.Point(x0, y0)) < 0.01  # the DMS seconds kept to 0.1 mm of arc

    actions.save_action.trigger()  # kept: switching layers asks nothing
    roads = layer(window, "roads")
    assert actions.start_editing(roads)
    end = shapely.get_coordinates(roads.data_in(crs).geometry.iloc[0])[-1]
    window.canvas.zoom_to_extent((end[0] - 300, end[1] - 300, end[0] + 300, end[1] + 300), pad=False)
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=60_000)
    actions.tool_actions["add_line"].trigger()
    start = to_pixel(window, *end)
    click(window, offset(start, 60, 80))
    click(window, offset(start, -2, 3))  # snaps onto the road's end
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Return)
    line = roads.data_in(crs).geometry.iloc[-1]
    assert line.geom_type == "LineString" and tuple(shapely.get_coordinates(line)[-1]) == tuple(end)
    count = len(roads.data)
    click(window, offset(start, 100, 100))
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Escape)  # a line begun, then cancelled
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Return)
    assert len(roads.data) == count and not actions.tools["add_line"].points
