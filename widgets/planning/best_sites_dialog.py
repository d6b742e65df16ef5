"""Choosing the best sites: what to ask the optimiser (kind, height, range, how many sites or a budget),
and its answer (the sites, the persons each adds, the proven gap) to confirm before they are added."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtWidgets

from layers.planning.site_layer import BY_ROAD, SITE_KINDS, kind_of
from widgets.planning.names import kind_label


@dataclass(frozen=True)
class BestSitesChoice:
    """What the planner asked for: ``count`` new sites, or as many as ``budget`` buys at ``cost`` each
    (or the fewest reaching ``share``); the candidates (village centres, road ``junctions``) and their
    rules (``road_m`` from a road, ``line_m`` from the layer called ``line_layer``: a power line)."""

    kind: str
    height: float
    range_m: float
    count: int
    budget: float | None
    cost: float
    spacing: float
    avoid_hazard: bool = True
    road_m: float | None = None
    village_centres: bool = True
    share: float | None = None
    junctions: bool = False
    line_layer: str | None = None
    line_m: float | None = None


class BestSitesDialog(QtWidgets.QDialog):
    """*Planning › Choose the best sites…*: the question."""

    def __init__(self, parent=None, line_layers=()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the best sites"))
        form = QtWidgets.QFormLayout(self)
        self.kind = QtWidgets.QComboBox()
        for code in SITE_KINDS:   # cabinets are chosen by cable along the roads, the others by sight
            self.kind.addItem(kind_label(code), code)
        self.height = _spin(0, 200, 30, " m")
        self.range = _spin(50, 50000, 5000, " m", 0)
        self.by_count = QtWidgets.QRadioButton(self.tr("Number of new sites"))
        self.by_budget = QtWidgets.QRadioButton(self.tr("Budget"))
        self.by_count.setChecked(True)
        self.count = QtWidgets.QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(3)
        self.budget = _spin(0, 1e9, 1_000_000, " ¥", 0)
        self.by_share = QtWidgets.QRadioButton(self.tr("Fewest sites reaching this share of people"))
        self.share = _spin(1, 100, 60, " %", 0)
        self.cost = _spin(0, 1e8, 300_000, " ¥", 0)
        self.spacing = _spin(100, 5000, 600, " m", 0)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Mast height"), self.height)
        form.addRow(self.tr("Range"), self.range)
        form.addRow(self.by_count, self.count)
        form.addRow(self.by_budget, self.budget)
        form.addRow(self.by_share, self.share)
        form.addRow(self.tr("Cost of one site"), self.cost)
        form.addRow(self.tr("Candidates: highest point every"), self.spacing)
        self.centres = QtWidgets.QCheckBox(self.tr("Village centres are candidates too"))
        self.centres.setChecked(True)
        self.avoid = QtWidgets.QCheckBox(self.tr("Not in a high hazard zone"))
        self.avoid.setChecked(True)
        self.near_road = QtWidgets.QCheckBox(self.tr("At most this far from a road"))
        self.road_m = _spin(0, 20000, 1000, " m", 0)
        self.road_m.setEnabled(False)
        self.near_road.toggled.connect(self.road_m.setEnabled)
        self.junctions = QtWidgets.QCheckBox(self.tr("Road junctions are candidates too"))
        self.near_line = QtWidgets.QCheckBox(self.tr("At most this far from the lines of"))
        self.line_layer = QtWidgets.QComboBox()
        for name, title in line_layers:   # (layer name, title): a power line layer first when there is one
            self.line_layer.addItem(title, name)
        power = next((i for i, (name, title) in enumerate(line_layers)
                      if "power" in f"{name} {title}".lower() or "电力" in f"{name}{title}"), 0)
        self.line_layer.setCurrentIndex(power if line_layers else -1)
        self.line_m = _spin(0, 20000, 500, " m", 0)
        self.near_line.setEnabled(bool(line_layers))
        if not line_layers:
            self.near_line.setToolTip(self.tr("The project has no line layer (a power line layer) to keep "
                                              "candidates near."))
        for widget in (self.line_layer, self.line_m):
            widget.setEnabled(False)
            self.near_line.toggled.connect(widget.setEnabled)
        lines = QtWidgets.QHBoxLayout()
        lines.addWidget(self.line_layer, 1)
        lines.addWidget(self.line_m)
        form.addRow(self.centres)
        form.addRow(self.junctions)
        form.addRow(self.avoid)
        form.addRow(self.near_road, self.road_m)
        form.addRow(self.near_line, lines)
        note = QtWidgets.QLabel(self.tr("Approved and built sites are kept; drafts drawn by hand are "
                                        "candidates too."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

    def _kind_chosen(self, *args) -> None:
        spec = kind_of(self.kind.currentData())
        self.height.setValue(spec.height_m)
        self.range.setValue(spec.range_m)
        cable = spec.observer in BY_ROAD     # a cabinet stands by a road: junctions, not hill tops
        self.spacing.setEnabled(not cable)
        self.junctions.setChecked(cable)

    def choice(self) -> BestSitesChoice:
        budget = float(self.budget.value()) if self.by_budget.isChecked() else None
        share = float(self.share.value()) / 100 if self.by_share.isChecked() else None
        return BestSitesChoice(self.kind.currentData(), float(self.height.value()), float(self.range.value()),
                               int(self.count.value()), budget, float(self.cost.value()),
                               float(self.spacing.value()), self.avoid.isChecked(),
                               float(self.road_m.value()) if self.near_road.isChecked() else None,
                               self.centres.isChecked(), share, self.junctions.isChecked(),
                               self.line_layer.currentData() if self.near_line.isChecked() else None,
                               float(self.line_m.value()) if self.near_line.isChecked() else None)


class BestSitesResult(QtWidgets.QDialog):
    """The optimiser's answer: the sites in the order chosen and what each adds; OK adds them to the
    map as proposed sites."""

    def __init__(self, rows: list[tuple[str, float, float, float]], summary: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The best sites"))
        column = QtWidgets.QVBoxLayout(self)
        self.summary = QtWidgets.QLabel(summary)
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QtWidgets.QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Site"), self.tr("East (m)"), self.tr("North (m)"),
                                              self.tr("Persons added")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (name, x, y, added) in enumerate(rows):
            for c, text in enumerate((name, f"{x:.0f}", f"{y:.0f}", f"{added:,.0f}")):
                item = QtWidgets.QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        buttons = QtWidgets.QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("Add to the map as proposed sites"),
                                            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.add_button.setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(520, 360)


def _spin(lo: float, hi: float, value: float, suffix: str, decimals: int = 1) -> QtWidgets.QDoubleSpinBox:
    spin = QtWidgets.QDoubleSpinBox()
    spin.setRange(lo, hi)
    spin.setDecimals(decimals)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin
