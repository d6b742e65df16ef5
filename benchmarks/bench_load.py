"""Loading figures: opening big GeoPackages into layers and preparing them for the map canvas.

Figures (canvas 1600x1000 pixels, project CRS :data:`benchmarks.synthetic.CRS`):

- ``load_points_1m`` / ``load_polygons_100k``: what the window does before a layer shows:
  :func:`datasources.vector.open_vector` with ``validity="deferred"`` (null, empty and non-finite
  geometries flagged, no GEOS validity pass), then :meth:`layers.vector.VectorLayer.from_source` and
  the layer's ``extent`` (what the canvas needs first), ref ``pyogrio_raw_arrow``
  (``pyogrio.read_dataframe(path, use_arrow=True)``); the goal is a ratio of at most
  :data:`GOAL_RATIO`. ``open_s`` and ``layer_s`` split the median run.
- ``validity_check_polygons_100k``: :meth:`layers.vector.VectorLayer.check_validity` of the loaded
  layer, the background step that flags invalid geometries after the layer shows, ref the raw read.
- ``load_polygons_100k_full``: the synchronous path (``validity="full"``, what the ``info`` command
  and scripts get), ref the raw read, so the cost moved to the background stays visible.
- ``canvas_prepare_points_1m`` / ``canvas_prepare_polygons_100k``:
  :func:`widgets.layer_items.prepare_vector` (once per data, style or CRS change), ref the raw read.
- ``canvas_frame_points_1m`` / ``canvas_frame_polygons_100k``:
  :func:`widgets.layer_items.build_vector_frame` for the whole extent (every pan and zoom), ref the
  raw read, goal :data:`FRAME_GOAL_S`.

The widgets need a Qt application: this module runs Qt off-screen and imports ``widgets`` only when
the canvas figures run.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pyogrio

from benchmarks import synthetic
from benchmarks.harness import measure, report
from datasources.options import ReadOptions
from datasources.vector import open_vector
from layers.vector import VectorLayer

WIDTH, HEIGHT = 1600, 1000
N_POINTS = 1_000_000
N_POLYGONS = 100_000
LOAD_REPEAT = 5
GOAL_RATIO = 1.3
FRAME_GOAL_S = 0.15
REF = "pyogrio_raw_arrow"
_qt_app = None  # the off-screen Qt application, kept alive for the whole run


def raw_read(path: Path):
    """The reference: pyogrio's own Arrow read of the whole layer into a GeoDataFrame."""
    return pyogrio.read_dataframe(path, use_arrow=True)


def load_layer(path: Path, phases: list[tuple[float, float]] | None = None,
               validity: str = "deferred") -> VectorLayer:
    """Open ``path`` into a layer and compute its extent; appends (open_s, layer_s) to ``phases``."""
    start = time.perf_counter()
    source = open_vector(path, ReadOptions(validity=validity))
    opened = time.perf_counter()
    layer = VectorLayer.from_source(source)
    if layer.extent is None:
        raise RuntimeError(f"{path.name} loaded without an extent")
    if phases is not None:
        phases.append((opened - start, time.perf_counter() - opened))
    return layer


def run_load(name: str, path: Path, validity: str = "deferred") -> tuple[VectorLayer, float]:
    """Report the load figure ``name`` of ``path``; returns the loaded layer and the ref seconds."""
    phases: list[tuple[float, float]] = []
    ours = measure(lambda: load_layer(path, phases, validity), repeat=LOAD_REPEAT)
    ref = measure(lambda: raw_read(path), repeat=LOAD_REPEAT)
    layer = load_layer(path, validity=validity)
    timed = phases[1:]  # the first entry is the warm-up run
    report(name, ours, REF, ref, goal_ratio=f"{GOAL_RATIO:g}",
           open_s=f"{statistics.median(p[0] for p in timed):.3f}",
           layer_s=f"{statistics.median(p[1] for p in timed):.3f}",
           features=len(layer.data), kind=layer.geometry_kind)
    return layer, ref


def _widgets():
    """``widgets.layer_items``, imported after an off-screen Qt application exists."""
    global _qt_app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    if QtWidgets.QApplication.instance() is None:
        _qt_app = QtWidgets.QApplication([])
    from widgets import layer_items

    return layer_items


def run_canvas(suffix: str, layer: VectorLayer, ref_s: float) -> None:
    """Report the prepare and frame figures of a loaded layer for a view of its whole extent."""
    layer_items = _widgets()
    minx, miny, maxx, maxy = layer.extent
    view = layer_items.View(bbox=(minx, miny, maxx, maxy), width=WIDTH, height=HEIGHT)
    prepare_s = measure(lambda: layer_items.prepare_vector(layer, synthetic.CRS), repeat=LOAD_REPEAT)
    prepared = layer_items.prepare_vector(layer, synthetic.CRS)
    report(f"canvas_prepare_{suffix}", prepare_s, REF, ref_s, features=prepared.count)

    def frame():
        return layer_items.build_vector_frame(prepared, layer.style, view, origin=(minx, miny),
                                              opacity=1.0)

    frame_s = measure(frame)
    out = frame()
    report(f"canvas_frame_{suffix}", frame_s, REF, ref_s,
           goal_s=FRAME_GOAL_S, pixel_m=f"{view.pixel_size:.1f}", paths=len(out.paths),
           point_sets=len(out.points), image=out.image is not None)


def run(cache_dir) -> None:
    """All loading figures; data is generated into ``cache_dir`` on the first run."""
    points, points_ref = run_load("load_points_1m", synthetic.points_gpkg(N_POINTS, cache_dir))
    run_canvas("points_1m", points, points_ref)
    del points
    polygons_path = synthetic.polygons_gpkg(N_POLYGONS, cache_dir)
    polygons, polygons_ref = run_load("load_polygons_100k", polygons_path)
    run_validity_check("validity_check_polygons_100k", polygons_path, polygons_ref)
    run_load("load_polygons_100k_full", polygons_path, validity="full")
    run_canvas("polygons_100k", polygons, polygons_ref)


def run_validity_check(name: str, path: Path, ref_s: float) -> None:
    """Report the background validity check of a fast-opened layer (a fresh layer per run)."""
    layers = [load_layer(path) for _ in range(LOAD_REPEAT + 1)]  # measure's runs: warm-up + timed
    flagged: list[int] = []
    seconds = measure(lambda: flagged.append(layers[len(flagged)].check_validity()),
                      repeat=LOAD_REPEAT)
    report(name, seconds, REF, ref_s, flagged=flagged[-1],
           checked=all(layer.validity_checked for layer in layers[:len(flagged)]))
