"""Drawing and reshaping features on the map: add point, line or polygon, move a feature, the vertex tool.

The tools read the mouse and the keys of the canvas through an event filter while they are the chosen map
tool: left clicks and drags are theirs (the wheel still zooms). Points are snapped
(:func:`layers.snapping.snap`) to the visible vector layers within :attr:`MapEditing.tolerance_px` pixels;
a marker shows where. What a tool makes goes to the layer's edit buffer (:mod:`layers.layer_edits`) in the
layer's CRS; the rubber band and markers are drawn in the canvas's local coordinates.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6 import QtCore, QtGui

from layers import geometry_edit as ge
from layers.snapping import DEFAULT_TOLERANCE_PX, snap, snappable
from widgets.edit_rubber_band import EditOverlay

CLICK_SLOP_PX = 4  # a press and release closer than this is a click, not a drag
_EV = QtCore.QEvent.Type
_LEFT, _RIGHT = QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.MouseButton.RightButton


class MapEditing(QtCore.QObject):
    """What the edit tools share: the canvas, the layer being edited and its edits, snapping.

    Signals
    -------
    failed(object)
        An edit was refused (the exception, for the message bar).
    message(str)
        A short note for the status bar.
    """

    failed = QtCore.Signal(object)
    message = QtCore.Signal(str)

    def __init__(self, canvas, parent=None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.layer = None
        self.edits = None
        self.snapping = True
        self.tolerance_px = DEFAULT_TOLERANCE_PX
        #: asked for a new feature's attributes: ``attributes(layer) -> dict`` (None: do not add it)
        self.attributes = lambda layer: {}

    @property
    def crs(self):
        return self.canvas.project.crs

    def tolerance(self) -> float:
        return self.canvas.current_view().pixel_size * self.tolerance_px

    def snapped(self, x: float, y: float, skip=None):
        """``(x, y, snap)``: the point snapped to the visible layers (``snap`` None when it was not)."""
        if not self.snapping:
            return x, y, None
        hit = snap(snappable(self.canvas.project.layers), x, y, self.tolerance(), self.crs, skip=skip)
        return (hit.x, hit.y, hit) if hit is not None else (x, y, None)

    def geometry(self, row: int):
        """The feature's geometry in the map's CRS."""
        return self.layer.data_in(self.crs).geometry.iloc[int(row)]

    def to_layer(self, geom):
        return ge.transform_geometry(geom, self.crs, self.layer.crs)

    def features_at(self, x: float, y: float) -> list[int]:
        """The edited layer's features within the tolerance of ``x, y`` (map CRS), nearest first (a
        polygon counts near its outline too, not only inside it)."""
        tol = self.tolerance()
        spot = ge.transform_geometry(ge.from_vertices("point", [(x, y)]), self.crs, self.layer.crs)
        tol *= 1.0 if self.layer.crs in (None, self.crs) else _scale(self.layer, self.crs, x, y)
        tree = self.layer.sindex
        rows = tree.query(spot.buffer(tol, quad_segs=2).envelope).astype(np.int64)
        distance = shapely.distance(np.asarray(tree.geometries, dtype=object)[rows], spot)
        near = distance <= tol
        rows, distance = rows[near], distance[near]
        return [int(r) for r in rows[np.lexsort((rows, distance))]]

    def feature_at(self, x: float, y: float) -> int | None:
        """The edited layer's feature under ``x, y`` (map CRS), the nearest."""
        rows = self.features_at(x, y)
        return rows[0] if rows else None

    def vertex_feature_at(self, x: float, y: float) -> int | None:
        """The feature under ``x, y`` whose vertex is nearest (a vertex within the tolerance counts
        before a polygon that only contains the point)."""
        rows = self.features_at(x, y)
        if not rows:
            return None
        distances = [ge.nearest_vertex(self.geometry(r), x, y)[1] for r in rows]
        best = min(range(len(rows)), key=distances.__getitem__)
        return rows[best] if distances[best] <= self.tolerance() else rows[0]

    def run(self, edit) -> bool:
        """Do ``edit()`` on the edit buffer; a refusal goes to ``failed``."""
        try:
            edit()
        except Exception as exc:  # noqa: BLE001 — a refused edit is shown, never a crash
            self.failed.emit(exc)
            return False
        return True


