"""Where the window opens (pytest-qt, offscreen): maximized on the available screen at the first start, then
as the user left it (size, docks), and a window sized by its caller is kept on the screen."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from tests.console.test_window_layout import settings_folder  # noqa: F401 — the test's own settings

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402


def _open(qtbot, project):
    win = create_window([project])
    qtbot.addWidget(win, before_close_func=lambda w: w.project._mark_clean())
    return win


def _settle(win, qtbot) -> None:
    qtbot.waitUntil(lambda: not win._workers and not win.canvas.busy(), timeout=120_000)


def test_first_start_fills_the_screen_then_opens_as_left(qtbot, demo_project, settings_folder):  # noqa: F811
    win = _open(qtbot, demo_project)
    win.show()
    qtbot.waitExposed(win)
    area = win.screen().availableGeometry()
    assert win.isMaximized()
    assert area.contains(win.frameGeometry())
    area_right = QtCore.Qt.DockWidgetArea.RightDockWidgetArea
    assert win.dockWidgetArea(win.layers_dock) == area_right  # one column of docks beside the map
    win.showNormal()
    win.setGeometry(40, 50, 600, 450)
    win.layers_dock.setFloating(True)  # the user's own arrangement
    _settle(win, qtbot)
    win.project._mark_clean()
    assert win.close()
    qtbot.waitUntil(lambda: (settings_folder / "TownshipConsole").exists())

    again = _open(qtbot, demo_project)
    again.show()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (600, 450)
    assert again.layers_dock.isFloating()
    _settle(again, qtbot)


def test_a_window_sized_by_its_caller_is_kept_on_the_screen(qtbot, demo_project, settings_folder):  # noqa: F811
    win = _open(qtbot, demo_project)
    area = QtWidgets.QApplication.primaryScreen().availableGeometry()
    win.resize(area.width() + 500, area.height() + 300)
    win.show()
    qtbot.waitExposed(win)
    assert area.contains(win.frameGeometry())
    _settle(win, qtbot)
