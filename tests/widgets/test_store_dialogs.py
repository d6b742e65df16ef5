"""The township store's dialogs (login, first administrator, idle lock, audit log, edit conflict, users) on
real embedded stores in a temporary folder (pytest-qt)."""

from __future__ import annotations

from datetime import timedelta

import argon2
import pytest
import shapely
from PySide6 import QtCore, QtWidgets

from datasources.errors import EditConflict
from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from widgets.store.audit_log import AuditLogDialog  # noqa: E402
from widgets.store.conflict_dialog import EditConflictDialog  # noqa: E402
from widgets.store.login_dialog import FirstAdministratorDialog, IdleLockDialog, LoginDialog  # noqa: E402
from widgets.store.user_admin import UsersDialog  # noqa: E402
from widgets.township_time import township_now  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    path = tmp_path / "township.gpkg"
    init_store(path)
    return path


@pytest.fixture
def store(store_path) -> TownshipStore:
    return TownshipStore(store_path, hasher=CHEAP)


@pytest.fixture
def admin(store):
    session = store.create_administrator("wang", PASSWORD, "Wang Fang")
    for code, name in (("V01", "青溪村"), ("V02", "石桥村")):
        session.features.add("villages", {"village_code": code, "name_zh": name, "population": 800,
                                 "geom": shapely.box(0, 0, 10, 10)})
    return session


