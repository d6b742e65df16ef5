"""What follows a moved planned site in the window (pytest-qt, the demo township): the gap maps shown
follow the coarse preview while a tower is dragged with the mouse; its signal levels follow the move after
the release, the undo (back to the very same levels), an edit of its radio in its dialog, and go with the
site; the village table shows the signal as the mobile service beside the coverage's other services."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtTest import QTest

from tests.console.test_planning_desk import (  # noqa: F401 — township is the fixture
    HILL,
    PASSWORD,
    _answer_dialog,
    _click_on_map,
    _window,
    township,
)
from tests.console.test_planning_drag import LEFT, NONE, _pos

pytest.importorskip("pytestqt")

WAIT = 120_000


def test_the_gap_maps_and_the_signal_follow_a_moved_tower(township, qtbot, monkeypatch):  # noqa: F811
    from layers.planning.signal import mobile_persons

    store, project = township
    window = _window(qtbot, project, store.login("lin", PASSWORD))
    desk, canvas = window.desks["planning"], window.canvas
    layer = desk.layer
    canvas.zoom_to_extent((HILL[0] - 3000, HILL[1] - 3000, HILL[0] + 3000, HILL[1] + 3000), pad=False)
    tower = desk.edits.add_site_at(*HILL, values={"kind": "tower", "name": "青溪山基站", "height_m": 35.0,
                                                 "status": "draft", "village_code": "330122112201"})
    desk.edits.add_site_at(HILL[0] + 900, HILL[1] - 700, values={
        "kind": "loudspeaker", "name": "广播", "height_m": 8.0, "range_m": 600.0, "status": "built",
        "village_code": "330122112201"})

    # the coverage of both, the gap maps per village and per hexagon on show
    desk.coverage_action.trigger()
    qtbot.waitUntil(lambda: desk.coverage is not None and desk.coverage.sites == 2, timeout=WAIT)
    desk.gap_action.trigger()
    desk.hex_action.trigger()
    gap_before = desk.gap_layer.data.copy()
    hex_before = desk.hex_layer.data.copy()
    assert int(hex_before["uncovered_households"].sum()) == int(desk.coverage.table["uncovered_households"].sum())

    # the signal of the tower: the table's mobile columns are the signal, warning the loudspeaker's coverage
    layer.selection = [layer.row_of(tower)]
    desk.signal_action.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "signal", None) is not None, timeout=WAIT)
    first = desk.signal
    frame = desk.table.frame
    codes = [desk.table.service_box.itemData(i) for i in range(desk.table.service_box.count())]
    assert codes == ["all", "mobile", "warning"]
    assert frame["mobile_covered_persons"].sum() == pytest.approx(mobile_persons(first))
    warning = desk.coverage.table.set_index("village_code")["warning_covered_persons"]
    assert (frame.set_index("village_code")["warning_covered_persons"].reindex(warning.index) == warning).all()
    assert frame["warning_covered_persons"].sum() > 0
    desk.table.service_box.setCurrentIndex(codes.index("mobile"))      # the planner picks mobile
    qtbot.waitUntil(lambda: desk.table.frame["covered_persons"].sum() == pytest.approx(mobile_persons(first)),
                    timeout=WAIT)
    assert "mobile" in desk.table.summary.text() or "移动" in desk.table.summary.text()

    # a drag with the mouse: while the button is down the gap maps follow the coarse preview
    desk.move_action.trigger()
    viewport = canvas.viewport()
    target = (HILL[0] - 1500.0, HILL[1] - 600.0)
    QTest.mousePress(viewport, LEFT, NONE, _pos(canvas, *HILL))
    for step in np.linspace(0.05, 1.0, 12):
        QTest.mouseMove(viewport, _pos(canvas, HILL[0] + step * (target[0] - HILL[0]),
                                       HILL[1] + step * (target[1] - HILL[1])))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: desk.edits.preview is not None
                    and desk.gap_layer.data["uncovered_households"].sum()
                    == desk.edits.preview.table["uncovered_households"].sum(), timeout=WAIT)
    preview = desk.edits.preview
    assert desk.edits.drag.dragging
    # the preview shows the service chosen (mobile), every service's columns kept
    assert preview.service == "mobile" and desk.table.frame is preview.table and desk.table.service() == "mobile"
    assert preview.table["covered_persons"].sum() == preview.table["mobile_covered_persons"].sum()
    assert preview.table["warning_covered_persons"].sum() > 0
    assert not desk.gap_layer.data["uncovered_persons"].equals(gap_before["uncovered_persons"])
    assert int(desk.hex_layer.data["uncovered_households"].sum()) == \
        int(preview.table["uncovered_households"].sum()) != int(hex_before["uncovered_households"].sum())
    assert desk.signal is first                       # the signal waits for the release

    # the release: the move saved, the signal computed again where the tower now stands
    QTest.mouseRelease(viewport, LEFT, NONE, _pos(canvas, *target))
    qtbot.waitUntil(lambda: desk.signal is not first and not desk._signal_pending, timeout=WAIT)
    moved = desk.signal
    assert desk._signal_of == (tower, 2) and not np.array_equal(moved.counts, first.counts)
    assert mobile_persons(moved) != mobile_persons(first)
    assert desk.signal_layer in window.project.layers and desk.signal_layer.counts is moved.counts

    # undo through the menu: back on the hill, the very same levels
    desk.undo_action.trigger()
    qtbot.waitUntil(lambda: desk.signal is not moved and not desk._signal_pending, timeout=WAIT)
    assert np.array_equal(desk.signal.counts, first.counts)
    # redo: at the dropped place again, the same levels as after the drag
    desk.redo_action.trigger()
    qtbot.waitUntil(lambda: not np.array_equal(desk.signal.counts, first.counts) and not desk._signal_pending,
                    timeout=WAIT)
    assert np.array_equal(desk.signal.counts, moved.counts)
    dropped = layer.data.geometry.loc[tower]

    # two moves in a row, the first with two clicks: the newer cancels the older, one answer, for the last
    import console.desks.planning_signal as planning_signal

    answers = []
    ready = planning_signal._signal_ready
    monkeypatch.setattr(planning_signal, "_signal_ready", lambda *a: (answers.append(a[1]), ready(*a)))
    desk.move_action.trigger()
    _click_on_map(qtbot, canvas, dropped.x, dropped.y)           # picks the tower
    _click_on_map(qtbot, canvas, HILL[0] + 400, HILL[1] + 400)   # moves it there
    assert layer.data.geometry.loc[tower].distance(dropped) > 300 and desk._signal_pending
    desk.edits.move_site(tower, *HILL)
    qtbot.waitUntil(lambda: bool(answers) and not desk._signal_pending, timeout=WAIT)
    qtbot.wait(300)
    assert len(answers) == 1 and np.array_equal(desk.signal.counts, first.counts)
    back = desk.signal

    # an edit of another site leaves the signal alone; its own radio, in its dialog, changes it
    speaker = int(layer.data.index[layer.data["kind"] == "loudspeaker"][0])
    assert desk.edits.move_site(speaker, HILL[0] + 950, HILL[1] - 650)
    assert not desk._signal_pending and desk.signal is back
    layer.selection = [layer.row_of(tower)]

    def quieter(dialog):
        dialog.power.setValue(30.0)
        dialog.accept()

    _answer_dialog(qtbot, desk.edits.edit_selected, quieter)
    qtbot.waitUntil(lambda: desk.signal is not back and not desk._signal_pending, timeout=WAIT)
    assert mobile_persons(desk.signal) < mobile_persons(back)

    # deleted: its signal goes with it
    layer.selection = [layer.row_of(tower)]
    assert desk.edits.delete_selected(ask=False)
    assert desk.signal_layer is None and desk._signal_of is None
    assert not any(getattr(lay, "source_name", None) == "signal" or lay.name == "signal"
                   for lay in window.project.layers)
