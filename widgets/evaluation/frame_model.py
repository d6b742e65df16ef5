"""A read-only, sortable table of a DataFrame as the dashboard shows it: shares in percent, medians to one
decimal, missing figures as a dash; headers in the interface language."""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore

from layers.evaluation.labels import cell_text

RAW_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1


class FrameModel(QtCore.QAbstractTableModel):
    """``columns`` of a frame, with ``headers`` (column -> title people read)."""

    def __init__(self, columns: list[str], headers: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.columns, self.headers = list(columns), headers
        self.frame = pd.DataFrame(columns=self.columns)

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.frame.iloc[index.row()][column] if column in self.frame else None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if column == "village_name" and self.code_at(index.row()) == "township":
                return self.tr("Township total")  # the stored name is the Chinese one
            return cell_text(value, column)
        if role == RAW_ROLE:
            return value
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole:
            text = isinstance(value, str)
            return int((QtCore.Qt.AlignmentFlag.AlignLeft if text else QtCore.Qt.AlignmentFlag.AlignRight)
                       | QtCore.Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt)
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return self.headers.get(column, column)
        return None

    def sort(self, column: int, order=QtCore.Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column]
        if name not in self.frame:
            return
        self.beginResetModel()
        self.frame = self.frame.sort_values(name, ascending=order == QtCore.Qt.SortOrder.AscendingOrder,
                                            na_position="last", kind="stable").reset_index(drop=True)
        self.endResetModel()

    def code_at(self, row: int) -> str | None:
        if 0 <= row < len(self.frame) and "village_code" in self.frame:
            return str(self.frame.iloc[row]["village_code"])
        return None


__all__ = ["FrameModel", "RAW_ROLE", "cell_text"]
