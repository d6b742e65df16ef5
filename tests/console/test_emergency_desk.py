"""The emergency desk in the real window on the demo township and a copy of its store, as the emergency
desk's officer: the desk builds on login, the replay of the store's readings starts by itself and recolours
the live sensors, a reading batch turns a river gauge red, the chart draws the gauges' series, the time
slider moves a symbol back in time, the surface is interpolated, and Emergency › Flood from water level adds
the flood layer (pytest-qt, menus driven with QAction.trigger)."""

from __future__ import annotations

import shutil

import argon2
import numpy as np
import pandas as pd
import pytest
from PySide6 import QtCore, QtWidgets

from datasources.store import TownshipStore
from layers.emergency.sensor_layer import RIVER_COLOURS, SensorLayer
from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"


@pytest.fixture
def window(demo_township, demo_project, tmp_path, qtbot):
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
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
    window.log_in(store.login("ying", PASSWORD))
    yield window
    desk = window.desks["emergency"]
    desk.stop_feed()
    assert desk.feed is None
    qtbot.waitUntil(lambda: not window._workers, timeout=60_000)
    store.engine.dispose()


def _menu(window, name: str) -> QtWidgets.QMenu:
    return window.findChild(QtWidgets.QMenu, f"{name}-menu")


def _batch(rows):
    return pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"])


