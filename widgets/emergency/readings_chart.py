"""The readings chart of the emergency desk: the chosen sensors' readings, one plot per parameter stacked on
one zoomable local-time axis, one colour per sensor in every plot; behind the lines the index bands (AQI
levels of HJ 633-2026, GB 3838-2002 water classes, rain intensity) and the river's warning and danger
levels; and a time cursor shared with the map's time slider (drag it, or move the slider).

The data come from a :class:`~layers.emergency.sensor_layer.SensorLayer`; a new batch of readings only
updates the lines whose stream has new readings (:meth:`ReadingsChart.refresh`), each from its stream's
arrays (no table of the whole history is read).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from layers.emergency.air_quality import CHINA_LEVELS, CHINA_TABLES
from layers.emergency.sensor_layer import (
    AIR_KEYS,
    RAIN_BREAKS,
    RAIN_COLOURS,
    WATER_CLASS_COLOURS,
    WATER_KEYS,
    sensor_codes,
)
from layers.emergency.water_quality import AT_LEAST, AT_MOST
from widgets.emergency.names import parameter_label
from widgets.symbols import label_font
from widgets.time_axis import LocalTimeAxis, epoch_seconds, local_text

SENSOR_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
                  "#17becf", "#7f7f7f", "#bcbd22")
WARNING_COLOUR, DANGER_COLOUR = "#f28e00", "#d7191c"
CURSOR_COLOUR = "#333333"
BAND_ALPHA = 45
PLOT_MIN_PX = 60  # a plot's least height: the dock (and the window) stay small on a laptop
_HOUR_TABLE = {"pm25": "pm25_24h", "pm10": "pm10_24h", "so2": "so2_1h", "no2": "no2_1h", "co": "co_1h",
               "o3_1h": "o3_1h"}


def index_bands(parameter: str) -> list[tuple[float, float, str]]:
    """The bands drawn behind a parameter: ``(low, high, colour)`` of each AQI level (hourly tables of
    HJ 633-2026), water class (river) or rain class; empty for a parameter without a scale."""
    if parameter in AIR_KEYS:
        edges = CHINA_TABLES["hj633-2026"][_HOUR_TABLE[AIR_KEYS[parameter]]]
        uppers = [1, 2, 3, 4, 5, len(edges) - 1]  # steps 50, 100, 150, 200, 300, 500
        out, lo = [], 0
        for level, hi in zip(CHINA_LEVELS, uppers, strict=False):
            if hi >= len(edges) or hi <= lo:
                break
            out.append((float(edges[lo]), float(edges[hi]), level.colour))
            lo = hi
        return out
    key = WATER_KEYS.get(parameter)
    if key == "do":
        limits = AT_LEAST["do"]  # at least 7.5 (I), 6 (II), 5 (III), 3 (IV), 2 (V)
        highs = [20.0, *limits]
        return [(float(limits[i]), float(highs[i]), WATER_CLASS_COLOURS[i + 1]) for i in range(5)] + \
            [(0.0, float(limits[-1]), WATER_CLASS_COLOURS[6])]
    if key is not None:
        limits = AT_MOST.get("tp_river" if key == "tp" else key)
        if limits is None:
            return []
        edges = [0.0, *[float(v) for v in limits]]
        out = [(edges[i], edges[i + 1], WATER_CLASS_COLOURS[i + 1]) for i in range(5) if edges[i + 1] > edges[i]]
        return out + [(edges[-1], edges[-1] * 2.0, WATER_CLASS_COLOURS[6])]
    if parameter == "rain":
        edges = [*RAIN_BREAKS, RAIN_BREAKS[-1] * 4]
        return [(edges[i], edges[i + 1], RAIN_COLOURS[i + 1]) for i in range(1, len(edges) - 1)]
    return []


class ReadingsChart(QtWidgets.QWidget):
    """Readings of several sensors and parameters, stacked plots on one local-time axis.

    After :meth:`show_sensors`, ``plots`` maps each parameter to its ``PlotItem`` (top to bottom),
    ``curves`` maps parameter -> sensor code -> ``PlotDataItem``, ``bands`` parameter -> its band items,
    ``thresholds`` parameter -> the level lines and ``cursors`` parameter -> the time cursor.

    Signals
    -------
    cursor_moved(float)
        The user dragged the time cursor (epoch seconds, UTC).
    """

    cursor_moved = QtCore.Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layer = None
        self.codes: list[str] = []
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, dict[str, pg.PlotDataItem]] = {}
        self.bands: dict[str, list] = {}
        self.thresholds: dict[str, list] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._drawn: dict[tuple[str, str], int] = {}  # (sensor, parameter) -> readings its line shows
        self._cursor_s: float | None = None
        self._moving = False
        self.message = QtWidgets.QLabel()
        self.message.setFont(label_font(10))
        self.message.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.graphics, 1)
        self.message.setText(self.tr("Choose sensors in the list to chart their readings."))

    # ------------------------------------------------------------------ public
    def show_sensors(self, layer, codes) -> None:
        """Chart every parameter of the sensors ``codes`` of ``layer``."""
        self.layer, self.codes = layer, [str(c) for c in codes]
        self.graphics.clear()
        self.plots, self.curves, self.bands, self.thresholds, self.cursors = {}, {}, {}, {}, {}
        self._drawn = {}
        if layer is None or not self.codes:
            self.message.setText(self.tr("Choose sensors in the list to chart their readings."))
            return
        parameters = layer.parameters_of(self.codes)
        if not parameters:
            self.message.setText(self.tr("No readings yet from the sensors chosen."))
            return
        self.message.setText(self.tr("{n} sensor(s), {p} parameter(s); drag the dashed line to move in time, "
                                     "wheel to zoom").format(n=len(self.codes), p=len(parameters)))
        first = None
        for row, parameter in enumerate(parameters):
            plot = self.graphics.addPlot(row=row, col=0, axisItems={"bottom": LocalTimeAxis()})
            plot.setLabel("left", parameter_label(parameter))
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMouseEnabled(x=True, y=False)
            plot.setMinimumHeight(PLOT_MIN_PX)
            if first is None:
                first = plot
                plot.addLegend(offset=(-10, 10), labelTextSize="8pt")
            else:
                plot.setXLink(first)
            self.plots[parameter] = plot
            self._draw_bands(parameter, plot)
            self.curves[parameter] = {}
            for i, code in enumerate(self.codes):
                pen = pg.mkPen(SENSOR_COLOURS[i % len(SENSOR_COLOURS)], width=1.6)
                curve = plot.plot([], [], pen=pen, name=code if plot is first else None)
                self.curves[parameter][code] = curve
            cursor = pg.InfiniteLine(angle=90, movable=True,
                                     pen=pg.mkPen(CURSOR_COLOUR, width=1.4, style=QtCore.Qt.PenStyle.DashLine))
            cursor.setVisible(self._cursor_s is not None)
            if self._cursor_s is not None:
                cursor.setValue(self._cursor_s)
            cursor.sigPositionChanged.connect(self._dragged)
            plot.addItem(cursor, ignoreBounds=True)
            self.cursors[parameter] = cursor
        self.refresh()

    def refresh(self) -> None:
        """Read again from the layer the lines whose stream has new readings (after a batch)."""
        if self.layer is None:
            return
        counts = self.layer.stream_versions()
        for parameter, curves in self.curves.items():
            for code, curve in curves.items():
                key = (code, parameter)
                count = counts.get(key, 0)
                if self._drawn.get(key) == count:
                    continue
                self._drawn[key] = count
                if count:
                    times, values = self.layer.stream(code, parameter)
                    curve.setData(times / 1e9, values.copy())
                else:
                    curve.setData([], [])

    def set_cursor(self, seconds: float | None) -> None:
        """Put the time cursor at ``seconds`` (None: hide it), without saying ``cursor_moved``."""
        self._cursor_s = None if seconds is None else float(seconds)
        self._moving = True
        try:
            for cursor in self.cursors.values():
                cursor.setVisible(seconds is not None)
                if seconds is not None:
                    cursor.setValue(float(seconds))
        finally:
            self._moving = False

    def cursor_seconds(self) -> float | None:
        return self._cursor_s

    def cursor_text(self) -> str:
        return local_text(self._cursor_s) if self._cursor_s is not None else ""

    # ------------------------------------------------------------------ drawing
    def _draw_bands(self, parameter: str, plot: pg.PlotItem) -> None:
        items = []
        for lo, hi, colour in index_bands(parameter):
            brush = QtGui.QColor(colour)
            brush.setAlpha(BAND_ALPHA)
            band = pg.LinearRegionItem((lo, hi), orientation="horizontal", movable=False, brush=brush,
                                       pen=pg.mkPen(None))
            band.setZValue(-20)
            plot.addItem(band, ignoreBounds=True)
            items.append(band)
        self.bands[parameter] = items
        lines = []
        if parameter == "level" and self.layer is not None:
            levels = self.layer.river_levels()
            codes = list(sensor_codes(self.layer.data))
            shown = {tuple(levels[codes.index(c)]) for c in self.codes if c in codes
                     and self.layer.data["kind"].iloc[codes.index(c)] == "river_level"}
            for warning, danger in sorted(shown):
                for value, colour, text in ((warning, WARNING_COLOUR, self.tr("warning")),
                                            (danger, DANGER_COLOUR, self.tr("danger"))):
                    line = pg.InfiniteLine(pos=value, angle=0, movable=False, label=text,
                                           labelOpts={"position": 0.05, "color": colour},
                                           pen=pg.mkPen(colour, width=1.4, style=QtCore.Qt.PenStyle.DashLine))
                    plot.addItem(line)
                    lines.append(line)
        self.thresholds[parameter] = lines

    def _dragged(self, line: pg.InfiniteLine) -> None:
        if self._moving:
            return
        seconds = float(line.value())
        self.set_cursor(seconds)
        self.cursor_moved.emit(seconds)


def band_colours(chart: ReadingsChart, parameter: str) -> list[str]:
    """The colours of the bands drawn behind ``parameter`` (for tests and the legend)."""
    return [band.brush.color().name() for band in chart.bands.get(parameter, [])]


__all__ = ["ReadingsChart", "band_colours", "index_bands", "epoch_seconds"]
