"""The Data standard menu in the real window: show the standard, validate a real file chosen in the file
dialog (a task, then the report by row with filters and export), conform a file with Chinese headers and
export it in the standard (pytest-qt, offscreen)."""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest
from PySide6 import QtWidgets

pytest.importorskip("pytestqt")

from console import desks  # noqa: E402
from console.app import create_window  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "township.gpkg"
MODULE = "console.desks.standard"


@pytest.fixture
def window(qtbot, monkeypatch):
    if MODULE not in desks.DESKS:
        monkeypatch.setattr(desks, "DESKS", (*desks.DESKS, MODULE))
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.show()
    qtbot.waitExposed(window)
    yield window
    for dialog in window.desks["standard"].dialogs:
        dialog.close()
    qtbot.waitUntil(lambda: not window._workers, timeout=60_000)


def _menu(window) -> QtWidgets.QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.menu() is not None
                and a.text() == "Data &standard")


def _answer_kind(monkeypatch, kind: str) -> list:
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append(items[current])
        return next(i for i in items if i.endswith(f"({kind})")), True

    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", get_item)
    return asked


def test_show_the_standard(window):
    menu = _menu(window)
    assert [a.text() for a in menu.actions()] == ["Show the standard…", "Validate a file…",
                                                  "Conform to the standard…"]
    menu.actions()[0].trigger()
    browser = window.desks["standard"].dialogs[-1]
    assert browser.isVisible() and browser.kinds.count() == 7
    assert browser.version.currentText() == "1.0"
    assert [browser.fields.item(r, 0).text() for r in range(browser.fields.rowCount())][:2] == \
        ["village_code", "name_zh"]
    browser.show_kind("hazard_zones")
    browser.fields.setCurrentCell(1, 0)  # level: its codes
    assert [browser.codes.item(r, 0).text() for r in range(browser.codes.rowCount())] == ["high", "medium", "low"]


@pytest.mark.realdata
def test_validate_a_real_file_through_the_menu(window, qtbot, monkeypatch, real_data, tmp_path):
    path = real_data / "cn_gcj02_noprj/海南省.shp"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = _answer_kind(monkeypatch, "villages")
    desk = window.desks["standard"]
    _menu(window).actions()[1].trigger()
    qtbot.waitUntil(lambda: desk.report is not None, timeout=60_000)
    assert asked and not desk.report.conforms
    dialog = desk.dialogs[-1]
    assert "does not conform" in dialog.verdict.text()
    dialog.check.setCurrentIndex(dialog.check.findData("crs_assumed"))
    assert dialog.model.rowCount() == 1
    assert "EPSG:4490 was assumed" in dialog.model.index(0, 5).data()
    dialog.check.setCurrentIndex(0)
    dialog.severity.setCurrentIndex(dialog.severity.findData("error"))
    assert dialog.model.rowCount() == 3
    out = tmp_path / "report.xlsx"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_button.click()
    sheet = pd.read_excel(out, sheet_name="findings")
    assert len(sheet) == len(desk.report.findings) and "crs_assumed" in set(sheet["check"])
    assert window.message_bar.history[-1][1].startswith("海南省.shp does not conform")


def test_conform_a_file_through_the_menu(window, qtbot, monkeypatch, tmp_path):
    frame = pyogrio.read_dataframe(DEMO, layer="facilities").to_crs(4326)
    frame = frame.rename(columns={"kind": "类型", "name_zh": "设施名称", "capacity": "容纳人数"})
    frame["类型"] = frame["类型"].map({"school": "学校", "clinic": "卫生院"}).fillna(frame["类型"])
    frame.loc[0, "类型"] = "村委会"
    path = tmp_path / "设施.geojson"
    pyogrio.write_dataframe(frame, path)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _answer_kind(monkeypatch, "facilities")
    desk = window.desks["standard"]
    _menu(window).actions()[2].trigger()
    qtbot.waitUntil(lambda: bool(desk.dialogs), timeout=60_000)
    dialog = desk.dialogs[-1]
    mapping = dialog.mapping()
    assert mapping.fields["kind"] == "类型" and mapping.fields["name_zh"] == "设施名称"
    assert mapping.fields["capacity"] == "容纳人数"
    assert mapping.codes["kind"]["学校"] == "school" and mapping.codes["kind"]["村委会"] == ""
    assert not dialog.check().conforms  # 村委会 is no code
    dialog.set_code("kind", "村委会", "government")
    dialog.target_crs.setCurrentIndex(dialog.target_crs.count() - 1)  # the data's Gauss-Kruger zone
    assert dialog.target_crs.currentData() == "EPSG:4549"
    assert dialog.check().conforms, dialog.summary.text()
    assert dialog.preview.rowCount() == 30
    out = tmp_path / "facilities.gpkg"
    report = dialog.export(str(out))
    assert report is not None and report.conforms
    back = pyogrio.read_dataframe(out, layer="facilities")
    assert back.crs.to_epsg() == 4549 and back.loc[0, "kind"] == "government"
    assert (back["kind"] == "school").sum() == (frame["类型"] == "学校").sum()
    saved = dialog.save_mapping(str(tmp_path / "map.json"))
    assert '"村委会": "government"' in saved.read_text(encoding="utf-8")


def test_the_report_speaks_chinese(qapp, qtbot, tmp_path):
    import subprocess

    from PySide6 import QtCore

    from console import i18n
    from datasources.standard.checks import validate_file
    from widgets.standard.report_dialog import ValidationReportDialog

    qm = tmp_path / "zh.qm"
    subprocess.run([i18n._tool("lrelease"), "-silent", str(i18n.TRANSLATIONS / "township_zh_CN.ts"),
                    "-qm", str(qm)], check=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm)) and qapp.installTranslator(translator)
    try:
        dialog = ValidationReportDialog(validate_file(DEMO, "incidents"))
        qtbot.addWidget(dialog)
        assert dialog.verdict.text().startswith("township.gpkg (incidents) 不符合乡镇数据标准 1.0")
        dialog.check.setCurrentIndex(dialog.check.findData("personal_field"))
        assert dialog.model.rowCount() == 3
        assert dialog.model.index(0, 2).data() == "个人信息字段"
        assert dialog.model.index(0, 5).data().endswith("含个人信息，标准不允许在交换文件中出现")
    finally:
        qapp.removeTranslator(translator)
