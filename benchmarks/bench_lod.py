"""Level-of-detail figures: binning 1M points, simplifying 100k village polygons to the pixel size.

Figures (1600x1000 pixels):

- ``lod_points_1m``: :func:`layers.lod.bin_points` at full extent, ref ``numpy_histogram2d``.
- ``lod_first_call_compile`` / ``lod_first_call_cached``: first calls of both numba kernels in a fresh
  process with an empty numba cache (compile) and with the warm on-disk cache (load).
- ``lod_pack_100k``: :func:`layers.lod.pack_geometries` (once per data change), ref
  ``shapely_get_coordinates``.
- ``lod_polygons_100k``: :func:`layers.lod.simplify_to_pixel` at full extent, ref
  ``shapely_simplify`` (``shapely.simplify`` with tolerance = pixel size, then ``get_coordinates``).
- ``lod_polygons_100k_zoom``: the same for a view of 1/16 of the area, ref ``shapely_query_simplify``
  (STRtree query of the view, simplify, get_coordinates).
- ``lod_polygons_100k_5classes``: five calls, one per style class (feature masks).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pyogrio
import shapely

from benchmarks import synthetic
from benchmarks.harness import measure, report
from layers.lod import bin_points, pack_geometries, simplify_to_pixel

WIDTH, HEIGHT = 1600, 1000
N_POINTS = 1_000_000
N_POLYGONS = 100_000

_FIRST_CALL = """
import time
import numpy as np
import shapely
start = time.perf_counter()
from layers import lod
from layers.lod import bin_points, pack_geometries, simplify_to_pixel
imported = time.perf_counter()
lod.NUMPY_MAX_VERTICES = 0  # the numba kernel, whatever the size
bin_points(np.array([0.5]), np.array([0.5]), (0, 0, 1, 1), 4, 4)
packed = pack_geometries([shapely.box(0, 0, 10, 10)])
simplify_to_pixel(packed, 1.0)
print(imported - start, time.perf_counter() - imported)
"""


def _first_call(cache_dir: str | None) -> tuple[float, float]:
    """(import seconds, first-call seconds) of the numba kernels in a fresh interpreter."""
    env = dict(os.environ)
    if cache_dir is not None:
        env["NUMBA_CACHE_DIR"] = cache_dir
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    out = subprocess.run([sys.executable, "-c", _FIRST_CALL], env=env, cwd=root, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def fit_view(extent, width: int = WIDTH, height: int = HEIGHT):
    """The view (minx, miny, maxx, maxy) and pixel size showing ``extent`` whole at width x height."""
    minx, miny, maxx, maxy = extent
    pixel = max((maxx - minx) / width, (maxy - miny) / height)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = pixel * width / 2, pixel * height / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h), pixel


def zoom_view(view, factor: float):
    """The centre of ``view`` with width and height divided by ``factor``."""
    minx, miny, maxx, maxy = view
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = (maxx - minx) / (2 * factor), (maxy - miny) / (2 * factor)
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def run_points(cache_dir) -> None:
    """Binning figures."""
    path = synthetic.points_gpkg(N_POINTS, cache_dir)
    xy = shapely.get_coordinates(pyogrio.read_dataframe(path, use_arrow=True).geometry.values)
    x, y = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
    view, _ = fit_view((x.min(), y.min(), x.max(), y.max()))
    ours = measure(lambda: bin_points(x, y, view, WIDTH, HEIGHT))
    ref = measure(lambda: np.histogram2d(y, x, bins=(HEIGHT, WIDTH),
                                         range=((view[1], view[3]), (view[0], view[2]))), repeat=3)
    report("lod_points_1m", ours, "numpy_histogram2d", ref, goal_s=0.030, points=x.size)

    with tempfile.TemporaryDirectory() as empty_cache:
        imported, compiled = _first_call(empty_cache)
    loaded = min(_first_call(None)[1] for _ in range(3))
    report("lod_first_call_compile", compiled, "lod_points_1m", ours, import_s=f"{imported:.3f}")
    report("lod_first_call_cached", loaded, "lod_points_1m", ours)


def run_polygons(cache_dir) -> None:
    """Packing and simplifying figures."""
    path = synthetic.polygons_gpkg(N_POLYGONS, cache_dir)
    frame = pyogrio.read_dataframe(path, use_arrow=True)
    geoms = frame.geometry.values
    raw = np.asarray(geoms)
    pack_s = measure(lambda: pack_geometries(raw), repeat=3)
    ref_s = measure(lambda: shapely.get_coordinates(raw), repeat=3)
    packed = pack_geometries(raw)
    report("lod_pack_100k", pack_s, "shapely_get_coordinates", ref_s, rings=packed.n_rings,
           vertices=packed.n_vertices)

    view, pixel = fit_view(packed.bounds)
    full = measure(lambda: simplify_to_pixel(packed, pixel, view=view))
    ref = measure(lambda: shapely.get_coordinates(shapely.simplify(raw, pixel)), repeat=3, warmup=0)
    out = simplify_to_pixel(packed, pixel, view=view)
    report("lod_polygons_100k", full, "shapely_simplify", ref, goal_s=0.100,
           pixel_m=f"{pixel:.1f}", vertices_out=out.x.size, rings_out=out.ring_count)

    zoom = zoom_view(view, 4.0)  # 1/4 of the width and height: 1/16 of the area
    zoom_pixel = pixel / 4.0
    tree = shapely.STRtree(raw)

    def shapely_query_simplify():
        hits = tree.query(shapely.box(*zoom))
        return shapely.get_coordinates(shapely.simplify(raw[hits], zoom_pixel))

    ours = measure(lambda: simplify_to_pixel(packed, zoom_pixel, view=zoom))
    ref = measure(shapely_query_simplify, repeat=3)
    out = simplify_to_pixel(packed, zoom_pixel, view=zoom)
    report("lod_polygons_100k_zoom", ours, "shapely_query_simplify", ref, goal_s=0.100,
           pixel_m=f"{zoom_pixel:.1f}", vertices_out=out.x.size, rings_out=out.ring_count)

    classes = np.digitize(frame["population"].to_numpy(), [500, 1000, 1500, 2000])
    masks = [classes == k for k in range(5)]
    per_class = measure(lambda: [simplify_to_pixel(packed, pixel, view=view, features=m)
                                 for m in masks])
    report("lod_polygons_100k_5classes", per_class, "lod_polygons_100k", full, goal_s=0.100)


def run(cache_dir) -> None:
    """All level-of-detail figures; data is generated into ``cache_dir`` on the first run."""
    run_points(cache_dir)
    run_polygons(cache_dir)
