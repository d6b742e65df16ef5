"""The alert board: the alerts the user may see (new, acknowledged, escalated, closed), newest first, with
acknowledge, escalate and close buttons and a note; a new alert flashes and the console beeps. "Issue CAP…"
issues a CAP 1.2 message for the selected alert (:mod:`layers.emergency.cap_issue`) in a task of the
workbench: the file chosen is written, the issue recorded and, with a broker configured, published.

Every change goes through the store's alert service (``session.alerts``), which checks the role, the step
and the version and records it with the user, the time and the note; a refusal comes back as
``failed(exc)`` for the message bar.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from layers import code_lists
from widgets.message_bar import MessageLevel
from widgets.save_paths import remember_folder, save_path
from widgets.time_axis import epoch_seconds, local_text

FLASH_COLOUR = "#ffd400"
FLASH_MS = 300
FLASH_TIMES = 10
STATUS_COLOURS = {"new": "#d7191c", "acknowledged": "#f28e00", "escalated": "#7b1fa2", "closed": "#7f7f7f"}


def _read_board(reads: queue.SimpleQueue) -> None:
    """The board's reading thread: reads what it is asked (``(read, loaded, status)``; None ends it) and
    hands each result to the board's thread through ``loaded``."""
    while (job := reads.get()) is not None:
        read, loaded, status = job
        try:
            result = (status, read(status))
        except Exception as exc:  # noqa: BLE001 — said in the message bar by the window's thread
            result = (status, exc)
        try:
            loaded.emit(result)  # queued to the board's thread
        except RuntimeError:  # the board was closed meanwhile
            pass
        del job, read, loaded


def status_label(status: str) -> str:
    labels = {
        "new": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "new"),
        "acknowledged": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "acknowledged"),
        "escalated": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "escalated"),
        "closed": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "closed"),
    }
    text = labels.get(str(status))
    return QtCore.QCoreApplication.translate("AlertBoard", text) if text else str(status)


def level_label(level: str) -> str:
    labels = {"warning": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "warning"),
              "danger": QtCore.QT_TRANSLATE_NOOP("AlertBoard", "danger")}
    text = labels.get(str(level))
    return QtCore.QCoreApplication.translate("AlertBoard", text) if text else str(level)


