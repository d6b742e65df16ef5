"""The emergency chain end to end, in the real window on a copy of the demo store and a real Mosquitto of
the test's own: a publisher process (``township-console feed send``) raises the river gauge WL-01 above its
danger level now; the desk, listening to the broker (``TOWNSHIP_FEED_BROKER``), recolours the gauge, raises one
alert (the same reading again raises nothing), the board acknowledges it with a note, Emergency › Flood from
water level computes the flood at the live level, Impact per village fills its table, "Issue CAP…" on the
board writes a CAP file that validates and publishes it to the broker, and the audit trail has each step."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import argon2
import pytest
from PySide6 import QtWidgets

from datasources.feeds.broker import Mosquitto, mosquitto_binary
from datasources.store import TownshipStore
from layers.emergency.sensor_layer import RIVER_COLOURS
from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")
pytestmark = pytest.mark.skipif(mosquitto_binary() is None,
                                reason="mosquitto is not installed (make system-deps)")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
GAUGE, LEVEL = "WL-01", 3.9  # metres above the gauge's datum: above its danger level (3.5 m)
CAP_TOPIC = "township/cap"


@pytest.fixture
def broker():
    with tempfile.TemporaryDirectory(prefix="township-mqtt-chain-") as folder:
        server = Mosquitto(Path(folder))
        server.start()
        try:
            yield server
        finally:
            server.kill()


@pytest.fixture
def desk_window(demo_township, demo_project, tmp_path, qtbot, monkeypatch, broker):
    from datasources.store.admin import upgrade_store

    path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(path)
    store = TownshipStore(path, key_folder=keys, hasher=CHEAP)
    admin = store.create_administrator("admin", PASSWORD)
    admin.accounts.add("ying", PASSWORD, "emergency_desk", None)
    project = tmp_path / "青溪镇.project.gpkg"
    shutil.copy2(demo_project, project)
    if (demo_project.parent / "dem.tif").exists():
        shutil.copy2(demo_project.parent / "dem.tif", tmp_path / "dem.tif")
    monkeypatch.setenv("TOWNSHIP_FEED_BROKER", broker.url)
    monkeypatch.setenv("TOWNSHIP_CAP_TOPIC", CAP_TOPIC)
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
    window.log_in(store.login("ying", PASSWORD))
    yield window, admin
    desk = window.desks["emergency"]
    desk.stop_feed()
    qtbot.waitUntil(lambda: not window._workers, timeout=60_000)
    store.engine.dispose()


def _send(broker_url: str, value: float, time: str | None = None) -> None:
    """A publisher process: ``township-console feed send`` (the demo's datastreams)."""
    command = [sys.executable, "-m", "console", "feed", "send", "--broker", broker_url, "--sensor", GAUGE,
               "--parameter", "level", "--value", str(value), "--client-id", "chain-test-publisher"]
    if time:
        command += ["--time", time]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


class _Subscriber:
    """A bare paho subscriber of the CAP topic, to see that the issued message arrives."""

    def __init__(self, url: str) -> None:
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion

        from datasources.feeds.mqtt import parse_broker

        host, port, _, _ = parse_broker(url)
        self.messages: list[bytes] = []
        self.subscribed = threading.Event()
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="chain-test-cap-listener")
        self.client.on_connect = lambda c, *_a: c.subscribe(CAP_TOPIC, qos=1)
        self.client.on_subscribe = lambda *_a: self.subscribed.set()
        self.client.on_message = lambda _c, _u, message: self.messages.append(message.payload)
        self.client.connect(host, port)
        self.client.loop_start()

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


def _menu_action(window, text: str):
    menu = window.findChild(QtWidgets.QMenu, "emergency-menu")
    return next(a for a in menu.actions() if a.text() == text)


