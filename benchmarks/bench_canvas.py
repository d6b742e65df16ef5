"""Map canvas figures: first frame, panning, zooming, start-up and how long loading blocks the window.

Scenes (canvas 1600x1000 pixels, off-screen Qt, project CRS :data:`benchmarks.synthetic.CRS`):
``1m_10k`` = 1M points + 10k village polygons, ``1m_100k`` = 1M points + 100k village polygons.

- ``first_frame_<scene>``: from loaded layers to the first complete image through a synchronous
  :class:`widgets.map_canvas.MapCanvas` (layers added: the view fits them, each is prepared and drawn
  for it, the layers side by side on the pool threads as in the window; then ``render_to_image``),
  ref ``pyogrio_raw_arrow`` (reading both files), goal 0.3 s. ``cpu_s`` is the process CPU time of
  the same span (all threads): on a busy machine the wall time waits for the cores.
- ``pan_frame_<scene>``: ``view_box.translateBy`` 5 % of the width and ``render_to_image`` without a
  new level of detail (the last frame keeps panning); ``grab_s`` is the same through
  ``QWidget.grab``. Ref ``pyqtgraph_nan_path``: a plain pyqtgraph view of the polygon outlines as one
  NaN-separated ``PlotDataItem`` path, panned the same way. Goal 0.016 s.
- ``zoom_rerender_<scene>``: ``scaleBy`` 0.5, frames of all layers rebuilt synchronously
  (``refresh``) and drawn; ref the plain pyqtgraph path zoomed and drawn. Goal 0.15 s.
- ``startup_show``: ``township-console`` on the demo project in a fresh process, from launch to the
  first turn of the event loop after the window is shown (the project is loaded before the window
  shows); ``settled_s`` is until no loading or drawing work is left. ``startup_screenshot`` times the
  whole hidden ``--screenshot`` run, an upper bound (it waits 1.5 s of idleness before saving).
  Ref ``python_startup`` (``python -c pass``), goal 2 s. With QGIS installed, ``startup_vs_qgis_show`` and
  ``startup_vs_qgis_drawn`` compare the same starts with QGIS's library opening the demo exported for QGIS
  (:mod:`benchmarks.qgis_start_probe`: a canvas in a main window, without the desktop's plugins).
- ``event_loop_block_load_1m``: the largest gap between ticks of a 10 ms timer on the GUI thread
  while a worker runs :func:`layers.project.layers_from_file` on the 1M-point file, ref the load
  time, goal 0.1 s.
- QGIS: when the system Python imports ``qgis.core``, ``qgis_render_<scene>`` times QGIS drawing the
  same files (ratio = ours / QGIS); otherwise one line says QGIS is not installed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyogrio
import shapely

from benchmarks import synthetic
from benchmarks.harness import measure, report
from datasources.vector import open_vector
from layers.project import Project
from layers.style import Style
from layers.vector import VectorLayer

WIDTH, HEIGHT = 1600, 1000
N_POINTS = 1_000_000
SCENES = {"1m_10k": 10_000, "1m_100k": 100_000}
FIRST_FRAME_GOAL_S = 0.3
PAN_GOAL_S = 0.016
ZOOM_GOAL_S = 0.15
STARTUP_GOAL_S = 2.0
BLOCK_GOAL_S = 0.1
REPEAT = 5
SYSTEM_PYTHON = os.environ.get("QGIS_PYTHON", "/usr/bin/python3")
ROOT = synthetic.PROJECT_ROOT
DEMO = ROOT / "resources" / "demo" / "qingxi.project.gpkg"
_qt_app = None  # the off-screen Qt application, kept alive for the whole run


def _app():
    """The off-screen QApplication (created on first use)."""
    global _qt_app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    _qt_app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["bench"])
    return _qt_app


def load(path: Path, style: Style) -> VectorLayer:
    """A layer of ``path`` with a fixed ``style`` (the default style's colour depends on history)."""
    return VectorLayer.from_source(open_vector(path), style=style)


def new_canvas(project: Project):
    """A shown synchronous canvas of WIDTH x HEIGHT."""
    from widgets.map_canvas import MapCanvas

    canvas = MapCanvas(project, asynchronous=False)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    _app().processEvents()
    return canvas


def close_canvas(canvas) -> None:
    canvas.project.layers.clear()
    canvas._debounce.stop()  # pyqtgraph's close() deletes the view box a pending refresh would use
    canvas.close()


def first_frame(layers: list[VectorLayer]) -> tuple[float, dict[str, float], object]:
    """Seconds from adding ``layers`` to a shown canvas to the first complete image, its phases and
    the canvas (the caller closes it)."""
    canvas = new_canvas(Project(crs=synthetic.CRS))
    start, cpu = time.perf_counter(), time.process_time()
    with canvas._together():  # side by side on the pool threads, as the window's canvas runs them
        canvas.project.layers.extend(layers)  # the view fits them, then each is prepared and drawn
    added = time.perf_counter()
    image = canvas.render_to_image(WIDTH, HEIGHT)
    done = time.perf_counter()
    if image.isNull():
        raise RuntimeError("the canvas drew no image")
    return done - start, {"add_s": added - start, "render_s": done - added,
                          "cpu_s": time.process_time() - cpu}, canvas


def nan_path_view(polygons: VectorLayer, extent):
    """The reference: a plain pyqtgraph view of the polygon outlines as one NaN-separated path."""
    import pyqtgraph as pg

    rings = shapely.get_rings(np.asarray(polygons.data.geometry.values))
    coords, index = shapely.get_coordinates(rings, return_index=True)
    breaks = np.flatnonzero(np.diff(index)) + 1
    x = np.insert(coords[:, 0] - extent[0], breaks, np.nan)
    y = np.insert(coords[:, 1] - extent[1], breaks, np.nan)
    view = pg.GraphicsView(background="w")
    box = pg.ViewBox(lockAspect=True, enableMenu=False)
    view.setCentralItem(box)
    box.addItem(pg.PlotDataItem(x, y, connect="finite", pen=pg.mkPen("#1f3f66", width=1)))
    view.resize(WIDTH, HEIGHT)
    view.show()
    _app().processEvents()
    box.setRange(xRange=(0, extent[2] - extent[0]), yRange=(0, extent[3] - extent[1]), padding=0)
    return view, box


def render_view(view):
    from PySide6 import QtGui

    image = QtGui.QImage(WIDTH, HEIGHT, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("#ffffff"))
    painter = QtGui.QPainter(image)
    view.render(painter)
    painter.end()
    return image


def pan_time(box, draw) -> float:
    """Median seconds of translating ``box`` by 5 % of the view width (back and forth) and ``draw``."""
    (x0, x1), _ = box.viewRange()
    step = [0.05 * (x1 - x0)]

    def pan():
        box.translateBy(x=step[0])
        step[0] = -step[0]
        draw()

    return measure(pan, repeat=5)


def zoom_time(box, rebuild, draw, repeat: int = REPEAT) -> float:
    """Median seconds of ``scaleBy`` 0.5, ``rebuild`` and ``draw`` (zooming back out is not timed)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        box.scaleBy(s=(0.5, 0.5))
        rebuild()
        draw()
        times.append(time.perf_counter() - start)
        box.scaleBy(s=(2.0, 2.0))
    return statistics.median(times)


def run_scene(name: str, points: VectorLayer, points_path: Path, n_polygons: int,
              cache_dir) -> tuple[float, Path]:
    """first_frame, pan_frame and zoom_rerender figures of one scene; returns (first frame seconds,
    polygon file)."""
    path = synthetic.polygons_gpkg(n_polygons, cache_dir)
    polygons = load(path, Style(fill="#a6d96a", stroke="#4d7a2a", stroke_width=0.3))
    raw_s = sum(measure(lambda p=p: pyogrio.read_dataframe(p, use_arrow=True), repeat=3, warmup=0)
                for p in (points_path, path))
    runs = []
    for _ in range(3):
        seconds, phases, canvas = first_frame([points, polygons])
        runs.append((seconds, phases))
        close_canvas(canvas)
    phases = {k: f"{statistics.median(r[1][k] for r in runs):.3f}" for k in runs[0][1]}
    first_s = statistics.median(r[0] for r in runs)
    report(f"first_frame_{name}", first_s, "pyogrio_raw_arrow", raw_s, goal_s=FIRST_FRAME_GOAL_S,
           **phases)

    _, _, canvas = first_frame([points, polygons])
    ref_view, ref_box = nan_path_view(polygons, canvas.project.layers.extent_in(synthetic.CRS))
    try:
        ours = pan_time(canvas.view_box, lambda: canvas.render_to_image(WIDTH, HEIGHT))
        grab = pan_time(canvas.view_box, canvas.grab)
        ref = pan_time(ref_box, lambda: render_view(ref_view))
        report(f"pan_frame_{name}", ours, "pyqtgraph_nan_path", ref, goal_s=PAN_GOAL_S,
               grab_s=f"{grab:.4f}")
        ours = zoom_time(canvas.view_box, canvas.refresh, lambda: canvas.render_to_image(WIDTH, HEIGHT))
        ref = zoom_time(ref_box, lambda: None, lambda: render_view(ref_view), repeat=3)
        report(f"zoom_rerender_{name}", ours, "pyqtgraph_nan_path", ref, goal_s=ZOOM_GOAL_S)
    finally:
        close_canvas(canvas)
        ref_view.close()
    return first_s, path


_SHOW_PROBE = """
import sys, time
from console.app import _load_data_libraries
_load_data_libraries()  # before Qt, as the command does
from PySide6 import QtCore, QtWidgets
app = QtWidgets.QApplication(sys.argv[:1])
marks = {}
def settled_poll():
    win = next((w for w in app.topLevelWidgets() if hasattr(w, "canvas") and w.isVisible()), None)
    if win is None:
        return
    marks.setdefault("show", time.time())
    if not win._workers and not win.canvas.busy():
        marks["settled"] = time.time()
        app.quit()
timer = QtCore.QTimer(interval=5)
timer.timeout.connect(settled_poll)
timer.start()
from console.cli import main
main([sys.argv[1]])
print(marks["show"], marks["settled"])
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_startup() -> None:
    """startup_show and startup_screenshot figures on the demo project."""
    if not DEMO.exists():
        print(f"# startup skipped: {DEMO.name} is missing", flush=True)
        return
    python_s = measure(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), repeat=5)
    shows, settles = [], []
    for _ in range(3):
        launched = time.time()
        out = subprocess.run([sys.executable, "-c", _SHOW_PROBE, str(DEMO)], env=_env(), cwd=ROOT,
                             check=True, capture_output=True, text=True, timeout=300).stdout.split()
        shows.append(float(out[-2]) - launched)
        settles.append(float(out[-1]) - launched)
    report("startup_show", statistics.median(shows), "python_startup", python_s,
           goal_s=STARTUP_GOAL_S, settled_s=f"{statistics.median(settles):.3f}")
    qgis = _qgis_start()
    if qgis is not None:
        report("startup_vs_qgis_show", statistics.median(shows), "qgis_start_show", qgis[0])
        report("startup_vs_qgis_drawn", statistics.median(settles), "qgis_start_drawn", qgis[1])
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "console", str(DEMO), "--screenshot", str(Path(tmp) / "s.png")]
        whole = measure(lambda: subprocess.run(command, env=_env(), cwd=ROOT, check=True,
                                               capture_output=True, timeout=300), repeat=3, warmup=0)
        saved = (Path(tmp) / "s.png").exists()
    report("startup_screenshot", whole, "python_startup", python_s, goal_s=STARTUP_GOAL_S,
           upper_bound="yes", idle_wait_s="1.5", saved=saved)


