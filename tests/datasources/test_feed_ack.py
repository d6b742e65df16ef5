"""A QoS 1 reading is acknowledged to the broker only after the store has committed it: a console killed
between receipt and commit loses nothing, the broker delivers the readings again and each is stored once."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from datasources.feeds import demo_datastreams
from datasources.feeds.sensorthings import observation, observation_topic
from tests.datasources.feed_kit import broker, desk_store, needs_mosquitto, send
from tests.datasources.store_kit import ROOT

pytestmark = needs_mosquitto
assert broker  # a fixture
STREAMS = demo_datastreams()
RIVER = next(k for k, v in STREAMS.items() if v == ("WL-01", "level"))
T0 = datetime(2026, 6, 2, tzinfo=UTC)
COUNT = 200


class Child:
    """The feed's process; its printed lines are collected as they come."""

    def __init__(self, url: str, folder, mode: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.datasources.feed_ack_child", url, str(folder), "ack-console", mode],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.strip())
                self._changed.notify_all()
        with self._changed:
            self.lines.append("EOF")
            self._changed.notify_all()

    def wait_for(self, condition, timeout: float = 60.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: condition(self.lines) or "EOF" in self.lines, timeout):
                raise AssertionError(f"the feed's process did not get there: {self.lines}")
        assert condition(self.lines), f"the feed's process ended: {self.lines}"


def stored_rows(store) -> list[tuple]:
    with store.engine.connect() as con:
        return con.execute(text(
            "SELECT sensor_code, parameter, time, value FROM sensor_readings WHERE sensor_code = 'WL-01' "
            "AND time >= '2026-06-02' ORDER BY time")).all()


def test_a_console_killed_between_receipt_and_commit_gets_the_readings_again_and_stores_each_once(
        broker, tmp_path):
    store, _, _ = desk_store(tmp_path)
    messages = [(observation_topic(RIVER), observation(T0 + timedelta(minutes=m), float(m)))
                for m in range(COUNT)]

    held = Child(broker.url, tmp_path, "hold")
    held.wait_for(lambda lines: "READY" in lines)
    assert send(broker.url, messages) == COUNT
    held.wait_for(lambda lines: any(line.startswith("WRITING") for line in lines))
    held.process.kill()  # received, handed to the store, not committed
    held.process.wait()
    assert stored_rows(store) == []

    again = Child(broker.url, tmp_path, "run")
    again.wait_for(lambda lines: "READY" in lines)
    again.wait_for(lambda lines: sum(int(line.split()[1]) for line in lines if line.startswith("STORED"))
                   >= COUNT)
    again.process.stdin.close()  # a clean stop: what was committed is acknowledged
    again.wait_for(lambda lines: "STOPPED" in lines)
    assert again.process.wait(30) == 0
    rows = stored_rows(store)
    assert [row[3] for row in rows] == [float(m) for m in range(COUNT)]

    # acknowledged once committed: a third start of the session is given nothing again
    third = Child(broker.url, tmp_path, "run")
    third.wait_for(lambda lines: "READY" in lines)
    send(broker.url, [(observation_topic(RIVER), observation(T0 + timedelta(minutes=COUNT), -1.0))])
    third.wait_for(lambda lines: any(line.startswith("STORED") for line in lines))
    third.process.stdin.close()
    third.wait_for(lambda lines: "STOPPED" in lines)
    offered = sum(int(line.split()[2]) for line in third.lines if line.startswith("STORED"))
    assert offered == 1
    assert len(stored_rows(store)) == COUNT + 1
