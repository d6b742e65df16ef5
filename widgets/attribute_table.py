"""The attribute table: a Qt model over a layer's GeoDataFrame (no copy per row), sorted and filtered by
row-position arrays, with the selection kept in step with the layer (and so with the map) both ways."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from layers.code_lists import code_list_of, field_alias, label
from layers.expression import ExpressionError, evaluate
from widgets.symbols import label_font
from widgets.ui_text import filter_error_text

PROBLEM_COLUMN = "_problem"


class AttributeModel(QtCore.QAbstractTableModel):
    """Rows are ``order`` positions into the layer's data; columns are its attribute columns."""

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        #: ``editor(layer, row_position, column, value)`` saves an edited cell (None: read-only table).
        self.editor = None
        self.editable_columns: set[str] = set()
        self._reload()
        layer.events.data.connect(self._data_changed)

    def _reload(self) -> None:
        data = self.layer.data
        self.columns = [c for c in data.columns if c != data.geometry.name]
        self.frame = data[self.columns]
        kind = getattr(self.layer, "store_kind", None) or getattr(self.layer, "source_name", None)
        self.headers = [field_alias(kind, c) for c in self.columns]  # name_zh -> 名称 / Name
        self.coded = [code_list_of(kind, c) for c in self.columns]  # shown by their code list's names
        self.order = np.arange(len(data))
        self.mask = np.ones(len(data), dtype=bool)

    def _data_changed(self, *args) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = int(self.order[index.row()])
        if role == QtCore.Qt.ItemDataRole.EditRole:
            value = self.frame.iat[row, index.column()]
            return "" if value is None or value is pd.NA or (
                isinstance(value, float) and np.isnan(value)) else str(value)
        if role in (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole):
            value = self.frame.iat[row, index.column()]
            if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
                return "NULL" if role == QtCore.Qt.ItemDataRole.DisplayRole else None
            if self.coded[index.column()] is not None:
                return label(self.coded[index.column()], value)
            return str(value)
        if role == QtCore.Qt.ItemDataRole.ForegroundRole:
            value = self.frame.iat[row, index.column()]
            if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
                return QtGui.QBrush(QtGui.QColor("#9a9a9a"))
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and PROBLEM_COLUMN in self.columns:
            if self.frame[PROBLEM_COLUMN].iat[row]:
                return QtGui.QBrush(QtGui.QColor("#fff1d6"))
        return None

    def flags(self, index):
        flags = super().flags(index)
        if self.editor is not None and index.isValid() and self.columns[index.column()] in \
                self.editable_columns:
            flags |= QtCore.Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=QtCore.Qt.ItemDataRole.EditRole):  # noqa: N802
        """Hand an edited cell to ``editor`` as the column's type (empty text is NULL)."""
        if role != QtCore.Qt.ItemDataRole.EditRole or self.editor is None or not index.isValid():
            return False
        column = self.columns[index.column()]
        self.editor(self.layer, int(self.order[index.row()]), column,
                    _typed(value, self.frame[column]))
        return True

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return self.columns[section]  # the field's own name, as filters write it
        if role != QtCore.Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == QtCore.Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(int(self.order[section]) + 1)

    def sort(self, column: int, order=QtCore.Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        rows = np.flatnonzero(self.mask)
        if not 0 <= column < len(self.columns):  # no sort column: the layer's own order
            self.order = rows
            self.layoutChanged.emit()
            return
        values = self.frame.iloc[rows, column]
        idx = np.argsort(values.to_numpy(), kind="stable") if _sortable(values) else \
            np.argsort(values.astype("string").fillna("").to_numpy(dtype=str), kind="stable")
        if order == QtCore.Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        self.order = rows[idx]
        self.layoutChanged.emit()

    def set_filter(self, text: str) -> int:
        """Keep only rows matching ``text``; returns the number shown.

        Raises ExpressionError, after emptying the table: a filter that cannot be read matches nothing,
        so the rows of an earlier filter are never taken for its result.
        """
        try:
            mask = evaluate(text, self.frame)
        except ExpressionError:
            self._show(np.zeros(len(self.frame), dtype=bool))
            raise
        self._show(mask)
        return len(self.order)

    def _show(self, mask: np.ndarray) -> None:
        self.beginResetModel()
        self.mask = mask
        self.order = np.flatnonzero(mask)
        self.endResetModel()


def show_layer_selection(view: QtWidgets.QTableView, order: np.ndarray, selection) -> None:
    """Select in ``view`` the rows whose layer positions (``order[row]``) are in ``selection``,
    without echoing back to the layer, and scroll to the first one."""
    sel_model = view.selectionModel()
    model = view.model()
    blocker = QtCore.QSignalBlocker(sel_model)
    sel_model.clearSelection()
    where = np.flatnonzero(np.isin(order, np.asarray(selection, dtype=np.int64)))
    if len(where):
        rows = QtCore.QItemSelection()
        last = model.columnCount() - 1
        for r in where[:5000]:
            rows.select(model.index(int(r), 0), model.index(int(r), last))
        sel_model.select(rows, QtCore.QItemSelectionModel.SelectionFlag.Select)
        view.scrollTo(model.index(int(where[0]), 0))
    del blocker
    view.viewport().update()


def _typed(value, column: pd.Series):
    """``value`` (text from the editor) as the type of ``column``'s values; empty text is None.

    Raises ValueError when the column holds numbers and the text is not one.
    """
    if value is None or (isinstance(value, str) and value.strip() in ("", "NULL")):
        return None
    known = column.dropna()
    numbers = [v for v in known.head(50) if isinstance(v, int | float | np.number)]
    if not len(known) or len(numbers) < len(known.head(50)):
        return str(value)
    number = float(value)
    integral = all(float(v).is_integer() for v in numbers) and number.is_integer()
    return int(number) if integral and not pd.api.types.is_float_dtype(column) else number


def _sortable(values: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(values) and not values.isna().any()


class AttributeTable(QtWidgets.QWidget):
    """Filter box + table for one layer; selecting rows selects features and the reverse."""

    zoom_to_selection = QtCore.Signal(object)

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.model = AttributeModel(layer, self)
        self.filter = QtWidgets.QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter, e.g. population > 1000 and name_zh contains '村'"))
        self.filter.returnPressed.connect(self.apply_filter)
        self.count = QtWidgets.QLabel()
        zoom = QtWidgets.QPushButton(self.tr("Zoom to selection"))
        zoom.clicked.connect(lambda: self.zoom_to_selection.emit(self.layer))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(zoom)
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        # opened in the layer's own order (Qt would sort by the first column, descending)
        self.view.horizontalHeader().setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setFont(label_font(9))
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.selectionModel().selectionChanged.connect(self._table_selection_changed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.error = QtWidgets.QLabel()  # what is wrong with the filter, in the user's language
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #a61b1b; }")
        self.error.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.view)
        layer.events.selection.connect(self._layer_selection_changed)
        self._update_count()

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.filter.text())
            self.filter.setStyleSheet("")
            self.filter.setToolTip("")
            self.error.hide()
        except ExpressionError as exc:
            message = filter_error_text(exc)
            self.filter.setStyleSheet("QLineEdit { background: #fde2e1; }")
            self.filter.setToolTip(message)
            self.error.setText(self.tr("The filter cannot be used: {reason}. No rows are shown.").format(
                reason=message))
            self.error.show()
        self._update_count()
        self._layer_selection_changed()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total}").format(
            shown=len(self.model.order), total=len(self.layer.data)))

    def _table_selection_changed(self, *args) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        positions = self.model.order[rows] if rows else np.empty(0, dtype=np.int64)
        self.layer.selection = np.asarray(positions, dtype=np.int64)

    def _layer_selection_changed(self, *args) -> None:
        show_layer_selection(self.view, self.model.order, self.layer.selection)
