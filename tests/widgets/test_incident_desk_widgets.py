"""The incident desk's widgets on their own: every queue filter keeps exactly the right reports, the table
and the layer select each other, counts per status, the form's checks (mobile, ID number, coordinates
with DMS) and likely duplicates on intake, the deadlines dialog, and the import of a messy CSV through the
column-mapping dialog with row-level errors (pytest-qt)."""

from __future__ import annotations

from datetime import UTC, datetime

import argon2
import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from datasources.store import TownshipStore
from datasources.store.admin import init_store
from layers.incidents.workflow import CATEGORIES, STATUSES
from layers.vector import VectorLayer

pytest.importorskip("pytestqt")

from widgets.column_mapping_dialog import ColumnMappingDialog  # noqa: E402
from widgets.incidents.deadlines_dialog import DeadlinesDialog  # noqa: E402
from widgets.incidents.form import (  # noqa: E402
    DuplicateChoice,
    IncidentForm,
    id_number_valid,
    mobile_valid,
    read_point,
)
from widgets.incidents.queue import IncidentQueue  # noqa: E402

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
X0, Y0 = 460_000.0, 3_318_000.0
CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _frame(n: int = 400, seed: int = 7) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    ages = rng.uniform(0, 40, n)
    ages[:3] = (7 - 1 / 48, 7 + 1 / 48, 3)  # either side of the age filter's edges
    reported = pd.Timestamp(NOW) - pd.to_timedelta(ages, unit="D")
    return gpd.GeoDataFrame({
        "case_number": [f"QX-2025-{i:05d}" for i in range(n)],
        "status": rng.choice(STATUSES, n), "category": rng.choice(CATEGORIES, n),
        "title": rng.choice(["路灯不亮", "垃圾没人清运", "河水发黑有异味", "路面塌陷"], n),
        "description": [f"第{i}号 情况说明" for i in range(n)],
        "reported_at": reported, "closed_at": pd.NaT,
        "due_at": reported + pd.to_timedelta(rng.choice([1, 3, 7], n), unit="D"),
        "village_code": rng.choice(["V01", "V02", "V03"], n),
        "assignee": rng.choice([None, "镇城管站", "镇环保所"], n),
        "address": rng.choice([None, "青溪路12号", "石桥头"], n),
        "version": 1,
        "geom": shapely.points(X0 + rng.uniform(0, 4000, n), Y0 + rng.uniform(0, 2000, n)),
    }, geometry="geom", crs="EPSG:4549", index=pd.Index(np.arange(1, n + 1), name="id"))


