"""The sensors and the feed's health: a list of the sensors (checked ones are charted) with their latest
class, a table of each source (up or down and since when, messages per second, last message, errors,
reconnects), and a status-bar note that says when the feed is down and since when."""

from __future__ import annotations

from datetime import datetime

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from widgets.emergency.names import kind_label, source_label
from widgets.symbols import label_font
from widgets.time_axis import epoch_seconds, local_text

DOWN_COLOUR = "#c0392b"
UP_COLOUR = "#1e8449"


def _when(moment) -> str:
    if moment is None:
        return "—"
    if isinstance(moment, datetime) and moment.tzinfo is not None:  # the feed's health: aware Python times
        return local_text(moment.timestamp())
    return local_text(float(epoch_seconds([moment])[0]))


def _seconds(times) -> np.ndarray:
    """Epoch seconds of ``times`` (NaN where none): seconds and numpy's times directly, others through
    pandas."""
    array = np.asarray(times)
    if array.dtype.kind == "f":  # seconds already
        return array
    if array.dtype.kind == "M":
        with np.errstate(invalid="ignore"):
            seconds = array.astype("datetime64[ns]").astype(np.int64) / 1e9
        return np.where(np.isnat(array), np.nan, seconds)
    return epoch_seconds(list(times))


class FeedPanel(QtWidgets.QWidget):
    """Sensors (check to chart) above the health of each source of the feed.

    Signals
    -------
    chosen_changed(list)
        The sensor codes checked.
    """

    chosen_changed = QtCore.Signal(list)
    HEALTH_COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sensors = QtWidgets.QTreeWidget()
        self.sensors.setObjectName("emergency-sensors")
        self.sensors.setHeaderLabels([self.tr("Sensor"), self.tr("Kind"), self.tr("Last reading")])
        self.sensors.setRootIsDecorated(False)
        self.sensors.itemChanged.connect(self._checked)
        self.health = QtWidgets.QTableWidget(0, self.HEALTH_COLUMNS)
        self.health.setObjectName("feed-health")
        self.health.setHorizontalHeaderLabels([
            self.tr("Source"), self.tr("State"), self.tr("Messages/s"), self.tr("Last message"),
            self.tr("Errors"), self.tr("Reconnects")])
        self.health.verticalHeader().setVisible(False)
        self.health.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.health.horizontalHeader().setStretchLastSection(True)
        self.health.setMaximumHeight(120)
        title = QtWidgets.QLabel(self.tr("Feed health"))
        title.setFont(label_font(9, bold=True))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.sensors, 1)
        layout.addWidget(title)
        layout.addWidget(self.health)
        self._rows: dict[str, int] = {}
        self._items: dict[str, QtWidgets.QTreeWidgetItem] = {}
        self._texts: dict[float, str] = {}  # epoch second -> local time text
        self._chosen: list[str] = []

    # ------------------------------------------------------------------ sensors
    def set_sensors(self, codes, names, kinds, chosen=()) -> None:
        """List the sensors; ``chosen`` are checked (charted)."""
        with QtCore.QSignalBlocker(self.sensors):
            self.sensors.clear()
            self._items = {}
            for code, name, kind in zip(codes, names, kinds, strict=True):
                item = QtWidgets.QTreeWidgetItem([f"{code} {name}", kind_label(str(kind)), "—"])
                item.setData(0, QtCore.Qt.ItemDataRole.UserRole, str(code))
                item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, QtCore.Qt.CheckState.Checked if code in chosen
                                   else QtCore.Qt.CheckState.Unchecked)
                self.sensors.addTopLevelItem(item)
                self._items[str(code)] = item
        self._chosen = self.chosen()
        self.sensors.resizeColumnToContents(0)

    def chosen(self) -> list[str]:
        return [code for code, item in self._items.items()
                if item.checkState(0) == QtCore.Qt.CheckState.Checked]

    def set_chosen(self, codes) -> None:
        codes = {str(c) for c in codes}
        with QtCore.QSignalBlocker(self.sensors):
            for code, item in self._items.items():
                item.setCheckState(0, QtCore.Qt.CheckState.Checked if code in codes
                                   else QtCore.Qt.CheckState.Unchecked)
        self._chosen = self.chosen()
        self.chosen_changed.emit(self._chosen)

    def show_symbols(self, codes, colours, stale, last) -> None:
        """Each sensor's class colour, its stale mark and the time of its last reading."""
        with QtCore.QSignalBlocker(self.sensors):  # not a change of the sensors chosen
            self._show_symbols(codes, colours, stale, last)

    def _show_symbols(self, codes, colours, stale, last) -> None:
        seconds = _seconds(last)  # all at once: NaN where a sensor has no reading
        silent_mark = " " + self.tr("(silent)")
        for code, colour, silent, second in zip(codes, colours, stale, seconds.tolist(), strict=True):
            item = self._items.get(str(code))
            if item is None:
                continue
            if item.data(1, QtCore.Qt.ItemDataRole.UserRole) != colour:
                pix = QtGui.QPixmap(12, 12)
                pix.fill(QtGui.QColor(colour))
                item.setIcon(0, QtGui.QIcon(pix))
                item.setData(1, QtCore.Qt.ItemDataRole.UserRole, colour)
            text = "—" if second != second else self._local(second)
            text += silent_mark if silent and text != "—" else ""
            if item.text(2) != text:
                item.setText(2, text)

    def _local(self, second: float) -> str:
        cached = self._texts.get(second)
        if cached is None:
            if len(self._texts) > 4096:
                self._texts.clear()
            cached = self._texts[second] = local_text(second)
        return cached

    def _checked(self, *_args) -> None:
        chosen = self.chosen()
        if chosen != self._chosen:
            self._chosen = chosen
            self.chosen_changed.emit(chosen)

    # ------------------------------------------------------------------ health
    def clear_health(self) -> None:
        """Forget the sources shown (the feed starts again on another source)."""
        self._rows.clear()
        self.health.setRowCount(0)

    def show_health(self, health) -> None:
        """One source's :class:`~datasources.feeds.FeedHealth`: its row is added or brought up to date."""
        row = self._rows.get(health.source)
        if row is None:
            row = self._rows[health.source] = self.health.rowCount()
            self.health.insertRow(row)
        state = self.tr("up") if health.up else self.tr("down")
        if health.since is not None:
            state += " " + self.tr("since {time}").format(time=_when(health.since))
        cells = (source_label(health.kind, health.source), state, f"{health.rate:.1f}", _when(health.last_message),
                 str(health.error_count), str(health.reconnects))
        tip = ", ".join(f"{k}: {v}" for k, v in health.reasons.items()) if health.reasons else ""
        for column, text in enumerate(cells):
            item = self.health.item(row, column)
            if item is None:
                item = QtWidgets.QTableWidgetItem(text)
                self.health.setItem(row, column, item)
            elif item.text() != text:  # a source's row is written every second: only what changed
                item.setText(text)
            if column == 1:
                item.setForeground(QtGui.QColor(UP_COLOUR if health.up else DOWN_COLOUR))
            if column == 4 and item.toolTip() != tip:
                item.setToolTip(tip)


class FeedStatus(QtWidgets.QLabel):
    """The status bar's word on the feed: its rate while up, "Feed down since …" while any source is."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("feed-status")
        # the status bar gives it the room left: it never widens the window (the full text is its tooltip)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.down_since = None
        self.setText(self.tr("Feed: starting"))

    def show_health(self, healths) -> None:
        down = [h for h in healths if not h.up]
        if down:
            since = min((h.since for h in down if h.since is not None), default=None)
            self.down_since = since
            self.setText(self.tr("Feed down since {time}").format(time=_when(since)))
            self.setToolTip(self.text())
            self.setStyleSheet(f"color: {DOWN_COLOUR}; font-weight: bold")
        else:
            self.down_since = None
            rate = sum(h.rate for h in healths)
            self.setText(self.tr("Feed up: {rate} messages/s").format(rate=f"{rate:.1f}"))
            self.setToolTip(self.text())
            self.setStyleSheet(f"color: {UP_COLOUR}")
