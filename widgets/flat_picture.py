"""The map's layer pictures flattened into one, so a repaint while panning or zooming draws one image.

Every layer item holds a picture of the view it was drawn for; drawn one by one, eleven layers of the
demo township cost 10-25 ms a repaint (eleven view-sized images blended, smoothly scaled while the
view moves), too slow to follow the mouse at 60 frames a second. Once every visible layer has its
picture of the same view (the map has settled), :class:`FlatPicture` blends them once, in drawing
order, into one image, and the layer items stop painting until a layer changes again.

When only the upper layers have new pictures (the live sensors, drawn again a few times a second over a
map that stays), the blend of the layers under them is kept from the last time and only the new
pictures are drawn over a copy of it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui


class FlatPicture(pg.GraphicsObject):
    """One image standing for the pictures of all the layer items it was built from."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QtGui.QImage | None = None
        self.rect = QtCore.QRectF()
        self.members: list = []
        self._keys: list[tuple[int, int]] = []  # (item, picture) of each layer blended last time
        self._under: tuple[list[tuple[int, int]], QtGui.QImage | None] = ([], None)  # the stable layers' blend
        self.setZValue(0)  # under the layer items (z 1..n), which are hidden meanwhile

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def clear(self) -> None:
        """Stop standing for the layer items: they paint themselves again."""
        for item in self.members:
            item.set_flattened(False)
        self.members = []
        if self.image is not None:
            self.image = None
            self.prepareGeometryChange()
            self.rect = QtCore.QRectF()
            self.update()

    def rebuild(self, items) -> bool:
        """Blend the pictures of ``items`` when they all show the same view; True when done."""
        self.clear()
        drawn = [item for item in sorted(items, key=lambda i: i.zValue())
                 if item.isVisible() and item.picture_image() is not None]
        if len(drawn) < 2:
            return False
        rects = {item.frame.image_rect for item in drawn}
        sizes = {(item.picture_image().width(), item.picture_image().height()) for item in drawn}
        if len(rects) != 1 or len(sizes) != 1:
            return False  # frames of different views: wait for the rest
        width, height = sizes.pop()
        image = self._blend(drawn, width, height)
        self.prepareGeometryChange()
        self.image = image
        self.rect = QtCore.QRectF(*rects.pop())
        self.members = drawn
        for item in drawn:
            item.set_flattened(True)
        self.update()
        return True

    def _blend(self, drawn, width: int, height: int) -> QtGui.QImage:
        images = [item.picture_image() for item in drawn]
        keys = [(id(item), picture.cacheKey()) for item, picture in zip(drawn, images, strict=True)]
        same = 0  # the layers, from the bottom, whose pictures are those blended last time
        while same < min(len(keys), len(self._keys)) and keys[same] == self._keys[same]:
            same += 1
        self._keys = keys
        kept_keys, kept = self._under
        if kept is not None and 0 < len(kept_keys) < len(keys) and keys[:len(kept_keys)] == kept_keys:
            image, start = kept.copy(), len(kept_keys)
        else:
            image, start = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied), 0
            image.fill(QtCore.Qt.GlobalColor.transparent)
        keep = min(same, len(keys) - 1)  # the stable layers' blend is kept for the next time
        painter = QtGui.QPainter(image)
        for i in range(start, len(images)):
            if i == keep and start == 0 and keep > 0:
                painter.end()
                self._under = (keys[:keep], image.copy())
                painter = QtGui.QPainter(image)
            painter.drawImage(0, 0, images[i])
        painter.end()
        return image

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        if self.image is None:
            return
        x, y, w, h = self.rect.x(), self.rect.y(), self.rect.width(), self.rect.height()
        painter.save()
        painter.translate(x, y + h)  # row 0 of the image is the top (max y); the view's y points up
        painter.scale(w / self.image.width(), -h / self.image.height())
        smooth = not _is_pixel_exact(painter.transform())
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.drawImage(QtCore.QPointF(0, 0), self.image)
        painter.restore()


def _is_pixel_exact(transform: QtGui.QTransform) -> bool:
    """True when ``transform`` maps image pixels one to one onto device pixels (a pan, or settled)."""
    return (abs(transform.m11() - 1.0) < 1e-6 and abs(transform.m22() - 1.0) < 1e-6
            and transform.m12() == 0.0 and transform.m21() == 0.0)
