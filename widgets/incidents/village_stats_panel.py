"""How each village is doing with residents' reports: a sortable table per village for one month or all,
bars of open and closed reports per village, and per month the median days to close and the share overdue
of the village picked in the table (or the whole township). Exports the figures to CSV or Excel.

The numbers are :func:`layers.incidents.village_stats.village_performance`'s; this panel only shows them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError
from layers.incidents.village_stats import (
    ALL_MONTHS,
    MIN_CLOSINGS_FOR_MEDIAN,
    TOWNSHIP_CODE,
    as_shown,
    export_performance,
    village_performance,
)
from widgets.error_text import error_text
from widgets.incidents.village_stats_model import RAW_ROLE, TABLE_COLUMNS, PerformanceModel
from widgets.screen_fit import keep_on_screen
from widgets.symbols import label_font

OPEN_COLOUR = "#e67e22"
CLOSED_COLOUR = "#2e86c1"
LINE_COLOUR = "#1f4e79"
OVERDUE_COLOUR = "#c0392b"


class VillageStatsPanel(QtWidgets.QWidget):
    """Per-village statistics of the incident desk.

    Parameters
    ----------
    incidents : DataFrame
        ``session.features.read("incidents")``.
    villages : DataFrame, optional
        ``session.features.read("villages")`` (codes and Chinese names).
    deadlines : dict, optional
        ``session.incidents.deadlines()``.
    now : datetime, optional
        The moment "open now" and "overdue" are read at (default: when the panel is built).
    exports : optional
        ``session.exports``: an export of the figures is then checked (the right to export) and audited
        by the store. Without it (figures of a frame, no store) the file is written as it is.
    """

    def __init__(self, incidents: pd.DataFrame, villages: pd.DataFrame | None = None,
                 deadlines: dict | None = None, now: datetime | None = None, parent=None,
                 exports=None) -> None:
        super().__init__(parent)
        self.exports = exports
        self.setWindowTitle(self.tr("How the villages are doing"))
        keep_on_screen(self)  # opened at 1280x860 for its charts: shrunk to what the screen has
        self.selected_code = TOWNSHIP_CODE
        self.month = ALL_MONTHS
        self._export_folder: str | None = None
        self.headers = self._headers()
        self.model = PerformanceModel(self.headers, self._tips(), self.tr("Township total"), parent=self)
        self.total_model = PerformanceModel(self.headers, self._tips(), self.tr("Township total"),
                                            total=True, parent=self)
        self._build()
        self.set_data(incidents, villages, deadlines, now)

    # -- data -------------------------------------------------------------------------------------------
    def set_data(self, incidents: pd.DataFrame, villages: pd.DataFrame | None = None,
                 deadlines: dict | None = None, now: datetime | None = None) -> None:
        """Recompute every figure (after the desk changed reports) and keep the month and village shown."""
        self.now = now or datetime.now(UTC)
        self.monthly = village_performance(incidents, villages, self.now, deadlines, by_month=True)
        self.overall = village_performance(incidents, villages, self.now, deadlines, by_month=False)
        months = sorted(set(self.monthly["month"]))
        self.month_box.blockSignals(True)
        self.month_box.clear()
        self.month_box.addItem(self.tr("All months"), ALL_MONTHS)
        for month in months:
            self.month_box.addItem(month, month)
        self.month_box.blockSignals(False)
        if self.month not in months:
            self.month = ALL_MONTHS
        if self.selected_code not in set(self.overall["village_code"]):
            self.selected_code = TOWNSHIP_CODE
        self.select_month(self.month)

    def current_frame(self) -> pd.DataFrame:
        """The rows shown: every village and the total for the month picked (or all months)."""
        source = self.overall if self.month == ALL_MONTHS else self.monthly
        return source[source["month"] == self.month].reset_index(drop=True)

    def select_month(self, month: str) -> None:
        """Show ``month`` (``YYYY-MM``) or :data:`ALL_MONTHS` in the table and the bars."""
        self.month = month
        index = self.month_box.findData(month)
        if index >= 0 and index != self.month_box.currentIndex():
            self.month_box.blockSignals(True)
            self.month_box.setCurrentIndex(index)
            self.month_box.blockSignals(False)
        header = self.table.horizontalHeader()
        self.model.set_frame(self.current_frame())
        self.total_model.set_frame(self.current_frame())
        if header.sortIndicatorSection() >= 0 and header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for view in (self.table, self.total_row):
            view.setColumnHidden(TABLE_COLUMNS.index("open_at_month_end"), month == ALL_MONTHS)
        self.table.resizeColumnsToContents()
        for column in range(len(TABLE_COLUMNS)):  # the total's cells may be the widest
            width = max(header.sectionSize(column), self.total_row.sizeHintForColumn(column) + 8)
            header.resizeSection(column, width)
        self._draw_bars()
        self._draw_trend()

    def select_village(self, code: str) -> None:
        """Show the months of one village (or :data:`TOWNSHIP_CODE`) in the two line charts."""
        self.selected_code = code
        self._draw_trend()

    def export_to(self, path) -> Path:
        """Write all months' and every month's figures to ``path`` (.csv or .xlsx) as the table shows
        them (rounded, a median of too few closings left empty), with the headers and the sheet name in
        the user's language."""
        frame = as_shown(pd.concat([self.overall, self.monthly], ignore_index=True))
        frame["month"] = frame["month"].replace({ALL_MONTHS: self.tr("all months")})
        total = frame["village_code"] == TOWNSHIP_CODE
        frame.loc[total, "village_name"] = self.tr("Township total")
        headers = {**self.headers, "share_overdue": self.tr("Share overdue (%)")}

        def write() -> Path:
            return export_performance(frame, path, headers=headers, sheet=self.tr("Village performance"))

        if self.exports is None:
            return write()
        return self.exports.figures(Path(path).name, len(frame), write)

    # -- building ---------------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"village_code": self.tr("Village code"), "village_name": self.tr("Village"),
                "month": self.tr("Month"), "reported": self.tr("Reports made"),
                "open": self.tr("Open now"), "closed": self.tr("Closed"), "rejected": self.tr("Rejected"),
                "duplicates": self.tr("Duplicates"), "open_at_month_end": self.tr("Open at month end"),
                "median_hours_to_close": self.tr("Median time to close (hours)"),
                "median_days_to_close": self.tr("Median time to close (days)"),
                "closings": self.tr("Closed reports in the median"),
                "due": self.tr("Reports due"), "overdue": self.tr("Overdue reports"),
                "share_overdue": self.tr("Share overdue")}

    def _tips(self) -> dict[str, str]:
        return {
            "village_name": self.tr("The village; the township total is pinned below the table."),
            "reported": self.tr("Reports made in the month (Beijing time), whatever their status now."),
            "closed": self.tr("Closed now."),
            "rejected": self.tr("Rejected (not a case for the office)."),
            "duplicates": self.tr("Marked as the same as an earlier report."),
            "open": self.tr("Not closed, rejected or a duplicate now (resolved but not closed counts as "
                            "open)."),
            "open_at_month_end": self.tr("Still open when the month ended (for this month: now)."),
            "median_days_to_close": self.tr("Median time from report to closing, in days, of the closed "
                                            "reports; — when fewer than {least} are closed.").format(
                least=MIN_CLOSINGS_FOR_MEDIAN),
            "due": self.tr("Reports whose deadline has passed or that are closed; rejected reports and "
                           "duplicates are left out."),
            "overdue": self.tr("Of the due reports: closed after the deadline or still open past it."),
            "share_overdue": self.tr("Overdue reports as a percentage of the reports due."),
        }

    def _build(self) -> None:
        self.setFont(label_font(10))
        self.month_box = QtWidgets.QComboBox()
        self.month_box.currentIndexChanged.connect(
            lambda i: self.select_month(self.month_box.itemData(i) or ALL_MONTHS))
        self.export_button = QtWidgets.QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.status = QtWidgets.QLabel()
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(QtWidgets.QLabel(self.tr("Month")))
        bar.addWidget(self.month_box)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.horizontalHeader().sectionClicked.connect(
            lambda _: self.table.horizontalHeader().setSortIndicatorShown(True))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setFont(label_font(10))
        self.table.clicked.connect(lambda index: self.select_village(self.model.code(index.row())))
        self.total_row = self._pinned_total()
        self.total_row.clicked.connect(lambda _: self.select_village(TOWNSHIP_CODE))
        table_box = QtWidgets.QWidget()
        table_layout = QtWidgets.QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.total_row)
        self.bars = self._plot(self.tr("Open and closed reports per village"))
        self.bars.invertY(True)
        self.bars.addLegend(offset=(-10, 10), labelTextColor="#222")
        self.median_plot = self._plot("")
        self.overdue_plot = self._plot("")
        self.overdue_plot.setYRange(0, 100, padding=0.02)
        graphs = pg.GraphicsLayoutWidget()
        graphs.setBackground("w")
        graphs.addItem(self.median_plot, row=0, col=0)
        graphs.addItem(self.overdue_plot, row=0, col=1)
        bars_view = pg.GraphicsLayoutWidget()
        bars_view.setBackground("w")
        bars_view.addItem(self.bars)
        top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        top.addWidget(table_box)
        top.addWidget(bars_view)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([780, 360])
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(graphs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([520, 300])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _pinned_total(self) -> QtWidgets.QTableView:
        """The township total in a one-row table under the villages' table: always in sight, whatever the
        sorting or the scrolling; its columns follow the table's widths and horizontal scrolling."""
        view = QtWidgets.QTableView()
        view.setModel(self.total_model)
        view.horizontalHeader().hide()
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        view.setFont(label_font(10))
        view.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        view.setFixedHeight(22 + 2 * view.frameWidth())
        view.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda column, _old, new: view.setColumnWidth(column, new))
        self.table.horizontalScrollBar().valueChanged.connect(view.horizontalScrollBar().setValue)
        return view

    @staticmethod
    def _plot(title: str) -> pg.PlotItem:
        plot = pg.PlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        if title:
            plot.setTitle(title, size="10pt", color="#222")
            plot.titleLabel.item.setFont(label_font(10, bold=True))
        for name in ("left", "bottom"):
            plot.getAxis(name).setTickFont(label_font(9))
            plot.getAxis(name).setTextPen("#333")
        return plot

    def _set_title(self, plot: pg.PlotItem, text: str) -> None:
        plot.setTitle(text, size="10pt", color="#222")
        plot.titleLabel.item.setFont(label_font(10, bold=True))

    # -- drawing -----------------------------------------------------------------------------------------
    def _draw_bars(self) -> None:
        frame = self.current_frame()
        frame = frame[frame["village_code"] != TOWNSHIP_CODE].reset_index(drop=True)
        self.bars.clear()
        self.bars.legend.clear()
        y = np.arange(len(frame), dtype=float)
        self.open_bars = pg.BarGraphItem(x0=0, y=y - 0.2, height=0.38, width=frame["open"].to_numpy(float),
                                         brush=OPEN_COLOUR, pen=pg.mkPen(None),
                                         name=self.tr("Open now"))
        self.closed_bars = pg.BarGraphItem(x0=0, y=y + 0.2, height=0.38,
                                           width=frame["closed"].to_numpy(float), brush=CLOSED_COLOUR,
                                           pen=pg.mkPen(None), name=self.tr("Closed"))
        self.bars.addItem(self.open_bars)
        self.bars.addItem(self.closed_bars)
        for _, label in self.bars.legend.items:
            label.item.setFont(label_font(9))
        self.bars.getAxis("left").setTicks([[(i, name) for i, name in enumerate(frame["village_name"])]])
        self.bars.getAxis("left").setWidth(64)
        highest = float(max(frame["open"].max(), frame["closed"].max(), 1)) if len(frame) else 1.0
        self.bars.setXRange(0, highest * 1.3, padding=0)  # room on the right for the legend
        self.bars.setYRange(-0.6, max(len(frame) - 0.4, 0.6), padding=0)
        month = self.tr("all months") if self.month == ALL_MONTHS else self.month
        self._set_title(self.bars, self.tr("Open and closed reports per village ({month})").format(
            month=month))
        self.bar_frame = frame

    def _draw_trend(self) -> None:
        rows = self.monthly[self.monthly["village_code"] == self.selected_code].sort_values("month")
        self.trend_frame = rows.reset_index(drop=True)
        months = rows["month"].tolist()
        x = np.arange(len(months), dtype=float)
        ticks = [[(i, m) for i, m in enumerate(months)]]
        name = self.tr("Township total") if self.selected_code == TOWNSHIP_CODE else (
            rows["village_name"].iat[0] if len(rows) else self.selected_code)
        for plot, column, scale, colour, title in (
                (self.median_plot, "median_days_to_close", 1.0, LINE_COLOUR,
                 self.tr("Median time to close (days) — {village}")),
                (self.overdue_plot, "share_overdue", 100.0, OVERDUE_COLOUR,
                 self.tr("Share overdue (%) — {village}"))):
            plot.clear()
            values = as_shown(rows)[column].to_numpy(float) if column == "median_days_to_close" else \
                rows[column].to_numpy(float) * scale  # a median of too few closings is left out
            curve = pg.PlotDataItem(x, values, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                                    symbolBrush=colour, symbolPen=None, connect="finite")
            plot.addItem(curve)
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.5, max(len(months) - 0.5, 0.5), padding=0)
            if self.month != ALL_MONTHS and self.month in months:
                plot.addItem(pg.InfiniteLine(months.index(self.month), angle=90,
                                             pen=pg.mkPen("#999", style=QtCore.Qt.PenStyle.DashLine)))
            self._set_title(plot, title.format(village=name))
            if column == "median_days_to_close":
                self.median_curve = curve
                finite = values[np.isfinite(values)]
                plot.setYRange(0, float(finite.max()) * 1.15 if finite.size else 1.0, padding=0)
            else:
                self.overdue_curve = curve
                plot.setYRange(0, 100, padding=0.02)

    # -- export ------------------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        folder = self._export_folder or QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Village performance") + ".xlsx"  # in the user's language, like the sheet
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export village statistics"), str(Path(folder) / name), f"{excel};;{csv}")
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
        try:
            self.export_to(path)
        except DataSourceError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Export village statistics"), error_text(exc))
            return
        self._export_folder = str(path.parent)  # the next export starts where this one went
        self.status.setText(self.tr("Saved {name}").format(name=path.name))


__all__ = ["PerformanceModel", "RAW_ROLE", "TABLE_COLUMNS", "VillageStatsPanel"]
