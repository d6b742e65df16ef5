"""Incidents on the map: counted bubbles at township zoom, symbols by status and category at village
zoom (approved pictures, see test_canvas_images.py), the selection on top, the queue's filter, the
legend in the layer tree."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

pytest.importorskip("pytestqt")

from layers.incidents.layer import vector_layer  # noqa: E402
from layers.incidents.workflow import CATEGORIES, STATUSES  # noqa: E402
from layers.project import Project  # noqa: E402
from layers.store_layer import store_layer  # noqa: E402
from layers.vector import VectorLayer  # noqa: E402
from tests.widgets.image_compare import check_against_approved, compare, image_array  # noqa: E402
from tests.widgets.test_canvas_images import CRS, HEIGHT, WIDTH, X0, Y0, draw  # noqa: E402

TOWNSHIP_VIEW = (X0, Y0, X0 + 4000.0, Y0 + 2500.0)  # 10 m a pixel: bubbles
HAMLET = (X0 + 2700.0, Y0 + 1500.0)
VILLAGE_VIEW = (HAMLET[0] - 300.0, HAMLET[1] - 187.5, HAMLET[0] + 300.0, HAMLET[1] + 187.5)  # 1.5 m


def scene_reports() -> gpd.GeoDataFrame:
    """300 reports around five hamlets and scattered between them (fixed seed), every status and
    category; each hamlet has its own mix of statuses (a fresh flood, work under way, mostly done);
    a fixed share is overdue whatever today's date (due long ago or far ahead)."""
    rng = np.random.default_rng(20240501)
    hamlets = np.array([(600, 700), (1500, 1900), HAMLET, (3400, 600), (2000, 800)], dtype=float)
    hamlets[[0, 1, 3, 4]] += (X0, Y0)
    sizes = [70, 40, 60, 60, 40]
    spread = [180.0, 120.0, 150.0, 220.0, 90.0]
    mixes = [[0.5, 0.2, 0.1, 0.05, 0.05, 0.05, 0.03, 0.02],  # a fresh flood: mostly new
             [0.05, 0.1, 0.2, 0.45, 0.1, 0.05, 0.03, 0.02],  # work under way
             [0.12, 0.12, 0.12, 0.12, 0.12, 0.2, 0.1, 0.1],  # a bit of everything
             [0.02, 0.03, 0.05, 0.1, 0.15, 0.55, 0.05, 0.05],  # mostly closed
             [0.05, 0.05, 0.1, 0.1, 0.5, 0.1, 0.05, 0.05]]  # mostly resolved
    xy, status = [], []
    for h, k, s, mix in zip(hamlets, sizes, spread, mixes, strict=True):
        xy.append(rng.normal(h, s, (k, 2)))
        status.append(rng.choice(STATUSES[:8], size=k, p=mix))  # the statuses before "withdrawn"
    xy.append(np.column_stack([rng.uniform(X0, X0 + 4000, 30), rng.uniform(Y0, Y0 + 2500, 30)]))
    status.append(rng.choice(STATUSES[:8], size=30))
    xy, status = np.vstack(xy), np.concatenate(status)
    n = len(xy)
    category = rng.choice(CATEGORIES, size=n)
    late = np.isin(status, ("new", "verified", "assigned", "in_progress")) & (rng.random(n) < 0.4)
    due = np.where(late, pd.Timestamp("2001-01-01", tz="UTC"), pd.Timestamp("2999-01-01", tz="UTC"))
    return gpd.GeoDataFrame({
        "case_number": [f"QX-2024-{k:05d}" for k in range(1, n + 1)],
        "status": status, "category": category,
        "reported_at": pd.Timestamp("2000-06-01", tz="UTC"), "due_at": pd.to_datetime(due, utc=True),
    }, geometry=shapely.points(xy), crs=CRS)


def incident_layer(data=None, selection=()) -> VectorLayer:
    layer = store_layer("incidents", scene_reports() if data is None else data)  # as the store desk shows it
    layer.selection = list(selection)
    return layer


def hamlet_rows(data: gpd.GeoDataFrame) -> np.ndarray:
    x, y = data.geometry.x.to_numpy(), data.geometry.y.to_numpy()
    minx, miny, maxx, maxy = VILLAGE_VIEW
    return np.flatnonzero((x > minx + 40) & (x < maxx - 40) & (y > miny + 40) & (y < maxy - 40))


def test_township_zoom_shows_counted_bubbles(qapp):
    check_against_approved(draw(qapp, [incident_layer()], TOWNSHIP_VIEW), "incidents_township")


def test_village_zoom_shows_symbols_with_the_selection_on_top(qapp):
    data = scene_reports()
    chosen = hamlet_rows(data)[:2]
    image = draw(qapp, [incident_layer(data, chosen)], VILLAGE_VIEW)
    check_against_approved(image, "incidents_village")


