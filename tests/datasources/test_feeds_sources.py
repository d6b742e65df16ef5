"""The drop folder, the replay of stored readings at a speed, and the ``feed`` commands through a broker."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pandas as pd
from sqlalchemy import text

from datasources.feeds import (
    CsvFolderSource,
    LiveFeed,
    MqttSource,
    ReplaySource,
    demo_datastreams,
    demo_readings,
)
from tests.datasources.feed_kit import Collector, broker, desk_store, needs_mosquitto, wait_for
from tests.datasources.store_kit import PASSWORD, ROOT

assert broker  # a fixture
NOW = datetime.now(UTC)


def test_csv_files_dropped_in_the_folder_are_read_once_and_moved_aside(tmp_path):
    store, _, desk = desk_store(tmp_path)
    drop = tmp_path / "drop"
    drop.mkdir()
    t0 = pd.Timestamp("2026-07-01T00:00:00Z")
    good = pd.DataFrame({"sensor_id": ["RG-01"] * 6, "time": [t0 + pd.Timedelta(minutes=10 * i) for i in range(6)],
                         "parameter": "rain", "value": [0.0, 0.5, 1.5, 3.0, 2.0, 0.0]})
    good.to_csv(drop / "rain_0700.csv", index=False)
    mixed = pd.DataFrame({"sensor_code": ["WL-01"] * 5,
                          "time": ["2026-07-01T08:00:00+08:00", "not a time", "2026-07-01T01:00:00Z",
                                   "1890-01-01T00:00:00Z", (NOW + timedelta(days=30)).isoformat()],
                          "parameter": "level", "value": ["2.5", "2.6", "high", "2.7", "2.8"]})
    mixed.to_csv(drop / "levels.csv", index=False)
    (drop / "notes.csv").write_text("what,when\nrain,today\n", encoding="utf-8")
    (drop / "readme.txt").write_text("not a CSV file: left alone", encoding="utf-8")
    source = CsvFolderSource(drop, poll=0.05, settle=0.0)
    feed = LiveFeed([source], store=desk, interval=0.05, store_every=0.1)
    seen = Collector(feed)
    with feed:
        wait_for(lambda: seen.count == 7 and not list(drop.glob("*.csv")))
        # the same readings dropped again, while the feed polls: written aside and renamed into the folder,
        # as a logger drops a file (a file read half-written would be cut short, whatever the settle time)
        good.to_csv(tmp_path / "rain_0700_again.csv", index=False)
        (tmp_path / "rain_0700_again.csv").replace(drop / "rain_0700_again.csv")
        wait_for(lambda: source.meter.snapshot().duplicates == 6 and not list(drop.glob("*.csv")))
    health = feed.health()[0]
    assert health.errors == {"levels.csv": 4, "notes.csv": 1}
    assert health.reasons == {"bad row": 4, "bad file": 1}
    assert (health.readings, health.duplicates) == (7, 6)
    assert sorted(p.name for p in (drop / "done").iterdir()) == ["levels.csv", "rain_0700.csv",
                                                                "rain_0700_again.csv"]
    assert [p.name for p in (drop / "bad").iterdir()] == ["notes.csv"]
    assert (drop / "readme.txt").exists()
    assert feed.latest.get("WL-01", "level") == (pd.Timestamp("2026-07-01T00:00:00Z"), 2.5)
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == 7


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_replay_gives_the_readings_at_its_speed():
    frame = demo_readings()
    first = frame["time"].min()
    clock = FakeClock()
    replay = ReplaySource(frame, speed=3600, clock=clock)  # an hour of readings a second
    replay.open()
    got = [replay.drain(NOW)]
    for _ in range(48):
        clock.now += 0.5
        got.append(replay.drain(NOW))
    reached = first + pd.Timedelta(hours=24)
    expected = frame[frame["time"] <= reached]
    assert sum(len(g) for g in got) == len(expected)
    assert max(r[1] for g in got for r in g) == reached.to_pydatetime()
    assert len(got[0]) == (frame["time"] == first).sum()  # the first hour's readings at once
    for step, rows in enumerate(got[1:], start=1):  # each half second, the readings of half an hour
        lower, upper = first + pd.Timedelta(minutes=30 * (step - 1)), first + pd.Timedelta(minutes=30 * step)
        assert all(lower < pd.Timestamp(r[1]) <= upper for r in rows)
    assert not replay.done and replay.meter.snapshot().messages == len(expected)


def test_a_shifted_replay_looks_live_and_a_loop_starts_again():
    frame = demo_readings()
    part = frame[frame["time"] < frame["time"].min() + pd.Timedelta(hours=3)]
    clock = FakeClock()
    replay = ReplaySource(part, speed=3600, shift_to_now=True, loop=True, clock=clock)
    replay.open()
    rows = []
    for _ in range(9):  # 3 s a round, and a tick to begin the next
        rows += replay.drain(NOW)
        clock.now += 1.0
    assert len(rows) == 3 * len(part) and not replay.done
    assert all(NOW - timedelta(seconds=3) <= r[1] <= NOW for r in rows)
    assert sorted(r[3] for r in rows) == sorted(part["value"].tolist() * 3)


def test_the_demo_replay_through_the_feed_keeps_each_reading_once():
    feed = LiveFeed([ReplaySource(demo_readings(), speed=3_600_000)], interval=0.05)
    seen = Collector(feed)
    with feed:
        wait_for(lambda: seen.count == 32040)
    assert feed.health()[0].readings == 32040
    assert len(feed.latest.frame()) == 39


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    code = "import sys\nfrom console.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, timeout=600)


@needs_mosquitto
def test_feed_publish_and_send_reach_the_console_through_the_broker(broker, tmp_path):
    store, _, desk = desk_store(tmp_path)
    source = MqttSource(broker.url, datastreams=demo_datastreams(), client_id="feed-cli")
    feed = LiveFeed([source], store=desk, store_every=0.5)
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(10)
        done = cli("feed", "publish", "--broker", broker.url, "--rate", "0", "--count", "2000")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("published 2000 readings to ")
        done = cli("feed", "send", "--broker", broker.url, "--sensor", "WL-01", "--parameter", "level",
                   "--value", "7.25")
        assert done.returncode == 0, done.stderr
        wait_for(lambda: seen.count == 2001)
    when, value = feed.latest.get("WL-01", "level")
    assert value == 7.25 and abs((when - pd.Timestamp(NOW)).total_seconds()) < 3600
    expected = demo_readings().sort_values("time", kind="stable").head(2000)
    got = seen.frame()
    assert len(got.merge(expected, on=["sensor_code", "parameter", "time", "value"])) == 2000
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == 2001


def test_a_replay_of_a_stores_readings(tmp_path):
    store, _, desk = desk_store(tmp_path)
    stored = demo_readings().head(500)
    assert desk.readings.add_batch(stored) == 500
    feed = LiveFeed([ReplaySource.from_store(desk, speed=3_600_000)], interval=0.05)
    seen = Collector(feed)
    with feed:
        wait_for(lambda: seen.count == 500)
    got = seen.frame().sort_values(["time", "sensor_code", "parameter"], ignore_index=True)
    want = stored.sort_values(["time", "sensor_code", "parameter"], ignore_index=True)
    assert (got["value"] == want["value"]).all() and (got["time"] == want["time"]).all()


@needs_mosquitto
def test_feed_publish_from_a_store_numbers_its_sensors_as_the_listener_does(broker, tmp_path):
    store, _, desk = desk_store(tmp_path)
    readings = demo_readings()
    readings = readings[readings["sensor_code"].isin(["WL-01", "RG-02"])].head(300)
    desk.readings.add_batch(readings)
    source = MqttSource(broker.url, datastreams=demo_datastreams(), client_id="feed-cli-store")
    feed = LiveFeed([source])
    seen = Collector(feed)
    with feed:
        assert source.subscribed.wait(10)
        done = cli("feed", "publish", "--broker", broker.url, "--rate", "0", "--db",
                   str(tmp_path / "township.gpkg"), "--user", "des", "--key-dir", str(tmp_path / "keys"),
                   TOWNSHIP_PASSWORD=PASSWORD)
        assert done.returncode == 0, done.stderr
        wait_for(lambda: seen.count == 300)
    columns = ["sensor_code", "time", "parameter", "value"]
    got = seen.frame().sort_values(["sensor_code", "time"], ignore_index=True)
    want = readings.sort_values(["sensor_code", "time"], ignore_index=True)
    assert list(got[columns].itertuples(index=False, name=None)) == list(
        want[columns].itertuples(index=False, name=None))


def test_readings_the_store_could_not_take_are_written_with_a_later_batch(tmp_path):
    store, _, desk = desk_store(tmp_path)

    class Flaky:
        """The desk's session, its first two batch writes failing (a database gone for a while)."""

        def __init__(self) -> None:
            self.failures = 2
            self.readings = self

        def check(self, *args) -> None:
            desk.check(*args)

        def add_batch(self, batch):
            if self.failures:
                self.failures -= 1
                raise OSError("the database is not reachable")
            return desk.readings.add_batch(batch)

    frame = demo_readings().head(3000)
    feed = LiveFeed([ReplaySource(frame, speed=3_600_000)], store=Flaky(), interval=0.05, store_every=0.1)
    failed, stored = [], []
    feed.store_failed.connect(failed.append)
    feed.stored.connect(lambda added, offered, seconds: stored.append(added))
    with feed:
        wait_for(lambda: sum(stored) == 3000)
    assert failed == ["the database is not reachable"] * 2 and feed.given_up == 0
    with store.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sensor_readings")).scalar() == 3000
