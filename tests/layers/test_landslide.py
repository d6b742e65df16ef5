"""Landslide warning from rain gauges: hand-counted rain windows and levels, the demo's storm, and a real
landslide susceptibility map with broken rings."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import Point, box

from layers.emergency.landslide import (
    LEVELS,
    RainThresholds,
    landslide_warning,
    rain_totals,
    zone_rain,
)

CRS = "EPSG:32650"
AT = "2026-07-01T12:00:00+08:00"


def _readings(rows):
    return pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"])


def _hours_before(hours: float) -> str:
    return (pd.Timestamp(AT) - pd.Timedelta(hours=hours)).isoformat()


def _gauges():
    return gpd.GeoDataFrame({"sensor_id": ["G1", "G2"]}, geometry=[Point(0, 0), Point(1000, 0)], crs=CRS)


def _story():
    """G1: 12 mm at AT, 30 mm 5 h before, 40 mm 30 h before, 99 mm exactly 72 h before (outside),
    a repeat of the last hour's reading and a water level; G2: 1 mm an hour for the last 24 hours."""
    rows = [("G1", AT, "rain", 12.0), ("G1", AT, "rain", 12.0), ("G1", _hours_before(5), "rain", 30.0),
            ("G1", _hours_before(30), "rain", 40.0), ("G1", _hours_before(72), "rain", 99.0),
            ("G1", _hours_before(1), "level", 500.0), ("G1", _hours_before(2), "rain", "n/a")]
    rows += [("G2", _hours_before(h), "rain", 1.0) for h in range(24)]
    return _readings(rows)


def test_rain_over_each_window_by_hand():
    totals = rain_totals(_story(), AT)
    assert totals.loc["G1", ["rain_1h", "rain_24h", "rain_72h"]].tolist() == [12.0, 42.0, 82.0]
    assert totals.loc["G2", ["rain_1h", "rain_24h", "rain_72h"]].tolist() == [1.0, 24.0, 24.0]
    assert totals.loc["G1", "readings_72h"] == 3                # the repeat once, "n/a" missing
    assert totals.loc["G2", "readings_24h"] == 24
    # without a time: the latest reading (the same hour here)
    assert rain_totals(_story()).loc["G1", "rain_24h"] == 42.0


def test_levels_and_causes_by_hand():
    zones = gpd.GeoDataFrame({"level": ["high", "low", "medium", None]},
                             geometry=[box(-10, -10, 10, 10), box(-20, 0, 0, 20), box(990, -5, 1010, 5),
                                       box(100, 0, 110, 10)], crs=CRS)
    warned = landslide_warning(zones, _gauges(), _story(), AT)
    # zone 0 (high) at G1: 1 h 12 < 20; 24 h 42 < 50; 72 h 82 >= 80: blue
    # zone 1 (low, x1.5) at G1: 72 h 82 < 120: none; zone 2 (medium) at G2: 24 mm: none
    # zone 3 (no level: the most sensitive, high) nearest G1: blue
    assert list(warned["warning"]) == ["blue", "none", "none", "blue"]
    assert warned.loc[0, "cause"] == "72 h: 82.0 mm >= 80.0 mm (blue)"
    assert warned.loc[1, "cause"] == ""
    assert list(warned["gauge"]) == ["G1", "G1", "G2", "G1"]
    assert list(warned["colour"])[0] == "#1f6fd1" and warned.loc[0, "warning_zh"].startswith("蓝色")
    # the county's own thresholds: a low zone goes red on 80 mm over 72 hours
    strict = RainThresholds().with_override("low", 72, (20, 40, 60, 80))
    warned = landslide_warning(zones, _gauges(), _story(), AT, thresholds=strict)
    assert warned.loc[1, "warning"] == "red" and warned.loc[1, "warning_rank"] == 4
    assert warned.loc[1, "cause"] == "72 h: 82.0 mm >= 80.0 mm (red)"
    # the 1 h window raises a level before a longer one does when it reaches it first
    burst = _readings([("G1", AT, "rain", 45.0)])
    warned = landslide_warning(zones.iloc[:1], _gauges().iloc[:1], burst, AT)
    assert warned.loc[0, "warning"] == "orange" and warned.loc[0, "cause"].startswith("1 h: 45.0 mm")