def test_a_changed_status_or_selection_changes_the_picture(qapp):
    data = scene_reports()
    before = image_array(draw(qapp, [incident_layer(data)], VILLAGE_VIEW))
    rows = hamlet_rows(data)[:12]
    changed = data.copy()
    changed.loc[changed.index[rows], "status"] = "new"
    changed.loc[changed.index[rows], "due_at"] = pd.Timestamp("2001-01-01", tz="UTC")
    after = image_array(draw(qapp, [incident_layer(changed)], VILLAGE_VIEW))
    assert not compare(after, before).within(0.002)
    selected = image_array(draw(qapp, [incident_layer(data, rows[:3])], VILLAGE_VIEW))
    assert not compare(selected, before).within(0.001)
    yellow = (selected[..., 0] > 220) & (selected[..., 1] > 190) & (selected[..., 2] < 80)
    assert yellow.sum() > 30  # the selection glow


def test_bubbles_count_every_report_once(qapp):
    from layers.incidents import symbols as sym
    from widgets.incidents.items import CELL_PX
    from widgets.layer_items import View

    data = scene_reports()
    marks = sym.incident_symbols(data)
    view = View(TOWNSHIP_VIEW, WIDTH, HEIGHT)
    assert sym.show_clusters(view.pixel_size, CRS)
    clusters = sym.cluster_points(marks.xy[:, 0], marks.xy[:, 1], marks.status, view.bbox,
                                  view.pixel_size, CELL_PX, marks.overdue)
    assert clusters.count.sum() + clusters.singles.size == len(data)
    assert 5 <= len(clusters) <= 60


def _canvas(qtbot, layers, bbox):
    from widgets.map_canvas import MapCanvas

    project = Project(crs=CRS)
    project.layers.extend(layers)
    canvas = MapCanvas(project, asynchronous=False)
    qtbot.addWidget(canvas)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    canvas.zoom_to_extent(bbox, pad=False)
    canvas.refresh()
    return canvas


def test_the_map_follows_the_selection_the_data_and_the_queue_filter(qtbot):
    from widgets.incidents.items import IncidentItem

    data = scene_reports()
    layer = incident_layer(data)
    canvas = _canvas(qtbot, [layer], VILLAGE_VIEW)
    item = canvas.items[layer.id]
    assert isinstance(item, IncidentItem)
    full = image_array(item.frame.picture)
    layer.selection = hamlet_rows(data)[:3]
    assert not compare(image_array(item.frame.picture), full).within(0.001)
    layer.selection = []
    assert compare(image_array(item.frame.picture), full).within(0.0)
    item.set_shown(data["status"].to_numpy() == "closed")  # the queue shows closed reports only
    canvas.redraw(layer)
    only_closed = image_array(item.frame.picture)
    assert only_closed[..., 3].astype(bool).sum() < full[..., 3].astype(bool).sum()
    item.set_shown(None)
    canvas.redraw(layer)
    assert compare(image_array(item.frame.picture), full).within(0.0)
    layer.data = data.iloc[:0]
    assert not image_array(item.frame.picture)[..., 3].any()
    canvas._debounce.stop()


def test_incident_layers_are_known_by_store_kind_or_by_name_and_columns(qtbot):
    from widgets.incidents.items import IncidentItem, is_incident_layer
    from widgets.layer_items import LayerItem

    data = scene_reports()
    by_name = vector_layer(data, "incidents")  # as a file is read (layers_from_file, a saved project)
    other = vector_layer(data, "reports")
    plain = vector_layer(data[["case_number", "geometry"]], "incidents")
    assert is_incident_layer(incident_layer(data)) and is_incident_layer(by_name)
    assert not is_incident_layer(other) and not is_incident_layer(plain)
    canvas = _canvas(qtbot, [by_name, other], TOWNSHIP_VIEW)
    assert type(canvas.items[by_name.id]) is IncidentItem
    assert type(canvas.items[other.id]) is LayerItem
    canvas._debounce.stop()


def test_the_layer_tree_legend_shows_status_colours_and_category_shapes(qtbot):
    from PySide6 import QtCore

    from widgets.layer_tree import LayerTree

    project = Project(crs=CRS)
    project.layers.append(incident_layer())
    tree = LayerTree(project.layers)
    qtbot.addWidget(tree)
    model = tree.model()
    top = model.index(0, 0)
    rows = model.rowCount(top)
    assert rows == len(STATUSES) + 1 + len(CATEGORIES)
    labels = [model.data(model.index(r, 0, top)) for r in range(rows)]
    assert labels[0] == "New" and "Overdue" in labels and labels[-1] == "Waste"
    icons = [model.data(model.index(r, 0, top), QtCore.Qt.ItemDataRole.DecorationRole)
             for r in range(rows)]
    pictures = {bytes(icon.pixmap(16, 16).toImage().constBits()) for icon in icons}
    assert len(pictures) == rows  # every row drawn differently
