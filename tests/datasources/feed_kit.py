"""Shared pieces of the live feed tests: a Mosquitto broker of the test's own, a store with the demo's
sensors and an emergency desk user, a publisher, and waiting for the feed to catch up."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import paho.mqtt.client as mqtt
import pandas as pd
import pytest
import shapely
from paho.mqtt.enums import CallbackAPIVersion

from datasources.feeds.broker import Mosquitto, mosquitto_binary
from datasources.feeds.sensorthings import DEMO_GPKG
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, make_store

needs_mosquitto = pytest.mark.skipif(mosquitto_binary() is None,
                                     reason="mosquitto is not installed (make system-deps)")


@pytest.fixture
def broker():
    """A broker of the test's own (its own folder and port), stopped at the end."""
    with tempfile.TemporaryDirectory(prefix="township-mqtt-test-") as folder:
        server = Mosquitto(Path(folder))
        server.start()
        try:
            yield server
        finally:
            server.kill()


def demo_sensors() -> pd.DataFrame:
    import sqlite3

    with sqlite3.connect(f"file:{DEMO_GPKG}?mode=ro", uri=True) as con:
        return pd.read_sql_query("SELECT sensor_id, kind, parameters FROM sensors ORDER BY sensor_id", con)


def desk_store(folder: Path):
    """A new store with the demo's sensors, an administrator, an emergency desk user ``des`` and a viewer
    ``vie``; returns (store, admin session, desk session)."""
    store = make_store(folder)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    sensors = demo_sensors()
    admin.features.add_many("sensors", [
        {"sensor_code": row.sensor_id, "kind": row.kind, "parameters": row.parameters,
         "geom": shapely.Point(500_000 + 100 * i, 3_000_000)}
        for i, row in enumerate(sensors.itertuples())])
    admin.accounts.add("des", PASSWORD, "emergency_desk")
    admin.accounts.add("vie", PASSWORD, "viewer")
    return store, admin, store.login("des", PASSWORD)


class Publisher:
    """A QoS 1 publisher (its own persistent session) that waits for the broker's acknowledgements."""

    def __init__(self, url: str, client_id: str = "test-publisher") -> None:
        from datasources.feeds.mqtt import parse_broker

        host, port, _, _ = parse_broker(url)
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
                                  protocol=mqtt.MQTTv311)
        self.client.max_inflight_messages_set(1000)
        self.client.max_queued_messages_set(0)
        self.client.connect(host, port)
        self.client.loop_start()

    def send(self, messages: Iterable[tuple[str, bytes]], qos: int = 1) -> int:
        infos = [self.client.publish(topic, payload, qos=qos) for topic, payload in messages]
        for info in infos:
            info.wait_for_publish(30)
            assert info.is_published()
        return len(infos)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def send(url: str, messages: Iterable[tuple[str, bytes]], client_id: str = "test-publisher") -> int:
    publisher = Publisher(url, client_id)
    try:
        return publisher.send(messages)
    finally:
        publisher.close()


def wait_for(condition, timeout: float = 60.0, what: str = "the feed") -> None:
    """Wait until ``condition()`` is true (a test that never gets there fails, with ``what``)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not catch up within {timeout} s")
        time.sleep(0.05)


class Collector:
    """What a feed's signals gave."""

    def __init__(self, feed) -> None:
        self.batches: list[pd.DataFrame] = []
        self.latest: list[pd.DataFrame] = []
        self.health: list = []
        self.stored: list[tuple[int, int, float]] = []
        feed.readings.connect(self.batches.append)
        feed.latest_changed.connect(self.latest.append)
        feed.health_changed.connect(self.health.append)
        feed.stored.connect(lambda *args: self.stored.append(args))

    @property
    def count(self) -> int:
        return sum(len(b) for b in self.batches)

    def frame(self) -> pd.DataFrame:
        return pd.concat(self.batches, ignore_index=True) if self.batches else pd.DataFrame()
