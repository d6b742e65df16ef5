"""Trend charts of the dashboard: monthly values on a pyqtgraph plot whose axis is the township's local time
(:class:`widgets.time_axis.LocalTimeAxis`), ticked at the first of each month when the range is long."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtWidgets

from widgets.time_axis import UTC_OFFSET_S, LocalTimeAxis

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e")


def month_seconds(months) -> np.ndarray:
    """Epoch seconds of local midnight on the first of each ``YYYY-MM``."""
    starts = pd.to_datetime([f"{m}-01" for m in months])
    return ((starts - pd.Timestamp(0)).total_seconds() - UTC_OFFSET_S).to_numpy(dtype=float)


class MonthAxis(LocalTimeAxis):
    """The local-time axis, with a tick at each local month's start (``YYYY-MM``) once the view spans more
    than a month; shorter spans keep the days and hours of the local-time axis."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph hook)
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal - minVal < 40 * 86400:
            return super().tickValues(minVal, maxVal, size)
        first = pd.Timestamp(minVal + UTC_OFFSET_S, unit="s").to_period("M")
        last = pd.Timestamp(maxVal + UTC_OFFSET_S, unit="s").to_period("M")
        months = [str(p) for p in pd.period_range(first, last, freq="M")]
        ticks = [t for t in month_seconds(months) if minVal <= t <= maxVal]
        fit = max(2, int(size // (self._label_px() * 1.6)))
        step = max(1, int(np.ceil(len(ticks) / fit)))
        return [(30 * 86400.0, ticks[::step])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph hook)
        if spacing < 28 * 86400:
            return super().tickStrings(values, scale, spacing)
        return [pd.Timestamp(v + UTC_OFFSET_S, unit="s").strftime("%Y-%m") for v in values]


class TrendChart(QtWidgets.QWidget):
    """A title and a plot of a few monthly series (township and a village, or two metrics)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.axis = MonthAxis()
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis}, background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMinimumHeight(150)
        self.legend = self.plot.addLegend(offset=(8, 4))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_series(self, title: str, months: list[str], series: dict[str, np.ndarray]) -> None:
        self.plot.clear()
        self.legend.clear()
        self.plot.setTitle(title, size="9pt")
        x = month_seconds(months)
        for (name, values), colour in zip(series.items(), COLOURS, strict=False):
            values = np.asarray(values, dtype=float)
            self.plot.plot(x, values, name=name, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                           symbolBrush=colour, connect="finite")
        if len(x):
            self.plot.setXRange(x[0] - 5 * 86400, x[-1] + 5 * 86400, padding=0)
        self.plot.enableAutoRange(axis="y")

    def series_count(self) -> int:
        return len(self.plot.listDataItems())


__all__ = ["MonthAxis", "TrendChart", "month_seconds"]
