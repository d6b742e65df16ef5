"""A big batch of readings (a busy feed while the map draws) is taken into the live sensors in slices, the
event loop running between them, and the map is told once, at the end (pytest-qt, the real window)."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6 import QtCore

from console.desks.emergency import APPLY_SLICE
from layers.emergency.sensor_layer import RIVER_COLOURS
from tests.console.test_emergency_desk import _batch, window

pytest.importorskip("pytestqt")
assert window  # a fixture


def test_a_big_batch_is_taken_in_slices_and_the_map_told_once(window, qtbot, monkeypatch):
    desk = window.desks["emergency"]
    layer = desk.layer
    qtbot.waitUntil(lambda: len(layer.history) > 50, timeout=60_000)
    desk.stop_feed()
    qtbot.wait(500)  # the batches already on their way are applied
    qtbot.waitUntil(lambda: desk._slicing is None, timeout=10_000)
    wl = list(layer.codes).index("WL-01")
    start = layer.time_span()[1] + pd.Timedelta(minutes=1)
    count = 3 * APPLY_SLICE + 100
    rows = [("WL-01", start + pd.Timedelta(minutes=m), "level", 1.0 + m / count * 2.9) for m in range(count)]
    slices, told, ticks = [], [], [0]
    taken = layer.add_readings
    monkeypatch.setattr(layer, "add_readings",
                        lambda batch, **kw: slices.append((len(batch), ticks[0])) or taken(batch, **kw))
    layer.events.readings.connect(lambda frame: told.append(len(slices)))
    ticker = QtCore.QTimer(interval=0)  # counts the turns of the event loop
    ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    ticker.start()
    desk.slider.go_live()

    desk._take_readings(_batch(rows))
    desk._take_readings(_batch(rows[:10]))  # repeated: kept once
    qtbot.waitUntil(lambda: desk._slicing is None and bool(told), timeout=30_000)
    ticker.stop()
    sizes, turns = [n for n, _ in slices], [t for _, t in slices]
    assert sizes == [APPLY_SLICE, APPLY_SLICE, APPLY_SLICE, 110]
    assert all(b > a for a, b in zip(turns, turns[1:], strict=False))  # the event loop turned between them
    assert told == [4]  # the views were told once, after the last slice
    assert layer.symbols().last[wl] == start + pd.Timedelta(minutes=count - 1)
    assert layer.symbols().colour[wl] == RIVER_COLOURS[2]  # 3.9 m: danger
    assert int((layer.history["sensor_code"] == "WL-01").sum()) >= count
