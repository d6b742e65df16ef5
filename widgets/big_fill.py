"""A big polygon path's fill painted from its arrays (:mod:`layers.lod_fill`) instead of by Qt.

``QPainter.drawPath`` spent 0.27-0.31 s of CPU filling the 750,000 elements of 100,000 villages at
1600x1000 (most of a first frame); the compiled edge-flag fill takes 15-30 ms for the same pixels, and
one blend of them over the layer's picture 3-4 ms.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui

from layers.lod_fill import fill_pixels


def numba_loaded() -> bool:
    """True once numba is imported (by a kernel of :mod:`layers.lod`): a fill costs no import then."""
    return "numba" in sys.modules


def premultiplied_argb(colour: QtGui.QColor) -> int:
    """The 32-bit premultiplied ARGB value of ``colour`` (the pixels of Format_ARGB32_Premultiplied)."""
    alpha = colour.alpha()
    red, green, blue = ((c * alpha + 127) // 255 for c in (colour.red(), colour.green(), colour.blue()))
    return (alpha << 24) | (red << 16) | (green << 8) | blue


def fill_big(painter: QtGui.QPainter, rings, colour: QtGui.QColor, to_pixels: QtGui.QTransform) -> None:
    """Fill the rings ``(x, y, connect)`` aliased, odd-even, in ``colour`` over the painter's image
    (a QImage; ``to_pixels`` maps the rings to its pixels of the view, before its device pixel ratio)."""
    device = painter.device()
    ratio = device.devicePixelRatio()
    x, y, connect = rings
    pixels = fill_pixels(x, y, connect, (to_pixels.m11() * ratio, to_pixels.m22() * ratio,
                                         to_pixels.dx() * ratio, to_pixels.dy() * ratio),
                         device.width(), device.height(), premultiplied_argb(colour))
    height, width = pixels.shape
    image = QtGui.QImage(pixels.data, width, height, 4 * width,
                         QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter.save()
    painter.resetTransform()
    painter.drawImage(QtCore.QPointF(0, 0), image)
    painter.restore()
