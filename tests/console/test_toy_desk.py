"""A new desk is one module plus one line in the list of desks: this module is the desk (a "survey notes"
desk with a dock, a menu action, a map tool, and a list of the layers opened), written against the
workbench only, and registered for its tests by adding its name to ``console.desks.DESKS`` (the one line),
with no change to the main window (pytest-qt, the real window driven with clicks and actions)."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

pytest.importorskip("pytestqt")

from console import desks  # noqa: E402
from console.app import create_window  # noqa: E402
from console.workbench import DockArea  # noqa: E402
from widgets.message_bar import MessageLevel  # noqa: E402

HERE = __name__  # this module is the desk's module
NOTE_TOOL = "survey_note"


# ---------------------------------------------------------------------- the desk (what a desk author writes)
def make(workbench) -> SurveyNotesDesk:
    return SurveyNotesDesk(workbench)


class NoteTool:
    """A map tool: each click on the map notes the place."""

    cursor = QtCore.Qt.CursorShape.PointingHandCursor

    def __init__(self, desk: SurveyNotesDesk) -> None:
        self.desk = desk
        self.active = False

    def activate(self) -> None:
        self.active = True

    def deactivate(self) -> None:
        self.active = False

    def clicked(self, x: float, y: float) -> None:
        self.desk.note((x, y))


class SurveyNotesDesk(QtCore.QObject):
    """A dock listing the layers opened and the places noted, a Survey menu, and the note tool."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.notes: list[tuple[float, float]] = []
        self.opened = QtWidgets.QListWidget()
        self.opened.setObjectName("survey-notes")
        self.dock = workbench.add_dock("Survey notes", self.opened, DockArea.RIGHT, 300)
        self.menu = workbench.menu("survey", "&Survey")
        self.count_action = workbench.action("Count the notes", self.count)
        self.menu.addAction(self.count_action)
        self.tool = NoteTool(self)
        self.tool_action = workbench.add_map_tool(NOTE_TOOL, self.tool, "Note a place")
        self.menu.addAction(self.tool_action)
        self.toolbar = workbench.toolbar("survey", "Survey")
        self.toolbar.addAction(self.tool_action)
        workbench.layer_opened.connect(lambda layer: self.opened.addItem(f"layer: {layer.name}"))

    def note(self, point: tuple[float, float]) -> None:
        self.notes.append(point)
        self.opened.addItem(f"note: {point[0]:.0f}, {point[1]:.0f}")

    def count(self) -> None:
        self.workbench.push(MessageLevel.INFO, f"{len(self.notes)} places noted")


# ---------------------------------------------------------------------- its tests
@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(desks, "DESKS", (*desks.DESKS, HERE))  # the one line a new desk adds
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=60_000)


def _top_menu(window, title: str) -> QtWidgets.QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == title)


def _click_on_map(qtbot, canvas, x: float, y: float) -> None:
    ox, oy = canvas.origin
    scene = canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(scene))


def test_the_desk_is_built_from_the_list_with_its_dock_and_menu(window):
    desk = window.desks["test_toy_desk"]
    assert isinstance(desk, SurveyNotesDesk)
    assert set(window.desks) == {desks.desk_name(module) for module in desks.DESKS}
    assert {"store", "incidents", "test_toy_desk"} <= set(window.desks)
    assert desk.dock.isVisibleTo(window) and desk.dock.widget() is desk.opened
    assert window.dockWidgetArea(desk.dock) == QtCore.Qt.DockWidgetArea.RightDockWidgetArea
    menu = _top_menu(window, "&Survey")
    assert [a.text() for a in menu.actions()] == ["Count the notes", "Note a place"]
    menu.actions()[0].trigger()
    assert window.message_bar.history[-1][:2] == (MessageLevel.INFO, "0 places noted")
    bar = window.findChild(QtWidgets.QToolBar, "survey")  # named, so a saved layout finds it
    assert bar is desk.toolbar and bar.actions() == [desk.tool_action] and bar.isVisibleTo(window)
    assert window.workbench.toolbar("survey", "Survey") is bar  # asked again: the same toolbar


def test_a_layer_opened_through_file_open_is_heard(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "wells.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                    '{"name": "一号井"}, "geometry": {"type": "Point", "coordinates": [119.59, 29.98]}}]}',
                    encoding="utf-8")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    desk = window.desks["test_toy_desk"]
    open_action = next(a for a in _top_menu(window, "&File").actions() if a.text() == "&Open data…")
    open_action.trigger()
    qtbot.waitUntil(lambda: desk.opened.count() == 1, timeout=60_000)
    assert desk.opened.item(0).text() == "layer: wells"


def test_the_map_tool_notes_clicks_only_while_chosen(window, qtbot):
    desk = window.desks["test_toy_desk"]
    window.canvas.zoom_to_extent((0.0, 0.0, 1000.0, 1000.0))
    _click_on_map(qtbot, window.canvas, 500.0, 500.0)  # the pan tool: nothing noted
    assert desk.notes == [] and not desk.tool.active

    desk.tool_action.trigger()
    assert window.tool == NOTE_TOOL and desk.tool.active and desk.tool_action.isChecked()
    assert window.canvas.viewport().cursor().shape() == NoteTool.cursor
    _click_on_map(qtbot, window.canvas, 400.0, 600.0)
    _click_on_map(qtbot, window.canvas, 700.0, 300.0)
    assert [(round(x, -1), round(y, -1)) for x, y in desk.notes] == [(400.0, 600.0), (700.0, 300.0)]

    window.tool_actions["identify"].trigger()  # another tool: the note tool is left
    assert not desk.tool.active and not desk.tool_action.isChecked()
    _click_on_map(qtbot, window.canvas, 500.0, 500.0)
    assert len(desk.notes) == 2
    _top_menu(window, "&Survey").actions()[0].trigger()
    assert window.message_bar.history[-1][1] == "2 places noted"


def test_a_second_tool_with_the_same_name_is_refused(window):
    with pytest.raises(ValueError, match="survey_note"):
        window.workbench.add_map_tool(NOTE_TOOL, NoteTool(window.desks["test_toy_desk"]), "Again")
