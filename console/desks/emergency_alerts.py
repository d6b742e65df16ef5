"""The emergency desk's alerts: the alert board dock (when the role may see alerts) and the rules watching
the readings (when it may raise them: the store keeps one alert per episode, whichever console raised it
first).

The rules take each batch on one worker thread of their own (the batches in order), never on the window's
thread; the board reads the store again, in a thread of its own, when an alert was raised or ended.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6 import QtCore

from console.desks.emergency_feed import AlertBridge, feed_choice
from console.workbench import DockArea
from datasources.store.permissions import Action, Right


class AlertWatch(QtCore.QObject):
    """The board (``board``, None when the role may not see alerts), its dock, and the rules (``engine``,
    None when the role may not raise alerts).

    Parameters
    ----------
    workbench : Workbench
    session
        The store session of the user logged in.
    sensors : DataFrame
        The store's sensors (``sensor_id``, ``kind``, ``village_code``).
    """

    def __init__(self, workbench, session, sensors, parent=None) -> None:
        super().__init__(parent)
        self.workbench, self.session = workbench, session
        self.board = self.engine = self.board_dock = None
        self._worker: ThreadPoolExecutor | None = None
        self._jobs = None
        self.bridge = AlertBridge(self)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self.bridge.changed.connect(lambda: self.board is not None and self.board.refresh_soon(), queued)
        self.bridge.failed.connect(self._failed, queued)
        if not session.can(Action(Right.SEE_ALERTS), session.caller.village_code):
            return
        from layers.emergency.alert_rules import AlertEngine, demo_rules
        from widgets.emergency.alert_board import AlertBoard

        choice = feed_choice()
        self.board = AlertBoard(session, workbench=workbench, broker=choice.broker, topic=choice.cap_topic)
        self.board.failed.connect(workbench.push_exception)
        self.board.new_alerts.connect(self._raised)
        self.board_dock = workbench.add_dock(self.tr("Alert board"), self.board, DockArea.RIGHT)
        if session.alerts.may_handle(session.caller.village_code):
            frame = sensors.rename(columns={"sensor_id": "sensor_code"})
            self.engine = AlertEngine(demo_rules(), frame[[c for c in ("sensor_code", "kind", "village_code")
                                                           if c in frame.columns]])
            from layers.emergency.alert_rules import warm_up

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="township-alerts")
            self._jobs = self._worker.submit(warm_up)  # the indices' kernels load off the GUI

    def check(self, parts) -> None:
        """Hand the rules the batches ``parts`` (:class:`~layers.emergency.sensor_layer.ReadingArrays`, in
        order): the rules take their arrays on the worker, with no table made."""
        if self.engine is None:
            return
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="township-alerts")
        self._jobs = self._worker.submit(self._step, self.engine, list(parts))

    def _step(self, engine, parts) -> None:  # on the alert worker
        from layers.emergency.sensor_layer import ReadingArrays

        try:
            episodes = engine.feed(ReadingArrays.joined(parts))
            if not episodes:
                return
            alerts = self.session.alerts
            alerts.raise_episodes(episodes)
            for episode in episodes:
                if episode.end is not None:
                    alerts.episode_ended(episode)
        except Exception as exc:  # noqa: BLE001 — a refusal is said, the feed goes on
            self.bridge.failed.emit(exc)
            return
        self.bridge.changed.emit()

    def _failed(self, exc) -> None:
        self.engine = None  # not again for every batch
        self.workbench.push_exception(exc, self.tr("Raising alerts"))

    def settled(self) -> bool:
        """Whether the worker has taken every batch handed to it (for tests and closing)."""
        return self._jobs is None or self._jobs.done()

    def running(self) -> bool:
        return self._worker is not None

    def stop(self) -> None:
        """Wait for the worker to finish the batches it holds, and end it."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=True)

    def _raised(self, ids) -> None:
        self.workbench.show_status(self.tr("{n} new alert(s)").format(n=len(ids)), 8000)

    def show_board(self) -> None:
        if self.board is not None:
            self.board.refresh()
            self.board_dock.show()
            self.board_dock.raise_()
