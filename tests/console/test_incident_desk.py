"""The incident desk in the real window, end to end: a report filed by clicking on the map, walked to closed
through the detail view's buttons, with the queue, the map symbols and the audit trail following; a refused
transition is never offered; another console's change first opens the conflict dialog (pytest-qt)."""

from __future__ import annotations

import json

import argon2
import numpy as np
import pytest
import shapely
from PySide6 import QtCore, QtWidgets

from datasources.store import TownshipStore
from datasources.store.admin import init_store
from layers.incidents.symbols import incident_symbols
from layers.incidents.workflow import STATUSES, TRANSITIONS

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402
from widgets.incidents.form import IncidentForm  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
X0, Y0 = 460_000.0, 3_318_000.0  # CGCS2000 / GK CM 120E, in the demo township
WALK = ("verified", "assigned", "in_progress", "resolved", "closed")


@pytest.fixture
def store(tmp_path, monkeypatch) -> TownshipStore:
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", PASSWORD)
    for i, (code, name) in enumerate((("V01", "青溪村"), ("V02", "石桥村"))):
        admin.features.add("villages", {"village_code": code, "name_zh": name, "population": 800 + i,
                               "geom": shapely.box(X0 + i * 2000, Y0, X0 + i * 2000 + 2000, Y0 + 2000)})
    admin.incidents.file_report({"category": "waste", "title": "垃圾没人清运", "geom": shapely.Point(X0 + 3000, Y0 + 500),
                       "source": "phone"})
    return store


@pytest.fixture
def window(store, qtbot):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.resize(1400, 900)
    window.log_in(store.login("wang", PASSWORD))
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_on_map(qtbot, canvas, x: float, y: float) -> None:
    """A real left click on the canvas at the map point (x, y)."""
    ox, oy = canvas.origin
    scene = canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    pos = canvas.mapFromScene(scene)
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)


def _fill_and_file(monkeypatch, filled: list) -> None:
    def fake_exec(form: IncidentForm):
        filled.append((form.x_edit.text(), form.y_edit.text(), form.source.currentData()))
        form.category.setCurrentIndex(form.category.findData("street_light"))
        form.title.setText("路灯不亮")
        form.description.setPlainText("青溪村村口三盏路灯晚上不亮，行人看不清路。")
        form.reporter_name.setText("李秀英")
        form.reporter_phone.setText("138 1234 5678")
        form.reporter_id.setText("33012219900101123x")  # check character X
        form.accept()
        assert form.problems_label.isHidden(), form.problems_label.text()
        return form.result()

    monkeypatch.setattr(IncidentForm, "exec", fake_exec)


def _answer_dialogs(monkeypatch, answers: list) -> None:
    """Every note / assignee question is answered (and recorded)."""
    def note(parent, title, label, text="", *args, **kwargs):
        answers.append(("note", title))
        return f"{title} — 处理说明", True

    def item(parent, title, label, items, current=0, editable=True, *args, **kwargs):
        answers.append(("assignee", list(items)))
        return "镇城管站", True

    monkeypatch.setattr(QtWidgets.QInputDialog, "getMultiLineText", note)
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", item)


def _symbol_status(layer, incident_id: int) -> str:
    marks = incident_symbols(layer.data)
    row = int(np.flatnonzero(layer.data.index == incident_id)[0])
    return STATUSES[int(marks.status[row])]


