"""When the map canvas prepares a layer and asks for its frames, and how the frames reach the screen.

Each layer item says what to prepare after a data or style change and what to draw for a view
(``widgets.layer_items.LayerItem.prepare_job`` and ``frame_job``); this schedule runs those jobs through
the window's :class:`~widgets.tasks.TaskRunner` (``start_pooled``: the map's few pool threads, not listed
in the status bar) keyed per layer, so a new frame of a layer cancels the one still drawing for an older
view: the old job stops at its function's next look at its cancel token, or never starts when it still
waits in the queue, and never delivers. The frames of one view are shown together (one repaint, no
half-old, half-new map), or after :data:`SHOW_PARTIAL_MS` so a slow layer does not hold back the rest.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore

SHOW_PARTIAL_MS = 250  # frames wait at most this long for the other layers of their view


class FrameSchedule:
    """The preparation and frame jobs of one :class:`~widgets.map_canvas.MapCanvas`.

    The canvas hands every job to its ``_run(fn, args, done, key=..., finished=...)``: a pooled task of
    its runner when asynchronous, else a call on the spot.
    """

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        #: per layer: a number that changes when the layer is prepared again or removed (a frame of the
        #: layer as it was is then dropped)
        self._generation: dict[str, int] = {}
        #: per layer: the number of the last frame asked for, and of the last frame shown; a frame that
        #: arrives after a newer one was shown is dropped
        self._frames_asked: dict[str, int] = {}
        self._frames_shown: dict[str, int] = {}
        #: per layer: its frame job still running (the latest; an older one was cancelled)
        self._drawing: dict[str, object] = {}
        self._jobs: set = set()  # every running job of this canvas, preparations and frames
        #: frames that arrived, shown together once the last frame job of the view returns
        self._pending: dict = {}
        self._show_timer = QtCore.QTimer(canvas, singleShot=True, interval=SHOW_PARTIAL_MS)
        self._show_timer.timeout.connect(self.show_pending)

    def key(self, what: str, layer_id: str) -> tuple:
        """The runner's key of a layer's ``"prepare"`` or ``"frame"`` job on this canvas."""
        return (what, id(self), layer_id)

    def generation(self, layer_id: str) -> int:
        return self._generation.get(layer_id, 0)

    def forget(self, layer_id: str) -> None:
        """The layer left the map: cancel its jobs and drop what they would still deliver."""
        self._generation[layer_id] = self.generation(layer_id) + 1
        runner = self.canvas.runner
        runner.cancel(self.key("prepare", layer_id))
        runner.cancel(self.key("frame", layer_id))
        self._drawing.pop(layer_id, None)
        self._pending.pop(layer_id, None)

    def stop(self) -> None:
        """The canvas closes: no more frames are shown, and its running jobs are cancelled."""
        self._show_timer.stop()
        self._pending.clear()
        for job in list(self._jobs):
            job.cancel()

    def drawing(self, layer_id: str) -> bool:
        """True while a frame asked for ``layer_id`` has not been drawn yet (a live layer waits for it
        rather than asking again, which would cancel it)."""
        return self._frames_asked.get(layer_id, 0) > self._frames_shown.get(layer_id, 0)

    def busy(self) -> bool:
        """True while a job of this canvas runs or its frames wait to be shown."""
        return bool(self._jobs) or bool(self._pending)

    # ----------------------------------------------------------------- preparation
    def prepare(self, layer) -> None:
        """Prepare ``layer`` (in a worker) for the project CRS, then draw its frame for the view."""
        canvas = self.canvas
        item = canvas.items.get(layer.id)
        if item is None:
            return
        gen = self._generation[layer.id] = self.generation(layer.id) + 1
        job = item.prepare_job(canvas.project.crs)
        if job is None:  # nothing to prepare (rasters, basemaps): straight to the frame
            if canvas.asynchronous:  # once the code adding the layer is done (it may set the view)
                asked = self._frames_asked.get(layer.id, 0)
                QtCore.QTimer.singleShot(0, canvas, lambda: self._first_frame(layer, gen, asked))
            else:
                self.request(layer, gen)
            return

        def done(prepared, layer=layer, gen=gen):
            if not canvas._alive() or self.generation(layer.id) != gen or layer.id not in canvas.items:
                return
            item = canvas.items[layer.id]
            item.prepared = prepared
            b = prepared.bounds
            ox, oy = canvas.origin
            item.set_bounds(QtCore.QRectF(b[0] - ox, b[1] - oy, b[2] - b[0], b[3] - b[1]))
            if canvas.asynchronous and canvas._debounce.isActive():
                return  # the view changed (the window showed, at its size): its refresh draws this
            self.request(layer, gen)

        fn, args = job
        self._track(canvas._run(fn, args, done, key=self.key("prepare", layer.id),
                                finished=self._ended))

    def _first_frame(self, layer, gen: int, asked: int) -> None:
        """The first frame of a layer with nothing to prepare, unless the view changed meanwhile (the
        project that brought the layer zoomed to its extent: the refresh on its way draws it) or a
        frame was asked for since. Drawn at once, the DEM of a project was drawn for the empty
        window's view, then again for the project's (0.3 s of a start)."""
        canvas = self.canvas
        if not canvas._alive() or self.generation(layer.id) != gen or layer.id not in canvas.items:
            return
        if canvas._debounce.isActive() or self._frames_asked.get(layer.id, 0) != asked:
            return
        self.request(layer, gen)

    # ----------------------------------------------------------------- frames
    def refresh(self) -> None:
        """Ask every visible layer for the level of detail of the current view."""
        canvas = self.canvas
        if not canvas._alive():
            return
        for layer in canvas.project.layers:
            if layer.visible and layer.id in canvas.items:
                self.request(layer, self.generation(layer.id))

    def redraw(self, layer) -> None:
        """Draw ``layer`` again for the current view (after a change only its item knows of)."""
        canvas = self.canvas
        if canvas._alive() and layer.visible and layer.id in canvas.items:
            self.request(layer, self.generation(layer.id))

    def request(self, layer, gen: int) -> None:
        """Draw the frame of ``layer`` for the current view (cancelling its frame of an older view)."""
        canvas = self.canvas
        item = canvas.items.get(layer.id)
        if item is None or not layer.visible:
            return
        job = item.frame_job(canvas.current_view(), canvas.origin, canvas.project.crs)
        if job is None:  # not prepared yet, or a kind that draws nothing
            return
        seq = self._frames_asked[layer.id] = self._frames_asked.get(layer.id, 0) + 1

        def done(frame, layer=layer, gen=gen, seq=seq):
            if not canvas._alive() or self.generation(layer.id) != gen:
                return
            if seq <= self._frames_shown.get(layer.id, 0):
                return  # a newer frame of this layer is already on screen
            self._frames_shown[layer.id] = seq
            self._pending[layer.id] = (layer, gen, frame)
            if not canvas.asynchronous:
                if canvas._batch is None:  # else shown with the others at the end of the batch
                    self.show_pending()
            elif not self._show_timer.isActive():
                self._show_timer.start()

        fn, args = job
        running = canvas._run(fn, args, done, key=self.key("frame", layer.id), finished=self._ended)
        if running is not None:
            self._drawing[layer.id] = running
            self._track(running)

    def _track(self, job) -> None:
        if job is not None:
            job.layer_id = job.key[2]
            self._jobs.add(job)

    def _ended(self, job) -> None:
        self._jobs.discard(job)
        if self._drawing.get(job.layer_id) is job:
            del self._drawing[job.layer_id]
        if not self._drawing and self._pending:
            self.show_pending()

    def show_pending(self) -> None:
        """Put the frames that arrived on screen together: one repaint for the whole view instead of
        one per layer (each repaint blends every layer's picture), and no half-old, half-new map."""
        pending, self._pending = self._pending, {}
        canvas = self.canvas
        if not canvas._alive():  # the window is gone; so are the items
            return
        self._show_timer.stop()
        canvas.flat.clear()
        shown = []
        for layer, gen, frame in pending.values():
            item = canvas.items.get(layer.id)
            if item is not None and shiboken6.isValid(item) and self.generation(layer.id) == gen:
                item.set_frame(frame)
                shown.append(layer)
        canvas._flatten()
        for layer in shown:
            canvas.frame_ready.emit(layer)
