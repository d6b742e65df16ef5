"""A planner's plan from the map to the files, in the real window on the demo township and a copy of its
store (pytest-qt): a tower placed with mouse clicks on the canvas, three more sites chosen through the
menu, the four kept as a scenario in the store, shown on the map, exported as a plan (its sites made the
proposed sites, a styled GeoPackage layer, a CSV per village and a one-page PDF with the Chinese title),
and every step in the store's audit trail."""

from __future__ import annotations

import sqlite3
import subprocess

import geopandas as gpd
import pandas as pd
import pytest
from PySide6 import QtWidgets

from layers.planning.coverage_layer import CoverageLayer
from tests.console.test_planning_desk import (
    HILL,
    PASSWORD,
    _answer_dialog,
    _click_on_map,
    _window,
    township,
)

pytest.importorskip("pytestqt")

__all__ = ["township"]  # the fixture


def test_a_planner_keeps_maps_and_exports_a_plan(township, qtbot, tmp_path, monkeypatch):
    store, project = township
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk = window.desks["planning"]
    layer = desk.layer
    window.canvas.zoom_to_extent((HILL[0] - 3000, HILL[1] - 3000, HILL[0] + 3000, HILL[1] + 3000), pad=False)

    desk.add_action.trigger()

    def tower(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("tower"))
        dialog.name.setText("青溪山基站")
        dialog.height.setValue(35.0)
        dialog.cost.setValue(180000.0)
        dialog.accept()

    _answer_dialog(qtbot, lambda: _click_on_map(qtbot, window.canvas, *HILL), tower)
    assert len(layer.data) == 1 and layer.data.iloc[0]["cost"] == 180000.0
    tower_id = int(layer.data.index[0])

    def three(dialog):
        dialog.count.setValue(3)
        dialog.accept()

    def add(dialog):
        assert dialog.table.rowCount() == 3
        dialog.accept()

    _answer_dialog(qtbot, desk.best_action.trigger, three)
    _answer_dialog(qtbot, lambda: qtbot.waitUntil(lambda: desk.best is not None, timeout=180_000), add)
    assert len(layer.data) == 4 and (layer.data["status"] == "proposed").sum() == 3

    # kept in the store through the menu (the name asked), for every planner
    monkeypatch.setattr(QtWidgets.QInputDialog, "getText", lambda *a, **k: ("加三座方案", True))
    desk.keep_action.trigger()
    assert store.login("zhou", PASSWORD).scenarios.names() == ["加三座方案"]
    assert "planning_scenarios" not in window.project.settings  # not in the project file
    kept = desk.scenarios.scenarios()["加三座方案"]
    assert len(kept.sites) == 4 and kept.cost == 180000.0

    # exported: the dialog answered, its file dialog too; the plan's sites become the proposed sites
    target = tmp_path / "青溪镇规划.gpkg"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def export(dialog):
        assert dialog.scenario.currentText() == "加三座方案" and dialog.propose.isEnabled()
        dialog.propose.setChecked(True)
        next(b for b in dialog.findChildren(QtWidgets.QPushButton) if b.text() == "Choose…").click()
        assert dialog.path.text() == str(target)
        dialog.accept()

    failures = []
    monkeypatch.setattr(desk.workbench, "push_exception", lambda exc, context="": failures.append(exc))
    _answer_dialog(qtbot, desk.scenarios.export_action.trigger, export)
    qtbot.waitUntil(lambda: bool(desk.scenarios.plans.written or failures), timeout=120_000)
    assert not failures
    gpkg, csv, pdf = desk.scenarios.plans.written
    assert (gpkg, csv, pdf) == (target, target.with_suffix(".csv"), target.with_suffix(".pdf"))
    assert (layer.data["status"] == "proposed").all()  # the drawn tower too
    assert int(layer.data.loc[tower_id, "version"]) == 2

    sites = gpd.read_file(gpkg, layer="plan_sites")
    assert len(sites) == 4 and set(sites["scenario"]) == {"加三座方案"} and "青溪山基站" in set(sites["name"])
    with sqlite3.connect(gpkg) as con:
        (qml,) = con.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = 'plan_sites'").fetchone()
    assert "<renderer-v2" in qml and 'attr="status"' in qml

    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "行政村" in csv.read_text(encoding="utf-8-sig").splitlines()[0] or "Village" in csv.read_text(
        encoding="utf-8-sig").splitlines()[0]
    villages = pd.read_csv(csv, header=1, encoding="utf-8-sig")
    sites_on_map, cover = desk.scenarios.map_layers["加三座方案"]
    assert sites_on_map in window.project.layers and isinstance(cover, CoverageLayer) and cover.counts.max() >= 1
    assert villages["sites"].sum() == 4 and villages["cost"].sum() == 180000.0
    assert villages["covered_persons"].sum() > 0 and (villages["covered_persons"] <= villages["persons"]).all()

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "加三座方案" in text and "青溪镇" in text  # the title: written as text, in Chinese
    assert f"{int(villages['covered_persons'].sum()):,}" in text  # the totals of the table
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) == 1

    # side by side with the plan as it was first kept: B's map from the comparison, then A made proposed
    desk.edits.add_site_at(HILL[0] - 1500, HILL[1] + 800, {"kind": "camera", "name": "桥头", "height_m": 6.0,
                                                            "village_code": None, "status": "proposed"})
    assert desk.scenarios.keep("再加摄像").sites and len(desk.scenarios.scenarios()) == 2
    desk.scenarios.compare("加三座方案", "再加摄像")
    qtbot.waitUntil(lambda: desk.scenarios.comparison is not None, timeout=120_000)
    view = desk.scenarios.view
    assert desk.scenarios.comparison.sites == (4, 5) and desk.scenarios.comparison.costs == (180000.0, 180000.0)
    view.map_buttons[1].click()
    b_sites, b_cover = desk.scenarios.map_layers["再加摄像"]
    assert len(b_sites.data) == 5 and b_cover.counts is desk.scenarios.comparison.results[1].counts
    monkeypatch.setattr(QtWidgets.QMessageBox, "question",
                        lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes)
    view.propose_buttons[0].click()  # the camera is not in A: back to a draft
    assert (layer.data["status"] == "proposed").sum() == 4
    assert layer.data.loc[layer.data["name"] == "桥头", "status"].tolist() == ["draft"]

    events = store.login("admin", PASSWORD).audit.log(username="lin")
    seen = list(zip(events["event"], events["object"].astype(str), strict=True))
    assert ("scenario_keep", "scenario:加三座方案") in seen and ("plan_export", "scenario:加三座方案") in seen
    assert ("edit", f"planned_sites:{tower_id}") in seen  # made proposed, versioned
    assert sum(e == "add" for e, o in seen if o.startswith("planned_sites")) == 5
    assert set(events["outcome"]) == {"ok"}


