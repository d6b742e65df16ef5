"""A file the console refuses, or an edit the store refuses, is explained in the interface language: the
real window, in Chinese and in English, opens bad files through File > Open (the file dialog answered
with the file) and a user whose role was lowered edits a cell; the message bar says what is wrong in
the window's language, with nothing left in the other beyond file names and codes (pytest-qt).

Files the libraries refuse (SQLite's "database disk image is malformed", GDAL's "Unterminated array",
libtiff, zipfile) are said in one sentence of the interface language; the library's own words are only
under the bar's Details, never in its sentence."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import argon2
import geopandas as gpd
import pytest
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
CJK = re.compile(r"[\u3400-\u9fff]")
#: what may stay in Latin letters in the Chinese interface: formats, encodings, codes
CODES = {"gpkg", "zip", "csv", "shp", "geojson", "gdal", "vrt", "utf", "gbk", "epsg", "crs", "xlsx", "json",
         "geopackage", "shapefile", "kml", "kmz", "flatgeobuf", "tiff", "tif"}

#: file -> (words the Chinese bar says, words the English bar says)
EXPECTED = {
    "截断.gpkg": ("文件不完整", "the file is truncated"),
    "越界.zip": ("指向压缩包以外的位置", "points outside the archive"),
    "炸弹.zip": ("压缩炸弹", "(a zip bomb)"),
    "无坐标.shp": ("未知", "unknown"),
    "损坏.gpkg": ("文件中的数据库已损坏", "the database inside the file is damaged"),
    "非数据库.gpkg": ("不是数据库", "the file is not a database"),
    "半截.geojson": ("文件不完整或已损坏", "the file is cut short or damaged"),
    "半截.kml": ("文件不完整或已损坏", "the file is cut short or damaged"),
    "坏图.tif": ("文件不完整或已损坏", "the file is cut short or damaged"),
    "坏包.zip": ("压缩数据已损坏", "the compressed data is damaged"),
}
#: file -> words of the library's own message, which only the Details may hold
LIBRARY_WORDS = {
    "损坏.gpkg": "failed: database disk image is malformed",
    "非数据库.gpkg": "failed: file is not a database",
    "半截.geojson": "Unterminated array",
    "半截.kml": "no element found",
    "坏图.tif": "TIFFReadDirectory",
    "坏包.zip": "File is not a zip file",
}


@pytest.fixture(scope="module")
def bad_files(demo_project, tmp_path_factory) -> dict:
    """A GeoPackage cut to a third, a zip reaching outside itself, a zip bomb, a shapefile without .prj
    in no known coordinate range; files whose libraries refuse them: a GeoPackage with its schema pages
    zeroed, a SQLite header on noise, GeoJSON and KML cut short, a TIFF header on noise, a zip header on
    noise."""
    folder = tmp_path_factory.mktemp("bad files")
    whole = demo_project.read_bytes()
    (folder / "截断.gpkg").write_bytes(whole[: len(whole) // 3])
    with zipfile.ZipFile(folder / "越界.zip", "w") as archive:
        archive.writestr("../村界.geojson", '{"type": "FeatureCollection", "features": []}')
    with zipfile.ZipFile(folder / "炸弹.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("村界.geojson", b" " * (120 << 20))
    points = gpd.GeoDataFrame({"名称": ["井"]}, geometry=[shapely.Point(123456789.0, 987654321.0)])
    points.to_file(folder / "无坐标.shp", encoding="utf-8")
    (folder / "无坐标.prj").unlink(missing_ok=True)
    damaged = bytearray(whole)
    damaged[100:4096] = bytes(4096 - 100)  # the schema pages zeroed: SQLite finds it malformed
    (folder / "损坏.gpkg").write_bytes(bytes(damaged))
    (folder / "非数据库.gpkg").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    (folder / "半截.geojson").write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                                        '"geometry": {"type": "Point", "coordinates": [1,', encoding="utf-8")
    (folder / "半截.kml").write_text("<kml><Document><Placemark><Point><coordinates>1,2", encoding="utf-8")
    (folder / "坏图.tif").write_bytes(b"II*\x00" + bytes(range(256)))
    (folder / "坏包.zip").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    return {name: folder / name for name in EXPECTED}


@pytest.fixture
def window(language, qtbot):
    win = create_window([])
    qtbot.addWidget(win, before_close_func=lambda w: w.project._mark_clean())
    win.show()
    return win


def _open_action(window) -> QtGui.QAction:
    text = QtCore.QCoreApplication.translate("MainWindow", "&Open data…")
    found = [a for a in window.findChildren(QtGui.QAction) if a.text() == text]
    assert found, f"no {text!r} action in the window"
    return found[0]


def _foreign_words(text: str, lang: str, names: list[str]) -> list[str]:
    """Words of the other language left in ``text`` once file names are taken out."""
    for name in names:
        text = text.replace(name, " ")
    if lang == "en":
        return CJK.findall(text)
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in CODES]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_refused_file_is_explained_in_the_interface_language(name, bad_files, window, language, qtbot,
                                                               monkeypatch):
    path = bad_files[name]
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    seen = len(window.message_bar.history)
    _open_action(window).trigger()

    def said() -> list[str]:
        return [m for _level, m, _d in window.message_bar.history[seen:] if path.stem in m]

    qtbot.waitUntil(lambda: bool(said()) and not window._workers, timeout=60_000)
    message = said()[-1]
    zh, en = EXPECTED[name]
    assert (zh if language == "zh_CN" else en) in message, message
    foreign = _foreign_words(message, language, [path.name, path.stem, "村界.geojson", "../村界.geojson"])
    assert not foreign, f"{language}: {foreign} in {message!r}"
    assert window.message_bar.text.text() == message
    library = LIBRARY_WORDS.get(name)
    if library:  # the library's words: under Details, never in the sentence
        details = [d for _level, m, d in window.message_bar.history[seen:] if m == message][-1]
        assert library in details, details
        assert library.lower() not in message.lower(), message
        if language == "zh_CN":
            words = {w for w in re.findall(r"[A-Za-z]{2,}", library) if w.lower() not in CODES}
            assert not words & set(re.findall(r"[A-Za-z]{2,}", message)), message


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-16-be"])
def test_a_unicode_table_without_a_byte_order_mark_opens_from_the_menu(window, language, qtbot, tmp_path,
                                                                       monkeypatch, codec):
    path = tmp_path / "水井.csv"
    path.write_bytes("名称,经度,纬度\n一号井,116.1,39.2\n二号井,116.2,39.3\n".encode(codec))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    _open_action(window).trigger()
    qtbot.waitUntil(lambda: len(window.project.layers) > 0 and not window._workers, timeout=60_000)
    layer = window.project.layers[0]
    assert layer.data["名称"].tolist() == ["一号井", "二号井"]
    assert not [m for level, m, _d in window.message_bar.history if level == "error"]


RAIN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real" / "tw" / "tw_cwb_rain_stations_2013.json"


@pytest.mark.skipif(not RAIN.exists(), reason="the real data sets are not beside the project")
def test_the_real_rain_gauge_list_opens_from_the_menu_as_points(window, language, qtbot, monkeypatch):
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(RAIN)], ""))
    _open_action(window).trigger()
    qtbot.waitUntil(lambda: len(window.project.layers) > 0 and not window._workers, timeout=60_000)
    layer = window.project.layers[0]
    assert len(layer.data) == 678 and layer.data.geometry.notna().all()
    assert layer.name == RAIN.stem and "馬祖" in set(layer.data["name"])
    assert not [m for level, m, _d in window.message_bar.history if level == "error"]


HAINAN = RAIN.parents[1] / "cn_gcj02_noprj" / "海南省.shp"
AIR_SITES = RAIN.parent / "tw_epa_air_sites_2013.csv"
#: Latin words the notes of a file may keep in Chinese: codes, encodings, column names
NOTE_CODES = CODES | {"gcj", "cgcs", "wgs", "dbf", "cpg", "problem", "ascii", "latin", "bom", "amap"}


@pytest.mark.skipif(not HAINAN.exists(), reason="the real data sets are not beside the project")
@pytest.mark.parametrize("path", [HAINAN, AIR_SITES], ids=["gcj02-shapefile", "taiwan-csv"])
def test_what_a_reader_noted_about_a_file_is_said_in_the_interface_language(path, window, language, qtbot,
                                                                            monkeypatch):
    """The Details of an opened file's warning (encoding guessed, CRS assumed, GCJ-02, rows flagged) are
    sentences of the interface language, not the readers' English."""
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    seen = len(window.message_bar.history)
    _open_action(window).trigger()
    qtbot.waitUntil(lambda: len(window.project.layers) > 0 and not window._workers, timeout=60_000)
    notes = [d for level, m, d in window.message_bar.history[seen:] if level == "warning" and d]
    assert notes, "the file's notes were not offered under Details"
    details = notes[-1]
    names = [path.name, path.stem] + [str(c) for c in window.project.layers[0].data.columns]
    if language == "zh_CN":
        assert "文本编码" in details or "属性编码" in details, details
        foreign = [w for w in _foreign_words(details, language, names) if w.lower() not in NOTE_CODES]
        assert not foreign, f"{foreign} in {details!r}"
    else:
        assert "encoding" in details and not CJK.findall(details.replace(path.stem, "")), details


