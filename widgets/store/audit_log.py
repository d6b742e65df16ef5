"""The audit log viewer for administrators: who did what and when, filtered, sorted, and checked for tampering.

The records come from :meth:`StoreSession.audit_log` (the store applies the filters, newest first); "Verify
chain" walks the hash chain with :meth:`StoreSession.verify_audit` and marks the records that do not fit.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta

import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.errors import StoreError
from widgets.error_text import error_text
from widgets.message_bar import MessageBar, MessageLevel
from widgets.township_time import ZONE, with_zone
from widgets.ui_text import audit_object_text

COLUMNS = ("seq", "time", "username", "event", "object", "outcome", "detail")
FIRST_DAY = QtCore.QDate(2000, 1, 1)
OUTCOME_COLOURS = {"failed": "#fde2e1", "locked": "#fde2e1", "disabled": "#fde2e1",
                   "denied": "#fde2e1", "conflict": "#fff4d6"}
BROKEN_COLOUR = "#f4b4b0"


def local_zone():
    """The zone the log shows and filters in: the township's (Beijing time), whatever the workstation's."""
    return ZONE


def readable_detail(text: str) -> str:
    """A record's detail JSON as lines of ``name: value`` (an edit's ``[old, new]`` as ``old → new``)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return str(text)
    return "\n".join(_detail_lines(value, 0)) if isinstance(value, dict) else _compact(value)


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _detail_lines(values: dict, depth: int) -> list[str]:
    lines, indent = [], "  " * depth
    for name, value in values.items():
        if isinstance(value, dict) and value:
            lines.append(f"{indent}{name}:")
            lines.extend(_detail_lines(value, depth + 1))
        elif depth and isinstance(value, list) and len(value) == 2:
            lines.append(f"{indent}{name}: {_compact(value[0])} → {_compact(value[1])}")
        else:
            lines.append(f"{indent}{name}: {_compact(value)}")
    return lines


