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


class PooledTask(QtCore.QObject):
    """One call of ``fn`` on a pool thread; signals as :class:`widgets.tasks.Task`.

    Signals
    -------
    returned(object)
        The function's result (on the GUI thread).
    errored(object)
        The exception it raised (on the GUI thread).
    finished()
        After either of the above.
    """

    returned = QtCore.Signal(object)
    errored = QtCore.Signal(object)
    finished = QtCore.Signal()

    def __init__(self, fn, *args) -> None:
        super().__init__()
        self._fn, self._args = fn, args
        self._done = threading.Event()

    def start(self) -> PooledTask:
        _start_threads()
        _jobs.put(self)
        return self

    def is_running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> None:
        self._done.wait(timeout)

    def _run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 — delivered to the GUI thread, never lost
            self._emit(self.errored, exc)
        else:
            self._emit(self.returned, result)
        self._done.set()
        self._emit(self.finished)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiver (a closed window) is gone
            pass


def _work() -> None:
    while True:
        job = _jobs.get()
        job._run()
        del job  # the GUI thread owns the task; keep no reference while waiting


def _start_threads() -> None:
    if len(_threads) >= THREADS:
        return
    with _lock:
        while len(_threads) < THREADS:
            thread = threading.Thread(target=_work, daemon=True, name=f"map-frames-{len(_threads)}")
            thread.start()
            _threads.append(thread)
