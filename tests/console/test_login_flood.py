"""A workstation that floods the login desk of a PostgreSQL store (the server takes 30 failed logins a minute
from one workstation, then answers 'limited') is told so in the user's language, not "wrong password"
(pytest-qt, a real PostgreSQL server)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from datasources.errors import LoginLimited
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.pg_store import desk_url
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER
from tests.datasources.test_login_desk import workstation

pytest.importorskip("pytestqt")

from widgets.store.login_dialog import LoginDialog  # noqa: E402

SAID = {"en": "This workstation has made too many login attempts. Wait a minute and try again.",
        "zh_CN": "本工作站登录尝试次数过多。请等一分钟后再试。"}


def test_a_flooded_login_desk_says_the_workstation_must_wait(pg_database, tmp_path, qtbot, language):
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    store.create_administrator(ADMIN, ADMIN_PASSWORD)
    office = workstation(store)
    dialog = LoginDialog(office, username=ADMIN)
    qtbot.addWidget(dialog)

    dialog.password.setText("not-the-password")
    dialog.accept()  # an ordinary wrong password first
    assert "wrong" in dialog.messages.text.text() or "错误" in dialog.messages.text.text()

    desk = make_url(desk_url(pg_database))
    with psycopg.connect(host=desk.host, port=desk.port, dbname=desk.database, user=desk.username,
                         password=desk.password, autocommit=True) as con:
        for n in range(30):  # this workstation's other failures of the minute
            con.execute(f"SELECT outcome FROM township_login_failed('nobody{n}')")
    with pytest.raises(LoginLimited):
        office.login(ADMIN, "not-the-password-either")
    dialog.password.setText("still-not-the-password")
    dialog.accept()
    assert dialog.messages.text.text() == SAID[language]
    assert dialog.session is None
    store.engine.dispose()
    office.engine.dispose()
