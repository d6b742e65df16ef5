"""The live sensor layer: readings kept once and in time, symbol classes by the national tables and the
river's levels, the stale mark, and the values at a moment of the time slider (no Qt)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from layers.emergency.air_quality import CHINA_LEVELS
from layers.emergency.sensor_layer import (
    RAIN_COLOURS,
    RIVER_COLOURS,
    WATER_CLASS_COLOURS,
    SensorLayer,
)
from layers.kinds import layer_class


@pytest.fixture
def sensors(demo_township):
    return pyogrio.read_dataframe(demo_township, layer="sensors")


def batch(rows):
    return pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"])


T0 = pd.Timestamp("2026-07-01 00:00", tz="UTC")


def row_of(layer, code):
    return list(layer.codes).index(code)


def test_a_reading_batch_recolours_by_class_and_late_ones_never_become_latest(sensors):
    layer = SensorLayer(sensors)
    assert layer_class("live_sensors") is SensorLayer
    layer.clock = T0
    heard = []
    layer.events.readings.connect(heard.append)
    wl, aq, wq, rg = (row_of(layer, c) for c in ("WL-01", "AQ-01", "WQ-01", "RG-01"))
    assert layer.symbols().level[wl] == -1 and layer.symbols().stale.all()  # nothing heard yet

    added = layer.add_readings(batch([
        ("WL-01", T0, "level", 0.8), ("RG-01", T0, "rain", 20.0),
        ("AQ-01", T0, "PM2.5", 80.0), ("AQ-01", T0, "PM10", 60.0),  # PM2.5 80 (24 h table): IAQI 107
        ("WQ-01", T0, "DO", 5.5), ("WQ-01", T0, "NH3-N", 0.3),  # DO 5.5 is class III
        ("NOPE", T0, "level", 1.0), ("WL-01", None, "level", 9.0)]))
    assert added == 6 and len(heard) == 1
    s = layer.symbols()
    assert s.colour[wl] == RIVER_COLOURS[0] and s.level[wl] == 0
    assert s.colour[rg] == RAIN_COLOURS[4]
    assert s.level[aq] == 3 and s.colour[aq] == CHINA_LEVELS[2].colour
    assert s.level[wq] == 3 and s.colour[wq] == WATER_CLASS_COLOURS[3]
    assert not s.stale[wl] and s.stale[row_of(layer, "WL-02")]

    # the river rises above the danger level; a late reading and a duplicate arrive after
    layer.add_readings(batch([("WL-01", T0 + pd.Timedelta(hours=1), "level", 3.6)]))
    assert layer.add_readings(batch([("WL-01", T0 + pd.Timedelta(minutes=30), "level", 0.9),
                                     ("WL-01", T0 + pd.Timedelta(hours=1), "level", 0.1)])) == 1
    assert layer.symbols().colour[wl] == RIVER_COLOURS[2]  # the late 0.9 and the duplicate 0.1 changed nothing
    assert list(layer.series("WL-01", "level")["value"]) == [0.8, 0.9, 3.6]

    # the time slider: half past, the late reading is the value then; before anything, no value
    at = layer.values_at(T0 + pd.Timedelta(minutes=45))
    assert at.set_index(["sensor_code", "parameter"]).loc[("WL-01", "level"), "value"] == 0.9
    layer.time = T0 + pd.Timedelta(minutes=45)
    assert layer.symbols().level[wl] == 0
    assert layer.symbols(T0 - pd.Timedelta(hours=1)).level[wl] == -1
    layer.time = None
    assert layer.symbols().level[wl] == 2

    # silent for longer than its interval: stale
    layer.clock = T0 + pd.Timedelta(hours=3)
    assert layer.symbols().stale[wl]
    layer.clock = T0 + pd.Timedelta(hours=1, minutes=30)
    assert not layer.symbols().stale[wl]


def test_levels_named_per_sensor_and_the_sparkline_series(sensors):
    data = sensors.copy()
    data["warning_level_m"] = [None] * len(data)
    data.loc[data["sensor_id"] == "WL-02", "warning_level_m"] = 0.5
    layer = SensorLayer(gpd.GeoDataFrame(data, geometry="geometry", crs=sensors.crs))
    wl2 = row_of(layer, "WL-02")
    layer.add_readings(batch([("WL-02", T0 + pd.Timedelta(hours=h), "level", 0.6 + h / 10) for h in range(60)]))
    assert layer.symbols().level[wl2] == 2  # 6.5 m is above the default danger level
    assert layer.symbols(T0).level[wl2] == 1  # 0.6 m is above its own warning level of 0.5
    ((parameter, seconds, values),) = layer.recent_series(wl2, hours=48)
    assert parameter == "level" and len(values) == 48 and values[-1] == pytest.approx(6.5)
    assert seconds[-1] - seconds[0] == 47 * 3600


def test_a_project_keeps_the_sensors(sensors, tmp_path):
    from layers.project import Project

    project = Project(crs=str(sensors.crs))
    layer = SensorLayer(sensors)
    layer.add_readings(batch([("WL-01", T0, "level", 0.8)]))
    project.layers.append(layer)
    project.save(tmp_path / "p.gpkg")
    (again,) = Project.load(tmp_path / "p.gpkg").layers
    assert type(again) is SensorLayer and len(again.data) == len(sensors)
    assert shapely.equals(again.data.geometry.iloc[0], sensors.geometry.iloc[0])


def test_the_symbol_classes_agree_with_the_index_modules_at_every_band_edge():
    """The plain-numpy classes of the map symbols give what the indices' own functions give, at each
    breakpoint, a hundredth above it and in between."""
    import numpy as np

    from layers.emergency.air_quality import CHINA_TABLES, china_aqi
    from layers.emergency.sensor_layer import _HOUR_TABLE, aqi_levels, water_classes
    from layers.emergency.water_quality import AT_LEAST, AT_MOST, water_class

    for key, table in _HOUR_TABLE.items():
        bp = np.asarray(CHINA_TABLES["hj633-2026"][table], dtype=float)
        c = np.unique(np.concatenate([bp, bp + 0.01, (bp[1:] + bp[:-1]) / 2, [np.nan, -1.0]]))
        c = c[(c <= 800) | (key != "so2")]
        expected = china_aqi({key: c}, "hj633-2026", "hour").level
        assert np.array_equal(aqi_levels({key: c}), expected), key
    for key, limits in {**{k: AT_MOST[k] for k in ("codmn", "nh3n", "cod", "bod5")}, "tp": AT_MOST["tp_river"],
                        "do": AT_LEAST["do"]}.items():
        edges = np.asarray(limits, dtype=float)
        c = np.unique(np.concatenate([edges, edges + 0.001, edges - 0.001, [np.nan, -1.0]]))
        assert np.array_equal(water_classes({key: c}), water_class({key: c}).overall), key
