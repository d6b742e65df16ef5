"""What the map canvas draws over the layers: a scale bar and a north arrow (device pixels)."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui

from datasources.crs import transformer, transverse_mercator_scale
from widgets import symbols


def draw_scale_bar(painter: QtGui.QPainter, metres_per_px: float, height: int) -> None:
    """A scale bar of a round length at the bottom left of a view ``height`` pixels high."""
    if not (metres_per_px > 0 and math.isfinite(metres_per_px)):
        return
    target = metres_per_px * 120
    exponent = 10 ** math.floor(math.log10(target))
    nice = max(m * exponent for m in (1, 2, 5) if m * exponent <= target)
    bar_px = nice / metres_per_px
    x0, y0 = 16, height - 22
    painter.setPen(QtGui.QPen(QtGui.QColor("#202020"), 1.2))
    painter.setBrush(QtGui.QColor(255, 255, 255, 200))
    painter.drawRect(QtCore.QRectF(x0 - 6, y0 - 20, bar_px + 60, 32))
    half = bar_px / 2
    painter.setBrush(QtGui.QColor("#202020"))
    painter.drawRect(QtCore.QRectF(x0, y0, half, 5))
    painter.setBrush(QtGui.QColor("#ffffff"))
    painter.drawRect(QtCore.QRectF(x0 + half, y0, half, 5))
    label = f"{nice / 1000:g} km" if nice >= 1000 else f"{nice:g} m"
    painter.setFont(symbols.label_font(8.5))
    painter.drawText(QtCore.QPointF(x0, y0 - 6), "0")
    painter.drawText(QtCore.QPointF(x0 + bar_px + 4, y0 + 6), label)


def draw_north_arrow(painter: QtGui.QPainter, w: int) -> None:
    """A north arrow at the top right of a view ``w`` pixels wide."""
    cx, top = w - 34, 14
    arrow = QtGui.QPolygonF([QtCore.QPointF(cx, top), QtCore.QPointF(cx + 10, top + 30),
                             QtCore.QPointF(cx, top + 24), QtCore.QPointF(cx - 10, top + 30)])
    painter.setPen(QtGui.QPen(QtGui.QColor("#202020"), 1.2))
    painter.setBrush(QtGui.QColor("#202020"))
    painter.drawPolygon(arrow)
    painter.setFont(symbols.label_font(10, bold=True))
    painter.drawText(QtCore.QRectF(cx - 10, top + 30, 20, 18), QtCore.Qt.AlignmentFlag.AlignCenter, "N")


def ground_metres_per_pixel(bbox, pixel_size: float, crs: str) -> float:
    """Ground metres of one pixel of ``pixel_size`` CRS units at the centre of ``bbox`` (measured on the
    GRS80 ellipsoid, so degrees and projected units alike give metres; a Gauss-Kruger or UTM zone by its
    point scale, with no transformation to build)."""
    cx = (bbox[0] + bbox[2]) / 2
    scale = transverse_mercator_scale(crs, cx) if crs else None
    if scale is not None and math.isfinite(cx) and scale > 0:
        return pixel_size / scale
    try:
        tr = transformer(crs, "EPSG:4326")
        cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
        lon0, lat0 = tr.transform(cx, cy)
        lon1, lat1 = tr.transform(cx + pixel_size * 100, cy)
        from pyproj import Geod

        _, _, dist = Geod(ellps="GRS80").inv(lon0, lat0, lon1, lat1)
        return float(dist) / 100.0 if math.isfinite(dist) and dist > 0 else pixel_size
    except Exception:  # noqa: BLE001 — an odd CRS must not stop the scale bar
        return pixel_size
