"""Scenarios in the window: the choice of two to compare, and their coverage side by side per village."""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore, QtWidgets

COLUMNS = ("village", "persons", "covered_a", "covered_b", "difference", "share_a", "share_b")


class CompareDialog(QtWidgets.QDialog):
    """Two scenarios of ``names`` to compare (the last two kept, by default)."""

    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two scenarios"))
        form = QtWidgets.QFormLayout(self)
        self.first, self.second = QtWidgets.QComboBox(), QtWidgets.QComboBox()
        for combo in (self.first, self.second):
            combo.addItems(names)
        self.first.setCurrentIndex(max(0, len(names) - 2))
        self.second.setCurrentIndex(len(names) - 1)
        form.addRow(self.tr("Scenario A"), self.first)
        form.addRow(self.tr("Scenario B"), self.second)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str]:
        return self.first.currentText(), self.second.currentText()


class ScenarioTable(QtWidgets.QWidget):
    """Two scenarios' persons covered per village, the difference (B - A) and the shares."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        self.summary = QtWidgets.QLabel(self.tr("Keep scenarios, then compare two of them."))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QtWidgets.QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        self.frame: pd.DataFrame | None = None

    def show_comparison(self, comparison) -> None:
        a, b = comparison.names
        self.frame = comparison.table
        self.summary.setText(self.tr(
            "A: {a} ({sa} sites) covers {ca:,.0f} persons; B: {b} ({sb} sites) covers {cb:,.0f}; of "
            "{total:,.0f}.").format(a=a, sa=comparison.sites[0], ca=comparison.covered[0], b=b,
                                     sb=comparison.sites[1], cb=comparison.covered[1], total=comparison.persons))
        headers = [self.tr("Village"), self.tr("Persons"), self.tr("Covered by A"), self.tr("Covered by B"),
                   self.tr("B - A"), self.tr("Share A (%)"), self.tr("Share B (%)")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.frame))
        for r, record in enumerate(self.frame.to_dict("records")):
            for c, name in enumerate(COLUMNS):
                value = record[name]
                if name == "village":
                    text = str(value)
                elif name.startswith("share"):
                    text = f"{100 * float(value):.1f}"
                else:
                    text = f"{float(value):+,.0f}" if name == "difference" else f"{float(value):,.0f}"
                item = QtWidgets.QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
