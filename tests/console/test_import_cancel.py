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
