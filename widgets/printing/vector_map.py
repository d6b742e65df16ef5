"""The printed map drawn as vectors and text on the PDF's own painter: the layers' paths, markers and labels
go into the PDF as paths and text (``pdftotext`` finds the village names, a reader zooms without steps),
and only what is a picture already (the DEM, its hillshade, a basemap, the density of very many points)
stays an image. Lines, markers and labels keep the size they have on screen: a screen pixel is
``1/96`` inch on paper.

The frames are the canvas's own (``PrintMap.frames``), so the print shows what the map window shows; a
label is written as text over a white halo (the halo a path), skipping one that would overlap a label
already placed, as the map does.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui

from widgets import symbols
from widgets.layer_items import Frame, View, _to_qimage
from widgets.printing.map_picture import BACKGROUND, SCREEN_DPI, PrintMap, _paint_frame


def paint_map(painter: QtGui.QPainter, target: QtCore.QRectF, print_map: PrintMap, bbox, width_mm: float,
              height_mm: float, dpi: float, feedback=None) -> None:
    """Draw the map of ``bbox`` into ``target`` (device units of a painter at ``dpi``) as vectors and text."""
    view, origin, frames = print_map.frames(bbox, width_mm, height_mm, dpi, feedback, pieces=True)
    k = target.width() / max(view.width, 1)  # device units per screen pixel (dpi / 96)
    minx, miny, maxx, maxy = view.bbox
    sx, sy = view.width / (maxx - minx), view.height / (maxy - miny)
    to_pixels = QtGui.QTransform(sx, 0.0, 0.0, -sy, -(minx - origin[0]) * sx, (maxy - origin[1]) * sy)
    to_device = to_pixels * QtGui.QTransform(k, 0.0, 0.0, k, target.left(), target.top())
    painter.save()
    try:
        painter.setClipRect(target)
        painter.fillRect(target, QtGui.QColor(BACKGROUND))
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
        for style, frame in frames:
            if frame.picture is not None or not (frame.paths or frame.points or frame.labels):
                _picture(painter, frame, view, origin, style, target)
                continue
            _pieces(painter, frame, to_device, k, style)
    finally:
        painter.restore()


def _picture(painter, frame: Frame, view: View, origin, style, target: QtCore.QRectF) -> None:
    """A frame that is a picture (a raster layer): drawn into the target as the raster print does."""
    painter.save()
    painter.translate(target.topLeft())
    _paint_frame(painter, frame, view, origin, style, (target.width(), target.height()))
    painter.restore()


def _pen(pen: QtGui.QPen, k: float) -> QtGui.QPen:
    """``pen`` on paper: a cosmetic pen's width in screen pixels becomes device units."""
    pen = QtGui.QPen(pen)
    if pen.isCosmetic():
        pen.setWidthF(max(pen.widthF(), 1.0) * k)
    return pen


def _pieces(painter, frame: Frame, to_device: QtGui.QTransform, k: float, style) -> None:
    if frame.image is not None and frame.image_rect is not None:  # binned density under the rest
        x, y, w, h = frame.image_rect
        dense = _to_qimage(frame.image)
        painter.save()
        painter.setTransform(to_device)
        painter.translate(x, y + h)
        painter.scale(w / dense.width(), -h / dense.height())
        painter.drawImage(QtCore.QPointF(0, 0), dense)
        painter.restore()
    for path, pen, brush in frame.paths:
        device_path = to_device.map(path)  # in device units: a cosmetic pen is not scaled twice
        painter.setPen(_pen(pen, k))
        painter.setBrush(brush)
        painter.drawPath(device_path)
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    for poly, pen in frame.points:
        pen = _pen(pen, k)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)  # round markers, as the map's
        painter.setPen(pen)
        painter.drawPoints(to_device.map(poly))
    if frame.labels:
        _labels(painter, to_device, frame.labels, style, frame.label_lift * k)


def _labels(painter, to_device: QtGui.QTransform, labels, style, lift: float) -> None:
    """Labels as text over a white halo, a label overlapping one already placed left out."""
    font = symbols.label_font(getattr(style, "label_size", 9.0))
    painter.setFont(font)
    colour = symbols.qcolor(getattr(style, "label_color", "#202020"))
    metrics = QtGui.QFontMetricsF(font, painter.device())
    dpi = painter.device().logicalDpiY()
    outline = QtGui.QFont(font)  # a path's text is laid out at 96 dpi: its size given in device units
    outline.setPixelSize(max(1, round(font.pointSizeF() * dpi / 72.0)))
    halo = QtGui.QPen(QtGui.QColor(255, 255, 255, 220))
    halo.setWidthF(3.0 * dpi / SCREEN_DPI)
    halo.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    taken: list[QtCore.QRectF] = []
    for x, y, text in labels:
        pos = to_device.map(QtCore.QPointF(x, y)) - QtCore.QPointF(0.0, lift)
        if not (math.isfinite(pos.x()) and math.isfinite(pos.y())):
            continue
        rect = metrics.boundingRect(text)
        origin = QtCore.QPointF(pos.x() - rect.width() / 2.0, pos.y() + metrics.ascent() / 2.0)
        box = rect.translated(origin)
        if any(box.intersects(other) for other in taken[-60:]):
            continue
        taken.append(box)
        path = QtGui.QPainterPath()
        path.addText(origin, outline, text)
        painter.strokePath(path, halo)
        painter.setPen(colour)
        painter.drawText(origin, text)


__all__ = ["paint_map"]
