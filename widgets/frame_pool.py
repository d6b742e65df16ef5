"""The map canvas's worker threads: a few long-lived Python threads taking jobs from one queue.

A fresh thread per job (``widgets.tasks.Task``) is right for a file load, but a refresh of the map
asks for a frame of every layer at once: starting eleven threads took the GUI thread 75-130 ms, each
``Thread.start`` waiting for its new thread to get the interpreter lock from the frames already
drawing. Here a job is put on a queue (microseconds) and :data:`THREADS` threads draw the frames.
They are plain Python threads, as ``widgets.tasks`` explains (PROJ and Qt's pool threads do not mix).

A job carries its cancel token, a :class:`~datasources.feedback.Feedback`, like every task of
:class:`widgets.tasks.TaskRunner` (which starts these jobs): a job cancelled while it waits in the queue
never runs, one cancelled while it runs stops at its function's next look at the token, and a cancelled
job never delivers a result.
"""

from __future__ import annotations

import inspect
import queue
import threading
import time

from PySide6 import QtCore

from datasources.errors import Cancelled
from datasources.feedback import Feedback

THREADS = 3  # two cores to draw on, and one more so a slow layer does not hold up the others

_jobs: queue.SimpleQueue = queue.SimpleQueue()
_threads: list[threading.Thread] = []
_lock = threading.Lock()
_takes_feedback: dict = {}


class _Callbacks:
    """What a signal offers a caller: ``connect(fn)``; called on the GUI thread by the relay."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list = []

    def connect(self, slot) -> None:
        self._slots.append(slot)

    def _call(self, *args) -> None:
        for slot in self._slots:
            slot(*args)


class _Relay(QtCore.QObject):
    """The one Qt object the pool threads emit on: ``ended(task, outcome, value)`` reaches the GUI
    thread queued. A per-job QObject would be released by whichever thread held it last, sometimes a
    pool thread while the GUI thread still delivered its signals; this one lives as long as the app."""

    ended = QtCore.Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.ended.connect(self._deliver)

    @staticmethod
    def _deliver(task, outcome: str, value) -> None:
        if outcome == "returned" and task.is_cancelled():  # cancelled while its result was on its way
            outcome = task.outcome = "dropped"
        if outcome in ("skipped", "stopped", "dropped"):
            outcome = "cancelled"
        if outcome == "cancelled":
            task.cancelled._call()
        else:
            (task.returned if outcome == "returned" else task.errored)._call(value)
        task.finished._call()


_relay: _Relay | None = None


def takes_feedback(fn) -> bool:
    """True when ``fn`` accepts a ``feedback`` keyword (then it is handed the job's cancel token)."""
    try:
        return _takes_feedback[fn]
    except (KeyError, TypeError):
        pass
    try:
        answer = "feedback" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        answer = False
    try:
        _takes_feedback[fn] = answer
    except TypeError:  # not hashable
        pass
    return answer


def call_with_feedback(fn, args, feedback: Feedback):
    """``fn(*args)``, with ``feedback=`` when ``fn`` takes it."""
    if takes_feedback(fn):
        return fn(*args, feedback=feedback)
    return fn(*args)


class PooledTask:
    """One call of ``fn`` on a pool thread; its callbacks run on the GUI thread, like the signals of
    :class:`widgets.tasks.Task` (``returned(result)``, ``errored(exception)`` or ``cancelled()``, then
    ``finished()``). ``fn`` gets the task's :attr:`feedback` as ``feedback=`` when it takes one."""

    def __init__(self, fn, *args, key=None) -> None:
        self._fn, self._args = fn, args
        self.key = key
        self.feedback = Feedback()
        #: ``time.monotonic()`` when a pool thread took the job, and when its function returned, raised
        #: or was skipped
        self.started_at: float | None = None
        self.ended_at: float | None = None
        #: how it ended: ``returned``, ``errored``, ``stopped`` (the function saw the cancel and raised
        #: Cancelled), ``skipped`` (cancelled before it started) or ``dropped`` (cancelled, but its
        #: function ran to the end: the result is not delivered)
        self.outcome: str | None = None
        self._done = threading.Event()
        self.returned, self.errored, self.finished = _Callbacks(), _Callbacks(), _Callbacks()
        self.cancelled = _Callbacks()

    def start(self) -> PooledTask:
        global _relay
        if _relay is None:  # made on the GUI thread, where start() is called
            _relay = _Relay()
        _start_threads()
        _jobs.put(self)
        return self

    def cancel(self) -> None:
        """Ask the job to stop (or not to start); its result will not be delivered."""
        self.feedback.cancel()

    def is_cancelled(self) -> bool:
        return self.feedback.is_cancelled()

    def is_running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the job to end on its thread; True when it did within ``timeout`` seconds."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        self.started_at = time.monotonic()
        if self.is_cancelled():
            self.outcome, value = "skipped", None
        else:
            try:
                self.outcome, value = "returned", call_with_feedback(self._fn, self._args, self.feedback)
            except Cancelled:
                self.outcome, value = "stopped", None
            except BaseException as exc:  # noqa: BLE001 — delivered to the GUI thread, never lost
                self.outcome, value = "errored", exc
            if self.is_cancelled() and self.outcome != "stopped":
                self.outcome, value = "dropped", None
        outcome = self.outcome
        self._fn = self._args = None  # keep no layer alive through a finished job
        self.ended_at = time.monotonic()
        self._done.set()
        try:
            _relay.ended.emit(self, outcome, value)
        except RuntimeError:  # the application is gone
            pass


class _Call:
    """One call run on a pool thread for a caller that waits for it (see :func:`run_together`)."""

    __slots__ = ("args", "done", "fn", "outcome", "value")

    def __init__(self, fn, args) -> None:
        self.fn, self.args, self.done = fn, args, threading.Event()
        self.outcome, self.value = "returned", None

    def _run(self) -> None:
        try:
            self.value = call_with_feedback(self.fn, self.args, Feedback())
        except BaseException as exc:  # noqa: BLE001 — handed to the waiting caller
            self.outcome, self.value = "errored", exc
        self.done.set()


def run_together(calls: list[tuple]) -> list[tuple[str, object]]:
    """Run the ``(fn, args)`` of ``calls`` on the pool threads at once and wait for them all; their
    ``(outcome, value)`` in the same order (``"returned"`` and the result, or ``"errored"`` and the
    exception). A synchronous canvas prepares and draws its layers so, side by side on the cores."""
    if len(calls) == 1:
        one = _Call(*calls[0])
        one._run()
        return [(one.outcome, one.value)]
    _start_threads()
    jobs = [_Call(fn, args) for fn, args in calls]
    for job in jobs:
        _jobs.put(job)
    for job in jobs:
        job.done.wait()
    return [(job.outcome, job.value) for job in jobs]


def _work() -> None:
    while True:
        job = _jobs.get()
        job._run()
        del job  # keep no reference while waiting


def _start_threads() -> None:
    if len(_threads) >= THREADS:
        return
    with _lock:
        while len(_threads) < THREADS:
            thread = threading.Thread(target=_work, daemon=True, name=f"map-frames-{len(_threads)}")
            thread.start()
            _threads.append(thread)