def _qgis_start() -> tuple[float, float] | None:
    """Median seconds from launch to QGIS's window shown and to its map of the demo drawn (its library and
    canvas in a fresh process, :mod:`benchmarks.qgis_start_probe`); None without QGIS."""
    if subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.gui"], capture_output=True).returncode != 0:
        print("# QGIS start-up reference skipped: the system Python cannot import qgis.gui", flush=True)
        return None
    import json

    from layers.project import Project
    from layers.qgis_export import export_qgis_project

    with tempfile.TemporaryDirectory() as tmp:
        qgz = Path(tmp) / "qingxi.qgz"
        export_qgis_project(Project.load(DEMO), qgz)
        shown, drawn = [], []
        for _ in range(3):
            out = subprocess.run([SYSTEM_PYTHON, str(Path(__file__).with_name("qgis_start_probe.py")), str(qgz),
                                  repr(time.time())], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                                 capture_output=True, text=True, timeout=300, check=True)
            marks = json.loads(out.stdout.strip().splitlines()[-1])
            shown.append(marks["shown_s"])
            drawn.append(marks["drawn_s"] if marks["drawn_s"] is not None else float("nan"))
    return statistics.median(shown), statistics.median(drawn)


def event_loop_block(path: Path) -> tuple[float, float]:
    """(largest gap between 10 ms timer ticks, load seconds) while a worker loads ``path`` the way the
    window does (console.file_actions.load_layers on a widgets.tasks.Task)."""
    from PySide6 import QtCore

    from console.file_actions import load_layers
    from widgets.tasks import Task

    app = _app()
    ticks: list[float] = []
    timer = QtCore.QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QtCore.QEventLoop()
    worker = Task(load_layers, [Path(path)], synthetic.CRS)  # the task hands it progress and cancel
    result = {}
    worker.returned.connect(lambda layers: result.setdefault("layers", layers))
    worker.finished.connect(loop.quit)
    timer.start()
    app.processEvents()
    start = time.perf_counter()
    ticks.append(start)
    worker.start()
    loop.exec()
    loaded = time.perf_counter() - start
    timer.stop()
    if not result.get("layers"):
        raise RuntimeError(f"{path.name} loaded no layer in the worker")
    return float(np.diff(ticks).max()), loaded


