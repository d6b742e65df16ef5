"""The first-administrator form as a person fills it, in English and in Chinese: a look-alike user name (a
Cyrillic 'а', a zero-width space) and a guessable password are refused by the store, each said in the window's
language, and no account is made until both are right."""

from __future__ import annotations

import argon2
import pytest
from PySide6 import QtWidgets

from console import i18n
from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from widgets.store.login_dialog import FirstAdministratorDialog  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
SAYS = {"en": ("may hold only letters", "too easy to guess"), "zh_CN": ("只能包含字母", "太容易被猜到")}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    loaded = i18n.translators(request.param)
    for translator in loaded:
        qapp.installTranslator(translator)
    yield request.param
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_look_alike_names_and_guessable_passwords_are_refused_in_the_users_language(language, tmp_path,
                                                                                   qtbot, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg").dispose()
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    dialog = FirstAdministratorDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    name_refused, password_refused = SAYS[language]

    def attempt(username: str, password: str) -> str:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.repeat.setText(password)
        dialog.create_button.click()
        return dialog.messages.text.text()

    for look_alike in ("\u0430dmin", "ad min", "admin\u200b"):  # a Cyrillic а, a space, a zero-width space
        assert name_refused in attempt(look_alike, "river-lantern-47")
    for guessable in ("12345678", "password", " " * 8):
        assert password_refused in attempt("admin", guessable)
    assert not store.has_users()
    attempt("admin", "river-lantern-47")
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert [u["username"] for u in dialog.session.accounts.users()] == ["admin"]
