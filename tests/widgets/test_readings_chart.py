"""The readings chart: a plot per parameter with a line per sensor, the AQI, water-class and rain bands and
the river's warning and danger levels behind them, zoomable in time, and a time cursor that the slider moves
and that says where it was dragged (pytest-qt, the demo township's sensors and a day of readings)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest

pytest.importorskip("pytestqt")

from layers.emergency.air_quality import CHINA_LEVELS  # noqa: E402
from layers.emergency.sensor_layer import SensorLayer  # noqa: E402
from widgets.emergency.readings_chart import DANGER_COLOUR, ReadingsChart, band_colours  # noqa: E402
from widgets.time_axis import epoch_seconds  # noqa: E402

T0 = pd.Timestamp("2026-07-01 00:00", tz="UTC")


@pytest.fixture
def layer(demo_township):
    layer = SensorLayer(pyogrio.read_dataframe(demo_township, layer="sensors"))
    hours = [T0 + pd.Timedelta(hours=h) for h in range(24)]
    rows = [("WL-01", t, "level", 0.8 + 0.15 * h) for h, t in enumerate(hours)]
    rows += [("WL-02", t, "level", 0.9) for t in hours]
    rows += [("AQ-01", t, "PM2.5", 20.0 + h) for h, t in enumerate(hours)]
    layer.add_readings(pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"]))
    return layer


def test_series_bands_levels_and_the_shared_cursor(layer, qtbot):
    chart = ReadingsChart()
    qtbot.addWidget(chart)
    chart.resize(700, 500)
    chart.show()
    chart.show_sensors(layer, ["WL-01", "WL-02", "AQ-01"])
    assert list(chart.plots) == ["PM2.5", "level"]
    x, y = chart.curves["level"]["WL-01"].getData()
    assert len(x) == 24 and y[-1] == pytest.approx(0.8 + 0.15 * 23)
    assert x[0] == epoch_seconds([T0])[0]
    assert len(chart.curves["level"]["AQ-01"].getData()[0] or []) == 0  # no level from an air station
    assert band_colours(chart, "PM2.5")[:3] == [lv.colour.lower() for lv in CHINA_LEVELS[:3]]
    levels = sorted(line.value() for line in chart.thresholds["level"])
    assert levels == [2.5, 3.5] and chart.thresholds["level"][1].pen.color().name() == DANGER_COLOUR

    # a new batch only extends the lines
    layer.add_readings(pd.DataFrame({"sensor_code": ["WL-01"], "time": [T0 + pd.Timedelta(hours=24)],
                                     "parameter": ["level"], "value": [4.2]}))
    chart.refresh()
    assert chart.curves["level"]["WL-01"].getData()[1][-1] == 4.2

    # the cursor: the slider moves it (silently); dragging it says where
    moved = []
    chart.cursor_moved.connect(moved.append)
    at = float(epoch_seconds([T0 + pd.Timedelta(hours=6)])[0])
    chart.set_cursor(at)
    assert moved == [] and all(c.isVisible() and c.value() == at for c in chart.cursors.values())
    chart.cursors["level"].setValue(at + 3600)  # as a drag does
    assert moved == [at + 3600] and chart.cursors["PM2.5"].value() == at + 3600
    assert chart.cursor_text() == "07-01 15:00"

    # zoom: the plots share the time axis
    chart.plots["level"].setXRange(at, at + 7200, padding=0)
    lo, hi = chart.plots["PM2.5"].viewRange()[0]
    assert np.isclose(lo, at) and np.isclose(hi, at + 7200)
