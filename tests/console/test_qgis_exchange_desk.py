"""The QGIS exchange desk in the real window: its two File menu entries, an export of the open project
written in a task, and a QGIS project opened in its place with the notes said (pytest-qt)."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from PySide6 import QtWidgets

pytest.importorskip("pytestqt")

from console import desks  # noqa: E402
from console.app import create_window  # noqa: E402
from widgets.message_bar import MessageLevel  # noqa: E402


@pytest.fixture
def window(qtbot, monkeypatch, demo_project, tmp_path):
    monkeypatch.setattr(desks, "DESKS", ("console.desks.qgis_exchange",))
    copy = tmp_path / "office" / demo_project.name
    copy.parent.mkdir()
    shutil.copy(demo_project, copy)
    window = create_window([copy])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=60_000)


def _file_menu(window) -> QtWidgets.QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == "&File")


def test_export_and_open_are_in_the_file_menu_above_exit(window):
    texts = [a.text() for a in _file_menu(window).actions()]
    assert texts[-4:] == ["Open Q&GIS project…", "Export as &QGIS project…", "", "E&xit"]
    assert sum(1 for a in window.menuBar().actions() if a.text() == "&File") == 1  # shared, not a second File


def test_export_then_open_the_qgis_project(window, qtbot, monkeypatch, tmp_path):
    desk = window.desks["qgis_exchange"]
    out = tmp_path / "county" / "qingxi.qgz"
    out.parent.mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    desk.export_action.trigger()
    qtbot.waitUntil(lambda: bool(window.message_bar.history) and window.message_bar.history[-1][0] == MessageLevel.SUCCESS,
                    timeout=120_000)
    assert "qingxi.qgz" in window.message_bar.history[-1][1] and zipfile.ZipFile(out).namelist() == ["qingxi.qgs"]
    assert (out.parent / "qingxi.project.gpkg").is_file()

    names = [layer.name for layer in window.project.layers]
    window.project.layers[0].visible = False  # an unsaved change: the desk asks before replacing the project
    asked = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QtWidgets.QMessageBox.StandardButton.Discard)
    target = tmp_path / "received.gpkg"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    desk.open_action.trigger()
    qtbot.waitUntil(lambda: window.project.path == target, timeout=120_000)
    assert len(asked) == 1
    assert [layer.name for layer in window.project.layers] == names and not window.project.dirty
    level, text, details = window.message_bar.history[-1][:3]
    assert level == MessageLevel.WARNING and "received.gpkg" in text
    assert "relief shading" in details  # the hillshade layer QGIS had is named, not dropped silently
