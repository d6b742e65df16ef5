"""The planning desk in the real window on the demo township and a copy of its store: a planner places a
tower with the map tool (real mouse clicks on the canvas), moves it, runs the coverage through the menu
(QAction.trigger), cancels one run, sees the households covered per village, chooses the best sites and
adds them as proposed sites, exports the village table; everything is audited. Office staff and a viewer
see the sites but the editing actions disabled, and the store refuses their edits (pytest-qt)."""

from __future__ import annotations

import shutil
import threading

import argon2
import numpy as np
import pandas as pd
import pytest
import shapely
from PySide6 import QtCore, QtWidgets

from datasources.errors import PermissionDenied
from datasources.store import TownshipStore
from layers.planning.coverage_layer import CoverageLayer
from layers.planning.site_layer import PlannedSiteLayer
from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
HILL = (461582.0, 3319568.0)  # inside 青溪村, on the DEM


@pytest.fixture
def township(demo_township, demo_project, tmp_path):
    from datasources.store.admin import upgrade_store

    path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(path)
    store = TownshipStore(path, key_folder=keys, hasher=CHEAP)
    admin = store.create_administrator("admin", PASSWORD)
    admin.accounts.add("lin", PASSWORD, "planner", None)
    admin.accounts.add("zhou", PASSWORD, "office_staff", None)
    admin.accounts.add("kan", PASSWORD, "viewer", None)
    project = tmp_path / "青溪镇.project.gpkg"
    shutil.copy2(demo_project, project)
    yield store, project
    store.engine.dispose()


def _window(qtbot, project, session):
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
    window.log_in(session)
    return window


def _click_on_map(qtbot, canvas, x: float, y: float) -> None:
    ox, oy = canvas.origin
    scene = canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(scene))


def _answer_dialog(qtbot, act, answer) -> None:
    """Run ``act`` (which opens a modal dialog) and ``answer(dialog)`` once the dialog shows."""
    seen = []

    def look():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is None:
            QtCore.QTimer.singleShot(50, look)
            return
        seen.append(dialog)
        answer(dialog)

    QtCore.QTimer.singleShot(50, look)
    act()
    assert seen, "no dialog opened"


