"""The map canvas's worker threads: a few long-lived Python threads taking jobs from one queue.

A fresh thread per job (``widgets.tasks.Task``) is right for a file load, but a refresh of the map
asks for a frame of every layer at once: starting eleven threads took the GUI thread 75-130 ms, each
``Thread.start`` waiting for its new thread to get the interpreter lock from the frames already
drawing. Here a job is put on a queue (microseconds) and :data:`THREADS` threads draw the frames.
They are plain Python threads, as ``widgets.tasks`` explains (PROJ and Qt's pool threads do not mix).
"""

from __future__ import annotations

import queue
import threading

from PySide6 import QtCore

THREADS = 3  # two cores to draw on, and one more so a slow layer does not hold up the others

_jobs: queue.SimpleQueue = queue.SimpleQueue()
_threads: list[threading.Thread] = []
_lock = threading.Lock()


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
        (task.returned if outcome == "returned" else task.errored)._call(value)
        task.finished._call()


_relay: _Relay | None = None


class PooledTask:
    """One call of ``fn`` on a pool thread; its callbacks run on the GUI thread, like the signals of
    :class:`widgets.tasks.Task` (``returned(result)``, ``errored(exception)``, then ``finished()``)."""

    def __init__(self, fn, *args) -> None:
        self._fn, self._args = fn, args
        self._done = threading.Event()
        self.returned, self.errored, self.finished = _Callbacks(), _Callbacks(), _Callbacks()

    def start(self) -> PooledTask:
        global _relay
        if _relay is None:  # made on the GUI thread, where start() is called
            _relay = _Relay()
        _start_threads()
        _jobs.put(self)
        return self

    def is_running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> None:
        self._done.wait(timeout)

    def _run(self) -> None:
        try:
            outcome, value = "returned", self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 — delivered to the GUI thread, never lost
            outcome, value = "errored", exc
        self._done.set()
        try:
            _relay.ended.emit(self, outcome, value)
        except RuntimeError:  # the application is gone
            pass


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
