"""The store's login dialogs answer the keyboard: Enter in the last field presses the dialog's own button
(Create administrator, Log in, Unlock), not the message bar's hidden Details button (pytest-qt)."""

from __future__ import annotations

import argon2
import pytest
from PySide6 import QtCore, QtWidgets

from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from widgets.store.login_dialog import FirstAdministratorDialog, IdleLockDialog, LoginDialog  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
ACCEPTED = QtWidgets.QDialog.DialogCode.Accepted


@pytest.fixture
def store(tmp_path, monkeypatch) -> TownshipStore:
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    return TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)


def _shown(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_enter_creates_the_first_administrator(store, qtbot):
    dialog = _shown(FirstAdministratorDialog(store), qtbot)
    assert dialog.create_button.isDefault()
    _type(qtbot, dialog.username, "wang")
    _type(qtbot, dialog.password, PASSWORD)
    _type(qtbot, dialog.repeat, PASSWORD + "x")
    qtbot.keyClick(dialog.repeat, QtCore.Qt.Key.Key_Return)  # the form is wrong: it says so, stays open
    assert dialog.isVisible() and "differ" in dialog.messages.text.text() and not store.has_users()
    dialog.repeat.clear()
    _type(qtbot, dialog.repeat, PASSWORD)
    qtbot.keyClick(dialog.repeat, QtCore.Qt.Key.Key_Enter, QtCore.Qt.KeyboardModifier.KeypadModifier)
    assert dialog.result() == ACCEPTED and not dialog.isVisible()
    assert dialog.session.caller.role == "administrator" and store.has_users()


def test_enter_logs_in_and_unlocks(store, qtbot):
    store.create_administrator("wang", PASSWORD)
    login = _shown(LoginDialog(store, username="wang"), qtbot)
    assert login.login_button.isDefault()
    _type(qtbot, login.password, PASSWORD)
    qtbot.keyClick(login.password, QtCore.Qt.Key.Key_Return)
    assert login.result() == ACCEPTED and login.session.username == "wang"

    lock = _shown(IdleLockDialog(store, "wang", minutes=10), qtbot)
    assert lock.unlock_button.isDefault()
    _type(qtbot, lock.password, PASSWORD)
    qtbot.keyClick(lock.password, QtCore.Qt.Key.Key_Return)
    assert lock.result() == ACCEPTED and not lock.isVisible()
