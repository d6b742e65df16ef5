"""Snapping while drawing on a big layer: one mouse position snapped to 100,000 polygons.

- ``snap_100k_polygons``: :func:`layers.snapping.snap` (the layer's STRtree asked for the box around the
  point, then the nearest vertex and edge of the few candidates with shapely 2 / numpy), ref the same
  answer without the index (every polygon's distance to the point, then the vertices of those within the
  tolerance), as a snap without culling would. Goal: under 5 ms a mouse move.
- ``edit_step_100k_polygons``: one reshaped polygon in the layer's edit buffer (the new frame, the
  validity flag, the layer's data event), ref a deep copy of the frame; ``edit_then_snap_100k_polygons``:
  that step and the next snap, which builds the layer's spatial index again.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from benchmarks.harness import measure, report


def run(cache_dir: Path | None = None) -> None:
    import geopandas as gpd
    import shapely

    from layers import geometry_edit as ge
    from layers.layer_edits import FileLayerEdits
    from layers.snapping import snap
    from layers.vector import VectorLayer

    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 300_000, (100_000, 2))
    polygons = shapely.buffer(shapely.points(xy), 40.0, quad_segs=4)  # 17 vertices each
    frame = gpd.GeoDataFrame({"value": np.arange(len(xy))}, geometry=polygons, crs="EPSG:4547")
    layer = VectorLayer(frame, "many")
    assert layer.sindex is not None
    x, y = xy[12_345] + (40.5, 0.3)
    tol = 5.0

    def without_index():
        geoms = layer.data.geometry.values
        near = np.flatnonzero(shapely.distance(geoms, shapely.Point(x, y)) <= tol)
        coords = shapely.get_coordinates(np.asarray(geoms)[near])
        return coords[np.argmin(np.hypot(coords[:, 0] - x, coords[:, 1] - y))]

    hit = snap([layer], x, y, tol, "EPSG:4547")
    assert hit is not None and np.allclose((hit.x, hit.y), without_index())
    ours = measure(lambda: snap([layer], x, y, tol, "EPSG:4547"), repeat=21)
    scan = measure(without_index, repeat=5)
    report("snap_100k_polygons", ours, "no_index_full_scan", scan, goal_s=0.005, features=len(xy), kind=hit.kind)

    edits = FileLayerEdits(layer)
    moved = ge.translate(layer.data.geometry.iloc[5], 3.0, 0.0)
    ours = measure(lambda: edits.replace_geometry(5, moved), repeat=7)
    ref = measure(lambda: layer.data.copy(deep=True), repeat=7)
    report("edit_step_100k_polygons", ours, "frame_deep_copy", ref, features=len(xy))
    # the first snap after an edit builds the layer's index again (the known cost of an edit)
    ours = measure(lambda: (edits.replace_geometry(5, moved), snap([layer], x, y, tol, "EPSG:4547")), repeat=5)
    report("edit_then_snap_100k_polygons", ours, "no_index_full_scan", scan, features=len(xy))