def test_file_a_report_on_the_map_and_walk_it_to_closed(window, store, qtbot, monkeypatch):
    desk = window.desks["incidents"]
    layer, queue, detail = desk.layer, desk.queue, desk.detail
    assert queue.model.status_counts()["new"] == 1 and len(queue.model.order) == 1
    filled, answers = [], []
    _fill_and_file(monkeypatch, filled)
    _answer_dialogs(monkeypatch, answers)
    window.canvas.zoom_to_extent((X0, Y0, X0 + 4000, Y0 + 2000))
    qtbot.wait(50)

    desk.map_action.trigger()  # the map tool: the next click opens the form there
    _click_on_map(qtbot, window.canvas, X0 + 1000, Y0 + 1000)

    assert len(filled) == 1
    x, y, source = filled[0]
    assert abs(float(x) - (X0 + 1000)) < 30 and abs(float(y) - (Y0 + 1000)) < 30 and source == "map"
    assert not desk.filing_on_map
    incident_id = desk.form.incident_id
    assert incident_id is not None and detail.incident_id == incident_id
    stored = store.service_session("t").features.get("incidents", incident_id)
    assert stored["village_code"] == "V01" and stored["status"] == "new"
    assert stored["reporter_phone"] == "138****5678"  # stored encrypted, shown masked
    assert layer.data.loc[incident_id, "title"] == "路灯不亮"
    assert queue.model.status_counts()["new"] == 2 and len(queue.model.order) == 2
    assert list(layer.selection) == [list(layer.data.index).index(incident_id)]

    for step in WALK:
        before = detail.incident["status"]
        assert set(detail.step_buttons) == set(TRANSITIONS[before])  # only what the workflow allows
        assert "closed" not in detail.step_buttons or before == "resolved"
        qtbot.mouseClick(detail.step_buttons[step], QtCore.Qt.MouseButton.LeftButton)
        assert detail.incident["status"] == step
        assert layer.data.loc[incident_id, "status"] == step
        assert _symbol_status(layer, incident_id) == step
        counts = queue.model.status_counts()
        assert counts[step] == 1 and counts["new"] == 1 and sum(counts.values()) == 2
        assert queue.apply_filters() == 2
        queue.chips[step].setChecked(True)
        assert len(queue.model.order) == 1
        assert layer.data.index[int(queue.model.order[0])] == incident_id
        queue.chips[step].setChecked(False)

    assert detail.step_buttons == {} and detail.finished_label.isVisibleTo(detail)
    assert [a[0] for a in answers].count("assignee") == 1
    final = store.service_session("t").features.get("incidents", incident_id)
    assert final["status"] == "closed" and final["closed_at"] is not None
    assert final["assignee"] == "镇城管站"
    assert detail.fields["time_to_close"].text() != ""
    history = store.service_session("t").incidents.history(incident_id)
    assert history.to_status.tolist() == ["new", *WALK]
    assert history.note.iloc[1:].str.endswith("处理说明").all()

    log = store.service_session("t").audit.log().sort_values("seq")  # newest first -> oldest first
    mine = log[log.object == f"incidents:{incident_id}"]
    assert mine.event.tolist() == ["add"] + ["status_change"] * len(WALK)
    assert set(mine.username) == {"wang"} and set(mine.outcome) == {"ok"}
    assert mine.time.notna().all() and mine.time.is_monotonic_increasing
    steps = [json.loads(d) for d in mine.detail.iloc[1:]]
    assert [(d["from"], d["to"]) for d in steps] == list(zip(("new", *WALK[:-1]), WALK, strict=True))
    assert store.service_session("t").audit.verify() == []
    # the map draws only what the queue shows
    queue.chips["closed"].setChecked(True)
    item = window.canvas.items[layer.id]
    assert item.shown is not None and int(np.sum(item.shown)) == 1
    queue.clear_filters()
    assert item.shown is None


def test_a_refused_transition_is_never_a_button_and_the_store_refuses_it_anyway(window, store,
                                                                               monkeypatch):
    desk = window.desks["incidents"]
    detail = desk.detail
    incident_id = int(desk.layer.data.index[0])
    desk.select(incident_id)
    assert "closed" not in detail.step_buttons and "in_progress" not in detail.step_buttons
    _answer_dialogs(monkeypatch, [])
    assert not detail.change_status("closed")  # asked anyway (not through a button)
    assert "cannot become closed" in detail.error_label.text().lower() and detail.error_label.isVisibleTo(detail)
    assert store.service_session("t").features.get("incidents", incident_id)["status"] == "new"
    refused = store.service_session("t").audit.log(event="status_change", outcome="refused")
    assert len(refused) == 1 and refused.username.iat[0] == "wang"
    store.login("wang", PASSWORD).incidents.change_status(incident_id, "rejected", "不属于本镇管辖", 1)
    desk.refresh(incident_id)
    assert detail.incident["status"] == "rejected" and detail.step_buttons == {}
    assert detail.finished_label.isVisibleTo(detail)


