"""A sparkline: a small picture of a series (its last value marked), for the identify panel's rows."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui

LINE_COLOUR = "#1f77b4"
LAST_COLOUR = "#d62728"


def sparkline_pixmap(seconds: np.ndarray, values: np.ndarray, width: int = 120, height: int = 24) -> QtGui.QPixmap:
    """The series as a line ``width`` x ``height`` pixels, the last value as a red dot; the range from
    its lowest to its highest value (a flat series in the middle)."""
    pix = QtGui.QPixmap(width, height)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    seconds, values = np.asarray(seconds, dtype=float), np.asarray(values, dtype=float)
    keep = np.isfinite(seconds) & np.isfinite(values)
    seconds, values = seconds[keep], values[keep]
    if not len(values):
        return pix
    t0, t1 = seconds.min(), seconds.max()
    lo, hi = values.min(), values.max()
    x = (seconds - t0) / (t1 - t0) * (width - 5) + 2 if t1 > t0 else np.full(len(values), width - 3.0)
    y = height - 3 - (values - lo) / (hi - lo) * (height - 6) if hi > lo else np.full(len(values), height / 2)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    p.setPen(QtGui.QPen(QtGui.QColor(LINE_COLOUR), 1.3))
    p.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(float(a), float(b)) for a, b in zip(x, y, strict=True)]))
    p.setPen(QtCore.Qt.PenStyle.NoPen)
    p.setBrush(QtGui.QColor(LAST_COLOUR))
    p.drawEllipse(QtCore.QPointF(float(x[-1]), float(y[-1])), 2.2, 2.2)
    p.end()
    return pix