def _shown(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _message(dialog) -> str:
    return dialog.messages.text.text() if dialog.messages.isVisible() else ""


# -- logging in ----------------------------------------------------------------------------------------
def test_login_with_the_right_password_gives_a_session(store_path, qtbot):
    store = TownshipStore(store_path)  # the default (slow) hasher once
    store.create_administrator("wang", PASSWORD)
    dialog = _shown(LoginDialog(store), qtbot)
    assert "township.gpkg" in dialog.windowTitle()
    dialog.username.setText("wang")
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.session.username == "wang" and dialog.session.caller.role == "administrator"


def test_a_wrong_password_is_said_in_the_dialog_and_locks_after_five(store, admin, qtbot):
    dialog = _shown(LoginDialog(store, username="wang"), qtbot)
    dialog.password.setText("not-the-password")
    dialog.login_button.click()
    assert dialog.isVisible() and dialog.session is None
    assert "wrong" in _message(dialog) and dialog.password.text() == ""
    for _ in range(4):
        dialog.password.setText("not-the-password")
        dialog.login_button.click()
    assert "locked" in _message(dialog) and "cannot log in" in _message(dialog)
    dialog.password.setText(PASSWORD)  # the right one does not open a locked account
    dialog.login_button.click()
    assert dialog.session is None and "locked" in _message(dialog)
    outcomes = list(admin.audit.log(event="login", username="wang")["outcome"])
    assert outcomes[:6] == ["locked", "locked", "failed", "failed", "failed", "failed"]


def test_an_empty_form_asks_for_both(store, admin, qtbot):
    dialog = _shown(LoginDialog(store), qtbot)
    dialog.login_button.click()
    assert "Enter your user name" in _message(dialog) and dialog.isVisible()


def test_the_first_administrator_is_made_after_the_form_is_right(store, qtbot):
    assert not store.has_users()
    dialog = _shown(FirstAdministratorDialog(store), qtbot)
    assert "no default password" in dialog.findChild(QtWidgets.QLabel).text()
    dialog.username.setText("wang")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.create_button.click()
    assert "at least 8" in _message(dialog) and not store.has_users()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    dialog.create_button.click()
    assert "differ" in _message(dialog) and not store.has_users()
    dialog.repeat.setText(PASSWORD)
    dialog.display_name.setText("Wang Fang")
    dialog.create_button.click()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.session.caller.role == "administrator"
    assert dialog.session.accounts.users()[0]["display_name"] == "Wang Fang"


def test_the_idle_lock_opens_only_with_the_password_and_cannot_be_escaped(store, admin, qtbot):
    dialog = _shown(IdleLockDialog(store, "wang", minutes=10), qtbot)
    assert dialog.who.text() == "wang"
    qtbot.keyClick(dialog, QtCore.Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    dialog.password.setText("someone-elses")
    dialog.unlock_button.click()
    assert dialog.isVisible() and dialog.session is None and "wrong" in _message(dialog)
    dialog.password.setText(PASSWORD)
    dialog.unlock_button.click()
    assert not dialog.isVisible() and dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.session.username == "wang"
    assert list(admin.audit.log(event="login", username="wang")["outcome"])[:2] == ["ok", "failed"]


def test_quit_from_the_idle_lock(store, admin, qtbot):
    dialog = _shown(IdleLockDialog(store, "wang"), qtbot)
    dialog.quit_button.click()
    assert dialog.result() == IdleLockDialog.QUIT and dialog.quit_requested and not dialog.isVisible()


# -- the audit log -------------------------------------------------------------------------------------
@pytest.fixture
def busy_admin(store, admin):
    admin.accounts.add("li", "li-password-9", "office_staff")
    store.login("li", "li-password-9")
    with pytest.raises(Exception, match="wrong"):
        store.login("li", "wrong-password")
    vid = int(admin.features.read("villages").index[0])
    admin.features.update("villages", vid, {"population": 900}, 1)
    return admin


def test_audit_filters_reduce_the_rows(busy_admin, qtbot):
    dialog = _shown(AuditLogDialog(busy_admin), qtbot)
    total = dialog.model.rowCount()
    assert total + 1 == len(busy_admin.audit.log()) >= 8  # the dialog's own viewing is recorded too
    assert dialog.count.text() == f"Records: {total}"
    dialog.user.setCurrentIndex(dialog.user.findData("li"))
    assert dialog.model.rowCount() == 2
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("failed"))
    assert dialog.model.rowCount() == 1 and dialog.count.text() == "Records: 1"
    dialog.clear_filters()
    assert dialog.model.rowCount() > total  # each look at the log is a record of its own
    dialog.event.setCurrentIndex(dialog.event.findData("edit"))
    assert dialog.model.rowCount() == 1
    dialog.clear_filters()
    dialog.text.setText("population")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.clear_filters()
    # the dialog's days are the township's (Beijing time), whatever the workstation's zone
    today = township_now().date()
    tomorrow = today + timedelta(days=1)
    dialog.since.setDate(QtCore.QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.model.rowCount() == 0
    dialog.since.setDate(dialog.since.minimumDate())
    dialog.until.setDate(QtCore.QDate(today.year, today.month, today.day))
    assert dialog.model.rowCount() > total


def test_audit_rows_sort_and_show_their_detail(busy_admin, qtbot):
    dialog = _shown(AuditLogDialog(busy_admin), qtbot)
    dialog.view.sortByColumn(0, QtCore.Qt.SortOrder.AscendingOrder)
    assert dialog.model.index(0, 0).data() == "1"
    edit_row = next(r for r in range(dialog.model.rowCount())
                    if dialog.model.record(r)["event"] == "edit")
    dialog.view.setCurrentIndex(dialog.model.index(edit_row, 0))
    assert "fields:\n  population: 800 → 900" in dialog.detail.toPlainText()


def test_verify_reports_a_tampered_chain(store, busy_admin, qtbot):
    dialog = _shown(AuditLogDialog(busy_admin), qtbot)
    assert dialog.verify() == [] and "intact" in dialog.chain.text()
    with store.engine.begin() as con:  # someone with the file drops the guard and edits a record
        con.exec_driver_sql("DROP TRIGGER audit_no_update")
        con.exec_driver_sql("UPDATE audit_events SET username = 'nobody' WHERE seq = 2")
    dialog.verify_button.click()
    assert "broken" in dialog.chain.text() and [p.seq for p in dialog.problems] == [2]
    assert "Record 2: its content was changed" in dialog.detail.toPlainText()
    assert dialog.model.broken == {2}


def test_the_audit_log_is_refused_to_others(store, admin, qtbot):
    admin.accounts.add("zhao", "zhao-password-9", "viewer")
    dialog = _shown(AuditLogDialog(store.login("zhao", "zhao-password-9")), qtbot)
    assert "may not see the audit log" in _message(dialog) and dialog.model.rowCount() == 0
    assert not dialog.verify_button.isEnabled()


# -- edit conflicts ------------------------------------------------------------------------------------
@pytest.fixture
def conflict(store, admin) -> EditConflict:
    admin.accounts.add("li", "li-password-9", "office_staff")
    vid = int(admin.features.read("villages").index[0])
    store.login("li", "li-password-9").features.update("villages", vid, {"population": 905,
                                                              "name_pinyin": "Qingxi"}, 1)
    with pytest.raises(EditConflict) as raised:
        admin.features.update("villages", vid, {"population": 812, "name_pinyin": "Qingxi"}, 1)
    return raised.value


def test_the_conflict_dialog_shows_both_versions_field_by_field(conflict, qtbot):
    dialog = _shown(EditConflictDialog(conflict), qtbot)
    header = dialog.table.horizontalHeaderItem(2).text()
    assert header == "Saved in the store (by li, version 2)"
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                             dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows == {"population": ("812", "905"), "name_pinyin": ("Qingxi", "Qingxi")}
    assert dialog.differing == ["population"]
    assert dialog.table.item(0, 1).background().color().name() == "#fff4d6"
    assert dialog.table.item(1, 1).background().style() == QtCore.Qt.BrushStyle.NoBrush


def test_overwrite_with_mine_saves_over_the_stored_version(admin, conflict, qtbot):
    dialog = _shown(EditConflictDialog(conflict), qtbot)
    dialog.overwrite_button.click()
    assert dialog.choice == "mine" and dialog.expected_version == 2
    admin.features.update(conflict.kind, conflict.feature_id, conflict.mine, dialog.expected_version)
    assert admin.features.get("villages", conflict.feature_id)["population"] == 812


@pytest.mark.parametrize(("button", "choice"), [("keep_button", "theirs"), ("cancel_button", None)])
def test_keep_or_cancel(conflict, qtbot, button, choice):
    dialog = _shown(EditConflictDialog(conflict), qtbot)
    getattr(dialog, button).click()
    assert dialog.choice == choice and not dialog.isVisible()


# -- accounts ------------------------------------------------------------------------------------------
def test_the_users_dialog_adds_a_user_and_changes_a_role(store, admin, qtbot):
    dialog = _shown(UsersDialog(admin), qtbot)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Administrator"
    dialog.new_account()
    dialog.username.setText("zhou")
    dialog.display_name.setText("Zhou Min")
    dialog.role.setCurrentIndex(dialog.role.findData("village_officer"))
    dialog.password.setText("zhou-password-9")
    dialog.repeat.setText("zhou-password-9")
    dialog.add_button.click()
    assert "needs a village" in _message(dialog)  # the store's refusal, shown and not raised
    dialog.village.setCurrentIndex(dialog.village.findData("V02"))
    dialog.add_button.click()
    assert "added" in _message(dialog) and dialog.selected_user() == "zhou"
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("zhou")
    assert [dialog.table.item(row, c).text() for c in range(5)] == [
        "zhou", "Zhou Min", "Village officer", "石桥村", "yes"]
    assert store.login("zhou", "zhou-password-9").caller.village_code == "V02"

    dialog.role.setCurrentIndex(dialog.role.findData("planner"))
    dialog.village.setCurrentIndex(0)
    dialog.save_role_button.click()
    assert dialog.table.item(row, 2).text() == "Planner" and dialog.table.item(row, 3).text() == ""
    changes = admin.audit.log(event="permission_change")
    assert list(changes["object"]) == ["user:zhou", "user:zhou"]
    assert '"role": ["village_officer", "planner"]' in changes["detail"].iloc[0]


def test_the_users_dialog_disables_unlocks_and_sets_passwords(store, admin, qtbot):
    admin.accounts.add("li", "li-password-9", "office_staff")
    for _ in range(5):
        with pytest.raises(Exception, match="wrong|locked"):
            store.login("li", "wrong-password")
    dialog = _shown(UsersDialog(admin), qtbot)
    dialog.select_user("li")
    assert dialog.table.item(dialog.table.currentRow(), 5).text().startswith("until ")
    dialog.unlock_button.click()
    assert dialog.table.item(dialog.table.currentRow(), 5).text() == ""
    dialog.password.setText("li-new-password")
    dialog.repeat.setText("li-new-password")
    dialog.password_button.click()
    assert store.login("li", "li-new-password").username == "li"
    dialog.active_button.click()
    assert dialog.table.item(dialog.table.currentRow(), 4).text() == "no"
    assert dialog.active_button.text() == "Enable"
    dialog.select_user("wang")
    dialog.active_button.click()
    assert "cannot disable your own account" in _message(dialog)
    details = list(admin.audit.log(event="permission_change", text="li")["detail"])
    assert details[:2] == ['{"active": false}', '{"unlocked": true}']


def test_an_audit_model_cleared_by_the_cycle_collector_answers_as_an_empty_table(qtbot):
    """The cycle collector clears a closed dialog's objects before Qt deletes them; a view that still asks
    its model (headers, rows) got AttributeError from the cleared model (seen once in a full run)."""
    from widgets.store.audit_log import AuditModel

    model = AuditModel(lambda _column, value: str(value))
    model.__dict__.clear()  # what clearing a collected cycle does to the model's own attributes
    assert model.rowCount() == 0
    assert model.headerData(0, QtCore.Qt.Orientation.Horizontal) == "seq"
