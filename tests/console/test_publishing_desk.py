"""The publishing desk in the real window (pytest-qt): Publish › Publish web map… driven through its
QActions on the demo project — a layer with phone numbers refused in the dialog, the map written as a
task and recorded as a draft of office staff, a cancelled publication leaving nothing — then the office
head approves it through Approve publication…, and Publications… shows what it changed."""

from __future__ import annotations

import geopandas as gpd
import pytest
from PySide6 import QtWidgets

from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, fill_township, make_store

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402
from layers.vector import VectorLayer  # noqa: E402
from tests.layers.test_publishing import PROJECT  # noqa: E402

OK = QtWidgets.QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("off", PASSWORD, "office_staff", None)
    return store


def test_publish_refuse_record_and_approve_through_the_menu(qtbot, store, tmp_path):
    window = create_window([PROJECT])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    villages = window.project.layers.by_name("Villages").data
    notices = gpd.GeoDataFrame({"note": ["值班电话 13905710000", "通知", "公告"]},
                               geometry=villages.geometry.iloc[:3].to_numpy(), crs=villages.crs)
    window.project.layers.append(VectorLayer(notices, "notices"))
    window.log_in(store.login("off", PASSWORD))
    desk = window.desks["publishing"]
    assert desk.publish_action.isEnabled() and not desk.approve_action.isEnabled()

    desk.publish_action.trigger()
    dialog = desk.dialog
    dialog.folder.setText(str(tmp_path / "web"))
    dialog.set_choice({"villages": ["name_zh", "population"], "notices": ["note"]})
    assert "notices" in dialog.refusals.text() and "note" in dialog.refusals.text()
    assert not dialog.buttons.button(OK).isEnabled()
    dialog.set_choice({"villages": ["name_zh", "population"], "facilities": None, "hazard_zones": None,
                       "households": ["persons"]})
    assert dialog.refusals.text() == "" and dialog.buttons.button(OK).isEnabled()

    cancelled = desk.publish(dialog.choice(), tmp_path / "cancelled", "t")
    cancelled.cancel()
    qtbot.waitUntil(lambda: not cancelled.is_running(), timeout=60_000)
    assert not (tmp_path / "cancelled").exists() and desk.last is None

    dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: desk.last is not None, timeout=120_000)
    page = tmp_path / "web" / "index.html"
    assert page.exists() and desk.last.published.page == page
    assert set(desk.last.published.layers) == {"villages", "facilities", "hazard_zones", "households"}
    pub = desk.last.publication_id
    row = store.login(ADMIN, ADMIN_PASSWORD).publications.get(pub)
    assert (row["status"], row["drafted_by"]) == ("draft", "off")

    window.project._mark_clean()
    window.close()
    head = create_window([])  # the office head, at another console
    qtbot.addWidget(head, before_close_func=lambda w: w.project._mark_clean())
    head.log_in(store.login(ADMIN, ADMIN_PASSWORD))
    desk = head.desks["publishing"]
    assert desk.approve_action.isEnabled()
    desk.approve_action.trigger()
    approving = desk.dialog
    assert approving.rows == [pub]
    assert "villages (22)" in approving.changes.toPlainText()
    approving.approve_button.click()
    assert store.login(ADMIN, ADMIN_PASSWORD).publications.get(pub)["status"] == "approved"
    assert approving.rows == []  # no draft left
    desk.history_action.trigger()
    history = desk.dialog
    assert history.rows == [pub] and history.table.item(0, 3).text().startswith("off ")
    head.project._mark_clean()
    head.close()

