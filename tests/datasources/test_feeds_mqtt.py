"""The live feed against a real Mosquitto broker: SensorThings and plain JSON, 10,000 fuzzed messages,
and a broker stopped and killed while readings flow."""

from __future__ import annotations

import json
import os
import random
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from datasources.feeds import JsonMapping, LiveFeed, MqttSource, demo_datastreams
from datasources.feeds.sensorthings import observation, observation_topic
from tests.datasources.feed_kit import (
    Collector,
    Publisher,
    broker,
    desk_store,
    needs_mosquitto,
    send,
    wait_for,
)
from tests.datasources.store_fill import report

pytestmark = needs_mosquitto
assert broker  # a fixture
STREAMS = demo_datastreams()
T0 = datetime(2026, 6, 1, tzinfo=UTC)
RIVER = next(k for k, v in STREAMS.items() if v == ("WL-01", "level"))


def readings_of(stream: str, start: int, count: int) -> list[tuple[str, bytes]]:
    """``count`` observations of a datastream, a minute apart from minute ``start`` after T0."""
    return [(observation_topic(stream), observation(T0 + timedelta(minutes=m), float(m)))
            for m in range(start, start + count)]


def test_sensorthings_and_plain_json_readings_arrive_through_the_broker(broker, tmp_path):
    store, _, desk = desk_store(tmp_path)
    device = JsonMapping("devices/+/telemetry", {"pm25": "PM2.5", "pm10": "PM10"}, sensor_level=1,
                         time_field="ts", time_unit="s")
    source = MqttSource(broker.url, datastreams=STREAMS, mappings=[device], client_id="feed-basic")
    feed = LiveFeed([source], store=desk, store_every=0.5)
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(10)
        stamp = int((T0 + timedelta(hours=1)).timestamp())
        sent = send(broker.url, [
            *readings_of("1", 0, 50),                                                   # AQ-01 PM2.5
            (observation_topic(RIVER), observation(T0, 2.5)),                           # WL-01 level
            ("devices/AQ-02/telemetry", json.dumps({"ts": stamp, "pm25": 41.0, "pm10": 77}).encode()),
            ("devices/AQ-02/telemetry", b'{"ts": "soon", "pm25": 1}'),
            ("devices/AQ-02/status", b'{"ok": true}'),                               # not subscribed
        ])
        assert sent == 54
        wait_for(lambda: source.meter.snapshot().messages == 53 and seen.count == 53)
    latest = feed.latest
    assert latest.get("AQ-01", "PM2.5")[1] == 49.0
    assert latest.get("WL-01", "level")[1] == 2.5
    assert latest.get("AQ-02", "PM10")[1] == 77.0
    health = feed.health()[0]
    assert (health.messages, health.readings, health.error_count) == (53, 53, 1)
    assert health.errors == {"devices/AQ-02/telemetry": 1} and health.reasons == {"bad time": 1}
    assert not health.up and health.detail == "stopped" and health.last_message is not None
    assert any(h.up for h in seen.health)
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == 53
    assert sum(added for added, _, _ in seen.stored) == 53


