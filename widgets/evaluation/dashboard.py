"""The governance dashboard: a month range, the villages' figures of a month, the ranking over the range,
the coverage by services, trend charts, and buttons for the map, the workbook and the monthly PDF.

The widget only shows an :class:`layers.evaluation.model.Evaluation` and says what the user asked for
through its signals; the desk reads the store, colours the map and writes the files as long tasks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtWidgets

from layers import code_lists
from layers.evaluation.labels import SHARES, labels
from layers.evaluation.map_layer import MAP_METRICS
from layers.evaluation.ranking import RANKED
from widgets.evaluation.frame_model import FrameModel
from widgets.evaluation.trend_chart import TrendChart

MONTH_COLUMNS = ["village_name", "received", "closed", "closed_on_time", "on_time_share", "median_days_to_close",
                 "overdue_share", "uptime", "days_above_aqi100", "water_class_name", "alerts_raised",
                 "median_minutes_to_answer"]
RANK_COLUMNS = ["rank", "village_name", "score", "metrics", *RANKED]
COVERAGE_COLUMNS = ["village_name", "households", "mobile_covered", "mobile_with_plans", "broadband_covered",
                    "broadband_with_plans", "warning_covered", "warning_with_plans"]


def _language() -> str:
    return "zh_CN" if code_lists.chinese() else "en"


def _table(model: FrameModel) -> QtWidgets.QTableView:
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setDefaultSectionSize(78)
    view.horizontalHeader().setMinimumSectionSize(40)
    view.setWordWrap(False)
    return view


class GovernanceDashboard(QtWidgets.QWidget):
    """See the module's docstring. Signals: ``refresh_requested(first, last)``, ``map_requested(metric,
    month)``, ``village_requested(code)``, ``export_requested(kind)`` (``"xlsx"`` or ``"pdf"``)."""

    refresh_requested = QtCore.Signal(str, str)
    map_requested = QtCore.Signal(str, str)
    village_requested = QtCore.Signal(str)
    export_requested = QtCore.Signal(str)

    def __init__(self, first: str, last: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("governance_dashboard")
        self.evaluation = None
        self.selected: str | None = None
        lang = _language()
        headers = {c: t.replace("(", "\n(") for c, t in
                   labels([*MONTH_COLUMNS, *RANK_COLUMNS, *COVERAGE_COLUMNS], lang).items()}
        self.first = self._month_edit(first)
        self.last = self._month_edit(last)
        self.refresh_button = QtWidgets.QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.request_refresh)
        self.month = QtWidgets.QComboBox()
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.metric_box = QtWidgets.QComboBox()
        for metric in MAP_METRICS:
            self.metric_box.addItem(labels([metric], lang)[metric], metric)
        self.metric_box.currentIndexChanged.connect(self._metric_chosen)
        self.map_button = QtWidgets.QPushButton(self.tr("Colour the map"))
        self.map_button.clicked.connect(self._ask_map)
        self.xlsx_button = QtWidgets.QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.pdf_button = QtWidgets.QPushButton(self.tr("Monthly PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        bar = QtWidgets.QHBoxLayout()
        for widget in (QtWidgets.QLabel(self.tr("From")), self.first, QtWidgets.QLabel(self.tr("to")), self.last,
                       self.refresh_button, QtWidgets.QLabel(self.tr("Month")), self.month,
                       QtWidgets.QLabel(self.tr("Metric")), self.metric_box, self.map_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)

        self.month_model = FrameModel(MONTH_COLUMNS, headers, self)
        self.rank_model = FrameModel(RANK_COLUMNS, headers, self)
        self.coverage_model = FrameModel(COVERAGE_COLUMNS, headers, self)
        self.month_view, self.rank_view = _table(self.month_model), _table(self.rank_model)
        self.coverage_view = _table(self.coverage_model)
        self.coverage_note = QtWidgets.QLabel()
        self.coverage_note.setWordWrap(True)
        coverage = QtWidgets.QWidget()
        cover_layout = QtWidgets.QVBoxLayout(coverage)
        cover_layout.setContentsMargins(0, 0, 0, 0)
        cover_layout.addWidget(self.coverage_note)
        cover_layout.addWidget(self.coverage_view)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.month_view, self.tr("Villages this month"))
        self.tabs.addTab(self.rank_view, self.tr("Ranking"))
        self.tabs.addTab(coverage, self.tr("Services coverage"))
        for view in (self.month_view, self.rank_view, self.coverage_view):
            view.doubleClicked.connect(self._double_clicked)
            view.clicked.connect(self._clicked)

        self.metric_chart, self.reports_chart = TrendChart(), TrendChart()
        charts = QtWidgets.QWidget()
        chart_layout = QtWidgets.QVBoxLayout(charts)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.metric_chart)
        chart_layout.addWidget(self.reports_chart)
        self.splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 560])
        self.status = QtWidgets.QLabel(self.tr("Choose the months and press Refresh."))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.set_busy(False)

    # -- inputs -----------------------------------------------------------------------------------
    def _month_edit(self, month: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit(QtCore.QDate.fromString(f"{month}-01", "yyyy-MM-dd"))
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(False)
        return edit

    def months(self) -> tuple[str, str]:
        return self.first.date().toString("yyyy-MM"), self.last.date().toString("yyyy-MM")

    def request_refresh(self) -> None:
        first, last = self.months()
        if last < first:
            self.status.setText(self.tr("The range ends before it starts: give the earlier month first."))
            return
        self.set_busy(True)
        self.status.setText(self.tr("Reading the store…"))
        self.refresh_requested.emit(first, last)

    def set_busy(self, busy: bool) -> None:
        """While the store is read the files and the map wait (Refresh stays: a new range replaces the
        reading under way)."""
        for widget in (self.xlsx_button, self.pdf_button, self.map_button):
            widget.setEnabled(not busy and self.evaluation is not None)

    @property
    def metric_name(self) -> str:
        return self.metric_box.currentData() or MAP_METRICS[0]

    @property
    def month_name(self) -> str:
        return self.month.currentText()

    # -- showing ----------------------------------------------------------------------------------
    def set_evaluation(self, evaluation) -> None:
        """Show a new evaluation (the last month of its range that has reports, readings or alerts chosen:
        early in a month the one before says more)."""
        self.evaluation = evaluation
        town = evaluation.monthly[evaluation.monthly["village_code"] == "township"]
        active = town[(town["received"] > 0) | (town["readings"] > 0) | (town["alerts_raised"] > 0)]
        shown = active["month"].iloc[-1] if len(active) else evaluation.months[-1]
        blocker = QtCore.QSignalBlocker(self.month)
        self.month.clear()
        self.month.addItems(evaluation.months)
        self.month.setCurrentIndex(evaluation.months.index(shown))
        del blocker
        self.rank_model.set_frame(evaluation.ranked)
        self.coverage_model.set_frame(evaluation.coverage)
        self.rank_view.resizeColumnsToContents()
        self.coverage_view.resizeColumnsToContents()
        self.coverage_note.setText(self.tr("Coverage: {note}").format(note=evaluation.coverage_text(_language())))
        self._show_month()
        self.set_busy(False)
        villages = int((evaluation.ranked["village_code"] != "").sum())
        self.status.setText(self.tr("{n} villages, {first} to {last}. Double-click a village for its page.")
                            .format(n=villages, first=evaluation.data.first, last=evaluation.data.last))

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.status.setText(text)

    def _show_month(self) -> None:
        if self.evaluation is None or not self.month_name:
            return
        table = self.evaluation.month(self.month_name)
        self.month_model.set_frame(table)
        self.month_view.resizeColumnsToContents()
        self._show_trends()

    def _show_trends(self) -> None:
        if self.evaluation is None:
            return
        ev, metric, lang = self.evaluation, self.metric_name, _language()
        scale = 100.0 if metric in SHARES else 1.0
        names = dict(zip(ev.monthly["village_code"], ev.monthly["village_name"], strict=False))
        names["township"] = self.tr("Township total")  # the stored name is the Chinese one
        series = {names.get("township", "township"): self._values(ev.trend(metric, "township"), metric) * scale}
        if self.selected and self.selected != "township" and metric != "score":
            series[names.get(self.selected, self.selected)] = self._values(ev.trend(metric, self.selected),
                                                                          metric) * scale
        title = labels([metric], lang)[metric] + (" (%)" if metric in SHARES else "")
        self.metric_chart.show_series(title, ev.months, series)
        who = self.selected or "township"
        rows = ev.monthly[ev.monthly["village_code"] == who]
        self.reports_chart.show_series(
            self.tr("Reports: {who}").format(who=names.get(who, who)), ev.months,
            {labels(["received"], lang)["received"]: rows["received"].to_numpy(float),
             labels(["closed_on_time"], lang)["closed_on_time"]: rows["closed_on_time"].to_numpy(float)})

    @staticmethod
    def _values(frame: pd.DataFrame, metric: str) -> np.ndarray:
        if metric not in frame:
            return np.full(len(frame), np.nan)
        return frame[metric].to_numpy(float)

    # -- reactions --------------------------------------------------------------------------------
    def _month_chosen(self, _index: int) -> None:
        self._show_month()

    def _metric_chosen(self, _index: int) -> None:
        self._show_trends()

    def _ask_map(self) -> None:
        if self.evaluation is not None:
            self.map_requested.emit(self.metric_name, self.month_name)

    def _code_of(self, index: QtCore.QModelIndex) -> str | None:
        model = index.model()
        return model.code_at(index.row()) if isinstance(model, FrameModel) else None

    def _clicked(self, index: QtCore.QModelIndex) -> None:
        code = self._code_of(index)
        if code:
            self.selected = code
            self._show_trends()

    def _double_clicked(self, index: QtCore.QModelIndex) -> None:
        code = self._code_of(index)
        if code:
            self.village_requested.emit(code)


__all__ = ["GovernanceDashboard"]
