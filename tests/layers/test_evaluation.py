"""The governance dashboard's figures, checked against numbers worked out by hand on a small store (GeoPackage
and PostgreSQL, the latter logging in with each user's own database role), the scope of a village officer,
the ranking, the workbook read back, and the demo township's story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
import shapely

from datasources.errors import StoreError
from layers.emergency.alert_rules import Episode
from layers.evaluation.figures import gather
from layers.evaluation.model import evaluate, evaluate_store
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    X0,
    Y0,
    make_store,
    store_of_kind,
)

NOW = datetime(2026, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)
LOCAL_JAN_1 = datetime(2025, 12, 31, 16, tzinfo=UTC)  # local midnight, 1 January 2026
LOCAL_FEB_1 = datetime(2026, 1, 31, 16, tzinfo=UTC)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def fill(admin) -> dict:
    for i, code in enumerate(("V1", "V2")):
        x = X0 + 2000 * i
        admin.features.add("villages", {"village_code": code, "name_zh": f"村{code}", "households": 100 // (i + 1),
                                        "geom": shapely.box(x, Y0, x + 1000, Y0 + 1000)})
    point = {"V1": shapely.Point(X0 + 500, Y0 + 500), "V2": shapely.Point(X0 + 2500, Y0 + 500)}

    def report(village, reported, status="new", closed=None, due=None):
        return {"category": "road", "village_code": village, "geom": point[village], "reported_at": t(reported),
                "status": status, "closed_at": t(closed) if closed else None, "due_at": t(due) if due else None}

    admin.incidents.import_reports([
        report("V1", "2026-01-05T02:00", "closed", "2026-01-06T02:00", "2026-01-10T00:00"),  # 1 day, on time
        report("V1", "2026-01-10T00:00", "closed", "2026-01-20T00:00", "2026-01-15T00:00"),  # 10 days, late
        report("V1", "2026-01-12T00:00", "new", None, "2026-01-20T00:00"),  # open past its deadline
        report("V1", "2026-01-31T17:00", "closed", "2026-02-02T17:00", "2026-02-10T00:00"),  # February, local
        report("V2", "2026-01-03T00:00", "closed", "2026-01-07T00:00", "2026-01-08T00:00"),  # 4 days, on time
        report("V2", "2026-01-15T00:00", "rejected"),
    ])
    admin.features.add("sensors", {"sensor_code": "S-V1", "kind": "air_quality", "village_code": "V1",
                                   "parameters": "PM2.5", "geom": point["V1"]})
    admin.features.add("sensors", {"sensor_code": "S-V2", "kind": "water_quality", "village_code": "V2",
                                   "parameters": "DO,NH3-N", "geom": point["V2"]})
    # PM2.5 hourly for local 1-10 January: 200 µg/m³ on the first two days (AQI 250), then 30 (AQI 43)
    air = pd.DataFrame({"sensor_code": "S-V1", "parameter": "PM2.5",
                        "time": [LOCAL_JAN_1 + k * H for k in range(240)],
                        "value": [200.0 if k < 48 else 30.0 for k in range(240)]})
    water = pd.DataFrame({"sensor_code": "S-V2", "time": [LOCAL_FEB_1 + k * H for k in range(48)] * 2,
                          "parameter": ["DO"] * 48 + ["NH3-N"] * 48, "value": [6.0] * 48 + [1.2] * 48})
    admin.readings.add_batch(pd.concat([air, water], ignore_index=True))
    ids = [admin.alerts.raise_episode(Episode("r", sensor, "PM2.5", "warning", start, start, 1.0, start,
                                              start + 2 * H, village))
           for sensor, village, start in (("S-V1", "V1", t("2026-01-05T00:00")),
                                          ("S-V1", "V1", t("2026-01-06T00:00")),
                                          ("S-V2", "V2", t("2026-02-03T00:00")))]
    admin.alerts.acknowledge(ids[0], 1, "seen")
    admin.accounts.add("vo1", PASSWORD, "village_officer", "V1")
    admin.accounts.add("vo2", PASSWORD, "village_officer", "V2")
    admin.accounts.add("vie", PASSWORD, "viewer", None)
    return {"alerts": ids}


@pytest.fixture(params=["gpkg", "postgis"])
def township(request, tmp_path):
    store = store_of_kind(request, tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    made = fill(admin)
    yield store, admin, made
    store.engine.dispose()


def row(table, village, month):
    found = table[(table["village_code"] == village) & (table["month"] == month)]
    assert len(found) == 1, (village, month)
    return found.iloc[0]


def test_figures_match_the_hand_count(township):
    store, admin, made = township
    viewer = store.login("vie", PASSWORD)
    ev = evaluate_store(viewer, "2026-01", "2026-02", now=NOW)
    m = ev.monthly
    v1 = row(m, "V1", "2026-01")
    assert (v1.received, v1.closed, v1.closed_on_time, v1.due, v1.overdue) == (3, 2, 1, 3, 2)
    assert v1.on_time_share == pytest.approx(0.5) and v1.overdue_share == pytest.approx(2 / 3)
    assert v1.median_days_to_close == pytest.approx(5.5)
    feb = row(m, "V1", "2026-02")  # reported at 01:00 on 1 February local time
    assert (feb.received, feb.closed_on_time, feb.median_days_to_close) == (1, 1, pytest.approx(2.0))
    v2 = row(m, "V2", "2026-01")
    assert (v2.received, v2.closed, v2.closed_on_time, v2.due, v2.overdue, v2.median_days_to_close) == (
        2, 1, 1, 1, 0, pytest.approx(4.0))
    town = row(m, "township", "2026-01")
    assert (town.received, town.closed, town.closed_on_time, town.due, town.overdue) == (5, 3, 2, 4, 2)
    assert town.median_days_to_close == pytest.approx(4.0)
    # sensors: 240 of 31 x 24 PM2.5 readings in January, none in February; AQI above 100 on two days
    assert (v1.readings, v1.expected, v1.uptime) == (240, 744, pytest.approx(240 / 744))
    assert (v1.aqi_days, v1.days_above_aqi100) == (10, 2)
    assert row(m, "V1", "2026-02").uptime == 0.0
    water = row(m, "V2", "2026-02")  # DO 6.0 is class II, NH3-N 1.2 class IV: the worst sets the class
    assert (water.readings, water.expected, water.water_class, water.water_class_name) == (96, 1344, 4.0, "Ⅳ类")
    assert np.isnan(v2.uptime)  # a station that had not started yet is not counted as down
    assert row(m, "township", "2026-02").uptime == pytest.approx(96 / (672 + 1344))
    # alerts: two raised in V1 in January, the first acknowledged
    raised = admin.alerts.get(made["alerts"][0])["raised_at"]
    acked = admin.alerts.history(made["alerts"][0])
    acked = acked[acked["to_status"] == "acknowledged"]["time"].iloc[0]
    minutes = (pd.Timestamp(acked) - pd.Timestamp(raised)).total_seconds() / 60
    assert (v1.alerts_raised, v1.alerts_answered) == (2, 1)
    assert v1.median_minutes_to_answer == pytest.approx(minutes)
    assert row(m, "V2", "2026-02").alerts_raised == 1
    # ranking over the range: V2 closed every report on time, V1 two of three
    ranked = ev.ranked.set_index("village_code")
    assert ranked.loc["V1", "on_time_share"] == pytest.approx(2 / 3)
    assert (ranked.loc["V2", "rank_on_time_share"], ranked.loc["V1", "rank_on_time_share"]) == (1, 2)
    # scores: V1 best on median days (2 against 4) and uptime, worst on on-time and overdue shares; V2 the
    # reverse; days above AQI 100 and minutes to answer only V1 has, so they are not scored: a tie at 50
    assert (ranked.loc["V1", "score"], ranked.loc["V2", "score"]) == (50.0, 50.0)
    assert (ranked.loc["V1", "rank"], ranked.loc["V2", "rank"]) == (1, 1)
    assert "no planned or built service sites" in ev.coverage_note and ev.coverage["mobile_covered"].isna().all()


def test_a_village_officer_sees_only_their_village(township):
    store, _admin, _made = township
    officer = store.login("vo1", PASSWORD)
    data = gather(officer, "2026-01", "2026-02", now=NOW)
    assert list(data.villages["village_code"]) == ["V1"]
    assert set(data.reports["village_code"]) == {"V1"} and len(data.reports) == 4
    assert set(data.counts["sensor_code"]) == {"S-V1"} and set(data.air["sensor_code"]) == {"S-V1"}
    assert set(data.alerts["village_code"]) == {"V1"}
    ev = evaluate(data)
    assert set(ev.monthly["village_code"]) == {"V1", "township"}
    assert row(ev.monthly, "township", "2026-01").received == 3  # their total is their village's
    other = evaluate_store(store.login("vo2", PASSWORD), "2026-01", "2026-02", now=NOW)  # no air station
    assert set(other.monthly["village_code"]) == {"V2", "township"}
    assert other.monthly["days_above_aqi100"].isna().all() and row(other.monthly, "V2", "2026-02").water_class == 4


def test_months_are_checked(township):
    store, admin, _ = township
    with pytest.raises(StoreError):
        admin.evaluation.reports("2026-13", "2026-02")
    with pytest.raises(StoreError):
        admin.evaluation.reports("2026-03", "2026-02")


def test_coverage_counts_households_within_reach(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill(admin)
    admin.features.add("facilities", {"kind": "tower", "village_code": "V1", "geom": shapely.Point(X0, Y0)})
    admin.features.add("planned_sites", {"kind": "tower", "village_code": "V2", "status": "approved",
                                         "geom": shapely.Point(X0 + 9000, Y0)})
    import geopandas as gpd

    homes = gpd.GeoDataFrame({"village_code": ["V1", "V1", "V2", "V2"]}, geometry=[
        shapely.Point(X0 + 100, Y0), shapely.Point(X0 + 5000, Y0), shapely.Point(X0 + 2500, Y0),
        shapely.Point(X0 + 8000, Y0)])
    ev = evaluate_store(admin, "2026-01", "2026-02", now=NOW, households=homes)
    cover = ev.coverage.set_index("village_code")
    assert cover.loc["V1", "mobile_covered"] == 1 and cover.loc["V2", "mobile_covered"] == 1  # 2.5 km away
    assert cover.loc["V2", "mobile_with_plans"] == 2  # the approved site 1 km from the last home
    assert cover["broadband_covered"].isna().all() and "no sites for broadband, warning" in ev.coverage_note


def test_workbook_has_one_sheet_per_table(township, tmp_path):
    import openpyxl

    from layers.evaluation.export import export_workbook

    store, admin, _ = township
    ev = evaluate_store(admin, "2026-01", "2026-02", now=NOW)
    path = export_workbook(ev, tmp_path / "评估.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["群众诉求", "监测设备", "预警响应", "村排名", "服务覆盖", "说明"]
    sheet = book["群众诉求"]
    header = [c.value for c in sheet[1]]
    rows = {(r[0], r[2]): dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    v1 = rows[("V1", "2026-01")]
    assert (v1["受理件数"], v1["按时办结"], v1["按时办结率"], v1["超期率"]) == (3, 1, 50.0, 66.7)
    assert book["监测设备"].max_row == 1 + 3 * 2  # V1, V2 and the township, two months


def test_demo_story(demo_township, tmp_path):
    from tests.demo_session import demo_service_session

    session = demo_service_session(demo_township, tmp_path)
    ev = evaluate_store(session, "2025-04", "2025-07", now=datetime(2025, 7, 6, tzinfo=UTC))
    town = ev.monthly[ev.monthly["village_code"] == "township"].set_index("month")
    incidents = session.features.read("incidents")
    assert town["received"].sum() == len(incidents)  # every report of the story falls in the range
    closed = incidents[incidents["status"] == "closed"]
    assert town["closed"].sum() == len(closed)
    on_time = (pd.to_datetime(closed["closed_at"], utc=True) <= pd.to_datetime(closed["due_at"], utc=True)).sum()
    assert town["closed_on_time"].sum() == on_time
    readings = session.readings.frame()
    assert town["readings"].sum() <= len(readings) and town.loc["2025-06", "uptime"] > 0.9
    assert len(ev.ranked) == 22 and ev.ranked["rank"].iloc[0] == 1