class AuditModel(QtCore.QAbstractTableModel):
    """A table model over the DataFrame of :meth:`StoreSession.audit_log`.

    Parameters
    ----------
    labels : callable
        ``labels(column, value) -> str`` for what is shown of events and outcomes.
    """

    # What the view is told once the cycle collector has cleared this model's own attributes but Qt has
    # not yet deleted it (a closed dialog's cycle collected while its view still asks): an empty table.
    headers: list[str] = list(COLUMNS)
    frame = pd.DataFrame(columns=list(COLUMNS))

    def __init__(self, labels, parent=None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.headers: list[str] = list(COLUMNS)
        self.broken: set[int] = set()
        self.set_frame(pd.DataFrame(columns=list(COLUMNS)))

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        times = pd.to_datetime(self.frame["time"], utc=True, errors="coerce")
        self.local_times = times.dt.tz_convert(local_zone()).dt.strftime("%Y-%m-%d %H:%M:%S")
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def record(self, row: int) -> dict:
        return {name: self.frame[name].iat[row] for name in COLUMNS}

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, name = index.row(), COLUMNS[index.column()]
        value = self.frame[name].iat[row]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            if name == "time":
                return self.local_times.iat[row] if isinstance(self.local_times.iat[row], str) else value
            if name in ("event", "outcome"):
                return self.labels(name, value)
            if name == "object":
                return audit_object_text(value)  # in the user's language; the tooltip keeps the record
            return str(value)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return readable_detail(value) if name == "detail" else str(value)
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            if int(self.frame["seq"].iat[row]) in self.broken:
                return QtGui.QBrush(QtGui.QColor(BROKEN_COLOUR))
            colour = OUTCOME_COLOURS.get(self.frame["outcome"].iat[row])
            return QtGui.QBrush(QtGui.QColor(colour)) if colour else None
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and name == "seq":
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == QtCore.Qt.ItemDataRole.DisplayRole and orientation == QtCore.Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def sort(self, column: int, order=QtCore.Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        name = COLUMNS[column]
        ascending = order == QtCore.Qt.SortOrder.AscendingOrder
        self.frame = self.frame.sort_values(name, ascending=ascending, kind="stable")
        self.local_times = self.local_times.loc[self.frame.index].reset_index(drop=True)
        self.frame = self.frame.reset_index(drop=True)
        self.layoutChanged.emit()


class AuditLogDialog(QtWidgets.QDialog):
    """The audit trail as a filterable, sortable table with a tamper check (administrators only).

    Parameters
    ----------
    session : StoreSession
        An administrator's session; for anyone else the refusal is shown (and audited by the store).
    limit : int
        The most records read at once (newest first).
    """

    def __init__(self, session, limit: int = 5000, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.limit = limit
        self.problems: list = []
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditModel(self._label, self)
        self.model.headers = [self.tr("No."), with_zone(self.tr("Time")), self.tr("User"),
                              self.tr("Event"), self.tr("Object"), self.tr("Outcome"), self.tr("Detail")]
        self.user, self.event, self.outcome = (QtWidgets.QComboBox() for _ in range(3))
        self.since, self.until = self._date_edit(), self._date_edit()
        self.text = QtWidgets.QLineEdit()
        self.text.setPlaceholderText(self.tr("Text in object or detail"))
        self.text.setClearButtonEnabled(True)
        clear = QtWidgets.QPushButton(self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)
        filters = QtWidgets.QGridLayout()
        for col, (label, widget) in enumerate(((self.tr("User"), self.user),
                                               (self.tr("Event"), self.event),
                                               (self.tr("Outcome"), self.outcome),
                                               (self.tr("From"), self.since),
                                               (self.tr("To"), self.until))):
            filters.addWidget(QtWidgets.QLabel(label), 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(QtWidgets.QLabel(self.tr("Text")), 0, 5)
        filters.addWidget(self.text, 1, 5)
        filters.addWidget(clear, 1, 6)
        filters.setColumnStretch(5, 1)
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._show_record)
        self.detail = QtWidgets.QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([400, 140])
        self.count = QtWidgets.QLabel()
        self.chain = QtWidgets.QLabel()
        self.chain.setWordWrap(True)
        self.verify_button = QtWidgets.QPushButton(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        reload = QtWidgets.QPushButton(self.tr("Reload"))
        reload.clicked.connect(self.reload)
        close = QtWidgets.QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(reload)
        bottom.addWidget(close)
        self.messages = MessageBar(self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.messages)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self._text_timer = QtCore.QTimer(self, singleShot=True, interval=300)
        self._text_timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._text_timer.start)
        self.reload()
        for combo in (self.user, self.event, self.outcome):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)

    def _date_edit(self) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(FIRST_DAY)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(FIRST_DAY)
        return edit

    # -- words --------------------------------------------------------------------------------------
    def _label(self, column: str, value) -> str:
        if column == "event":
            names = {"login": self.tr("log in"), "create_administrator": self.tr("first administrator"),
                     "add": self.tr("add"), "import": self.tr("import"), "edit": self.tr("edit"),
                     "delete": self.tr("delete"), "view_personal": self.tr("view personal data"),
                     "export": self.tr("export"), "permission_change": self.tr("permission change"),
                     "password_change": self.tr("password change"), "read": self.tr("read"),
                     "manage_users": self.tr("manage users"), "view_audit": self.tr("view audit"),
                     "unmask_personal": self.tr("unmask personal data"),
                     "export_personal": self.tr("export personal data")}
        else:
            names = {"ok": self.tr("ok"), "failed": self.tr("failed"), "locked": self.tr("locked"),
                     "disabled": self.tr("disabled"), "denied": self.tr("denied"),
                     "conflict": self.tr("conflict")}
        return names.get(value, str(value))

    def _problem_text(self, problem) -> str:
        text, numbers = problem.problem, re.findall(r"\d+", problem.problem)
        if text.startswith("its content was changed"):
            text = self.tr("its content was changed after it was written")
        elif text.startswith("does not follow"):
            text = self.tr("does not follow the record before it (a record was inserted or deleted)")
        elif text.startswith("missing") and numbers:
            text = self.tr("missing (the next record is {seq})").format(seq=numbers[0])
        elif text.startswith("the chain ends") and numbers:
            text = self.tr("the chain ends at {seq}; the records after it were deleted").format(
                seq=numbers[0])
        return self.tr("Record {seq}: {problem}").format(seq=problem.seq, problem=text)

    # -- reading ------------------------------------------------------------------------------------
    def filters(self) -> dict:
        """The filters as :meth:`StoreSession.audit_log` arguments."""
        return {"username": self.user.currentData(), "event": self.event.currentData(),
                "outcome": self.outcome.currentData(),
                "since": self._moment(self.since, 0), "until": self._moment(self.until, 1),
                "text": self.text.text().strip() or None}

    @staticmethod
    def _moment(edit: QtWidgets.QDateEdit, days_after: int) -> datetime | None:
        if edit.date() == edit.minimumDate():
            return None
        day = date(edit.date().year(), edit.date().month(), edit.date().day())
        start = datetime.combine(day, time(), tzinfo=local_zone()) + timedelta(days=days_after)
        return (start - timedelta(milliseconds=days_after)).astimezone(UTC)

    def reload(self) -> None:
        """Read the log again and refill the choices of users, events and outcomes."""
        try:
            everything = self.session.audit.log(limit=self.limit)
        except StoreError as exc:
            self.messages.push(error_text(exc), MessageLevel.ERROR)
            self.verify_button.setEnabled(False)
            return
        for combo, column in ((self.user, "username"), (self.event, "event"),
                              (self.outcome, "outcome")):
            current = combo.currentData()
            blocker = QtCore.QSignalBlocker(combo)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            for value in sorted(everything[column].dropna().unique()):
                combo.addItem(value if column == "username" else self._label(column, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            del blocker
        self.refresh()

    def refresh(self) -> None:
        """Apply the filters (the store does the filtering)."""
        try:
            frame = self.session.audit.log(limit=self.limit, **self.filters())
        except StoreError as exc:
            self.messages.push(error_text(exc), MessageLevel.ERROR)
            return
        self.model.set_frame(frame)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() < len(COLUMNS) and self.view.isSortingEnabled():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().resizeSection(COLUMNS.index("detail"), 260)
        shown = len(frame)
        text = self.tr("Records: {n}").format(n=shown)
        if shown >= self.limit:
            text += " " + self.tr("(the newest {n}; narrow the filters to see older ones)").format(
                n=self.limit)
        self.count.setText(text)
        self.detail.clear()

    def clear_filters(self) -> None:
        for widget in (self.user, self.event, self.outcome, self.since, self.until, self.text):
            widget.blockSignals(True)
        self.user.setCurrentIndex(0)
        self.event.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.since.setDate(FIRST_DAY)
        self.until.setDate(FIRST_DAY)
        self.text.clear()
        for widget in (self.user, self.event, self.outcome, self.since, self.until, self.text):
            widget.blockSignals(False)
        self.refresh()

    def _show_record(self, current: QtCore.QModelIndex, previous=None) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        record = self.model.record(current.row())
        head = " · ".join([self.tr("Record {seq}").format(seq=record["seq"]),
                           self.model.local_times.iat[current.row()] or record["time"],
                           record["username"], self._label("event", record["event"]),
                           record["object"], self._label("outcome", record["outcome"])])
        self.detail.setPlainText(head + "\n" + readable_detail(record["detail"]))

    # -- checking -------------------------------------------------------------------------------------
    def verify(self) -> list:
        """Walk the hash chain and say whether it is intact; returns the problems found."""
        try:
            self.problems = self.session.audit.verify()
        except StoreError as exc:
            self.messages.push(error_text(exc), MessageLevel.ERROR)
            return []
        self.model.beginResetModel()
        self.model.broken = {p.seq for p in self.problems}
        self.model.endResetModel()
        if not self.problems:
            self.chain.setToolTip("")
            self.chain.setText(self.tr("The audit chain is intact."))
            self.chain.setStyleSheet("QLabel { color: #1e7a1e; font-weight: bold; }")
            return []
        self.chain.setText(self.tr("The audit chain is broken (problems found: {n}). Records were "
                                   "changed or removed outside the console.").format(
            n=len(self.problems)))
        self.chain.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        listing = "\n".join(self._problem_text(p) for p in self.problems)
        self.chain.setToolTip(listing)
        self.detail.setPlainText(listing)
        return self.problems