_BLOCK_PROBE = """
import sys
from benchmarks.bench_canvas import event_loop_block
print(*event_loop_block(sys.argv[1]))
"""


def run_event_loop_block(points_path: Path, repeat: int = 3) -> None:
    """The figure from ``repeat`` fresh processes (a crash in one is reported, not fatal)."""
    runs, crashes = [], []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", _BLOCK_PROBE,
                               str(points_path)], env=_env(), cwd=ROOT, capture_output=True,
                              text=True, timeout=600)
        if done.returncode == 0:
            gap, loaded = done.stdout.split()[-2:]
            runs.append((float(gap), float(loaded)))
        else:
            where = [line.strip() for line in done.stderr.splitlines() if "File " in line][:1]
            crashes.append(f"rc={done.returncode} at {where[0] if where else '?'}")
    for crash in crashes:
        print(f"# event_loop_block_load_1m: the loading process crashed ({crash})", flush=True)
    if runs:
        report("event_loop_block_load_1m", statistics.median(r[0] for r in runs), "load_in_worker",
               statistics.median(r[1] for r in runs), goal_s=BLOCK_GOAL_S,
               runs=len(runs), crashes=len(crashes))


_QGIS_RENDER = """
import sys, time
from qgis.core import (QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
app = QgsApplication([], False)
app.initQgis()
layers = [QgsVectorLayer(p, p, "ogr") for p in sys.argv[1:]]
extent = QgsRectangle(layers[0].extent())
for layer in layers[1:]:
    extent.combineExtentWith(layer.extent())
settings = QgsMapSettings()
settings.setLayers(layers)
settings.setDestinationCrs(layers[0].crs())
settings.setOutputSize(QSize(1600, 1000))
settings.setExtent(extent)
times = []
for _ in range(3):
    start = time.perf_counter()
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage()
    times.append(time.perf_counter() - start)
print(sorted(times)[1])
"""


