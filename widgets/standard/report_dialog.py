"""A validation report in the window: the verdict, the counts per check, and the findings by row in a table
with filters (severity, check, field, text), exported as CSV, XLSX or JSON.

The table reads the report's findings frame directly (a model over pandas columns), so a report of a
hundred thousand findings filters without copying them into items.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.errors import DataSourceError
from datasources.standard.report import ValidationReport, write_report
from widgets.error_text import error_text, note_text
from widgets.standard.labels import check_label, severity_label

_COLOURS = {"error": "#fde2e1", "warning": "#fff4ce"}


class FindingsModel(QtCore.QAbstractTableModel):
    """The findings of a report, shown through a row filter (an index array into the frame)."""

    HEADERS = (QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Feature"),
               QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
               QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Check"),
               QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Field"),
               QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Value"),
               QtCore.QT_TRANSLATE_NOOP("FindingsModel", "Details"))

    def __init__(self, findings: pd.DataFrame, parent=None) -> None:
        super().__init__(parent)
        self.findings = findings.reset_index(drop=True)
        self.shown = np.arange(len(self.findings))
        self._columns = [self.findings[c].to_numpy(dtype=object) for c in
                         ("row", "severity", "check", "field", "value", "message")]

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return QtCore.QCoreApplication.translate("FindingsModel", self.HEADERS[section])
        return None

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        at = self.shown[index.row()]
        value = self._columns[index.column()][at]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return QtCore.QCoreApplication.translate("FindingsModel", "layer") if pd.isna(value) else str(value)
            if index.column() == 1:
                return severity_label(value)
            if index.column() == 2:
                return check_label(value)
            if index.column() == 5:
                return note_text(value)
            return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(self._columns[1][at])
            return QtGui.QBrush(QtGui.QColor(colour)) if colour else None
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return note_text(value)
        return None

    def set_filter(self, severity: str | None, check: str | None, field: str | None, text: str) -> int:
        """Show the findings matching every filter given; returns how many are shown."""
        f = self.findings
        mask = np.ones(len(f), dtype=bool)
        if severity:
            mask &= (f["severity"] == severity).to_numpy()
        if check:
            mask &= (f["check"] == check).to_numpy()
        if field:
            mask &= (f["field"] == field).to_numpy()
        if text:
            hay = f["message"].astype(str) + " " + f["value"].astype(str) + " " + f["field"].astype(str)
            mask &= hay.str.contains(text, case=False, regex=False).to_numpy()
        self.beginResetModel()
        self.shown = np.flatnonzero(mask)
        self.endResetModel()
        return len(self.shown)


class ValidationReportDialog(QtWidgets.QDialog):
    """One report: verdict, counts, findings table with filters, export."""

    def __init__(self, report: ValidationReport, parent=None) -> None:
        super().__init__(parent)
        self.report = report
        name = report.path.name if report.path else report.kind
        self.setWindowTitle(self.tr("Validation report — {name}").replace("{name}", name))
        self.verdict = QtWidgets.QLabel(note_text(report.verdict()))
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("QLabel { font-weight: bold; color: %s; }"
                                   % ("#1e6b2e" if report.conforms else "#b3261e"))
        self.counts = QtWidgets.QLabel(self._counts_text())
        self.counts.setWordWrap(True)
        self.severity = QtWidgets.QComboBox()
        self.severity.addItem(self.tr("All severities"), None)
        for severity in ("error", "warning", "info"):
            self.severity.addItem(severity_label(severity), severity)
        self.check = QtWidgets.QComboBox()
        self.check.addItem(self.tr("All checks"), None)
        for check, n in report.checks().items():
            self.check.addItem(f"{check_label(check)} ({n})", check)
        self.field = QtWidgets.QComboBox()
        self.field.addItem(self.tr("All fields"), None)
        for field in sorted({str(f) for f in report.findings["field"] if f}):
            self.field.addItem(field, field)
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the findings"))
        self.model = FindingsModel(report.findings, self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(2, 170)
        self.table.setColumnWidth(4, 200)
        self.shown = QtWidgets.QLabel()
        for box in (self.severity, self.check, self.field):
            box.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        filters = QtWidgets.QHBoxLayout()
        for widget in (self.severity, self.check, self.field):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export the report…"),
                                               QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.apply_filter()

    def _counts_text(self) -> str:
        parts = [f"{check_label(c)}: {n}" for c, n in self.report.checks("error").items()]
        warnings = [f"{check_label(c)}: {n}" for c, n in self.report.checks("warning").items()]
        text = self.tr("Errors: {errors}").replace("{errors}", "; ".join(parts) or "—")
        if warnings:
            text += "\n" + self.tr("Warnings: {warnings}").replace("{warnings}", "; ".join(warnings))
        crs = self.report.crs or "—"
        return text + "\n" + self.tr("Features: {n}. Coordinate system: {crs}.").replace(
            "{n}", str(self.report.feature_count)).replace("{crs}", crs if len(crs) < 60 else crs[:57] + "…")

    def apply_filter(self, *_args) -> int:
        n = self.model.set_filter(self.severity.currentData(), self.check.currentData(),
                                  self.field.currentData(), self.search.text().strip())
        self.shown.setText(self.tr("{n} of {total} findings shown").replace("{n}", str(n))
                           .replace("{total}", str(len(self.report.findings))))
        return n

    def ask_report_path(self) -> str:
        from widgets.save_paths import save_path

        stem = self.report.path.stem if self.report.path else self.report.kind
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), save_path(stem + "-report.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if path and Path(path).suffix.lower() not in (".xlsx", ".csv", ".json"):
            path += ".csv" if "csv" in chosen.lower() else ".json" if "json" in chosen.lower() else ".xlsx"
        return path

    def export(self, path: str | None = None) -> Path | None:
        """Write the whole report (every finding, whatever the filters) to ``path`` or where asked."""
        from widgets.save_paths import remember_folder

        path = path or self.ask_report_path()
        if not path:
            return None
        try:
            written = write_report(self.report, path)
        except DataSourceError as exc:
            QtWidgets.QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return None
        remember_folder(written)
        return written
