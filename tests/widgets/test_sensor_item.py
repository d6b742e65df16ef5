"""Live sensors on the canvas: the symbol's colour follows a reading batch and the time slider's moment, a
silent sensor gets the stale mark, the legend lists the classes, and the identify panel shows each
parameter's sparkline (pytest-qt, the demo township's sensors)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest

pytest.importorskip("pytestqt")

from PySide6 import QtCore, QtGui  # noqa: E402

from layers.emergency.sensor_layer import RIVER_COLOURS, SensorLayer  # noqa: E402
from layers.project import Project  # noqa: E402
from widgets.emergency.sensor_item import STALE_COLOUR, SensorItem  # noqa: E402
from widgets.layer_visuals import legend_of, visual_for  # noqa: E402

T0 = pd.Timestamp("2026-07-01 00:00", tz="UTC")
SIZE = 400


def colour_count(image: QtGui.QImage, colour: str, tolerance: int = 6) -> int:
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgba = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(int)
    c = QtGui.QColor(colour)
    near = np.abs(rgba[..., :3] - (c.red(), c.green(), c.blue())).max(axis=-1) <= tolerance
    return int((near & (rgba[..., 3] == 255)).sum())


@pytest.fixture
def gauge(qtbot, demo_township):
    from widgets.map_canvas import MapCanvas

    sensors = pyogrio.read_dataframe(demo_township, layer="sensors")
    sensors = sensors[sensors["sensor_id"] == "WL-01"].reset_index(drop=True)
    project = Project(crs=str(sensors.crs))
    layer = SensorLayer(sensors, name="gauges")
    layer.clock = T0
    project.layers.append(layer)
    canvas = MapCanvas(project, asynchronous=False)
    qtbot.addWidget(canvas)
    canvas.resize(SIZE, SIZE)
    canvas.show()
    x, y = sensors.geometry.iloc[0].x, sensors.geometry.iloc[0].y
    canvas.zoom_to_extent((x - 500, y - 500, x + 500, y + 500), pad=False)
    canvas.refresh()
    return canvas, layer


def test_the_symbol_recolours_with_readings_and_the_time_slider(gauge):
    canvas, layer = gauge
    item = canvas.items[layer.id]
    assert type(item) is SensorItem and visual_for(layer) is SensorItem
    assert colour_count(item.frame.picture, STALE_COLOUR) > 0  # nothing heard: silent, the stale mark
    layer.add_readings(pd.DataFrame({"sensor_code": ["WL-01", "WL-01"], "time": [T0 - pd.Timedelta(hours=1), T0],
                                     "parameter": ["level", "level"], "value": [0.8, 3.7]}))
    danger = colour_count(item.frame.picture, RIVER_COLOURS[2])
    assert danger > 40 and colour_count(item.frame.picture, RIVER_COLOURS[0]) == 0
    assert colour_count(item.frame.picture, STALE_COLOUR) == 0

    layer.time = T0 - pd.Timedelta(minutes=30)  # the slider: back to the normal level
    assert colour_count(item.frame.picture, RIVER_COLOURS[0]) > 40
    assert colour_count(item.frame.picture, RIVER_COLOURS[2]) == 0
    layer.time = None
    layer.clock = T0 + pd.Timedelta(hours=5)  # silent for five hours: stale, faded
    assert colour_count(item.frame.picture, STALE_COLOUR) > 0
    assert colour_count(item.frame.picture, RIVER_COLOURS[2]) == 0


def test_legend_and_identify_sparkline(gauge, qtbot):
    from widgets.identify_panel import IdentifyPanel

    canvas, layer = gauge
    rows = legend_of(layer)
    assert len(rows) == 4 + 6 + 6 + 3 + 5 + 1 and all(not row.icon.isNull() for row in rows)
    layer.add_readings(pd.DataFrame({"sensor_code": "WL-01", "time": [T0 + pd.Timedelta(hours=h) for h in range(5)],
                                     "parameter": "level", "value": [0.8, 0.9, 1.2, 2.0, 3.1]}))
    panel = IdentifyPanel()
    qtbot.addWidget(panel)
    assert panel.show_results([(layer, np.array([0]))]) == 1
    feature = panel.topLevelItem(0).child(0)
    spark = feature.child(feature.childCount() - 1)
    assert (spark.text(0), spark.text(1)) == ("River level (m)", "3.1")
    pixmap = spark.data(1, QtCore.Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QtGui.QPixmap) and colour_count(pixmap.toImage(), "#d62728", 40) > 0
