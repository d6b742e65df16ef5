"""Scenarios in the window: the choice of two to compare, their coverage side by side per village (with
buttons to show each on the map or make it the proposed sites), and the choice of a plan to export."""

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
    """Two scenarios' persons covered per village, the difference (B - A) and the shares; its buttons ask
    for a scenario's map (``map_requested(0 or 1)``) or to make it the proposed sites
    (``proposed_requested(0 or 1)``)."""

    map_requested = QtCore.Signal(int)
    proposed_requested = QtCore.Signal(int)

    def __init__(self, parent=None, may_propose: bool = True) -> None:
        super().__init__(parent)
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        self.summary = QtWidgets.QLabel(self.tr("Keep scenarios, then compare two of them."))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        buttons = QtWidgets.QHBoxLayout()
        self.map_buttons = [QtWidgets.QPushButton(self.tr("Map of A")), QtWidgets.QPushButton(self.tr("Map of B"))]
        self.propose_buttons = [QtWidgets.QPushButton(self.tr("Make A the proposed sites…")),
                                QtWidgets.QPushButton(self.tr("Make B the proposed sites…"))]
        for which, button in enumerate(self.map_buttons):
            button.setToolTip(self.tr("Show the scenario's sites and coverage as layers of the map"))
            button.clicked.connect(lambda _=False, w=which: self.map_requested.emit(w))
            buttons.addWidget(button)
        for which, button in enumerate(self.propose_buttons):
            button.setEnabled(may_propose)
            button.setToolTip(self.tr("Its sites become the planned sites with the status proposed; approved "
                                      "and built sites are kept") if may_propose
                              else self.tr("Only a planner may edit planned sites."))
            button.clicked.connect(lambda _=False, w=which: self.proposed_requested.emit(w))
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
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
                                     sb=comparison.sites[1], cb=comparison.covered[1], total=comparison.persons)
            + " " + self.tr("Cost: A {costa:,.0f}, B {costb:,.0f}.").format(costa=comparison.costs[0],
                                                                          costb=comparison.costs[1]))
        for button, name in zip(self.map_buttons, (a, b), strict=True):
            button.setText(self.tr("Map of {name}").format(name=name))
        for button, name in zip(self.propose_buttons, (a, b), strict=True):
            button.setText(self.tr("Make {name} the proposed sites…").format(name=name))
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


class PlanExportDialog(QtWidgets.QDialog):
    """*Planning › Export a plan…*: which scenario, whether its sites become the proposed sites in the
    store, and the GeoPackage to write (the CSV and the PDF are written beside it, same name)."""

    def __init__(self, names: list[str], may_propose: bool, default_path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a plan"))
        form = QtWidgets.QFormLayout(self)
        self.scenario = QtWidgets.QComboBox()
        self.scenario.addItems(names)
        self.scenario.setCurrentIndex(len(names) - 1)
        form.addRow(self.tr("Scenario"), self.scenario)
        self.propose = QtWidgets.QCheckBox(self.tr("Make its sites the proposed sites in the store"))
        self.propose.setEnabled(may_propose)
        form.addRow(self.propose)
        row = QtWidgets.QHBoxLayout()
        self.path = QtWidgets.QLineEdit(default_path)
        browse = QtWidgets.QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("GeoPackage of the sites"), row)
        note = QtWidgets.QLabel(self.tr("The coverage per village (CSV) and the one-page summary (PDF) are "
                                        "written beside it, with the same name."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_path(self) -> None:
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Export a plan"), self.path.text(),
                                                          self.tr("GeoPackage (*.gpkg)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".gpkg") else chosen + ".gpkg")

    def chosen(self) -> tuple[str, bool, str]:
        return self.scenario.currentText(), self.propose.isChecked(), self.path.text().strip()