def run_qgis(first_frames: dict[str, float], paths: dict[str, list[Path]]) -> None:
    """qgis_render_<scene> figures when QGIS is importable by the system Python, else one line."""
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True)
    if probe.returncode != 0:
        print("# QGIS is not installed (the system Python cannot import qgis.core); "
              "no ours/QGIS ratio", flush=True)
        return
    for name, files in paths.items():
        out = subprocess.run([SYSTEM_PYTHON, "-c", _QGIS_RENDER, *map(str, files)], check=True,
                             capture_output=True, text=True, env=dict(os.environ,
                                                                      QT_QPA_PLATFORM="offscreen"))
        qgis_s = float(out.stdout.split()[-1])
        report(f"qgis_render_{name}", first_frames[name], "qgis_render", qgis_s, ours="first_frame")


def run(cache_dir) -> None:
    """All canvas figures; data is generated into ``cache_dir`` on the first run."""
    _app()
    points_path = synthetic.points_gpkg(N_POINTS, cache_dir)
    points = load(points_path, Style(fill="#d7301f", stroke="#7f0000", marker_size=1.0))
    first_frames, files = {}, {}
    for name, n_polygons in SCENES.items():
        first_frames[name], polygons_path = run_scene(name, points, points_path, n_polygons, cache_dir)
        files[name] = [points_path, polygons_path]
    del points
    run_event_loop_block(points_path)
    run_startup()
    run_qgis(first_frames, files)
