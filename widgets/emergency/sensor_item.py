"""Live sensors on the map canvas: a symbol per sensor (shape by kind, fill by the class of its latest
value, or of its value at the time slider's moment) and a stale mark on sensors silent longer than their
interval; and their legend in the layer tree.

The frame is one image of the view's size drawn in a worker, like every layer's; the symbols' classes
are read from the layer on the GUI thread when the frame is asked for (a few sensors, or thousands).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers.emergency.sensor_layer import (
    RAIN_COLOURS,
    RIVER_COLOURS,
    WATER_CLASS_COLOURS,
    SensorLayer,
)
from widgets.layer_items import SELECTION_COLOUR, Frame, LayerItem, View

SYMBOL_RADIUS_PX = 8.0
STALE_COLOUR = "#5f5f5f"
#: the marker of each sensor kind (unit outline, y up)
SHAPES = {
    "air_quality": "circle",
    "water_quality": "square",
    "river_level": "triangle",
    "rain_gauge": "diamond",
}


def symbol_path(kind: str, radius: float, centre: QtCore.QPointF) -> QtGui.QPainterPath:
    """The marker of a sensor ``kind`` around ``centre`` (screen y down)."""
    path = QtGui.QPainterPath()
    shape = SHAPES.get(kind, "circle")
    x, y, r = centre.x(), centre.y(), radius
    if shape == "circle":
        path.addEllipse(centre, r, r)
        return path
    if shape == "square":
        s = r * 0.86
        points = [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
    elif shape == "triangle":
        points = [(x, y - r * 1.1), (x + r, y + r * 0.7), (x - r, y + r * 0.7)]
    else:
        points = [(x, y - r * 1.1), (x + r, y), (x, y + r * 1.1), (x - r, y)]
    path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(px, py) for px, py in points]))
    path.closeSubpath()
    return path


def draw_sensor(painter: QtGui.QPainter, kind: str, colour: str, stale: bool, centre: QtCore.QPointF,
                radius: float = SYMBOL_RADIUS_PX, selected: bool = False) -> None:
    """One sensor's symbol; a stale one is drawn faded, with a dashed grey edge and a slash."""
    path = symbol_path(kind, radius, centre)
    fill = QtGui.QColor(colour)
    if selected:
        painter.strokePath(path, QtGui.QPen(QtGui.QColor(SELECTION_COLOUR), 6.0))
    if stale:
        fill.setAlphaF(0.35)
        edge = QtGui.QPen(QtGui.QColor(STALE_COLOUR), 1.6, QtCore.Qt.PenStyle.DashLine)
    else:
        edge = QtGui.QPen(fill.darker(180), 1.3)
    painter.setPen(edge)
    painter.setBrush(fill)
    painter.drawPath(path)
    if stale:
        painter.setPen(QtGui.QPen(QtGui.QColor(STALE_COLOUR), 2.0))
        d = radius * 0.8
        painter.drawLine(QtCore.QPointF(centre.x() - d, centre.y() + d),
                         QtCore.QPointF(centre.x() + d, centre.y() - d))


def build_sensor_frame(xy: np.ndarray, kinds: np.ndarray, colours: np.ndarray, stale: np.ndarray,
                       view: View, origin: tuple[float, float], opacity: float,
                       selection: np.ndarray | None = None, feedback: Feedback | None = None) -> Frame:
    """Draw the sensors at ``xy`` (project CRS) for ``view`` into one image (worker-safe)."""
    frame = Frame()
    width, height = max(view.width, 1), max(view.height, 1)
    minx, miny, maxx, maxy = view.bbox
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    frame.picture = image
    Feedback.of(feedback).check()
    if xy is None or not len(xy):
        return frame
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    chosen = np.zeros(len(xy), dtype=bool)
    if selection is not None and len(selection):
        sel = np.asarray(selection, dtype=np.int64)
        chosen[sel[(sel >= 0) & (sel < len(xy))]] = True
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setOpacity(max(0.0, min(1.0, float(opacity))))
    try:
        order = np.argsort(chosen, kind="stable")  # the selected on top
        for i in order:
            x, y = xy[i]
            if not (np.isfinite(x) and np.isfinite(y)):
                continue
            centre = QtCore.QPointF((x - minx) * sx, (maxy - y) * sy)
            draw_sensor(painter, str(kinds[i]), str(colours[i]), bool(stale[i]), centre,
                        selected=bool(chosen[i]))
    finally:
        painter.end()
    return frame


class SensorItem(LayerItem):
    """The map item of a :class:`~layers.emergency.sensor_layer.SensorLayer`: drawn again when readings
    arrive, the time slider moves or the live clock ticks."""

    redraw_events = ("readings", "time", "clock")

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        if self.prepared is None or self.prepared.xy is None:
            return None
        layer = self.layer
        marks = layer.symbols()
        return build_sensor_frame, (self.prepared.xy.copy(), marks.kind, marks.colour, marks.stale, view,
                                    origin, layer.opacity, np.array(layer.selection, dtype=np.int64))

    @classmethod
    def legend(cls, layer) -> list:
        return sensor_legend()


def _icon(kind: str, colour: str, stale: bool = False) -> QtGui.QIcon:
    pix = QtGui.QPixmap(16, 16)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    draw_sensor(p, kind, colour, stale, QtCore.QPointF(8.0, 8.0), radius=6.0)
    p.end()
    return QtGui.QIcon(pix)


def sensor_legend() -> list:
    """Legend rows: one per kind (its shape) and the classes of river and rain; the stale mark."""
    from layers.emergency.air_quality import CHINA_LEVELS
    from widgets.emergency.names import kind_label, legend_labels

    labels = legend_labels()
    rows = [_row(kind_label(kind), kind, "#ffffff") for kind in SHAPES]
    rows += [_row(labels["aqi"].format(level=lv.number), "air_quality", lv.colour) for lv in CHINA_LEVELS]
    rows += [_row(labels["water"].format(name=name), "water_quality", WATER_CLASS_COLOURS[i])
             for i, name in enumerate(labels["water_classes"], start=1)]
    rows += [_row(text, "river_level", c) for text, c in zip(labels["river"], RIVER_COLOURS, strict=True)]
    rows += [_row(text, "rain_gauge", c) for text, c in zip(labels["rain"], RAIN_COLOURS, strict=True)]
    rows.append(_row(labels["stale"], "air_quality", "#ffffff", stale=True))
    return rows


@dataclass(frozen=True)
class LegendIcon:
    """A legend row with its own picture (the layer tree shows ``icon`` instead of a swatch)."""

    label: str
    icon: QtGui.QIcon
    fill: str = "#9e9e9e"
    stroke: str = "#616161"
    kind: str = "point"


def _row(label: str, kind: str, colour: str, stale: bool = False) -> LegendIcon:
    return LegendIcon(label, _icon(kind, colour, stale), colour)


def is_sensor_layer(layer) -> bool:
    return isinstance(layer, SensorLayer)
