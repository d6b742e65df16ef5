"""The store in the real main window: store layers, editing in the attribute table with undo/redo and the
conflict dialog, personal data on request, exports, the role's menus and the idle lock (pytest-qt)."""

from __future__ import annotations

import argon2
import pytest
import shapely
from PySide6 import QtCore, QtWidgets

from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"


@pytest.fixture
def store(tmp_path, monkeypatch) -> TownshipStore:
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    return _filled(TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP))


@pytest.fixture
def shared_store(pg_database, tmp_path, monkeypatch) -> TownshipStore:
    """The same township on PostgreSQL + PostGIS, as several workstations share it."""
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(pg_database).dispose()
    return _filled(TownshipStore(pg_database, hasher=CHEAP))


def _filled(store: TownshipStore) -> TownshipStore:
    admin = store.create_administrator("wang", PASSWORD)
    for i, (code, name) in enumerate((("V01", "青溪村"), ("V02", "石桥村"))):
        admin.features.add("villages", {"village_code": code, "name_zh": name, "population": 800 + i,
                               "geom": shapely.box(i * 10, 0, i * 10 + 10, 10)})
    admin.features.add("incidents", {"category": "noise", "village_code": "V01", "title": "夜间施工",
                            "reporter_name": "张小明", "reporter_phone": "13812345678",
                            "reporter_id_number": "330102199001011234",
                            "geom": shapely.Point(5, 5)})
    admin.accounts.add("zhou", PASSWORD, "viewer")
    return store


@pytest.fixture
def window(store, qtbot):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=_clean)
    window.log_in(store.login("wang", PASSWORD))
    return window


@pytest.fixture
def desk(window):
    """The store desk, as the window built it from its list of desks."""
    return window.desks["store"]


def _logged_in(window, session):
    """The window's store desk once ``session`` logged in."""
    window.log_in(session)
    return window.desks["store"]


def _clean(window) -> None:
    window.project._mark_clean()  # closing must not stop at "save the project?"


def _row(model, position: int = 0):
    """The view row showing the layer's row ``position`` (the table may be sorted)."""
    return list(model.order).index(position)


def _village_names(store) -> list[str]:
    return store.service_session("test").features.read("villages").name_zh.tolist()


def test_store_layer_edits_undo_redo_and_audit(window, desk, store):
    layer = desk.add_layer("villages")
    assert layer in window.project.layers and len(layer.data) == 2
    table = window.open_table(layer)
    model = table.model
    column = model.columns.index("name_zh")
    assert model.flags(model.index(_row(model), column)) & QtCore.Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.columns.index("version"))) & \
        QtCore.Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(_row(model), column), "青溪新村")
    assert _village_names(store)[0] == "青溪新村"
    assert layer.data.name_zh.iat[0] == "青溪新村" and int(layer.data.version.iat[0]) == 2
    assert desk.undo_action.isEnabled() and "Villages #1" in desk.undo_action.text()
    desk.undo_action.trigger()
    assert _village_names(store)[0] == "青溪村"
    desk.redo_action.trigger()
    assert _village_names(store)[0] == "青溪新村"
    log = store.service_session("test").audit.log(event="edit")
    assert len(log) == 3 and set(log.username) == {"wang"} and set(log.outcome) == {"ok"}


@pytest.mark.parametrize("where", ["embedded", "postgis"])
def test_a_conflict_opens_the_dialog_and_nothing_is_overwritten(where, request, qtbot, monkeypatch):
    store = request.getfixturevalue("store" if where == "embedded" else "shared_store")
    window = create_window([])
    qtbot.addWidget(window, before_close_func=_clean)
    desk = _logged_in(window, store.login("wang", PASSWORD))
    layer = desk.add_layer("villages")
    other = TownshipStore(store.url, hasher=CHEAP).login("wang", PASSWORD)
    other.features.update("villages", 1, {"name_zh": "别人改的"}, 1)  # another console saves first
    shown = []

    def keep_theirs(dialog):
        shown.append((dialog.conflict.mine, dialog.conflict.theirs["name_zh"]))
        dialog.choice = "theirs"
        return 0

    monkeypatch.setattr("widgets.store.conflict_dialog.EditConflictDialog.exec", keep_theirs)
    table = window.open_table(layer)
    table.model.setData(table.model.index(_row(table.model), table.model.columns.index("name_zh")),
                        "我的版本")
    assert shown == [({"name_zh": "我的版本"}, "别人改的")]
    assert _village_names(store)[0] == "别人改的"
    assert layer.data.name_zh.iat[0] == "别人改的"  # the layer shows what is stored now

    def overwrite(dialog):
        dialog.choice = "mine"
        return 0

    other.features.update("villages", 1, {"name_zh": "又改了"}, 2)
    monkeypatch.setattr("widgets.store.conflict_dialog.EditConflictDialog.exec", overwrite)
    table.model.setData(table.model.index(_row(table.model), table.model.columns.index("name_zh")),
                        "我的版本")
    assert _village_names(store)[0] == "我的版本"
    outcomes = store.service_session("t").audit.log(event="edit").outcome.tolist()
    assert outcomes.count("conflict") == 2