@pytest.fixture
def lowered_desk(window, tmp_path, monkeypatch):
    """Office staff logged in on a small store, whose role the administrator lowers to viewer after login."""
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", PASSWORD)
    admin.features.add("villages", {"village_code": "V01", "name_zh": "青溪村", "population": 800,
                           "geom": shapely.box(0, 0, 10, 10)})
    admin.accounts.add("li", PASSWORD, "office_staff")
    window.log_in(store.login("li", PASSWORD))
    yield window.desks["store"], admin
    store.engine.dispose()


def test_an_edit_the_store_refuses_is_explained_in_the_interface_language(lowered_desk, window, language):
    desk, admin = lowered_desk
    table = window.open_table(desk.add_layer("villages"))
    model = table.model
    admin.accounts.set_role("li", "viewer")  # after the table opened editable
    seen = len(window.message_bar.history)
    model.setData(model.index(0, model.columns.index("name_zh")), "青溪新村")
    errors = [m for level, m, _d in window.message_bar.history[seen:] if level == "error"]
    assert errors, "the refused edit was not reported"
    message = errors[-1]
    if language == "zh_CN":
        assert "li（只读用户）无权编辑行政村" in message and "请向管理员申请相应的角色" in message, message
    else:
        assert "li (Viewer) may not edit Villages in village V01" in message and "Ask the administrator" in message, message
    assert not _foreign_words(message, language, ["li"]), message
    assert desk.session.features.read("villages").name_zh.tolist() == ["青溪村"]