@pytest.fixture
def queue(qtbot):
    layer = VectorLayer(_frame(), "incidents")
    widget = IncidentQueue(layer, {"V01": "青溪村", "V02": "石桥村", "V03": "梅田村"}, now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def _shown_ids(queue) -> set[int]:
    return set(queue.model.frame.index[queue.model.order].tolist())


def test_each_filter_keeps_exactly_the_matching_reports(queue):
    frame, model = queue.layer.data, queue.model
    age_days = (pd.Timestamp(NOW) - frame.reported_at).dt.total_seconds() / 86400
    still_open = frame.status.isin(["new", "verified", "assigned", "in_progress", "resolved"])
    late = still_open & (frame.due_at < pd.Timestamp(NOW))
    text = (frame.case_number + frame.title + frame.description + frame.address.fillna(""))
    cases = [
        (dict(status={"new", "verified"}), frame.status.isin(["new", "verified"])),
        (dict(category="flooding"), frame.category == "flooding"),
        (dict(village="V02"), frame.village_code == "V02"),
        (dict(age_days=(3, 7)), (age_days >= 3) & (age_days < 7)),
        (dict(overdue_only=True), late),
        (dict(assignee="镇环保所"), frame.assignee == "镇环保所"),
        (dict(assignee=""), frame.assignee.isna()),
        (dict(text="河水发黑"), text.str.contains("河水发黑")),
        (dict(text="qx-2025-0001"), frame.case_number.str.startswith("QX-2025-0001")),
        (dict(text="石桥头"), frame.address == "石桥头"),
    ]
    for filters, expected in cases:
        model.clear_filters()
        shown = model.set_filters(**filters)
        want = set(frame.index[expected.fillna(False).to_numpy(dtype=bool)])
        assert 0 < shown < len(frame), filters
        assert _shown_ids(queue) == want, filters
    model.clear_filters()
    both = model.set_filters(category="noise", village="V01", overdue_only=True)
    assert _shown_ids(queue) == set(frame.index[(frame.category == "noise") & (frame.village_code == "V01")
                                                & late])
    assert both == len(_shown_ids(queue))
    with pytest.raises(TypeError):
        model.set_filters(colour="red")


def test_counts_per_status_follow_the_other_filters_and_the_chips_filter(queue):
    frame, model = queue.layer.data, queue.model
    assert model.status_counts() == {s: int((frame.status == s).sum()) for s in STATUSES}
    queue.category_box.setCurrentIndex(queue.category_box.findData("noise"))
    noise = frame[frame.category == "noise"]
    assert model.status_counts() == {s: int((noise.status == s).sum()) for s in STATUSES}
    queue.chips["new"].setChecked(True)
    assert _shown_ids(queue) == set(noise.index[noise.status == "new"])
    assert queue.chips["new"].text().endswith(f" {int((noise.status == 'new').sum())}")
    assert model.status_counts()["closed"] == int((noise.status == "closed").sum())  # not narrowed
    queue.clear_filters()
    assert len(model.order) == len(frame) and not queue.chips["new"].isChecked()


def test_the_widgets_filter_and_overdue_rows_are_highlighted(queue, qtbot):
    model = queue.model
    queue.overdue_box.setChecked(True)
    assert len(model.order) == int(model.overdue.sum()) > 0
    index = model.index(0, 6)
    assert model.data(index).startswith("overdue")
    assert model.data(index, role=8) is not None  # BackgroundRole
    queue.overdue_box.setChecked(False)
    queue.search.setText("路面塌陷")
    qtbot.waitUntil(lambda: len(model.order) < len(model.frame))
    assert set(model.title[model.order]) == {"路面塌陷"}
    queue.assignee_box.setCurrentIndex(queue.assignee_box.findData(""))
    assert all(model.assignee[model.order] == "")


def test_sorting_keeps_the_filter(queue):
    model = queue.model
    model.set_filters(village="V03")
    model.sort(5)  # age, youngest first
    ages = model.age_hours[model.order]
    assert np.all(np.diff(ages) >= 0) and set(model.village_code[model.order]) == {"V03"}
    model.set_filters(village="V01")
    assert np.all(np.diff(model.age_hours[model.order]) >= 0)


def test_selection_syncs_both_ways(queue):
    layer, view = queue.layer, queue.view
    view.selectRow(3)
    assert list(layer.selection) == [int(queue.model.order[3])]
    layer.selection = np.array([10, 20])
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    assert sorted(queue.model.order[rows].tolist()) == [10, 20]
    queue.category_box.setCurrentIndex(queue.category_box.findData(layer.data.category.iat[10]))
    rows = [i.row() for i in view.selectionModel().selectedRows()]
    assert queue.model.order[rows].tolist() == [10]  # still selected after filtering
    view.selectRow(0)
    assert list(layer.selection) == [int(queue.model.order[0])]
    assert layer.data.category.iat[int(layer.selection[0])] == layer.data.category.iat[10]


def test_reloaded_data_is_shown_with_the_same_filters(queue):
    queue.model.set_filters(category="waste")
    changed = queue.layer.data.copy()
    changed["category"] = "waste"
    queue.layer.data = changed
    assert len(queue.model.order) == len(changed)


# ---------------------------------------------------------------------------------------- the form
def test_reporter_checks():
    assert mobile_valid("13812345678") and mobile_valid("138 1234-5678")
    assert not mobile_valid("1381234567") and not mobile_valid("12812345678")
    assert not mobile_valid("0571-88886666")
    assert id_number_valid("33012219900101123X") and id_number_valid("33012219900101123x")
    assert not id_number_valid("330122199001011236")  # wrong check character
    assert not id_number_valid("3301221990010112")


def test_typed_coordinates_read_dms_and_say_what_is_wrong():
    lon, lat = read_point("119°35'07.9\"E", "北纬29度59分", "EPSG:4490")
    assert lon == pytest.approx(119.585528, abs=1e-5) and lat == pytest.approx(29.983333, abs=1e-5)
    assert read_point("461,000.5", "3,318,000", "EPSG:4549") == (461000.5, 3318000.0)
    assert "longitude" in read_point("abc", "30", "EPSG:4490")
    assert "latitude" in read_point("120", "95", "EPSG:4490")


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", "qingxi-2024")
    admin.features.add("villages", {"village_code": "V01", "name_zh": "青溪村",
                           "geom": shapely.box(X0, Y0, X0 + 2000, Y0 + 2000)})
    return admin


def test_the_form_refuses_bad_input_and_files_a_good_report(session, qtbot):
    form = IncidentForm(session, villages={"V01": "青溪村"})
    qtbot.addWidget(form)
    form.accept()
    assert form.incident_id is None and "place" in form.problems_label.text()
    assert "title" in form.problems_label.text()
    form.title.setText("路灯不亮")
    form.address.setText("青溪路12号")
    assert any("village" in p for p in form.problems())
    form.reporter_phone.setText("1381234")
    form.reporter_id.setText("330122199001011236")
    problems = " ".join(form.problems())
    assert "mobile" in problems and "ID number" in problems
    form.reporter_phone.setText("13812345678")
    form.reporter_id.setText("")
    form.crs_box.setCurrentIndex(form.crs_box.findData("EPSG:4490"))
    form.x_edit.setText("119°35'30\"E")
    form.y_edit.setText("29°59'N")
    assert form.problems() == []
    point = form.values()["geom"]
    assert X0 < point.x < X0 + 2000 and Y0 < point.y < Y0 + 2000
    form.accept()
    assert form.result() == 1 and form.incident_id is not None
    stored = session.features.get("incidents", form.incident_id)
    assert stored["village_code"] == "V01" and stored["address"] == "青溪路12号"
    assert stored["source"] == "phone" and stored["reporter_phone"] == "138****5678"


def test_likely_duplicates_on_intake(session, qtbot, monkeypatch):
    first = session.incidents.file_report({"category": "flooding", "title": "桥洞积水",
                                 "geom": shapely.Point(X0 + 500, Y0 + 500)})
    asked = []

    def as_duplicate(dialog):
        asked.append(dialog.found.index.tolist())
        dialog.choose("duplicate", 0)
        return 1

    monkeypatch.setattr(DuplicateChoice, "exec", as_duplicate)
    form = IncidentForm(session, (X0 + 550, Y0 + 500))
    qtbot.addWidget(form)
    form.category.setCurrentIndex(form.category.findData("flooding"))
    form.title.setText("桥下积水很深")
    form.accept()
    assert asked == [[first]]
    second = session.features.get("incidents", form.incident_id)
    assert second["status"] == "duplicate" and second["duplicate_of"] == first

    monkeypatch.setattr(DuplicateChoice, "exec", lambda d: d.reject() or 0)
    form = IncidentForm(session, (X0 + 560, Y0 + 500))
    qtbot.addWidget(form)
    form.category.setCurrentIndex(form.category.findData("flooding"))
    form.title.setText("又一次积水")
    form.accept()
    assert form.incident_id is None and len(session.features.read("incidents")) == 2  # cancelled

    far = IncidentForm(session, (X0 + 1900, Y0 + 1900))
    qtbot.addWidget(far)
    far.category.setCurrentIndex(far.category.findData("flooding"))
    far.title.setText("远处积水")
    far.accept()  # 200 m away at most: no question
    assert session.features.get("incidents", far.incident_id)["status"] == "new"


def test_deadlines_dialog_saves_only_changes(session, qtbot):
    dialog = DeadlinesDialog(session)
    qtbot.addWidget(dialog)
    dialog.boxes["noise"].setValue(2)
    assert dialog.changes() == {"noise": 2.0}
    dialog.accept()
    assert session.incidents.deadlines()["noise"] == 2.0
    assert len(session.audit.log(event="set_deadline")) == 1


# ---------------------------------------------------------------------------------------- import
MESSY = (
    "编号,类别,标题,问题描述,详细地址,经度,纬度,反映时间,联系电话\n"
    "RX-1,路灯故障,路灯不亮,村口三盏灯不亮,青溪路,\"119°35'07.9\"\"E\",\"29°59'01\"\"N\",2025/5/3 20:15,"
    "13812345678\n"
    "RX-2,积水内涝,桥洞积水,,石桥,119.5901,29.9862,2025-05-04 07:30,\n"
    "RX-3,噪音扰民,夜间施工,工地,青溪路,119.59,29.98\n"
    "RX-4,外星人,飞碟,,青溪路,119.59,29.98,2025-05-05,\n"
    "RX-5,垃圾清运,垃圾满了,,,12x.5,29.98,2025-05-05,\n"
    "RX-6,垃圾清运,垃圾桶坏了,,青溪路8号,,,2025-05-06 09:00,\n"
)


def test_import_a_messy_csv_through_the_mapping_dialog(session, tmp_path, qtbot):
    path = tmp_path / "热线导出.csv"
    path.write_bytes(MESSY.encode("gb18030"))
    dialog = ColumnMappingDialog(path, session, project_crs="EPSG:4549")
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert mapping["category"] == "类别" and mapping["lon"] == "经度" and mapping["lat"] == "纬度"
    assert mapping["reporter_phone"] == "联系电话" and mapping["description"] == "问题描述"
    assert dialog.preview.rowCount() == 6 and dialog.preview.item(0, 2).text() == "路灯不亮"
    assert len(dialog.records) == 3
    errors = dialog.errors
    assert [e.split(":")[0] for e in errors] == ["row 4", "row 5", "row 6"]
    assert "cells" in errors[0] and "外星人" in errors[1] and "longitude" in errors[2]
    assert dialog.error_list.count() == 3
    tinted = [dialog.preview.item(r, 0).background().color().name() for r in range(6)]
    assert tinted[:2] == ["#000000", "#000000"] and tinted[2:5] == ["#fde2e1"] * 3  # rows 4-6
    assert dialog.import_button.isEnabled()
    ids = dialog.import_rows()
    assert len(ids) == 3 and dialog.imported == ids
    stored = session.features.read("incidents").loc[ids]
    # the hotline's own numbers are kept beside the township's case numbers (one scheme for all)
    assert stored.source_number.tolist() == ["RX-1", "RX-2", "RX-6"]
    assert stored.case_number.str.fullmatch(r"QX-\d{4}-\d{5}").all() and stored.case_number.is_unique
    assert stored.category.tolist() == ["street_light", "flooding", "waste"]
    assert stored.village_code.iat[0] == "V01"  # the DMS point lies in the village
    assert stored.reporter_phone.iat[0] == "138****5678"
    assert "3 rows were left out" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    log = session.audit.log(event="import")
    assert len(log) == 1 and "热线导出.csv" in log.detail.iat[0]


def test_a_mapping_without_category_says_so(session, tmp_path, qtbot):
    path = tmp_path / "reports.csv"
    path.write_text("title,x,y\n路灯,461000,3319000\n", encoding="utf-8")
    dialog = ColumnMappingDialog(path, session)
    qtbot.addWidget(dialog)
    assert dialog.records == [] and "category" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping({"category": "title", "lon": "x", "lat": "y"})
    assert dialog.errors and "not known" in dialog.errors[0]


def test_an_environment_report_shows_the_sensors_near_it(demo_township, tmp_path, qtbot):
    from tests.demo_session import demo_service_session
    from widgets.incidents.detail import IncidentDetail

    session = demo_service_session(demo_township, tmp_path / "demo")
    incidents = session.features.read("incidents")
    readings_from = pd.Timestamp("2025-06-02", tz="UTC")
    chosen = incidents[(incidents.category == "environment") & (incidents.reported_at > readings_from)]
    detail = IncidentDetail(session)
    qtbot.addWidget(detail)
    shown = []
    for incident_id in chosen.index:
        detail.show_incident(int(incident_id))
        if detail.evidence.chart is not None and detail.evidence.chart.plots:
            shown.append(incident_id)
            break
    assert shown, "no environmental report of the demo has a sensor within 2 km"
    assert not detail.evidence.isHidden() and "2 km" in detail.evidence.title()
    noise = incidents[incidents.category == "noise"].index[0]
    detail.show_incident(int(noise))
    assert detail.evidence.isHidden()
