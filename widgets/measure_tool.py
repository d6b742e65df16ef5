"""Measuring on the map: click vertices, double-click or right-click to finish.

The line or polygon is drawn over the layers in the canvas's local coordinates (project CRS minus
``canvas.origin``); lengths and areas are geodesic, on the project CRS's ellipsoid
(:mod:`layers.measure`).
"""

from __future__ import annotations

import pyqtgraph as pg
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from layers.measure import format_area, format_length, geodesic_area, geodesic_length

MEASURE_COLOUR = "#d7301f"


class MeasureTool(QtCore.QObject):
    """A distance or area measurement on a :class:`~widgets.map_canvas.MapCanvas`.

    Parameters
    ----------
    canvas : MapCanvas
        The map; its project's CRS is the CRS of the clicked points.
    mode : {"distance", "area"}
        Measure a path's length or a polygon's area.

    Signals
    -------
    changed(str)
        The running result as text, after every vertex.
    finished(float, str)
        The final value (metres or square metres) and its text.
    """

    changed = QtCore.Signal(str)
    finished = QtCore.Signal(float, str)

    def __init__(self, canvas, mode: str = "distance", parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        if mode not in ("distance", "area"):
            raise ValueError(f"unknown measure mode {mode!r}")
        self.canvas = canvas
        self.mode = mode
        self.points: list[tuple[float, float]] = []
        self.done = False
        self.active = False
        self._hover: tuple[float, float] | None = None
        self._shape = QtWidgets.QGraphicsPathItem()
        pen = QtGui.QPen(QtGui.QColor(MEASURE_COLOUR), 2.0)
        pen.setCosmetic(True)
        self._shape.setPen(pen)
        fill = QtGui.QColor(MEASURE_COLOUR)
        fill.setAlpha(50 if mode == "area" else 0)
        self._shape.setBrush(QtGui.QBrush(fill))
        self._shape.setZValue(1e6)
        self._label = pg.TextItem("", color=MEASURE_COLOUR, fill=pg.mkBrush(255, 255, 255, 210),
                                  anchor=(0, 1))
        self._label.setZValue(1e6 + 1)

    # ------------------------------------------------------------------ switching on and off
    def activate(self) -> None:
        """Start listening to the canvas's mouse and show the overlay."""
        if self.active:
            return
        self.active = True
        vb = self.canvas.view_box
        vb.addItem(self._shape, ignoreBounds=True)
        vb.addItem(self._label, ignoreBounds=True)
        self.canvas.scene().sigMouseClicked.connect(self._clicked)
        self.canvas.cursor_moved.connect(self._moved)
        self.canvas.project.events.crs.connect(self._crs_changed)

    def deactivate(self) -> None:
        """Stop listening and remove the overlay (the last result is forgotten)."""
        if not self.active:
            return
        self.active = False
        self.canvas.scene().sigMouseClicked.disconnect(self._clicked)
        self.canvas.cursor_moved.disconnect(self._moved)
        self.canvas.project.events.crs.disconnect(self._crs_changed)
        self.reset()
        vb = self.canvas.view_box
        vb.removeItem(self._shape)
        vb.removeItem(self._label)

    # ------------------------------------------------------------------ vertices
    def reset(self) -> None:
        """Forget the vertices and clear the drawing."""
        self.points = []
        self.done = False
        self._hover = None
        self._redraw()

    def add_point(self, x: float, y: float) -> None:
        """Add a vertex (project CRS); after a finished measurement this starts a new one."""
        if self.done:
            self.reset()
        self.points.append((float(x), float(y)))
        self._redraw()
        self.changed.emit(self.text())

    def finish(self) -> float:
        """End the measurement; returns its value (NaN when too few vertices) and emits ``finished``."""
        value = self.value()
        self.done = True
        self._hover = None
        self._redraw()
        text = self.text()
        if text:
            self.finished.emit(value, text)
        return value

    def geometry(self, points=None) -> shapely.Geometry | None:
        """The measured line or polygon in project CRS, or None while too few vertices."""
        pts = self.points if points is None else points
        if self.mode == "distance":
            return shapely.LineString(pts) if len(pts) >= 2 else None
        return shapely.Polygon(pts) if len(pts) >= 3 else None

    def value(self, points=None) -> float:
        """Metres (distance) or square metres (area) on the ellipsoid; NaN while too few vertices."""
        geom = self.geometry(points)
        if geom is None:
            return float("nan")
        crs = self.canvas.project.crs
        return float(geodesic_length(geom, crs) if self.mode == "distance" else geodesic_area(geom, crs))

    def text(self, points=None) -> str:
        """The result for people: ``"1.25 km"`` or ``"12,345 m² · 1.23 ha · 18.5 亩"``."""
        value = self.value(points)
        if value != value:  # NaN
            return ""
        return format_length(value) if self.mode == "distance" else format_area(value)

    def _crs_changed(self, *args) -> None:
        self.reset()  # the vertices were in the old CRS

    # ------------------------------------------------------------------ mouse
    def _clicked(self, ev) -> None:
        button = ev.button()
        if button == QtCore.Qt.MouseButton.RightButton or (
                button == QtCore.Qt.MouseButton.LeftButton and ev.double()):
            ev.accept()
            if not self.done and self.points:
                self.finish()
        elif button == QtCore.Qt.MouseButton.LeftButton:
            ev.accept()
            self.add_point(*self.canvas.to_project(ev.scenePos()))

    def _moved(self, x: float, y: float) -> None:
        if self.points and not self.done:
            self._hover = (x, y)
            self._redraw()

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        pts = list(self.points)
        if self._hover is not None:
            pts.append(self._hover)
        ox, oy = self.canvas.origin
        path = QtGui.QPainterPath()
        if pts:
            path.moveTo(pts[0][0] - ox, pts[0][1] - oy)
            for x, y in pts[1:]:
                path.lineTo(x - ox, y - oy)
            if self.mode == "area" and len(pts) >= 3:
                path.closeSubpath()
        self._shape.setPath(path)
        text = self.text(pts)
        self._label.setText(text)
        self._label.setVisible(bool(text))
        if text:
            geom = self.geometry(pts)
            anchor = shapely.point_on_surface(geom) if self.mode == "area" else shapely.Point(pts[-1])
            self._label.setPos(anchor.x - ox, anchor.y - oy)

    @property
    def label_text(self) -> str:
        """What the label on the map says."""
        return self._label.textItem.toPlainText() if self._label.isVisible() else ""
