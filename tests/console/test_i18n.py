"""Simplified Chinese interface: the .ts is complete and consistent, and widgets built under the
compiled translator speak Chinese (pytest-qt)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

import geopandas as gpd
import pytest
import shapely
from PySide6 import QtCore, QtWidgets

from console import i18n

pytest.importorskip("pytestqt")

ZH_TS = i18n.TRANSLATIONS / "township_zh_CN.ts"
EN_TS = i18n.TRANSLATIONS / "township_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CJK = re.compile(r"[\u3400-\u9fff]")


def _messages(ts):
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source"), msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.fixture(scope="module")
def zh_qm():
    built = {qm.name: qm for qm in i18n.build()}
    return built["township_zh_CN.qm"]


@pytest.fixture
def chinese(qapp, zh_qm):
    """The zh_CN translator installed in the running app, removed afterwards."""
    translator = QtCore.QTranslator()
    assert translator.load(str(zh_qm))
    assert qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


def test_every_chinese_message_is_translated_with_the_same_placeholders():
    messages = _messages(ZH_TS)
    assert len(messages) > 50
    for context, source, translation in messages:
        text = translation.text or ""
        where = f"{context or '<no context>'}: {source!r}"
        assert text.strip(), f"empty translation for {where}"
        assert translation.get("type") is None, f"still marked {translation.get('type')}: {where}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert _mnemonics(text) == _mnemonics(source), f"menu shortcut lost or added: {where}"
        bare = PLACEHOLDER.sub("", text)
        assert CJK.search(bare) or not re.search(r"[A-Za-z]", bare), f"not Chinese: {where}"


def test_english_file_mirrors_the_sources():
    en = _messages(EN_TS)
    assert {(c, s) for c, s, _ in en} == {(c, s) for c, s, _ in _messages(ZH_TS)}
    for context, source, translation in en:
        assert translation.text == source and translation.get("type") is None, (context, source)


def test_the_compiled_file_translates_through_qt(chinese):
    translate = QtCore.QCoreApplication.translate
    assert translate("MainWindow", "Layers") == "图层"
    assert translate("MainWindow", "&File") == "文件(&F)"
    assert translate("StyleDialog", "Style — {name}").format(name="村界") == "样式 — 村界"
    assert translate("StyleDialog", "Graduated") == "分级"
    assert translate("NoSuchContext", "Layers") == "Layers"


def test_widgets_built_under_the_translator_speak_chinese(chinese, qtbot):
    from layers.layer_list import LayerList
    from layers.vector import VectorLayer
    from widgets.layer_tree import LayerTree
    from widgets.message_bar import MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    assert bar.details_button.text() == "详情"

    wells = gpd.GeoDataFrame({"名称": ["一号井", "二号井"]},
                             geometry=shapely.points([[500_000, 3_000_000], [500_100, 3_000_050]]),
                             crs="EPSG:4549")
    layers = LayerList([VectorLayer(wells, "水井")])
    tree = LayerTree(layers)
    qtbot.addWidget(tree)
    tree.setCurrentIndex(tree.model().index(0, 0))
    menus: list[list[str]] = []

    def read_and_close_menu() -> None:
        popups = [w for w in QtWidgets.QApplication.topLevelWidgets()
                  if isinstance(w, QtWidgets.QMenu) and w.isVisible()]
        if not popups:  # not shown yet: look again on the next turn of the menu's event loop
            QtCore.QTimer.singleShot(10, read_and_close_menu)
            return
        menus.append([a.text() for a in popups[0].actions() if not a.isSeparator()])
        for popup in popups:
            popup.close()

    QtCore.QTimer.singleShot(0, read_and_close_menu)
    tree._menu(QtCore.QPoint(1, 1))  # right-click menu; returns once the timer closed it
    assert menus == [["缩放到图层", "打开属性表", "样式…", "不透明度", "移除图层"]]


def test_english_is_back_once_the_translator_is_removed(qapp):
    assert QtCore.QCoreApplication.translate("MessageBar", "Details") == "Details"
    from widgets.message_bar import MessageBar

    bar = MessageBar()
    assert bar.details_button.text() == "Details"
    bar.deleteLater()


def test_every_context_is_a_class_name():
    assert all(context for context, _, _ in _messages(ZH_TS))


def test_every_interface_string_is_translated(tmp_path):
    """Scan the sources again: a new self.tr() string without a Chinese translation fails here."""
    import subprocess

    from console import i18n

    fresh = tmp_path / "fresh.ts"
    files = [str(p) for d in i18n.SOURCES for p in sorted((i18n.RESOURCES_DIR.parent / d).rglob("*.py"))]
    subprocess.run([i18n._tool("lupdate"), "-silent", *files, "-ts", str(fresh)], check=True)
    wanted = {(context, source) for context, source, _ in _messages(fresh)}
    have = {(context, source) for context, source, translation in _messages(ZH_TS)
            if translation is not None and translation.text}
    assert wanted - have == set()


def test_building_the_translations_leaves_a_running_console_its_file():
    """A console maps its .qm into memory; a build puts a new file in place instead of rewriting that one
    (rewritten under it, the next translation looked up ended the console with a bus error)."""
    import mmap

    from console.i18n import TRANSLATIONS, build

    qm = TRANSLATIONS / "township_zh_CN.qm"
    if not qm.exists():
        build()
    with open(qm, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        before = bytes(mapped)
        build()
        assert bytes(mapped) == before  # the running console's pages are intact
        assert qm.stat().st_ino != os.fstat(f.fileno()).st_ino  # a new file took the name