def test_idw_mean_of_the_gauges():
    zones = gpd.GeoDataFrame({"level": ["high", "high"]},
                             geometry=[box(490, -10, 510, 10), box(-1, -1, 1, 1)], crs=CRS)
    rain = zone_rain(zones, _gauges(), rain_totals(_story(), AT), method="idw")
    assert rain.loc[0, "rain_24h"] == pytest.approx((42 + 24) / 2)   # halfway: the plain mean
    # a zone whose inside point is a gauge's position takes that gauge
    assert rain.loc[1, "rain_24h"] == pytest.approx(42.0)
    assert rain.loc[0, "gauge"] == "IDW of 2 gauges"


def test_refusals():
    with pytest.raises(ValueError, match="four increasing"):
        RainThresholds().with_override("high", 24, (50, 40, 100, 150))
    with pytest.raises(ValueError, match="no rain readings"):
        rain_totals(_readings([("G1", AT, "level", 3.0)]))
    zones = gpd.GeoDataFrame({"level": ["high"]}, geometry=[box(0, 0, 1, 1)], crs=CRS)
    with pytest.raises(ValueError, match="method"):
        zone_rain(zones, _gauges(), rain_totals(_story(), AT), method="kriging")


def test_demo_storm_against_pandas(demo_township):
    zones = gpd.read_file(demo_township, layer="hazard_zones")
    zones = zones[zones["hazard"] == "landslide"]
    sensors = gpd.read_file(demo_township, layer="sensors")
    gauges = sensors[sensors["kind"] == "rain_gauge"]
    readings = pyogrio.read_dataframe(demo_township, layer="sensor_readings")
    at = "2025-06-21T20:00:00+08:00"
    warned = landslide_warning(zones, gauges, readings, at)
    # independently: the rain per gauge by plain pandas, the nearest gauge by geopandas
    rain = readings[readings["parameter"] == "rain"].copy()
    rain["time"] = pd.to_datetime(rain["time"], utc=True)
    end = pd.Timestamp(at).tz_convert("UTC")
    for hours in (1, 24, 72):
        window = rain[(rain["time"] > end - pd.Timedelta(hours=hours)) & (rain["time"] <= end)]
        expected = window.groupby("sensor_id")["value"].sum()
        inside = zones.assign(geometry=zones.representative_point())
        nearest = gpd.sjoin_nearest(inside, gauges[["sensor_id", "geometry"]])["sensor_id"]
        nearest = nearest[~nearest.index.duplicated()]
        assert np.allclose(warned[f"rain_{hours}h"], expected.loc[nearest.loc[zones.index]].to_numpy())
    assert (warned["gauge"] == nearest.loc[zones.index]).all()
    assert warned["rain_24h"].max() > 150                       # the storm
    assert set(warned["warning"]) <= set(LEVELS) and (warned["warning_rank"] >= 3).all()
    # a month later the rain has passed
    calm = landslide_warning(zones, gauges, readings, "2025-07-05T23:00:00+08:00")
    assert (calm["warning"] == "none").all()


@pytest.mark.realdata
def test_real_susceptibility_map_with_broken_rings(real_data):
    from datasources.vector import open_vector

    zones = open_vector(real_data / "hazard/iligan/iligan_landslide_hazard.geojson.gz").data
    levels = {"VHL": "high", "HL": "high", "ML": "medium", "LL": "low"}
    zones = zones.assign(level=zones["LndslideSu"].map(levels))       # DF (debris flow) -> the default
    minx, miny, maxx, maxy = zones.total_bounds
    gauges = gpd.GeoDataFrame({"sensor_id": ["W", "E"]},
                              geometry=[Point(minx, (miny + maxy) / 2), Point(maxx, (miny + maxy) / 2)],
                              crs=zones.crs)
    readings = _readings([("W", AT, "rain", 25.0), ("E", AT, "rain", 5.0)])
    warned = landslide_warning(zones, gauges, readings, AT)
    assert len(warned) == len(zones)                            # broken rings kept, not dropped
    utm = zones.to_crs(zones.estimate_utm_crs())
    west = utm.geometry.make_valid().representative_point().x
    nearer_west = (west - west.min()) < (west.max() - west)
    high_west = nearer_west & zones["level"].isin(["high"]).to_numpy()
    # 25 mm in an hour is blue for high zones (20 mm), nothing for medium (25 mm: blue) ... by the table
    assert (warned.loc[high_west, "warning"] == "blue").all() and high_west.sum() > 50
    assert (warned.loc[~nearer_west, "warning"] == "none").all()
    medium_west = nearer_west & (zones["level"] == "medium").to_numpy()
    assert (warned.loc[medium_west, "warning"] == "blue").all()
    low_west = nearer_west & (zones["level"] == "low").to_numpy()
    assert (warned.loc[low_west, "warning"] == "none").all()
