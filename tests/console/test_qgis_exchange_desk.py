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


def test_the_notes_of_a_received_project_are_said_in_chinese(qapp, tmp_path):
    from PySide6 import QtCore

    from console import i18n
    from layers.qgis_import import import_qgis_project
    from widgets.error_text import notes_text

    (tmp_path / "county.qgs").write_text(
        "<qgis><layer-tree-group><layer-tree-layer id='a' name='Parcels' checked='Qt::Checked'/>"
        "<layer-tree-layer id='b' name='Wells' checked='Qt::Checked'/></layer-tree-group><projectlayers>"
        "<maplayer type='vector'><id>a</id><datasource>dbname='gis'</datasource><provider>postgres</provider>"
        "</maplayer><maplayer type='vector'><id>b</id><datasource>./wells.shp</datasource>"
        "<provider>ogr</provider></maplayer></projectlayers></qgis>", encoding="utf-8")
    notes = import_qgis_project(tmp_path / "county.qgs").notes
    qm = i18n.TRANSLATIONS / "township_zh_CN.qm"
    if not qm.exists():
        i18n.build()
    translator = QtCore.QTranslator()
    assert translator.load(str(qm)) and qapp.installTranslator(translator)
    try:
        text = notes_text(notes)
    finally:
        qapp.removeTranslator(translator)
    assert text.splitlines() == ["工程未指明坐标系；使用 EPSG:4549",
                                 "Parcels：postgres 数据源的矢量图层（网络服务、数据库和虚拟图层不能带过来）；已略去",
                                 "Wells：找不到它的文件 ./wells.shp"]
