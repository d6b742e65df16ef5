"""Many small round markers of one colour drawn at once (thousands of households, wells, trees).

QPainter draws an antialiased round point in about 1.5 microseconds: 30-80 ms for the demo's 21,600
households every frame. Here each marker is pre-drawn by QPainter once per quarter-pixel offset, and a
frame only adds up the pre-drawn coverages per pixel in numpy. Markers of one colour blend with
source-over as ``1 - prod(1 - alpha_i)``, which is a sum of ``log(1 - alpha_i)``, so the order of the
markers does not matter and the result is the picture QPainter would draw, up to rounding and the
quarter-pixel placement.
"""

from __future__ import annotations

import math
import threading

import numpy as np
from PySide6 import QtCore, QtGui

SUBPIXEL = 4  # marker positions are rounded to a quarter pixel
MIN_MARKERS = 2_000  # below this QPainter draws them itself
MAX_WIDTH_PX = 12.0  # larger markers are few on screen at once: QPainter draws them

#: a pixel's coverage is looked up from its sum of log(1 - alpha) in steps of 1/LOG_STEPS (a quarter of
#: one of the 255 levels at most); LOG_LEVELS steps reach a coverage of 1 - exp(-8), level 255
LOG_STEPS = 1024.0
LOG_LEVELS = 8192

_stamps: dict[tuple, tuple] = {}
_log_tables: dict[int, np.ndarray] = {}
_lock = threading.Lock()


def suits(pen: QtGui.QPen, count: int) -> bool:
    """True when ``count`` markers of ``pen`` are drawn faster here than by QPainter."""
    return count >= MIN_MARKERS and pen.widthF() <= MAX_WIDTH_PX and pen.color().alpha() > 0


def _stamps_of(pen: QtGui.QPen) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """(half size, rows, columns, log(1 - alpha)) of the pre-drawn marker of ``pen``: one row of each
    table per quarter-pixel offset, padded with weight 0 to the longest, so that every marker of a
    frame is added up in one pass of numpy (a pass per offset took the interpreter's lock back
    sixteen times as often, and each time waited for the threads drawing the other layers)."""
    half = int(math.ceil(pen.widthF() / 2.0 + 1.0))
    key = (pen.color().rgba(), pen.widthF(), int(pen.capStyle().value))
    with _lock:
        tables = _stamps.get(key)
        if tables is not None:
            return tables
        side = 2 * half + 1
        stamps = []
        for sy in range(SUBPIXEL):
            for sx in range(SUBPIXEL):
                image = QtGui.QImage(side, side, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(QtCore.Qt.GlobalColor.transparent)
                painter = QtGui.QPainter(image)
                painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
                painter.setPen(pen)
                painter.drawPoint(QtCore.QPointF(half + sx / SUBPIXEL, half + sy / SUBPIXEL))
                painter.end()
                bits = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(side, image.bytesPerLine() // 4)
                alpha = (bits[:, :side] >> 24).astype(np.float64) / 255.0
                rows, columns = np.nonzero(alpha)
                stamps.append((rows - half, columns - half,
                               np.log1p(-np.minimum(alpha[rows, columns], 0.9999))))
        longest = max(1, *(len(rows) for rows, _, _ in stamps))
        rows_t = np.zeros((len(stamps), longest), dtype=np.int32)
        columns_t = np.zeros((len(stamps), longest), dtype=np.int32)
        weights_t = np.zeros((len(stamps), longest), dtype=np.float64)  # log(1 - 0): no effect
        for v, (rows, columns, weights) in enumerate(stamps):
            rows_t[v, :len(rows)], columns_t[v, :len(rows)], weights_t[v, :len(rows)] = rows, columns, weights
        tables = _stamps[key] = (half, rows_t, columns_t, weights_t)
        return tables


def _premultiplied(colour: QtGui.QColor) -> np.ndarray:
    """The premultiplied ARGB32 pixel of ``colour`` at each coverage 0..255."""
    level = np.arange(256, dtype=np.float64) / 255.0
    channels = [np.floor(level * value + 0.5).astype(np.uint32)
                for value in (255, colour.red(), colour.green(), colour.blue())]
    return channels[0] << 24 | channels[1] << 16 | channels[2] << 8 | channels[3]


def _pixels_by_log_step(colour: QtGui.QColor) -> np.ndarray:
    """The premultiplied pixel of ``colour`` for each step of ``-log(1 - coverage)`` (see :data:`LOG_STEPS`)."""
    key = colour.rgba()
    table = _log_tables.get(key)
    if table is None:
        clear = np.exp(-(np.arange(LOG_LEVELS) + 0.5) / LOG_STEPS)  # the middle of each step
        table = _log_tables[key] = _premultiplied(colour)[(255.5 - 255.0 * clear).astype(np.uint8)]
    return table


def splat(px: np.ndarray, py: np.ndarray, pen: QtGui.QPen, width: int, height: int) -> QtGui.QImage:
    """An image of ``width`` x ``height`` with a round marker of ``pen`` at each device position."""
    half, rows_t, columns_t, weights_t = _stamps_of(pen)
    pad = 2 * half + 1  # a border the markers at the edges may spill into (cut off at the end)
    padded_width, padded_height = width + 2 * pad, height + 2 * pad
    qx = np.floor(px * SUBPIXEL + 0.5)
    qy = np.floor(py * SUBPIXEL + 0.5)
    reach = (half + 1) * SUBPIXEL  # markers centred this far outside may still touch the image
    near = ((qx >= -reach) & (qx < width * SUBPIXEL + reach)
            & (qy >= -reach) & (qy < height * SUBPIXEL + reach))  # NaN is never near
    qx, qy = qx[near].astype(np.int32), qy[near].astype(np.int32)
    variant = (qy % SUBPIXEL) * SUBPIXEL + (qx % SUBPIXEL)
    centre = (qy // SUBPIXEL + pad) * padded_width + (qx // SUBPIXEL + pad)
    order = np.argsort(centre)  # in image order, the sums below walk the image once (a third faster)
    centre, variant = centre[order], variant[order]
    offsets = rows_t * np.int32(padded_width) + columns_t  # per offset, its stamp's pixels
    pixels = centre[:, None] + offsets[variant]
    log_clear = np.bincount(pixels.ravel(), weights=weights_t[variant].ravel(),
                            minlength=padded_width * padded_height)
    log_clear = log_clear.reshape(padded_height, padded_width)[pad:pad + height, pad:pad + width]
    # the pixel of each sum through one table: 1 - exp(sum) to 8 bits took three times as long
    steps = np.multiply(log_clear, -LOG_STEPS, dtype=np.float32)
    np.minimum(steps, LOG_LEVELS - 1, out=steps)
    argb = _pixels_by_log_step(pen.color())[steps.astype(np.int32)]
    image = QtGui.QImage(argb.data, width, height, 4 * width,
                         QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # owns its pixels once the numpy buffer goes
