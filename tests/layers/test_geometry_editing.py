"""Reshaping geometries, snapping and the edit buffer of a layer, with no Qt (real plots of Bubeneč)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from datasources.source import PROBLEM_COLUMN
from layers import geometry_edit as ge
from layers.layer_edits import FileLayerEdits
from layers.snapping import snap, snappable
from layers.vector import VectorLayer


@pytest.fixture(scope="module")
def plots(real_data):
    return gpd.read_file(real_data / "pkgdata" / "momepy_bubenec.gpkg", layer="plots")


SQUARE = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])


# ------------------------------------------------------------------------------------ vertices
def test_move_first_vertex_of_a_ring_moves_its_closing_one():
    moved = ge.move_vertex(SQUARE, (0, 0, 0), -2, -3)
    coords = shapely.get_coordinates(moved)
    assert tuple(coords[0]) == tuple(coords[-1]) == (-2, -3)
    assert moved.is_valid and moved.area > SQUARE.area


def test_insert_on_the_nearest_edge_and_delete_keeps_three():
    hit = ge.nearest_edge(SQUARE, 5, -0.4)
    assert hit.vertex == (0, 0, 0) and (hit.x, hit.y) == (5, 0) and hit.distance == pytest.approx(0.4)
    five = ge.insert_vertex(SQUARE, hit.vertex, hit.x, hit.y)
    assert len(ge.vertices(five)[1]) == 5 and five.area == SQUARE.area
    four = ge.delete_vertex(five, (0, 0, 1))
    assert four.equals(SQUARE)
    three = ge.delete_vertex(four, (0, 0, 3))
    assert len(ge.vertices(three)[1]) == 3
    with pytest.raises(ge.VertexRefused):
        ge.delete_vertex(three, (0, 0, 0))
    line = shapely.LineString([(0, 0), (1, 1)])
    with pytest.raises(ge.VertexRefused):
        ge.delete_vertex(line, (0, 0, 1))


def test_holes_and_multipolygons_keep_their_parts(plots):
    holed = shapely.Polygon(SQUARE.exterior.coords, [[(2, 2), (4, 2), (4, 4), (2, 4)]])
    vertex, d = ge.nearest_vertex(holed, 4.1, 4.1)
    assert vertex == (0, 1, 2) and d == pytest.approx(np.hypot(0.1, 0.1))
    moved = ge.move_vertex(holed, vertex, 5, 5)
    assert len(moved.interiors) == 1 and moved.area == pytest.approx(100 - 6.0)
    multi = shapely.MultiPolygon([plots.geometry.iloc[0], plots.geometry.iloc[5]])
    xy, names = ge.vertices(multi)
    again = ge.move_vertex(multi, names[-1], *xy[-1])
    assert again.geom_type == "MultiPolygon" and again.equals(multi)


def test_a_bow_tie_is_flagged_not_dropped():
    bow = ge.from_vertices("polygon", [(0, 0), (10, 10), (10, 0), (0, 10)])
    assert "Self-intersection" in ge.problem_of(bow)
    assert ge.problem_of(SQUARE) == ""
    with pytest.raises(ValueError):
        ge.from_vertices("line", [(0, 0)])


# ------------------------------------------------------------------------------------ snapping
def test_snaps_to_a_shared_vertex_of_real_plots_and_to_edges(plots):
    layer = VectorLayer(plots.copy(), "plots")
    geom = plots.geometry.iloc[3]
    vx, vy = shapely.get_coordinates(geom)[1]
    hit = snap(snappable([layer]), vx + 0.6, vy - 0.5, tolerance=2.0, crs=layer.crs)
    assert hit.kind == "vertex" and (hit.x, hit.y) == (vx, vy)  # exactly the stored coordinates
    a, b = shapely.get_coordinates(geom)[1:3]
    mid = (a + b) / 2
    normal = np.array([-(b - a)[1], (b - a)[0]]) / np.hypot(*(b - a))
    hit = snap([layer], *(mid + normal * 0.3), tolerance=1.0, crs=layer.crs)
    assert hit is not None and hit.distance == pytest.approx(0.3, abs=1e-6)
    if hit.kind == "edge":
        assert shapely.distance(shapely.Point(hit.x, hit.y), geom.boundary) < 1e-6
    # the feature being reshaped is not snapped to
    alone = VectorLayer(plots.iloc[[3]].copy(), "one")
    assert snap([alone], vx + 0.1, vy, 2.0, alone.crs, skip=(alone, 0)) is None
    assert snap([alone], vx + 0.1, vy, 2.0, alone.crs).row == 0


def test_snapping_in_another_crs(plots):
    layer = VectorLayer(plots.to_crs("EPSG:4326"), "plots")
    vx, vy = shapely.get_coordinates(plots.geometry.iloc[3])[1]
    hit = snap([layer], vx + 0.5, vy, tolerance=3.0, crs="EPSG:3857")
    assert hit.kind == "vertex" and hit.x == pytest.approx(vx, abs=1e-4) and hit.y == pytest.approx(vy, abs=1e-4)


def test_snapping_asks_only_near_features_of_a_big_layer():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 100_000, (100_000, 2))
    boxes = shapely.box(xy[:, 0], xy[:, 1], xy[:, 0] + 30, xy[:, 1] + 20)
    layer = VectorLayer(gpd.GeoDataFrame(geometry=boxes, crs="EPSG:3857"), "many")
    assert layer.sindex is not None  # built once, as the map does when the layer is drawn
    x, y = xy[777]
    for _ in range(50):  # would take minutes without the index
        hit = snap([layer], x + 1, y - 1, tolerance=5.0, crs="EPSG:3857")
    assert hit.kind == "vertex" and (hit.x, hit.y) == (x, y)


# ------------------------------------------------------------------------------------ edit buffer
def test_file_layer_edits_undo_redo_save_discard(plots):
    layer = VectorLayer(plots.copy(), "plots")
    original = layer.data
    first = original.geometry.iloc[0]
    edits = FileLayerEdits(layer)
    events = []
    layer.events.data.connect(lambda _l: events.append(1))
    edits.replace_geometry(0, ge.translate(first, 5, 0))
    assert layer.data.geometry.iloc[0].equals(ge.translate(first, 5, 0)) and events
    assert original.geometry.iloc[0].equals(first)  # the frame before is untouched (undo keeps it)
    row = edits.add_feature(SQUARE.buffer(0), {"ID": 999, "nonsense": 1})
    assert row == len(plots) and layer.data["ID"].iloc[-1] == 999 and "nonsense" not in layer.data
    edits.delete_features([1, 2])
    assert len(layer.data) == len(plots) - 1 and edits.modified
    assert edits.undo() == "Delete features" and len(layer.data) == len(plots) + 1
    edits.undo()
    edits.undo()
    assert layer.data is original and not edits.modified and edits.can_redo
    edits.redo()
    assert layer.data.geometry.iloc[0].equals(ge.translate(first, 5, 0))
    edits.save()
    assert not edits.modified and not edits.can_undo
    edits.delete_features([0])
    edits.discard()
    assert len(layer.data) == len(plots) and layer.data.geometry.iloc[0].equals(ge.translate(first, 5, 0))


def test_an_invalid_new_polygon_is_flagged_in_the_problem_column(plots):
    layer = VectorLayer(plots.copy(), "plots")
    assert layer.problem_count == 0
    edits = FileLayerEdits(layer)
    row = edits.add_feature(ge.from_vertices("polygon", [(0, 0), (10, 10), (10, 0), (0, 10)]))
    assert layer.problem_count == 1 and "Self-intersection" in layer.data[PROBLEM_COLUMN].iloc[row]
    edits.replace_geometry(row, SQUARE)
    assert layer.problem_count == 0 and len(layer.data) == len(plots) + 1