def test_the_desk_lives_on_the_replay_and_follows_a_rising_river(window, qtbot, monkeypatch):
    desk = window.desks["emergency"]
    assert desk.built
    layer = desk.layer
    assert isinstance(layer, SensorLayer) and layer in window.project.layers
    menu = _menu(window, "emergency")
    assert menu is not None and menu.title() == "&Emergency"
    for dock in (desk.sensor_dock, desk.chart_dock, desk.slider_dock):
        assert dock.isVisibleTo(window)

    # the replay of the stored readings starts by itself: readings arrive, the feed says it is up
    qtbot.waitUntil(lambda: len(layer.history) > 50, timeout=60_000)
    qtbot.waitUntil(lambda: "up" in desk.status.text().lower(), timeout=30_000)
    assert desk.panel.health.rowCount() == 1
    assert desk.slider.slider.isEnabled()

    # a batch through the feed's own path: the gauge turns red on the map, the chart draws it
    beeps = []
    monkeypatch.setattr(QtWidgets.QApplication, "beep", lambda: beeps.append(1))
    desk.stop_feed()  # the replay would go on moving the latest values
    qtbot.wait(500)  # the batches already on their way are applied
    wl = list(layer.codes).index("WL-01")
    item = window.canvas.items[layer.id]
    last = layer.time_span()[1]
    later = last + pd.Timedelta(hours=1)
    desk.bridge.take_readings(_batch([("WL-01", later, "level", 3.9)]))  # as the feed's thread hands it
    qtbot.waitUntil(lambda: layer.symbols().colour[wl] == RIVER_COLOURS[2], timeout=10_000)
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=30_000)
    assert _has_colour(item.frame.picture, RIVER_COLOURS[2])
    assert "level" in desk.chart.plots

    # the rules raised the danger alert of this episode once (on the desk's alert worker, never on the
    # window's thread); the board shows it new, flashing
    board = desk.board
    qtbot.waitUntil(lambda: desk.alerts_settled() and bool(board.flashing), timeout=30_000)
    alerts = window.workbench.session.alerts.board()
    mine = alerts[(alerts["sensor_code"] == "WL-01") & (alerts["rule_id"] == "river-danger")
                  & (alerts["started_at"] == later)]
    assert len(mine) == 1 and mine["status"].iloc[0] == "new"
    alert_id = int(mine.index[0])
    assert beeps and alert_id in board.flashing and board.flash_timer.isActive()
    desk.take_batch(_batch([("WL-01", later, "level", 3.9)]))  # the same reading again: nothing new
    qtbot.waitUntil(desk.alerts_settled, timeout=30_000)
    assert len(window.workbench.session.alerts.board()) == len(alerts)
    board.select(alert_id)
    assert board.buttons["acknowledged"].isEnabled()
    board.note.setText("巡查人员已出发")
    assert board.change("acknowledged")
    assert window.workbench.session.alerts.get(alert_id)["status"] == "acknowledged"
    assert not board.change("closed")  # closing needs a note: refused, said in the message bar
    assert window.message_bar.history[-1][0] in ("warning", "error")
    qtbot.waitUntil(lambda: desk.chart.curves["level"]["WL-01"].getData()[1][-1] == 3.9, timeout=10_000)
    assert len(desk.chart.curves["level"]["WL-01"].getData()[0]) > 1

    # the time slider: an hour before, the gauge is not red; the chart's cursor follows
    desk.slider.set_time(later.timestamp() - 3600 * 5)
    assert layer.time is not None and layer.symbols().colour[wl] != RIVER_COLOURS[2]
    assert desk.chart.cursor_seconds() == pytest.approx(desk.slider.seconds())
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=30_000)
    assert not _has_colour(item.frame.picture, RIVER_COLOURS[2])
    desk.chart.cursors["level"].setValue(later.timestamp())  # dragging the cursor moves the slider
    assert desk.slider.seconds() == pytest.approx(later.timestamp() // 3600 * 3600)
    assert layer.symbols().colour[wl] == RIVER_COLOURS[2]

    # the broker is lost: the status bar says the feed is down and since when (township time)
    from datasources.feeds import FeedHealth

    lost = pd.Timestamp("2026-07-01 06:30", tz="UTC").to_pydatetime()
    desk.bridge.take_health(FeedHealth("mqtt://127.0.0.1:1883", "mqtt", up=False, since=lost, reconnects=3))
    qtbot.waitUntil(lambda: desk.panel.health.rowCount() == 2, timeout=10_000)
    assert desk.status.text() == "Feed down since 07-01 14:30" and desk.status.down_since == lost
    assert desk.panel.health.rowCount() == 2 and desk.panel.health.item(1, 5).text() == "3"

    # the surface of rain at that moment, clipped to the township, through the menu
    desk.surface_actions["rain"].trigger()
    qtbot.waitUntil(lambda: desk.surface_layer is not None and desk.surface_layer in window.project.layers,
                    timeout=60_000)
    assert desk.surface_layer.surface.parameter == "rain"
    menu.actions()[-1].trigger()  # back to live
    assert layer.time is None and desk.slider.live


def test_the_flood_action_adds_a_hazard_layer_and_its_impact(window, qtbot, monkeypatch, tmp_path):
    desk = window.desks["emergency"]
    gauges = {g["code"]: g for g in desk.hazards.gauges()}
    assert gauges["WL-01"]["datum"] == pytest.approx(94.31)

    def accept(dialog):
        assert dialog.level.value() == pytest.approx(94.31 + 3.5)  # the danger level by default
        dialog.level.setValue(99.0)
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr("widgets.emergency.flood_dialog.FloodDialog.exec", accept)
    action = next(a for a in _menu(window, "emergency").actions() if a.text() == "&Flood from water level…")
    before = len(window.project.layers)
    action.trigger()
    qtbot.waitUntil(lambda: len(window.project.layers) == before + 1, timeout=120_000)
    flood = window.project.layers[0]
    assert flood.name == "Flood at 99.00 m" and len(flood.data) > 0
    assert set(flood.data["depth_class"]) <= {1, 2, 3, 4} and (flood.data["area_m2"] > 0).all()
    assert window.message_bar.history[-1][0] == "success"

    # its impact per village: the table dock fills, and exports
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (items[0], True))
    impact_action = next(a for a in _menu(window, "emergency").actions() if a.text() == "&Impact per village…")
    impact_action.trigger()
    qtbot.waitUntil(lambda: desk.hazards.impact_panel is not None, timeout=120_000)
    panel = desk.hazards.impact_panel
    assert panel.table.rowCount() == len(panel.impact.villages) > 1
    assert panel.table.horizontalHeaderItem(1).text() == "Village"
    total = panel.impact.totals
    assert total["households"] > 0 and "people to move" in panel.summary.text()
    from widgets.emergency.impact_panel import export_table

    back = pd.read_csv(export_table(panel.table_frame, tmp_path / "impact.csv"), encoding="utf-8-sig")
    assert list(back.columns) == list(panel.table_frame.columns) and len(back) == len(panel.impact.villages)


