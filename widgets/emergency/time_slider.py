"""The map's time slider (QGIS's temporal controller, in small): drag to a moment or play through the
readings; "Live" goes back to the latest values. The moment is said as epoch seconds (UTC) in
``time_changed`` (None for live); the map's sensor symbols, the surface and the chart's cursor follow it.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from widgets.time_axis import local_text
from widgets.township_time import zone_short

STEP_S = 3600  # one step of the slider: an hour of readings
PLAY_MS = 400  # one step per this many milliseconds while playing


class TimeSlider(QtWidgets.QWidget):
    """A slider over a span of time in whole hours, with play and live buttons.

    Signals
    -------
    time_changed(object)
        The moment chosen (epoch seconds, float) or None for live.
    """

    time_changed = QtCore.Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.start_s: float | None = None
        self._live = True
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName("time-slider")
        self.slider.setEnabled(False)
        self.slider.setPageStep(24)
        self.slider.valueChanged.connect(self._moved)
        self.play_button = QtWidgets.QToolButton()
        self.play_button.setCheckable(True)
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Step through the readings an hour at a time"))
        self.play_button.toggled.connect(self._play)
        self.live_button = QtWidgets.QToolButton()
        self.live_button.setCheckable(True)
        self.live_button.setChecked(True)
        self.live_button.setText(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Show the latest values"))
        self.live_button.clicked.connect(lambda: self.go_live())
        self.label = QtWidgets.QLabel()
        self.label.setMinimumWidth(150)
        self.timer = QtCore.QTimer(self, interval=PLAY_MS)
        self.timer.timeout.connect(self._step)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        self._say()

    # ------------------------------------------------------------------ public
    @property
    def live(self) -> bool:
        return self._live

    def set_span(self, start_s: float, end_s: float) -> None:
        """The readings held run from ``start_s`` to ``end_s`` (epoch seconds): the slider covers them in
        whole hours; while live its knob stays at the end."""
        first = float(start_s) // STEP_S * STEP_S
        steps = max(0, int((float(end_s) - first) // STEP_S))
        if first == self.start_s and steps == self.slider.maximum() and self.slider.isEnabled():
            return  # the same whole hours: nothing to change
        self.start_s = first
        with QtCore.QSignalBlocker(self.slider):
            self.slider.setRange(0, steps)
            if self._live:
                self.slider.setValue(steps)
        self.slider.setEnabled(True)
        self._say()

    def seconds(self) -> float | None:
        """The moment shown (epoch seconds), None for live."""
        if self._live or self.start_s is None:
            return None
        return self.start_s + self.slider.value() * STEP_S

    def set_time(self, seconds: float | None) -> None:
        """Go to ``seconds`` (the nearest hour within the span), or live with None."""
        if seconds is None or self.start_s is None:
            self.go_live()
            return
        step = int(round((float(seconds) - self.start_s) / STEP_S))
        self._live = False
        self.live_button.setChecked(False)
        if step == self.slider.value():
            self._say()
            self.time_changed.emit(self.seconds())
        else:
            self.slider.setValue(max(0, min(step, self.slider.maximum())))

    def go_live(self) -> None:
        """Back to the latest values."""
        self.play_button.setChecked(False)
        was_live = self._live
        self._live = True
        self.live_button.setChecked(True)
        with QtCore.QSignalBlocker(self.slider):
            self.slider.setValue(self.slider.maximum())
        self._say()
        if not was_live:
            self.time_changed.emit(None)

    # ------------------------------------------------------------------ inside
    def _moved(self, _value: int) -> None:
        self._live = False
        self.live_button.setChecked(False)
        self._say()
        self.time_changed.emit(self.seconds())

    def _play(self, checked: bool) -> None:
        if checked:
            if self._live or self.slider.value() >= self.slider.maximum():
                self._live = False
                self.live_button.setChecked(False)
                if self.slider.value() == 0:
                    self._moved(0)
                else:
                    self.slider.setValue(0)  # from the first hour, said as any move is
            self.play_button.setText(self.tr("Pause"))
            self.timer.start()
        else:
            self.play_button.setText(self.tr("Play"))
            self.timer.stop()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
            return
        self.slider.setValue(self.slider.value() + 1)

    def _say(self) -> None:
        seconds = self.seconds()
        text = self.tr("Live") if seconds is None else f"{local_text(seconds)} {zone_short()}"
        if text != self.label.text():
            self.label.setText(text)