def test_a_project_files_scenarios_move_into_the_store(township, qtbot):
    """Scenarios a project file kept before the store held them are copied into the store (audited) when a
    planner opens the project, and taken out of the project; a viewer then sees them, read-only."""
    import json

    store, project = township
    old = [{"name": "旧方案", "crs": "EPSG:4549", "sites": [
        {"id": None, "kind": "tower", "name": "老塔", "height_m": 30.0, "status": "draft",
         "village_code": "330122112201", "x": HILL[0], "y": HILL[1]}]}]
    with sqlite3.connect(project) as con:
        con.execute("INSERT OR REPLACE INTO township_project (key, value) VALUES ('planning_scenarios', ?)",
                    (json.dumps(old, ensure_ascii=False),))
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk = window.desks["planning"]
    assert "planning_scenarios" not in window.project.settings and window.project.dirty
    kept = store.login("kan", PASSWORD).scenarios.read("旧方案")
    assert list(kept["name"]) == ["老塔"] and kept.iloc[0]["x"] == HILL[0] and set(kept["kept_by"]) == {"lin"}
    assert desk.scenarios.propose_action.isEnabled()
    window.project._mark_clean()  # not saved: the viewer's window opens the file as it was
    window.close()

    viewer = _window(qtbot, project, store.login("kan", PASSWORD))
    scenarios = viewer.desks["planning"].scenarios
    assert list(scenarios.scenarios()) == ["旧方案"]
    assert not scenarios.propose_action.isEnabled() and not scenarios.delete_action.isEnabled()
    assert scenarios.show_action.isEnabled() and scenarios.export_action.isEnabled()
    events = store.login("admin", PASSWORD).audit.log(username="lin")
    assert ((events["event"] == "scenario_keep") & (events["object"] == "scenario:旧方案")).sum() == 1
