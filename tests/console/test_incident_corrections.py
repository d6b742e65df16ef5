"""The desk's named corrections in the real window: the office corrects a report's deadline through
Incidents > Correct report… with a reason (a blank reason is refused in the dialog and nothing changes); the
attribute table's plain edit of the same field is refused by the store; a village officer is not offered the
correction and the store refuses it anyway."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import argon2
import pytest
import shapely
from PySide6 import QtWidgets

from datasources.errors import PermissionDenied, WorkflowRefused
from datasources.incident_vocabulary import PROTECTED_FIELDS
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.incident_intake import DESK_FIELDS, WORKFLOW_FIELDS

pytest.importorskip("pytestqt")

from console.app import create_window  # noqa: E402
from widgets.incidents.correction_dialog import CorrectionDialog  # noqa: E402
from widgets.township_time import edit_time  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
X0, Y0 = 460_000.0, 3_318_000.0


@pytest.fixture
def store(tmp_path, monkeypatch) -> TownshipStore:
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(tmp_path / "township.gpkg")
    store = TownshipStore(tmp_path / "township.gpkg", hasher=CHEAP)
    admin = store.create_administrator("wang", PASSWORD)
    admin.features.add("villages", {"village_code": "V01", "name_zh": "青溪村",
                                    "geom": shapely.box(X0, Y0, X0 + 2000, Y0 + 2000)})
    admin.incidents.file_report({"category": "waste", "title": "垃圾没人清运", "source": "phone",
                                 "geom": shapely.Point(X0 + 300, Y0 + 500)})
    admin.accounts.add("cun", PASSWORD, "village_officer", "V01")
    return store


def _window(qtbot, session):
    window = create_window([])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.log_in(session)
    return window, window.desks["incidents"]


def test_the_office_corrects_a_deadline_with_a_reason(store, qtbot, monkeypatch):
    window, desk = _window(qtbot, store.login("wang", PASSWORD))
    desk.select(1)
    later = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=20)
    tries = []

    def fill(dialog: CorrectionDialog):
        dialog.choose("due_at")
        edit = dialog.times["due_at"]
        edit.setDateTime(edit_time(later))  # typed as the township's wall-clock time
        dialog.accept()  # no reason yet: the store refuses, the dialog says why and stays
        tries.append(dialog.error.text())
        dialog.reason.setText("等配件到货")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", fill)
    assert desk.correct_action.isEnabled()
    desk.correct_action.trigger()
    assert "reason" in tries[0]
    admin = store.login("wang", PASSWORD)
    row = admin.features.get("incidents", 1)
    assert row["due_at"] == later and row["version"] == 2
    assert admin.incidents.history(1)["note"].iloc[-1].endswith("等配件到货")
    assert list(admin.audit.log(event="correct")["outcome"]) == ["ok", "refused"]
    with pytest.raises(WorkflowRefused):  # the attribute table's way to the same field
        admin.features.update("incidents", 1, {"due_at": later + timedelta(days=9)}, 2)


def test_a_village_officer_is_not_offered_the_correction(store, qtbot):
    officer = store.login("cun", PASSWORD)
    window, desk = _window(qtbot, officer)
    assert not desk.correct_action.isEnabled()
    with pytest.raises(PermissionDenied):
        officer.incidents.recategorise(1, "noise", "misfiled", 1)
    assert isinstance(window, QtWidgets.QMainWindow)


def test_the_attribute_table_does_not_offer_the_desks_fields(store, qtbot):
    window, _ = _window(qtbot, store.login("wang", PASSWORD))
    table = window.open_table(window.desks["store"].add_layer("incidents"))
    assert {"title", "description", "address"} <= table.model.editable_columns
    assert not table.model.editable_columns & set(PROTECTED_FIELDS)
    assert set(PROTECTED_FIELDS) == {*WORKFLOW_FIELDS, *DESK_FIELDS}  # one list for the table and the store
