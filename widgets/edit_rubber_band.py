"""What the edit tools draw over the map: the rubber band of the feature being drawn or reshaped, the
vertices of the feature being edited and the snap marker (a circle on a vertex, a cross on an edge), in
the canvas's local coordinates (map CRS minus ``canvas.origin``)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from layers import geometry_edit as ge

BAND_COLOUR = "#e31a1c"
SNAP_COLOUR = "#ff00ff"


class EditOverlay:
    """The rubber band, the vertex markers and the snap marker, in the canvas's local coordinates."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.band = QtWidgets.QGraphicsPathItem()
        pen = QtGui.QPen(QtGui.QColor(BAND_COLOUR), 2.0, QtCore.Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.band.setPen(pen)
        fill = QtGui.QColor(BAND_COLOUR)
        fill.setAlpha(40)
        self.band.setBrush(fill)
        self.band.setZValue(1e6)
        self.vertices = pg.ScatterPlotItem(size=8, symbol="s", pen=pg.mkPen(BAND_COLOUR), brush=None)
        self.vertices.setZValue(1e6 + 1)
        self.marker = pg.ScatterPlotItem(size=14, symbol="o", pen=pg.mkPen(SNAP_COLOUR, width=2), brush=None)
        self.marker.setZValue(1e6 + 2)

    def items(self):
        return (self.band, self.vertices, self.marker)

    def show(self) -> None:
        for item in self.items():
            self.canvas.view_box.addItem(item, ignoreBounds=True)

    def hide(self) -> None:
        self.clear()
        for item in self.items():
            self.canvas.view_box.removeItem(item)

    def clear(self) -> None:
        self.band.setPath(QtGui.QPainterPath())
        self.vertices.setData([], [])
        self.marker.setData([], [])

    def draw(self, points, closed: bool = False, geom=None) -> None:
        ox, oy = self.canvas.origin
        path = QtGui.QPainterPath()
        rings = [points] if geom is None else [list(r) for part in ge.rings_of(geom) for r in part]
        closed = closed or (geom is not None and ge.kind_of(geom) == "polygon")
        for ring in rings:
            if len(ring) == 1:
                path.addEllipse(QtCore.QPointF(ring[0][0] - ox, ring[0][1] - oy), 0.5, 0.5)
                continue
            path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(x - ox, y - oy) for x, y in ring]))
            if closed and len(ring) >= 3:
                path.closeSubpath()
        self.band.setPath(path)

    def show_vertices(self, xy, chosen: int | None = None) -> None:
        ox, oy = self.canvas.origin
        brushes = [pg.mkBrush(BAND_COLOUR) if i == chosen else pg.mkBrush(255, 255, 255, 200)
                   for i in range(len(xy))]
        self.vertices.setData([x - ox for x, _ in xy], [y - oy for _, y in xy], brush=brushes)

    def show_snap(self, hit) -> None:
        ox, oy = self.canvas.origin
        if hit is None:
            self.marker.setData([], [])
        else:
            symbol = "o" if hit.kind == "vertex" else "x"
            self.marker.setData([hit.x - ox], [hit.y - oy], symbol=symbol)
