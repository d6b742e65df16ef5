"""The child process of ``bench_screen``: the real main window on an X display, driven by input events.

Run by :mod:`benchmarks.bench_screen` as ``python -m benchmarks.screen_probe <json-options>`` with
``DISPLAY`` set and ``QT_QPA_PLATFORM=xcb``. It starts the window the way ``township-console`` does
(:func:`console.cli.main`), sends wheel and mouse events to the window's ``QWindow`` (Qt routes
them to the map as it routes the X server's events), and prints one JSON line of timings in seconds.

"Settled" means: the canvas has no worker and no pending refresh, the window loads nothing, and no
paint of the map followed for :data:`QUIET_S`; the time reported is that of the end of the last paint
of the map after the input event.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

QUIET_S = 0.25  # no paint and no work for this long: the map has settled
TIMEOUT_S = 120.0
DRAG_STEP_PX = 4  # a move every frame interval, as a hand drags
FRAME_S = 1.0 / 60.0
CHOOSING_S = 2.0  # File > Open: the seconds a person spends in the dialog before the file opens


class Probe:
    """Watches the canvas paints and sends input to one main window."""

    def __init__(self, app, window) -> None:
        from PySide6 import QtCore

        self.app = app
        self.window = window
        self.canvas = window.canvas
        self.paints: list[float] = []
        #: paints of the map per zoom (from the wheel event) and per pan (from the press), to settled
        self.counts: dict[str, list[int]] = {}
        self.QtCore = QtCore

    # ------------------------------------------------------------------ waiting
    def pump(self, seconds: float = 0.005) -> None:
        """Let the event loop run for ``seconds`` (sleeping while there is nothing to do)."""
        QtCore = self.QtCore
        loop = QtCore.QEventLoop()
        QtCore.QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
        loop.exec()

    def busy(self) -> bool:
        return bool(self.window._workers) or self.canvas.busy()

    def settle(self, since: float) -> float:
        """Seconds from ``since`` (perf_counter) to the end of the last paint once settled."""
        deadline = since + TIMEOUT_S
        while time.perf_counter() < deadline:
            self.pump()
            last = self.paints[-1] if self.paints and self.paints[-1] >= since else since
            if not self.busy() and time.perf_counter() - last >= QUIET_S:
                return last - since
        raise RuntimeError("the map did not settle")

    # ------------------------------------------------------------------ input
    def _point(self, x: float, y: float):
        """A point of the map viewport (fractions of its size) in window and global coordinates."""
        QtCore = self.QtCore
        viewport = self.canvas.viewport()
        local = QtCore.QPoint(int(viewport.width() * x), int(viewport.height() * y))
        in_window = viewport.mapTo(self.window, local)
        return QtCore.QPointF(in_window), QtCore.QPointF(viewport.mapToGlobal(local))

    def wheel(self, clicks: int, x: float = 0.5, y: float = 0.5) -> float:
        """Send a wheel event of ``clicks`` notches over the map; returns when it was sent."""
        from PySide6 import QtGui

        Qt = self.QtCore.Qt
        pos, glob = self._point(x, y)
        event = QtGui.QWheelEvent(pos, glob, self.QtCore.QPoint(0, 0), self.QtCore.QPoint(0, 120 * clicks),
                                  Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                  Qt.ScrollPhase.NoScrollPhase, False)
        start = time.perf_counter()
        self.app.sendEvent(self.window.windowHandle(), event)
        return start

    def mouse(self, kind: str, x: float, y: float) -> float:
        from PySide6 import QtGui

        Qt = self.QtCore.Qt
        types = {"press": QtGui.QMouseEvent.Type.MouseButtonPress,
                 "move": QtGui.QMouseEvent.Type.MouseMove,
                 "release": QtGui.QMouseEvent.Type.MouseButtonRelease}
        button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
        buttons = Qt.MouseButton.NoButton if kind == "release" else Qt.MouseButton.LeftButton
        pos, glob = self._point(x, y)
        event = QtGui.QMouseEvent(types[kind], pos, pos, glob, button, buttons,
                                  Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        self.app.sendEvent(self.window.windowHandle(), event)
        return start

    def drag(self, dx_px: float, frames: int) -> tuple[float, float, list[float]]:
        """Drag the map ``dx_px`` pixels in ``frames`` moves one frame interval apart.

        Returns (release time, frames painted per second during the drag, seconds from each move to
        the end of the paint that showed it).
        """
        width = self.canvas.viewport().width()
        x0 = 0.5 - dx_px / width / 2
        self.mouse("press", x0, 0.5)
        self.pump(FRAME_S)
        moves = []
        start = time.perf_counter()
        for k in range(1, frames + 1):  # a move every 1/60 s, as long as the window keeps up
            moves.append(self.mouse("move", x0 + dx_px * k / frames / width, 0.5))
            self.pump(max(0.001, start + k * FRAME_S - time.perf_counter()))
        release = self.mouse("release", x0 + dx_px / width, 0.5)
        ends = [*moves[1:], release]  # a move counts as shown when a paint ends before the next
        shown = sum(any(start <= p < end for p in self.paints) for start, end in zip(moves, ends, strict=True))
        fps = shown / (release - moves[0]) if release > moves[0] else 0.0
        latency = []
        for t in moves:
            after = next((p for p in self.paints if p >= t), None)
            if after is not None and after <= release:
                latency.append(after - t)
        return release, fps, latency

    # ------------------------------------------------------------------ figures
    def zoom_settled(self, clicks: int) -> float:
        start = self.wheel(clicks)
        settled = self.settle(start)
        self.counts.setdefault("zoom", []).append(sum(1 for p in self.paints if p >= start))
        return settled

    def pan_settled(self, dx_px: float) -> float:
        start = time.perf_counter()
        release, _, _ = self.drag(dx_px, 6)
        settled = self.settle(release)
        self.counts.setdefault("pan", []).append(sum(1 for p in self.paints if p >= start))
        return settled

    def offscreen_zoom(self) -> float:
        """The offscreen figure of a zoom here: scaleBy, a synchronous refresh, render_to_image."""
        canvas = self.canvas
        rect = canvas.viewport().rect()
        canvas.asynchronous = False
        try:
            times = []
            for factor in (0.5, 2.0, 0.5, 2.0):
                start = time.perf_counter()
                canvas.view_box.scaleBy(s=(factor, factor))
                canvas.refresh()
                canvas.render_to_image(rect.width(), rect.height())
                times.append(time.perf_counter() - start)
        finally:
            canvas.asynchronous = True
        self.settle(time.perf_counter())
        return statistics.median(times)


def open_through_the_dialog(probe: Probe, path: str) -> float:
    """File > Open's slot, its dialog answered with ``path`` after :data:`CHOOSING_S` (the event loop
    runs meanwhile, as under the real modal dialog); seconds from the answer to the settled map."""
    from PySide6 import QtWidgets

    chosen = {}

    def person_picks(*_args, **_kwargs):
        probe.pump(CHOOSING_S)
        chosen["at"] = time.perf_counter()
        return [path], ""

    real = QtWidgets.QFileDialog.getOpenFileNames
    QtWidgets.QFileDialog.getOpenFileNames = person_picks
    try:
        probe.window.files.open_dialog()
    finally:
        QtWidgets.QFileDialog.getOpenFileNames = real
    return probe.settle(chosen["at"])


def drive(probe: Probe, options: dict, marks: dict, paint_s: list) -> dict:
    """The sequence of one run; ``marks`` holds the start-up times taken while the window opened."""
    out: dict = {}
    now = time.perf_counter()
    out["start_settled"] = marks["settled_wall"] - options["launched"]
    out["start_shown"] = marks["shown_wall"] - options["launched"]
    if options.get("open"):
        out["open_file"] = open_through_the_dialog(probe, options["open"])
    probe.pump(0.3)
    out["first_zoom"] = probe.zoom_settled(1)
    out["first_pan"] = probe.pan_settled(200)
    later = int(options.get("later", 0))
    if later:
        zooms, pans = [], []
        for k in range(later):
            zooms.append(probe.zoom_settled(-1 if k % 2 else 1))
            pans.append(probe.pan_settled(-200 if k % 2 else 200))
        out["zoom"], out["pan"] = zooms, pans
        fps, latency = [], []
        del paint_s[:]
        for k in range(3):
            release, rate, lat = probe.drag(-300 if k % 2 else 300, 60)
            probe.settle(release)
            fps.append(rate)
            latency += lat
        out["drag_fps"], out["drag_latency"] = fps, latency
        out["drag_paint"] = statistics.median(p[0] for p in paint_s) if paint_s else None
        out["drag_paint_cpu"] = statistics.median(p[1] for p in paint_s) if paint_s else None
        out["offscreen_zoom"] = probe.offscreen_zoom()
        out["paints"] = probe.counts
    out["probe_s"] = time.perf_counter() - now
    return out


def main(argv: list[str]) -> int:
    options = json.loads(argv[0])
    from console.app import _load_data_libraries

    _load_data_libraries()  # before Qt, as the command does
    from PySide6 import QtCore, QtWidgets

    from widgets.map_canvas import MapCanvas

    paints: list[float] = []
    paint_s: list = []  # (wall, CPU) seconds of each paint of the map
    paint_event = MapCanvas.paintEvent

    def timed_paint(canvas, event):
        start, cpu = time.perf_counter(), time.thread_time()
        paint_event(canvas, event)
        paints.append(time.perf_counter())
        paint_s.append((paints[-1] - start, time.thread_time() - cpu))

    MapCanvas.paintEvent = timed_paint
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    marks: dict = {}
    result: dict = {}

    def watch() -> None:
        window = next((w for w in app.topLevelWidgets() if hasattr(w, "canvas") and w.isVisible()),
                      None)
        if window is None:
            return
        marks.setdefault("shown_wall", time.time())
        probe = marks.get("probe")
        if probe is None:
            probe = marks["probe"] = Probe(app, window)
            probe.paints = paints
        if not paints or probe.busy() or time.perf_counter() - paints[-1] < QUIET_S:
            return
        timer.stop()
        marks["settled_wall"] = time.time() - (time.perf_counter() - paints[-1])
        try:
            result.update(drive(probe, options, marks, paint_s))
        except Exception as exc:  # noqa: BLE001 — reported to the parent as the run's error
            result["error"] = f"{type(exc).__name__}: {exc}"
        window.files.confirm_discard = lambda: True  # nothing to save after a benchmark
        window.close()
        app.quit()

    timer = QtCore.QTimer(interval=5)
    timer.timeout.connect(watch)
    timer.start()
    from console.cli import main as township_console  # the window as the command starts it

    township_console([options["project"]] if options.get("project") else [])
    print(json.dumps(result), flush=True)
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
