"""The days the office has to close a report, per category; changes apply to reports filed from then on."""

from __future__ import annotations

from PySide6 import QtWidgets

from datasources.errors import DataSourceError
from layers.incidents.workflow import CATEGORIES, deadline_days
from widgets.error_text import error_text
from widgets.incidents.names import category_label


class DeadlinesDialog(QtWidgets.QDialog):
    """A spin box of days per category; OK saves the changed ones (each audited by the store).

    Parameters
    ----------
    session : StoreSession
    """

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Category deadlines"))
        self.current = session.incidents.deadlines()
        intro = QtWidgets.QLabel(self.tr("Days from the report to closing it. A change applies to reports "
                                         "filed from now on; the cases already open keep their due date."))
        intro.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        self.boxes: dict[str, QtWidgets.QDoubleSpinBox] = {}
        for category in [*CATEGORIES, *sorted(set(self.current) - set(CATEGORIES))]:
            box = QtWidgets.QDoubleSpinBox()
            box.setRange(0.5, 365)
            box.setDecimals(1)
            box.setSingleStep(1)
            box.setSuffix(self.tr(" days"))
            box.setValue(deadline_days(category, self.current))
            form.addRow(category_label(category), box)
            self.boxes[category] = box
        self.error = QtWidgets.QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; }")
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save |
                                             QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, float]:
        return {c: box.value() for c, box in self.boxes.items()
                if abs(box.value() - deadline_days(c, self.current)) > 1e-9}

    def accept(self) -> None:
        try:
            for category, days in self.changes().items():
                self.session.incidents.set_deadline(category, days)
        except DataSourceError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
