"""Incident desk figures: with 10,000 reports, apply a queue filter and redraw the queue and the map.

Data: 10,000 synthetic reports (fixed seed), shaped like ``session.features.read("incidents")``
(indexed by id, masked reporters, deadlines, assignees, addresses), around the demo's 22 village
centres over the demo township's extent (about 10.7 km x 8.8 km, EPSG:4549), with the demo's mix of
statuses and categories and reports spread over the 90 days before a fixed time.

- ``incidents_filter_redraw_10k``: one step = the next filter of a desk's round (two statuses, a
  category, overdue only, a word in the text, a village, none) through the queue model's
  ``set_filters``, the queue's table drawn (``QTableView.grab``, 800 x 600), and the incidents layer
  of two map canvases (1600 x 1000; township zoom: bubbles; village zoom, 1.5 km across:
  symbols) limited to the filtered reports and redrawn (frame built synchronously, then
  ``grab``). Goal 0.1 s; ``worst_s`` is the slowest step (usually clearing the filters: all
  10,000 reports drawn). Ref ``plain_dots_redraw``: the same 10,000 points as an ordinary point
  layer (coloured dots by status), redrawn and grabbed at the same two zooms.
- ``incidents_filter_10k``, ``incidents_queue_redraw_10k``, ``incidents_map_township_10k`` and
  ``incidents_map_village_10k``: the parts of one step (medians of each part over the same steps).
"""

from __future__ import annotations

import os
import statistics
import time

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from benchmarks.harness import measure, report
from layers.incidents.workflow import CATEGORIES, DEFAULT_DEADLINE_DAYS
from layers.project import Project
from layers.store_layer import store_layer
from layers.township import township_style
from layers.vector import VectorLayer

N_REPORTS = 10_000
GOAL_S = 0.100
CRS = "EPSG:4549"
DEMO_EXTENT = (456_060.0, 3_315_572.0, 466_760.0, 3_324_331.0)  # the demo township's villages
NOW = pd.Timestamp("2025-07-01 12:00", tz="UTC")
#: the demo store's share of each status (420 reports)
STATUS_SHARE = {"new": 0.007, "verified": 0.007, "assigned": 0.029, "in_progress": 0.074,
                "resolved": 0.167, "closed": 0.560, "rejected": 0.064, "duplicate": 0.092}
CATEGORY_SHARE = {"environment": 0.13, "street_light": 0.13, "road_damage": 0.13, "flooding": 0.12,
                  "noise": 0.08, "dispute": 0.10, "water_supply": 0.12, "waste": 0.19}
TITLES = {"environment": "溪水发黑有异味", "street_light": "路灯不亮", "road_damage": "路面坑洼",
          "flooding": "道路积水", "noise": "夜间施工噪音", "dispute": "宅基地边界纠纷",
          "water_supply": "自来水停水", "waste": "垃圾桶满了没人清运"}
PLACES = ("村口", "小学门口", "桥头", "祠堂前", "菜市场", "公交站", "溪边步道", "篮球场边")
CANVAS = (1600, 1000)
QUEUE = (800, 600)
REPEAT = 3  # rounds of the desk's filters
_qt_app = None


def _app():
    global _qt_app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    _qt_app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["bench"])
    return _qt_app


def synthetic_reports(n: int = N_REPORTS, seed: int = 5) -> gpd.GeoDataFrame:
    """``n`` reports like the store's incidents (see the module docstring)."""
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = DEMO_EXTENT
    centres = np.column_stack([rng.uniform(minx + 800, maxx - 800, 22),
                               rng.uniform(miny + 800, maxy - 800, 22)])
    village = rng.integers(0, 22, n)
    xy = centres[village] + rng.normal(0.0, 450.0, (n, 2))
    xy[:, 0] = np.clip(xy[:, 0], minx, maxx)
    xy[:, 1] = np.clip(xy[:, 1], miny, maxy)
    status = rng.choice(list(STATUS_SHARE), n, p=np.array(list(STATUS_SHARE.values())) / 1.0)
    weights = np.array([CATEGORY_SHARE[c] for c in CATEGORIES])
    category = rng.choice(CATEGORIES, n, p=weights / weights.sum())
    reported = NOW - pd.to_timedelta(rng.uniform(0, 90 * 24, n), unit="h")
    days = pd.Series(category).map(DEFAULT_DEADLINE_DAYS).to_numpy(dtype=float)
    due = reported + pd.to_timedelta(days, unit="D")
    closed = np.where(status == "closed", reported + pd.to_timedelta(rng.uniform(2, 300, n), unit="h"),
                      pd.NaT)
    codes = np.array([f"3301221122{k:02d}" for k in range(22)])
    place = np.array(PLACES)[rng.integers(0, len(PLACES), n)]
    title = pd.Series(category).map(TITLES).to_numpy(dtype=object)
    work = np.isin(status, ("assigned", "in_progress", "resolved", "closed"))
    frame = gpd.GeoDataFrame({
        "case_number": [f"QX-2025-{k:05d}" for k in range(1, n + 1)],
        "category": category, "status": status, "title": title,
        "description": [f"{p}{t}，已经{d}天了，请尽快处理。" for p, t, d in
                        zip(place, title, rng.integers(2, 9, n), strict=True)],
        "reported_at": reported, "closed_at": pd.to_datetime(closed, utc=True),
        "village_code": codes[village],
        "reporter_name": "***", "reporter_phone": "*******", "reporter_id_number": "******",
        "assignee": np.where(work, np.array(["wang", "li", "zhang", "chen"])[village % 4], None),
        "duplicate_of": pd.array([None] * n, dtype="Int64"), "due_at": due,
        "address": [f"{p}附近" for p in place], "source": rng.choice(["phone", "app", "hotline"], n),
        "version": 1, "updated_at": reported, "updated_by": "bench",
    }, geometry=shapely.points(xy), crs=CRS, index=pd.RangeIndex(1, n + 1, name="id"))
    return frame