def test_a_planner_draws_covers_and_chooses_sites(township, qtbot, tmp_path, monkeypatch):
    store, project = township
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk = window.desks["planning"]
    assert desk.built and desk.may_edit
    layer = desk.layer
    assert isinstance(layer, PlannedSiteLayer) and layer in window.project.layers
    assert desk.add_action.isEnabled() and desk.best_action.isEnabled()
    window.canvas.zoom_to_extent((HILL[0] - 3000, HILL[1] - 3000, HILL[0] + 3000, HILL[1] + 3000), pad=False)

    # the tool, a click on the map, the dialog: a tower of 35 m in the village under the click
    desk.add_action.trigger()

    def tower(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("tower"))
        dialog.name.setText("青溪山基站")
        dialog.height.setValue(35.0)
        dialog.accept()

    _answer_dialog(qtbot, lambda: _click_on_map(qtbot, window.canvas, *HILL), tower)
    assert len(layer.data) == 1
    site = layer.data.iloc[0]
    assert site["kind"] == "tower" and site["height_m"] == 35.0 and site["village_code"] == "330122112201"
    assert site["range_m"] == 5000.0 and pd.isna(site["azimuth_deg"])  # the kind's range, all round
    placed = layer.data.geometry.iloc[0]
    assert placed.distance(shapely.Point(HILL)) < 30  # a pixel or two at this zoom
    site_id = int(layer.data.index[0])

    # move it: the tool picks the site, the next click places it 400 m east
    desk.move_action.trigger()
    _click_on_map(qtbot, window.canvas, *HILL)
    assert list(layer.selection) == [0]
    _click_on_map(qtbot, window.canvas, HILL[0] + 400, HILL[1])
    assert abs(layer.data.geometry.loc[site_id].x - (HILL[0] + 400)) < 30
    assert int(layer.data.loc[site_id, "version"]) == 2
    desk.edits.undo()
    assert layer.data.geometry.loc[site_id].distance(placed) < 1e-6
    desk.edits.redo()

    # a coverage run cancelled from its row in the status bar applies nothing (the run is held at its
    # start until the click, so the demo's quick sweep cannot finish first)
    import layers.planning.desk_work as desk_work

    clicked, read = threading.Event(), desk_work.read_terrain
    monkeypatch.setattr(desk_work, "read_terrain", lambda *a: (clicked.wait(60), read(*a))[1])
    desk.coverage_action.trigger()
    task, ended = desk.task, []
    task.cancelled.connect(lambda: ended.append("cancelled"))
    task.returned.connect(lambda _result: ended.append("returned"))
    qtbot.mouseClick(window.task_list.row_for(task).cancel_button, QtCore.Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert ended == ["cancelled"] and desk.coverage_layer is None and desk.coverage is None
    monkeypatch.setattr(desk_work, "read_terrain", read)

    # the viewshed of the selected site through the menu: the layer, the village table
    layer.selection = [0]
    desk.viewshed_action.trigger()
    qtbot.waitUntil(lambda: desk.coverage is not None, timeout=120_000)
    cover = desk.coverage_layer
    assert isinstance(cover, CoverageLayer) and cover in window.project.layers and cover.opacity < 1
    assert cover.counts.max() == 1 and 0 < cover.covered_area_km2() < 80
    table = desk.table.frame
    assert table["covered_households"].sum() == int(desk.coverage.covered.sum()) > 0
    assert (table["covered_households"] + table["uncovered_households"] == table["households"]).all()
    assert desk.table.table.rowCount() == len(table) + 1 and desk.table_dock.isVisibleTo(window)
    # moving the site: the viewshed shown follows it
    before = desk.coverage
    assert desk.edits.move_site(site_id, HILL[0] + 800, HILL[1] + 300)
    qtbot.waitUntil(lambda: desk.coverage is not before, timeout=120_000)
    assert not np.array_equal(desk.coverage.counts, before.counts) and desk.coverage_layer is cover
    covered_one = desk.coverage.covered_persons

    # its signal levels beyond line of sight: usable or good where the viewshed says hidden, too
    layer.selection = [layer.row_of(site_id)]
    desk.signal_action.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "signal", None) is not None, timeout=120_000)
    assert desk.signal_layer in window.project.layers and desk.signal.counts.max() <= 2
    assert desk.signal.covered[desk.coverage.covered].all()  # seen means reached
    assert desk.signal.covered_persons >= covered_one and desk.signal.counts.max() == 2

    # a second tower far away: all sites cover more
    desk.edits.add_site_at(458500.0, 3322500.0, {"kind": "tower", "name": "二号", "height_m": 30.0,
                                                 "village_code": None, "status": "approved"})
    desk.coverage_action.trigger()
    qtbot.waitUntil(lambda: desk.coverage.sites == 2, timeout=120_000)
    assert desk.coverage.covered_persons > covered_one and cover.counts.max() >= 1

    window.project.settings.pop("planning_scenarios", None)
    assert len(desk.scenarios.keep("两座基站").sites) == 2

    # choose 3 more towers; the plan keeps the approved one and is added as proposed sites
    def three(dialog):
        dialog.count.setValue(3)
        dialog.near_road.setChecked(True)
        dialog.road_m.setValue(800.0)
        assert dialog.avoid.isChecked() and dialog.centres.isChecked()
        dialog.accept()

    def add(dialog):
        assert dialog.table.rowCount() == 3
        dialog.accept()

    _answer_dialog(qtbot, desk.best_action.trigger, three)
    _answer_dialog(qtbot, lambda: qtbot.waitUntil(lambda: desk.best is not None, timeout=180_000), add)
    best = desk.best
    assert best.covered_persons > best.before_persons > 0 and best.bound >= best.covered_persons - 1e-6
    assert 0 <= best.gap < 0.05  # proven optimal, or close to it when the solver stopped at its time limit
    assert (layer.data["status"] == "proposed").sum() == 3 and len(layer.data) == 5
    by_name = {lay.source_name: lay for lay in window.project.layers}
    roads = by_name["roads"].data.geometry.union_all()
    hazards = by_name["hazard_zones"].data
    high = hazards[hazards["level"] == "high"].geometry.union_all()
    for point in layer.data[layer.data["status"] == "proposed"].geometry:  # the rules kept
        assert roads.distance(point) <= 800.0 + 1e-6 and not high.intersects(point)
    assert int(best.table["covered_persons"].sum()) == int(best.covered_persons)
    # the coverage shown (of all sites) followed the edits: computed again with the five sites
    qtbot.waitUntil(lambda: desk.coverage.sites == 5, timeout=120_000)
    assert desk.coverage.covered_persons >= best.covered_persons

    # the gap table exported with headers in the user's language
    out = desk.export_table(tmp_path / "gap.csv")
    exported = pd.read_csv(out, header=1, encoding="utf-8-sig")
    assert list(exported["village_code"].astype(str))[:1] == [str(desk.table.frame["village_code"].iloc[0])]
    assert desk.export_table(tmp_path / "gap.xlsx").stat().st_size > 0
    import geopandas as gpd

    left_out = gpd.read_file(desk.export_uncovered(tmp_path / "left_out.gpkg"))
    assert len(left_out) == int((~desk.coverage.covered).sum()) == int(desk.table.frame["uncovered_households"].sum())
    assert set(left_out["household_id"]).isdisjoint(
        window.project.layers[[lay.source_name for lay in window.project.layers].index("households")]
        .data.iloc[desk.coverage.rows[desk.coverage.covered]]["household_id"])

    # the gap map: villages coloured by the share of their people covered, as the table says
    desk.gap_action.trigger()
    gap = desk.gap_layer
    assert gap in window.project.layers and gap.style.kind == "graduated" and gap.name == "Coverage gap per village"
    shares = dict(zip(gap.data["village_code"], gap.data["share_pct"], strict=True))
    for code, share in zip(desk.table.frame["village_code"], desk.table.frame["share_covered"], strict=True):
        assert shares[code] == pytest.approx(100 * share, abs=0.05)

    desk.hex_action.trigger()
    cells = desk.hex_layer.data
    assert desk.hex_layer in window.project.layers
    assert cells["uncovered_households"].sum() == int(desk.table.frame["uncovered_households"].sum())

    # scenarios: the two towers alone (kept above), then with the plan; compared per village
    desk.scenarios.keep("加三座")

    def both(dialog):
        assert dialog.first.currentText() == "两座基站" and dialog.second.currentText() == "加三座"
        dialog.accept()

    _answer_dialog(qtbot, desk.compare_action.trigger, both)
    qtbot.waitUntil(lambda: desk.scenarios.comparison is not None, timeout=120_000)
    comparison = desk.scenarios.comparison
    assert comparison.sites == (2, 5) and comparison.covered[1] >= best.covered_persons - 1e-6
    assert comparison.table["difference"].sum() == pytest.approx(comparison.covered[1] - comparison.covered[0])
    assert (comparison.table["difference"] >= 0).all()
    assert desk.scenarios.view.table.rowCount() == len(comparison.table)

    # delete, audited with every other edit
    layer.selection = [layer.row_of(site_id)]
    assert desk.edits.delete_selected(ask=False)
    assert site_id not in layer.data.index
    events = store.login("admin", PASSWORD).audit.log(username="lin")
    mine = events[events["object"].astype(str).str.startswith("planned_sites")]
    assert {"add", "edit", "delete"} <= set(mine["event"]) and set(mine["outcome"]) == {"ok"}


@pytest.mark.parametrize("user", ["zhou", "kan"])
def test_others_see_the_sites_but_may_not_edit(township, qtbot, user):
    store, project = township
    session = store.login(user, PASSWORD)
    window = _window(qtbot, project, session)
    desk = window.desks["planning"]
    assert desk.built and not desk.may_edit
    for action in (desk.add_action, desk.move_action, desk.delete_action, desk.best_action):
        assert not action.isEnabled()
    assert desk.coverage_action.isEnabled()
    with pytest.raises(PermissionDenied):
        session.features.add("planned_sites", {"kind": "tower", "geom": shapely.Point(HILL)})
    assert np.asarray(session.features.read("planned_sites").index).size == 0
