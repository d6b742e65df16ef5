"""Two consoles watch the same feed of the demo township's river gauges, each hearing it in its own order
with repeats: the board gets one alert per episode, with the episodes' ends noted, and every raise audited."""

from __future__ import annotations

import json
import random

import geopandas as gpd
import pandas as pd

from layers.emergency.alert_rules import demo_rules, evaluate
from layers.emergency.alert_watch import AlertWatch, store_sensors
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, make_store


def test_two_consoles_raise_each_episode_once(tmp_path, demo_township):
    readings = pd.DataFrame(gpd.read_file(demo_township, layer="sensor_readings")
                            .rename(columns={"sensor_id": "sensor_code"}).drop(columns="geometry", errors="ignore"))
    sensors = gpd.read_file(demo_township, layer="sensors").rename(columns={"sensor_id": "sensor_code"})
    readings = readings[readings.sensor_code.isin(["WL-01", "WL-02", "RG-04"])
                        & readings.time.between("2025-06-20", "2025-06-24")]
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    for code in sorted(set(sensors.village_code)):
        admin.features.add("villages", {"village_code": code, "name_zh": code})
    for row in sensors.itertuples():
        admin.features.add("sensors", {"sensor_code": row.sensor_code, "kind": row.kind,
                                       "village_code": row.village_code})
    admin.accounts.add("des", PASSWORD, "emergency_desk")
    admin.accounts.add("des2", PASSWORD, "emergency_desk")
    expected = evaluate(demo_rules(), readings, sensors)
    assert len(expected) >= 6
    rows = readings.sort_values("time").to_dict("records")
    for seed, name in enumerate(("des", "des2")):
        session = store.login(name, PASSWORD)
        watch = AlertWatch(session, demo_rules())
        assert set(store_sensors(session).sensor_code) == set(sensors.sensor_code)
        rng = random.Random(seed)
        for i in range(0, len(rows), 40):
            batch = rows[i:i + 40] + rng.sample(rows[:i + 40], 5)  # repeats of what came before
            rng.shuffle(batch)
            watch.feed(pd.DataFrame(batch))
        assert watch.engine.episodes() == expected
    board = admin.alerts.board()
    assert sorted(board.episode_key) == sorted(e.key for e in expected)
    assert board.ended_at.notna().sum() == sum(e.end is not None for e in expected)
    raised = admin.audit.log(event="alert_raise", outcome="ok")
    assert sum(json.loads(d)["count"] for d in raised.detail) == len(expected)
    assert set(raised.username) <= {"des", "des2"}
    assert admin.audit.verify() == []