def _scale(layer, crs, x, y) -> float:
    """Layer units per map unit near ``x, y``."""
    a = ge.transform_geometry(ge.from_vertices("line", [(x, y), (x + 1.0, y)]), crs, layer.crs)
    return max(a.length, 1e-12)


class EditTool(QtCore.QObject):
    """A map tool that edits the layer of a :class:`MapEditing` (the window's ``DeskTool`` protocol)."""

    cursor = QtCore.Qt.CursorShape.CrossCursor

    def __init__(self, editing: MapEditing, parent=None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.canvas = editing.canvas
        self.active = False
        self.overlay = EditOverlay(self.canvas)
        self._press: QtCore.QPointF | None = None
        self._dragging = False

    # ------------------------------------------------------------------ the protocol
    def activate(self) -> None:
        if not self.active:
            self.active = True
            self.overlay.show()
            self.canvas.viewport().installEventFilter(self)
            self.canvas.installEventFilter(self)

    def deactivate(self) -> None:
        if self.active:
            self.active = False
            self.cancel()
            self.canvas.viewport().removeEventFilter(self)
            self.canvas.removeEventFilter(self)
            self.overlay.hide()

    def clicked(self, x: float, y: float) -> None:
        """Clicks come through the event filter instead."""

    def cancel(self) -> None:
        """Forget what is under way."""
        self._press, self._dragging = None, False
        self.overlay.clear()

    # ------------------------------------------------------------------ events
    def map_point(self, pos) -> tuple[float, float]:
        return self.canvas.to_project(self.canvas.mapToScene(pos.toPoint()))

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt override)
        if self.editing.edits is None:
            return False
        kind = ev.type()
        if kind == _EV.ShortcutOverride and ev.key() in self.keys():
            ev.accept()  # the tool's keys go to it, not to a window shortcut (Delete)
            return True
        if kind == _EV.KeyPress:
            return self.key(ev.key())
        if kind not in (_EV.MouseButtonPress, _EV.MouseMove, _EV.MouseButtonRelease,
                        _EV.MouseButtonDblClick) or obj is not self.canvas.viewport():
            return False
        pos = ev.position()
        x, y = self.map_point(pos)
        if kind == _EV.MouseButtonPress:
            if ev.button() == _LEFT:
                self.canvas.setFocus()
                self._press, self._dragging = pos, False
                self.pressed(x, y)
                return True
            return ev.button() == _RIGHT and self.wants_right()
        if kind == _EV.MouseMove:
            if self._press is not None:  # a drag (QTest moves may not carry the button)
                if (pos - self._press).manhattanLength() >= CLICK_SLOP_PX:
                    self._dragging = True
                if self._dragging:
                    self.dragged(x, y)
                return True
            self.hovered(x, y)
            return False
        if kind == _EV.MouseButtonDblClick:
            if ev.button() == _LEFT:
                self.double_clicked(x, y)
                return True
            return False
        if ev.button() == _LEFT and self._press is not None:  # release
            dragged, self._press, self._dragging = self._dragging, None, False
            self.released(x, y) if dragged else self.left_click(x, y)
            return True
        if ev.button() == _RIGHT and self.wants_right():
            self.right_click()
            return True
        return False

    # ------------------------------------------------------------------ what each tool does
    def wants_right(self) -> bool:
        return False

    def pressed(self, x: float, y: float) -> None: ...

    def dragged(self, x: float, y: float) -> None: ...

    def released(self, x: float, y: float) -> None: ...

    def left_click(self, x: float, y: float) -> None: ...

    def double_clicked(self, x: float, y: float) -> None: ...

    def right_click(self) -> None: ...

    def hovered(self, x: float, y: float) -> None:
        self.overlay.show_snap(self.editing.snapped(x, y)[2])

    def keys(self) -> tuple:
        """The keys the tool takes while it is on."""
        return (QtCore.Qt.Key.Key_Escape, QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter,
                QtCore.Qt.Key.Key_Delete, QtCore.Qt.Key.Key_Backspace)

    def key(self, key: int) -> bool:
        if key == QtCore.Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False


