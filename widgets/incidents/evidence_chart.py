"""The evidence chart of a report: what the sensors near it read around the time it was made.

One small plot per parameter, stacked on one time axis (the township's local time), one line per sensor in
the same colour in every plot, a dashed vertical line at the report time, and the GB 3838-2002 class III
limit (with the side that breaks it shaded) where one applies. The data come from
:mod:`layers.incidents.evidence`; this widget only draws them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from layers.incidents.evidence import (
    DEFAULT_RADIUS_M,
    PARAMETER_NAMES,
    STANDARD_LIMITS,
    parameter_units,
)
from widgets.symbols import label_font
from widgets.time_axis import LocalTimeAxis

SENSOR_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
                  "#17becf", "#7f7f7f", "#bcbd22")
LIMIT_COLOUR = "#c0392b"
REPORT_COLOUR = "#333333"
PLOT_HEIGHT_PX = 130




def epoch_seconds(times: pd.Series) -> np.ndarray:
    """Seconds since 1970 (UTC) of aware or naive-UTC times, whatever their resolution."""
    times = pd.to_datetime(times)
    if times.dt.tz is None:
        times = times.dt.tz_localize("UTC")
    epoch = pd.Timestamp(0, tz="UTC")
    return (times - epoch).dt.total_seconds().to_numpy(dtype=float)


class EvidenceChart(QtWidgets.QWidget):
    """Readings of the sensors near a report, one plot per parameter.

    After :meth:`show_evidence`, ``plots`` maps each parameter to its ``PlotItem`` (top to bottom) and
    ``curves`` maps parameter -> sensor code -> ``PlotDataItem``; ``message`` says what is shown or why
    nothing is.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, dict[str, pg.PlotDataItem]] = {}
        self.limit_items: dict[str, tuple] = {}
        self.report_lines: list[pg.InfiniteLine] = []
        self.legend: pg.LegendItem | None = None
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(label_font(10))
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.graphics)
        self.scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.clear()

    # -- public -----------------------------------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        """Remove every plot and show ``text`` (or nothing)."""
        self.graphics.clear()
        self.plots, self.curves, self.limit_items, self.report_lines = {}, {}, {}, []
        self.legend = None
        self.legend_codes: list[str] = []
        self.message.setText(text)
        self.scroll.setVisible(False)

    def show_evidence(self, readings: pd.DataFrame, report_time, sensors: pd.DataFrame,
                      radius_m: float = DEFAULT_RADIUS_M, hours_before: float = 24,
                      hours_after: float = 24) -> None:
        """Draw ``readings`` (from :func:`layers.incidents.evidence.reading_window`) of ``sensors`` (from
        :func:`layers.incidents.evidence.sensors_near`) around ``report_time``.

        Parameters
        ----------
        readings : DataFrame
            ``sensor_code``, ``time``, ``parameter``, ``value``.
        report_time : datetime
            UTC aware (naive means UTC).
        sensors : DataFrame
            ``sensor_code``, ``name_zh`` and, when known, ``distance_m`` and ``units``; their order is the
            legend's order.
        radius_m, hours_before, hours_after : float
            The radius the sensors were searched in and the window of the readings (for the message).
        """
        radius = f"{radius_m:,.0f}"
        if sensors is None or len(sensors) == 0:
            self.clear(self.tr("No sensors within {radius} m of the report.").format(radius=radius))
            return
        codes = [str(c) for c in sensors["sensor_code"]]
        data = readings[readings["sensor_code"].astype(str).isin(codes)].dropna(subset=["value"])
        if data.empty:
            self.clear(self.tr("{count} sensors within {radius} m, but none has readings within the "
                               "hours around the report.").format(count=len(codes), radius=radius))
            return
        self.clear()
        report = pd.Timestamp(report_time)
        report = report.tz_localize("UTC") if report.tzinfo is None else report.tz_convert("UTC")
        report_x = report.timestamp()
        colours = {code: SENSOR_COLOURS[i % len(SENSOR_COLOURS)] for i, code in enumerate(codes)}
        names = self._sensor_names(sensors)
        units = parameter_units(sensors)
        columns = 2 if self.width() >= 560 else 1  # a narrow dock: one sensor a line, names not cut off
        self.legend = pg.LegendItem(colCount=columns, labelTextSize="9pt", labelTextColor="#222")
        self.graphics.addItem(self.legend, row=0, col=0)
        parameters = self._parameter_order(data, sensors)
        first = None
        for row, parameter in enumerate(parameters, start=1):
            plot = self._new_plot(parameter, units.get(parameter, ""), row, last=row == len(parameters))
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            self.plots[parameter] = plot
            self.curves[parameter] = {}
            values = data[data["parameter"] == parameter]
            for code in codes:
                own = values[values["sensor_code"].astype(str) == code].sort_values("time")
                if own.empty:
                    continue
                pen = pg.mkPen(colours[code], width=2)
                curve = plot.plot(epoch_seconds(own["time"]), own["value"].to_numpy(float), pen=pen,
                                  name=names[code])
                self.curves[parameter][code] = curve
            self._add_report_line(plot, report_x, labelled=row == 1)
            self._add_limit(plot, parameter, values["value"].to_numpy(float))
        self._show_window(report_x - hours_before * 3600, report_x + hours_after * 3600)
        for code in codes:  # nearest first, whichever plot the sensor first appears in
            curve = next((c[code] for c in self.curves.values() if code in c), None)
            if curve is not None:
                self.legend.addItem(curve, names[code])
                self.legend_codes.append(code)
        for _, label in self.legend.items:
            label.item.setFont(label_font(9))
        self.graphics.setMinimumHeight(PLOT_HEIGHT_PX * len(parameters) + 60)
        shown = ", ".join(names[c] for c in codes)
        self.message.setText(self.tr("Readings {before} h before to {after} h after the report (dashed "
                                     "line), local time. Sensors within {radius} m: {sensors}.").format(
            before=f"{hours_before:g}", after=f"{hours_after:g}", radius=radius, sensors=shown))
        self.scroll.setVisible(True)

    def parameter_title(self, parameter: str) -> str:
        """What a parameter's plot is called (translated), with its code."""
        titles = {"DO": self.tr("Dissolved oxygen"), "CODMn": self.tr("Permanganate index"),
                  "NH3-N": self.tr("Ammonia nitrogen"), "TP": self.tr("Total phosphorus"),
                  "turbidity": self.tr("Turbidity"), "PM2.5": self.tr("Fine particles"),
                  "PM10": self.tr("Inhalable particles"), "NO2": self.tr("Nitrogen dioxide"),
                  "O3": self.tr("Ozone"), "SO2": self.tr("Sulphur dioxide"),
                  "CO": self.tr("Carbon monoxide"), "rain": self.tr("Rainfall"),
                  "level": self.tr("Water level")}
        name = titles.get(parameter)
        if name is None:
            return parameter
        chemical = any(ch.isupper() or ch.isdigit() for ch in parameter)  # DO, NH3-N, PM2.5, not "rain"
        return f"{name} ({parameter})" if chemical else name

    # -- building -------------------------------------------------------------------------------------
    @staticmethod
    def _sensor_names(sensors: pd.DataFrame) -> dict[str, str]:
        names = {}
        for _, sensor in sensors.iterrows():
            code = str(sensor["sensor_code"])
            name = sensor.get("name_zh")
            name = name if isinstance(name, str) and name else code
            distance = sensor.get("distance_m")
            names[code] = f"{name} {code}" + (f" · {distance:,.0f} m" if pd.notna(distance) else "")
        return names

    @staticmethod
    def _parameter_order(data: pd.DataFrame, sensors: pd.DataFrame) -> list[str]:
        present = list(dict.fromkeys(data["parameter"].astype(str)))
        known = [p for p in PARAMETER_NAMES if p in present]
        return known + sorted(p for p in present if p not in PARAMETER_NAMES)

    def _new_plot(self, parameter: str, unit: str, row: int, last: bool) -> pg.PlotItem:
        axis = LocalTimeAxis()
        plot = self.graphics.addPlot(row=row, col=0, axisItems={"bottom": axis})
        plot.setMinimumHeight(PLOT_HEIGHT_PX - 10)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMouseEnabled(x=True, y=False)
        title = self.parameter_title(parameter) + (f" · {unit}" if unit else "")
        plot.setTitle(title, size="9pt", color="#222")
        plot.titleLabel.item.setFont(label_font(9, bold=True))
        font = label_font(8)
        for name in ("left", "bottom"):
            plot.getAxis(name).setTickFont(font)
            plot.getAxis(name).setTextPen("#333")
            plot.getAxis(name).setPen("#888")
        plot.getAxis("left").setWidth(48)
        if not last:
            plot.getAxis("bottom").setStyle(showValues=False)
        return plot

    def _show_window(self, start: float, end: float) -> None:
        """Show exactly the stated window on the time axis (not the readings' own span, which may be a
        few hours or, without this, grow to weeks): zooming in stays possible, panning stays inside."""
        self.window = (start, end)
        for plot in self.plots.values():
            plot.setXLink(None)  # linked views map their ranges through screen positions: set each one
            plot.setLimits(xMin=start, xMax=end)
            plot.setXRange(start, end, padding=0)
            plot.disableAutoRange(axis=pg.ViewBox.XAxis)
        first = next(iter(self.plots.values()), None)
        for plot in list(self.plots.values())[1:]:
            plot.setXLink(first)

    def _add_report_line(self, plot: pg.PlotItem, x: float, labelled: bool) -> None:
        pen = pg.mkPen(REPORT_COLOUR, width=1.5, style=QtCore.Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(pos=x, angle=90, pen=pen, movable=False)
        if labelled:
            local = pd.Timestamp(x, unit="s", tz="UTC").tz_convert("Asia/Shanghai")
            line.label = pg.InfLineLabel(line, text=self.tr("Report {time}").format(
                time=local.strftime("%m-%d %H:%M")), position=0.9, anchor=(0, 0.5), color=REPORT_COLOUR)
            line.label.setFont(label_font(8))  # TextItem.setFont re-anchors the label
        plot.addItem(line, ignoreBounds=True)
        self.report_lines.append(line)

    def _add_limit(self, plot: pg.PlotItem, parameter: str, values: np.ndarray) -> None:
        limit = STANDARD_LIMITS.get(parameter)
        finite = values[np.isfinite(values)]
        if limit is None or finite.size == 0:
            return
        low, high = min(finite.min(), limit.value), max(finite.max(), limit.value)
        pad = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
        plot.setYRange(low - pad, high + pad, padding=0)
        # the shaded side ends a little beyond the view (huge rectangles overflow Qt's raster engine)
        far = 10 * (high - low + pad)
        span = (limit.value, high + far) if limit.bound == "max" else (low - far, limit.value)
        shade = QtGui.QColor(LIMIT_COLOUR)
        shade.setAlpha(28)
        band = pg.LinearRegionItem(values=span, orientation="horizontal", movable=False,
                                   brush=pg.mkBrush(shade), pen=pg.mkPen(None))
        band.setZValue(-20)
        plot.addItem(band, ignoreBounds=True)
        sign = "≤" if limit.bound == "max" else "≥"
        if limit.applies_to in ("1 h", "24 h"):
            text = self.tr("{standard} IAQI {level}: {sign} {value}")  # the unit is in the title
        elif limit.applies_to == "rivers":
            text = self.tr("{standard} class {level}, rivers: {sign} {value} {unit}")
        else:
            text = self.tr("{standard} class {level}: {sign} {value} {unit}")
        text = text.format(standard=limit.standard, level=limit.level, sign=sign,
                           value=f"{limit.value:g}", unit=limit.unit)
        pen = pg.mkPen(LIMIT_COLOUR, width=1, style=QtCore.Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(pos=limit.value, angle=0, movable=False, pen=pen)
        # at the left, growing right (a right-anchored label is cut off in a narrow dock), on the side
        # of the line that keeps the standard
        anchor = (0, 0) if limit.bound == "max" else (0, 1)
        line.label = pg.InfLineLabel(line, text=text, position=0.02, anchors=[anchor, anchor],
                                     color=LIMIT_COLOUR)
        line.label.setFont(label_font(8))  # TextItem.setFont re-anchors the label
        plot.addItem(line, ignoreBounds=True)
        self.limit_items[parameter] = (band, line)


__all__ = ["EvidenceChart", "LocalTimeAxis", "epoch_seconds"]
