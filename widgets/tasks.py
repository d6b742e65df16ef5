"""Background tasks on Python threads, with results delivered on the GUI thread, and the one runner that
keeps them (QGIS's ``QgsTaskManager``).

Why not QThreadPool: PROJ (through pyproj and GDAL) crashes in Qt's pool threads on this stack (seen as
segfaults and floating-point exceptions in ``pyproj.CRS`` after a file was read in a pool thread), while the
same work on Python threads is fine. Each task gets a fresh daemon thread; results and errors come back as
queued Qt signals.

Each task carries a cancel token, a :class:`~datasources.feedback.Feedback`, that its function really reads:
the function gets it as ``feedback=`` (or as its two callables ``progress=`` and ``is_cancelled=``, for the
functions written that way). A cancelled task never delivers a result, even one its function finished
computing: what it would have changed is never half-applied on the GUI thread.
"""

from __future__ import annotations

import threading
import time

from PySide6 import QtCore

from datasources.errors import Cancelled
from datasources.feedback import Feedback
from widgets.frame_pool import PooledTask


class Task(QtCore.QObject):
    """One call of ``fn`` on its own thread.

    Parameters
    ----------
    fn : callable
        Called as ``fn(*args, progress=..., is_cancelled=..., **kwargs)`` (``feedback="callables"``),
        ``fn(*args, feedback=Feedback, **kwargs)`` (``feedback="feedback"``) or ``fn(*args, **kwargs)``
        (``feedback=None``).
    name : str
        What the user sees in the task list.
    key : hashable, optional
        A new task with the same key in the same :class:`TaskRunner` cancels this one.

    Signals
    -------
    returned(object)
        The function's result (on the GUI thread), only when the task was not cancelled.
    errored(object)
        The exception it raised (on the GUI thread), only when the task was not cancelled.
    cancelled()
        The task stopped because it was cancelled (its result, if any, is dropped).
    progressed(float, str)
        Share done (0 to 1) and what is being done, as the function reports it.
    finished()
        After any of the above.
    """

    returned = QtCore.Signal(object)
    errored = QtCore.Signal(object)
    cancelled = QtCore.Signal()
    progressed = QtCore.Signal(float, str)
    finished = QtCore.Signal()

    def __init__(self, fn, *args, name: str = "", key=None, feedback: str | None = "callables",
                 **kwargs) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.name = name or getattr(fn, "__name__", "task")
        self.key = key
        self.feedback = Feedback(self._report)
        self.fraction = 0.0
        self.message = ""
        #: ``time.monotonic()`` when the function returned or raised, on its own thread (the GUI thread may
        #: hear ``finished`` later, when it was busy)
        self.ended_at: float | None = None
        self._style = feedback
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"task-{getattr(fn, '__name__', 'fn')}")

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the task to stop at its function's next check; its result will not be delivered."""
        self.feedback.cancel()

    def is_cancelled(self) -> bool:
        return self.feedback.is_cancelled()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Join the thread; True when it ended within ``timeout`` seconds."""
        if self._thread.ident is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _report(self, fraction: float, message: str) -> None:
        self.fraction = max(0.0, min(1.0, float(fraction)))
        self.message = message
        self._emit(self.progressed, self.fraction, message)

    def _call(self):
        if self._style == "callables":
            return self._fn(*self._args, progress=self.feedback.progress,
                            is_cancelled=self.feedback.is_cancelled, **self._kwargs)
        if self._style == "feedback":
            return self._fn(*self._args, feedback=self.feedback, **self._kwargs)
        return self._fn(*self._args, **self._kwargs)

    def _run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 — delivered to the GUI thread, never lost
            self.ended_at = time.monotonic()
            if self.is_cancelled() or isinstance(exc, Cancelled):
                self._emit(self.cancelled)
            else:
                self._emit(self.errored, exc)
        else:
            self.ended_at = time.monotonic()
            if self.is_cancelled():
                self._emit(self.cancelled)
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
    """A :class:`Task` for ``fn(*args, **kwargs)`` (not started, not kept by a runner)."""
    return Task(fn, *args, **kwargs)


class TaskRunner(QtCore.QObject):
    """The running tasks of one window: start, cancel by key, cancel all and join.

    Two kinds of task share the runner, its keys, :meth:`cancel_all` and :meth:`shutdown`: the tasks a
    person waits on (:meth:`start`: a thread each, listed in the status bar with a cancel button), and
    the map's short jobs (:meth:`start_pooled`: a frame or a layer's preparation, on the canvas's few
    pool threads, not listed; a new job with the same key, such as the next frame of a layer, cancels
    the one before).

    Signals
    -------
    added(Task), removed(Task)
        A listed task started; a listed task finished (on the GUI thread) and left the list.
    """

    added = QtCore.Signal(object)
    removed = QtCore.Signal(object)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[Task] = []
        #: the map's jobs on the pool threads (not listed in the status bar)
        self.pooled: list[PooledTask] = []

    def start(self, fn, *args, name: str = "", key=None, done=None, failed=None,
              feedback: str | None = "callables", **kwargs) -> Task:
        """Run ``fn`` in a new task; ``done(result)`` and ``failed(exc)`` are called on the GUI thread.

        A running task with the same ``key`` is cancelled first.
        """
        self.cancel(key)
        task = Task(fn, *args, name=name, key=key, feedback=feedback, **kwargs)
        if done is not None:
            task.returned.connect(done)
        if failed is not None:
            task.errored.connect(failed)
        task.finished.connect(lambda: self._finished(task))
        self.tasks.append(task)
        self.added.emit(task)
        task.start()
        return task

    def start_pooled(self, fn, *args, key=None, done=None, failed=None, finished=None) -> PooledTask:
        """Run ``fn(*args)`` (with ``feedback=`` when it takes one) on the map's pool threads, unlisted.

        A running task or job with the same ``key`` is cancelled first. ``done(result)``,
        ``failed(exc)`` and then ``finished(job)`` are called on the GUI thread; a cancelled job calls
        only ``finished``.
        """
        self.cancel(key)
        job = PooledTask(fn, *args, key=key)
        if done is not None:
            job.returned.connect(done)
        if failed is not None:
            job.errored.connect(failed)
        job.finished.connect(lambda: self._pooled_finished(job, finished))
        self.pooled.append(job)
        return job.start()

    def _pooled_finished(self, job: PooledTask, finished) -> None:
        # one slot: the job may be collected once it leaves the list, and a later slot of its
        # finished callbacks would then never run
        if job in self.pooled:
            self.pooled.remove(job)
        if finished is not None:
            finished(job)

    def _finished(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
            self.removed.emit(task)

    def cancel(self, key) -> None:
        """Cancel the running tasks and jobs started with ``key`` (nothing when ``key`` is None)."""
        if key is None:
            return
        for old in [*self.tasks, *self.pooled]:
            if old.key == key:
                old.cancel()

    def cancel_all(self) -> None:
        for task in [*self.tasks, *self.pooled]:
            task.cancel()

    def shutdown(self, timeout: float = 2.0) -> bool:
        """Cancel every task and job and join them within ``timeout`` seconds in all; True when all
        ended."""
        self.cancel_all()
        end = time.monotonic() + timeout
        running = [*self.tasks, *self.pooled]
        return all([task.wait(max(0.0, end - time.monotonic())) for task in running])
