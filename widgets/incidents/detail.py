"""One resident's report in full: facts, place, reporter (masked), photos, history, the next steps the
workflow allows, and for pollution or flooding the nearby sensors' readings around the report time.

Every change goes through the store (``session.change_status`` with the version shown, ``add_note``,
``add_photo``); a report someone else saved in between opens the conflict dialog, and nothing is
overwritten without the user choosing so.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError, EditConflict
from datasources.store.permissions import Action, Right
from layers.incidents.evidence import sensor_kinds_for
from layers.incidents.workflow import allowed_next
from layers.township import INCIDENT_COLOURS
from widgets.incidents.detail_parts import EvidenceBox, HistoryList, PhotoStrip, coordinates_text
from widgets.incidents.names import (
    category_label,
    duration_text,
    local_time,
    source_label,
    status_action,
    status_label,
)
from widgets.symbols import label_font
from widgets.township_time import zone_short

DEFAULT_RADIUS_M = 2000.0
DEFAULT_HOURS = 24.0


class IncidentDetail(QtWidgets.QWidget):
    """The detail view of one report.

    Parameters
    ----------
    session : StoreSession
    villages : dict, optional
        village_code -> name.
    radius_m, hours : float
        Sensors within ``radius_m`` and readings ``hours`` either side of the report are evidence.

    Signals
    -------
    changed(int)
        The report with this id was changed in the store (reload the layer and the queue).
    unmask_requested(int)
        The user asked for the reporter's personal data (the console asks why, then calls
        :meth:`show_personal`).
    failed(object)
        An error to show in the message bar.
    """

    changed = QtCore.Signal(int)
    unmask_requested = QtCore.Signal(int)
    failed = QtCore.Signal(object)

    def __init__(self, session, villages: dict | None = None, radius_m: float = DEFAULT_RADIUS_M,
                 hours: float = DEFAULT_HOURS, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.villages = dict(villages or {})
        self.radius_m, self.hours = radius_m, hours
        self.incident: dict | None = None
        self.incident_id: int | None = None
        #: people and teams offered when assigning (the desk keeps it up to date)
        self.known_assignees: list[str] = []
        self.step_buttons: dict[str, QtWidgets.QPushButton] = {}
        self._build()
        self.show_incident(None)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.empty = QtWidgets.QLabel(self.tr("Select a report in the queue or on the map."))
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel { color: #777777; }")
        self.case_label = QtWidgets.QLabel()
        self.case_label.setFont(label_font(13, bold=True))
        self.case_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QtWidgets.QLabel()
        self.title_label = self._wrapped(bold=True)
        header = QtWidgets.QHBoxLayout()
        header.addWidget(self.case_label)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        self.facts = QtWidgets.QFormLayout()
        self.facts.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.facts.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QtWidgets.QLabel] = {}
        for key, label in (("category", self.tr("Category")), ("reported", self.tr("Reported at")),
                           ("due", self.tr("Due by")), ("closed", self.tr("Closed at")),
                           ("time_to_close", self.tr("Time to close")), ("village", self.tr("Village")),
                           ("address", self.tr("Address")), ("coordinates", self.tr("Coordinates")),
                           ("source", self.tr("Source")), ("assignee", self.tr("Assignee")),
                           ("duplicate_of", self.tr("Duplicate of"))):
            self.fields[key] = self._wrapped()
            self.facts.addRow(label, self.fields[key])
        self.description = self._wrapped()
        self.description.setStyleSheet("QLabel { background: #fafafa; border: 1px solid #e2e2e2;"
                                       " padding: 6px; }")
        reporter_box = QtWidgets.QGroupBox(self.tr("Reporter"))
        reporter = QtWidgets.QFormLayout(reporter_box)
        for key, label in (("reporter_name", self.tr("Name")), ("reporter_phone", self.tr("Phone")),
                           ("reporter_id_number", self.tr("ID number"))):
            self.fields[key] = self._wrapped()
            reporter.addRow(label, self.fields[key])
        self.unmask_button = QtWidgets.QPushButton(self.tr("Show personal data…"))
        self.unmask_button.setToolTip(self.tr("Asks why; the reason is kept in the audit log"))
        self.unmask_button.clicked.connect(lambda: self.unmask_requested.emit(self.incident_id))
        reporter.addRow(self.unmask_button)
        steps_box = QtWidgets.QGroupBox(self.tr("Next step"))
        steps = QtWidgets.QVBoxLayout(steps_box)
        self.steps_row = QtWidgets.QHBoxLayout()
        self.finished_label = QtWidgets.QLabel(self.tr("This case is finished; nothing may follow."))
        self.finished_label.setStyleSheet("QLabel { color: #777777; }")
        extras = QtWidgets.QHBoxLayout()
        self.note_button = QtWidgets.QPushButton(self.tr("Add note…"))
        self.note_button.clicked.connect(self.add_note)
        self.photo_button = QtWidgets.QPushButton(self.tr("Add photo…"))
        self.photo_button.clicked.connect(lambda: self.add_photo())
        extras.addWidget(self.note_button)
        extras.addWidget(self.photo_button)
        extras.addStretch(1)
        steps.addLayout(self.steps_row)
        steps.addWidget(self.finished_label)
        steps.addLayout(extras)
        self.error_label = self._wrapped()
        self.error_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.error_label.hide()
        self.photos = PhotoStrip()
        self.history = HistoryList()
        self.evidence = EvidenceBox()
        body = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(self.title_label)
        layout.addLayout(self.facts)
        layout.addWidget(self._heading(self.tr("Description")))
        layout.addWidget(self.description)
        layout.addWidget(reporter_box)
        layout.addWidget(steps_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self._heading(self.tr("Photos")))
        layout.addWidget(self.photos)
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history)
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        self.body = body
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(380)
        scroll.setWidget(body)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(scroll)
        self.scroll = scroll

    def _wrapped(self, bold: bool = False) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            label.setFont(label_font(11, bold=True))
        return label

    def _heading(self, text: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setFont(label_font(10, bold=True))
        return label

    # ------------------------------------------------------------------ showing
    def show_incident(self, incident_id: int | None) -> None:
        """Show the report with this store id (None: nothing)."""
        self.incident_id = None if incident_id is None else int(incident_id)
        self.error_label.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the shown report again from the store."""
        self.incident = None
        if self.incident_id is not None:
            try:
                self.incident = self.session.features.get("incidents", self.incident_id)
                history = self.session.incidents.history(self.incident_id)
                photos = self.session.incidents.photos(self.incident_id)
            except DataSourceError as exc:
                self.incident_id = None
                self.failed.emit(exc)
        self.empty.setVisible(self.incident is None)
        self.scroll.setVisible(self.incident is not None)
        if self.incident is None:
            return
        self._fill(self.incident)
        self.history.show_history(history)
        self.photos.show_photos(photos)
        self._fill_steps(self.incident)
        self._fill_evidence(self.incident)

    def _fill(self, f: dict) -> None:
        status = f.get("status") or ""
        self.case_label.setText(f.get("case_number") or f"#{self.incident_id}")
        colour = INCIDENT_COLOURS.get(status, "#9e9e9e")
        text_colour = "#202020" if status in ("assigned", "resolved", "duplicate") else "#ffffff"
        self.status_badge.setText(status_label(status))
        self.status_badge.setStyleSheet(f"QLabel {{ background: {colour}; color: {text_colour};"
                                        " border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
        self.title_label.setText(f.get("title") or "")
        reported, closed = _stamp(f.get("reported_at")), _stamp(f.get("closed_at"))
        due = _stamp(f.get("due_at"))
        now = pd.Timestamp.now(tz="UTC")
        overdue = due is not None and closed is None and status not in ("rejected", "duplicate") \
            and due < now
        village = f.get("village_code") or ""
        hours = (closed - reported).total_seconds() / 3600 if closed is not None and reported is not None \
            else None
        values = {
            "category": category_label(f.get("category")),
            "reported": _zoned(local_time(reported)),
            "due": _zoned(local_time(due)) + ("  " + self.tr("(overdue {0})").format(
                duration_text((now - due).total_seconds() / 3600)) if overdue else ""),
            "closed": _zoned(local_time(closed)), "time_to_close": duration_text(hours),
            "village": f"{self.villages.get(village, village)} ({village})" if village else "",
            "address": f.get("address") or "",
            "coordinates": coordinates_text(f.get("geom"), self.session.store.srid),
            "source": source_label(f.get("source")), "assignee": f.get("assignee") or "",
            "duplicate_of": self._case_of(f.get("duplicate_of")),
            "reporter_name": f.get("reporter_name") or "—",
            "reporter_phone": f.get("reporter_phone") or "—",
            "reporter_id_number": f.get("reporter_id_number") or "—",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
            if key in _OPTIONAL:
                self.facts.setRowVisible(self.fields[key], bool(value))
        self.fields["due"].setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if overdue else "")
        self.description.setText(f.get("description") or self.tr("(no description)"))
        has_reporter = any(f.get(k) for k in ("reporter_name", "reporter_phone", "reporter_id_number"))
        self.unmask_button.setVisible(has_reporter)
        self.unmask_button.setEnabled(self.session.can(Action(Right.UNMASK_PERSONAL, "incidents"), village or None))

    def _case_of(self, incident_id) -> str:
        if incident_id is None or pd.isna(incident_id):
            return ""
        try:
            return self.session.features.get("incidents", int(incident_id)).get("case_number") or \
                f"#{int(incident_id)}"
        except DataSourceError:
            return f"#{int(incident_id)}"

    def _fill_steps(self, f: dict) -> None:
        for button in self.step_buttons.values():
            self.steps_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        may_edit = self.session.can(Action.edit("incidents"), f.get("village_code"))
        status = f.get("status")
        for new in allowed_next(status):
            text = self.tr("Reassign…") if new == status == "assigned" else status_action(new) + "…"
            if new == "verified" and status == "assigned":
                text = self.tr("Back to verified…")
            elif new == "assigned" and status == "in_progress":
                text = self.tr("Reassign…")
            elif new == "in_progress" and status == "resolved":
                text = self.tr("Reopen…")
            button = QtWidgets.QPushButton(text)
            button.setToolTip(self.tr("Change the status to “{0}”").format(status_label(new)))
            button.clicked.connect(lambda _=False, s=new: self.change_status(s))
            button.setEnabled(may_edit)
            self.steps_row.addWidget(button)
            self.step_buttons[new] = button
        self.finished_label.setVisible(not self.step_buttons)
        self.note_button.setEnabled(may_edit)
        self.photo_button.setEnabled(may_edit)

    def _fill_evidence(self, f: dict) -> None:
        kinds = sensor_kinds_for(f.get("category"))
        self.evidence.setVisible(bool(kinds))
        if kinds:
            self.evidence.show_for(self.session, f, kinds, self.radius_m, self.hours)

    def show_personal(self, plain: dict) -> None:
        """Show the reporter's personal data in full (after the console asked why and unmasked it)."""
        for key in ("reporter_name", "reporter_phone", "reporter_id_number"):
            self.fields[key].setText(plain.get(key) or "—")
            self.fields[key].setStyleSheet("QLabel { color: #7a4a00; }")
        self.unmask_button.setEnabled(False)

    # ------------------------------------------------------------------ changes
    def change_status(self, new_status: str) -> bool:
        """Ask for a note (and the assignee or the original), then move the report; True when saved."""
        f = self.incident
        title = self.tr("{case}: {step}").format(case=f.get("case_number") or "",
                                                 step=status_label(new_status))
        note, ok = QtWidgets.QInputDialog.getMultiLineText(
            self, title, self.tr("Note (why; kept in the case's history):"))
        if not ok:
            return False
        assignee = duplicate_of = None
        if new_status == "assigned":
            assignee, ok = QtWidgets.QInputDialog.getItem(
                self, title, self.tr("Assign to (person or team):"), self.known_assignees, 0, True)
            if not ok:
                return False
        if new_status == "duplicate":
            text, ok = QtWidgets.QInputDialog.getItem(
                self, title, self.tr("Case number of the original report:"), self._candidates(), 0, True)
            if not ok:
                return False
            duplicate_of = self._find_case(text)
            if duplicate_of is None:
                self._error(self.tr("No report has the case number {0}.").format(text.split(" ")[0]))
                return False
        return self._save(lambda version: self.session.incidents.change_status(
            self.incident_id, new_status, note, version, assignee=assignee, duplicate_of=duplicate_of))

    def _candidates(self) -> list[str]:
        f = self.incident
        if f.get("geom") is None or f.get("reported_at") is None:
            return []
        try:
            found = self.session.incidents.likely_duplicates(f["category"], f["geom"], f["reported_at"])
        except DataSourceError:
            return []
        found = found[found.index != self.incident_id]
        return [f"{row.case_number} {row.title or ''}".strip() for row in found.itertuples()]

    def _find_case(self, text: str) -> int | None:
        number = (text or "").strip().split(" ")[0]
        if number.lstrip("#").isdigit():
            return int(number.lstrip("#"))
        return self.session.incidents.by_case_number(number)

    def _save(self, save) -> bool:
        from widgets.store.conflict_dialog import EditConflictDialog

        self.error_label.hide()
        saved = False
        try:
            save(int(self.incident["version"]))
            saved = True
        except EditConflict as conflict:
            dialog = EditConflictDialog(conflict, self)
            dialog.exec()
            if dialog.choice == "mine":
                try:
                    save(int(dialog.expected_version))
                    saved = True
                except DataSourceError as exc:
                    self._error(exc)
        except DataSourceError as exc:
            self._error(exc)
        self.refresh()
        self.changed.emit(self.incident_id)
        return saved

    def _error(self, error) -> None:
        from widgets.error_text import error_text

        self.error_label.setText(error_text(error) if isinstance(error, BaseException) else str(error))
        self.error_label.show()
        if isinstance(error, Exception):
            self.failed.emit(error)

    def add_note(self) -> bool:
        note, ok = QtWidgets.QInputDialog.getMultiLineText(
            self, self.tr("Add note"), self.tr("Note (kept in the case's history):"))
        if not ok or not note.strip():
            return False
        try:
            self.session.incidents.add_note(self.incident_id, note)
        except DataSourceError as exc:
            self._error(exc)
            return False
        self.refresh()
        return True

    def add_photo(self, path: Path | None = None) -> bool:
        """Attach a JPEG or PNG photo (asks for the file when ``path`` is None)."""
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self, self.tr("Add photo"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
            if not name:
                return False
            path = Path(name)
        try:
            self.session.incidents.add_photo(self.incident_id, Path(path).read_bytes(), Path(path).name)
        except (OSError, DataSourceError) as exc:
            self._error(exc)
            return False
        self.refresh()
        return True


_OPTIONAL = {"closed", "time_to_close", "address", "assignee", "duplicate_of", "source"}


def _zoned(text: str) -> str:
    """A shown time followed by the township's zone (``2025-06-01 21:16 UTC+8``; Chinese 北京时间)."""
    return f"{text} {zone_short()}" if text else ""


def _stamp(value) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, pd.Timestamp) and pd.isna(value)):
        return None
    stamp = pd.Timestamp(value)
    if stamp is pd.NaT:
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


__all__ = ["DEFAULT_HOURS", "DEFAULT_RADIUS_M", "IncidentDetail"]