class AddFeatureTool(EditTool):
    """Click the vertices of a new point, line or polygon; right-click or Enter ends, Esc cancels."""

    def __init__(self, editing: MapEditing, kind: str, parent=None) -> None:
        super().__init__(editing, parent)
        self.kind = kind
        self.points: list[tuple[float, float]] = []
        self._hover: tuple[float, float] | None = None

    def cancel(self) -> None:
        super().cancel()
        self.points, self._hover = [], None

    def wants_right(self) -> bool:
        return True

    def add_vertex(self, x: float, y: float) -> None:
        """Add a vertex at ``x, y`` (map CRS, taken as it is: a typed coordinate); a point ends at once."""
        self.points.append((float(x), float(y)))
        if self.kind == "point":
            self.finish()
        else:
            self._redraw()

    def left_click(self, x: float, y: float) -> None:
        sx, sy, _ = self.editing.snapped(x, y)
        self.add_vertex(sx, sy)

    released = left_click  # a short drag while clicking still places the vertex

    def right_click(self) -> None:
        self.finish()

    def key(self, key: int) -> bool:
        if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.finish()
            return True
        if key in (QtCore.Qt.Key.Key_Backspace, QtCore.Qt.Key.Key_Delete) and self.points:
            self.points.pop()
            self._redraw()
            return True
        return super().key(key)

    def hovered(self, x: float, y: float) -> None:
        sx, sy, hit = self.editing.snapped(x, y)
        self.overlay.show_snap(hit)
        if self.points:
            self._hover = (sx, sy)
            self._redraw()

    def finish(self) -> int | None:
        """Add the feature drawn so far to the layer; returns its row (None when too few vertices,
        refused or its attributes were not given)."""
        points = self.points
        self.cancel()
        least = {"point": 1, "line": 2, "polygon": 3}[self.kind]
        if len(points) < least:
            return None
        editing = self.editing
        attributes = editing.attributes(editing.layer)
        if attributes is None:
            return None
        geom = editing.to_layer(ge.from_vertices(self.kind, points))
        rows = []
        if editing.run(lambda: rows.append(editing.edits.add_feature(geom, attributes))):
            return rows[0]
        return None

    def _redraw(self) -> None:
        pts = self.points + ([self._hover] if self._hover is not None else [])
        self.overlay.draw(pts, closed=self.kind == "polygon")
        self.overlay.show_vertices(self.points)


class MoveFeatureTool(EditTool):
    """Drag a feature of the edited layer to move it (the point released on snaps)."""

    cursor = QtCore.Qt.CursorShape.SizeAllCursor

    def __init__(self, editing: MapEditing, parent=None) -> None:
        super().__init__(editing, parent)
        self._row: int | None = None
        self._start = (0.0, 0.0)

    def pressed(self, x: float, y: float) -> None:
        self._row = self.editing.feature_at(x, y)
        self._start = (x, y)

    def dragged(self, x: float, y: float) -> None:
        if self._row is not None:
            sx, sy, hit = self.editing.snapped(x, y, skip=(self.editing.layer, self._row))
            self.overlay.show_snap(hit)
            moved = ge.translate(self.editing.geometry(self._row), sx - self._start[0], sy - self._start[1])
            self.overlay.draw([], geom=moved)

    def released(self, x: float, y: float) -> None:
        row, self._row = self._row, None
        self.overlay.clear()
        if row is None:
            return
        editing = self.editing
        sx, sy, _ = editing.snapped(x, y, skip=(editing.layer, row))
        moved = editing.to_layer(ge.translate(editing.geometry(row), sx - self._start[0], sy - self._start[1]))
        editing.run(lambda: editing.edits.replace_geometry(row, moved, "Move feature"))


