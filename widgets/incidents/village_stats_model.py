"""The table model of the village statistics panel: the villages' figures of one month (or all months),
or the township total alone, shown as :func:`layers.incidents.village_stats.as_shown` rounds them."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui

from layers.incidents.village_stats import COLUMNS, MIN_CLOSINGS_FOR_MEDIAN, TOWNSHIP_CODE, as_shown
from widgets.symbols import label_font

TABLE_COLUMNS = ("village_name", "reported", "open", "closed", "rejected", "duplicates",
                 "open_at_month_end", "median_days_to_close", "due", "overdue", "share_overdue")
RAW_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1


def _two_lines(text: str, longer_than: int = 8) -> str:
    """A long header broken at the space nearest its middle (Chinese headers are short and stay whole)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if len(text) <= longer_than or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class PerformanceModel(QtCore.QAbstractTableModel):
    """The per-village figures of one month (or all months): the villages (``total=False``, sortable) or
    the township total alone (``total=True``, the row pinned below the table).

    ``RAW_ROLE`` gives each cell's number as computed (NaN where there is none); the display shows it as
    :func:`layers.incidents.village_stats.as_shown` rounds it, a median of too few closings as "—".
    """

    def __init__(self, headers: dict[str, str], tips: dict[str, str], township: str, total: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.headers, self.tips, self.township, self.total = headers, tips, township, total
        self.frame = pd.DataFrame(columns=list(COLUMNS))
        self.shown = self.frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        mine = (frame["village_code"] == TOWNSHIP_CODE) == self.total
        self.frame = frame[mine].reset_index(drop=True)
        self.shown = as_shown(self.frame)
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def code(self, row: int) -> str:
        return str(self.frame["village_code"].iat[row])

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, name = index.row(), TABLE_COLUMNS[index.column()]
        value = self.frame[name].iat[row]
        if role == RAW_ROLE:
            return value.item() if hasattr(value, "item") else value
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self._text(row, name, value)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, name)
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and name != "village_name":
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == QtCore.Qt.ItemDataRole.FontRole and self.total:
            return label_font(10, bold=True)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and self.total:
            return QtGui.QBrush(QtGui.QColor("#eef2f7"))
        return None

    def _text(self, row: int, name: str, value) -> str:
        if name == "village_name":
            return self.township if self.total else str(value)
        shown = self.shown[name].iat[row]
        if name == "median_days_to_close":
            return "—" if not np.isfinite(shown) else (f"{shown:.2f}" if shown < 1 else f"{shown:.1f}")
        if isinstance(shown, float) and math.isnan(shown):
            return "–"
        if name == "share_overdue":
            return f"{shown:.1f} %"
        return str(int(shown))

    def _tip(self, row: int, name: str) -> str | None:
        if name == "village_name":
            return self.code(row) if not self.total else None
        if name == "median_days_to_close":
            closings = int(self.frame["closings"].iat[row])
            translate = QtCore.QCoreApplication.translate
            if closings < MIN_CLOSINGS_FOR_MEDIAN:
                return translate("VillageStatsPanel", "Too few closed reports for a median: {n} (at least "
                                 "{least} are needed)").format(n=closings, least=MIN_CLOSINGS_FOR_MEDIAN)
            return translate("VillageStatsPanel", "The median of {n} closed reports").format(n=closings)
        return self.tips.get(name)

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != QtCore.Qt.Orientation.Horizontal:
            return None
        name = TABLE_COLUMNS[section]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return _two_lines(self.headers.get(name, name))
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(name)
        return None

    def sort(self, column: int, order=QtCore.Qt.SortOrder.AscendingOrder) -> None:
        """Sort the villages by a column as computed (missing values last); the total has a row of its own."""
        self.layoutAboutToBeChanged.emit()
        name = TABLE_COLUMNS[column]
        ascending = order == QtCore.Qt.SortOrder.AscendingOrder
        self.frame = self.frame.sort_values([name, "village_code"], ascending=[ascending, True],
                                            kind="stable", na_position="last").reset_index(drop=True)
        self.shown = as_shown(self.frame)
        self.layoutChanged.emit()


__all__ = ["PerformanceModel", "RAW_ROLE", "TABLE_COLUMNS"]