def test_another_console_changes_it_first_and_the_conflict_dialog_opens(window, store, monkeypatch):
    desk = window.desks["incidents"]
    detail = desk.detail
    incident_id = int(desk.layer.data.index[0])
    desk.select(incident_id)
    assert detail.incident["status"] == "new" and detail.incident["version"] == 1
    other = TownshipStore(store.url, hasher=CHEAP).login("wang", PASSWORD)
    other.incidents.change_status(incident_id, "verified", "另一台电脑先核实了", 1)
    answers: list = []
    _answer_dialogs(monkeypatch, answers)
    shown = []

    def keep_theirs(dialog):
        shown.append((dialog.conflict.mine, dialog.conflict.theirs["status"]))
        dialog.choice = "theirs"
        return 0

    monkeypatch.setattr("widgets.store.conflict_dialog.EditConflictDialog.exec", keep_theirs)
    assert not detail.change_status("rejected")
    assert shown == [({"status": "rejected"}, "verified")]
    assert detail.incident["status"] == "verified" and detail.incident["version"] == 2
    assert desk.layer.data.loc[incident_id, "status"] == "verified"
    assert set(detail.step_buttons) == set(TRANSITIONS["verified"])
    log = store.service_session("t").audit.log(event="status_change")
    assert log.outcome.tolist().count("conflict") == 1

    def overwrite(dialog):
        dialog.choice = "mine"
        return 0

    other.incidents.change_status(incident_id, "assigned", "派给城管", 2, assignee="镇城管站")
    monkeypatch.setattr("widgets.store.conflict_dialog.EditConflictDialog.exec", overwrite)
    assert detail.change_status("verified")  # back to verified, on purpose over the other's save
    assert store.service_session("t").features.get("incidents", incident_id)["status"] == "verified"


def test_personal_data_only_with_a_reason(window, store, monkeypatch):
    desk = window.desks["incidents"]
    session = store.login("wang", PASSWORD)
    incident_id = session.incidents.file_report({"category": "noise", "title": "夜间施工",
                                       "geom": shapely.Point(X0 + 500, Y0 + 500),
                                       "reporter_name": "张小明", "reporter_phone": "13812345678"})
    desk.refresh(incident_id)
    assert desk.detail.fields["reporter_phone"].text() == "138****5678"
    monkeypatch.setattr(QtWidgets.QInputDialog, "getText", lambda *a, **k: ("回电核实情况", True))
    desk.detail.unmask_button.click()
    assert desk.detail.fields["reporter_phone"].text() == "13812345678"
    log = store.service_session("t").audit.log(event="view_personal")
    assert len(log) == 1 and "回电核实情况" in log.detail.iat[0]


def test_menu_import_export_village_stats_and_deadlines(window, store, tmp_path, monkeypatch):
    desk = window.desks["incidents"]
    titles = [a.text() for a in desk.menu.actions()]
    assert any("New report" in t for t in titles) and any("Village performance" in t for t in titles)
    out = tmp_path / "out.json"
    assert desk.export("open311-json", out) == 1
    assert json.loads(out.read_text(encoding="utf-8"))[0]["service_code"] == "waste"
    monkeypatch.setattr(QtWidgets.QMessageBox, "open", lambda box: None)
    assert desk.import_open311(out) == []  # the same case number is already in the store
    assert "already in the store" in desk.report_box.detailedText()
    assert desk.export("csv", tmp_path / "out.csv", include_personal=False) == 1

    table = tmp_path / "hotline.csv"
    table.write_text("类别,标题,经度,纬度\n路灯故障,路灯不亮,119.5901,29.9862\n噪音扰民,夜间施工,abc,29.98\n",
                     encoding="utf-8")

    def import_at_once(dialog):
        assert len(dialog.records) == 1 and len(dialog.errors) == 1
        dialog.import_rows()
        return 1

    monkeypatch.setattr("widgets.column_mapping_dialog.ColumnMappingDialog.exec", import_at_once)
    desk.import_table(table)
    assert len(desk.layer.data) == 2 and desk.queue.model.status_counts()["new"] == 2
    assert set(desk.layer.data.source) == {"phone", "import"}

    desk.open_village_stats()
    first = desk.stats_panel
    assert first.isVisible() and first.isWindow()
    desk.open_village_stats()  # a second time: the new figures replace the old window
    assert desk.stats_panel is not first and desk.stats_panel.isVisible()

    def shorter_waste(dialog):
        dialog.boxes["waste"].setValue(1)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr("widgets.incidents.deadlines_dialog.DeadlinesDialog.exec", shorter_waste)
    desk.edit_deadlines()
    assert desk.deadlines["waste"] == 1.0 and desk.queue.model.deadlines["waste"] == 1.0


def test_choosing_another_map_tool_cancels_filing(window, monkeypatch):
    desk = window.desks["incidents"]
    opened = []
    monkeypatch.setattr(IncidentForm, "exec", lambda form: opened.append(form) or 0)
    desk.map_action.trigger()
    window.tool_actions["identify"].trigger()
    window.canvas.clicked.emit(X0 + 100, Y0 + 100)
    assert opened == [] and not desk.filing_on_map
    desk.map_action.trigger()
    window.canvas.clicked.emit(X0 + 100, Y0 + 100)
    assert len(opened) == 1 and opened[0].x_edit.text() == f"{X0 + 100:.1f}"


