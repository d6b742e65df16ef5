"""The governance dashboard in the real window (pytest-qt): Evaluation › Governance dashboard… read through
the store as the logged-in user, the village's page on a double-click, the map coloured by a metric, the
workbook and the monthly PDF written as tasks and read back; a village officer's dashboard holds only their
village."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest
from PySide6 import QtCore, QtWidgets

from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, make_store
from tests.layers.test_evaluation import fill

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    store = make_store(tmp_path)
    fill(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    return store


def _window(qtbot, store, user, password):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1366, 768)
    window.log_in(store.login(user, password))
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_action(window, title_part: str) -> QtWidgets.QAction:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is None:
            continue
        for item in menu.actions():
            if title_part in item.text().replace("&", ""):
                return item
    raise AssertionError(f"no menu entry {title_part!r}")


def _evaluate(qtbot, desk, first="2026-01", last="2026-02"):
    dashboard = desk.window
    dashboard.first.setDate(QtCore.QDate.fromString(f"{first}-01", "yyyy-MM-dd"))
    dashboard.last.setDate(QtCore.QDate.fromString(f"{last}-01", "yyyy-MM-dd"))
    desk.evaluation = None
    dashboard.refresh_button.click()
    qtbot.waitUntil(lambda: desk.evaluation is not None
                    and (desk.evaluation.data.first, desk.evaluation.data.last) == (first, last), timeout=60_000)
    return dashboard


def test_the_dashboard_through_its_menu(qtbot, store, tmp_path, monkeypatch):
    window = _window(qtbot, store, ADMIN, ADMIN_PASSWORD)
    desk = window.desks["evaluation"]
    _menu_action(window, "Governance dashboard").trigger()
    dashboard = _evaluate(qtbot, desk)
    assert dashboard.isVisible() and dashboard.width() <= 1366 and dashboard.height() <= 768
    # a tab of the bottom row, in front, with the map still in view above it
    assert window.dockWidgetArea(desk.dock) == QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
    assert not desk.dock.isFloating() and desk.dock.widget() is dashboard
    assert window.canvas.isVisible() and window.canvas.height() >= 0.25 * window.height()
    assert dashboard.height() >= 280
    assert dashboard.month.currentText() == "2026-02"
    dashboard.month.setCurrentText("2026-01")
    model = dashboard.month_model
    rows = {model.frame.iloc[r]["village_code"]: r for r in range(model.rowCount())}
    v1 = rows["V1"]
    column = model.columns.index("on_time_share")
    assert model.data(model.index(v1, column)) == "50.0%"  # one of two closed on time
    assert model.data(model.index(v1, model.columns.index("received"))) == "3"
    assert dashboard.metric_chart.series_count() == 1
    dashboard.month_view.clicked.emit(model.index(v1, 0))  # a village chosen: its line joins the township's
    assert dashboard.metric_chart.series_count() == 2
    # the village's page on a double-click
    dashboard.month_view.doubleClicked.emit(model.index(v1, 0))
    page = desk.pages[-1]
    assert page.isVisible() and "村V1" in page.windowTitle() and page.model.rowCount() == 2
    # the map: the villages coloured by the chosen metric, one layer replaced by the next
    dashboard.metric_box.setCurrentIndex(dashboard.metric_box.findData("on_time_share"))
    dashboard.map_button.click()
    first = desk.map_layer
    assert first in window.project.layers and list(first.data["value"]) == [50.0, 100.0]
    dashboard.metric_box.setCurrentIndex(dashboard.metric_box.findData("received"))
    dashboard.map_button.click()
    assert first not in window.project.layers and desk.map_layer in window.project.layers
    # the files, as tasks
    desk.export_xlsx(tmp_path / "dash.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "dash.xlsx").exists(), timeout=60_000)
    book = openpyxl.load_workbook(tmp_path / "dash.xlsx")
    assert len(book.sheetnames) == 6 and book.worksheets[0].max_row == 1 + 3 * 2
    desk.export_pdf(tmp_path / "month.pdf", "2026-01", "A4")
    qtbot.waitUntil(lambda: (tmp_path / "month.pdf").exists(), timeout=60_000)
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "month.pdf").pages)
    assert "Monthly governance report" in text and "2026-01" in text  # the window speaks English here
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(tmp_path / "month.pdf"), "-"], capture_output=True, text=True)
        assert "村V1" in out.stdout
    # Monthly PDF… asks for the paper, then the file: A3 landscape
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a3.pdf"), "")))
    dashboard.pdf_button.click()
    options = desk.pdf_options
    assert options.isVisible() and (options.page(), options.landscape()) == ("A4", False)
    options.set_choice("A3", True)
    options.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: (tmp_path / "a3.pdf").exists(), timeout=60_000)
    assert _page_size(tmp_path / "a3.pdf") == (1191, 842)  # A3 landscape, in points
    assert len(PdfReader(tmp_path / "a3.pdf").pages) >= 2
    dashboard.pdf_button.click()  # the choice is remembered
    assert (desk.pdf_options.page(), desk.pdf_options.landscape()) == ("A3", True)
    desk.pdf_options.reject()


def _page_size(path) -> tuple[int, int]:
    from pypdf import PdfReader

    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_a_village_officer_sees_their_village(qtbot, store):
    window = _window(qtbot, store, "vo1", PASSWORD)
    desk = window.desks["evaluation"]
    _menu_action(window, "Governance dashboard").trigger()
    dashboard = _evaluate(qtbot, desk)
    codes = set(dashboard.month_model.frame["village_code"])
    assert codes == {"V1", "township"}
    assert list(dashboard.rank_model.frame["village_code"]) == ["V1"]


def test_the_monthly_pdf_in_chinese(qtbot, store, tmp_path):
    from layers.evaluation.model import evaluate_store
    from widgets.evaluation.report_pdf import write_monthly_pdf

    ev = evaluate_store(store.login("vie", PASSWORD), "2026-01", "2026-02")
    path = write_monthly_pdf(ev, "2026-01", tmp_path / "月报.pdf", township="青溪镇")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "青溪镇基层治理月度评估报告" in out and "按时办结率" in out and "村综合排名" in out
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and " yes " in fonts  # embedded
    with pytest.raises(ValueError):
        write_monthly_pdf(ev, "2025-12", tmp_path / "x.pdf")
