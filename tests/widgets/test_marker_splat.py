"""Many markers added up in numpy look as QPainter draws them one by one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from widgets import marker_splat, symbols


def _alpha(image: QtGui.QImage) -> np.ndarray:
    bits = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return (bits[:, :image.width()] >> 24).astype(int)


def _painted(px, py, pen, width, height) -> QtGui.QImage:
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    for x, y in zip(px, py, strict=True):
        painter.drawPoint(QtCore.QPointF(x, y))
    painter.end()
    return image


@pytest.mark.parametrize("size_mm", [1.0, 2.0, 3.0])
def test_splat_draws_the_markers_qpainter_draws(qapp, size_mm):
    rng = np.random.default_rng(7)
    width, height = 160, 120
    # on quarter pixels (where the splat places them), some overlapping, some over the edges
    px = np.round(rng.uniform(-4, width + 4, 400) * marker_splat.SUBPIXEL) / marker_splat.SUBPIXEL
    py = np.round(rng.uniform(-4, height + 4, 400) * marker_splat.SUBPIXEL) / marker_splat.SUBPIXEL
    pen = symbols.marker_pen("#d95f02", size_mm, 0.8)
    splatted = marker_splat.splat(px, py, pen, width, height)
    painted = _painted(px, py, pen, width, height)
    assert (splatted.width(), splatted.height()) == (width, height)
    difference = np.abs(_alpha(splatted) - _alpha(painted))
    assert difference.max() <= 3  # QPainter rounds each of the overlapping blends to 8 bits
    assert difference.mean() < 0.2
    assert 0.05 < (_alpha(painted) > 0).mean() < 0.95  # neither empty nor saturated: the test can tell


def test_splat_keeps_the_colour_premultiplied(qapp):
    pen = symbols.marker_pen("#2060c0", 2.0, 1.0)
    image = marker_splat.splat(np.array([20.0]), np.array([20.0]), pen, 40, 40)
    centre = image.pixelColor(20, 20)
    assert centre.alpha() == 255
    assert (centre.red(), centre.green(), centre.blue()) == (0x20, 0x60, 0xC0)


def test_splat_of_nothing_near_is_transparent(qapp):
    pen = symbols.marker_pen("#2060c0", 2.0, 1.0)
    px = np.array([np.nan, -500.0, 10_000.0, np.inf])
    py = np.array([5.0, 5.0, 5.0, 5.0])
    image = marker_splat.splat(px, py, pen, 30, 20)
    assert _alpha(image).max() == 0
    empty = marker_splat.splat(np.empty(0), np.empty(0), pen, 30, 20)
    assert _alpha(empty).max() == 0


def test_a_frame_of_markers_only_is_its_splat(qapp):
    """Many markers and nothing else: the splat is the layer's picture; the picture is the one drawn
    the general way (a cleared picture, the splat blended onto it, under the map's transform)."""
    from widgets.layer_items import Frame, View, _qpolygon, rasterise

    rng = np.random.default_rng(11)
    x, y = rng.uniform(1000, 1200, 4000), rng.uniform(500, 650, 4000)
    view = View((1000.0, 500.0, 1200.0, 650.0), 400, 300)
    origin = (900.0, 400.0)
    pen = symbols.marker_pen("#7b3294", 1.5, 0.9)

    def frame(with_empty_path: bool) -> Frame:
        made = Frame(points=[(_qpolygon(x - origin[0], y - origin[1]), pen)])
        if with_empty_path:  # anything else in the frame takes the general way
            made.paths.append((QtGui.QPainterPath(), QtGui.QPen(), QtGui.QBrush()))
        return rasterise(made, view, origin, None)

    shortcut, general = frame(False), frame(True)
    assert shortcut.image_rect == general.image_rect == (100.0, 100.0, 200.0, 150.0)
    a = np.frombuffer(shortcut.picture.constBits(), dtype=np.uint32).reshape(300, -1)[:, :400]
    b = np.frombuffer(general.picture.constBits(), dtype=np.uint32).reshape(300, -1)[:, :400]
    assert (a >> 24).max() > 0
    np.testing.assert_array_equal(a, b)
