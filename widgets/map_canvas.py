"""The map canvas: a pyqtgraph view with one graphics item per layer, a scale bar and a north arrow.

Items subscribe to their layers; when the view changes, each visible layer's next level of detail is
prepared in a worker while the last frame keeps panning (ARCHITECTURE.md, "Drawing fast").
"""

from __future__ import annotations

import contextlib
import math

import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.feedback import Feedback
from widgets.flat_picture import FlatPicture
from widgets.frame_pool import call_with_feedback, run_together
from widgets.frame_schedule import FrameSchedule
from widgets.layer_items import LayerItem, View
from widgets.layer_visuals import visual_for
from widgets.map_overlays import draw_north_arrow, draw_scale_bar, ground_metres_per_pixel
from widgets.tasks import TaskRunner

METRES_PER_PIXEL_96DPI = 0.0254 / 96.0
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

    def __init__(self, project, parent: QtWidgets.QWidget | None = None, asynchronous: bool = True,
                 runner: TaskRunner | None = None):
        super().__init__(parent, background="w")
        self.project = project
        self.asynchronous = asynchronous
        #: where the frames and preparations run (the window's runner, or the canvas's own)
        self.runner = runner if runner is not None else TaskRunner(self)
        self.view_box = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.view_box.setBackgroundColor("#f4f1ea")
        self.setCentralItem(self.view_box)
        self.origin = (0.0, 0.0)
        self.items: dict[str, LayerItem] = {}
        self.frames = FrameSchedule(self)
        self._batch: list | None = None  # the jobs of a _together() of a synchronous canvas
        self._pressed = False  # a mouse button is down on the map (a drag may be under way)
        #: the refresh after a view change: on the next turn of the event loop (several changes of one
        #: gesture become one refresh), or DRAG_PAUSE_MS after the last move while a button is held
        self._debounce = self._timer(0, self.refresh)
        #: the layer pictures blended into one once they show the same view (fast repaints)
        self.flat = FlatPicture()
        self.view_box.addItem(self.flat, ignoreBounds=True)
        self._flatten_timer = self._timer(0, self._flatten)
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
                self.frames.forget(layer_id)
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
        with self._together():
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
        with self._together():
            for target in targets:
                self._prepare(target)

    def _redraw_sender(self, *args) -> None:
        """A change only the frame shows (the reports an incident layer shows): draw it again."""
        layer = self._layer_of_sender()
        if layer is not None:
            self.redraw(layer)

    def _crs_changed(self, *args) -> None:
        with self._together():
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
        # the view's transform now: pyqtgraph defers it to the next paint, where setting it asked for a
        # second paint of every zoom and drag move
        self.view_box.updateMatrix()
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
        self.frames.prepare(layer)

    def refresh(self) -> None:
        """Ask every visible layer for the level of detail of the current view."""
        with self._together():
            self.frames.refresh()

    def redraw(self, layer) -> None:
        """Draw ``layer`` again for the current view (after a change only its item knows of)."""
        self.frames.redraw(layer)

    def _run(self, fn, args, done, key=None, finished=None):
        """Run ``fn(*args)`` (with ``feedback=`` when it takes one) and hand the result to ``done``: as
        a job of the runner (returned) when asynchronous, a new job with the same ``key`` cancelling
        the one before; else at once, or with the others of a :meth:`_together` (None returned)."""
        if self._batch is not None:
            self._batch.append((fn, args, done))
            return None
        if not self.asynchronous:
            try:
                done(call_with_feedback(fn, args, Feedback()))
            except Exception as exc:  # noqa: BLE001 — shown to the user, never a crash
                self.task_error.emit(exc)
            return None
        return self.runner.start_pooled(fn, *args, key=key, done=done, failed=self.task_error.emit,
                                        finished=finished)

    @contextlib.contextmanager
    def _together(self):
        """A synchronous canvas runs the jobs asked for meanwhile side by side on the pool threads
        (every layer's preparation, then every layer's frame) and hands their results on in the order
        they were asked for, as one after the other would; the frames are shown together at the end."""
        if self.asynchronous or self._batch is not None:
            yield
            return
        self._batch = []
        try:
            yield
            while self._batch:
                wave, self._batch = self._batch, []
                for (_, _, done), (outcome, value) in zip(
                        wave, run_together([(fn, args) for fn, args, _ in wave]), strict=True):
                    try:
                        if outcome == "errored":
                            raise value
                        done(value)  # may ask for the next wave (a prepared layer's frame)
                    except Exception as exc:  # noqa: BLE001 — shown to the user, never a crash
                        self.task_error.emit(exc)
        finally:
            self._batch = None
        if self.frames.busy():  # frames arrived
            self.frames.show_pending()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self._debounce.stop()  # pyqtgraph deletes the view box on close; no refresh may follow
        self._flatten_timer.stop()
        self.frames.stop()
        super().closeEvent(ev)

    def _alive(self) -> bool:
        """False once the window holding the canvas is gone (a late worker result is then dropped)."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.view_box)

    def drawing(self, layer) -> bool:
        """True while the frame last asked for ``layer`` is still being drawn."""
        return self.frames.drawing(layer.id)

    def busy(self) -> bool:
        """True while a refresh is pending or a worker prepares or draws a layer."""
        return self.frames.busy() or (shiboken6.isValid(self._debounce) and self._debounce.isActive())

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
