"""Evidence from sensors: which sensors are near a report (metres, also from lon/lat), the readings around its
time, which kinds bear on which category, the water-quality limits, and a real demo complaint."""

from __future__ import annotations

from datetime import UTC, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from layers.incidents.evidence import (
    CATEGORY_SENSOR_KINDS,
    STANDARD_LIMITS,
    gather_evidence,
    parameter_units,
    reading_window,
    sensor_kinds_for,
    sensors_near,
)
from tests.demo_session import demo_service_session

REPORT = datetime(2025, 6, 19, 16, 51, tzinfo=UTC)


def _sensors(crs="EPSG:4549") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"sensor_code": ["WQ-1", "AQ-1", "RG-1", "WQ-2", "WQ-0"],
         "kind": ["water_quality", "air_quality", "rain_gauge", "water_quality", "water_quality"],
         "name_zh": ["甲站", "乙站", "丙站", "丁站", "无位置"],
         "units": ["DO mg/L,TP mg/L", "PM2.5 µg/m³", "rain mm/h", "DO mg/L", None]},
        geometry=[shapely.Point(500_000, 3_300_000), shapely.Point(500_300, 3_300_400),
                  shapely.Point(501_000, 3_300_000), shapely.Point(503_000, 3_300_000), None],
        crs=crs, index=pd.Index([11, 12, 13, 14, 15], name="id"))


def test_sensors_near_sorted_with_distances_radius_inclusive():
    near = sensors_near(shapely.Point(500_000, 3_300_000), _sensors(), 1000)
    assert near["sensor_code"].tolist() == ["WQ-1", "AQ-1", "RG-1"]
    assert near["distance_m"].tolist() == pytest.approx([0.0, 500.0, 1000.0])
    assert near.index.tolist() == [11, 12, 13]
    assert isinstance(near, gpd.GeoDataFrame) and near.crs == _sensors().crs
    assert sensors_near(shapely.Point(500_000, 3_300_000), _sensors(), 999.9)["sensor_code"].tolist() \
        == ["WQ-1", "AQ-1"]


def test_sensors_near_by_kind_and_nothing_near():
    point = shapely.Point(500_000, 3_300_000)
    near = sensors_near(point, _sensors(), 5000, kinds=sensor_kinds_for("environment"))
    assert near["sensor_code"].tolist() == ["WQ-1", "AQ-1", "WQ-2"]
    assert sensors_near(point, _sensors(), 5000, kinds=sensor_kinds_for("noise")).empty
    far = sensors_near(shapely.Point(0, 0), _sensors(), 100)
    assert far.empty and "distance_m" in far.columns


def test_sensors_near_in_lon_lat_measures_metres():
    sensors = gpd.GeoDataFrame({"sensor_code": ["A", "B"], "kind": ["air_quality"] * 2},
                               geometry=[shapely.Point(120.01, 30.0), shapely.Point(120.05, 30.0)],
                               crs="EPSG:4490")
    near = sensors_near(shapely.Point(120.0, 30.0), sensors, 2000)
    assert near["sensor_code"].tolist() == ["A"]
    # 0.01 degree of longitude at 30 N is about 964 m
    assert near["distance_m"].iloc[0] == pytest.approx(964, rel=0.01)


def test_sensors_near_refuses_bad_input():
    with pytest.raises(ValueError, match="radius"):
        sensors_near(shapely.Point(0, 0), _sensors(), -1)
    with pytest.raises(ValueError, match="no location"):
        sensors_near(shapely.Point(), _sensors(), 100)


def _readings() -> pd.DataFrame:
    times = pd.date_range("2025-06-18 00:00", periods=72, freq="h", tz="UTC")
    rows = [(code, t, "DO", 7.0 + i * 0.01) for code in ("WQ-1", "WQ-2") for i, t in enumerate(times)]
    rows += [("AQ-1", t, "PM2.5", 30.0) for t in times]
    return pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"])


def test_reading_window_is_inclusive_and_keeps_only_the_sensors_asked_for():
    report = datetime(2025, 6, 19, 12, 0, tzinfo=UTC)
    window = reading_window(_readings(), ["WQ-1", "AQ-1"], report, hours_before=6, hours_after=3)
    assert set(window["sensor_code"]) == {"WQ-1", "AQ-1"}
    assert len(window) == 2 * (6 + 3 + 1)
    assert window["time"].min() == pd.Timestamp("2025-06-19 06:00", tz="UTC")
    assert window["time"].max() == pd.Timestamp("2025-06-19 15:00", tz="UTC")
    assert window["hours_from_report"].min() == -6 and window["hours_from_report"].max() == 3
    assert window["sensor_code"].tolist() == sorted(window["sensor_code"])  # AQ-1 first, then WQ-1
    assert window.index.tolist() == list(range(len(window)))


