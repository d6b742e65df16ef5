"""Frames of one layer that finish out of order: an older frame never replaces a newer one on screen."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

pytest.importorskip("pytestqt")

from layers.project import Project  # noqa: E402
from layers.vector import VectorLayer  # noqa: E402
from widgets.map_canvas import MapCanvas  # noqa: E402


def test_a_late_older_frame_is_dropped(qtbot):
    points = gpd.GeoDataFrame({"n": [1, 2]}, geometry=shapely.points([(0, 0), (100, 100)]),
                              crs="EPSG:4549")
    project = Project(crs="EPSG:4549")
    layer = VectorLayer(points, "points")
    project.layers.append(layer)
    canvas = MapCanvas(project, asynchronous=False)
    qtbot.addWidget(canvas)
    item = canvas.items[layer.id]
    held = []
    canvas._run = lambda fn, args, done, **job: held.append((fn(*args), done))  # workers held back
    canvas.redraw(layer)  # frame 1 (older)
    canvas.redraw(layer)  # frame 2 (newer)
    (old_frame, old_done), (new_frame, new_done) = held
    new_done(new_frame)  # the newer worker finishes first
    assert item.frame is new_frame
    old_done(old_frame)  # the older one lands last: dropped
    assert item.frame is new_frame
