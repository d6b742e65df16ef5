"""Times on the charts and sliders of every desk: the township's local time (Beijing time, UTC+8), ticks
on whole local hours or days, as many as fit without touching."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtGui

#: seconds east of UTC of the township's local time (Asia/Shanghai has no daylight saving)
UTC_OFFSET_S = 8 * 3600
TICK_STEPS = (600, 900, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400)
TICK_GAP_PX = 14


def epoch_seconds(times) -> np.ndarray:
    """Seconds since 1970 (UTC) of aware or naive-UTC times."""
    times = pd.to_datetime(pd.Series(times), utc=True)
    return (times - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy(dtype=float)


def local_text(seconds: float, with_day: bool = True) -> str:
    """``MM-DD HH:MM`` (or ``HH:MM``) of an epoch second in the township's time."""
    local = pd.Timestamp(seconds + UTC_OFFSET_S, unit="s")
    return local.strftime("%m-%d %H:%M" if with_day else "%H:%M")


class LocalTimeAxis(pg.AxisItem):
    """A bottom axis in the township's local time: ``HH:MM`` within a day, ``MM-DD`` at midnight."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.enableAutoSIPrefix(False)

    def _label_px(self) -> float:
        font = self.style.get("tickFont") or self.font()
        return QtGui.QFontMetricsF(font).horizontalAdvance("00-00") + TICK_GAP_PX

    def tick_step(self, span_s: float, width_px: float) -> float:
        fit = max(2, int(width_px // self._label_px()))
        return next((step for step in TICK_STEPS if span_s / step < fit), TICK_STEPS[-1])

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph hook)
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        step = self.tick_step(maxVal - minVal, size)
        first = np.ceil((minVal + UTC_OFFSET_S) / step) * step - UTC_OFFSET_S
        return [(step, np.arange(first, maxVal + 1e-6, step).tolist())]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph hook)
        labels = []
        for value in values:
            local = pd.Timestamp(value + UTC_OFFSET_S, unit="s")
            midnight = local.hour == 0 and local.minute == 0
            labels.append(local.strftime("%m-%d" if midnight or spacing >= 86400 else "%H:%M"))
        return labels
