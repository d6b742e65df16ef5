"""A store layer exported to CSV or XLSX from the window's menu speaks the reader's language in its first row
and keeps the field names in its second, so the file reads back with the fields it was written with: the
window, in Chinese and in English, exports the villages through *Export store layer…* (the layer and the
file dialog answered), then the file is read as the console reads tables (pytest-qt)."""

from __future__ import annotations

import csv

import pytest
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.table_cells import read_cells
from datasources.tables import read_records
from tests.console import test_error_language as shared

pytest.importorskip("pytestqt")

window = shared.window  # the window in the interface language (the language fixture is the conftest's), as there
CHEAP, PASSWORD = shared.CHEAP, shared.PASSWORD


@pytest.fixture
def admin_window(window, tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", PASSWORD)
    for code, name, people in (("V01", "青溪村", 800), ("V02", "石桥村", 650)):
        admin.features.add("villages", {"village_code": code, "name_zh": name, "population": people,
                                        "geom": shapely.box(0, 0, 10, 10)})
    window.log_in(admin)
    window.desks["store"].add_layer("villages")
    yield window
    store.engine.dispose()


def _export_action(window) -> QtGui.QAction:
    text = QtCore.QCoreApplication.translate("StoreDesk", "Export store layer…")
    found = [a for a in window.findChildren(QtGui.QAction) if a.text() == text]
    assert found, f"no {text!r} action in the window"
    return found[0]


def _rows(path) -> tuple[list[list], list[str]]:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)], book.sheetnames
        finally:
            book.close()
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh)), []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_store_layer_export_has_the_readers_headers_above_the_field_names(admin_window, language, tmp_path,
                                                                           monkeypatch, suffix):
    window = admin_window
    out = tmp_path / f"村{suffix}"
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", lambda parent, title, label, items, *a, **k: (
        next(i for i in items if i in ("行政村", "Villages")), True))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _export_action(window).trigger()
    assert out.exists(), window.message_bar.history
    rows, sheets = _rows(out)
    labels, names = rows[0], rows[1]
    if suffix == ".xlsx":
        assert sheets == ["行政村" if language == "zh_CN" else "Villages"]
    assert "village_code" in names and "name_zh" in names and "WKT" in names
    label = dict(zip(names, labels, strict=True))
    if language == "zh_CN":
        assert label["name_zh"] == "名称" and label["population"] == "人口", label
    else:
        assert label["name_zh"] == "Name" and label["population"] == "Population", label
    # it reads back with its field names and both rows of values; the people's headers are kept aside
    cells = read_cells(out)
    assert cells.header[: len(names)] == names and cells.labels["name_zh"] == label["name_zh"]
    frame, _encoding = read_records(out)
    assert sorted(frame["name_zh"]) == ["石桥村", "青溪村"]
    assert sorted(frame["population"]) == [650, 800] and frame.attrs["header_rows"] == 1
