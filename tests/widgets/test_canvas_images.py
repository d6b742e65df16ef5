"""The map canvas draws small fixed scenes the same as the approved pictures in ``approved/``.

Each scene is built here from coordinates (Gauss-Kruger metres, EPSG:4549), drawn by
``MapCanvas(asynchronous=False)`` at 400x250 and compared with a tolerance (see image_compare.py).
A missing approved picture is written and the test skips: look at it, then commit it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

pytest.importorskip("pytestqt")

from layers.project import Project  # noqa: E402
from layers.style import Style  # noqa: E402
from layers.vector import VectorLayer  # noqa: E402
from tests.widgets.image_compare import (  # noqa: E402
    check_against_approved,
    compare,
    image_array,
)

CRS = "EPSG:4549"
X0, Y0 = 500_000.0, 3_300_000.0
WIDTH, HEIGHT = 400, 250
SCENE_BBOX = (X0, Y0, X0 + 4000.0, Y0 + 2500.0)


def village_polygons() -> gpd.GeoDataFrame:
    """Six fields of three land uses in a 3x2 grid, one with a pond (a hole)."""
    cells, uses = [], ["paddy", "forest", "village", "paddy", "village", "forest"]
    for k in range(6):
        col, row = k % 3, k // 3
        x, y = X0 + 200 + col * 1250, Y0 + 200 + row * 1100
        shell = shapely.box(x, y, x + 1100, y + 950)
        cells.append(shell.difference(shapely.box(x + 350, y + 300, x + 700, y + 600))
                     if k == 4 else shell)
    return gpd.GeoDataFrame({"land_use": uses, "population": [120, 860, 2400, 40, 1500, 610]},
                            geometry=cells, crs=CRS)


def roads_and_river() -> gpd.GeoDataFrame:
    lines = [shapely.LineString([(X0, Y0 + 1200), (X0 + 2000, Y0 + 1350), (X0 + 4000, Y0 + 1150)]),
             shapely.LineString([(X0 + 1300, Y0), (X0 + 1250, Y0 + 2500)]),
             shapely.LineString([(X0 + 300, Y0 + 2400), (X0 + 1800, Y0 + 700), (X0 + 3900, Y0 + 300)])]
    return gpd.GeoDataFrame({"kind": ["road", "road", "river"]}, geometry=lines, crs=CRS)


def named_places() -> gpd.GeoDataFrame:
    names = ["青溪村", "河口镇", "上塘", "林场", "学校"]
    xy = [(X0 + 700, Y0 + 600), (X0 + 2000, Y0 + 1800), (X0 + 3300, Y0 + 700),
          (X0 + 3300, Y0 + 1900), (X0 + 900, Y0 + 1900)]
    return gpd.GeoDataFrame({"name": names}, geometry=shapely.points(np.array(xy)), crs=CRS)


def categorized_layer(fills: dict[str, str] | None = None) -> VectorLayer:
    data = village_polygons()
    style = Style.categorized(data, "land_use", stroke_width=0.4)
    if fills:
        style = style.replace(classes=[c if c.value not in fills else
                                       type(c)(c.value, c.label, fills[c.value], c.stroke)
                                       for c in style.classes])
    return VectorLayer(data, "fields", style=style)


def draw(qapp, layers, bbox=SCENE_BBOX):
    """The scene's picture: a project of ``layers`` (first on top) through the canvas, synchronously."""
    from widgets.map_canvas import MapCanvas

    project = Project(crs=CRS)
    project.layers.extend(layers)
    canvas = MapCanvas(project, asynchronous=False)
    errors = []
    canvas.task_error.connect(errors.append)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    qapp.processEvents()
    canvas.zoom_to_extent(bbox, pad=False)
    qapp.processEvents()
    canvas.refresh()
    image = canvas.render_to_image(WIDTH, HEIGHT)
    # pyqtgraph's close() deletes the view box; a refresh still waiting in the debounce timer would
    # then touch it, so stop the timer first
    canvas._debounce.stop()
    canvas.close()
    assert not errors, errors
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    return image


def test_categorized_polygons_with_lines(qapp):
    lines = VectorLayer(roads_and_river(), "roads",
                        style=Style.categorized(roads_and_river(), "kind", stroke_width=0.8))
    check_against_approved(draw(qapp, [lines, categorized_layer()]), "categorized_polygons_lines")


def test_points_with_chinese_labels(qapp):
    from widgets.symbols import has_cjk_font

    if not has_cjk_font():
        pytest.skip("no font for Chinese is installed; labels would be empty boxes")
    places = VectorLayer(named_places(), "places",
                         style=Style(fill="#d7301f", stroke="#7f0000", marker_size=2.5,
                                     label_field="name", label_size=10.0))
    check_against_approved(draw(qapp, [places]), "points_chinese_labels")


def test_graduated_polygons(qapp):
    data = village_polygons()
    style = Style.graduated(data, "population", method="equal_interval", k=4, stroke_width=0.3)
    assert len(style.classes) == 4
    check_against_approved(draw(qapp, [VectorLayer(data, "population", style=style)]),
                           "graduated_polygons")


def test_a_different_fill_colour_is_detected(qapp):
    """The comparison can fail: one class repainted is far beyond the tolerance."""
    before = image_array(draw(qapp, [categorized_layer()]))
    again = image_array(draw(qapp, [categorized_layer()]))
    after = image_array(draw(qapp, [categorized_layer({"paddy": "#ff00ff"})]))
    assert compare(again, before).within()  # the same scene twice is the same picture
    changed = compare(after, before)
    assert not changed.within()
    assert changed.share_differing > 0.05  # two of six fields are paddy
    assert changed.max_difference > 100


def test_an_empty_canvas_differs_from_a_drawn_one(qapp):
    """A canvas that drew nothing (a stubbed paint) would not pass for the approved scene."""
    drawn = image_array(draw(qapp, [categorized_layer()]))
    empty = image_array(draw(qapp, []))
    assert not compare(empty, drawn).within()
