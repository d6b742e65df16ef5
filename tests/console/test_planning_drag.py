"""A planner drags a tower on the map with real mouse events on the canvas (press on the site, moves,
release): while it moves the coverage of all sites and the per-village table follow it on the coarse DEM
(the store still holds the old place), after the release the full coverage follows and the store holds the
new place with one version more and one audit record for the move; undo puts it back. The tower's radio set
in its dialog changes its signal levels (pytest-qt)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6 import QtCore
from PySide6.QtTest import QTest

from tests.console.test_planning_desk import (  # noqa: F401 — township is the fixture
    HILL,
    PASSWORD,
    _answer_dialog,
    _window,
    township,
)

pytest.importorskip("pytestqt")

LEFT = QtCore.Qt.MouseButton.LeftButton
NONE = QtCore.Qt.KeyboardModifier.NoModifier


def _pos(canvas, x: float, y: float) -> QtCore.QPoint:
    ox, oy = canvas.origin
    scene = canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    return canvas.mapFromScene(scene)


def _moves(store) -> int:
    events = store.login("admin", PASSWORD).audit.log(username="lin")
    mine = events[events["object"].astype(str).str.startswith("planned_sites")]
    return int((mine["event"] == "edit").sum())


def test_a_planner_drags_a_tower_and_the_coverage_follows(township, qtbot):  # noqa: F811
    store, project = township
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk, canvas = window.desks["planning"], window.canvas
    layer = desk.layer
    canvas.zoom_to_extent((HILL[0] - 3000, HILL[1] - 3000, HILL[0] + 3000, HILL[1] + 3000), pad=False)
    site_id = desk.edits.add_site_at(*HILL, values={"kind": "tower", "name": "青溪山基站", "height_m": 35.0,
                                                   "status": "draft", "village_code": "330122112201"})
    assert site_id is not None and int(layer.data.loc[site_id, "version"]) == 1
    desk.coverage_action.trigger()
    qtbot.waitUntil(lambda: desk.coverage is not None, timeout=120_000)
    first, full_shape = desk.coverage, desk.coverage_layer.counts.shape
    first_table = desk.table.frame.copy()
    edits_before = _moves(store)

    # the move tool; a press on the tower, moves of the mouse with the button held, 1.5 km to the west
    desk.move_action.trigger()
    viewport = canvas.viewport()
    target = (HILL[0] - 1500.0, HILL[1] - 600.0)
    QTest.mousePress(viewport, LEFT, NONE, _pos(canvas, *HILL))
    for step in np.linspace(0.05, 1.0, 12):
        x, y = HILL[0] + step * (target[0] - HILL[0]), HILL[1] + step * (target[1] - HILL[1])
        QTest.mouseMove(viewport, _pos(canvas, x, y))
        qtbot.wait(30)
    assert desk.edits.drag.dragging and list(layer.selection) == [layer.row_of(site_id)]
    # a preview comes while the button is still down: the coarse grid, its own table
    qtbot.waitUntil(lambda: desk.edits.preview is not None
                    and desk.coverage_layer.counts.shape[0] < full_shape[0] / 3, timeout=120_000)
    preview = desk.edits.preview
    assert desk.table.frame is preview.table and preview.covered_persons != first.covered_persons
    assert "Preview" in desk.table.summary.text() or "预览" in desk.table.summary.text()
    # nothing is saved while dragging
    assert int(layer.data.loc[site_id, "version"]) == 1 and _moves(store) == edits_before
    assert layer.data.geometry.loc[site_id].distance(shapely.Point(HILL)) < 1e-6

    # the release: saved once, the full coverage follows
    QTest.mouseRelease(viewport, LEFT, NONE, _pos(canvas, *target))
    assert not desk.edits.drag.dragging
    qtbot.waitUntil(lambda: desk.coverage is not first and desk.coverage_layer.counts.shape == full_shape,
                    timeout=120_000)
    qtbot.waitUntil(lambda: desk.table.frame is desk.coverage.table, timeout=60_000)
    stored = store.login("lin", PASSWORD).features.read("planned_sites")
    assert stored.geometry.loc[site_id].distance(shapely.Point(target)) < 30  # a pixel or two at this zoom
    assert int(stored.loc[site_id, "version"]) == 2 and _moves(store) == edits_before + 1
    assert not np.array_equal(desk.coverage.counts, first.counts)
    assert desk.coverage.covered_persons != first.covered_persons
    by_village = desk.table.frame.set_index("village_code")["covered_persons"]
    before = first_table.set_index("village_code")["covered_persons"]
    assert (by_village.reindex(before.index) != before).any()  # the per-village table followed
    # the coarse preview was close to the full answer where the site was dropped
    assert abs(preview.covered_persons - desk.coverage.covered_persons) < 0.5 * max(desk.coverage.persons, 1)

    # a drag that starts off every site pans the map and moves nothing
    centre = canvas.current_view().bbox
    QTest.mousePress(viewport, LEFT, NONE, _pos(canvas, HILL[0] + 2000, HILL[1] + 2000))
    for step in range(1, 6):
        QTest.mouseMove(viewport, _pos(canvas, HILL[0] + 2000 - 100 * step, HILL[1] + 2000))
        qtbot.wait(20)
    QTest.mouseRelease(viewport, LEFT, NONE, _pos(canvas, HILL[0] + 1500, HILL[1] + 2000))
    assert _moves(store) == edits_before + 1 and canvas.current_view().bbox != centre

    # undo puts it back where it stood
    desk.edits.undo()
    assert layer.data.geometry.loc[site_id].distance(shapely.Point(HILL)) < 1e-6

    # its signal levels use its own radio: at the default 58 dBm, then at 30 dBm set in its dialog
    layer.selection = [layer.row_of(site_id)]
    desk.signal_action.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "signal", None) is not None, timeout=120_000)
    loud = desk.signal

    def quieter(dialog):
        assert dialog.power.value() == dialog.power.minimum()  # no power stored: the default
        dialog.frequency.setValue(1800.0)
        dialog.power.setValue(30.0)
        dialog.accept()

    _answer_dialog(qtbot, desk.edits.edit_selected, quieter)
    assert (layer.data.loc[site_id, "frequency_mhz"], layer.data.loc[site_id, "eirp_dbm"]) == (1800.0, 30.0)
    desk.signal_action.trigger()
    qtbot.waitUntil(lambda: desk.signal is not loud, timeout=120_000)
    assert desk.signal.covered_persons < loud.covered_persons
    assert (desk.signal.counts > 0).sum() < (loud.counts > 0).sum()
