"""Feature labels on the map: which ones a view shows, and drawing them with a white halo.

A label with its halo is drawn once into a small image and kept (draw_halo_text strokes the text's
outline, 0.5-1 ms a label); a frame then only copies those images, placed on whole pixels.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6 import QtCore, QtGui

from widgets import symbols

MAX_LABELS = 400


def visible_labels(prepared, view, origin) -> list[tuple[float, float, str]]:
    """The labels inside ``view`` as (x, y, text) in local coordinates, thinned when crowded."""
    minx, miny, maxx, maxy = view.bbox
    lx, ly = prepared.label_xy[:, 0], prepared.label_xy[:, 1]
    inside = np.flatnonzero((lx >= minx) & (lx <= maxx) & (ly >= miny) & (ly <= maxy))
    if inside.size > MAX_LABELS:  # keep one label per coarse grid cell so dense layers stay readable
        cell = max(maxx - minx, maxy - miny) / 40.0
        keys = (np.floor(lx[inside] / cell) * 1e6 + np.floor(ly[inside] / cell))
        _, first = np.unique(keys, return_index=True)
        inside = inside[np.sort(first)][:MAX_LABELS]
    return [(float(lx[i] - origin[0]), float(ly[i] - origin[1]), str(prepared.labels[i]))
            for i in inside if prepared.labels[i]]


def draw_labels(painter: QtGui.QPainter, to_pixels: QtGui.QTransform, labels, style,
                lift: float = 0.0) -> None:
    """Labels with a halo, skipping any that would overlap one already placed."""
    painter.save()
    painter.resetTransform()
    painter.setFont(symbols.label_font(getattr(style, "label_size", 9.0)))
    colour = symbols.qcolor(getattr(style, "label_color", "#202020"))
    metrics = painter.fontMetrics()
    taken: list[QtCore.QRectF] = []
    for x, y, text in labels:
        pos = to_pixels.map(QtCore.QPointF(x, y)) - QtCore.QPointF(0.0, lift)
        box = QtCore.QRectF(metrics.boundingRect(text)).translated(pos.x(), pos.y())
        if any(box.intersects(other) for other in taken[-60:]):
            continue
        taken.append(box)
        sprite, anchor = _label_sprite(text, painter.font(), colour)
        painter.drawImage(QtCore.QPointF(round(pos.x()) - anchor.x(), round(pos.y()) - anchor.y()),
                          sprite)
    painter.restore()


_label_sprites: dict[tuple, tuple[QtGui.QImage, QtCore.QPoint]] = {}
_label_lock = threading.Lock()


def _label_sprite(text: str, font: QtGui.QFont, colour: QtGui.QColor) -> tuple[QtGui.QImage, QtCore.QPoint]:
    """A label with its halo drawn once (0.5-1 ms) and kept: a frame then only copies it (placed on
    whole pixels). Returns the image and the pixel of it that goes on the label's anchor."""
    key = (text, font.key(), colour.rgba())
    with _label_lock:
        sprite = _label_sprites.get(key)
    if sprite is not None:
        return sprite
    metrics = QtGui.QFontMetrics(font)
    width, height = metrics.boundingRect(text).width() + 12, metrics.height() + 12
    anchor = QtCore.QPoint(width // 2, height // 2)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setFont(font)
        symbols.draw_halo_text(painter, QtCore.QPointF(anchor), text, colour)
    finally:
        painter.end()
    with _label_lock:
        if len(_label_sprites) > 5000:  # names of a few thousand features: start again
            _label_sprites.clear()
        _label_sprites[key] = (image, anchor)
    return image, anchor
