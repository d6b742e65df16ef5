"""Impact per village: the table of a hazard's impact (households and people in it, facilities, shelters
inside and outside, people to move against the places left), the shortfall said above it, and its export
to CSV or XLSX under the header row people read (:func:`layers.emergency.impact.headers`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6 import QtCore, QtWidgets

from layers import code_lists
from layers.emergency.impact import headers


def village_table(impact) -> pd.DataFrame:
    """The per-village table as shown and exported: the columns under the interface language's headers."""
    table = impact.villages.copy()
    if "village_en" in table.columns and code_lists.chinese():
        table = table.drop(columns=["village_en"])
    return table.rename(columns=headers(table.columns, code_lists.language()))


def export_table(table: pd.DataFrame, path) -> Path:
    """Write ``table`` to ``path``: CSV (UTF-8 with a byte-order mark, so spreadsheets read the Chinese)
    or XLSX by the suffix."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        table.to_excel(path, index=False, sheet_name="impact")
    else:
        table.to_csv(path, index=False, encoding="utf-8-sig")
    return path


class ImpactPanel(QtWidgets.QWidget):
    """The impact of one hazard per village (:meth:`show_impact`), with export buttons."""

    exported = QtCore.Signal(str)
    failed = QtCore.Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.impact = None
        self.table_frame = pd.DataFrame()
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.table = QtWidgets.QTableWidget()
        self.table.setObjectName("impact-table")
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.csv_button = QtWidgets.QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QtWidgets.QPushButton(self.tr("Export Excel (XLSX)…"))
        self.csv_button.clicked.connect(lambda: self.ask_export(".csv"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(self.impact is not None)

    def show_impact(self, impact, hazard_name: str) -> None:
        """Fill the table from a :class:`~layers.emergency.impact.HazardImpact`."""
        self.impact = impact
        self.hazard_name = hazard_name
        frame = village_table(impact)
        self.table_frame = frame
        self.table.clear()
        self.table.setRowCount(len(frame))
        self.table.setColumnCount(len(frame.columns))
        self.table.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        for r, row in enumerate(frame.itertuples(index=False)):
            for c, value in enumerate(row):
                text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else (
                    f"{value:,.0f}" if isinstance(value, float) else str(value))
                item = QtWidgets.QTableWidgetItem(text)
                if r == len(frame) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        totals = impact.totals
        text = self.tr("{hazard}: {households} households, {people} people to move; {places} shelter places "
                       "outside the hazard.").format(
            hazard=hazard_name, households=int(totals["affected_households"]), people=impact.displaced,
            places=f"{impact.capacity_outside:,.0f}")
        if impact.shortfall > 0:
            text += " " + self.tr("Short of {n} places.").format(n=f"{impact.shortfall:,.0f}")
        self.summary.setText(text)
        self._enable()

    def ask_export(self, suffix: str) -> None:
        title = self.tr("Export the impact per village")
        wanted = self.tr("Excel (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV (*.csv)")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, f"impact{suffix}", wanted)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            export_table(self.table_frame, path)
        except (OSError, ValueError) as exc:
            self.failed.emit(exc)
            return
        self.exported.emit(path)