def _has_colour(image, colour: str, alpha: int = 200) -> bool:
    from PySide6 import QtGui

    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgba = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(int)
    c = QtGui.QColor(colour)
    near = np.abs(rgba[..., :3] - (c.red(), c.green(), c.blue())).max(axis=-1) <= 4
    return bool((near & (rgba[..., 3] > alpha)).sum() > 20)


_ = QtCore


def test_the_landslide_warning_colours_the_zones_from_the_rain_gauges(window, qtbot):
    """Emergency › Landslide warning: after three hours of torrential rain at every gauge, the landslide
    zones turn red on the map and the message bar counts them; the readings held decide, not the store."""
    from layers.emergency.landslide import LEVEL_COLOURS

    desk = window.desks["emergency"]
    layer = desk.layer
    qtbot.waitUntil(lambda: len(layer.history) > 50, timeout=60_000)
    desk.stop_feed()
    qtbot.wait(500)
    gauges = layer.data.loc[layer.data["kind"] == "rain_gauge"]
    codes = [c for c, k in zip(layer.codes, layer.data["kind"], strict=True) if k == "rain_gauge"]
    assert len(gauges) and codes
    last = layer.time_span()[1].floor("h") + pd.Timedelta(hours=1)
    desk.take_batch(_batch([(code, last + pd.Timedelta(hours=h), "rain", 80.0)
                            for code in codes for h in range(3)]))
    action = next(a for a in _menu(window, "emergency").actions()
                  if a.text() == "&Landslide warning from the rain gauges")
    action.trigger()
    qtbot.waitUntil(lambda: desk.hazards.landslide is not None, timeout=60_000)
    warned = desk.hazards.landslide
    assert warned in window.project.layers and window.project.layers[0] is warned
    assert (warned.data["warning"] == "red").all()
    assert warned.data["cause"].str.startswith("1 h: 80.0 mm").all()
    level, text = window.message_bar.history[-1][:2]
    assert level == "warning" and f"red {len(warned.data)}" in text
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=30_000)
    assert _has_colour(window.canvas.items[warned.id].frame.picture, LEVEL_COLOURS["red"], alpha=100)

    # before the rain (the time slider an hour earlier), no zone is warned and the old layer is replaced
    desk.slider.set_time((last - pd.Timedelta(hours=2)).timestamp())
    action.trigger()
    qtbot.waitUntil(lambda: desk.hazards.landslide is not warned, timeout=60_000)
    assert warned not in window.project.layers
    assert (desk.hazards.landslide.data["warning"] != "red").all()


def test_the_live_sensors_follow_into_another_project(window, qtbot, monkeypatch, tmp_path):
    """File › Open project… on another project: the live sensors are on top of its map and go on
    taking readings (they are the store's, not the project file's)."""
    import shutil as _shutil

    desk = window.desks["emergency"]
    layer = desk.layer
    other = tmp_path / "other.project.gpkg"
    _shutil.copy2(window.project.path, other)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), "*.gpkg"))
    monkeypatch.setattr(window.files, "confirm_discard", lambda: True)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Open &project…")
    action.trigger()
    qtbot.waitUntil(lambda: window.project.path is not None and window.project.path.name == other.name
                    and not window._workers, timeout=60_000)
    assert window.project.layers[0] is layer
    desk.stop_feed()
    qtbot.wait(300)
    later = layer.time_span()[1] + pd.Timedelta(hours=1)
    desk.take_batch(_batch([("WL-01", later, "level", 3.9)]))
    wl = list(layer.codes).index("WL-01")
    assert layer.symbols().colour[wl] == RIVER_COLOURS[2]
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=30_000)
    assert _has_colour(window.canvas.items[layer.id].frame.picture, RIVER_COLOURS[2])
    assert not window.project.dirty
