"""Long tasks are listed in the status bar, each with its own cancel button, and a click on it stops the task
at its next check with nothing half-applied (pytest-qt).

The time from the click to the task's ``finished`` signal is recorded (``record_property`` and the output
with ``-s``), never asserted: it depends on the machine. What is asserted is that the task stopped cancelled
instead of completing, and that nothing of it reached the project.
"""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6 import QtCore  # noqa: E402

LEFT = QtCore.Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, monkeypatch):
    from console.app import create_window

    win = create_window([])
    qtbot.addWidget(win)
    monkeypatch.setattr(win.files, "confirm_discard", lambda: True)
    yield win
    win.tasks.cancel_all()
    qtbot.waitUntil(lambda: not win._workers, timeout=60_000)


class Outcome:
    """What a task did: returned, cancelled, errored, and when it finished."""

    def __init__(self, task) -> None:
        self.events: list[str] = []
        self.finished_at: float | None = None
        task.returned.connect(lambda _r: self.events.append("returned"))
        task.cancelled.connect(lambda: self.events.append("cancelled"))
        task.errored.connect(lambda exc: self.events.append(f"errored: {exc}"))
        task.finished.connect(self._finished)

    def _finished(self) -> None:
        self.finished_at = time.monotonic()


def cancel_by_click(qtbot, window, task, outcome: Outcome) -> float:
    """Click the task's own cancel button in the status bar; returns seconds from the click to finished."""
    task_list = window.task_list
    row = task_list.row_for(task)
    if row is None or not row.isVisible():  # several tasks: open the list first
        qtbot.mouseClick(task_list.more_button, LEFT)
        row = task_list.row_for(task)
    assert row is not None and row.task is task
    clicked = time.monotonic()
    qtbot.mouseClick(row.cancel_button, LEFT)
    qtbot.waitUntil(lambda: outcome.finished_at is not None, timeout=30_000)
    print(f"  {task.name}: its function stopped {task.ended_at - clicked:.3f} s after the click")
    return outcome.finished_at - clicked


def slow(steps: int, progress, is_cancelled, pause: float = 0.01):
    """A task of ``steps`` short steps that checks for cancellation between them."""
    for i in range(steps):
        if is_cancelled():
            from datasources.errors import Cancelled

            raise Cancelled()
        progress(i / steps, "working")
        time.sleep(pause)
    return steps


def test_opening_a_million_points_stops_at_the_cancel_click(window, qtbot, record_property):
    from benchmarks.synthetic import points_gpkg

    path = points_gpkg(1_000_000)
    for _attempt in range(3):  # a GUI thread held up (the window's first drawing) may see the read only done
        task = window.files.open_paths([path])
        outcome = Outcome(task)
        assert window.task_list.row_for(task).isVisibleTo(window)  # one task: the compact entry
        qtbot.waitUntil(lambda task=task, outcome=outcome: task.message.startswith("Reading")
                        or outcome.finished_at is not None, timeout=60_000)
        if outcome.finished_at is None:
            break
        assert outcome.events == ["returned"], outcome.events  # read whole before the test could click
        window.project.layers.clear()
        qtbot.waitUntil(lambda: not window.task_list.isVisibleTo(window), timeout=30_000)
    assert outcome.finished_at is None, "the read was over before the cancel button could be clicked, 3 times"
    seconds = cancel_by_click(qtbot, window, task, outcome)
    record_property("cancel_open_1m_points_s", round(seconds, 3))
    print(f"open 1M points: click to finished {seconds:.3f} s")
    assert outcome.events == ["cancelled"]
    qtbot.wait(50)  # anything queued after the task would land now
    assert len(window.project.layers) == 0
    assert not window.task_list.isVisibleTo(window)


def test_the_deferred_validity_check_stops_at_the_cancel_click(window, qtbot, record_property):
    from benchmarks.synthetic import polygons_gpkg

    checks = []
    window.tasks.added.connect(lambda task: checks.append(task)
                               if task.name == window.files.tr("Checking geometry") else None)
    window.files.open_paths([polygons_gpkg(100_000)])
    qtbot.waitUntil(lambda: bool(checks), timeout=120_000)
    (task,) = checks
    outcome = Outcome(task)
    qtbot.waitUntil(lambda: task.message != "", timeout=30_000)  # past its first check, into the work
    layer = window.project.layers[0]
    seconds = cancel_by_click(qtbot, window, task, outcome)
    record_property("cancel_validity_100k_polygons_s", round(seconds, 3))
    print(f"validity check of 100k polygons: click to finished {seconds:.3f} s")
    assert outcome.events == ["cancelled"]
    qtbot.wait(50)
    assert not layer.validity_checked and layer.problem_count == 0


def test_two_tasks_each_keep_their_own_cancel_button(window, qtbot):
    results = []
    first = window.run_task(slow, 2000, label="first")
    second = window.run_task(slow, 30, label="second", done=results.append)
    first_outcome, second_outcome = Outcome(first), Outcome(second)
    assert window.task_list.more_button.isVisibleTo(window)
    cancel_by_click(qtbot, window, first, first_outcome)
    assert first_outcome.events == ["cancelled"]
    qtbot.waitUntil(lambda: second_outcome.finished_at is not None, timeout=30_000)
    assert second_outcome.events == ["returned"] and results == [30]
    assert not window._workers


def test_a_new_task_with_the_same_key_cancels_the_previous_one(window, qtbot):
    results = []
    old = window.run_task(slow, 2000, label="refresh", key="desk", done=results.append)
    old_outcome = Outcome(old)
    new = window.run_task(slow, 5, label="refresh", key="desk", done=results.append)
    new_outcome = Outcome(new)
    qtbot.waitUntil(lambda: None not in (old_outcome.finished_at, new_outcome.finished_at), timeout=30_000)
    assert (old_outcome.events, new_outcome.events) == (["cancelled"], ["returned"])
    assert results == [5]


def test_a_result_computed_after_the_click_is_dropped(window, qtbot):
    """A function that never checks still finishes, but its result is not applied."""
    gate = threading.Event()
    applied = []
    task = window.run_task(lambda progress, is_cancelled: gate.wait(30) and "result", label="deaf",
                           done=applied.append)
    outcome = Outcome(task)
    window.task_list.row_for(task).cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: outcome.finished_at is not None, timeout=30_000)
    assert outcome.events == ["cancelled"] and applied == []


def test_closing_the_window_cancels_and_joins_every_task(window, qtbot):
    tasks = [window.run_task(slow, 100_000, label=f"task {i}") for i in range(3)]
    assert window.close()
    assert all(task.is_cancelled() for task in tasks)
    assert not any(task.is_running() for task in tasks)
