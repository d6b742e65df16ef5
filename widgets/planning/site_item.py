"""Planned sites on the map: a shape per kind (tower a triangle, camera a square, monitoring station a
circle, loudspeaker a diamond) and a fill per status (proposed orange and dashed, draft white, approved
blue, built green, rejected grey and struck through); the legend lists both. A site with a sector (a
sector antenna, a camera's field of view: an azimuth and a width under 360°) shows its wedge out to its
range, at the map's scale, under its symbol.

Importing this module registers the item for :class:`~layers.planning.site_layer.PlannedSiteLayer`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers.planning.site_layer import SITE_KINDS, STATUSES, PlannedSiteLayer
from widgets.layer_items import SELECTION_COLOUR, Frame, LayerItem, View
from widgets.layer_visuals import register_visual

RADIUS_PX = 9.0
SHAPES = {"tower": "triangle", "camera": "square", "monitoring": "circle", "loudspeaker": "diamond",
          "fibre_cabinet": "cabinet"}
STATUS_FILLS = {"proposed": "#f5a623", "draft": "#ffffff", "approved": "#2f6fd6", "built": "#1f8a3b",
                "rejected": "#9e9e9e"}
STATUS_EDGES = {"proposed": "#8a5300", "draft": "#2f6fd6", "approved": "#163a73", "built": "#0d4a1d",
                "rejected": "#5f5f5f"}


def site_path(kind: str, radius: float, centre: QtCore.QPointF) -> QtGui.QPainterPath:
    """The outline of a site of ``kind`` around ``centre`` (screen y down)."""
    path = QtGui.QPainterPath()
    x, y, r = centre.x(), centre.y(), radius
    shape = SHAPES.get(kind, "triangle")
    if shape == "circle":
        path.addEllipse(centre, r * 0.9, r * 0.9)
        return path
    if shape == "square":
        s = r * 0.8
        points = [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
    elif shape == "cabinet":  # a box wider than tall
        w, h = r * 1.1, r * 0.6
        points = [(x - w, y - h), (x + w, y - h), (x + w, y + h), (x - w, y + h)]
    elif shape == "triangle":
        points = [(x, y - r * 1.15), (x + r, y + r * 0.75), (x - r, y + r * 0.75)]
    else:
        points = [(x, y - r * 1.15), (x + r, y), (x, y + r * 1.15), (x - r, y)]
    path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(px, py) for px, py in points]))
    path.closeSubpath()
    return path


def draw_site(painter: QtGui.QPainter, kind: str, status: str, centre: QtCore.QPointF,
              radius: float = RADIUS_PX, selected: bool = False) -> None:
    """One planned site's symbol."""
    path = site_path(kind, radius, centre)
    if selected:
        painter.strokePath(path, QtGui.QPen(QtGui.QColor(SELECTION_COLOUR), 6.0))
    style = QtCore.Qt.PenStyle.DashLine if status in ("proposed", "draft") else QtCore.Qt.PenStyle.SolidLine
    painter.setPen(QtGui.QPen(QtGui.QColor(STATUS_EDGES.get(status, "#333333")), 1.8, style))
    painter.setBrush(QtGui.QColor(STATUS_FILLS.get(status, "#ffffff")))
    painter.drawPath(path)
    if status == "rejected":
        d = radius * 0.7
        painter.setPen(QtGui.QPen(QtGui.QColor("#5f5f5f"), 2.0))
        painter.drawLine(QtCore.QPointF(centre.x() - d, centre.y() + d),
                         QtCore.QPointF(centre.x() + d, centre.y() - d))


def wedge_path(centre: QtCore.QPointF, radius_px: float, azimuth: float, width: float) -> QtGui.QPainterPath:
    """A sector of ``width`` degrees centred on ``azimuth`` (clockwise from north) out to ``radius_px``
    from ``centre`` (screen y down)."""
    path = QtGui.QPainterPath(centre)
    r = float(radius_px)
    path.arcTo(QtCore.QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), 90.0 - azimuth - width / 2.0, width)
    path.closeSubpath()
    return path


