"""The evidence chart (pytest-qt): one plot per parameter, one curve per sensor with exactly its readings, the
report line, the class III limits only where the standard has one, the empty cases, and a real demo
complaint beside a water-quality station."""

from __future__ import annotations

from datetime import UTC, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from layers.incidents.evidence import gather_evidence, reading_window
from tests.demo_session import demo_service_session

pytest.importorskip("pytestqt")

from widgets.incidents.evidence_chart import EvidenceChart, epoch_seconds  # noqa: E402

REPORT = datetime(2025, 6, 19, 16, 51, tzinfo=UTC)


def _sensors() -> pd.DataFrame:
    return gpd.GeoDataFrame(
        {"sensor_code": ["WQ-1", "AQ-1", "WQ-2"], "kind": ["water_quality", "air_quality", "water_quality"],
         "name_zh": ["桃山村水质站", "松口村空气站", "青溪村水质站"], "distance_m": [120.0, 480.0, 900.0],
         "units": ["DO mg/L,TP mg/L,turbidity NTU", "PM2.5 µg/m³", "DO mg/L,TP mg/L,turbidity NTU"]},
        geometry=[shapely.Point(0, 0)] * 3, crs="EPSG:4549")


def _readings() -> pd.DataFrame:
    times = pd.date_range("2025-06-18 12:00", periods=60, freq="h", tz="UTC")
    rows = []
    for k, code in enumerate(("WQ-1", "WQ-2")):
        for i, t in enumerate(times):
            rows += [(code, t, "DO", 6.0 + k + 0.01 * i), (code, t, "TP", 0.05 + 0.001 * i),
                     (code, t, "turbidity", 10.0 + i)]
    rows += [("AQ-1", t, "PM2.5", 20.0 + i) for i, t in enumerate(times)]
    rows += [("XX-9", t, "DO", 1.0) for t in times]  # a sensor that is not near
    return reading_window(pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"]),
                          ["WQ-1", "AQ-1", "WQ-2", "XX-9"], REPORT)


@pytest.fixture
def chart(qtbot):
    widget = EvidenceChart()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def test_one_plot_per_parameter_and_one_curve_per_sensor(chart):
    readings = _readings()
    chart.show_evidence(readings, REPORT, _sensors(), radius_m=1000)
    assert list(chart.plots) == ["DO", "TP", "turbidity", "PM2.5"]
    assert {p: sorted(c) for p, c in chart.curves.items()} == {
        "DO": ["WQ-1", "WQ-2"], "TP": ["WQ-1", "WQ-2"], "turbidity": ["WQ-1", "WQ-2"], "PM2.5": ["AQ-1"]}
    for parameter, curves in chart.curves.items():
        assert len(chart.plots[parameter].listDataItems()) == len(curves)
        for code, curve in curves.items():
            own = readings[(readings["sensor_code"] == code) & (readings["parameter"] == parameter)]
            x, y = curve.getData()
            np.testing.assert_allclose(x, epoch_seconds(own["time"]))
            np.testing.assert_allclose(y, own["value"].to_numpy(float))
    # the legend: every sensor once, nearest first, by its Chinese name
    labels = [label.text for _, label in chart.legend.items]
    assert len(labels) == 3 and labels[0].startswith("桃山村水质站") and "松口村空气站" in labels[1]
    assert chart.legend_codes == ["WQ-1", "AQ-1", "WQ-2"]
    # the same sensor keeps its colour in every plot
    pens = {chart.curves[p]["WQ-1"].opts["pen"].color().name() for p in ("DO", "TP", "turbidity")}
    assert len(pens) == 1
    # one report line per plot, where the report was made
    assert len(chart.report_lines) == 4
    assert all(line.value() == pytest.approx(REPORT.timestamp()) for line in chart.report_lines)
    assert "1,000 m" in chart.message.text() and chart.scroll.isVisible()


def test_limits_only_where_the_standard_has_one(chart):
    chart.show_evidence(_readings(), REPORT, _sensors())
    assert set(chart.limit_items) == {"DO", "TP", "PM2.5"}  # not turbidity: no standard
    band, line = chart.limit_items["DO"]
    assert line.value() == 5.0
    low, high = band.getRegion()
    assert high == 5.0 and low < 5.0  # below 5 mg/L breaks class III
    band, line = chart.limit_items["TP"]
    assert line.value() == 0.2 and band.getRegion()[0] == 0.2
    y_low, y_high = chart.plots["TP"].viewRange()[1]
    assert y_low < 0.05 and y_high > 0.2  # the limit is in view even though all readings are below it


def test_no_sensors_and_no_readings_say_so(chart):
    chart.show_evidence(_readings(), REPORT, _sensors().iloc[:0], radius_m=1500)
    assert chart.plots == {} and not chart.scroll.isVisible()
    assert chart.message.text() == "No sensors within 1,500 m of the report."
    chart.show_evidence(_readings().iloc[:0], REPORT, _sensors(), radius_m=800)
    assert chart.plots == {}
    assert chart.message.text().startswith("3 sensors within 800 m, but none has readings")
    chart.show_evidence(_readings(), REPORT, _sensors())
    assert len(chart.plots) == 4  # and it draws again afterwards


@pytest.fixture(scope="module")
def demo(demo_township, tmp_path_factory):
    session = demo_service_session(demo_township, tmp_path_factory.mktemp("evidence_chart"))
    return (session.features.read("incidents"), session.features.read("sensors"),
            session.features.read("sensor_readings"))


def test_a_demo_environmental_complaint(chart, demo, tmp_path):
    incidents, sensors, readings = demo
    stations = sensors[sensors["kind"] == "water_quality"]
    complaints = incidents[(incidents["category"] == "environment")
                           & incidents["reported_at"].between(readings["time"].min(), readings["time"].max())]
    nearest = complaints["geom"].apply(lambda p: stations.distance(p).min())
    case = complaints.loc[nearest.idxmin()]
    evidence = gather_evidence(case["geom"], case["category"], case["reported_at"], sensors, readings, 1000)
    chart.show_evidence(evidence.readings, evidence.report_time, evidence.sensors, evidence.radius_m)
    assert {"DO", "CODMn", "NH3-N", "TP"} <= set(chart.plots)
    for parameter, curves in chart.curves.items():
        expected = set(evidence.readings.loc[evidence.readings["parameter"] == parameter, "sensor_code"])
        assert set(curves) == expected
    assert set(chart.limit_items) == {"DO", "CODMn", "NH3-N", "TP"}
    image = chart.grab()
    assert not image.isNull() and image.save(str(tmp_path / "evidence.png"))