def desk_filters(frame: pd.DataFrame) -> list[dict]:
    """One round of filters a desk officer goes through (each changes some, the others stay)."""
    return [
        {"status": {"new", "verified", "assigned"}},
        {"status": None, "category": "waste"},
        {"category": None, "overdue_only": True},
        {"overdue_only": False, "text": "路灯"},
        {"text": "", "village": str(frame["village_code"].iloc[0])},
        {"village": None},
    ]


def _canvas(project: Project, bbox):
    from widgets.map_canvas import MapCanvas

    canvas = MapCanvas(project, asynchronous=False)
    canvas.resize(*CANVAS)
    canvas.show()
    _app().processEvents()
    canvas.zoom_to_extent(bbox, pad=False)
    _app().processEvents()
    canvas._debounce.stop()
    canvas.refresh()
    return canvas


def village_view(frame: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    """A 1.5 km wide window (about 0.94 m a pixel) on the village with the most reports."""
    xy = shapely.get_coordinates(frame.geometry.values)
    busiest = frame["village_code"].value_counts().index[0]
    cx, cy = xy[(frame["village_code"] == busiest).to_numpy()].mean(axis=0)
    return (cx - 750.0, cy - 470.0, cx + 750.0, cy + 470.0)


def run(cache_dir) -> None:
    """Print the figures (``cache_dir`` unused: the data is made in memory in well under a second)."""
    _app()
    from widgets.incidents.items import IncidentItem
    from widgets.incidents.queue import IncidentQueue

    frame = synthetic_reports()
    # one layer a map, so each map's redraw is timed alone: setting a layer's shown reports draws again
    # every map showing that layer
    layer, layer_v = (store_layer("incidents", frame, crs=CRS) for _ in range(2))
    project_t, project_v = Project(crs=CRS), Project(crs=CRS)
    project_t.layers.append(layer)
    project_v.layers.append(layer_v)
    township = _canvas(project_t, DEMO_EXTENT)
    village = _canvas(project_v, village_view(frame))
    items = [township.items[layer.id], village.items[layer_v.id]]
    assert all(isinstance(item, IncidentItem) for item in items)
    queue = IncidentQueue(layer, now=lambda: NOW.to_pydatetime())
    queue.resize(*QUEUE)
    queue.show()
    _app().processEvents()

    round_ = desk_filters(frame)
    parts: dict[str, list[float]] = {"filter": [], "queue": [], "township": [], "village": []}
    step = {"i": 0}
    shown_counts: list[int] = []

    def one_step():
        filters = round_[step["i"] % len(round_)]
        step["i"] += 1
        t0 = time.perf_counter()
        shown_counts.append(queue.model.set_filters(**filters))
        t1 = time.perf_counter()
        queue.view.grab()
        t2 = time.perf_counter()
        mask = queue.model.mask
        stamps = []
        for canvas, shown_layer in ((township, layer), (village, layer_v)):
            shown_layer.shown = mask  # the canvas draws the layer again
            canvas.grab()
            stamps.append(time.perf_counter())
        parts["filter"].append(t1 - t0)
        parts["queue"].append(t2 - t1)
        parts["township"].append(stamps[0] - t2)
        parts["village"].append(stamps[1] - stamps[0])

    total = measure(one_step, repeat=REPEAT * len(round_), warmup=len(round_))
    for values in parts.values():
        del values[: len(round_)]  # the warm-up round
    ref = _plain_dots_redraw(frame)
    steps = [sum(values) for values in zip(*parts.values(), strict=True)]
    facts = {"worst_s": f"{max(steps):.6f}", "reports": len(frame),
             "shown": f"{min(shown_counts)}..{max(shown_counts)}",
             "canvas": f"{CANVAS[0]}x{CANVAS[1]}", "queue": f"{QUEUE[0]}x{QUEUE[1]}"}
    report("incidents_filter_redraw_10k", total, "plain_dots_redraw", ref, goal_s=GOAL_S, **facts)
    names = {"filter": "incidents_filter_10k", "queue": "incidents_queue_redraw_10k",
             "township": "incidents_map_township_10k", "village": "incidents_map_village_10k"}
    for key, name in names.items():
        report(name, statistics.median(parts[key]), "plain_dots_redraw", ref)
    for canvas in (township, village):
        canvas._debounce.stop()
        canvas.close()
    queue.close()


def _plain_dots_redraw(frame: gpd.GeoDataFrame) -> float:
    """The same points as an ordinary point layer coloured by status, redrawn at both zooms."""
    plain = VectorLayer(frame, "reports", crs=CRS, style=township_style("incidents", frame))
    project_t, project_v = Project(crs=CRS), Project(crs=CRS)
    project_t.layers.append(plain)
    project_v.layers.append(plain)
    canvases = [_canvas(project_t, DEMO_EXTENT), _canvas(project_v, village_view(frame))]

    def redraw():
        for canvas in canvases:
            canvas.redraw(plain)
            canvas.grab()

    seconds = measure(redraw, repeat=REPEAT * 6, warmup=2)
    for canvas in canvases:
        canvas._debounce.stop()
        canvas.close()
    return seconds


if __name__ == "__main__":
    run(None)
