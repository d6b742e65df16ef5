"""Reshaping a store layer's feature on the map of the real window: the dragged vertex is a versioned,
audited store edit, and Ctrl+Z on the map takes back the geometry edit, not the store's attribute edit
that the store desk's own Undo would take back (pytest-qt, a real GeoPackage store)."""

from __future__ import annotations

import pytest
import shapely
from PySide6 import QtCore
from PySide6.QtTest import QTest

from console.store_layers import reload_store_layers
from tests.console.test_map_editing import drag
from tests.console.test_map_tools import to_pixel
from tests.console.test_store_desk import desk, store, window  # noqa: F401 (fixtures)

pytest.importorskip("pytestqt")


def test_a_store_village_reshaped_on_the_map(window, desk, qtbot):  # noqa: F811
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    villages = desk.add_layer("villages")
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=60_000)
    window.canvas.zoom_to_extent((-5, -5, 25, 15), pad=False)
    session = window.workbench.session
    vid = int(villages.data.index[0])
    # an attribute edit through the store desk: its Undo (Ctrl+Z too) now has something to take back
    desk.history.update("villages", vid, {"population": 999}, int(villages.data["version"].iloc[0]))
    assert desk.undo_action.isEnabled()
    reload_store_layers(window.workbench, "villages")  # as the desk's table does after an edit
    assert int(villages.data["population"].iloc[0]) == 999
    version = int(session.features.get("villages", vid)["version"])

    model = window.layer_tree.model()
    window.layer_tree.setCurrentIndex(model.index(list(window.project.layers).index(villages), 0))
    actions = window.edit_actions
    actions.toggle_action.trigger()
    assert actions.edits is not None and actions.edits.saves_at_once
    actions.snap_action.trigger()  # off: the vertex lands where released
    actions.tool_actions["vertex"].trigger()
    drag(window, to_pixel(window, 0, 0), to_pixel(window, -3, -2))
    stored = session.features.get("villages", vid)
    assert int(stored["version"]) == version + 1  # saved in the store at once, versioned
    corner = min(map(tuple, shapely.get_coordinates(stored["geom"])))
    assert corner[0] == pytest.approx(-3, abs=0.2) and corner[1] == pytest.approx(-2, abs=0.2)
    log = session.audit.log(text=f"villages:{vid}")
    assert "geometry changed" in str(log["detail"].iloc[0])  # the newest record: the reshaping
    assert min(map(tuple, shapely.get_coordinates(villages.data.geometry.iloc[0]))) == corner

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.canvas, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    stored = session.features.get("villages", vid)
    assert shapely.equals(stored["geom"], shapely.box(0, 0, 10, 10))  # the geometry edit undone...
    assert int(stored["population"]) == 999  # ...not the attribute edit
    assert int(stored["version"]) == version + 2  # the undo is a store edit too
    actions.toggle_action.trigger()  # nothing waits to be saved: no question
    assert actions.edits is None
