"""Who is left out, per village: households and persons covered and not by the planned sites, with the
whole township's total row, for any service or one service at a time (mobile, broadband, camera,
warning, monitoring); exported to CSV or Excel with headers in the user's language, every service's
columns side by side."""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore, QtWidgets

from layers.planning.desk_work import TABLE_COLUMNS
from layers.planning.services import ALL, FIGURES, services_in, split_column
from widgets.planning.names import column_label

_CTX = "VillageTable"
SERVICE_LABELS = {
    ALL: QtCore.QT_TRANSLATE_NOOP("VillageTable", "Any service"),
    "mobile": QtCore.QT_TRANSLATE_NOOP("VillageTable", "Mobile signal"),
    "broadband": QtCore.QT_TRANSLATE_NOOP("VillageTable", "Broadband (fibre)"),
    "camera": QtCore.QT_TRANSLATE_NOOP("VillageTable", "Cameras"),
    "warning": QtCore.QT_TRANSLATE_NOOP("VillageTable", "Warning loudspeakers"),
    "monitoring": QtCore.QT_TRANSLATE_NOOP("VillageTable", "Monitoring stations"),
}
#: where the demand comes from: the households layer, or the villages' population spread over their area
DEMANDS = ("households", "villages")


def service_label(service: str) -> str:
    text = SERVICE_LABELS.get(service)
    return QtCore.QCoreApplication.translate(_CTX, text) if text else service


class VillageTable(QtWidgets.QWidget):
    """The table of :func:`layers.planning.desk_work.village_table`, a summary line above it, a chooser
    of the service shown (``service_changed``), of the demand (``demand_changed``: households or the
    villages' population) and an export button (``export_requested`` is emitted; the desk asks where)."""

    export_requested = QtCore.Signal()
    households_requested = QtCore.Signal()
    service_changed = QtCore.Signal(str)
    demand_changed = QtCore.Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None
        self._wanted = ALL   # the planner's choice, kept while a table without it is shown (a preview)
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        top = QtWidgets.QHBoxLayout()
        self.summary = QtWidgets.QLabel(self.tr("Run a coverage to see who is left out."))
        self.summary.setWordWrap(True)
        self.service_box = QtWidgets.QComboBox()
        self.service_box.setToolTip(self.tr("The service the table and the gap maps show"))
        self.service_box.addItem(service_label(ALL), ALL)
        self.service_box.setEnabled(False)
        self.service_box.currentIndexChanged.connect(self._service_picked)
        self.demand_box = QtWidgets.QComboBox()
        self.demand_box.addItem(self.tr("Households (persons)"), "households")
        self.demand_box.addItem(self.tr("Village population (spread over its area)"), "villages")
        self.demand_box.setToolTip(self.tr("Whom the coverage counts: the households layer, or each "
                                           "village's population spread evenly over 100 m cells"))
        self.demand_box.currentIndexChanged.connect(lambda *_: self.demand_changed.emit(self.demand()))
        self.export_button = QtWidgets.QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_requested)
        self.households_button = QtWidgets.QPushButton(self.tr("Households not covered…"))
        self.households_button.setEnabled(False)
        self.households_button.clicked.connect(self.households_requested)
        top.addWidget(self.summary, 1)
        top.addWidget(QtWidgets.QLabel(self.tr("Service")))
        top.addWidget(self.service_box)
        top.addWidget(QtWidgets.QLabel(self.tr("Demand")))
        top.addWidget(self.demand_box)
        top.addWidget(self.households_button)
        top.addWidget(self.export_button)
        column.addLayout(top)
        self.table = QtWidgets.QTableWidget(0, len(TABLE_COLUMNS) - 1)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([column_label(c) for c in TABLE_COLUMNS[1:]])
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)

    def service(self) -> str:
        """The service the planner chose (``all``: any), even while a table without it is shown."""
        return self._wanted

    def _service_picked(self, *args) -> None:
        self._wanted = self.service_box.currentData() or ALL
        self.service_changed.emit(self._wanted)

    def demand(self) -> str:
        """``households`` or ``villages`` (their population spread over their area)."""
        return self.demand_box.currentData() or "households"

    def set_demand(self, demand: str) -> None:
        index = self.demand_box.findData(demand)
        if index >= 0:
            self.demand_box.setCurrentIndex(index)

    def _offer_services(self, frame: pd.DataFrame) -> None:
        """The services of ``frame`` in the chooser, keeping the one chosen when the frame has it."""
        services = services_in(frame) or [ALL]
        chosen = self._wanted
        blocker = QtCore.QSignalBlocker(self.service_box)
        self.service_box.clear()
        for service in services:
            self.service_box.addItem(service_label(service), service)
        self.service_box.setCurrentIndex(max(self.service_box.findData(chosen), 0))
        del blocker
        self.service_box.setEnabled(len(services) > 1)

    def show_table(self, frame: pd.DataFrame, summary: str, households: bool = False) -> None:
        """Show ``frame`` (the villages with most persons left out first; its plain columns are those of
        the service chosen) and a total row; ``households`` says whether the list of households not
        covered can be exported."""
        self.frame = frame
        self._offer_services(frame)
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
        """The table as exported: rounded as shown, shares in percent. With services, the village's
        households and persons, then each service's figures (any service first), whatever is shown."""
        out = self.frame.copy()
        if services_in(out):
            out = out[["village_code", "village", "households", "persons"]
                      + [c for c in out.columns if split_column(c)]]
        for name in out.columns:
            figure = split_column(name)[1] if split_column(name) else name
            if figure == "share_covered":
                out[name] = (out[name] * 100).round(1)
            elif figure in ("persons", "covered_persons", "uncovered_persons") or \
                    figure in ("households", "covered_households", "uncovered_households"):
                out[name] = out[name].round().astype(int)
        return out

    def labels(self) -> dict[str, str]:
        """The exported columns' headers in the user's language (``Mobile signal: Persons covered``)."""
        labels = {c: column_label(c) for c in TABLE_COLUMNS}
        if self.frame is not None:
            for name in self.frame.columns:
                parts = split_column(name)
                if parts:
                    labels[name] = self.tr("{service}: {figure}").format(
                        service=service_label(parts[0]), figure=column_label(parts[1]))
        return labels


def _text(name: str, value) -> str:
    if name == "village":
        return str(value)
    if name == "share_covered":
        return f"{100 * float(value):.1f}"
    return f"{int(round(float(value))):,}"


__all__ = ["DEMANDS", "FIGURES", "SERVICE_LABELS", "VillageTable", "service_label"]
