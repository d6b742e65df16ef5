"""Map tools of the real window: measuring, selecting by rectangle, bookmarks, an MBTiles basemap
(pytest-qt, driven with mouse events on the canvas)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from tests.console import test_main_window as main_window_tests
from tests.console.test_main_window import layer

window = main_window_tests.window  # the real window on the demo township, shared with those tests

pytest.importorskip("pytestqt")

LEFT = QtCore.Qt.MouseButton.LeftButton
RIGHT = QtCore.Qt.MouseButton.RightButton


@pytest.fixture(autouse=True)
def settled(window, qtbot):
    """Let the canvas's frame workers finish before the window goes (they report to it)."""
    yield
    qtbot.waitUntil(lambda: not window.canvas.busy() and not window._workers, timeout=60_000)


def to_pixel(win, x: float, y: float) -> QtCore.QPoint:
    """Viewport pixel of a point in project CRS."""
    ox, oy = win.canvas.origin
    scene = win.canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    return win.canvas.mapFromScene(scene)


def send_mouse(win, kind, pixel: QtCore.QPoint, button, buttons) -> None:
    viewport = win.canvas.viewport()
    pos = QtCore.QPointF(pixel)
    event = QtGui.QMouseEvent(kind, pos, QtCore.QPointF(viewport.mapToGlobal(pixel)), button, buttons,
                              QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(viewport, event)


def click(win, pixel, button=LEFT) -> None:
    send_mouse(win, QtCore.QEvent.Type.MouseButtonPress, pixel, button, button)
    send_mouse(win, QtCore.QEvent.Type.MouseButtonRelease, pixel, button, QtCore.Qt.MouseButton.NoButton)


def drag(win, start: QtCore.QPoint, end: QtCore.QPoint) -> None:
    send_mouse(win, QtCore.QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for t in np.linspace(0.1, 1.0, 6):
        p = QtCore.QPoint(round(start.x() + t * (end.x() - start.x())),
                          round(start.y() + t * (end.y() - start.y())))
        send_mouse(win, QtCore.QEvent.Type.MouseMove, p, QtCore.Qt.MouseButton.NoButton, LEFT)
    send_mouse(win, QtCore.QEvent.Type.MouseButtonRelease, end, LEFT, QtCore.Qt.MouseButton.NoButton)


def village_centres(win, rows=(0, 1, 2)):
    data = layer(win, "villages").data_in(win.project.crs)
    return [shapely.point_on_surface(data.geometry.iloc[r]) for r in rows]


# ---------------------------------------------------------------------------------------- measuring
def test_measure_distance_between_two_villages(window):
    from layers.measure import format_length, geodesic_length

    a, b = village_centres(window, (0, 1))
    window.tool_actions["measure_distance"].trigger()
    assert window.tool == "measure_distance"
    tool = window.measure_tools["distance"]
    tool.add_point(a.x, a.y)
    tool.add_point(b.x, b.y)
    expected = geodesic_length(shapely.LineString([a, b]), window.project.crs)
    assert expected > 100  # two villages are apart
    assert tool.finish() == pytest.approx(expected, rel=1e-12)
    assert window.statusBar().currentMessage().endswith(format_length(expected))
    assert tool.label_text == format_length(expected)
    assert tool._shape.path().elementCount() == 2  # the line is on the map

    # the same with the mouse: two clicks, right-click to finish; within a pixel of the centroids
    click(window, to_pixel(window, a.x, a.y))
    assert len(tool.points) == 1  # the first click of a new measurement starts over
    click(window, to_pixel(window, b.x, b.y))
    click(window, to_pixel(window, b.x, b.y), RIGHT)
    assert tool.done and len(tool.points) == 2
    pixel = window.canvas.current_view().pixel_size
    assert np.hypot(tool.points[0][0] - a.x, tool.points[0][1] - a.y) < 2 * pixel
    assert tool.value() == pytest.approx(expected, abs=4 * pixel)
    assert format_length(tool.value()) in window.statusBar().currentMessage()

    # a double-click finishes too (its first click adds the last vertex)
    click(window, to_pixel(window, a.x, a.y))
    far = to_pixel(window, b.x, b.y)
    click(window, far)
    send_mouse(window, QtCore.QEvent.Type.MouseButtonDblClick, far, LEFT, LEFT)
    send_mouse(window, QtCore.QEvent.Type.MouseButtonRelease, far, LEFT, QtCore.Qt.MouseButton.NoButton)
    assert tool.done and len(tool.points) == 2


def test_measure_area_of_a_village(window):
    from layers.measure import format_area, geodesic_area

    village = layer(window, "villages").data_in(window.project.crs).geometry.iloc[2]
    ring = shapely.get_exterior_ring(shapely.get_parts(village)[0])
    corners = shapely.get_coordinates(shapely.simplify(ring, 50.0))[:-1]
    assert len(corners) >= 3
    window.set_tool("measure_area")
    tool = window.measure_tools["area"]
    for x, y in corners:
        tool.add_point(x, y)
    tool.finish()
    expected = geodesic_area(shapely.Polygon(corners), window.project.crs)
    assert tool.value() == pytest.approx(expected, rel=1e-12)
    assert "亩" in tool.label_text and tool.label_text == format_area(expected)
    assert format_area(expected) in window.statusBar().currentMessage()
    window.set_tool("pan")  # switching away clears the overlay
    assert tool._shape.scene() is None and not tool.points
    window.set_tool("measure_area")
    tool.add_point(*corners[0])
    tool._crs_changed("EPSG:4326")  # vertices in the old CRS are dropped (the signal's slot)
    assert not tool.points


# ---------------------------------------------------------------------------------------- selecting
def test_rectangle_select_villages(window):
    villages = layer(window, "villages")
    a, b, c = village_centres(window)
    xs, ys = [p.x for p in (a, b)], [p.y for p in (a, b)]
    window.set_tool("select")
    model = window.layer_tree.model()
    window.layer_tree.setCurrentIndex(model.index(list(window.project.layers).index(villages), 0))
    start, end = to_pixel(window, min(xs), max(ys)), to_pixel(window, max(xs), min(ys))
    drag(window, start, end)
    # what the box the mouse drew selects, as the layer's own index says
    ox, oy = window.canvas.origin
    p0 = window.canvas.to_project(window.canvas.mapToScene(start))
    p1 = window.canvas.to_project(window.canvas.mapToScene(end))
    box = (min(p0[0], p1[0]), min(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1]))
    expected = villages.query_bbox(*box)  # villages are in the project CRS
    assert villages.crs == window.project.crs
    assert 2 <= len(expected) < len(villages.data)
    assert {0, 1} <= set(expected.tolist())
    assert np.array_equal(np.sort(villages.selection), expected)
    assert str(len(expected)) in window.statusBar().currentMessage()


def test_box_in_another_crs_is_transformed(window):
    from datasources.crs import transformer
    from widgets.select_tool import select_in_box

    villages = layer(window, "villages")
    bounds = villages.data.geometry.iloc[[0, 1]].total_bounds
    lonlat = transformer(villages.crs, "EPSG:4326").transform_bounds(*bounds)
    rows = select_in_box(villages, lonlat, "EPSG:4326")
    assert {0, 1} <= set(rows.tolist())
    back = transformer("EPSG:4326", villages.crs).transform_bounds(*lonlat)
    assert np.array_equal(rows, villages.query_bbox(*back))
    assert np.array_equal(villages.selection, rows)


def test_selection_target_falls_back_to_the_top_visible_vector_layer(window):
    window.layer_tree.setCurrentIndex(QtCore.QModelIndex())
    top = next(lyr for lyr in window.project.layers if hasattr(lyr, "query_bbox"))
    assert window.selection_target() is top
    top.visible = False
    assert window.selection_target() is not top


def test_polygon_select_with_mouse_clicks(window):
    villages = layer(window, "villages")
    centres = village_centres(window)
    triangle = shapely.buffer(shapely.MultiPoint(centres).convex_hull, 20.0).exterior
    corners = shapely.get_coordinates(shapely.simplify(triangle, 30.0))[:-1]
    window.set_tool("select_polygon")
    window.layer_tree.setCurrentIndex(
        window.layer_tree.model().index(list(window.project.layers).index(villages), 0))
    pixels = [to_pixel(window, x, y) for x, y in corners]
    for pixel in pixels:
        click(window, pixel)
    assert len(window.polygon_select_tool.points) == len(pixels)
    click(window, pixels[-1], RIGHT)
    assert window.polygon_select_tool.points == []  # finished
    clicked = [window.canvas.to_project(window.canvas.mapToScene(p)) for p in pixels]
    expected = np.sort(villages.sindex.query(shapely.Polygon(clicked), predicate="intersects"))
    assert {0, 1, 2} <= set(expected.tolist()) and len(expected) < len(villages.data)
    assert np.array_equal(villages.selection, expected)


def test_polygon_in_another_crs_is_transformed(window):
    from datasources.crs import transformer
    from widgets.select_tool import select_in_polygon

    villages = layer(window, "villages")
    inner = shapely.point_on_surface(villages.data.geometry.iloc[3]).buffer(5.0)
    to_lonlat = transformer(villages.crs, "EPSG:4326")
    lonlat = shapely.transform(inner, lambda xy: np.column_stack(to_lonlat.transform(xy[:, 0], xy[:, 1])))
    rows = select_in_polygon(villages, lonlat, "EPSG:4326")
    assert 3 in rows.tolist()
    assert np.array_equal(villages.selection, rows)


# ---------------------------------------------------------------------------------------- bookmarks
def test_bookmark_round_trip_through_the_project_file(window, tmp_path):
    from layers.project import Project

    a = village_centres(window, (0,))[0]
    window.canvas.zoom_to_extent((a.x - 500, a.y - 400, a.x + 500, a.y + 400))
    home = window.canvas.current_view().bbox
    window.bookmarks.add("村委会")
    assert window.project.dirty
    entry = window.project.settings["bookmarks"][-1]
    assert entry["name"] == "村委会" and entry["crs"] == window.project.crs
    window.canvas.zoom_to_extent()  # zoom away
    assert window.canvas.current_view().bbox[2] - window.canvas.current_view().bbox[0] > 2 * 1000
    menu = window.bookmarks.menu
    menu.aboutToShow.emit()
    action = next(act for act in menu.actions() if act.text() == "村委会")
    action.trigger()  # the View > Bookmarks entry zooms back
    pixel = window.canvas.current_view().pixel_size
    assert np.allclose(window.canvas.current_view().bbox, home, atol=2 * pixel)

    saved = window.project.save(tmp_path / "with_bookmarks.gpkg")
    reopened = Project.load(saved)
    assert reopened.settings["bookmarks"] == window.project.settings["bookmarks"]
    assert np.allclose(reopened.settings["bookmarks"][-1]["bbox"], home)


# ---------------------------------------------------------------------------------------- basemap
def test_mbtiles_basemap_goes_under_the_layers_and_draws(window, qtbot, tmp_path):
    from datasources.crs import transformer
    from tests.datasources.test_tiles import make_mbtiles

    extent = window.canvas.current_view().bbox
    west, south, east, north = transformer(window.project.crs, "EPSG:4326").transform_bounds(*extent)
    path = make_mbtiles(tmp_path / "township.mbtiles", zooms=range(3),
                        metadata={"bounds": f"{west - 1},{south - 1},{east + 1},{north + 1}"})
    basemap = window.add_basemap(path)
    assert basemap is not None and window.project.layers[len(window.project.layers) - 1] is basemap
    item = window.canvas.items[basemap.id]
    assert item.zValue() == min(i.zValue() for i in window.canvas.items.values())
    qtbot.waitUntil(lambda: item.frame.image is not None, timeout=30_000)
    view = window.canvas.current_view()
    assert item.frame.image.shape[:2] == (view.height, view.width)
    assert (item.frame.image[..., 3] > 0).mean() > 0.9  # the tiles cover the whole view
    assert item._image is not None and not item._image.isNull()


def test_a_broken_basemap_is_reported(window, tmp_path):
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"not a database at all" * 10)
    before = len(window.project.layers)
    assert window.add_basemap(bad) is None
    assert len(window.project.layers) == before
    assert window.message_bar.history and window.message_bar.history[-1][0] == "error"
