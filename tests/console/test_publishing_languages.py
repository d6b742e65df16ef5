"""The publish window's refusals in the interface language (zh_CN and en), driven through its menus and
buttons: personal data named by layer and field, a folder that is not a map's, data that changed after it
was checked, a role that lost the right, the drafter approving their own draft, a rejection without a note.
No English sentence of the store shows in the Chinese window, and the English one says the store's words."""

from __future__ import annotations

import re

import geopandas as gpd
import pytest
from PySide6 import QtCore, QtWidgets

from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, fill_township, make_store

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402
from layers.publishing.sources import project_tables  # noqa: E402
from layers.vector import VectorLayer  # noqa: E402
from tests.layers.test_publishing import PROJECT  # noqa: E402

OK = QtWidgets.QDialogButtonBox.StandardButton.Ok
LATIN_WORDS = re.compile(r"\b(?:may|not|the|is|publish(?:ed|ing)?|layer|field|holds|approve[sd]?|drafted|"
                         r"another|user|folder|note)\b")
EXPECTED = {  # what each refusal says, by language: words the sentence must hold
    "zh_CN": {"phone": ["图层", "电话号码", "不予发布"], "folder": ["已存在", "新文件夹"],
              "changed": ["未发布任何内容", "电话号码"], "role": ["只读用户", "无权", "发布村务公开地图"],
              "own": ["起草", "另一位管理员"], "note": ["退回", "备注"]},
    "en": {"phone": ["Layer notices, field note holds phone numbers"], "folder": ["is not a published map"],
           "changed": ["nothing was published", "layer 'notices', field 'note' holds phone numbers"],
           "role": ["(Viewer) may not publish the disclosure web map"],
           "own": ["drafted this publication and may not decide on it"], "note": ["only with a note"]},
}


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("off", PASSWORD, "office_staff", None)
    return store


def _said(window) -> str:
    return window.message_bar.text.text()


def _check(language: str, what: str, text: str) -> None:
    for words in EXPECTED[language][what]:
        assert words in text, (what, text)
    if language == "zh_CN":
        assert not LATIN_WORDS.search(text.replace("notices", "").replace("note", "")), (what, text)


def _window(qtbot, session):
    window = create_window([PROJECT])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    villages = project_tables(window.project)["villages"]
    notices = gpd.GeoDataFrame({"note": ["值班电话 13905710000", "通知", "公告"]},
                               geometry=villages.geometry.iloc[:3].to_numpy(), crs=villages.crs)
    window.project.layers.append(VectorLayer(notices, "notices"))
    window.log_in(session)
    return window


def test_refusals_in_the_publish_window(qtbot, store, tmp_path, language):
    window = _window(qtbot, store.login("off", PASSWORD))
    desk = window.desks["publishing"]
    desk.publish_action.trigger()
    dialog = desk.dialog
    dialog.folder.setText(str(tmp_path / "web"))
    dialog.set_choice({"villages": ["name_zh"], "notices": ["note"]})
    _check(language, "phone", dialog.refusals.text())
    if language == "zh_CN":  # named as the list names them
        assert "行政村" not in dialog.refusals.text() and "notices" in dialog.refusals.text()
    assert not dialog.buttons.button(OK).isEnabled()

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letter.txt").write_text("keep")
    dialog.set_choice({"villages": ["name_zh"]})
    dialog.folder.setText(str(mine))
    _check(language, "folder", dialog.refusals.text())
    assert not dialog.buttons.button(OK).isEnabled()

    # the layer's data change after the dialog checked them: the task refuses, in the window's language
    dialog.folder.setText(str(tmp_path / "web"))
    dialog.set_choice({"villages": ["name_zh"], "notices": []})
    assert dialog.refusals.text() == "" and dialog.buttons.button(OK).isEnabled()
    dialog.tree.blockSignals(True)  # ticks "note" without the dialog checking again
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    notices = next(item for item in items if item.data(0, QtCore.Qt.ItemDataRole.UserRole) == "notices")
    notices.child(0).setCheckState(0, QtCore.Qt.CheckState.Checked)
    dialog.tree.blockSignals(False)
    assert dialog.choice()["notices"] == ["note"]
    dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: desk.task is not None and not desk.task.is_running(), timeout=60_000)
    qtbot.waitUntil(lambda: _said(window) != "", timeout=10_000)
    _check(language, "changed", _said(window))
    assert not (tmp_path / "web").exists() and desk.last is None

    # the office head moves the clerk to viewer while the window is open: the store refuses the draft
    store.login(ADMIN, ADMIN_PASSWORD).accounts.set_role("off", "viewer")
    dialog.set_choice({"villages": ["name_zh"]})
    dialog.folder.setText(str(tmp_path / "web2"))
    dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: not desk.task.is_running(), timeout=60_000)
    qtbot.waitUntil(lambda: "无权" in _said(window) or "may not" in _said(window), timeout=10_000)
    _check(language, "role", _said(window))
    assert not (tmp_path / "web2").exists()
    window.project._mark_clean()
    window.close()


def test_the_drafter_may_not_approve_in_the_window(qtbot, store, tmp_path, language):
    window = _window(qtbot, store.login(ADMIN, ADMIN_PASSWORD))  # the administrator drafts too
    desk = window.desks["publishing"]
    assert desk.publish_action.isEnabled() and desk.approve_action.isEnabled()
    desk.publish_action.trigger()
    dialog = desk.dialog
    dialog.folder.setText(str(tmp_path / "web"))
    dialog.set_choice({"villages": ["name_zh", "population"]})
    dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: desk.last is not None, timeout=120_000)
    pub = desk.last.publication_id
    desk.approve_action.trigger()
    approving = desk.dialog
    assert approving.rows == [pub]
    approving.approve_button.click()
    _check(language, "own", _said(window))
    approving.reject_button.click()  # without a note
    _check(language, "note", _said(window))
    assert store.login(ADMIN, ADMIN_PASSWORD).publications.get(pub)["status"] == "draft"
    window.project._mark_clean()
    window.close()
