"""A small window to type the next vertex exactly: x and y in the map's CRS, or longitude and latitude
(decimal degrees or degrees, minutes and seconds). It stays open for vertex after vertex."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from layers.typed_point import typed_point


class CoordinateEntry(QtWidgets.QDialog):
    """Type a vertex; *Add vertex* hands it to ``on_point(x, y)`` (map CRS) and keeps the window open.

    Parameters
    ----------
    crs : str or None
        The map's CRS (named in the window).
    on_point : callable
        ``on_point(x, y)`` with the typed point in the map's CRS.
    """

    def __init__(self, crs, on_point, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CoordinateEntry")
        self.setWindowTitle(self.tr("Type a vertex"))
        self.crs, self.on_point = crs, on_point
        self.system = QtWidgets.QComboBox()
        self.system.addItem(self.tr("Map coordinates ({crs})").format(crs=crs or "?"), False)
        self.system.addItem(self.tr("Longitude and latitude (degrees or DMS)"), True)
        self.first, self.second = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.first_label, self.second_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self.problem = QtWidgets.QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.system)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow(self.problem)
        buttons = QtWidgets.QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("Add vertex"),
                                            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.system.currentIndexChanged.connect(self._labels)
        self._labels()

    def _labels(self, *args) -> None:
        degrees = bool(self.system.currentData())
        self.first_label.setText(self.tr("Longitude") if degrees else self.tr("X (easting)"))
        self.second_label.setText(self.tr("Latitude") if degrees else self.tr("Y (northing)"))

    def set_degrees(self, degrees: bool) -> None:
        self.system.setCurrentIndex(1 if degrees else 0)

    def add(self) -> bool:
        """Read the fields and hand the point on (True), or say what is wrong (False)."""
        try:
            x, y = typed_point(self.first.text(), self.second.text(), bool(self.system.currentData()),
                               self.crs)
        except ValueError as exc:
            self.problem.setText(self.tr("Cannot place the vertex: {reason}").format(reason=str(exc)))
            return False
        self.problem.clear()
        self.on_point(x, y)
        self.first.clear()
        self.second.clear()
        self.first.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True
