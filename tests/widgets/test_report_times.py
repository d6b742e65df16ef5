"""One time zone on screen, the township's (Beijing time, UTC+8), stated, whatever the workstation's zone:
the form offers and reads it, and the detail, the queue, the history and the audit log show it. Run with the
process in UTC and in New York (where 21:16 in Qingxi is 08:16 or 09:16 the same day)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import argon2
import pandas as pd
import pytest
import shapely

from datasources.store import TownshipStore
from datasources.store.admin import init_store

pytest.importorskip("pytestqt")

from PySide6 import QtCore, QtWidgets  # noqa: E402

from widgets.incidents.detail import IncidentDetail  # noqa: E402
from widgets.incidents.form import IncidentForm  # noqa: E402
from widgets.incidents.queue_model import COLUMNS, IncidentQueueModel  # noqa: E402
from widgets.store.audit_log import AuditLogDialog  # noqa: E402

X0, Y0 = 460_000.0, 3_318_000.0
SHANGHAI = ZoneInfo("Asia/Shanghai")
CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(params=["UTC", "America/New_York"])
def workstation_zone(request, monkeypatch):
    """The process's zone (TZ), as Qt and Python see it."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    zone = ZoneInfo(request.param)
    # proof that the zone took effect, or the test would prove nothing
    assert QtCore.QDateTime.currentDateTime().offsetFromUtc() == \
        datetime.now(zone).utcoffset().total_seconds()
    yield zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", "qingxi-2024")
    admin.features.add("villages", {"village_code": "V01", "name_zh": "青溪村",
                           "geom": shapely.box(X0, Y0, X0 + 2000, Y0 + 2000)})
    return admin


def form_label(form: IncidentForm, field: QtWidgets.QWidget) -> str:
    for layout in form.findChildren(QtWidgets.QFormLayout):
        label = layout.labelForField(field)
        if label is not None:
            return label.text()
    return ""


def test_the_form_offers_and_reads_township_time(workstation_zone, session, qtbot):
    form = IncidentForm(session, (X0 + 500, Y0 + 500))
    qtbot.addWidget(form)
    assert form_label(form, form.reported_at) == "Reported at (Beijing time, UTC+8)"
    offered = datetime.strptime(form.reported_at.text(), "%Y-%m-%d %H:%M").replace(tzinfo=SHANGHAI)
    assert abs(offered - datetime.now(SHANGHAI)) < timedelta(minutes=2)  # not the workstation's clock
    # The user types 21:16 of 1 June: that is 13:16 UTC wherever the workstation is.
    form.reported_at.setFocus()
    form.reported_at.setSelectedSection(QtWidgets.QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(form.reported_at, "202506012116")  # each section moves on when full
    assert form.reported_at.text() == "2025-06-01 21:16"
    qtbot.keyClicks(form.title, "street light out")
    form.accept()
    assert form.incident_id is not None, form.problems_label.text()
    stored = session.features.get("incidents", form.incident_id)
    assert pd.Timestamp(stored["reported_at"]) == pd.Timestamp("2025-06-01 13:16", tz="UTC")
    assert stored["case_number"] == "QX-2025-00001"  # numbered by the year it was reported in


def test_detail_queue_history_and_audit_log_show_township_time(workstation_zone, session, qtbot):
    reported = datetime(2025, 6, 1, 13, 16, tzinfo=UTC)  # 21:16 in Qingxi
    incident = session.incidents.file_report({"category": "noise", "geom": shapely.Point(X0 + 50, Y0 + 50),
                                    "reported_at": reported})
    detail = IncidentDetail(session)
    qtbot.addWidget(detail)
    detail.show_incident(incident)
    assert detail.fields["reported"].text() == "2025-06-01 21:16 UTC+8"
    assert detail.fields["due"].text().startswith("2025-06-04 21:16 UTC+8")  # noise: 3 days

    model = IncidentQueueModel(session.features.read("incidents"), now=lambda: reported + timedelta(hours=5))
    age = model.index(0, COLUMNS.index("age"))
    assert model.data(age) == "5 h"
    assert model.data(age, QtCore.Qt.ItemDataRole.ToolTipRole) == \
        "Reported at 2025-06-01 21:16 (Beijing time, UTC+8)"
    assert model.data(model.index(0, COLUMNS.index("due")), QtCore.Qt.ItemDataRole.ToolTipRole) == \
        "Due by 2025-06-04 21:16 (Beijing time, UTC+8)"

    filed = pd.Timestamp(session.incidents.history(incident)["time"].iloc[0]).tz_convert(SHANGHAI)
    assert detail.history.item(0).text().startswith(filed.strftime("%Y-%m-%d %H:%M") + " · wang")

    log = AuditLogDialog(session)
    qtbot.addWidget(log)
    assert log.model.headerData(1, QtCore.Qt.Orientation.Horizontal) == "Time (Beijing time, UTC+8)"
    record = log.model.record(0)
    shown = log.model.data(log.model.index(0, 1))
    assert shown == pd.Timestamp(record["time"]).tz_convert(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
    # A day picked in the filter is the township's day (between 16:00 and 24:00 UTC it is already the
    # next day in Qingxi): the record is found by its Qingxi day and not by the day before.
    day = pd.Timestamp(record["time"]).tz_convert(SHANGHAI).date()
    def shown_records() -> int:  # each look at the log is itself recorded, so those are left out
        return sum(log.model.record(row)["event"] != "view_audit" for row in range(log.model.rowCount()))

    count = shown_records()
    for edit in (log.since, log.until):
        edit.setDate(QtCore.QDate(day.year, day.month, day.day))
    assert shown_records() == count > 0
    for edit in (log.since, log.until):
        before = day - timedelta(days=1)
        edit.setDate(QtCore.QDate(before.year, before.month, before.day))
    assert log.model.rowCount() == 0
