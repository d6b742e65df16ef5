"""Emergency › Warning levels in the real window, as the emergency desk's officer on a copy of the demo
store: a danger stage below the warning stage is refused in the dialog; the township's own stages are saved
on the gauge (audited) and the live symbol judges the river against them at once; a landslide zone's own
thresholds are saved on the zone (pytest-qt)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from PySide6 import QtWidgets

from layers.emergency.sensor_layer import RIVER_COLOURS
from tests.console.test_emergency_desk import PASSWORD, _batch, window

pytest.importorskip("pytestqt")
assert window  # a fixture

ACCEPTED = QtWidgets.QDialog.DialogCode.Accepted


def test_the_desk_sets_its_own_river_stages_and_landslide_thresholds(window, qtbot, monkeypatch):
    from widgets.emergency.warning_levels_dialog import WarningLevelsDialog

    desk = window.desks["emergency"]
    layer = desk.layer
    qtbot.waitUntil(lambda: len(layer.history) > 50, timeout=60_000)
    desk.stop_feed()
    qtbot.wait(500)  # the batches already on their way are applied
    wl = list(layer.codes).index("WL-01")
    later = layer.time_span()[1] + pd.Timedelta(hours=1)
    desk.bridge.take_readings(_batch([("WL-01", later, "level", 2.1)]))  # below the default warning, 2.5 m
    qtbot.waitUntil(lambda: layer.symbols().last[wl] == later, timeout=10_000)
    assert layer.symbols().colour[wl] == RIVER_COLOURS[0]

    seen = {}

    def fill_in(dialog):
        codes = [dialog.rivers.item(r, 0).text() for r in range(dialog.rivers.rowCount())]
        row = codes.index("WL-01")
        assert dialog.rivers.item(row, 4).text() == "2.5 / 3.5"  # the defaults, shown beside
        dialog.rivers.item(row, 2).setText("2")
        dialog.rivers.item(row, 3).setText("1.5")
        dialog.accept()                                    # refused: it says why and stays open
        seen["refused"] = dialog.messages.text.text()
        assert dialog.result() != ACCEPTED
        dialog.rivers.item(row, 3).setText("2,4")          # a decimal comma is taken
        seen["zones"] = dialog.landslides.rowCount()
        seen["zone_name"] = dialog.landslides.item(0, 0).text()
        dialog.landslides.item(0, 3).setText("30, 45, 60, 90")  # 24 h
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WarningLevelsDialog, "exec", fill_in)
    desk.levels_action.trigger()
    assert "danger stage (1.5 m) must be above the warning stage (2 m)" in seen["refused"]

    # saved on the gauge, audited with the old and the new value; the symbol turns to warning at once
    session = desk.session
    sensors = session.features.read("sensors")
    gauge = sensors[sensors["sensor_code"] == "WL-01"].iloc[0]
    assert (gauge["warning_level_m"], gauge["danger_level_m"]) == (2.0, 2.4)
    assert layer.symbols().colour[wl] == RIVER_COLOURS[1]
    admin = session.store.login("admin", PASSWORD)
    edits = [json.loads(d) for d in admin.audit.log(username="ying", event="edit")["detail"]
             if "warning_level_m" in d]
    assert edits[-1]["fields"]["warning_level_m"] == [None, 2.0]
    assert seen["zones"] == 146  # the demo's landslide zones
    village, number = seen["zone_name"].rsplit(" ", 1)  # named after its village, as in the data: "梅田村 1"
    assert village in set(session.features.read("villages")["name_zh"]) and number.isdigit()
    zones = session.features.read("hazard_zones")
    own = zones[zones["rain_thresholds"].notna()]
    assert len(own) == 1 and json.loads(own["rain_thresholds"].iloc[0]) == {"24": [30, 45, 60, 90]}
