"""An import of 2,000 Open311 requests runs as a task in the status bar; a click on its cancel button stops
it while the reports are being written, and the store has none of them (one transaction) (pytest-qt).

The time from the click to the task's ``finished`` signal is recorded, never asserted (it depends on the
machine); what is asserted is that the import stopped cancelled and nothing was imported.
"""

from __future__ import annotations

import json
import time

import pytest
from pyproj import Transformer
from PySide6 import QtCore

from tests.console.test_incident_desk import PASSWORD, X0, Y0, store, window  # noqa: F401 — fixtures

pytest.importorskip("pytestqt")

COUNT = 2000


def _requests(path, count: int = COUNT):
    to_lonlat = Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True)
    requests = []
    for i in range(count):
        lon, lat = to_lonlat.transform(X0 + 100 + (i % 40) * 45, Y0 + 100 + (i // 40) * 35)
        requests.append({"service_request_id": f"HOT-2024-{i:05d}", "service_code": "street_light",
                         "description": f"路灯不亮 {i}", "lat": lat, "long": lon,
                         "requested_datetime": f"2024-05-{1 + i % 28:02d}T08:00:00+08:00"})
    path.write_text(json.dumps(requests, ensure_ascii=False), encoding="utf-8")
    return path


def _count(township) -> int:
    return len(township.login("wang", PASSWORD).features.read("incidents"))


def test_an_import_of_2000_reports_stops_at_the_cancel_click(window, store, qtbot, tmp_path,  # noqa: F811
                                                            record_property):
    before = _count(store)
    path = _requests(tmp_path / "hotline.json")
    seen: dict = {}

    def click_when_writing() -> None:
        task = seen.get("task")
        if task is None or not task.message.startswith("importing"):
            return
        poll.stop()
        row = window.task_list.row_for(task)
        seen["clicked"] = time.monotonic()
        qtbot.mouseClick(row.cancel_button, QtCore.Qt.MouseButton.LeftButton)

    def added(task) -> None:
        seen["task"] = task
        task.cancelled.connect(lambda: seen.setdefault("events", []).append("cancelled"))
        task.returned.connect(lambda _r: seen.setdefault("events", []).append("returned"))
        task.finished.connect(lambda: seen.setdefault("finished", time.monotonic()))

    window.tasks.added.connect(added)
    poll = QtCore.QTimer(interval=2)
    poll.timeout.connect(click_when_writing)
    poll.start()
    assert window.desks["incidents"].import_open311(path) is None
    qtbot.waitUntil(lambda: "finished" in seen, timeout=30_000)  # its own slot may come a turn later
    assert "clicked" in seen, window.message_bar.history
    seconds = seen["finished"] - seen["clicked"]
    record_property("cancel_import_2000_reports_s", round(seconds, 3))
    print(f"import of {COUNT} reports: click to finished {seconds:.3f} s")
    assert seen["events"] == ["cancelled"]
    assert _count(store) == before
    assert not window._workers


def test_the_same_import_not_cancelled_files_every_report(window, store, qtbot, tmp_path):  # noqa: F811
    before = _count(store)
    ids = window.desks["incidents"].import_open311(_requests(tmp_path / "hotline.json", 200))
    assert len(ids) == 200 and _count(store) == before + 200


def _table(path, count: int = COUNT):
    """A hotline table of ``count`` rows in degrees, as an office exports it."""
    to_lonlat = Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True)
    lines = ["类别,标题,经度,纬度"]
    for i in range(count):
        lon, lat = to_lonlat.transform(X0 + 100 + (i % 40) * 45, Y0 + 100 + (i // 40) * 35)
        lines.append(f"路灯故障,路灯不亮 {i},{lon:.6f},{lat:.6f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_in_the_dialog(monkeypatch, seen: dict) -> None:
    """The column-mapping dialog opens on the table and its Import button is clicked."""
    def click_import(dialog):
        seen["dialog"] = dialog
        assert len(dialog.records) == seen.get("rows", COUNT)
        dialog.import_button.click()
        seen["returned"] = list(dialog.imported)
        return 0

    monkeypatch.setattr("widgets.column_mapping_dialog.ColumnMappingDialog.exec", click_import)


@pytest.mark.parametrize("button", ["status bar", "dialog"])
def test_a_table_import_of_2000_rows_stops_at_either_cancel_button(button, window, store, qtbot, tmp_path,  # noqa: F811
                                                                 monkeypatch, record_property):
    before = _count(store)
    seen: dict = {}
    _import_in_the_dialog(monkeypatch, seen)

    def click_when_writing() -> None:
        task = seen.get("task")
        if task is None or not task.message.startswith("importing"):
            return
        poll.stop()
        seen["progress_shown"] = seen["dialog"].progress.isVisibleTo(seen["dialog"])
        target = (window.task_list.row_for(task).cancel_button if button == "status bar"
                  else seen["dialog"].stop_button)
        seen["clicked"] = time.monotonic()
        qtbot.mouseClick(target, QtCore.Qt.MouseButton.LeftButton)

    def added(task) -> None:
        seen["task"] = task
        task.cancelled.connect(lambda: seen.setdefault("events", []).append("cancelled"))
        task.returned.connect(lambda _r: seen.setdefault("events", []).append("returned"))
        task.finished.connect(lambda: seen.setdefault("finished", time.monotonic()))

    window.tasks.added.connect(added)
    poll = QtCore.QTimer(interval=2)
    poll.timeout.connect(click_when_writing)
    poll.start()
    window.desks["incidents"].import_table(_table(tmp_path / "热线.csv"))
    assert "clicked" in seen, window.message_bar.history
    seconds = seen["finished"] - seen["clicked"]
    record_property(f"cancel_table_import_{button.replace(' ', '_')}_s", round(seconds, 3))
    print(f"table import of {COUNT} rows ({button}): click to finished {seconds:.3f} s")
    assert seen["events"] == ["cancelled"] and seen["progress_shown"]
    assert seen["returned"] == [] and _count(store) == before
    dialog = seen["dialog"]
    assert "stopped" in dialog.summary.text() and dialog.import_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog) and not window._workers


def test_the_same_table_import_not_cancelled_files_every_row(window, store, qtbot, tmp_path,  # noqa: F811
                                                            monkeypatch):
    before = _count(store)
    seen: dict = {"rows": 200}
    _import_in_the_dialog(monkeypatch, seen)
    fractions = []
    window.tasks.added.connect(lambda task: task.progressed.connect(lambda f, _m: fractions.append(f)))
    window.desks["incidents"].import_table(_table(tmp_path / "热线.csv", 200))
    assert len(seen["returned"]) == 200 and _count(store) == before + 200
    assert fractions and max(fractions) >= 0.5  # the import reported how far it got
    assert "Imported 200 reports." in seen["dialog"].summary.text()
    assert len(window.desks["incidents"].layer.data) == before + 200