def test_notes_and_photos_go_into_the_case(window, store, tmp_path, monkeypatch):
    from PySide6 import QtGui

    desk = window.desks["incidents"]
    detail = desk.detail
    desk.select(int(desk.layer.data.index[0]))
    photo = tmp_path / "现场.png"
    image = QtGui.QImage(40, 30, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("#2e6fd8"))
    assert image.save(str(photo), "PNG")
    assert detail.add_photo(photo)
    assert len(detail.photos.buttons) == 1 and not detail.photos.buttons[0].icon().isNull()
    text = tmp_path / "notes.txt"
    text.write_text("not a photo", encoding="utf-8")
    assert not detail.add_photo(text)
    assert "not a JPEG or PNG" in detail.error_label.text()
    history_before = detail.history.count()
    monkeypatch.setattr(QtWidgets.QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("已电话联系报告人", True))
    assert detail.add_note()
    assert detail.history.count() == history_before + 1
    assert "已电话联系报告人" in detail.history.item(detail.history.count() - 1).text()
    assert detail.incident["status"] == "new"


def test_a_viewer_sees_the_queue_but_is_offered_no_change(store, qtbot):
    admin = store.login("wang", PASSWORD)
    admin.accounts.add("zhou", PASSWORD, "viewer")
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.log_in(store.login("zhou", PASSWORD))
    desk = window.desks["incidents"]
    assert len(desk.queue.model.order) == 1
    assert not desk.new_action.isEnabled() and not desk.map_action.isEnabled()
    assert not desk.import_action.isEnabled() and not desk.deadlines_action.isEnabled()
    desk.select(int(desk.layer.data.index[0]))
    assert desk.detail.step_buttons and not any(b.isEnabled() for b in desk.detail.step_buttons.values())
    assert not desk.detail.note_button.isEnabled() and not desk.detail.photo_button.isEnabled()


def test_a_click_on_a_bubble_zooms_in_and_a_click_on_a_symbol_selects(window, store, qtbot):
    admin = store.login("wang", PASSWORD)
    for dx in (0.0, 30.0):
        admin.incidents.file_report({"category": "noise", "title": "夜间施工", "source": "phone",
                           "geom": shapely.Point(X0 + 500 + dx, Y0 + 1500)})
    desk = window.desks["incidents"]
    desk.refresh()
    canvas = window.canvas
    canvas.zoom_to_extent((X0 - 3000, Y0 - 3000, X0 + 7000, Y0 + 5000))
    before = canvas.current_view().pixel_size
    assert desk.pick_at(X0 + 515, Y0 + 1500) == "zoomed"
    assert canvas.current_view().pixel_size < before / 3
    assert not len(desk.layer.selection)
    canvas.zoom_to_extent((X0 + 400, Y0 + 1450, X0 + 600, Y0 + 1550), pad=False)
    assert desk.pick_at(X0 + 531, Y0 + 1500) == "selected"
    picked = desk.layer.data.iloc[int(desk.layer.selection[0])]
    assert picked.geom.x == X0 + 530 and desk.detail.incident["case_number"] == picked.case_number
    assert desk.pick_at(X0 + 590, Y0 + 1540) is None  # nothing there


def test_the_click_that_files_a_report_does_not_also_zoom_into_a_bubble(window, store, qtbot, monkeypatch):
    admin = store.login("wang", PASSWORD)
    admin.incidents.file_report({"category": "noise", "title": "夜间施工", "source": "phone",
                                 "geom": shapely.Point(X0 + 3030, Y0 + 500)})  # a bubble with the first
    desk = window.desks["incidents"]
    desk.refresh()
    filled: list = []
    _fill_and_file(monkeypatch, filled)
    canvas = window.canvas
    canvas.zoom_to_extent((X0 - 3000, Y0 - 3000, X0 + 7000, Y0 + 5000))
    qtbot.wait(50)
    before = canvas.current_view().pixel_size
    assert desk.pick_at(X0 + 3015, Y0 + 500) == "zoomed"  # what a click with the pan tool does there
    canvas.zoom_to_extent((X0 - 3000, Y0 - 3000, X0 + 7000, Y0 + 5000))
    qtbot.wait(50)

    desk.map_action.trigger()
    _click_on_map(qtbot, canvas, X0 + 3015, Y0 + 500)
    assert len(filled) == 1 and window.tool == "pan"  # filed, and the map is given back to the pan tool
    assert canvas.current_view().pixel_size > before / 2  # and not zoomed in (a bubble's zoom: a quarter)
    assert len(desk.layer.data) == 3
