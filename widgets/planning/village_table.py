"""Who is left out, per village: households and persons covered and not by the planned sites, with the
whole township's total row; exported to CSV or Excel with headers in the user's language."""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore, QtWidgets

from layers.planning.desk_work import TABLE_COLUMNS
from widgets.planning.names import column_label


class VillageTable(QtWidgets.QWidget):
    """The table of :func:`layers.planning.desk_work.village_table`, a summary line above it and an
    export button (``export_requested`` is emitted; the desk asks where to)."""

    export_requested = QtCore.Signal()
    households_requested = QtCore.Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        top = QtWidgets.QHBoxLayout()
        self.summary = QtWidgets.QLabel(self.tr("Run a coverage to see who is left out."))
        self.summary.setWordWrap(True)
        self.export_button = QtWidgets.QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_requested)
        self.households_button = QtWidgets.QPushButton(self.tr("Households not covered…"))
        self.households_button.setEnabled(False)
        self.households_button.clicked.connect(self.households_requested)
        top.addWidget(self.summary, 1)
        top.addWidget(self.households_button)
        top.addWidget(self.export_button)
        column.addLayout(top)
        self.table = QtWidgets.QTableWidget(0, len(TABLE_COLUMNS) - 1)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([column_label(c) for c in TABLE_COLUMNS[1:]])
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)

    def show_table(self, frame: pd.DataFrame, summary: str, households: bool = False) -> None:
        """Show ``frame`` (the villages with most persons left out first) and a total row; ``households``
        says whether the list of households not covered can be exported."""
        self.frame = frame
        self.households_button.setEnabled(households)
        self.summary.setText(summary)
        self.export_button.setEnabled(True)
        shown = TABLE_COLUMNS[1:]
        self.table.setRowCount(len(frame) + 1)
        total = {c: frame[c].sum() for c in shown if c not in ("village", "share_covered")}
        persons = float(total.get("persons", 0))
        total["village"] = self.tr("Township total")
        total["share_covered"] = total.get("covered_persons", 0) / persons if persons else 1.0
        rows = [total] + frame.to_dict("records")
        for r, record in enumerate(rows):
            for c, name in enumerate(shown):
                item = QtWidgets.QTableWidgetItem(_text(name, record[name]))
                if name != "village":
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                if r == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)

    def export_frame(self) -> pd.DataFrame:
        """The table as exported: rounded as shown, the share in percent."""
        out = self.frame.copy()
        out["share_covered"] = (out["share_covered"] * 100).round(1)
        for name in ("persons", "covered_persons", "uncovered_persons"):
            out[name] = out[name].round().astype(int)
        return out

    @staticmethod
    def labels() -> dict[str, str]:
        return {c: column_label(c) for c in TABLE_COLUMNS}


def _text(name: str, value) -> str:
    if name == "village":
        return str(value)
    if name == "share_covered":
        return f"{100 * float(value):.1f}"
    return f"{int(round(float(value))):,}"
