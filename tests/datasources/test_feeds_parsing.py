"""Messages to readings, latest values, and the store's batch write (no broker needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
from sqlalchemy import text

from datasources.errors import PermissionDenied
from datasources.feeds import REASONS, JsonMapping, LatestValues, Malformed, demo_datastreams
from datasources.feeds.batch import to_frame
from datasources.feeds.sensorthings import decode_observation, observation, observation_topic
from tests.datasources.feed_kit import demo_sensors, desk_store
from tests.datasources.store_kit import PASSWORD

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
STREAMS = demo_datastreams()


def test_the_demo_datastreams_number_every_parameter_of_every_sensor():
    sensors = demo_sensors()
    expected = sum(len(p.split(",")) for p in sensors["parameters"])
    assert len(STREAMS) == expected == 39
    assert STREAMS["1"] == ("AQ-01", "PM2.5") and STREAMS["39"] == ("WQ-03", "turbidity")
    assert len(set(STREAMS.values())) == expected


@pytest.mark.parametrize("payload, expected", [
    ({"phenomenonTime": "2026-07-01T08:00:00Z", "result": 35, "resultTime": "2026-07-01T08:00:05Z"},
     datetime(2026, 7, 1, 8, tzinfo=UTC)),
    ({"phenomenonTime": "2026-07-01T16:00:00+08:00", "result": 35.0}, datetime(2026, 7, 1, 8, tzinfo=UTC)),
    ({"phenomenonTime": "2026-07-01T07:00:00Z/2026-07-01T08:00:00Z", "result": 35.0},
     datetime(2026, 7, 1, 8, tzinfo=UTC)),
    ({"resultTime": "2026-07-01T08:00:00.123456Z", "result": 35.0},
     datetime(2026, 7, 1, 8, 0, 0, 123000, tzinfo=UTC)),
])
def test_a_sensorthings_observation_is_a_reading(payload, expected):
    sensor, when, parameter, value = decode_observation(
        "v1.1/Datastreams(1)/Observations", json.dumps(payload).encode(), STREAMS, NOW)
    assert (sensor, parameter, value, when) == ("AQ-01", "PM2.5", 35.0, expected)


MALFORMED = [
    ("v1.1/Datastreams(1)/Observations", b"{not json", "bad json"),
    ("v1.1/Datastreams(1)/Observations", b"[1, 2]", "not an observation"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z"}', "no result"),
    ("v1.1/Datastreams(1)/Observations", b'{"result": 3}', "no time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": "3"}',
     "bad value"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": true}',
     "bad value"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": NaN}',
     "not finite"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 1e400}',
     "not finite"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 1e12}',
     "too large"),
    ("v1.1/Datastreams(1)/Observations",
     b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 100000000000000000000000000000}', "too large"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "yesterday", "result": 1}', "bad time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": 1782892800, "result": 1}', "bad time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2027-07-01T08:00:00Z", "result": 1}',
     "future time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "1900-07-01T08:00:00Z", "result": 1}',
     "ancient time"),
    ("v1.1/Datastreams(999)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 1}',
     "unknown datastream"),
    ("v1.1/Things(1)/Observations", b'{"phenomenonTime": "2026-07-01T08:00:00Z", "result": 1}', "bad topic"),
    ("v1.1/Datastreams(1)/Observations", b" " * 70000, "too large"),
    ("v1.1/Datastreams(1)/Observations", b'\xef\xbb\xbf{"result": 1}', "bad json"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "0001-01-01T00:00:00Z", "result": 1}',
     "ancient time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "9999-01-01T00:00:00Z", "result": 1}',
     "future time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": "2026-02-30T00:00:00Z", "result": 1}',
     "bad time"),
    ("v1.1/Datastreams(1)/Observations", b'{"phenomenonTime": null, "result": NaN}', "not finite"),
]


@pytest.mark.parametrize("topic, payload, reason", MALFORMED)
def test_a_malformed_observation_says_why(topic, payload, reason):
    assert reason in REASONS
    with pytest.raises(Malformed) as caught:
        decode_observation(topic, payload, STREAMS, NOW)
    assert caught.value.reason == reason


def test_a_quoted_datastream_id_and_the_topic_of_an_id_match():
    streams = {"river-1": ("WL-01", "level")}
    assert observation_topic("river-1") == "v1.1/Datastreams('river-1')/Observations"
    assert observation_topic(7) == "v1.1/Datastreams(7)/Observations"
    reading = decode_observation(observation_topic("river-1"), observation(NOW, 2.5), streams, NOW)
    assert reading == ("WL-01", NOW, "level", 2.5)


def test_a_plain_json_device_maps_topic_levels_and_fields():
    by_topic = JsonMapping("devices/+/telemetry", {"pm25": "PM2.5", "data.pm10": "PM10"}, sensor_level=1,
                           time_field="ts", time_unit="ms", sensors={"aq1": "AQ-01"})
    stamp = int((NOW - timedelta(minutes=5)).timestamp() * 1000)
    rows = by_topic.decode("devices/aq1/telemetry",
                           json.dumps({"ts": stamp, "pm25": 35.5, "data": {"pm10": 80}}).encode(), NOW)
    when = NOW - timedelta(minutes=5)
    assert rows == [("AQ-01", when, "PM2.5", 35.5), ("AQ-01", when, "PM10", 80.0)]
    assert by_topic.matches("devices/aq1/telemetry") and not by_topic.matches("devices/aq1/status")

    by_field = JsonMapping("river/levels", {"h": "level"}, sensor_field="station", time_field="at")
    assert by_field.decode("river/levels", b'{"station": "WL-02", "at": "2026-07-01T11:00:00Z", "h": 3.25}',
                           NOW) == [("WL-02", datetime(2026, 7, 1, 11, tzinfo=UTC), "level", 3.25)]
    for payload, reason in [(b'{"at": "2026-07-01T11:00:00Z", "h": 1}', "no sensor"),
                            (b'{"station": "WL-02", "h": 1}', "no time"),
                            (b'{"station": "WL-02", "at": "2026-07-01T11:00:00Z"}', "no value"),
                            (b'{"station": ["x"], "at": "2026-07-01T11:00:00Z", "h": 1}', "bad sensor"),
                            (b'{"station": "WL-02", "at": "2026-07-01T11:00:00Z", "h": "high"}', "bad value")]:
        with pytest.raises(Malformed) as caught:
            by_field.decode("river/levels", payload, NOW)
        assert caught.value.reason == reason and reason in REASONS
    with pytest.raises(ValueError):
        JsonMapping("x", {"a": "b"})  # neither a topic level nor a field names the sensor


def test_duplicates_are_kept_once_and_a_late_reading_never_becomes_the_latest():
    latest = LatestValues()
    t = [NOW + timedelta(minutes=m) for m in range(4)]
    first = to_frame([("WL-01", t[1], "level", 1.0), ("WL-01", t[3], "level", 3.0),
                      ("WL-01", t[1], "level", 1.0), ("WQ-01", t[0], "DO", 7.0)])
    new, moved, duplicates, late = latest.admit(first)
    assert (len(new), duplicates, late) == (3, 1, 0)
    assert new["time"].is_monotonic_increasing
    assert latest.get("WL-01", "level") == (pd.Timestamp(t[3]), 3.0)
    assert sorted(moved["sensor_code"]) == ["WL-01", "WQ-01"]
    new, moved, duplicates, late = latest.admit(to_frame([("WL-01", t[2], "level", 2.0),
                                                         ("WL-01", t[3], "level", 3.0)]))
    assert (len(new), duplicates, late, len(moved)) == (1, 1, 1, 0)
    assert new.iloc[0]["time"] == pd.Timestamp(t[2])  # placed in time, handed out
    assert latest.get("WL-01", "level") == (pd.Timestamp(t[3]), 3.0)  # but not the latest
    assert len(latest.frame()) == 2


def test_a_batch_is_written_once_in_one_transaction_by_the_desk_only(tmp_path):
    store, admin, desk = desk_store(tmp_path)
    t0 = datetime(2026, 7, 1, tzinfo=UTC)
    rows = [("WL-01", t0 + timedelta(minutes=i), "level", 1.0 + i / 100) for i in range(1000)]
    batch = to_frame(rows + rows[:10] + [("NO-SUCH", t0, "level", 1.0)])
    assert desk.readings.add_batch(batch) == 1000
    assert desk.readings.add_batch(batch) == 0  # delivered again: nothing added
    assert admin.readings.add_batch(to_frame(rows[-1:] + [("WL-01", t0 - timedelta(hours=1), "level", 0.5)])) == 1
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*), count(DISTINCT sensor_code || parameter || time) "
                                "FROM sensor_readings")).one() == (1001, 1001)
        feeds = con.execute(text("SELECT username, detail FROM audit_events WHERE event = 'feed' "
                                 "ORDER BY seq")).all()
    assert [u for u, _ in feeds] == ["des", "des", "admin"]
    first = json.loads(feeds[0][1])
    assert first == {"offered": 1011, "added": 1000, "already_stored": 0, "repeated": 10,
                     "unknown_sensor": 1, "not_readings": 0}
    stored = desk.readings.between(["WL-01"], t0 - timedelta(hours=2), t0 + timedelta(days=1))
    assert len(stored) == 1001 and stored["time"].is_monotonic_increasing
    assert stored["time"].iloc[1] == pd.Timestamp(t0)
    viewer = store.login("vie", PASSWORD)
    with pytest.raises(PermissionDenied):
        viewer.readings.add_batch(batch)
    with pytest.raises(PermissionDenied):
        viewer.readings.add_batch(batch.iloc[:0])


def test_the_unique_index_refuses_a_second_copy_of_a_reading(tmp_path):
    store, admin, _ = desk_store(tmp_path)
    admin.features.add_many("sensor_readings", [{"sensor_code": "RG-01", "parameter": "rain",
                                                 "time": "2026-07-01T00:00:00Z", "value": 1.0}])
    with pytest.raises(Exception, match="UNIQUE|unique"):
        admin.features.add_many("sensor_readings", [{"sensor_code": "RG-01", "parameter": "rain",
                                                     "time": "2026-07-01T00:00:00Z", "value": 2.0}])
    # the feed's batch writes times in the same form: the same reading is recognised as already stored
    batch = to_frame([("RG-01", datetime(2026, 7, 1, tzinfo=UTC), "rain", 3.0),
                      ("RG-01", datetime(2026, 7, 1, 0, 0, 0, 1000, tzinfo=UTC), "rain", 4.0)])
    assert admin.readings.add_batch(batch) == 1
    stored = admin.readings.between(["RG-01"], datetime(2026, 6, 30, tzinfo=UTC), datetime(2026, 7, 2, tzinfo=UTC))
    assert stored["value"].tolist() == [1.0, 4.0]


def test_on_postgresql_the_desk_writes_a_batch_as_its_own_login_and_a_viewer_cannot(pg_database, tmp_path):
    import psycopg
    from sqlalchemy.engine import make_url

    from datasources.store import TownshipStore
    from datasources.store.admin import init_store
    from datasources.store.pg_roles import login_role
    from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER

    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    try:
        admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
        admin.features.add("sensors", {"sensor_code": "WL-01", "kind": "river_level", "parameters": "level"})
        admin.accounts.add("des", PASSWORD, "emergency_desk")
        admin.accounts.add("vie", PASSWORD, "viewer")
        desk = store.login("des", PASSWORD)
        t0 = datetime(2026, 7, 1, tzinfo=UTC)
        batch = to_frame([("WL-01", t0 + timedelta(minutes=i), "level", float(i)) for i in range(500)])
        assert desk.readings.add_batch(batch) == 500
        assert desk.readings.add_batch(batch) == 0
        with pytest.raises(PermissionDenied):
            store.login("vie", PASSWORD).readings.add_batch(batch)
        url = make_url(pg_database)
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database, autocommit=True,
                             user=login_role(url.database, "vie"), password=PASSWORD) as con:
            with pytest.raises(psycopg.Error):  # the database itself refuses the viewer
                con.execute("INSERT INTO sensor_readings (sensor_code, time, parameter, value) "
                            "VALUES ('WL-01', now(), 'level', 1)")
        with store.engine.connect() as con:
            assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == 500
            assert con.execute(text("SELECT count(*) FROM audit_events WHERE event = 'feed'")).scalar() == 2
    finally:
        store.engine.dispose()


def test_observations_decoded_in_a_batch_get_the_verdicts_of_one_by_one():
    from datasources.feeds.observations import TopicCache, decode_observations

    good = [(observation_topic(str(n)), observation(NOW - timedelta(minutes=n), n + 0.5)) for n in range(1, 40)]
    good.append(("v1.1/Datastreams(2)/Observations",
                 b'{"phenomenonTime": "2026-07-01T07:00:00Z/2026-07-01T08:00:00.1234Z", "result": 7}'))
    items = [(t.encode(), p) for t, p in good + [(t, p) for t, p, _ in MALFORMED]] * 2
    errors = []
    batch = decode_observations(items, TopicCache(STREAMS), NOW, lambda topic, reason: errors.append(reason))
    assert sorted(errors) == sorted([r for _, _, r in MALFORMED] * 2)  # time verdicts come last
    one_by_one = [decode_observation(t, p, STREAMS, NOW) for t, p in good] * 2
    assert list(batch.itertuples(index=False, name=None)) == [
        (s, pd.Timestamp(w), p, v) for s, w, p, v in one_by_one]
    assert str(batch["time"].dtype) == "datetime64[ms, UTC]"


def test_the_health_of_a_source_says_up_or_down_since_when_and_counts_errors_per_topic():
    from datasources.feeds.health import MAX_TOPICS, OTHER_TOPICS, HealthMeter

    meter = HealthMeter("mqtt://127.0.0.1:1883", "mqtt")
    assert meter.state(True, "") and not meter.state(True, "")
    version = meter.version
    assert not meter.state(True) and meter.version == version  # nothing new: no new snapshot to send
    went_up = meter.snapshot().since
    assert meter.state(False, "connection lost") and meter.snapshot().since >= went_up
    for n in range(MAX_TOPICS + 5):
        meter.error(f"v1.1/Datastreams({n})/Observations", "unknown datastream")
    meter.reconnected()
    meter.messages(40)
    meter.accepted(readings=30, duplicates=6, late=4)
    health = meter.snapshot()
    assert (health.up, health.detail, health.reconnects) == (False, "connection lost", 1)
    assert health.error_count == MAX_TOPICS + 5 and health.errors[OTHER_TOPICS] == 5
    assert health.reasons == {"unknown datastream": MAX_TOPICS + 5}
    assert (health.messages, health.readings, health.duplicates, health.late) == (40, 30, 6, 4)
    assert health.last_message is not None and health.rate >= 0
