"""Background tasks on Python threads, with results delivered on the GUI thread.

Why not QThreadPool: PROJ (through pyproj and GDAL) crashes in Qt's pool threads on this stack (seen as
segfaults and floating-point exceptions in ``pyproj.CRS`` after a file was read in a pool thread), while the
same work on Python threads is fine. Each task gets a fresh daemon thread; results and errors come back as
queued Qt signals.
"""

from __future__ import annotations

import threading

from PySide6 import QtCore


class Task(QtCore.QObject):
    """One call of ``fn`` on its own thread.

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

    def __init__(self, fn, *args, **kwargs) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.cancelled = False
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"task-{fn.__name__}")

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the task to stop (functions that take ``is_cancelled`` see it)."""
        self.cancelled = True

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 — delivered to the GUI thread, never lost
            self._emit(self.errored, exc)
        else:
            self._emit(self.returned, result)
        self._emit(self.finished)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiver (a closed window) is gone
            pass


def start_task(fn, *args, **kwargs) -> Task:
    """Run ``fn(*args, **kwargs)`` on a new thread; connect to the returned Task's signals."""
    return Task(fn, *args, **kwargs)