def test_a_rising_river_from_the_broker_to_an_issued_cap(desk_window, broker, qtbot, monkeypatch, tmp_path):
    import pandas as pd

    from layers.emergency.cap import validate

    window, admin = desk_window
    desk = window.desks["emergency"]
    assert desk.built and desk.replay is None  # a broker is configured: the desk listens to it
    qtbot.waitUntil(lambda: desk.feed is not None and desk.feed.sources[0].subscribed.is_set(), timeout=30_000)
    layer, board = desk.layer, desk.board
    alerts = window.workbench.session.alerts
    before = len(alerts.board())

    # the publisher process raises the gauge now: the symbol turns to danger, the map recolours
    now = pd.Timestamp.now(tz="UTC").floor("s")
    stamp = now.isoformat().replace("+00:00", "Z")
    _send(broker.url, LEVEL, stamp)
    wl = list(layer.codes).index(GAUGE)
    qtbot.waitUntil(lambda: layer.symbols().level[wl] == 2, timeout=30_000)
    assert layer.symbols().colour[wl] == RIVER_COLOURS[2]
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=30_000)
    from tests.console.test_emergency_desk import _has_colour

    assert _has_colour(window.canvas.items[layer.id].frame.picture, RIVER_COLOURS[2])

    # one alert for the episode, new on the board; the same reading again raises nothing more
    def mine():
        frame = alerts.board()
        return frame[(frame["sensor_code"] == GAUGE) & (frame["rule_id"] == "river-danger")]

    qtbot.waitUntil(lambda: len(mine()) == 1, timeout=30_000)
    alert_id = int(mine().index[0])

    # what the broker said is kept in the store too (the desk's officer may write readings), once
    readings = window.workbench.session.readings

    def stored():
        rows = readings.between([GAUGE], now - pd.Timedelta(minutes=1), now + pd.Timedelta(minutes=1))
        return rows[rows["parameter"] == "level"]

    qtbot.waitUntil(lambda: len(stored()) == 1, timeout=30_000)
    assert stored()["value"].iloc[0] == pytest.approx(LEVEL)
    assert mine()["status"].iloc[0] == "new" and len(alerts.board()) == before + 1
    _send(broker.url, LEVEL, stamp)
    qtbot.wait(2500)  # the duplicate comes back through the broker and the feed, and is dropped
    assert len(mine()) == 1 and len(alerts.board()) == before + 1
    assert len(stored()) == 1

    # acknowledged through the board's button, with a note
    board.refresh()
    board.select(alert_id)
    assert board.buttons["acknowledged"].isEnabled() and board.cap_button.isEnabled()
    board.note.setText("巡查人员已出发 patrol on its way")
    board.buttons["acknowledged"].click()
    assert alerts.get(alert_id)["status"] == "acknowledged"

    # Emergency › Flood from water level, at the live level: a flood hazard layer appears
    datum = {g["code"]: g for g in desk.hazards.gauges()}[GAUGE]["datum"]

    def accept(dialog):
        dialog.level.setValue(datum + LEVEL)
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr("widgets.emergency.flood_dialog.FloodDialog.exec", accept)
    layers_before = len(window.project.layers)
    _menu_action(window, "&Flood from water level…").trigger()
    qtbot.waitUntil(lambda: len(window.project.layers) == layers_before + 1, timeout=120_000)
    flood = window.project.layers[0]
    assert flood.name == f"Flood at {datum + LEVEL:.2f} m" and len(flood.data) > 0

    # Impact per village on it: the table fills
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (items[0], True))
    _menu_action(window, "&Impact per village…").trigger()
    qtbot.waitUntil(lambda: desk.hazards.impact_panel is not None
                    and desk.hazards.impact_panel.table.rowCount() > 0, timeout=120_000)
    impact = desk.hazards.impact_panel.impact
    assert impact.totals["households"] > 0
    # ... and the map shows the affected households, their routes and the shelters above the flood
    names = [layer.source_name for layer in window.project.layers[:4]]
    assert "affected_households" in names and "impact_shelters" in names, names
    households = next(lay for lay in window.project.layers if lay.source_name == "affected_households")
    assert len(households.data) == len(impact.households)
    if len(impact.routes):
        assert "shelter_routes" in names

    # Issue CAP… from the board: the file validates and arrives on the broker's CAP topic
    listener = _Subscriber(broker.url)
    try:
        assert listener.subscribed.wait(10)
        out = tmp_path / "wl-01.cap.xml"
        monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "*.xml"))
        board.select(alert_id)
        board.cap_button.click()
        qtbot.waitUntil(lambda: window.message_bar.history and window.message_bar.history[-1][0]
                        in ("success", "warning", "error") and not window._workers, timeout=60_000)
        assert window.message_bar.history[-1][0] == "success", window.message_bar.history[-1]
        assert out.exists() and validate(out.read_bytes()) == []
        qtbot.waitUntil(lambda: len(listener.messages) == 1, timeout=30_000)
        assert listener.messages[0] == out.read_bytes()
    finally:
        listener.close()
    history = alerts.history(alert_id)
    assert "cap_issued" in set(history["kind"])

    # the audit trail has each step, by the desk's officer
    trail = admin.audit.log(username="ying")
    events = set(trail["event"])
    assert {"alert_raise", "alert_status", "cap_issue", "cap_publish"} <= events
    assert (trail[trail["event"] == "cap_issue"]["outcome"] == "ok").all()
    assert trail["object"].str.contains(f"alerts:{alert_id}").any()


