"""The window as a logged-in user finds it on the demo township (pytest-qt): identify results come to the
front, a newly opened file goes on top of the map and is shown when it lies elsewhere, the attribute table
takes the queue's full place, a bad filter says what is wrong and shows nothing, tables sit in their own
group, a measurement goes when the tool changes or files open, logging in or moving the map is no unsaved
change, and the saved view comes back with the project."""

from __future__ import annotations

import argon2
import geopandas as gpd
import pytest
import shapely
from PySide6 import QtCore

from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def settings_folder(tmp_path, own_settings_folder):
    """The window's settings (recent files, size and docks) in a folder of the test's own."""
    fmt, scope = QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope
    QtCore.QSettings.setPath(fmt, scope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
    QtCore.QSettings.setPath(fmt, scope, str(own_settings_folder))  # the test run's folder again


def _settle(win, qtbot) -> None:
    qtbot.waitUntil(lambda: not win._workers and not win.canvas.busy(), timeout=120_000)


@pytest.fixture
def desk(qtbot, demo_township, demo_project, tmp_path, settings_folder, monkeypatch):
    """The demo project in the window, logged in to a copy of the demo store as its administrator."""
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store

    store_path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(store_path)
    store = TownshipStore(store_path, key_folder=keys, hasher=CHEAP)
    session = store.create_administrator("wang", "qingxi-2024")
    win = create_window([demo_project])
    qtbot.addWidget(win, before_close_func=lambda w: w.project._mark_clean())
    win.resize(1366, 740)
    win.log_in(session)
    win.show()
    qtbot.waitExposed(win)
    _settle(win, qtbot)
    yield win
    _settle(win, qtbot)
    store.engine.dispose()


def test_logging_in_and_moving_the_map_leave_no_unsaved_change(desk, qtbot):
    assert not desk.project.dirty
    assert not desk.windowTitle().startswith("*")
    (x0, x1), (y0, y1) = desk.canvas.view_box.viewRange()
    desk.canvas.view_box.setRange(xRange=(x0 + 500, x1 - 500), yRange=(y0 + 500, y1 - 500), padding=0)
    _settle(desk, qtbot)
    assert not desk.project.dirty and desk.files.confirm_discard()  # no question on quitting


def test_the_saved_view_comes_back_with_the_project(desk, qtbot, tmp_path):
    (x0, x1), (y0, y1) = desk.canvas.view_box.viewRange()
    ox, oy = desk.canvas.origin
    cx, cy = (x0 + x1) / 2 + ox, (y0 + y1) / 2 + oy
    desk.canvas.zoom_to_extent((cx - 800, cy - 600, cx + 800, cy + 600), pad=False)
    saved = desk.canvas.current_view().bbox
    assert desk.files._save_to(tmp_path / "mine.gpkg")
    assert desk.project.settings["view"] == pytest.approx(list(saved))
    desk.canvas.zoom_to_extent()  # the full extent again, then open the saved project
    desk.files.open_project(tmp_path / "mine.gpkg")
    qtbot.waitUntil(lambda: desk.project.settings.get("view") is not None and not desk._workers,
                    timeout=60_000)
    shown = desk.canvas.current_view().bbox
    # the saved extent is shown whole, at the same scale in at least one direction
    assert shown[0] <= saved[0] + 1 and shown[2] >= saved[2] - 1
    assert shown[1] <= saved[1] + 1 and shown[3] >= saved[3] - 1
    assert min(shown[2] - shown[0] - (saved[2] - saved[0]), shown[3] - shown[1] - (saved[3] - saved[1])) < 5
    assert not desk.project.dirty


def test_identify_shows_its_results_in_front_of_the_incident_detail(desk):
    detail = desk.desks["incidents"].detail_dock
    assert detail in desk.tabifiedDockWidgets(desk.identify_dock)
    detail.raise_()
    desk.tool_actions["identify"].trigger()
    villages = desk.project.layers.by_name("villages")
    point = shapely.point_on_surface(villages.data_in(desk.project.crs).geometry.iloc[2])
    assert desk.identify_at(point.x, point.y) >= 1
    assert not desk.identify_dock.visibleRegion().isEmpty()  # its tab is the one shown
    assert detail.visibleRegion().isEmpty()


def test_a_new_file_goes_on_top_and_the_map_goes_to_it(desk, qtbot, tmp_path):
    far = gpd.GeoDataFrame({"name": ["远处的井"]}, geometry=[shapely.Point(520_000, 3_400_000)],
                           crs="EPSG:4549")
    path = tmp_path / "far_wells.geojson"
    far.to_file(path, driver="GeoJSON")
    desk.files.open_paths([path])
    qtbot.waitUntil(lambda: any(_path_of(lyr) == path for lyr in desk.project.layers)
                    and not desk._workers, timeout=60_000)
    new = desk.project.layers[0]
    assert _path_of(new) == path  # on top of the list, so of the map
    z = {lid: item.zValue() for lid, item in desk.canvas.items.items()}
    assert z[new.id] == max(z.values())  # drawn over the village polygons
    x0, y0, x1, y1 = desk.canvas.current_view().bbox
    assert x0 <= 520_000 <= x1 and y0 <= 3_400_000 <= y1
    assert desk.message_bar.isVisible() and "far_wells" in desk.message_bar.text.text()


def _path_of(layer):
    return getattr(getattr(layer, "source", None), "path", None)


def test_the_attribute_table_takes_the_queue_place_as_a_tab(desk):
    queue = desk.desks["incidents"].queue_dock
    table = desk.open_table(desk.project.layers.by_name("villages"))
    assert queue in desk.tabifiedDockWidgets(desk.table_dock)
    assert not desk.table_dock.visibleRegion().isEmpty() and queue.visibleRegion().isEmpty()
    assert table.width() >= 0.6 * desk.canvas.width()  # the map's width, not a 255-px slot
    assert list(table.model.order) == list(range(len(table.layer.data)))  # the layer's own order


def test_a_bad_filter_says_what_is_wrong_and_shows_no_rows(desk):
    table = desk.open_table(desk.project.layers.by_name("villages"))
    table.filter.setText("population > 1000")
    table.apply_filter()
    assert table.model.rowCount() > 0 and table.error.isHidden()
    table.filter.setText("populaton > 1000")  # a misspelt column
    table.apply_filter()
    assert table.model.rowCount() == 0
    assert table.error.isVisible() and "populaton" in table.error.text()
    assert table.count.text().startswith("0 ")
    table.filter.setText("population > 1000")
    table.apply_filter()
    assert table.model.rowCount() > 0 and table.error.isHidden()


def test_tables_sit_in_their_own_group_without_map_symbols(desk):
    model = desk.layer_tree.model()
    top = [model.index(r, 0) for r in range(model.rowCount())]
    labels = [model.data(i) for i in top]
    assert labels[-1] == "Tables"
    group = top[-1]
    tables = {model.data(model.index(r, 0, group)) for r in range(model.rowCount(group))}
    readings, info = (desk.project.layers.by_name(n) for n in ("sensor_readings", "township_info"))
    assert {readings.name, info.name} <= tables
    for r in range(model.rowCount(group)):
        index = model.index(r, 0, group)
        assert model.data(index, QtCore.Qt.ItemDataRole.CheckStateRole) is None  # never drawn
        assert model.rowCount(index) == 0  # no legend
    assert not any(model.data(i) in tables for i in top)


def test_a_measurement_goes_when_the_tool_changes_or_files_open(desk, qtbot, tmp_path):
    desk.tool_actions["measure_distance"].trigger()
    tool = desk.measure_tools["distance"]
    x0, y0, x1, y1 = desk.canvas.current_view().bbox
    tool.add_point(x0 + (x1 - x0) * 0.3, (y0 + y1) / 2)
    tool.add_point(x0 + (x1 - x0) * 0.6, (y0 + y1) / 2)
    tool.finish()
    assert desk.statusBar().currentMessage()
    desk.tool_actions["pan"].trigger()
    assert desk.statusBar().currentMessage() == "" and not tool.points
    desk.tool_actions["measure_distance"].trigger()
    tool.add_point(x0 + (x1 - x0) * 0.3, (y0 + y1) / 2)
    tool.add_point(x0 + (x1 - x0) * 0.5, (y0 + y1) / 2)
    tool.finish()
    measured = desk.statusBar().currentMessage()
    path = tmp_path / "one_well.geojson"
    gpd.GeoDataFrame({"name": ["井"]}, geometry=[shapely.Point((x0 + x1) / 2, (y0 + y1) / 2)],
                     crs="EPSG:4549").to_file(path, driver="GeoJSON")
    count = len(desk.project.layers)
    desk.files.open_paths([path])
    qtbot.waitUntil(lambda: len(desk.project.layers) > count and not desk._workers, timeout=60_000)
    assert not tool.points and desk.statusBar().currentMessage() != measured


def test_long_legends_start_collapsed_and_keep_the_users_choice(desk):
    tree, model = desk.layer_tree, desk.layer_tree.model()
    rows = {model.layer_at(model.index(r, 0)): model.index(r, 0) for r in range(model.rowCount())}
    incidents = desk.desks["incidents"].layer
    assert model.rowCount(rows[incidents]) > 8 and not tree.isExpanded(rows[incidents])
    short = next(lyr for lyr, i in rows.items() if lyr is not None and 0 < model.rowCount(i) <= 8)
    assert tree.isExpanded(rows[short])
    tree.expand(rows[incidents])  # the user opens it; a new layer (a model reset) keeps it open
    desk.project.layers.move(len(desk.project.layers) - 1, 0)
    again = next(model.index(r, 0) for r in range(model.rowCount())
                 if model.layer_at(model.index(r, 0)) is incidents)
    assert tree.isExpanded(again)


BARS_PROBE = """
import json, sys
from PySide6 import QtCore, QtWidgets
from resources.scripts import screenshot_desk
settle = screenshot_desk._settle
def settle_and_tell(app, window, seconds):
    settle(app, window, seconds)
    bars = window.findChildren(QtWidgets.QTabBar, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly)
    print(json.dumps([[b.tabText(i) for i in range(b.count())] for b in bars if b.isVisible() and b.count()]))
screenshot_desk._settle = settle_and_tell
screenshot_desk.main([sys.argv[1], "--lang", "zh_CN", "--settle", "0.5"])
"""


def test_the_right_column_has_one_row_of_tabs_and_no_stray_tab_bars(demo_township, demo_project, tmp_path):
    """At the first start as the desk picture shows it (the window given the whole screen, the desks
    built at login, Chinese), identify, the incident detail and the emergency desk's docks share one group
    of tabs under the layers, and no tab bar of an earlier grouping is left drawn over the docks (two were,
    over the layers and over the alert board)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", BARS_PROBE, str(tmp_path / "desk.png")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    titles = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("[")))
    seen = [t for group in titles for t in group]
    assert len(seen) == len(set(seen)), titles  # each dock's tab shows once
    column = [group for group in titles if "识别" in group]
    assert len(column) == 1 and len(column[0]) >= 4, titles
