"""The demo store's planned sites and past alerts (``make demo``): the same on every build, answered and
closed, before the stored readings (so a replay raises its own alerts), and they fill the governance
dashboard's services coverage and alert columns on the demo township."""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest

from resources.scripts.demo_parts.store_services import (
    SITES,
    add_services,
    past_episodes,
    site_records,
)
from tests.demo_session import demo_store_copy


@pytest.fixture
def demo(demo_township, tmp_path):
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(path)
    store = TownshipStore(path, key_folder=keys)
    yield store, store.service_session("demo-builder")
    store.engine.dispose()


def _read(demo_township, layer):
    frame = pyogrio.read_dataframe(demo_township, layer=layer).rename(columns={"sensor_id": "sensor_code"})
    if "time" in frame:  # as the store holds them (the story's own dates: shifted by nothing)
        frame["time"] = pd.to_datetime(frame["time"], utc=True, format="ISO8601")
    return frame


def test_the_demo_has_sites_and_answered_alerts(demo, demo_township):
    from layers.evaluation.model import evaluate_store

    store, session = demo
    villages, homes = _read(demo_township, "villages"), _read(demo_township, "households")
    readings, sensors = _read(demo_township, "sensor_readings"), _read(demo_township, "sensors")
    # the same on every build: sites, and the episodes' keys and times
    assert site_records(villages, homes) == site_records(villages, homes)
    first, again = past_episodes(readings, sensors), past_episodes(readings, sensors)
    assert [e.key for e in first] == [e.key for e in again] and len(first) == 18
    assert max(e.end for e in first) < readings["time"].min()  # all before the readings: a replay raises its own

    assert session.alerts.board().empty and not len(session.features.read("planned_sites"))
    assert add_services(store, session, villages, homes, readings, sensors) == (len(SITES), 18)
    sites = session.features.read("planned_sites")
    assert sorted(sites["kind"].unique()) == ["fibre_cabinet", "loudspeaker", "tower"]
    assert set(sites["status"]) == {"built", "approved", "draft"}
    for code, point, name in zip(sites["village_code"], sites.geometry, sites["name"], strict=True):
        village = villages[villages["village_code"] == code].geometry.iloc[0]
        assert village.contains(point), name  # each in its village
    board = session.alerts.board()
    assert len(board) == 18 and set(board["status"]) == {"closed"}
    history = session.alerts.history(int(board.index[0]))
    assert list(history["to_status"]) == ["new", "acknowledged", "closed"]
    assert session.audit.verify() == []

    months = sorted({e.raised_at.strftime("%Y-%m") for e in first})
    ev = evaluate_store(session, months[0], "2025-07", households=homes)
    town = ev.monthly[ev.monthly["village_code"] == "township"].set_index("month")
    assert town["alerts_raised"].sum() == 18 and town.loc[months[-1], "median_minutes_to_answer"] > 0
    for service in ("mobile", "broadband", "warning"):
        covered = ev.coverage[f"{service}_covered"]
        assert covered.notna().all() and covered.sum() > 0, service
    assert (ev.coverage["warning_with_plans"] >= ev.coverage["warning_covered"]).all()
    assert "left empty" not in ev.coverage_note
