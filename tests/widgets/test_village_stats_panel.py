"""The village statistics panel (pytest-qt) on the demo township's reports: the table shows the model's
numbers for every month, sorts with the total kept last, the charts follow the month and the village picked,
and the export writes files whose numbers read back equal."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from PySide6 import QtCore, QtWidgets

from layers.incidents.village_stats import (
    ALL_MONTHS,
    COLUMNS,
    TOWNSHIP_CODE,
    as_shown,
    village_performance,
)
from tests.demo_session import demo_service_session

pytest.importorskip("pytestqt")

from widgets.incidents.village_stats_panel import RAW_ROLE, TABLE_COLUMNS, VillageStatsPanel  # noqa: E402

NOW = datetime(2025, 7, 6, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(demo_township, tmp_path_factory):
    session = demo_service_session(demo_township, tmp_path_factory.mktemp("village_panel"))
    return session.features.read("incidents"), session.features.read("villages")


@pytest.fixture
def panel(qtbot, demo):
    incidents, villages = demo
    widget = VillageStatsPanel(incidents, villages, now=NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.show()
    return widget


def _same(a, b) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return a == pytest.approx(b)


def _shown(panel) -> pd.DataFrame:
    """The table as the view shows it: raw numbers and display texts, row by row, the pinned total last."""
    rows = []
    for model in (panel.model, panel.total_model):
        for row in range(model.rowCount()):
            raw = {name: model.data(model.index(row, col), RAW_ROLE)
                   for col, name in enumerate(TABLE_COLUMNS)}
            raw["village_code"] = model.code(row)
            raw["texts"] = [model.data(model.index(row, col)) for col in range(len(TABLE_COLUMNS))]
            rows.append(raw)
    return pd.DataFrame(rows)


def _check_table_equals(panel, expected: pd.DataFrame) -> None:
    shown = _shown(panel).set_index("village_code")
    expected = expected.set_index("village_code")
    assert sorted(shown.index) == sorted(expected.index)
    for code, row in expected.iterrows():
        for name in TABLE_COLUMNS[1:]:
            assert _same(shown.loc[code, name], row[name]), (code, name)
        texts = shown.loc[code, "texts"]
        assert texts[TABLE_COLUMNS.index("reported")] == str(row["reported"])
        share = row["share_overdue"]
        assert texts[-1] == ("–" if math.isnan(share) else f"{share * 100:.1f} %")


def test_the_table_shows_the_models_numbers_for_every_month(panel, demo):
    incidents, villages = demo
    overall = village_performance(incidents, villages, NOW, by_month=False)
    monthly = village_performance(incidents, villages, NOW)
    assert panel.model.rowCount() == len(villages) and panel.total_model.rowCount() == 1
    _check_table_equals(panel, overall)
    assert panel.table.isColumnHidden(TABLE_COLUMNS.index("open_at_month_end"))
    months = [panel.month_box.itemData(i) for i in range(panel.month_box.count())]
    assert months == [ALL_MONTHS, "2025-04", "2025-05", "2025-06", "2025-07"]
    for i, month in enumerate(months[1:], start=1):
        panel.month_box.setCurrentIndex(i)
        assert panel.month == month
        _check_table_equals(panel, monthly[monthly["month"] == month])
        assert not panel.table.isColumnHidden(TABLE_COLUMNS.index("open_at_month_end"))
    # the township total is readable, Chinese village names as they are
    assert panel.total_model.data(panel.total_model.index(0, 0)) == "Township total"
    assert panel.model.data(panel.model.index(0, 0)) == villages.sort_values("village_code")["name_zh"].iat[0]


def test_sorting_and_scrolling_keep_the_total_in_sight(panel, qtbot):
    column = TABLE_COLUMNS.index("reported")
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(header.sectionViewportPosition(column) + 5, 5))
    if header.sortIndicatorOrder() != QtCore.Qt.SortOrder.DescendingOrder:  # a second click: descending
        qtbot.mouseClick(header.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=QtCore.QPoint(header.sectionViewportPosition(column) + 5, 5))
    shown = _shown(panel)
    assert shown["village_code"].iat[-1] == TOWNSHIP_CODE
    assert TOWNSHIP_CODE not in set(shown["village_code"].iloc[:-1])
    # the total's row is on screen, right under the villages, however far the table is scrolled
    panel.resize(1000, 500)
    panel.table.scrollToTop()
    total = panel.total_row
    assert total.isVisible() and total.visibleRegion().boundingRect().height() == total.height()
    assert total.mapTo(panel, QtCore.QPoint(0, 0)).y() >= panel.table.mapTo(panel, QtCore.QPoint(0, 0)).y() \
        + panel.table.height()
    for col in range(len(TABLE_COLUMNS)):  # its columns line up with the table's
        assert total.columnWidth(col) == panel.table.columnWidth(col)
    counts = shown["reported"].iloc[:-1].tolist()
    assert counts == sorted(counts, reverse=True)
    panel.table.sortByColumn(TABLE_COLUMNS.index("share_overdue"), QtCore.Qt.SortOrder.AscendingOrder)
    shares = _shown(panel)["share_overdue"].iloc[:-1]
    finite = shares.dropna().tolist()
    assert finite == sorted(finite) and shares.iloc[len(finite):].isna().all()  # missing last


def test_bars_and_trend_follow_the_month_and_the_village(panel, qtbot, demo):
    incidents, villages = demo
    monthly = village_performance(incidents, villages, NOW)
    panel.select_month("2025-05")
    may = monthly[(monthly["month"] == "2025-05") & (monthly["village_code"] != TOWNSHIP_CODE)]
    np.testing.assert_array_equal(panel.open_bars.opts["width"], may["open"].to_numpy(float))
    np.testing.assert_array_equal(panel.closed_bars.opts["width"], may["closed"].to_numpy(float))
    # the trend starts with the township and follows a click in the table
    township = monthly[monthly["village_code"] == TOWNSHIP_CODE]
    np.testing.assert_allclose(panel.median_curve.getData()[1], as_shown(township)["median_days_to_close"],
                               equal_nan=True)  # as the table shows it: rounded, too few closings left out
    row = 2
    code = panel.model.code(row)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_code == code
    own = monthly[monthly["village_code"] == code]
    np.testing.assert_allclose(panel.median_curve.getData()[1], as_shown(own)["median_days_to_close"],
                               equal_nan=True)
    np.testing.assert_allclose(panel.overdue_curve.getData()[1], own["share_overdue"] * 100, equal_nan=True)
    assert own["village_name"].iat[0] in panel.median_plot.titleLabel.text


def _read_back(path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, encoding="utf-8-sig", dtype={"Village code": str})
    return pd.read_excel(path, dtype={"Village code": str})


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_what_the_table_shows(panel, demo, tmp_path, monkeypatch, suffix):
    incidents, villages = demo
    target = tmp_path / f"villages{suffix}"
    chosen = "CSV, UTF-8 (*.csv)" if suffix == ".csv" else "Excel workbook (*.xlsx)"
    offered = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",  # no suffix typed
                        lambda *a, **k: (offered.append(a[2]), (str(tmp_path / "villages"), chosen))[1])
    panel.export_button.click()
    assert target.exists() and panel.status.text() == f"Saved {target.name}"
    documents = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
    assert offered == [str(Path(documents) / "Village performance.xlsx")]
    panel.export_button.click()  # the next export starts in the folder of the last one
    assert offered[1] == str(tmp_path / "Village performance.xlsx")
    back = _read_back(target)
    expected = as_shown(pd.concat([village_performance(incidents, villages, NOW, by_month=False),
                                   village_performance(incidents, villages, NOW)], ignore_index=True))
    headers = {**panel.headers, "share_overdue": "Share overdue (%)"}
    assert list(back.columns) == [headers[c] for c in COLUMNS]
    assert back["Village code"].tolist() == expected["village_code"].tolist()
    assert back["Month"].iloc[0] == "all months" and back["Month"].iloc[-1] == "2025-07"
    for name in COLUMNS[3:]:
        np.testing.assert_allclose(back[headers[name]].to_numpy(float),  # rounded as the table shows
                                   expected[name].to_numpy(float), equal_nan=True, err_msg=name)
    # what the table shows for a village is what the file holds for it
    shown = _shown(panel).set_index("village_code")
    first = back[back["Month"] == "all months"].set_index("Village code")
    for code in shown.index:
        assert shown.loc[code, "reported"] == first.loc[code, "Reports made"]
        days = shown.loc[code, "texts"][TABLE_COLUMNS.index("median_days_to_close")]
        exported = first.loc[code, "Median time to close (days)"]
        assert days == ("—" if math.isnan(exported) else f"{exported:.2f}" if exported < 1 else
                        f"{exported:.1f}")
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(target).active
        assert sheet.title == "Village performance"
        assert all(cell.font.bold for cell in sheet[1])


def test_a_failed_export_says_why(panel, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no such folder" / "v.xlsx"), ""))
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    panel.export_button.click()
    assert len(warnings) == 1 and "v.xlsx" in warnings[0]
    assert panel.status.text() == ""


def test_a_median_of_too_few_closed_reports_is_not_shown(qtbot):
    """A month with one report closed within the hour shows "—" (saying why), not a median of 0; a median
    of three closings shows, under a day with two decimals, and 0 only when it is 0."""
    def closed(village, hours, day):
        reported = pd.Timestamp(f"2025-06-{day:02d} 02:00", tz="UTC")
        return {"village_code": village, "category": "noise", "status": "closed", "reported_at": reported,
                "closed_at": reported + pd.Timedelta(hours=hours)}
    incidents = pd.DataFrame([closed("V1", 1, 3), *(closed("V2", 0, d) for d in (3, 4, 5)),
                              *(closed("V3", h, d) for h, d in ((1, 3), (2, 4), (30, 5)))])
    villages = pd.DataFrame({"village_code": ["V1", "V2", "V3"], "name_zh": ["一村", "二村", "三村"]})
    panel = VillageStatsPanel(incidents, villages, now=NOW)
    qtbot.addWidget(panel)
    model, column = panel.model, TABLE_COLUMNS.index("median_days_to_close")
    cells = {model.code(r): model.index(r, column) for r in range(model.rowCount())}
    assert model.data(cells["V1"]) == "—"
    assert model.data(cells["V1"], QtCore.Qt.ItemDataRole.ToolTipRole) == \
        "Too few closed reports for a median: 1 (at least 3 are needed)"
    assert model.data(cells["V2"]) == "0.00"  # truly 0: closed as reported
    assert model.data(cells["V3"]) == "0.08"  # 2 hours, not "0.0"
    assert model.data(cells["V3"], QtCore.Qt.ItemDataRole.ToolTipRole) == "The median of 3 closed reports"
    total = panel.total_model.index(0, column)
    assert panel.total_model.data(total) == "0.04"  # 1 hour: the median of all seven closings
