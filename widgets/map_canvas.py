"""The map canvas: a pyqtgraph view with one graphics item per layer, a scale bar and a north arrow.

Items subscribe to their layers; when the view changes, each visible layer's next level of detail is
prepared in a worker while the last frame keeps panning (ARCHITECTURE.md, "Drawing fast").
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.crs import transformer
from widgets import symbols
from widgets.incident_items import IncidentItem, is_incident_layer
from widgets.layer_items import (
    LayerItem,
    View,
    build_basemap_frame,
    build_raster_frame,
    build_vector_frame,
    prepare_vector,
)
from widgets.tasks import Task

METRES_PER_PIXEL_96DPI = 0.0254 / 96.0


class MapCanvas(pg.GraphicsView):
    """Shows a project's layers in its CRS.

    Signals
    -------
    cursor_moved(float, float)
        Cursor position in project CRS.
    scale_changed(float)
        The map scale denominator (1:N).
    clicked(float, float)
        A left click (not a drag) at a position in project CRS.
    """

    cursor_moved = QtCore.Signal(float, float)
    scale_changed = QtCore.Signal(float)
    clicked = QtCore.Signal(float, float)
    frame_ready = QtCore.Signal(object)
    task_error = QtCore.Signal(object)

    def __init__(self, project, parent: QtWidgets.QWidget | None = None, asynchronous: bool = True):
        super().__init__(parent, background="w")
        self.project = project
        self.asynchronous = asynchronous
        self.view_box = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.view_box.setBackgroundColor("#f4f1ea")
        self.setCentralItem(self.view_box)
        self.origin = (0.0, 0.0)
        self.items: dict[str, LayerItem] = {}
        self._generation: dict[str, int] = {}
        #: per layer: the number of the last frame asked for, and of the last frame shown; a frame that
        #: arrives after a newer one was shown is dropped (workers may finish out of order)
        self._frames_asked: dict[str, int] = {}
        self._frames_shown: dict[str, int] = {}
        self._workers: list = []
        self._debounce = QtCore.QTimer(self, singleShot=True, interval=40)
        self._debounce.timeout.connect(self.refresh)
        self.view_box.sigRangeChanged.connect(self._range_changed)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)
        layers = project.layers
        layers.events.inserted.connect(self._sync_layers)
        layers.events.removed.connect(self._sync_layers)
        layers.events.moved.connect(self._sync_layers)
        layers.events.changed.connect(self._sync_layers)
        project.events.crs.connect(self._crs_changed)
        self._sync_layers()

    # ----------------------------------------------------------------- layers <-> items
    def _sync_layers(self, *args) -> None:
        current = {layer.id: layer for layer in self.project.layers}
        for layer_id in list(self.items):
            if layer_id not in current:
                item = self.items.pop(layer_id)
                self._generation[layer_id] = self._generation.get(layer_id, 0) + 1
                self._disconnect(item.layer)
                self.view_box.removeItem(item)
        first = not self.items
        for layer in current.values():
            if layer.id not in self.items:
                item = IncidentItem(layer) if is_incident_layer(layer) else LayerItem(layer)
                self.items[layer.id] = item
                self.view_box.addItem(item)
                self._connect(layer)
                self._prepare(layer)
        n = len(self.project.layers)
        for z, layer in enumerate(self.project.layers):  # first in the list is drawn on top
            item = self.items[layer.id]
            item.setZValue(n - z)
            item.setVisible(layer.visible)
        if first and self.items:
            self.zoom_to_extent()

    def _connect(self, layer) -> None:
        ev = layer.events
        ev.visible.connect(self._visibility_changed)
        ev.opacity.connect(self._restyle_sender)
        ev.style.connect(self._restyle_sender)
        ev.data.connect(self._restyle_sender)
        ev.selection.connect(self._restyle_sender)

    def _disconnect(self, layer) -> None:
        ev = layer.events
        for sig, slot in ((ev.visible, self._visibility_changed), (ev.opacity, self._restyle_sender),
                          (ev.style, self._restyle_sender), (ev.data, self._restyle_sender),
                          (ev.selection, self._restyle_sender)):
            try:
                sig.disconnect(slot)
            except (ValueError, RuntimeError):
                pass

    def _layer_of_sender(self):
        from psygnal import Signal

        emitter = Signal.current_emitter()
        instance = getattr(emitter, "instance", None) if emitter is not None else None
        layer = getattr(instance, "instance", instance)
        return layer if layer is not None and getattr(layer, "id", None) in self.items else None

    def _visibility_changed(self, *args) -> None:
        for layer in self.project.layers:
            item = self.items.get(layer.id)
            if item is not None:
                item.setVisible(layer.visible)
        self._debounce.start()

    def _restyle_sender(self, *args) -> None:
        layer = self._layer_of_sender()
        targets = [layer] if layer is not None else list(self.project.layers)
        for target in targets:
            self._prepare(target)

    def _crs_changed(self, *args) -> None:
        for layer in self.project.layers:
            self._prepare(layer)
        self.zoom_to_extent()

    # ----------------------------------------------------------------- view
    def zoom_to_extent(self, bbox=None, pad: bool = True) -> None:
        """Show ``bbox`` (project CRS) or the extent of all layers, with a 3 % margin when ``pad``."""
        if bbox is None:
            bbox = self.project.layers.extent_in(self.project.crs)
        if bbox is None:
            return
        minx, miny, maxx, maxy = bbox
        if not all(map(math.isfinite, bbox)):
            return
        if self.origin == (0.0, 0.0):
            self.origin = (float(minx), float(miny))
        ox, oy = self.origin
        margin = 0.03 if pad else 0.0
        pad_x = (maxx - minx) * margin or (100.0 if pad or maxx == minx else 0.0)
        pad_y = (maxy - miny) * margin or (100.0 if pad or maxy == miny else 0.0)
        self.view_box.setRange(xRange=(minx - ox - pad_x, maxx - ox + pad_x),
                               yRange=(miny - oy - pad_y, maxy - oy + pad_y), padding=0)

    def current_view(self) -> View:
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        ox, oy = self.origin
        rect = self.view_box.boundingRect()
        return View((x0 + ox, y0 + oy, x1 + ox, y1 + oy), max(int(rect.width()), 1),
                    max(int(rect.height()), 1))

    def scale_denominator(self) -> float:
        """The map scale 1:N at the centre of the view (ground metres per screen metre)."""
        view = self.current_view()
        metres = self.ground_metres_per_pixel(view)
        return metres / METRES_PER_PIXEL_96DPI

    def ground_metres_per_pixel(self, view: View | None = None) -> float:
        view = view or self.current_view()
        px = view.pixel_size
        crs = self.project.crs
        try:
            tr = transformer(crs, "EPSG:4326")
            cx, cy = (view.bbox[0] + view.bbox[2]) / 2, (view.bbox[1] + view.bbox[3]) / 2
            lon0, lat0 = tr.transform(cx, cy)
            lon1, lat1 = tr.transform(cx + px * 100, cy)
            from pyproj import Geod

            _, _, dist = Geod(ellps="GRS80").inv(lon0, lat0, lon1, lat1)
            return float(dist) / 100.0 if math.isfinite(dist) and dist > 0 else px
        except Exception:  # noqa: BLE001 — an odd CRS must not stop the scale bar
            return px

    def set_scale(self, denominator: float) -> None:
        """Zoom so the map scale becomes 1:``denominator``, keeping the centre."""
        current = self.scale_denominator()
        if denominator <= 0 or not math.isfinite(current) or current <= 0:
            return
        factor = denominator / current
        self.view_box.scaleBy(s=(factor, factor))

    def _range_changed(self, *args) -> None:
        self.scale_changed.emit(self.scale_denominator())
        self._debounce.start()

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if hasattr(self, "_debounce"):  # pyqtgraph resizes during __init__
            self._debounce.start()

    # ----------------------------------------------------------------- preparation and frames
    def _prepare(self, layer) -> None:
        item = self.items.get(layer.id)
        if item is None:
            return
        gen = self._generation.get(layer.id, 0) + 1
        self._generation[layer.id] = gen
        crs = self.project.crs
        if getattr(layer, "data", None) is None or not hasattr(layer, "geometry_kind"):
            self._request_frame(layer, gen)
            return

        def done(prepared, layer=layer, gen=gen):
            if not self._alive() or self._generation.get(layer.id) != gen or layer.id not in self.items:
                return
            item = self.items[layer.id]
            item.prepared = prepared
            b = prepared.bounds
            ox, oy = self.origin
            item.set_bounds(QtCore.QRectF(b[0] - ox, b[1] - oy, b[2] - b[0], b[3] - b[1]))
            self._request_frame(layer, gen)

        self._run(getattr(item, "prepare_function", prepare_vector), (layer, crs), done)

    def refresh(self) -> None:
        """Ask every visible layer for the level of detail of the current view."""
        if not self._alive():
            return
        for layer in self.project.layers:
            if layer.visible and layer.id in self.items:
                self._request_frame(layer, self._generation.get(layer.id, 0))

    def redraw(self, layer) -> None:
        """Draw ``layer`` again for the current view (after a change only its item knows of)."""
        if self._alive() and layer.visible and layer.id in self.items:
            self._request_frame(layer, self._generation.get(layer.id, 0))

    def _request_frame(self, layer, gen: int) -> None:
        item = self.items.get(layer.id)
        if item is None or not layer.visible:
            return
        view = self.current_view()
        origin = self.origin
        if isinstance(item, IncidentItem) and item.prepared is not None:
            fn, args = item.frame_job(view, origin, self.project.crs)
        elif item.prepared is not None:
            args = (item.prepared, layer.style, view, origin, layer.opacity,
                    np.asarray(layer.selection, dtype=np.int64))
            fn = build_vector_frame
        elif hasattr(layer, "render_rgba"):
            args = (layer, view, origin, layer.opacity, self.project.crs)
            fn = build_basemap_frame
        elif hasattr(layer, "read_view"):
            args = (layer, view, origin, layer.opacity, self.project.crs)
            fn = build_raster_frame
        else:
            return
        seq = self._frames_asked[layer.id] = self._frames_asked.get(layer.id, 0) + 1

        def done(frame, layer=layer, gen=gen, seq=seq):
            if not self._alive() or self._generation.get(layer.id) != gen:
                return
            if seq <= self._frames_shown.get(layer.id, 0):
                return  # a newer frame of this layer is already on screen
            self._frames_shown[layer.id] = seq
            item = self.items.get(layer.id)
            if item is not None and shiboken6.isValid(item):
                item.set_frame(frame)
                self.frame_ready.emit(layer)

        self._run(fn, args, done)

    def _run(self, fn, args, done) -> None:
        if not self.asynchronous:
            try:
                done(fn(*args))
            except Exception as exc:  # noqa: BLE001 — shown to the user, never a crash
                self.task_error.emit(exc)
            return
        worker = Task(fn, *args)
        worker.returned.connect(done)
        worker.errored.connect(self.task_error.emit)
        worker.finished.connect(lambda w=worker: self._workers.remove(w) if w in self._workers else None)
        self._workers.append(worker)
        worker.start()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self._debounce.stop()  # pyqtgraph deletes the view box on close; no refresh may follow
        super().closeEvent(ev)

    def _alive(self) -> bool:
        """False once the window holding the canvas is gone (a late worker result is then dropped)."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.view_box)

    def busy(self) -> bool:
        return bool(self._workers)

    def render_to_image(self, width: int, height: int) -> QtGui.QImage:
        """Draw the current view at ``width`` x ``height`` pixels (headless render and tests)."""
        self.resize(width, height)
        image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QtGui.QColor("#ffffff"))
        painter = QtGui.QPainter(image)
        self.render(painter)
        painter.end()
        return image

    # ----------------------------------------------------------------- mouse
    def to_project(self, scene_pos) -> tuple[float, float]:
        p = self.view_box.mapSceneToView(scene_pos)
        return p.x() + self.origin[0], p.y() + self.origin[1]

    def _mouse_moved(self, scene_pos) -> None:
        x, y = self.to_project(scene_pos)
        self.cursor_moved.emit(x, y)

    def _mouse_clicked(self, ev) -> None:
        if ev.button() == QtCore.Qt.MouseButton.LeftButton and not ev.double():
            x, y = self.to_project(ev.scenePos())
            self.clicked.emit(x, y)

    # ----------------------------------------------------------------- overlays
    def drawForeground(self, painter: QtGui.QPainter, rect) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        if not self.items:
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        self._draw_scale_bar(painter)
        self._draw_north_arrow(painter)
        painter.restore()

    def _draw_scale_bar(self, painter: QtGui.QPainter) -> None:
        metres_per_px = self.ground_metres_per_pixel()
        if not (metres_per_px > 0 and math.isfinite(metres_per_px)):
            return
        target = metres_per_px * 120
        exponent = 10 ** math.floor(math.log10(target))
        nice = max(m * exponent for m in (1, 2, 5) if m * exponent <= target)
        bar_px = nice / metres_per_px
        x0, y0 = 16, self.viewport().height() - 22
        painter.setPen(QtGui.QPen(QtGui.QColor("#202020"), 1.2))
        painter.setBrush(QtGui.QColor(255, 255, 255, 200))
        painter.drawRect(QtCore.QRectF(x0 - 6, y0 - 20, bar_px + 60, 32))
        half = bar_px / 2
        painter.setBrush(QtGui.QColor("#202020"))
        painter.drawRect(QtCore.QRectF(x0, y0, half, 5))
        painter.setBrush(QtGui.QColor("#ffffff"))
        painter.drawRect(QtCore.QRectF(x0 + half, y0, half, 5))
        label = f"{nice / 1000:g} km" if nice >= 1000 else f"{nice:g} m"
        painter.setFont(symbols.label_font(8.5))
        painter.drawText(QtCore.QPointF(x0, y0 - 6), "0")
        painter.drawText(QtCore.QPointF(x0 + bar_px + 4, y0 + 6), label)

    def _draw_north_arrow(self, painter: QtGui.QPainter) -> None:
        w = self.viewport().width()
        cx, top = w - 34, 14
        arrow = QtGui.QPolygonF([QtCore.QPointF(cx, top), QtCore.QPointF(cx + 10, top + 30),
                                 QtCore.QPointF(cx, top + 24), QtCore.QPointF(cx - 10, top + 30)])
        painter.setPen(QtGui.QPen(QtGui.QColor("#202020"), 1.2))
        painter.setBrush(QtGui.QColor("#202020"))
        painter.drawPolygon(arrow)
        painter.setFont(symbols.label_font(10, bold=True))
        painter.drawText(QtCore.QRectF(cx - 10, top + 30, 20, 18), QtCore.Qt.AlignmentFlag.AlignCenter, "N")