class VertexTool(EditTool):
    """Drag a vertex; double-click an edge to add one; click a vertex and press Delete to remove it."""

    def __init__(self, editing: MapEditing, parent=None) -> None:
        super().__init__(editing, parent)
        self.row: int | None = None  # the feature whose vertices are shown
        self.vertex: ge.Vertex | None = None  # the chosen vertex
        self._grab: ge.Vertex | None = None

    def cancel(self) -> None:
        super().cancel()
        self.row = self.vertex = self._grab = None

    def pressed(self, x: float, y: float) -> None:
        editing, tol = self.editing, self.editing.tolerance()
        row = self.row if self.row is not None and self._near(self.row, x, y, tol) else \
            editing.vertex_feature_at(x, y)
        self._grab = None
        if row is None:
            self.cancel()
            return
        self.row = row
        vertex, d = ge.nearest_vertex(editing.geometry(row), x, y)
        self.vertex = vertex if d <= tol else None
        self._grab = self.vertex
        self._show()

    def _near(self, row: int, x: float, y: float, tol: float) -> bool:
        geom = self.editing.geometry(row)
        return ge.nearest_vertex(geom, x, y)[1] <= tol or (
            ge.kind_of(geom) != "point" and ge.nearest_edge(geom, x, y).distance <= tol)

    def dragged(self, x: float, y: float) -> None:
        if self._grab is None:
            return
        sx, sy, hit = self.editing.snapped(x, y, skip=(self.editing.layer, self.row))
        self.overlay.show_snap(hit)
        self.overlay.draw([], geom=ge.move_vertex(self.editing.geometry(self.row), self._grab, sx, sy))

    def released(self, x: float, y: float) -> None:
        grab, self._grab = self._grab, None
        if grab is None or self.row is None:
            return
        editing, row = self.editing, self.row
        sx, sy, _ = editing.snapped(x, y, skip=(editing.layer, row))
        geom = editing.to_layer(ge.move_vertex(editing.geometry(row), grab, sx, sy))
        editing.run(lambda: editing.edits.replace_geometry(row, geom, "Move vertex"))
        self.overlay.band.setPath(QtGui.QPainterPath())
        self._show()

    def double_clicked(self, x: float, y: float) -> None:
        editing = self.editing
        row = self.row if self.row is not None else editing.vertex_feature_at(x, y)
        if row is None:
            return
        geom = editing.geometry(row)
        hit = ge.nearest_edge(geom, x, y)
        if hit is None or hit.distance > editing.tolerance():
            return
        self.row = row
        new = ge.insert_vertex(geom, hit.vertex, hit.x, hit.y)
        if editing.run(lambda: editing.edits.replace_geometry(row, editing.to_layer(new), "Add vertex")):
            p, r, i = hit.vertex
            self.vertex = (p, r, i + 1)
        self._show()

    def delete_vertex(self) -> bool:
        """Remove the chosen vertex (a refusal goes to ``failed``)."""
        if self.row is None or self.vertex is None:
            return False
        editing, row, vertex = self.editing, self.row, self.vertex
        ok = editing.run(lambda: editing.edits.replace_geometry(
            row, editing.to_layer(ge.delete_vertex(editing.geometry(row), vertex)), "Delete vertex"))
        if ok:
            self.vertex = None
        self._show()
        return ok

    def key(self, key: int) -> bool:
        if key in (QtCore.Qt.Key.Key_Delete, QtCore.Qt.Key.Key_Backspace):
            return self.delete_vertex()
        return super().key(key)

    def _show(self) -> None:
        if self.row is None or self.row >= len(self.editing.layer.data):
            self.overlay.show_vertices([])
            return
        xy, names = ge.vertices(self.editing.geometry(self.row))
        chosen = names.index(self.vertex) if self.vertex in names else None
        self.overlay.show_vertices([tuple(p) for p in xy], chosen)