def fuzzed(rng: random.Random, count: int) -> tuple[list[tuple[str, bytes]], dict]:
    """``count`` messages: good readings, copies of them, and every kind of malformed one, shuffled;
    and what the feed should make of them."""
    good, bad, copies = [], [], []
    reasons: dict[str, int] = {}
    per_topic: dict[str, int] = {}
    future, ancient = datetime.now(UTC) + timedelta(days=400), datetime(1899, 12, 31, tzinfo=UTC)

    def broken(topic: str, payload: bytes, reason: str) -> None:
        bad.append((topic, payload))
        reasons[reason] = reasons.get(reason, 0) + 1
        per_topic[topic] = per_topic.get(topic, 0) + 1

    n_good, n_copies = count // 2, count // 10
    for i in range(n_good):
        stream = str(i % len(STREAMS) + 1)
        when = T0 + timedelta(minutes=i // len(STREAMS))
        good.append((observation_topic(stream), observation(when, round(rng.uniform(-50, 500), 3))))
    copies = [rng.choice(good) for _ in range(n_copies)]
    kinds = ["json", "type", "nan", "inf", "huge", "bigint", "future", "ancient", "badtime", "unknown",
             "noresult", "array", "string_id"]
    while len(good) + len(copies) + len(bad) < count:
        kind = rng.choice(kinds)
        stream = str(rng.randrange(len(STREAMS)) + 1)
        topic = observation_topic(stream)
        stamp = (T0 + timedelta(minutes=rng.randrange(10_000))).isoformat()
        body = {"phenomenonTime": stamp, "result": 1.0}
        if kind == "json":
            broken(topic, rng.choice([b"{", b"", b"\xff\xfe", b'{"result": 1,,}', b"null}"]), "bad json")
        elif kind == "type":
            body["result"] = rng.choice(["12.5", True, None, [1], {"v": 1}])
            broken(topic, json.dumps(body).encode(), "bad value")
        elif kind == "nan":
            broken(topic, f'{{"phenomenonTime": "{stamp}", "result": NaN}}'.encode(), "not finite")
        elif kind == "inf":
            broken(topic, f'{{"phenomenonTime": "{stamp}", "result": -1e999}}'.encode(), "not finite")
        elif kind == "huge":
            body["result"] = 1e300
            broken(topic, json.dumps(body).encode(), "too large")
        elif kind == "bigint":
            body["result"] = 10 ** 40
            broken(topic, json.dumps(body).encode(), "too large")
        elif kind == "future":
            body["phenomenonTime"] = future.isoformat()
            broken(topic, json.dumps(body).encode(), "future time")
        elif kind == "ancient":
            body["phenomenonTime"] = ancient.isoformat()
            broken(topic, json.dumps(body).encode(), "ancient time")
        elif kind == "badtime":
            body["phenomenonTime"] = rng.choice(["2026-13-01T00:00:00Z", "tomorrow", 12345, None, ""])
            broken(topic, json.dumps(body).encode(), "no time" if body["phenomenonTime"] is None else "bad time")
        elif kind == "unknown":
            broken(observation_topic(str(1000 + rng.randrange(50))), json.dumps(body).encode(),
                   "unknown datastream")
        elif kind == "noresult":
            del body["result"]
            broken(topic, json.dumps(body).encode(), "no result")
        elif kind == "array":
            broken(topic, b"[1, 2, 3]", "not an observation")
        else:
            broken("v1.1/Datastreams('x(y')/Observations", json.dumps(body).encode(), "bad topic")
    messages = good + copies + bad
    rng.shuffle(messages)
    return messages, {"good": len(good), "copies": len(copies), "bad": len(bad), "reasons": reasons,
                      "per_topic": per_topic, "good_messages": good}


def test_ten_thousand_fuzzed_messages_are_counted_and_each_reading_is_stored_once(broker, tmp_path):
    store, _, desk = desk_store(tmp_path)
    messages, expected = fuzzed(random.Random(12), 10_000)
    assert len(messages) == 10_000 and expected["bad"] > 3000
    source = MqttSource(broker.url, datastreams=STREAMS, client_id="feed-fuzz")
    feed = LiveFeed([source], store=desk, store_every=1.0)
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(10)
        send(broker.url, messages)
        wait_for(lambda: source.meter.snapshot().messages == 10_000 and source.pending == 0, 120)
        time.sleep(3 * feed.interval)
        assert feed.running  # nothing raised out of the worker
    health = feed.health()[0]
    assert health.messages == 10_000
    assert health.readings == expected["good"] == seen.count
    assert health.duplicates == expected["copies"]
    assert health.error_count == expected["bad"]
    assert health.reasons == expected["reasons"]
    assert health.errors == expected["per_topic"]
    got = seen.frame()
    assert not got.duplicated(["sensor_code", "parameter", "time"]).any()
    with store.engine.connect() as con:
        stored = con.execute(text("SELECT count(*), count(DISTINCT sensor_code || '|' || parameter || '|' || "
                                  "time) FROM sensor_readings")).one()
    assert tuple(stored) == (expected["good"], expected["good"])
    # the latest value of each stream is its newest reading, whatever order the messages came in
    newest = got.sort_values("time").groupby(["sensor_code", "parameter"]).tail(1)
    latest = feed.latest.frame().merge(newest, on=["sensor_code", "parameter"], suffixes=("", "_newest"))
    assert len(latest) == len(STREAMS)
    assert (latest["time"] == latest["time_newest"]).all() and (latest["value"] == latest["value_newest"]).all()


def restarts(broker, tmp_path, cycles: int) -> None:
    """Readings flow while the broker is stopped (SIGTERM) or killed (SIGKILL) and started again
    ``cycles`` times: the feed subscribes again within 5 s each time and no QoS 1 reading is lost."""
    store, _, desk = desk_store(tmp_path)
    source = MqttSource(broker.url, datastreams=STREAMS, client_id="feed-restarts", max_delay=1.0)
    feed = LiveFeed([source], store=desk, store_every=0.5)
    seen = Collector(feed)
    sent = 0
    gaps = []
    with feed:
        assert source.subscribed.wait(10)
        for cycle in range(cycles):
            sent += send(broker.url, readings_of(str(cycle % 39 + 1), 1000 * cycle, 100), f"pub-a{cycle}")
            if cycle % 2:
                # killed at once: what is delivered is safe; wait for it, since a killed broker loses
                # what it acknowledged but had not yet saved or delivered (that is the broker's limit)
                wait_for(lambda n=sent: seen.count == n)
                broker.kill()
            else:
                broker.stop()
            wait_for(lambda: not source.subscribed.is_set(), 10, "the feed's view of the broker")
            assert not feed.health()[0].up
            time.sleep(0.5)
            broker.start()
            up = time.monotonic()
            # published at once after the start: queued for the feed's session if it is not back yet
            sent += send(broker.url, readings_of(str(cycle % 39 + 1), 1000 * cycle + 100, 100), f"pub-b{cycle}")
            wait_for(lambda t=up: any(s > t for s in source.subscribed_times), 10, "resubscribing")
            gaps.append(min(s for s in source.subscribed_times if s > up) - up)
            wait_for(lambda n=sent: seen.count == n, 60, f"cycle {cycle}")
    assert max(gaps) < 5.0, gaps
    health = feed.health()[0]
    assert health.reconnects == cycles
    assert seen.count == sent == 200 * cycles
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == sent
    report(f"live feed: {cycles} broker restarts, resubscribed after {min(gaps):.2f}-{max(gaps):.2f} s, "
           f"{sent} QoS 1 readings, none lost, {health.duplicates} delivered twice and kept once")


def test_the_feed_resubscribes_within_5_s_and_loses_nothing_over_5_broker_restarts(broker, tmp_path):
    restarts(broker, tmp_path, 5)


@pytest.mark.skipif(not os.environ.get("TOWNSHIP_FEED_STRESS"), reason="make stress runs it")
def test_stress_10_broker_restarts(broker, tmp_path):
    restarts(broker, tmp_path, 10)


def test_what_is_published_while_the_console_is_away_arrives_when_it_is_back(broker, tmp_path):
    """The persistent session: readings published while the console is closed, even across a restart of
    the broker, are delivered when it connects again."""
    source = MqttSource(broker.url, datastreams=STREAMS, client_id="feed-away")
    feed = LiveFeed([source])
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(10)
        send(broker.url, readings_of(RIVER, 0, 10))
        wait_for(lambda: seen.count == 10)
    send(broker.url, readings_of(RIVER, 10, 300))    # the console is closed
    broker.stop()
    broker.start()
    publisher = Publisher(broker.url, "pub-away")
    publisher.send(readings_of(RIVER, 310, 20))       # still closed, after the restart
    publisher.close()
    with feed:
        wait_for(lambda: seen.count == 330)
    frame = seen.frame()
    assert sorted(frame["value"]) == [float(m) for m in range(330)]
    assert feed.latest.get("WL-01", "level")[1] == 329.0