def test_personal_data_is_masked_and_shown_only_on_request(desk, store, monkeypatch):
    layer = desk.add_layer("incidents")
    assert layer.data.reporter_phone.iat[0] == "138****5678"
    assert layer.data.reporter_id_number.iat[0] == "3301**********1234"
    layer.selection = [0]
    monkeypatch.setattr(QtWidgets.QInputDialog, "getText", lambda *a, **k: ("回电核实", True))
    shown = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *a: shown.append(a[2]))
    desk.show_personal()
    assert "13812345678" in shown[0] and "330102199001011234" in shown[0]
    record = store.service_session("t").audit.log(event="view_personal").iloc[0]
    assert record.username == "wang" and "回电核实" in record.detail


def test_export_asks_before_personal_data_leaves(desk, tmp_path, monkeypatch):
    desk.add_layer("incidents")
    answers = iter([QtWidgets.QMessageBox.StandardButton.No, QtWidgets.QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: next(answers))
    import pandas as pd

    assert desk.export("incidents", tmp_path / "public.csv") == 1
    # the first row holds the headers in the reader's language, the second the field names
    public = pd.read_csv(tmp_path / "public.csv", encoding="utf-8-sig", header=1)
    assert "reporter_phone" not in public.columns and "category" in public.columns
    assert desk.export("incidents", tmp_path / "full.csv") == 1
    full = pd.read_csv(tmp_path / "full.csv", encoding="utf-8-sig", dtype=str, header=1)
    assert full.reporter_phone.iat[0] == "13812345678"


def test_a_viewer_gets_read_only_tables_and_no_admin_menus(store, qtbot):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=_clean)
    desk = _logged_in(window, store.login("zhou", PASSWORD))
    assert not desk.audit_action.isEnabled() and not desk.users_action.isEnabled()
    table = window.open_table(desk.add_layer("villages"))
    assert table.model.editor is None
    assert not table.model.flags(table.model.index(0, 1)) & QtCore.Qt.ItemFlag.ItemIsEditable
    assert "zhou" in desk.user_label.text()


def test_the_window_locks_when_idle_and_asks_the_password(desk, monkeypatch):
    asked = []

    def unlock(dialog):
        asked.append(dialog)
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr("widgets.store.login_dialog.IdleLockDialog.exec", unlock)
    desk.idle_minutes = 0.0001
    desk.last_input -= 1
    desk.check_idle()
    assert len(asked) == 1 and not desk.locked
    desk.idle_minutes = 10
    desk.check_idle()
    assert len(asked) == 1


def test_the_project_remembers_store_layers_without_their_data(window, desk, store, tmp_path, qtbot):
    import pyogrio

    desk.add_layer("incidents")
    path = window.project.save(tmp_path / "map.gpkg")
    assert "incidents" not in [name for name, _ in pyogrio.list_layers(path)]
    from console.app import create_window

    again = create_window([path])
    qtbot.addWidget(again, before_close_func=_clean)
    second = _logged_in(again, store.login("wang", PASSWORD))
    assert second.layers["incidents"] in again.project.layers
    assert second.layers["incidents"].data.reporter_phone.iat[0] == "138****5678"


def test_a_disabled_accounts_open_window_is_locked_and_can_only_quit(store, qtbot, monkeypatch):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=_clean)
    desk = _logged_in(window, store.login("zhou", PASSWORD))
    asked, closed = [], []

    def try_password(dialog):
        asked.append(dialog)
        dialog.password.setText(PASSWORD)
        dialog.accept()  # the store refuses: the account is disabled
        return QtWidgets.QDialog.DialogCode.Rejected

    monkeypatch.setattr("widgets.store.login_dialog.IdleLockDialog.exec", try_password)
    monkeypatch.setattr(desk.workbench, "close", lambda: closed.append(True))
    desk.check_idle()
    assert asked == [] and closed == []  # enabled and busy: nothing happens
    store.login("wang", PASSWORD).accounts.set_active("zhou", False)
    desk.check_idle()
    assert len(asked) == 1 and closed == [True]
    assert "disabled" in asked[0].messages.text.text()