def draw_wedge(painter: QtGui.QPainter, status: str, centre: QtCore.QPointF, radius_px: float, azimuth: float,
               width: float) -> None:
    """A site's sector, lightly filled in the colour of its status."""
    edge, fill = QtGui.QColor(STATUS_EDGES.get(status, "#333333")), QtGui.QColor(STATUS_FILLS.get(status, "#ffffff"))
    if status == "draft":
        fill = QtGui.QColor(STATUS_EDGES["draft"])
    fill.setAlpha(45)
    painter.setPen(QtGui.QPen(edge, 1.2, QtCore.Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    painter.drawPath(wedge_path(centre, radius_px, azimuth, width))


def sector_of(azimuth, width) -> tuple[float, float] | None:
    """(azimuth, width) of a stored sector, or None when the site covers all round."""
    try:
        azimuth, width = float(azimuth), float(width)
    except (TypeError, ValueError):
        return None
    if not (np.isfinite(azimuth) and np.isfinite(width) and 0 < width < 360):
        return None
    return azimuth % 360.0, width


def build_site_frame(xy: np.ndarray, kinds: np.ndarray, statuses: np.ndarray, view: View,
                     origin: tuple[float, float], opacity: float, selection: np.ndarray,
                     sectors: np.ndarray | None = None, feedback: Feedback | None = None) -> Frame:
    """The planned sites of ``view`` as one picture (worker-safe); ``sectors`` (n, 3): each site's
    azimuth, beam width and range in map units (NaN for none), drawn as wedges under the symbols."""
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
    sel = np.asarray(selection, dtype=np.int64)
    chosen[sel[(sel >= 0) & (sel < len(xy))]] = True
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setOpacity(max(0.0, min(1.0, float(opacity))))
    try:
        if sectors is not None:
            for i, (azimuth, beam, reach) in enumerate(np.asarray(sectors, dtype=np.float64)):
                sector = sector_of(azimuth, beam)
                x, y = xy[i]
                if sector is None or not (np.isfinite(x) and np.isfinite(y) and np.isfinite(reach)) or reach <= 0:
                    continue
                radius = min(reach * sx, 8.0 * max(width, height))  # beyond the view it does not show
                draw_wedge(painter, str(statuses[i]), QtCore.QPointF((x - minx) * sx, (maxy - y) * sy), radius,
                           *sector)
        for i in np.argsort(chosen, kind="stable"):  # the selected on top
            x, y = xy[i]
            if np.isfinite(x) and np.isfinite(y):
                draw_site(painter, str(kinds[i]), str(statuses[i]),
                          QtCore.QPointF((x - minx) * sx, (maxy - y) * sy), selected=bool(chosen[i]))
    finally:
        painter.end()
    return frame


class PlannedSiteItem(LayerItem):
    """The map item of the planned sites (drawn again when the store's rows are read again)."""

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        if self.prepared is None or self.prepared.xy is None:
            return None
        data = self.layer.data
        if len(data) != len(self.prepared.xy):
            return None  # the rows changed; the next preparation draws them
        kinds = data["kind"].astype(str).to_numpy()
        statuses = data["status"].fillna("draft").astype(str).to_numpy()
        return build_site_frame, (self.prepared.xy.copy(), kinds, statuses, view, origin, self.layer.opacity,
                                  np.array(self.layer.selection, dtype=np.int64), sectors_of(data))

    @classmethod
    def legend(cls, layer) -> list:
        from widgets.planning.names import kind_label, status_label

        rows = [_row(kind_label(kind), kind, "draft") for kind in SITE_KINDS]
        rows += [_row(status_label(status), "tower", status) for status in STATUSES]
        return rows


def sectors_of(data) -> np.ndarray:
    """(n, 3) azimuth, beam width and range (the kind's when not stored) of the sites of ``data``."""
    from layers.planning.site_layer import kind_of

    n = len(data)

    def column(name):
        if name not in data.columns:
            return np.full(n, np.nan)
        return np.asarray(data[name].to_numpy(), dtype=np.float64)

    reach = column("range_m")
    defaults = np.array([kind_of(k).range_m for k in data["kind"]], dtype=np.float64) if n else reach
    reach = np.where(np.isfinite(reach) & (reach > 0), reach, defaults)
    return np.column_stack([column("azimuth_deg"), column("beam_width_deg"), reach]) if n else np.zeros((0, 3))


@dataclass(frozen=True)
class LegendIcon:
    """A legend row with its own picture (the layer tree shows ``icon`` instead of a swatch)."""

    label: str
    icon: QtGui.QIcon
    fill: str = "#ffffff"
    stroke: str = "#616161"
    kind: str = "point"


def _row(label: str, kind: str, status: str) -> LegendIcon:
    pix = QtGui.QPixmap(18, 18)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pix)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    draw_site(painter, kind, status, QtCore.QPointF(9.0, 9.5), radius=6.5)
    painter.end()
    return LegendIcon(label, QtGui.QIcon(pix), STATUS_FILLS.get(status, "#ffffff"))


register_visual(PlannedSiteLayer, PlannedSiteItem)
