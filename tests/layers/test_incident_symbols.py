"""Incident symbols and bubbles without Qt: colours by status, shapes by category, overdue rings, and
screen-grid clustering that accounts for every report exactly once."""

from __future__ import annotations

from datetime import UTC, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from layers.incidents import symbols as sym
from layers.incidents.workflow import CATEGORIES, STATUSES
from layers.ramps import hex_to_rgb
from layers.township import INCIDENT_COLOURS

NOW = datetime(2026, 6, 1, tzinfo=UTC)
VIEW = (0.0, 0.0, 10_000.0, 8_000.0)


def reports(n: int = 400, seed: int = 3) -> gpd.GeoDataFrame:
    """``n`` reports spread over VIEW, every status and category, some due long ago."""
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 10_000, n), rng.uniform(0, 8_000, n)])
    reported = pd.Timestamp(NOW) - pd.to_timedelta(rng.uniform(0, 60, n), unit="D")
    return gpd.GeoDataFrame({
        "status": np.array(STATUSES)[np.arange(n) % len(STATUSES)],
        "category": np.array(CATEGORIES)[(np.arange(n) // 3) % len(CATEGORIES)],
        "reported_at": reported,
    }, geometry=shapely.points(xy), crs="EPSG:4549")


def test_every_category_has_its_own_shape_and_every_status_the_township_colour():
    assert len(set(sym.CATEGORY_SHAPES.values())) == len(CATEGORIES) == 8
    assert set(sym.CATEGORY_SHAPES) == set(CATEGORIES)
    outlines = {name: sym.shape_outline(name) for name in (*sym.SHAPES, sym.UNKNOWN_SHAPE)}
    assert len({o.tobytes() for o in outlines.values()}) == 9  # no two shapes drawn alike
    for outline in outlines.values():
        assert outline.ndim == 2 and outline.shape[1] == 2 and len(outline) >= 3
        assert np.abs(outline).max() <= 1.2
    for status in STATUSES:
        assert sym.STATUS_COLOURS[status] == INCIDENT_COLOURS[status]


def test_symbol_arrays_follow_the_frame_row_by_row():
    frame = reports(40)
    marks = sym.incident_symbols(frame, now=NOW)
    assert marks.count == 40 and marks.xy.shape == (40, 2)
    np.testing.assert_allclose(marks.xy[:, 0], shapely.get_x(frame.geometry.values))
    for i in (0, 7, 13, 39):
        assert STATUSES[marks.status[i]] == frame.status.iloc[i]
        assert sym.SHAPES[marks.shape[i]] == sym.CATEGORY_SHAPES[frame.category.iloc[i]]
        assert tuple(marks.fill_rgba[i]) == hex_to_rgb(INCIDENT_COLOURS[frame.status.iloc[i]]) + (255,)
    minx, miny, maxx, maxy = marks.bounds
    assert (minx, maxx) == (marks.xy[:, 0].min(), marks.xy[:, 0].max())


def test_overdue_open_reports_get_the_ring_and_are_drawn_on_top():
    frame = reports(8)  # one of each status, reported within the last 60 days
    frame["category"] = "flooding"  # deadline 1 day
    frame["reported_at"] = pd.Timestamp(NOW) - pd.Timedelta(days=5)
    marks = sym.incident_symbols(frame, now=NOW)
    late = dict(zip(frame.status, marks.overdue, strict=True))
    assert late == {"new": True, "verified": True, "assigned": True, "in_progress": True,
                    "resolved": True, "closed": False, "rejected": False, "duplicate": False}
    frame["due_at"] = pd.Timestamp(NOW) + pd.Timedelta(days=3)  # a stored deadline wins
    assert not sym.incident_symbols(frame, now=NOW).overdue.any()
    rank = dict(zip(frame.status, marks.draw_rank, strict=True))
    assert rank["new"] > rank["closed"] and rank["in_progress"] > rank["duplicate"]
    assert min(marks.draw_rank[marks.overdue]) > max(marks.draw_rank[~marks.overdue])


def test_unknown_status_category_and_missing_location_are_kept_apart():
    frame = gpd.GeoDataFrame({"status": ["new", "lost", None], "category": ["noise", "ufo", None]},
                             geometry=[shapely.Point(1, 2), None, shapely.Point(3, 4)])
    marks = sym.incident_symbols(frame, now=NOW)
    assert marks.status.tolist() == [0, -1, -1]
    assert marks.shape.tolist() == [CATEGORIES.index("noise"), -1, -1]
    assert sym.shape_name(-1) == sym.UNKNOWN_SHAPE and sym.status_colour(-1) == sym.UNKNOWN_COLOUR
    assert np.isnan(marks.xy[1]).all() and marks.bounds == (1.0, 2.0, 3.0, 4.0)
    assert not marks.overdue.any()  # no reported_at column: nothing can be overdue
    empty = sym.incident_symbols(frame.iloc[:0], now=NOW)
    assert empty.count == 0 and empty.xy.shape == (0, 2)


def _clusters(frame, pixel_size, view=VIEW, **kw):
    marks = sym.incident_symbols(frame, now=NOW)
    return marks, sym.cluster_points(marks.xy[:, 0], marks.xy[:, 1], marks.status, view, pixel_size,
                                     overdue=marks.overdue, **kw)


@pytest.mark.parametrize("pixel_size", [40.0, 10.0, 3.0, 0.5])
def test_every_point_is_in_exactly_one_bubble_or_alone(pixel_size):
    frame = reports(1000)
    marks, clusters = _clusters(frame, pixel_size)
    assert clusters.count.sum() + clusters.singles.size == len(frame)  # the view holds them all
    assert (clusters.label >= -1).all()
    members = np.concatenate([clusters.members(k) for k in range(len(clusters))] + [clusters.singles])
    assert np.array_equal(np.sort(members), np.arange(len(frame)))  # each once, none twice
    assert (clusters.count >= 2).all()
    for k in range(0, len(clusters), max(1, len(clusters) // 10)):
        rows = clusters.members(k)
        assert clusters.count[k] == rows.size
        assert clusters.cx[k] == pytest.approx(marks.xy[rows, 0].mean())
        assert clusters.overdue_share[k] == pytest.approx(marks.overdue[rows].mean())
        codes, counts = np.unique(marks.status[rows], return_counts=True)
        assert counts[list(codes).index(clusters.status[k])] == counts.max()


def test_zooming_in_splits_bubbles_until_every_report_stands_alone():
    frame = reports(1000)
    sizes = [40.0, 20.0, 10.0, 5.0, 2.5]
    found = [_clusters(frame, px)[1] for px in sizes]
    bubbles = [len(c) + c.singles.size for c in found]
    assert bubbles == sorted(bubbles) and bubbles[0] < bubbles[-1]
    biggest = [int(c.count.max(initial=1)) for c in found]
    assert biggest == sorted(biggest, reverse=True) and biggest[0] > biggest[-1]
    # a tiny pixel: cells far smaller than the gaps between reports
    alone = _clusters(frame, 0.01)[1]
    assert len(alone) == 0 and alone.singles.size == len(frame)


def test_nested_grid_cells_split_when_merging_is_off():
    """Without merging, halving the pixel size halves the cells: a bubble seen closer only splits."""
    frame = reports(1000)
    _, coarse = _clusters(frame, 20.0, merge_px=0)
    _, fine = _clusters(frame, 10.0, merge_px=0)
    for k in range(len(coarse)):
        rows = coarse.members(k)
        fine_labels = set(fine.label[rows].tolist()) - {-1}
        for f in fine_labels:  # a fine bubble never reaches outside its coarse one
            assert set(fine.members(f)) <= set(rows)


def test_neighbouring_cells_merge_when_their_reports_are_close():
    cell = 48 * 10.0
    x = np.array([cell - 5, cell - 3, cell + 4, cell + 6])  # two on each side of a cell edge
    y = np.full(4, 100.0)
    status = np.array([0, 0, 1, 3])
    apart = sym.cluster_points(x, y, status, VIEW, 10.0, merge_px=0)
    together = sym.cluster_points(x, y, status, VIEW, 10.0)
    assert len(apart) == 2 and len(together) == 1
    assert together.count.tolist() == [4] and together.status.tolist() == [0]
    lone = sym.cluster_points(x[:1], y[:1], status[:1], VIEW, 10.0)
    assert len(lone) == 0 and lone.singles.tolist() == [0]


def test_points_outside_the_view_are_left_out():
    frame = reports(1000)
    marks = sym.incident_symbols(frame, now=NOW)
    view = (0.0, 0.0, 2000.0, 2000.0)
    clusters = sym.cluster_points(marks.xy[:, 0], marks.xy[:, 1], marks.status, view, 5.0)
    cell = clusters.cell_size
    x, y = marks.xy[:, 0], marks.xy[:, 1]
    near = (x <= 2000 + cell) & (y <= 2000 + cell)
    assert clusters.count.sum() + clusters.singles.size == near.sum() < len(frame)
    assert (clusters.label[~near] == -2).all()


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="pixel size"):
        sym.cluster_points([1.0], [1.0], [0], VIEW, 0.0)
    with pytest.raises(ValueError, match="differ in length"):
        sym.cluster_points([1.0, 2.0], [1.0], [0], VIEW, 1.0)
    with pytest.raises(ValueError, match="no marker shape"):
        sym.shape_outline("banana")


def test_bubbles_give_way_to_symbols_at_village_zoom():
    assert sym.show_clusters(10.0, "EPSG:4549")  # a township on screen: ~10 m a pixel
    assert not sym.show_clusters(1.5, "EPSG:4549")  # a village: ~1.5 m a pixel
    assert sym.show_clusters(1e-3, "EPSG:4490")  # degrees: 1e-3 deg is ~100 m
    assert not sym.show_clusters(1e-5, "EPSG:4490")
