"""The alert board's CAP button as each role meets it, in the real window on a copy of the demo store: a
draft that cannot validate is refused and says why in the interface language (recorded as refused, no
file); a broker that does not answer leaves the file written and says the publication failed (recorded);
office staff and a village officer see the board with every button disabled, and the store refuses them
all the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import argon2
import pytest
from PySide6 import QtCore, QtWidgets

from datasources.feeds.broker import free_port
from datasources.store import TownshipStore
from layers.emergency.alert_rules import Episode
from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
START = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def store(demo_township, tmp_path):
    from datasources.store.admin import upgrade_store

    path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(path)
    store = TownshipStore(path, key_folder=keys, hasher=CHEAP)
    admin = store.create_administrator("admin", PASSWORD)
    village = str(admin.features.read("villages")["village_code"].iloc[0])
    admin.accounts.add("ying", PASSWORD, "emergency_desk", None)
    admin.accounts.add("zhang", PASSWORD, "office_staff", None)
    admin.accounts.add("li", PASSWORD, "village_officer", village)
    desk = store.login("ying", PASSWORD)
    lone = Episode("river-warning", "WL-01", "level", "warning", START, START, 3.0, START,
                   START + timedelta(hours=2), None)  # an episode over, of no village
    mine = Episode("river-warning", "WL-01", "level", "warning", START + timedelta(days=1),
                   START + timedelta(days=1), 3.2, START + timedelta(days=1), None, village)
    desk.alerts.raise_episodes([lone, mine])
    board = desk.alerts.board()
    ids = {"lone": int(board.index[board["village_code"].isna()][0]),
           "mine": int(board.index[board["village_code"] == village][0])}
    yield store, admin, ids, village
    store.engine.dispose()


def _window(store, user, qtbot):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.show()
    qtbot.waitExposed(window)
    window.log_in(store.login(user, PASSWORD))
    return window


def _close(window, qtbot):
    desk = window.desks["emergency"]
    desk.stop_feed()
    qtbot.waitUntil(lambda: not window._workers, timeout=60_000)


def _issue(window, qtbot, monkeypatch, alert_id, out):
    board = window.desks["emergency"].board
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "*.xml"))
    board.refresh()
    board.select(alert_id)
    assert board.cap_button.isEnabled()
    before = len(window.message_bar.history)
    board.cap_button.click()
    qtbot.waitUntil(lambda: len(window.message_bar.history) > before and not window._workers, timeout=60_000)
    return window.message_bar.history[-1]


def test_a_draft_that_cannot_validate_is_refused_and_says_why(store, language, qtbot, monkeypatch, tmp_path):
    store, admin, ids, _village = store
    window = _window(store, "ying", qtbot)
    try:
        out = tmp_path / "lone.cap.xml"
        level, text, details = _issue(window, qtbot, monkeypatch, ids["lone"], out)
        assert level == "warning" and not out.exists()
        if language == "zh_CN":
            assert "未发布" in text and "不属于任何村" in details, (text, details)
        else:
            assert "was not issued" in text and "belongs to no village" in details, (text, details)
        refused = admin.audit.log(username="ying")
        refused = refused[refused["event"] == "cap_issue"]
        assert len(refused) == 1 and refused["outcome"].iloc[0] == "refused"
    finally:
        _close(window, qtbot)


def test_a_broker_that_does_not_answer_leaves_the_file_and_says_so(store, qtbot, monkeypatch, tmp_path):
    store, admin, ids, _village = store
    window = _window(store, "ying", qtbot)
    try:
        board = window.desks["emergency"].board
        board.broker, board.topic = f"mqtt://127.0.0.1:{free_port()}", "township/cap"  # nobody listens
        out = tmp_path / "mine.cap.xml"
        level, text, _details = _issue(window, qtbot, monkeypatch, ids["mine"], out)
        assert level == "error" and out.exists(), (text, _details)
        trail = admin.audit.log(username="ying")
        assert set(trail[trail["event"] == "cap_issue"]["outcome"]) == {"ok"}
        assert set(trail[trail["event"] == "cap_publish"]["outcome"]) == {"failed"}
    finally:
        _close(window, qtbot)


@pytest.mark.parametrize("user", ["zhang", "li"])
def test_office_staff_and_a_village_officer_see_the_board_but_may_not_act(store, user, qtbot):
    from datasources.errors import StoreError
    from layers.emergency.cap_issue import issue_alert

    store, _admin, ids, village = store
    window = _window(store, user, qtbot)
    try:
        desk = window.desks["emergency"]
        board = desk.board
        assert board is not None
        menu = window.findChild(QtWidgets.QMenu, "emergency-menu")
        next(a for a in menu.actions() if a.text() == "&Alert board").trigger()
        assert desk.board_dock.isVisible()
        shown = set(board.frame.index)
        assert shown == ({ids["lone"], ids["mine"]} if user == "zhang" else {ids["mine"]})
        board.select(ids["mine"])
        assert board.selected_id() == ids["mine"]
        assert not board.cap_button.isEnabled()
        assert not any(button.isEnabled() for button in board.buttons.values())
        session = window.workbench.session
        with pytest.raises(StoreError):
            session.alerts.acknowledge(ids["mine"], int(board.frame.loc[ids["mine"], "version"]), "")
        with pytest.raises(StoreError):
            issue_alert(session, ids["mine"], QtCore.QDir.tempPath() + "/never.cap.xml")
    finally:
        _close(window, qtbot)
