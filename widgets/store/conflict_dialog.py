"""When someone else saved a feature while the user was editing it: both versions side by side, and a choice.

The store never overwrites silently (:class:`~datasources.errors.EditConflict`); this dialog lets the user
keep what is in the store or save their own values over it on purpose. With "Overwrite with mine" the caller
saves again with ``expected_version=dialog.expected_version`` (the version now in the store).
"""

from __future__ import annotations

from datetime import datetime

from PySide6 import QtGui, QtWidgets

from widgets.township_time import to_township

#: Columns the store keeps by itself; they are not compared.
STAMPED = ("id", "version", "updated_at", "updated_by")
DIFFERENT_COLOUR = "#fff4d6"


def shown_value(value, limit: int = 80) -> str:
    """A value as the table shows it: NULL for nothing, geometries as shortened WKT, township times."""
    if value is None or (isinstance(value, float) and value != value):
        return "NULL"
    if hasattr(value, "geom_type"):
        text = value.wkt
        return text if len(text) <= limit else text[:limit - 1] + "…"
    if isinstance(value, datetime):
        return to_township(value).strftime("%Y-%m-%d %H:%M:%S") if value.tzinfo else str(value)
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


def same(a, b) -> bool:
    """Whether two field values are equal (geometries by their shape)."""
    if hasattr(a, "geom_type") or hasattr(b, "geom_type"):
        return a is not None and b is not None and hasattr(a, "equals") and a.equals(b)
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


class EditConflictDialog(QtWidgets.QDialog):
    """Compares the user's values with the version saved in the store, field by field.

    Parameters
    ----------
    conflict : EditConflict
        The store's refusal, with ``mine`` (the values the user tried to save) and ``theirs`` (the
        feature as it is stored, with ``version`` and ``updated_by``).

    Attributes
    ----------
    choice : str or None
        ``"theirs"`` (keep the saved version, discard mine), ``"mine"`` (overwrite) or None (cancelled).
    """

    def __init__(self, conflict, parent=None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        theirs, mine = conflict.theirs, conflict.mine
        who = theirs.get("updated_by") or self.tr("another user")
        version = theirs.get("version")
        self.setWindowTitle(self.tr("Edit conflict — {kind} #{id}").format(
            kind=conflict.kind, id=conflict.feature_id))
        if mine:
            intro = self.tr("{who} saved {kind} #{id} after you opened it. Nothing was overwritten. "
                            "Compare the two versions and choose which one to keep.")
        else:
            intro = self.tr("{who} saved {kind} #{id} after you opened it, so it was not deleted. "
                            "Compare what is saved now and choose.")
        label = QtWidgets.QLabel(intro.format(who=who, kind=conflict.kind, id=conflict.feature_id))
        label.setWordWrap(True)
        when = theirs.get("updated_at")
        saved_header = self.tr("Saved in the store (by {who}, version {version})").format(
            who=who, version=version)
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), saved_header])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.differing: list[str] = []
        self._fill(mine, theirs)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)
        saved_when = QtWidgets.QLabel(self.tr("Saved at {time}").format(time=shown_value(when))
                                      if when is not None else "")
        saved_when.setStyleSheet("QLabel { color: #555555; }")
        buttons = QtWidgets.QDialogButtonBox()
        self.keep_button = buttons.addButton(self.tr("Keep the saved version"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.overwrite_button = buttons.addButton(
            self.tr("Overwrite with mine") if mine else self.tr("Delete it anyway"),
            QtWidgets.QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.setToolTip(self.tr("Discard your changes and show what is in the store."))
        self.overwrite_button.setToolTip(self.tr("Save your values over the version {version}.").format(
            version=version))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self._choose("theirs"))
        self.overwrite_button.clicked.connect(lambda: self._choose("mine"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(saved_when)
        layout.addWidget(buttons)
        self.resize(720, min(560, 200 + 26 * self.table.rowCount()))

    @property
    def expected_version(self) -> int | None:
        """The version to pass when saving over the stored one (with "Overwrite with mine")."""
        return self.conflict.theirs.get("version")

    def _fill(self, mine: dict, theirs: dict) -> None:
        names = list(mine) if mine else [k for k in theirs if k not in STAMPED]
        highlight = QtGui.QBrush(QtGui.QColor(DIFFERENT_COLOUR))
        bold = self.font()
        bold.setBold(True)
        for name in names:
            row = self.table.rowCount()
            self.table.insertRow(row)
            yours = shown_value(mine[name]) if name in mine else self.tr("(deleted)")
            stored = theirs.get(name)
            cells = [QtWidgets.QTableWidgetItem(name), QtWidgets.QTableWidgetItem(yours),
                     QtWidgets.QTableWidgetItem(shown_value(stored))]
            cells[1].setToolTip(shown_value(mine.get(name), limit=2000))
            cells[2].setToolTip(shown_value(stored, limit=2000))
            differs = name not in mine or not same(mine[name], stored)
            for column, cell in enumerate(cells):
                if differs:
                    cell.setBackground(highlight)
                    if column == 0:
                        cell.setFont(bold)
                self.table.setItem(row, column, cell)
            if differs:
                self.differing.append(name)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = None
        super().reject()
