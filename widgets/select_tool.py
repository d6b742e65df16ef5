"""Selecting features on the map by dragging a rectangle or clicking a polygon.

While the rectangle tool is on, a transparent item covering the view takes left-button drags
(right-drag still zooms); the box, in project CRS, selects every feature of one vector layer that
intersects it. The polygon tool takes clicks as vertices and finishes on a double- or right-click.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.crs import transformer

BAND_COLOUR = "#1f78b4"


def select_in_box(layer, bbox: tuple[float, float, float, float], crs: str | None) -> np.ndarray:
    """Select the features of ``layer`` intersecting ``bbox`` (in ``crs``) and return their rows.

    Parameters
    ----------
    layer : VectorLayer
        Its ``selection`` is replaced.
    bbox : (minx, miny, maxx, maxy)
        The box in ``crs``; turned into the layer's CRS (its bounding box there) when they differ.
    crs : str or None
        The box's CRS (the project CRS).

    Returns
    -------
    numpy.ndarray
        Sorted int64 row positions now selected.
    """
    minx, miny, maxx, maxy = (float(v) for v in bbox)
    minx, maxx = sorted((minx, maxx))
    miny, maxy = sorted((miny, maxy))
    if crs is not None and layer.crs is not None and layer.crs != crs:
        minx, miny, maxx, maxy = transformer(crs, layer.crs).transform_bounds(minx, miny, maxx, maxy)
    rows = layer.query_bbox(minx, miny, maxx, maxy)
    layer.selection = rows
    return rows


def select_in_polygon(layer, polygon: shapely.Geometry, crs: str | None) -> np.ndarray:
    """Select the features of ``layer`` intersecting ``polygon`` (in ``crs``) and return their rows.

    Parameters
    ----------
    layer : VectorLayer
        Its ``selection`` is replaced.
    polygon : shapely Polygon
        In ``crs``; its vertices are transformed to the layer's CRS when they differ.
    crs : str or None
        The polygon's CRS (the project CRS).

    Returns
    -------
    numpy.ndarray
        Sorted int64 row positions now selected.
    """
    if crs is not None and layer.crs is not None and layer.crs != crs:
        to_layer = transformer(crs, layer.crs)
        polygon = shapely.transform(
            polygon, lambda xy: np.column_stack(to_layer.transform(xy[:, 0], xy[:, 1])))
    polygon = shapely.make_valid(polygon)
    rows = np.sort(layer.sindex.query(polygon, predicate="intersects").astype(np.int64))
    layer.selection = rows
    return rows


class _DragCatcher(pg.GraphicsObject):
    """Invisible, covers the visible map, reports left drags in view coordinates."""

    def __init__(self, tool: RectangleSelectTool) -> None:
        super().__init__()
        self.tool = tool
        self.setZValue(1e6)

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt override)
        vb = self.tool.canvas.view_box
        return vb.viewRect()

    def paint(self, painter, option, widget=None) -> None:
        pass

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph hook)
        if ev.button() != QtCore.Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        start, now = ev.buttonDownPos(), ev.pos()
        rect = QtCore.QRectF(start, now).normalized()
        if ev.isFinish():
            self.tool._band.hide()
            ox, oy = self.tool.canvas.origin
            self.tool.select((rect.left() + ox, rect.top() + oy, rect.right() + ox, rect.bottom() + oy))
        else:
            self.tool._band.setRect(rect)
            self.tool._band.show()


class RectangleSelectTool(QtCore.QObject):
    """Drag a box on the map to select the features of a vector layer.

    Parameters
    ----------
    canvas : MapCanvas
    target : callable
        Returns the layer to select in (or None) at the moment the box is finished.

    Signals
    -------
    selected(object, object)
        The layer and the selected rows (int64 array).
    """

    selected = QtCore.Signal(object, object)

    def __init__(self, canvas, target, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.target = target
        self.active = False
        self._catcher = _DragCatcher(self)
        self._band = QtWidgets.QGraphicsRectItem()
        pen = QtGui.QPen(QtGui.QColor(BAND_COLOUR), 1.5, QtCore.Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._band.setPen(pen)
        fill = QtGui.QColor(BAND_COLOUR)
        fill.setAlpha(40)
        self._band.setBrush(fill)
        self._band.setZValue(1e6 + 1)
        self._band.hide()
        canvas.view_box.sigRangeChanged.connect(self._range_changed)

    def activate(self) -> None:
        """Let left drags draw selection boxes."""
        if not self.active:
            self.active = True
            self.canvas.view_box.addItem(self._catcher, ignoreBounds=True)
            self.canvas.view_box.addItem(self._band, ignoreBounds=True)

    def deactivate(self) -> None:
        """Give left drags back to panning."""
        if self.active:
            self.active = False
            self._band.hide()
            self.canvas.view_box.removeItem(self._catcher)
            self.canvas.view_box.removeItem(self._band)

    def select(self, bbox: tuple[float, float, float, float]) -> np.ndarray | None:
        """Select in the target layer the features intersecting ``bbox`` (project CRS)."""
        layer = self.target()
        if layer is None:
            return None
        rows = select_in_box(layer, bbox, self.canvas.project.crs)
        self.selected.emit(layer, rows)
        return rows

    def _range_changed(self, *args) -> None:
        self._catcher.prepareGeometryChange()


class PolygonSelectTool(QtCore.QObject):
    """Click the corners of a polygon on the map; a double- or right-click selects what it touches.

    Parameters
    ----------
    canvas : MapCanvas
    target : callable
        Returns the layer to select in (or None) when the polygon is finished.

    Signals
    -------
    selected(object, object)
        The layer and the selected rows (int64 array).
    """

    selected = QtCore.Signal(object, object)

    def __init__(self, canvas, target, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.target = target
        self.active = False
        self.points: list[tuple[float, float]] = []
        self._outline = QtWidgets.QGraphicsPathItem()
        pen = QtGui.QPen(QtGui.QColor(BAND_COLOUR), 1.5, QtCore.Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._outline.setPen(pen)
        fill = QtGui.QColor(BAND_COLOUR)
        fill.setAlpha(40)
        self._outline.setBrush(fill)
        self._outline.setZValue(1e6 + 1)

    def activate(self) -> None:
        """Take map clicks as polygon corners."""
        if not self.active:
            self.active = True
            self.canvas.view_box.addItem(self._outline, ignoreBounds=True)
            self.canvas.scene().sigMouseClicked.connect(self._clicked)

    def deactivate(self) -> None:
        """Stop taking clicks and forget an unfinished polygon."""
        if self.active:
            self.active = False
            self.canvas.scene().sigMouseClicked.disconnect(self._clicked)
            self.points = []
            self._redraw()
            self.canvas.view_box.removeItem(self._outline)

    def add_point(self, x: float, y: float) -> None:
        """Add a corner (project CRS)."""
        self.points.append((float(x), float(y)))
        self._redraw()

    def finish(self) -> np.ndarray | None:
        """Select with the polygon drawn so far (at least three corners) and start afresh."""
        points, self.points = self.points, []
        self._redraw()
        layer = self.target()
        if layer is None or len(points) < 3:
            return None
        rows = select_in_polygon(layer, shapely.Polygon(points), self.canvas.project.crs)
        self.selected.emit(layer, rows)
        return rows

    def _clicked(self, ev) -> None:
        button = ev.button()
        if button == QtCore.Qt.MouseButton.RightButton or (
                button == QtCore.Qt.MouseButton.LeftButton and ev.double()):
            ev.accept()
            self.finish()
        elif button == QtCore.Qt.MouseButton.LeftButton:
            ev.accept()
            self.add_point(*self.canvas.to_project(ev.scenePos()))

    def _redraw(self) -> None:
        ox, oy = self.canvas.origin
        polygon = QtGui.QPolygonF([QtCore.QPointF(x - ox, y - oy) for x, y in self.points])
        path = QtGui.QPainterPath()
        path.addPolygon(polygon)
        if len(self.points) >= 3:
            path.closeSubpath()
        self._outline.setPath(path)
