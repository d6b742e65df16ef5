"""The map's flattened picture: when only the top layer has a new picture, the blend of the layers under it
is reused, and the result is the same as blending every layer again."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6 import QtCore, QtGui

from widgets.flat_picture import FlatPicture

pytest.importorskip("pytestqt")


class Layer:
    def __init__(self, z: int, colour: str, box: tuple[int, int, int, int]) -> None:
        self.z, self.frame, self.flattened = z, SimpleNamespace(image_rect=(0.0, 0.0, 10.0, 10.0)), False
        self.draw(colour, box)

    def draw(self, colour: str, box) -> None:
        image = QtGui.QImage(20, 20, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(image)
        painter.fillRect(QtCore.QRect(*box), QtGui.QColor(colour))
        painter.end()
        self.image = image

    def zValue(self) -> int:  # noqa: N802 (the item's interface)
        return self.z

    def isVisible(self) -> bool:  # noqa: N802
        return True

    def picture_image(self):
        return self.image

    def set_flattened(self, flattened: bool) -> None:
        self.flattened = flattened


def test_the_layers_under_a_changing_top_layer_are_blended_once(qtbot):
    layers = [Layer(1, "#ff0000", (0, 0, 20, 20)), Layer(2, "#00ff00", (0, 0, 10, 20)),
              Layer(3, "#0000ff", (0, 0, 5, 5))]
    flat = FlatPicture()
    assert flat.rebuild(layers)
    for step, box in enumerate([(5, 5, 5, 5), (12, 12, 4, 4), (0, 15, 3, 3)]):
        layers[2].draw("#0000ff", box)  # the live layer draws again
        fresh = FlatPicture()  # every layer blended again
        assert flat.rebuild(layers) and fresh.rebuild(layers)
        assert flat.image == fresh.image, step
        if step:  # from the second new picture on, the two layers under it come from the blend kept
            assert len(flat._under[0]) == 2
    layers[0].draw("#ffff00", (0, 0, 20, 20))  # a layer under it changed: blended again from the bottom
    fresh = FlatPicture()
    assert flat.rebuild(layers) and fresh.rebuild(layers) and flat.image == fresh.image
    assert QtGui.QColor(flat.image.pixel(19, 19)).name() == "#ffff00"
    assert all(layer.flattened for layer in layers)
