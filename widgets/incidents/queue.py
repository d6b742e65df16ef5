"""The incident queue: a filter bar, a chip per status with its count, and the table of reports.

The model (:mod:`widgets.incidents.queue_model`) filters with vectorised masks, so 10,000 reports filter and
redraw in a few milliseconds. The table's rows are the incidents layer's row positions, so selecting in the
table selects on the map and the reverse.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from layers.incidents.workflow import CATEGORIES, STATUSES
from layers.township import INCIDENT_COLOURS
from widgets.attribute_table import show_layer_selection
from widgets.incidents.names import category_label, status_label
from widgets.incidents.queue_model import AGE_RANGES, COLUMNS, UNASSIGNED, IncidentQueueModel
from widgets.symbols import label_font

CHIP_STYLE = ("QToolButton {{ border: 1px solid #c8c8c8; border-left: 5px solid {colour};"
              " border-radius: 3px; padding: 2px 6px; background: #ffffff; }}"
              " QToolButton:checked {{ background: #e3eefc; border-color: #2f6fd0;"
              " border-left: 5px solid {colour}; font-weight: bold; }}")


class IncidentQueue(QtWidgets.QWidget):
    """Filter bar, a chip per status with its count, and the table of reports.

    Selecting rows selects the reports in ``layer`` (so on the map) and selecting on the map selects
    the rows. Double-clicking a row emits ``activated`` with the report's store id.

    Parameters
    ----------
    layer : VectorLayer, optional
        The store's incidents layer (its data indexed by store id); set later with :meth:`set_layer`.
    villages : dict, optional
        village_code -> name.
    deadlines : dict, optional
        category -> days.
    now : callable, optional
        The current UTC time (tests).
    """

    activated = QtCore.Signal(int)

    def __init__(self, layer=None, villages: dict | None = None, deadlines: dict | None = None,
                 now=None, parent=None) -> None:
        super().__init__(parent)
        self.layer = None
        self.model = IncidentQueueModel(None, villages, deadlines, now, self)
        self._build_filter_bar()
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, QtCore.Qt.SortOrder.DescendingOrder)  # newest case first
        self.view.setFont(label_font(9.5))
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(range(len(COLUMNS)), (118, 96, 96, 260, 80, 100, 140, 90), strict=True):
            self.view.setColumnWidth(column, width)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(24)
        self.view.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(self.filter_bar)
        layout.addLayout(self.chip_bar)
        layout.addWidget(self.view, 1)
        self.model.counts_changed.connect(self._update_counts)
        if layer is not None:
            self.set_layer(layer)
        self._update_counts()

    # ------------------------------------------------------------------ building
    def _build_filter_bar(self) -> None:
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search case number, title, description, address"))
        self._search_timer = QtCore.QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.category_box = self._combo(self.tr("All categories"))
        for category in CATEGORIES:
            self.category_box.addItem(category_label(category), category)
        self.village_box = self._combo(self.tr("All villages"))
        self.age_box = QtWidgets.QComboBox()
        for low, high, label in AGE_RANGES:
            self.age_box.addItem(self.tr(label), (low, high))
        self.age_box.currentIndexChanged.connect(self.apply_filters)
        self.assignee_box = self._combo(self.tr("Anyone"))
        self.overdue_box = QtWidgets.QCheckBox(self.tr("Overdue only"))
        self.overdue_box.toggled.connect(self.apply_filters)
        clear = QtWidgets.QToolButton()
        clear.setText(self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setStyleSheet("QLabel { color: #555555; }")
        self.search.setMinimumWidth(200)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.search, 1)
        for box in (self.category_box, self.village_box, self.age_box, self.assignee_box):
            box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(box)
        row.addWidget(self.overdue_box)
        row.addWidget(clear)
        row.addWidget(self.count_label)
        self.filter_bar = QtWidgets.QVBoxLayout()
        self.filter_bar.addLayout(row)
        self.chip_bar = QtWidgets.QHBoxLayout()
        self.chip_bar.setSpacing(4)
        self.chips: dict[str, QtWidgets.QToolButton] = {}
        for status in STATUSES:
            chip = QtWidgets.QToolButton()
            chip.setCheckable(True)
            chip.setToolTip(self.tr("Show only reports in this status (several may be chosen)"))
            colour = INCIDENT_COLOURS.get(status, "#9e9e9e")
            chip.setStyleSheet(CHIP_STYLE.format(colour=colour))
            chip.toggled.connect(self.apply_filters)
            self.chips[status] = chip
            self.chip_bar.addWidget(chip)
        self.chip_bar.addStretch(1)

    def _combo(self, everything: str) -> QtWidgets.QComboBox:
        box = QtWidgets.QComboBox()
        box.addItem(everything, None)
        box.currentIndexChanged.connect(self.apply_filters)
        return box

    # ------------------------------------------------------------------ layer
    def set_layer(self, layer) -> None:
        """Follow ``layer`` (the incidents layer): its data, and its selection both ways."""
        if self.layer is not None:
            self.layer.events.data.disconnect(self._layer_data_changed)
            self.layer.events.selection.disconnect(self._layer_selection_changed)
        self.layer = layer
        layer.events.data.connect(self._layer_data_changed)
        layer.events.selection.connect(self._layer_selection_changed)
        self._layer_data_changed()

    def set_villages(self, villages: dict) -> None:
        self.model.set_villages(villages)
        self._fill_choices()

    def _layer_data_changed(self, *args) -> None:
        self.model.set_frame(self.layer.data)
        self._fill_choices()
        self._layer_selection_changed()

    def _fill_choices(self) -> None:
        model = self.model
        codes = sorted(set(model.village_code) - {""}, key=lambda c: model.villages.get(c, c))
        self._refill(self.village_box, [(model.villages.get(c, c), c) for c in codes])
        people = sorted(set(model.assignee) - {""})
        self._refill(self.assignee_box, [(self.tr("(unassigned)"), UNASSIGNED)] +
                     [(p, p) for p in people])

    def _refill(self, box: QtWidgets.QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        blocker = QtCore.QSignalBlocker(box)
        while box.count() > 1:
            box.removeItem(1)
        for text, value in items:
            box.addItem(text, value)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))
        del blocker
        if current is not None and found < 0:
            self.apply_filters()

    # ------------------------------------------------------------------ filters
    def apply_filters(self, *args) -> int:
        """Filter the table by what the bar says; returns the number of reports shown."""
        low_high = self.age_box.currentData() or (None, None)
        shown = self.model.set_filters(
            status={s for s, chip in self.chips.items() if chip.isChecked()},
            category=self.category_box.currentData(), village=self.village_box.currentData(),
            age_days=tuple(low_high), overdue_only=self.overdue_box.isChecked(),
            assignee=self.assignee_box.currentData(), text=self.search.text())
        if self.layer is not None:
            self._layer_selection_changed()
        return shown

    def clear_filters(self) -> None:
        widgets = [self.search, self.category_box, self.village_box, self.age_box, self.assignee_box,
                   self.overdue_box, *self.chips.values()]
        blockers = [QtCore.QSignalBlocker(w) for w in widgets]
        self.search.clear()
        for box in (self.category_box, self.village_box, self.age_box, self.assignee_box):
            box.setCurrentIndex(0)
        for check in (self.overdue_box, *self.chips.values()):
            check.setChecked(False)
        del blockers
        self.apply_filters()

    def _update_counts(self) -> None:
        counts = self.model.status_counts()
        for status, chip in self.chips.items():
            chip.setText(f"{status_label(status)} {counts.get(status, 0)}")
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=len(self.model.order), total=len(self.model.frame)))

    # ------------------------------------------------------------------ selection
    def selected_positions(self) -> np.ndarray:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return self.model.order[rows] if rows else np.empty(0, dtype=np.int64)

    def _table_selection_changed(self, *args) -> None:
        if self.layer is not None:
            self.layer.selection = np.asarray(self.selected_positions(), dtype=np.int64)

    def _layer_selection_changed(self, *args) -> None:
        show_layer_selection(self.view, self.model.order, self.layer.selection)

    def _double_clicked(self, index) -> None:
        row = int(self.model.order[index.row()])
        self.activated.emit(int(self.model.frame.index[row]))


__all__ = ["COLUMNS", "IncidentQueue", "IncidentQueueModel"]
