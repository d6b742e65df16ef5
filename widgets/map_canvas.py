"""The map canvas: a pyqtgraph view with one graphics item per layer, a scale bar and a north arrow.

Items subscribe to their layers; when the view changes, each visible layer's next level of detail is
prepared in a worker while the last frame keeps panning (ARCHITECTURE.md, "Drawing fast").
"""

from __future__ import annotations

import math

import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from widgets.flat_picture import FlatPicture
from widgets.frame_pool import PooledTask
from widgets.layer_items import LayerItem, View
from widgets.layer_visuals import visual_for
from widgets.map_overlays import draw_north_arrow, draw_scale_bar, ground_metres_per_pixel

METRES_PER_PIXEL_96DPI = 0.0254 / 96.0
SHOW_PARTIAL_MS = 250  # frames wait at most this long for the other layers of their view
DRAG_PAUSE_MS = 400  # a drag resting this long gets the detail of its view (else at the release)


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
        #: per layer: a frame job is running (one at a time per layer), and whether the view changed
        #: since it started (then one more job runs for the latest view when it returns)
        self._in_flight: set[str] = set()
        self._pressed = False  # a mouse button is down on the map (a drag may be under way)
        self._wanted: set[str] = set()
        #: the refresh after a view change: on the next turn of the event loop (several changes of one
        #: gesture become one refresh), or DRAG_PAUSE_MS after the last move while a button is held
        self._debounce = self._timer(0, self.refresh)
        #: the layer pictures blended into one once they show the same view (fast repaints)
        self.flat = FlatPicture()
        self.view_box.addItem(self.flat, ignoreBounds=True)
        self._flatten_timer = self._timer(0, self._flatten)
        #: frames that arrived, shown together once the last job of the view returns (or after
        #: SHOW_PARTIAL_MS, so a slow layer does not hold back the others)
        self._pending: dict = {}
        self._show_timer = self._timer(SHOW_PARTIAL_MS, self._show_pending)
        self.view_box.sigRangeChanged.connect(self._range_changed)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)
        events = project.layers.events
        for signal in (events.inserted, events.removed, events.moved, events.changed):
            signal.connect(self._sync_layers)
        project.events.crs.connect(self._crs_changed)
        self._sync_layers()

    def _timer(self, interval: int, slot) -> QtCore.QTimer:
        timer = QtCore.QTimer(self, singleShot=True, interval=interval)
        timer.timeout.connect(slot)
        return timer

    # ----------------------------------------------------------------- layers <-> items
    def _sync_layers(self, *args) -> None:
        current = {layer.id: layer for layer in self.project.layers}
        for layer_id in list(self.items):
            if layer_id not in current:
                item = self.items.pop(layer_id)
                self._generation[layer_id] = self._generation.get(layer_id, 0) + 1
                self._disconnect(item)
                self.view_box.removeItem(item)
        first = not self.items
        added = [layer for layer in current.values() if layer.id not in self.items]
        for layer in added:
            item = visual_for(layer)(layer)  # the item class registered for the layer's kind
            self.items[layer.id] = item
            self.view_box.addItem(item)
            self._connect(item)
        if first and added:
            self.zoom_to_extent()  # before preparing: the first frames are drawn for this view
        for layer in added:
            self._prepare(layer)
        n = len(self.project.layers)
        for z, layer in enumerate(self.project.layers):  # first in the list is drawn on top
            item = self.items[layer.id]
            item.setZValue(n - z)
            item.setVisible(layer.visible)
        self._unflatten()

    def _unflatten(self) -> None:
        """The layers changed: each paints itself until their pictures are blended again."""
        self.flat.clear()
        self._flatten_timer.start()

    def _flatten(self) -> None:
        if self._alive():
            self.flat.rebuild(self.items.values())

    def _slots(self, item):
        ev = item.layer.events
        return ((ev.visible, self._visibility_changed), (ev.opacity, self._restyle_sender),
                (ev.style, self._restyle_sender), (ev.data, self._restyle_sender),
                (ev.selection, self._restyle_sender),
                *((getattr(ev, name), self._redraw_sender) for name in item.redraw_events))

    def _connect(self, item) -> None:
        for signal, slot in self._slots(item):
            signal.connect(slot)

    def _disconnect(self, item) -> None:
        for signal, slot in self._slots(item):
            try:
                signal.disconnect(slot)
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
        self._unflatten()
        self._schedule_refresh()

    def _restyle_sender(self, *args) -> None:
        layer = self._layer_of_sender()
        targets = [layer] if layer is not None else list(self.project.layers)
        for target in targets:
            self._prepare(target)

    def _redraw_sender(self, *args) -> None:
        """A change only the frame shows (the reports an incident layer shows): draw it again."""
        layer = self._layer_of_sender()
        if layer is not None:
            self.redraw(layer)

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
        return ground_metres_per_pixel(view.bbox, view.pixel_size, self.project.crs)

    def set_scale(self, denominator: float) -> None:
        """Zoom so the map scale becomes 1:``denominator``, keeping the centre."""
        current = self.scale_denominator()
        if denominator <= 0 or not math.isfinite(current) or current <= 0:
            return
        factor = denominator / current
        self.view_box.scaleBy(s=(factor, factor))

    def _range_changed(self, *args) -> None:
        self.scale_changed.emit(self.scale_denominator())
        self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        """Refresh on the next turn of the event loop; while a mouse button drags the map, only once
        the mouse rests (or is released): the last picture follows the mouse meanwhile."""
        self._debounce.start(DRAG_PAUSE_MS if self._pressed else 0)

    def mousePressEvent(self, ev) -> None:  # noqa: N802
        self._pressed = True
        super().mousePressEvent(ev)

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        self._pressed = False
        super().mouseReleaseEvent(ev)
        if self._debounce.isActive():  # the drag ended: draw the new view now
            self._debounce.start(0)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if hasattr(self, "_debounce"):  # pyqtgraph resizes during __init__
            self._schedule_refresh()

    # ----------------------------------------------------------------- preparation and frames
    def _prepare(self, layer) -> None:
        item = self.items.get(layer.id)
        if item is None:
            return
        gen = self._generation.get(layer.id, 0) + 1
        self._generation[layer.id] = gen
        job = item.prepare_job(self.project.crs)
        if job is None:  # nothing to prepare (rasters, basemaps): straight to the frame
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

        self._run(*job, done)

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
        job = item.frame_job(self.current_view(), self.origin, self.project.crs)
        if job is None:  # not prepared yet, or a kind that draws nothing
            return
        fn, args = job
        if self.asynchronous and layer.id in self._in_flight:
            self._wanted.add(layer.id)  # drawn for the view of then when the running job returns
            return
        seq = self._frames_asked[layer.id] = self._frames_asked.get(layer.id, 0) + 1

        def done(frame, layer=layer, gen=gen, seq=seq):
            if not self._alive() or self._generation.get(layer.id) != gen:
                return
            if seq <= self._frames_shown.get(layer.id, 0):
                return  # a newer frame of this layer is already on screen
            self._frames_shown[layer.id] = seq
            self._pending[layer.id] = (layer, gen, frame)
            if not self.asynchronous:
                self._show_pending()
            elif not self._show_timer.isActive():
                self._show_timer.start()

        worker = self._run(fn, args, done)
        if worker is not None:
            self._in_flight.add(layer.id)
            worker.ended = lambda layer=layer: self._frame_job_ended(layer)

    def _frame_job_ended(self, layer) -> None:
        self._in_flight.discard(layer.id)
        if layer.id in self._wanted and self._alive():
            self._wanted.discard(layer.id)
            self._request_frame(layer, self._generation.get(layer.id, 0))
        if not self._in_flight and self._pending:
            self._show_pending()

    def _show_pending(self) -> None:
        """Put the frames that arrived on screen together: one repaint for the whole view instead of
        one per layer (each repaint blends every layer's picture), and no half-old, half-new map."""
        pending, self._pending = self._pending, {}
        if not self._alive():  # the window is gone; so are the items
            return
        self._show_timer.stop()
        self.flat.clear()
        shown = []
        for layer, gen, frame in pending.values():
            item = self.items.get(layer.id)
            if item is not None and shiboken6.isValid(item) and self._generation.get(layer.id) == gen:
                item.set_frame(frame)
                shown.append(layer)
        self._flatten()
        for layer in shown:
            self.frame_ready.emit(layer)

    def _run(self, fn, args, done):
        """Run ``fn(*args)`` and hand the result to ``done``: in a worker (returned) when
        asynchronous, else at once (None returned)."""
        if not self.asynchronous:
            try:
                done(fn(*args))
            except Exception as exc:  # noqa: BLE001 — shown to the user, never a crash
                self.task_error.emit(exc)
            return
        worker = PooledTask(fn, *args)
        worker.returned.connect(done)
        worker.errored.connect(self.task_error.emit)
        worker.finished.connect(lambda w=worker: self._worker_finished(w))
        self._workers.append(worker)
        worker.start()
        return worker

    def _worker_finished(self, worker) -> None:
        # one slot: the worker may be collected once it leaves the list, and a later slot of its
        # finished signal would then never run
        if worker in self._workers:
            self._workers.remove(worker)
        ended = getattr(worker, "ended", None)
        if ended is not None:
            ended()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self._debounce.stop()  # pyqtgraph deletes the view box on close; no refresh may follow
        self._flatten_timer.stop()
        self._show_timer.stop()
        super().closeEvent(ev)

    def _alive(self) -> bool:
        """False once the window holding the canvas is gone (a late worker result is then dropped)."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.view_box)

    def busy(self) -> bool:
        """True while a refresh is pending or a worker prepares or draws a layer."""
        return (bool(self._workers) or bool(self._pending)
                or (shiboken6.isValid(self._debounce) and self._debounce.isActive()))

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
        draw_scale_bar(painter, self.ground_metres_per_pixel(), self.viewport().height())
        draw_north_arrow(painter, self.viewport().width())
        painter.restore()
