"""Incidents on the map canvas: a symbol per report (shape by category, colour by status, red ring when
overdue), or counted bubbles when zoomed out; and their legend in the layer tree.

The frame is drawn in a worker into one image of the view's size, like every other layer
(``widgets.layer_items.rasterise``), from the arrays of :mod:`layers.incidents.symbols`; each symbol is
a small pre-drawn sprite, so thousands of reports draw in milliseconds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers.incidents import symbols as sym
from layers.incidents.layer import IncidentLayer
from layers.incidents.workflow import CATEGORIES, STATUSES
from widgets import symbols
from widgets.layer_items import SELECTION_COLOUR, Frame, LayerItem, View

SYMBOL_RADIUS_PX = 7.5  # a report's marker: about 4 mm across at 96 dpi
CELL_PX = 48  # screen grid of the bubbles
BUBBLE_RADIUS_PX = (11.0, 22.0)  # two reports .. many

_sprites: dict[tuple, QtGui.QImage] = {}
_sprites_lock = threading.Lock()


def is_incident_layer(layer) -> bool:
    """A layer of reports (:class:`layers.incidents.layer.IncidentLayer`: the store's incidents, or a file
    of them read by the incidents layer's name and its status and category columns)."""
    return isinstance(layer, IncidentLayer)


def shape_path(name: str, radius: float, centre: QtCore.QPointF | None = None) -> QtGui.QPainterPath:
    """The marker ``name`` as a closed path of ``radius`` pixels (screen y down)."""
    outline = sym.shape_outline(name)
    c = centre or QtCore.QPointF(0.0, 0.0)
    polygon = QtGui.QPolygonF([QtCore.QPointF(c.x() + px * radius, c.y() - py * radius)
                               for px, py in outline])
    path = QtGui.QPainterPath()
    path.addPolygon(polygon)
    path.closeSubpath()
    return path


def symbol_sprite(shape: int, status: int, overdue: bool, selected: bool = False,
                  radius: float = SYMBOL_RADIUS_PX) -> QtGui.QImage:
    """The pre-drawn marker of one (shape, status, overdue, selected) combination (cached)."""
    key = (shape, status, bool(overdue), bool(selected), float(radius))
    with _sprites_lock:
        image = _sprites.get(key)
    if image is not None:
        return image
    half = int(np.ceil(radius * 1.2 + 7))
    image = QtGui.QImage(2 * half, 2 * half, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(image)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    centre = QtCore.QPointF(half, half)
    path = shape_path(sym.shape_name(shape), radius, centre)
    fill = symbols.qcolor(sym.status_colour(status))
    if selected:
        glow = QtGui.QPen(symbols.qcolor(SELECTION_COLOUR), 7.0)
        glow.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, glow)
    if overdue:
        ring = QtGui.QPen(symbols.qcolor(sym.OVERDUE_RING), 5.0)
        ring.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, ring)
    edge = QtGui.QPen(QtGui.QColor(255, 255, 255) if overdue else fill.darker(170), 1.2)
    edge.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    p.setPen(edge)
    p.setBrush(fill)
    p.drawPath(path)
    p.end()
    with _sprites_lock:
        _sprites.setdefault(key, image)
    return image


def _text_colour(hex_fill: str) -> QtGui.QColor:
    c = QtGui.QColor(hex_fill)
    light = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() > 150
    return QtGui.QColor("#1d1d1d") if light else QtGui.QColor("#ffffff")


def bubble_radius(count: np.ndarray) -> np.ndarray:
    """Pixel radius of bubbles holding ``count`` reports (grows with the logarithm of the count)."""
    lo, hi = BUBBLE_RADIUS_PX
    return np.clip(lo + 3.2 * np.log(np.maximum(count, 2) / 2.0), lo, hi)


def count_text(count: int) -> str:
    """A bubble's count: exact up to 9,999, then in thousands."""
    return str(count) if count < 10_000 else f"{count // 1000}k"