def test_the_feed_source_is_chosen_in_the_window(demo_township, demo_project, tmp_path, qtbot, monkeypatch,
                                                 broker):
    """Emergency › Live feed source…: from the replay to the broker, whose readings reach the map and the
    store; a wrong address keeps the dialog open and says why; the choice is kept for the next start."""
    import pandas as pd

    from console.desks.emergency_feed import feed_choice
    from datasources.store.admin import upgrade_store

    monkeypatch.delenv("TOWNSHIP_FEED_BROKER", raising=False)
    path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(path)
    store = TownshipStore(path, key_folder=keys, hasher=CHEAP)
    admin = store.create_administrator("admin", PASSWORD)
    admin.accounts.add("ying", PASSWORD, "emergency_desk", None)
    project = tmp_path / "青溪镇.project.gpkg"
    shutil.copy2(demo_project, project)
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
    window.log_in(store.login("ying", PASSWORD))
    desk = window.desks["emergency"]
    try:
        assert desk.replay is not None  # nothing configured: the replay of the stored readings
        seen = {}

        def answer(dialog):
            seen["dialog"] = dialog
            seen["start"] = (dialog.replay.isChecked(), dialog.broker.isEnabled())
            dialog.mqtt.setChecked(True)
            seen["start"] += (dialog.broker.isEnabled() and dialog.store.isEnabled(),)
            dialog.broker.setText("http://not-a-broker")
            dialog.accept()  # refused: the dialog stays and says why
            seen["error"] = dialog.error.text()
            assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
            dialog.broker.setText(broker.url)
            dialog.topic.setText("township/cap/test")
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr("widgets.emergency.feed_source_dialog.FeedSourceDialog.exec", answer)
        _menu_action(window, "Live feed &source…").trigger()
        assert seen.get("start") == (True, False, True), seen
        assert "mqtt://host:port" in seen["error"]
        assert desk.replay is None and desk.feed is not None
        qtbot.waitUntil(lambda: desk.feed.sources[0].subscribed.is_set(), timeout=30_000)
        assert desk.board.broker == broker.url and desk.board.topic == "township/cap/test"
        assert feed_choice().broker == broker.url  # kept for the next start

        now = pd.Timestamp.now(tz="UTC").floor("s")
        _send(broker.url, 1.25, now.isoformat().replace("+00:00", "Z"))
        layer = desk.layer
        qtbot.waitUntil(lambda: ((layer.history["sensor_code"] == GAUGE)
                                 & (layer.history["time"] == now)).any(), timeout=30_000)
        readings = window.workbench.session.readings
        qtbot.waitUntil(lambda: len(readings.between([GAUGE], now - pd.Timedelta(minutes=1),
                                                     now + pd.Timedelta(minutes=1))) == 1, timeout=30_000)
    finally:
        from PySide6 import QtCore

        QtCore.QSettings().remove("emergency")  # the next tests' windows start on the replay again
        desk.stop_feed()
        qtbot.waitUntil(lambda: not window._workers, timeout=60_000)
        store.engine.dispose()


def test_the_feeds_process_killed_is_told_as_the_feed_down_and_a_new_one_listens(desk_window, broker, qtbot):
    """The broker's feed runs in a process of its own: killed, the window stays, the status bar and the feed's
    health row say the feed is down since then, and a new process listens again."""
    import os
    import signal

    import pandas as pd

    from datasources.feeds import FeedProcess

    window, _ = desk_window
    desk = window.desks["emergency"]
    feed = desk.feed
    assert isinstance(feed, FeedProcess)
    qtbot.waitUntil(lambda: feed.sources[0].subscribed.is_set() and feed.pid is not None, timeout=30_000)
    qtbot.waitUntil(lambda: desk.status.down_since is None and "up" in desk.status.text().lower(), timeout=30_000)
    first = feed.pid
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: desk.status.down_since is not None, timeout=30_000)
    assert desk.status.text().startswith("Feed down since")
    row = desk.panel._rows[feed.sources[0].name]
    assert desk.panel.health.item(row, 1).text().startswith("down")
    assert window.isVisible()
    qtbot.waitUntil(lambda: feed.children == 2 and feed.sources[0].subscribed.is_set(), timeout=60_000)
    qtbot.waitUntil(lambda: desk.status.down_since is None, timeout=30_000)
    assert feed.pid != first
    # the new process hears the broker and the map takes its readings
    now = pd.Timestamp.now(tz="UTC").floor("s")
    _send(broker.url, 1.5, now.isoformat().replace("+00:00", "Z"))
    layer = desk.layer
    qtbot.waitUntil(lambda: ((layer.history["sensor_code"] == GAUGE) & (layer.history["time"] == now)).any(),
                    timeout=30_000)
