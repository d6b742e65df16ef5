"""Dragging a planned site on the map: press on a site (within a few pixels), move, release.

:class:`SiteDrag` puts an invisible catcher over the map while the planning desk's move tool is chosen. A
left drag that starts on a site is the site's: the catcher draws the site's symbol (and its sector) where
the mouse is and tells ``moved(x, y)`` as it goes and ``dropped(x, y)`` once, on release (map CRS). A drag
that starts elsewhere is left to the map, which pans; a click is left to the tool, as before.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6 import QtCore, QtGui


class _Catcher(pg.GraphicsObject):
    """Covers the visible map; takes the left drags that start on a site."""

    def __init__(self, drag: SiteDrag) -> None:
        super().__init__()
        self.drag = drag
        self.setZValue(1e6)

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt override)
        return self.drag.canvas.view_box.viewRect()

    def paint(self, painter, option, widget=None) -> None:
        ghost = self.drag.ghost
        if ghost is None:
            return
        from widgets.planning.site_item import draw_site, draw_wedge, sector_of

        ox, oy = self.drag.canvas.origin
        to_screen = painter.transform()
        centre = to_screen.map(QtCore.QPointF(ghost["x"] - ox, ghost["y"] - oy))
        edge = to_screen.map(QtCore.QPointF(ghost["x"] - ox + ghost["range"], ghost["y"] - oy))
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        sector = sector_of(ghost["azimuth"], ghost["beam"])
        if sector is not None:
            radius = math.hypot(edge.x() - centre.x(), edge.y() - centre.y())
            draw_wedge(painter, ghost["status"], centre, min(radius, 20_000.0), *sector)
        painter.setOpacity(0.85)
        draw_site(painter, ghost["kind"], ghost["status"], centre, selected=True)
        painter.restore()

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph hook)
        drag = self.drag
        if ev.button() != QtCore.Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ox, oy = drag.canvas.origin
        if ev.isStart():
            start = ev.buttonDownPos()
            if not drag.start(start.x() + ox, start.y() + oy):
                ev.ignore()  # not on a site: the map pans
                return
        elif drag.ghost is None:
            ev.ignore()
            return
        ev.accept()
        now = ev.pos()
        x, y = now.x() + ox, now.y() + oy
        if ev.isFinish():
            drag.finish(x, y)
        else:
            drag.move(x, y)


class SiteDrag(QtCore.QObject):
    """The drag of planned sites on ``canvas``.

    Parameters
    ----------
    canvas : MapCanvas
    grab : callable
        ``grab(x, y)`` (map CRS) gives the site under the press as a dict (``id``, ``kind``, ``status``,
        ``azimuth``, ``beam``, ``range`` in map units), or None when there is none.

    Signals
    -------
    started(int)
        A site (its store id) is taken.
    moved(int, float, float)
        It is over (x, y) now.
    dropped(int, float, float)
        It was let go at (x, y).
    """

    started = QtCore.Signal(int)
    moved = QtCore.Signal(int, float, float)
    dropped = QtCore.Signal(int, float, float)

    def __init__(self, canvas, grab, parent=None) -> None:
        super().__init__(parent)
        self.canvas, self.grab = canvas, grab
        self.active = False
        self.ghost: dict | None = None
        self._catcher = _Catcher(self)

    def activate(self) -> None:
        if not self.active:
            self.active = True
            self.canvas.view_box.addItem(self._catcher, ignoreBounds=True)

    def deactivate(self) -> None:
        if self.active:
            self.active = False
            self.ghost = None
            self.canvas.view_box.removeItem(self._catcher)

    @property
    def dragging(self) -> bool:
        return self.ghost is not None

    def start(self, x: float, y: float) -> bool:
        site = self.grab(x, y)
        if site is None:
            return False
        self.ghost = {**site, "x": x, "y": y}
        self.started.emit(int(site["id"]))
        self._update()
        return True

    def move(self, x: float, y: float) -> None:
        self.ghost.update(x=x, y=y)
        self._update()
        self.moved.emit(int(self.ghost["id"]), float(x), float(y))

    def finish(self, x: float, y: float) -> None:
        site, self.ghost = self.ghost, None
        self._update()
        self.dropped.emit(int(site["id"]), float(x), float(y))

    def _update(self) -> None:
        self._catcher.prepareGeometryChange()
        self._catcher.update()


__all__ = ["SiteDrag"]