def bubble_sprite(status: int, radius: float) -> QtGui.QImage:
    """The disc of a bubble (fill by status, white edge), pre-drawn and cached per half pixel."""
    key = ("bubble", status, round(radius * 2) / 2)
    with _sprites_lock:
        image = _sprites.get(key)
    if image is not None:
        return image
    r = key[2]
    side = int(np.ceil(2 * r + 4))
    image = QtGui.QImage(side, side, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(image)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    p.setPen(QtGui.QPen(QtGui.QColor(255, 255, 255), 1.5))
    p.setBrush(symbols.qcolor(sym.status_colour(status), 0.9))
    p.drawEllipse(QtCore.QPointF(side / 2.0, side / 2.0), r, r)
    p.end()
    with _sprites_lock:
        _sprites.setdefault(key, image)
    return image


def _draw_bubbles(painter: QtGui.QPainter, clusters: sym.PointClusters, px: np.ndarray,
                  py: np.ndarray) -> None:
    radius = bubble_radius(clusters.count)
    painter.setFont(symbols.label_font(8.0, bold=True))
    late = QtGui.QPen(symbols.qcolor(sym.OVERDUE_RING), 3.5)
    late.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
    ink = {code: _text_colour(sym.status_colour(code)) for code in range(-1, len(STATUSES))}
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    for k in np.argsort(clusters.count, kind="stable"):
        r, x, y = float(radius[k]), float(px[k]), float(py[k])
        status = int(clusters.status[k])
        disc = bubble_sprite(status, r)
        painter.drawImage(QtCore.QPointF(x - disc.width() / 2.0, y - disc.height() / 2.0), disc)
        box = QtCore.QRectF(x - r, y - r, 2 * r, 2 * r)
        share = float(clusters.overdue_share[k])
        if share > 0:  # the overdue share as a red arc clockwise from twelve o'clock
            painter.setPen(late)
            ring = box.adjusted(-2.5, -2.5, 2.5, 2.5)
            painter.drawArc(ring, 90 * 16, -max(int(round(share * 360 * 16)), 16 * 8))
        painter.setPen(ink.get(status, ink[-1]))
        painter.drawText(box, QtCore.Qt.AlignmentFlag.AlignCenter, count_text(int(clusters.count[k])))


def _draw_symbols(painter: QtGui.QPainter, marks: sym.IncidentSymbols, rows: np.ndarray,
                  px: np.ndarray, py: np.ndarray, selected: bool = False) -> None:
    order = np.argsort(marks.draw_rank[rows], kind="stable")
    shapes, statuses, late = marks.shape[rows], marks.status[rows], marks.overdue[rows]
    for i in order:
        sprite = symbol_sprite(int(shapes[i]), int(statuses[i]), bool(late[i]), selected)
        painter.drawImage(QtCore.QPointF(px[i] - sprite.width() / 2.0, py[i] - sprite.height() / 2.0),
                          sprite)


def build_incident_frame(marks: sym.IncidentSymbols, view: View, origin: tuple[float, float],
                         opacity: float, selection: np.ndarray | None = None,
                         shown: np.ndarray | None = None, crs: str | None = None,
                         feedback: Feedback | None = None) -> Frame:
    """Draw the reports of ``marks`` for ``view`` into one image (worker-safe).

    Parameters
    ----------
    marks : IncidentSymbols
        Symbols in the project CRS.
    view : View
    origin : (float, float)
        The canvas's local origin (subtracted from map coordinates).
    opacity : float
    selection : array of int, optional
        Selected row positions: drawn on top with a yellow glow, never inside a bubble.
    shown : array of bool or int, optional
        Rows to show (a mask or row positions, e.g. the queue's filter); all when None.
    crs : str, optional
        The project CRS (decides from its units when bubbles start).
    feedback : Feedback, optional
        Asked before drawing whether to stop (:class:`~datasources.errors.Cancelled`).
    """
    frame = Frame()
    width, height = max(view.width, 1), max(view.height, 1)
    minx, miny, maxx, maxy = view.bbox
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    frame.picture = image
    n = marks.count
    keep = np.isfinite(marks.xy).all(axis=1) if n else np.zeros(0, dtype=bool)
    if shown is not None:
        shown = np.asarray(shown)
        mask = np.zeros(n, dtype=bool)
        if shown.dtype == bool:
            mask[: min(n, shown.size)] = shown[:n]
        else:
            mask[shown[(shown >= 0) & (shown < n)]] = True
        keep &= mask
    chosen = np.zeros(n, dtype=bool)
    if selection is not None and len(selection):
        sel = np.asarray(selection, dtype=np.int64)
        chosen[sel[(sel >= 0) & (sel < n)]] = True
    chosen &= keep
    Feedback.of(feedback).check()
    if not keep.any():
        return frame
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    x, y = marks.xy[:, 0], marks.xy[:, 1]
    pad = view.pixel_size * (CELL_PX + BUBBLE_RADIUS_PX[1])
    near = keep & (x >= minx - pad) & (x <= maxx + pad) & (y >= miny - pad) & (y <= maxy + pad)
    rest = np.flatnonzero(near & ~chosen)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setOpacity(max(0.0, min(1.0, float(opacity))))
    try:
        if sym.show_clusters(view.pixel_size, crs):
            clusters = sym.cluster_points(x[rest], y[rest], marks.status[rest], view.bbox,
                                          view.pixel_size, CELL_PX, marks.overdue[rest])
            singles = rest[clusters.singles]
            _draw_symbols(painter, marks, singles, (x[singles] - minx) * sx, (maxy - y[singles]) * sy)
            _draw_bubbles(painter, clusters, (clusters.cx - minx) * sx, (maxy - clusters.cy) * sy)
        else:
            _draw_symbols(painter, marks, rest, (x[rest] - minx) * sx, (maxy - y[rest]) * sy)
        picked = np.flatnonzero(chosen)
        _draw_symbols(painter, marks, picked, (x[picked] - minx) * sx, (maxy - y[picked]) * sy,
                      selected=True)
    finally:
        painter.end()
    return frame


class IncidentItem(LayerItem):
    """The map item of an incident layer: symbols or bubbles, the selection on top.

    The reports drawn are the layer's ``shown`` (the queue's filter, evented state of the layer); the
    canvas draws again when it changes.
    """

    prepare_function = staticmethod(sym.prepare_incident_layer)
    redraw_events = ("shown",)

    @property
    def shown(self) -> np.ndarray | None:
        """The layer's mask of the reports drawn (None: all)."""
        return getattr(self.layer, "shown", None)

    def set_shown(self, rows) -> None:
        """Draw only these rows (a bool mask or row positions); None draws every report. Sets the
        layer's ``shown``, which every view of the layer follows."""
        self.layer.shown = rows

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        """The worker function and its arguments for the next frame (read on the GUI thread)."""
        if self.prepared is None:
            return None
        layer = self.layer
        return build_incident_frame, (self.prepared, view, origin, layer.opacity,
                                      np.array(layer.selection, dtype=np.int64), self.shown, crs)

    @classmethod
    def legend(cls, layer) -> list:
        """Drawn by status and category, not by its style: status colours, the overdue ring, shapes."""
        return incident_legend(layer)


# ---------------------------------------------------------------------------------------- legend

@dataclass(frozen=True)
class LegendIcon:
    """A legend row with its own picture (the layer tree shows ``icon`` instead of a colour swatch)."""

    label: str
    icon: QtGui.QIcon
    fill: str = "#9e9e9e"
    stroke: str = "#616161"
    kind: str = "point"


def _legend_icon(shape: int, status: int, overdue: bool = False) -> QtGui.QIcon:
    pix = QtGui.QPixmap(16, 16)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    path = shape_path(sym.shape_name(shape), 5.0 if overdue else 6.2, QtCore.QPointF(8.0, 8.0))
    fill = symbols.qcolor(sym.status_colour(status))
    if overdue:
        p.strokePath(path, QtGui.QPen(symbols.qcolor(sym.OVERDUE_RING), 4.0))
    p.setPen(QtGui.QPen(QtGui.QColor(255, 255, 255) if overdue else fill.darker(170), 1.0))
    p.setBrush(fill)
    p.drawPath(path)
    p.end()
    return QtGui.QIcon(pix)


def incident_legend(layer=None) -> list[LegendIcon]:
    """Legend rows of an incident layer: status colours, the overdue ring, then category shapes."""
    from widgets.incidents.names import category_label, status_label

    circle = sym.SHAPES.index("circle")
    grey = -1
    rows = [LegendIcon(status_label(s), _legend_icon(circle, i), sym.STATUS_COLOURS[s])
            for i, s in enumerate(STATUSES)]
    rows.append(LegendIcon(QtCore.QCoreApplication.translate("IncidentLegend", "Overdue"),
                           _legend_icon(circle, grey, overdue=True), sym.OVERDUE_RING))
    rows += [LegendIcon(category_label(c), _legend_icon(i, grey)) for i, c in enumerate(CATEGORIES)]
    return rows