class AlertBoard(QtWidgets.QWidget):
    """The board over ``session.alerts``; :meth:`refresh` reads it again.

    Signals
    -------
    new_alerts(list)
        Ids of alerts seen for the first time with status ``new`` (after the first reading).
    failed(object)
        The store refused a change (the exception).
    issued(object)
        A CAP message was issued (the :class:`~layers.emergency.cap_issue.Issued`).

    Parameters
    ----------
    session
        The store session.
    workbench : Workbench, optional
        Where issuing runs (its task runner, message bar and dialog parent); without it no CAP is issued.
    broker, topic : str, optional
        The MQTT broker (``mqtt://host:port``) and topic an issued message is published to (no broker:
        written and recorded only).
    """

    new_alerts = QtCore.Signal(list)
    failed = QtCore.Signal(object)
    _loaded = QtCore.Signal(object)
    issued = QtCore.Signal(object)
    COLUMNS = 7

    def __init__(self, session, parent=None, workbench=None, broker: str | None = None,
                 topic: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._reading = self._read_again = False
        self._reads: queue.SimpleQueue | None = None  # what the reading thread is asked to read
        self._loaded.connect(self._on_loaded, QtCore.Qt.ConnectionType.QueuedConnection)
        self.workbench, self.broker, self.topic = workbench, broker or None, topic or None
        self.frame = pd.DataFrame()
        self.seen: set[int] | None = None
        self.flashing: set[int] = set()
        self._flashes = 0
        self.filter = QtWidgets.QComboBox()
        self.filter.addItem(self.tr("Open alerts"), ["new", "acknowledged", "escalated"])
        self.filter.addItem(self.tr("All alerts"), None)
        for status in ("new", "acknowledged", "escalated", "closed"):
            self.filter.addItem(status_label(status), [status])
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QtWidgets.QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("alert-board")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Event"), self.tr("Level"),
                                              self.tr("Sensor"), self.tr("Status"), self.tr("Raised at"),
                                              self.tr("Peak")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._enable)
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (needed to escalate or close)"))
        self.buttons = {}
        row = QtWidgets.QHBoxLayout()
        for status, text in (("acknowledged", self.tr("Acknowledge")), ("escalated", self.tr("Escalate")),
                             ("closed", self.tr("Close"))):
            button = QtWidgets.QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.change(s))
            row.addWidget(button)
            self.buttons[status] = button
        self.cap_button = QtWidgets.QPushButton(self.tr("Issue CAP…"))
        self.cap_button.setToolTip(self.tr("Issue a CAP 1.2 alert message for the selected alert"))
        self.cap_button.clicked.connect(lambda _c=False: self.issue_cap())
        row.addWidget(self.cap_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.flash_timer = QtCore.QTimer(self, interval=FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def _read(self, status) -> tuple[pd.DataFrame, pd.DataFrame]:
        frame = self.session.alerts.board(status)
        return frame, frame if status is None else self.session.alerts.board("new")

    def refresh(self) -> None:
        """Read the board again; alerts new since the last reading flash and beep."""
        self._show(*self._read(self.filter.currentData()))

    def refresh_soon(self) -> None:
        """Read the board again on the board's reading thread and show it when read (the store may take a
        few hundred milliseconds on a busy machine: the window does not wait for it). One thread lives as
        long as the board: starting one for each reading made the window wait until the new thread got the
        interpreter, which a busy feed's threads held."""
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        if self._reads is None:
            self._reads = queue.SimpleQueue()
            threading.Thread(target=_read_board, args=(self._reads,), name="alert-board-read",
                             daemon=True).start()
            self.destroyed.connect(lambda _o=None, reads=self._reads: reads.put(None))
        self._reads.put((self._read, self._loaded, self.filter.currentData()))

    def _on_loaded(self, result) -> None:
        self._reading = False
        status, read = result
        if isinstance(read, Exception):
            self.failed.emit(read)
        elif status == self.filter.currentData():
            self._show(*read)
        else:  # the filter changed meanwhile
            self._read_again = True
        if self._read_again:
            self.refresh_soon()

    def _show(self, frame: pd.DataFrame, everything: pd.DataFrame) -> None:
        new_ids = {int(i) for i in everything.index[everything["status"] == "new"]}
        fresh = sorted(new_ids - self.seen) if self.seen is not None else []
        self.seen = (self.seen or set()) | new_ids
        selected = self.selected_id()
        self.frame = frame
        rows = self._rows(frame)
        # only the cells that changed are written (a feed raising alerts reads the board every few seconds)
        resize = self.table.rowCount() != len(rows)
        self.table.setRowCount(len(rows))
        for r, (alert_id, status, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = self.table.item(r, c)
                if item is not None and item.text() == text and item.data(QtCore.Qt.ItemDataRole.UserRole) == alert_id:
                    continue
                resize = True
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, alert_id)
                if c == 4:
                    item.setForeground(QtGui.QColor(STATUS_COLOURS.get(status, "#000000")))
                self.table.setItem(r, c, item)
            if alert_id == selected:
                self.table.selectRow(r)
        if resize:
            self.table.resizeColumnsToContents()
        self._enable()
        if fresh:
            self.flashing = set(fresh)
            self._flashes = 0
            self.flash_timer.start()
            QtWidgets.QApplication.beep()
            self.new_alerts.emit(fresh)

    def _rows(self, frame: pd.DataFrame) -> list[tuple[int, str, tuple[str, ...]]]:
        """(alert id, status, the texts of its cells) of each alert, column by column (not row by row
        through pandas)."""
        if not len(frame):
            return []
        zh = code_lists.chinese()
        raised = frame["raised_at"]
        seconds = epoch_seconds(raised)
        raised_text = [local_text(float(v)) if v == v else "" for v in seconds.tolist()]
        events = [str(z if zh and isinstance(z, str) and z else e)
                  for e, z in zip(frame["event"].tolist(), frame["event_zh"].tolist(), strict=True)]
        peaks = ["" if p is None or p != p else f"{float(p):.6g}" for p in frame["peak"].tolist()]
        statuses = [str(v) for v in frame["status"].tolist()]
        out = []
        for alert_id, event, level, sensor, status, when, peak in zip(
                frame.index.tolist(), events, frame["level"].tolist(), frame["sensor_code"].tolist(), statuses,
                raised_text, peaks, strict=True):
            out.append((int(alert_id), status, (str(alert_id), event, level_label(level), str(sensor),
                                                status_label(status), when, peak)))
        return out

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(QtCore.Qt.ItemDataRole.UserRole)) if items else None

    def select(self, alert_id: int) -> None:
        for r in range(self.table.rowCount()):
            if int(self.table.item(r, 0).data(QtCore.Qt.ItemDataRole.UserRole)) == int(alert_id):
                self.table.selectRow(r)
                return

    # ------------------------------------------------------------------ changing
    def _enable(self) -> None:
        from datasources.store.alerts import TRANSITIONS

        alert_id = self.selected_id()
        status = self.frame.loc[alert_id, "status"] if alert_id in self.frame.index else None
        village = self.frame.loc[alert_id, "village_code"] if alert_id in self.frame.index else None
        may = status is not None and self.session.alerts.may_handle(None if pd.isna(village) else village)
        for target, button in self.buttons.items():
            button.setEnabled(bool(may and target in TRANSITIONS.get(status, ())))
        self.cap_button.setEnabled(bool(status is not None and self.workbench is not None
                                        and self.session.alerts.may_issue(None if pd.isna(village) else village)))

    def change(self, status: str) -> bool:
        """Move the selected alert to ``status`` with the note typed; False when refused."""
        alert_id = self.selected_id()
        if alert_id is None:
            return False
        version = int(self.frame.loc[alert_id, "version"])
        note = self.note.text().strip()
        alerts = self.session.alerts
        try:
            if status == "acknowledged":
                alerts.acknowledge(alert_id, version, note)
            elif status == "escalated":
                alerts.escalate(alert_id, version, note)
            else:
                alerts.close(alert_id, version, note)
        except Exception as exc:  # noqa: BLE001 — the store's refusal is said, never raised
            self.failed.emit(exc)
            self.refresh()
            return False
        self.note.clear()
        self.flashing.discard(alert_id)
        self.refresh()
        return True

    # ------------------------------------------------------------------ CAP
    def issue_cap(self, path: str | Path | None = None):
        """Issue a CAP message for the selected alert into ``path`` (None: asked with a save dialog), in a
        task; returns the task, or None when nothing was started."""
        from layers.emergency.cap_issue import issue_alert

        alert_id = self.selected_id()
        if alert_id is None or self.workbench is None:
            return None
        if path is None:
            name, _ = QtWidgets.QFileDialog.getSaveFileName(
                self.workbench.dialog_parent, self.tr("Issue CAP alert"),
                save_path(f"alert-{alert_id}.cap.xml"), self.tr("CAP messages (*.xml)"))
            if not name:
                return None
            remember_folder(name)
            path = name
        return self.workbench.run_task(
            issue_alert, self.session, alert_id, Path(path), broker=self.broker, topic=self.topic, feedback=None,
            name=self.tr("Issuing CAP for alert {n}").format(n=alert_id), key=("alert-board", "cap", alert_id),
            done=self._cap_issued, failed=lambda exc: self._cap_failed(alert_id, exc))

    def _cap_issued(self, issued) -> None:
        if issued.topic:
            text = self.tr("CAP message {identifier} issued: {file}, published to {topic}").format(
                identifier=issued.identifier, file=issued.path.name, topic=issued.topic)
        else:
            text = self.tr("CAP message {identifier} issued: {file}").format(
                identifier=issued.identifier, file=issued.path.name)
        self.workbench.push(MessageLevel.SUCCESS, text, str(issued.path))
        self.refresh()
        self.issued.emit(issued)

    def _cap_failed(self, alert_id: int, exc: BaseException) -> None:
        from layers.emergency.cap_issue import CapRefused

        if isinstance(exc, CapRefused):  # the schema's and the time rules' reasons, in the user's language
            from widgets.error_text import notes_text

            self.workbench.push(MessageLevel.WARNING, self.tr("The CAP message for alert {n} was not issued: "
                                                              "it does not validate (the reasons are under "
                                                              "Details)").format(n=alert_id),
                                notes_text(exc.reasons))
        else:  # refused by the store (the role), or written but not published
            self.workbench.push_exception(exc, self.tr("Issuing CAP for alert {n}").format(n=alert_id))
        self.refresh()

    def _flash(self) -> None:
        self._flashes += 1
        on = self._flashes % 2 == 1 and self._flashes < FLASH_TIMES
        for r in range(self.table.rowCount()):
            alert_id = int(self.table.item(r, 0).data(QtCore.Qt.ItemDataRole.UserRole))
            if alert_id in self.flashing:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setBackground(QtGui.QColor(FLASH_COLOUR) if on else QtGui.QBrush())
        if self._flashes >= FLASH_TIMES:
            self.flash_timer.stop()