def test_reading_window_naive_times_mean_utc():
    readings = _readings()
    readings["time"] = readings["time"].dt.tz_localize(None)
    window = reading_window(readings, ["WQ-2"], datetime(2025, 6, 19, 12, 0), 1, 1)
    assert window["time"].tolist() == list(pd.date_range("2025-06-19 11:00", periods=3, freq="h",
                                                         tz="UTC"))
    assert reading_window(readings, ["nobody"], REPORT).empty


def test_category_kinds_and_limits():
    assert CATEGORY_SENSOR_KINDS["environment"] == ("water_quality", "air_quality")
    assert set(CATEGORY_SENSOR_KINDS["flooding"]) == {"rain_gauge", "river_level"}
    assert sensor_kinds_for("street_light") == () and sensor_kinds_for("dispute") == ()
    # GB 3838-2002 class III; HJ 633-2026 IAQI 100 (1 h steps; 24 h for PM2.5 and PM10)
    assert {p: (lim.value, lim.bound) for p, lim in STANDARD_LIMITS.items()} == {
        "DO": (5.0, "min"), "CODMn": (6.0, "max"), "NH3-N": (1.0, "max"), "TP": (0.2, "max"),
        "PM2.5": (60.0, "max"), "PM10": (120.0, "max"), "SO2": (500.0, "max"),
        "NO2": (200.0, "max"), "CO": (10.0, "max"), "O3": (200.0, "max")}
    assert STANDARD_LIMITS["PM2.5"].breaks([59, 60, 61]).tolist() == [False, False, True]
    assert STANDARD_LIMITS["DO"].breaks([4.9, 5.0, 7]).tolist() == [True, False, False]
    assert STANDARD_LIMITS["NH3-N"].breaks([0.5, 1.0, 1.01]).tolist() == [False, False, True]


def test_parameter_units_from_the_sensor_table():
    units = parameter_units(_sensors())
    assert units["DO"] == "mg/L" and units["PM2.5"] == "µg/m³" and units["rain"] == "mm/h"
    assert units["NH3-N"] == "mg/L"  # from the standard when no sensor says


def test_gather_evidence_for_other_categories_is_empty():
    evidence = gather_evidence(shapely.Point(500_000, 3_300_000), "street_light", REPORT, _sensors(),
                               _readings())
    assert evidence.sensors.empty and evidence.readings.empty


# -- the demo township -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_township, tmp_path_factory):
    session = demo_service_session(demo_township, tmp_path_factory.mktemp("evidence"))
    return (session.features.read("incidents"), session.features.read("sensors"),
            session.features.read("sensor_readings"))


def test_a_demo_environmental_complaint_near_a_water_quality_station(demo):
    incidents, sensors, readings = demo
    first, last = readings["time"].min(), readings["time"].max()
    stations = sensors[sensors["kind"] == "water_quality"]
    complaints = incidents[(incidents["category"] == "environment")
                           & incidents["reported_at"].between(first + pd.Timedelta(hours=24),
                                                              last - pd.Timedelta(hours=24))]
    nearest = complaints.geometry.apply(lambda p: stations.distance(p).min())
    case = complaints.loc[nearest.idxmin()]
    assert nearest.min() < 500
    evidence = gather_evidence(case["geom"], "environment", case["reported_at"], sensors, readings, 500)
    codes = evidence.sensors["sensor_code"].tolist()
    assert codes and set(evidence.sensors["kind"]) <= {"water_quality", "air_quality"}
    assert evidence.sensors["distance_m"].is_monotonic_increasing
    station = stations.loc[stations.distance(case["geom"]).idxmin(), "sensor_code"]
    assert station in codes
    own = evidence.readings[evidence.readings["sensor_code"] == station]
    assert {"DO", "CODMn", "NH3-N", "TP"} <= set(own["parameter"])
    assert own["hours_from_report"].between(-24, 24).all()
    # hourly readings: about 48 per parameter (a few hours may be missing in the demo)
    per_parameter = own.groupby("parameter").size()
    assert (per_parameter >= 40).all() and (per_parameter <= 49).all()
    expected = readings[(readings["sensor_code"] == station)
                        & ((readings["time"] - case["reported_at"]).abs() <= pd.Timedelta(hours=24))]
    assert len(own) == len(expected)
    assert np.isclose(own["value"].sum(), expected["value"].sum())
