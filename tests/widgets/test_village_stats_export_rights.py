"""The village statistics' Export button asks the store: a viewer (who may read but not export) clicking it
gets the store's refusal in a warning and no file, recorded as denied; office staff get the file, recorded
as an export."""

from __future__ import annotations

import pytest
from PySide6 import QtWidgets

from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, fill_township, make_store

pytest.importorskip("pytestqt")

from widgets.incidents.village_stats_panel import VillageStatsPanel  # noqa: E402


@pytest.fixture
def store(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("reader", PASSWORD, "viewer")
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    yield store
    store.engine.dispose()


def _panel(qtbot, session) -> VillageStatsPanel:
    panel = VillageStatsPanel(session.features.read("incidents"), session.features.read("villages"),
                              session.incidents.deadlines(), exports=session.exports)
    qtbot.addWidget(panel)
    return panel


def test_a_viewer_cannot_export_the_village_statistics(store, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "villages.xlsx"
    warnings = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    panel = _panel(qtbot, store.login("reader", PASSWORD))
    panel.export_button.click()
    assert not target.exists() and panel.status.text() == ""
    assert len(warnings) == 1 and "may not export" in warnings[0]

    clerk = _panel(qtbot, store.login("clerk", PASSWORD))
    clerk.export_button.click()
    assert target.exists() and clerk.status.text() == f"Saved {target.name}"
    log = store.login(ADMIN, ADMIN_PASSWORD).audit.log(event="export")
    assert list(zip(log["username"], log["outcome"], strict=True)) == [("clerk", "ok"), ("reader", "denied")]
