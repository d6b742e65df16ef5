"""Correcting a report's category, deadline or time: the desk's named corrections, each with a reason.

A plain edit of these fields (the attribute table's) is refused by the store, so the office's figures cannot be
bent; this dialog is the one way, and the store checks again that the user edits reports in every village,
writes the change to the case's history and records it.
"""

from __future__ import annotations

from PySide6 import QtWidgets

from datasources.errors import DataSourceError
from layers.incidents.workflow import CATEGORIES
from widgets.error_text import error_text
from widgets.incidents.names import category_label
from widgets.township_time import edited_time, prepare_edit, with_zone

#: what can be corrected, in the order the dialog offers it
FIELDS = ("category", "due_at", "reported_at")


class CorrectionDialog(QtWidgets.QDialog):
    """Choose what to correct, give the right value and the reason; OK asks the store.

    Parameters
    ----------
    session : StoreSession
    incident : dict
        The report as ``session.features.get("incidents", id)`` gives it (its ``version`` is checked).
    """

    def __init__(self, session, incident: dict, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident = incident
        self.version: int | None = None
        self.setWindowTitle(self.tr("Correct {case}").format(case=incident.get("case_number") or ""))
        intro = QtWidgets.QLabel(self.tr("The category, the deadline and the time of a report change only "
                                         "here, with a reason; the case's history keeps the old value."))
        intro.setWordWrap(True)
        self.field = QtWidgets.QComboBox()
        for name, text in zip(FIELDS, (self.tr("Category"), with_zone(self.tr("Deadline")),
                                       with_zone(self.tr("Reported at"))), strict=True):
            self.field.addItem(text, name)
        self.category = QtWidgets.QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.category.setCurrentIndex(max(0, self.category.findData(incident.get("category"))))
        self.times = {}
        for name in FIELDS[1:]:
            edit = QtWidgets.QDateTimeEdit()
            prepare_edit(edit, incident.get(name))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.times[name] = edit
        self.values = QtWidgets.QStackedWidget()
        for widget in (self.category, *self.times.values()):
            self.values.addWidget(widget)
        self.field.currentIndexChanged.connect(self.values.setCurrentIndex)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it is corrected"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Correct"), self.field)
        form.addRow(self.tr("New value"), self.values)
        form.addRow(self.tr("Reason"), self.reason)
        self.error = QtWidgets.QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; }")
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save |
                                             QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        for item in (intro, form, self.error, buttons):
            (layout.addLayout if isinstance(item, QtWidgets.QLayout) else layout.addWidget)(item)

    def choose(self, name: str) -> None:
        """Show the editor of ``name`` (one of :data:`FIELDS`)."""
        self.field.setCurrentIndex(FIELDS.index(name))

    def accept(self) -> None:
        name = self.field.currentData()
        incidents, incident_id = self.session.incidents, int(self.incident["id"])
        reason, version = self.reason.text(), int(self.incident["version"])
        try:
            if name == "category":
                self.version = incidents.recategorise(incident_id, self.category.currentData(), reason, version)
            elif name == "due_at":
                self.version = incidents.reschedule(incident_id, edited_time(self.times[name]), reason, version)
            else:
                self.version = incidents.correct_reported_at(incident_id, edited_time(self.times[name]),
                                                             reason, version)
        except DataSourceError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


__all__ = ["FIELDS", "CorrectionDialog"]