def test_undo_steps_and_their_refusals_speak_the_interface_language(language):
    from datasources.errors import StoreError
    from layers.edit_history import EditHistory, EditStep
    from widgets.error_text import error_text
    from widgets.ui_text import edit_step_text

    step = EditStep("edit", "villages", 3)
    empty = EditHistory(session=None)
    with pytest.raises(StoreError) as nothing:
        empty.undo()
    if language == "zh_CN":
        assert edit_step_text(step) == "编辑行政村 #3"
        assert error_text(nothing.value) == "没有可撤销的操作。"
    else:
        assert edit_step_text(step) == "Edit Villages #3"
        assert error_text(nothing.value) == "there is nothing to undo."
    assert step.text == "Edit villages #3"  # the history's own English, for logs


def test_a_basemap_server_out_of_reach_is_said_in_the_interface_language(window, language, qtbot, tmp_path,
                                                                         monkeypatch):
    """A web basemap whose server is down: the warning in the window's language, the network library's own
    words (``Connection refused``) only under Details."""
    import socket

    from console.web_basemaps import add_web_basemap

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window.set_project_crs("EPSG:3857")
    assert add_web_basemap(window, f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", name="本地瓦片") is not None
    window.canvas.zoom_to_extent((0, 0, 2e6, 2e6))
    window.canvas.refresh()
    qtbot.waitUntil(lambda: any(level == "warning" for level, _m, _d in window.message_bar.history),
                    timeout=60_000)
    message, details = [(m, d) for level, m, d in window.message_bar.history if level == "warning"][0]
    assert "refused" in details.lower() and "refused" not in message.lower(), (message, details)
    if language == "zh_CN":
        assert "无法连接" in message and "本地瓦片" in message, message
    else:
        assert "cannot be reached" in message and "the server cannot be reached" in message, message
    assert not _foreign_words(message, language, ["本地瓦片"]), message


def test_a_refused_report_step_is_explained_in_the_interface_language(language, qtbot, tmp_path, monkeypatch):
    """The incident detail asked for a step the workflow refuses (new -> closed) says why in the window's
    language, in its own error line."""
    from tests.console import test_incident_desk as desk_kit

    store = desk_kit.store.__wrapped__(tmp_path, monkeypatch)
    win = desk_kit.window.__wrapped__(store, qtbot)
    detail = win.desks["incidents"].detail
    win.desks["incidents"].select(int(win.desks["incidents"].layer.data.index[0]))
    desk_kit._answer_dialogs(monkeypatch, [])
    assert not detail.change_status("closed")
    said = detail.error_label.text()
    assert ("不能变为" in said and "已办结" in said) if language == "zh_CN" else "cannot become Closed" in said, said
    assert not _foreign_words(said, language, []), said
    store.engine.dispose()
