"""The emergency and monitoring desk in the window: live sensors on the map, the readings chart, the time
slider with an interpolated surface, the feed's health, and the Emergency menu (flood from a water level).

It builds itself when someone who may read sensor readings logs in (``session_changed``): the store's
sensors become a live sensor layer (:class:`~layers.emergency.sensor_layer.SensorLayer`) and a feed starts
(:mod:`datasources.feeds`; with a broker configured in ``TOWNSHIP_FEED_BROKER``, its SensorThings observations,
heard, decoded and stored in a process of its own; else a replay of the store's readings, so the desk is alive without any server). Issued CAP messages go to
that broker too, on ``TOWNSHIP_CAP_TOPIC`` (default ``township/cap``). The feed's threads hand each batch to the GUI thread through a queued Qt signal;
the batches are applied to the layer a few times a second, and every view follows the layer's events.
The feed's thread turns each batch into plain arrays (:func:`~layers.emergency.sensor_layer.reading_arrays`)
before handing it over, so the window's thread only looks up and appends: its work per batch is the
batch's size, never the history's. The alerts (board and rules) are :mod:`console.desks.emergency_alerts`, the interpolated surface
:mod:`console.desks.emergency_surface`.
Long work (the surface, the flood) runs through the workbench's task runner, a newer run cancelling the
older one by its key. The desk reaches the window only through its :class:`~console.workbench.Workbench`.
"""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from console.desks.emergency_feed import FeedBridge, broker_feed, feed_choice, keep_choice
from console.desks.emergency_surface import SURFACE_PARAMETERS, SurfaceActions
from console.workbench import DockArea
from datasources.store.permissions import Action
from widgets.emergency.names import parameter_label
from widgets.message_bar import MessageLevel

#: seconds of stored readings replayed per second (an hour of readings every three seconds)
REPLAY_SPEED = 1200.0
APPLY_MS = 100  # batches are applied at most this often (the map follows as fast as it draws, up to ten a second)
FEED_BATCH_S = 0.15  # the feed hands its readings over this often: the map can follow six times a second
MAX_WAIT_TICKS = 5  # batches wait at most this many ticks for the map's last picture
APPLY_SLICE = 2000  # readings taken into the layer in one pass of the event loop (a backlog: in several)
CHART_MS = 1000  # the chart's lines follow at most this often
LIST_MS = 500  # the sensor list's colours and last times follow at most this often
SETTLE_MS = 2000  # after the desk is built, what is alive is frozen out of the cycle collector's walks


def may_watch(session) -> bool:
    """Whether the logged-in user may read sensor readings (the desk is built only then)."""
    return session.can(Action.read("sensor_readings"), session.caller.village_code)


def make(workbench) -> EmergencyDesk:
    return EmergencyDesk(workbench)


class EmergencyDesk(QtCore.QObject):
    """Sensors and feed dock, chart and time slider docks, the feed's status, and the Emergency menu;
    built when someone who may read sensor readings logs in (``built`` says whether it is).

    Parameters
    ----------
    workbench : Workbench
    """

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.session = None
        self.built = False
        self.feed = None
        self.layer = None
        self.surface = None
        self.alerts = None
        self._pending: list = []  # ReadingArrays heard since the last batch
        self._slicing: list | None = None  # [batch, next row, readings added, clock] while taken in slices
        self._waited = 0
        self._healths: dict[str, object] = {}
        workbench.session_changed.connect(self._logged_in)
        if workbench.session is not None:
            self._logged_in(workbench.session)

    # ------------------------------------------------------------------ building
    def _logged_in(self, session) -> None:
        if session is None or self.built or not may_watch(session):
            return
        from layers.emergency.sensor_layer import SensorLayer
        from widgets.emergency.feed_panel import FeedPanel, FeedStatus
        from widgets.emergency.readings_chart import ReadingsChart
        from widgets.emergency.time_slider import TimeSlider

        self.built, self.session = True, session
        w = self.workbench
        sensors = session.features.read("sensors")
        self.layer = SensorLayer(sensors, name="sensors", title=self.tr("Live sensors"),
                                 crs=f"EPSG:{session.store.srid}", store_kind="live_sensors")
        w.project.layers.insert(0, self.layer)
        self.panel = FeedPanel()
        codes = list(self.layer.codes)
        kinds = sensors["kind"].astype(str).tolist()
        from layers import code_lists

        column = "name_zh" if code_lists.chinese() or "name_en" not in sensors.columns else "name_en"
        names = sensors[column].astype(str).tolist() if column in sensors.columns else [""] * len(codes)
        self.panel.set_sensors(codes, names, kinds, [c for c, k in zip(codes, kinds, strict=True)
                                                     if k == "river_level"])
        self.chart = ReadingsChart()
        self.slider = TimeSlider()
        self.status = FeedStatus()
        self.panel.chosen_changed.connect(lambda chosen: self.chart.show_sensors(self.layer, chosen))
        self.slider.time_changed.connect(self._time_chosen)
        self.chart.cursor_moved.connect(self.slider.set_time)
        self.sensor_dock = w.add_dock(self.tr("Sensors and feed"), self.panel, DockArea.RIGHT)
        timeline = QtWidgets.QWidget()  # the slider above the chart: one moment, one dock in the bottom row
        column = QtWidgets.QVBoxLayout(timeline)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.slider)
        column.addWidget(self.chart, 1)
        self.chart_dock = w.add_dock(self.tr("Readings and time slider"), timeline, DockArea.BOTTOM)
        self.slider_dock = self.chart_dock
        self.surface = SurfaceActions(w, self.layer, self.slider, session)
        w.add_status_widget(self.status)
        from console.desks.emergency_hazards import HazardActions

        self.hazards = HazardActions(w, self.layer)
        from console.desks.emergency_levels import WarningLevelActions

        self.levels = WarningLevelActions(w, self.layer)
        from console.desks.emergency_alerts import AlertWatch

        self.alerts = AlertWatch(w, session, sensors, self)
        self._build_menu()
        self.apply_timer = QtCore.QTimer(self, interval=APPLY_MS)
        self.apply_timer.timeout.connect(self.apply_pending)
        self.apply_timer.start()
        w.canvas.frame_ready.connect(self._map_drew)
        self.chart_timer = QtCore.QTimer(self, interval=CHART_MS, singleShot=True)
        self.chart_timer.timeout.connect(self.refresh_chart)
        self.list_timer = QtCore.QTimer(self, interval=LIST_MS, singleShot=True)
        self.list_timer.timeout.connect(self.refresh_list)
        w.dialog_parent.installEventFilter(self)
        w.project.events.replaced.connect(self._project_replaced)
        self.start_feed()
        # what the window and the desk built is left out of the cycle collector's later walks
        from widgets.gui_garbage import settle

        QtCore.QTimer.singleShot(SETTLE_MS, settle)

    def _project_replaced(self) -> None:
        """Another project was opened: the live sensors go on at the top of its map (the surface is
        interpolated again within the new township's boundary)."""
        layers = self.workbench.project.layers
        if self.layer is not None and self.layer not in layers:
            layers.insert(0, self.layer)
        if self.surface is not None:
            self.surface.project_replaced()

    def _build_menu(self) -> None:
        w = self.workbench
        menu = w.menu("emergency", self.tr("&Emergency"))
        self.menu = menu
        self.flood_action = w.action(self.tr("&Flood from water level…"), self.hazards.flood_from_level)
        self.impact_action = w.action(self.tr("&Impact per village…"), self.hazards.impact_per_village)
        self.board_action = w.action(self.tr("&Alert board"), self.show_alert_board)
        for action in (self.flood_action, self.impact_action, self.board_action):
            menu.addAction(action)
        self.board_action.setEnabled(self.board is not None)
        menu.addSeparator()
        surface = menu.addMenu(self.tr("Interpolated &surface"))
        group = QtGui.QActionGroup(self)
        group.setExclusive(True)
        self.surface_actions = {}
        for parameter in (None, *SURFACE_PARAMETERS):
            text = self.tr("None") if parameter is None else parameter_label(parameter)
            action = w.action(text, lambda p=parameter: self.surface.show(p))
            action.setCheckable(True)
            action.setChecked(parameter is None)
            group.addAction(action)
            surface.addAction(action)
            self.surface_actions[parameter] = action
        self.landslide_action = w.action(self.tr("&Landslide warning from the rain gauges"),
                                         self.hazards.landslide_warning)
        menu.insertAction(self.impact_action, self.landslide_action)
        self.levels_action = w.action(self.tr("&Warning levels…"), self.levels.edit)
        menu.insertAction(self.impact_action, self.levels_action)
        menu.addAction(w.action(self.tr("Live feed &source…"), self.choose_feed_source))
        menu.addAction(w.action(self.tr("&Zoom to the sensors"), self.zoom_to_sensors))
        menu.addAction(w.action(self.tr("Back to &live values"), lambda: self.slider.go_live()))

    # ------------------------------------------------------------------ the feed
    def start_feed(self) -> None:
        """Start the feed: the configured broker's observations, else the replay of the store's readings
        (the demo's living desk without a server)."""
        from datasources.feeds import LiveFeed, ReplaySource

        choice = feed_choice()
        broker, store = choice.broker, None
        if broker and choice.store_readings and self.may_store_readings():
            store = self.session  # what the broker says is kept (in batches, each reading once)
        try:
            if broker:  # in a process of its own (emergency_feed.broker_feed)
                feed, self.replay = broker_feed(broker, store, FEED_BATCH_S), None
            else:
                self.replay = ReplaySource.from_store(self.session, speed=REPLAY_SPEED)
                feed = LiveFeed([self.replay], interval=FEED_BATCH_S)
        except Exception as exc:  # noqa: BLE001 — no feed is a desk without live values, not a failure
            text = (self.tr("The broker {broker} cannot be used: {error}") if broker else
                    self.tr("The readings cannot be replayed: {error}"))
            self.workbench.push(MessageLevel.WARNING, text.format(broker=broker, error=exc))
            return
        self.bridge = FeedBridge(self)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self.bridge.readings.connect(self._take_readings, queued)
        self.bridge.health.connect(self._take_health, queued)
        self.bridge.store_failed.connect(self._store_failed, queued)
        self.feed = feed
        self.feed.readings.connect(self.bridge.take_readings)
        self.feed.health_changed.connect(self.bridge.take_health)
        self.feed.store_failed.connect(self.bridge.take_store_failure)
        self._store_warned = False
        self.feed.start()

    def may_store_readings(self) -> bool:
        """Whether the user may write sensor readings (the emergency desk and the administrator)."""
        return self.session.can(Action.edit("sensor_readings"), self.session.caller.village_code)

    def _store_failed(self, reason: str) -> None:
        if not self._store_warned:  # once: the feed keeps the readings and tries again with the next batch
            self._store_warned = True
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "The readings heard cannot be written to the store now; they are kept and written when it "
                "answers again. ({reason})").format(reason=reason))

    def choose_feed_source(self) -> None:
        """*Emergency › Live feed source…*: the replay or a broker; the feed starts again on the choice."""
        from widgets.emergency.feed_source_dialog import FeedSourceDialog

        dialog = FeedSourceDialog(feed_choice(), self.may_store_readings(), self.workbench.dialog_parent)
        self.feed_dialog = dialog
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        self.use_feed(dialog.choice())

    def use_feed(self, choice) -> None:
        """Listen to ``choice`` from now on (kept for the next start) and tell the alert board where
        issued CAP messages go."""
        keep_choice(choice)
        self.stop_feed()
        self._healths.clear()
        self.panel.clear_health()
        if self.board is not None:
            self.board.broker, self.board.topic = choice.broker, choice.cap_topic
        self.start_feed()
        source = choice.broker or self.tr("the replay of the stored readings")
        self.workbench.show_status(self.tr("Live feed: {source}").format(source=source), 6000)

    def stop_feed(self) -> None:
        """Stop the feed (joins its threads) and let the alert rules take what it delivered; safe to call
        twice."""
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.stop()
        if self.alerts is not None and self.alerts.running():
            self.stop_alerts()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """The window closes: the feed stops now (its threads joined), and starts again if the close
        was refused (unsaved changes kept the window open)."""
        if event.type() == QtCore.QEvent.Type.Close and watched is self.workbench.dialog_parent \
                and self.feed is not None:
            self.stop_feed()
            QtCore.QTimer.singleShot(0, self._close_refused_maybe)
        return False

    def _close_refused_maybe(self) -> None:
        try:
            still_open = self.workbench.dialog_parent.isVisible()
        except RuntimeError:  # the window is gone
            return
        if still_open and self.feed is None:
            self.start_feed()

    def _take_readings(self, batch) -> None:
        from layers.emergency.sensor_layer import reading_arrays

        self._pending.append(reading_arrays(batch))  # arrays already when the feed's thread made them

    def _take_health(self, health) -> None:
        self._healths[health.source] = health
        self.panel.show_health(health)
        self.status.show_health(list(self._healths.values()))

    def take_batch(self, frame: pd.DataFrame) -> None:
        """Apply a batch of readings now (what the feed's batches come to, a few times a second)."""
        self._take_readings(frame)
        self.apply_pending(now=True)

    def apply_pending(self, now: bool = False) -> None:
        """Apply the batches heard since the last time: the layer, the list, the slider, the chart."""
        if not self._pending:
            return
        # while the map still draws the last batch, the next waits (a new picture asked for now would cancel
        # the one on its way, and a busy feed would never be seen); at most a few ticks
        if not now and self.workbench.canvas.drawing(self.layer) and self._waited < MAX_WAIT_TICKS:
            self._waited += 1
            return
        if self._slicing is not None:  # the batch before is still taken in, slice by slice
            if not now:
                return
            self._finish_batch()
        self._waited = 0
        replay = getattr(self, "replay", None)
        clock = replay.position if replay is not None and self.feed is not None else None
        from layers.emergency.sensor_layer import ReadingArrays

        parts, self._pending = self._pending, []
        batch = ReadingArrays.joined(parts)
        if now or len(batch) <= APPLY_SLICE:
            if self.layer.add_readings(batch, clock=clock):
                self._after_batch(parts)
            return
        # a big batch (a busy feed, the map still drawing the last one) is taken in slices, the event loop
        # running between them, so that a click or a key waits for one slice, not for the whole batch
        self._slicing = [batch, 0, 0, clock, parts]
        self._take_slice()

    def _map_drew(self, layer) -> None:
        """The live layer's picture is on screen: a batch that waited for it goes now, not at the next tick
        (a tick already passed since the last batch, so the map still follows at most ten times a second)."""
        if layer is self.layer and self._pending and self._waited:
            self.apply_pending()

    def _take_slice(self) -> None:
        if self._slicing is None:
            return
        batch, start, added, clock, parts = self._slicing
        added += self.layer.add_readings(batch.part(start, start + APPLY_SLICE), clock=clock, announce=False)
        start += APPLY_SLICE
        if start < len(batch):
            self._slicing[1:3] = start, added
            QtCore.QTimer.singleShot(1, self._take_slice)  # 0 could run in the same turn of the loop
            return
        self._slicing = None
        if added:
            self.layer.announce_readings()
            self._after_batch(parts)

    def _finish_batch(self) -> None:
        """Take the rest of a batch being sliced at once (a batch that must be applied now)."""
        slicing, self._slicing = self._slicing, None
        if slicing is None:
            return
        batch, start, added, clock, parts = slicing
        added += self.layer.add_readings(batch.part(start), clock=clock, announce=False)
        if added:
            self.layer.announce_readings()
            self._after_batch(parts)

    def _after_batch(self, parts: list) -> None:
        """The list, the slider, the alert rules and the chart follow a batch the layer took in (``parts``:
        the feed's batches it was made of); the list and the chart a little later, once for the batches
        that came meanwhile (the map shows every batch)."""
        if not self.list_timer.isActive():
            self.list_timer.start()
        span = self.layer.time_span()
        if span is not None:
            self.slider.set_span(span[0].timestamp(), span[1].timestamp())
        if self.alerts is not None:
            self.alerts.check(parts)
        if not self.chart_timer.isActive():  # the lines follow within a second, at most once a second
            self.chart_timer.start()
        self.surface.follow_live()

    def refresh_list(self) -> None:
        """The sensor list's class colours, stale marks and last reading times."""
        marks = self.layer.symbols()
        self.panel.show_symbols(self.layer.codes, marks.colour, marks.stale, marks.last_s)

    def refresh_chart(self) -> None:
        """The chart's lines follow the readings held (built once the chosen sensors have some)."""
        if self.chart.plots:
            self.chart.refresh()
        elif self.panel.chosen():
            self.chart.show_sensors(self.layer, self.panel.chosen())

    # ------------------------------------------------------------------ alerts (emergency_alerts)
    @property
    def board(self):
        """The alert board (None when the user may not see alerts)."""
        return self.alerts.board if self.alerts is not None else None

    @property
    def board_dock(self):
        return self.alerts.board_dock if self.alerts is not None else None

    @property
    def engine(self):
        """The alert rules (None when the user may not raise alerts)."""
        return self.alerts.engine if self.alerts is not None else None

    def alerts_settled(self) -> bool:
        """Whether the alert rules have taken every batch handed to them (for tests and closing)."""
        return self.alerts is None or self.alerts.settled()

    def stop_alerts(self) -> None:
        """Wait for the alert rules to finish the batches they hold."""
        if self.alerts is not None:
            self.alerts.stop()

    def show_alert_board(self) -> None:
        if self.alerts is not None:
            self.alerts.show_board()

    # ------------------------------------------------------------------ time and surface
    @property
    def surface_layer(self):
        """The interpolated surface's layer, once shown (see :mod:`console.desks.emergency_surface`)."""
        return self.surface.shown if self.surface is not None else None

    def _time_chosen(self, seconds) -> None:
        self.layer.time = None if seconds is None else pd.Timestamp(float(seconds), unit="s", tz="UTC")
        self.chart.set_cursor(seconds)
        self.surface.follow_time()

    # ------------------------------------------------------------------ menu actions
    def zoom_to_sensors(self) -> None:
        extent = self.layer.extent_in(self.workbench.project.crs)
        if extent is not None:
            pad = max(extent[2] - extent[0], extent[3] - extent[1], 500.0) * 0.15
            self.workbench.canvas.zoom_to_extent((extent[0] - pad, extent[1] - pad, extent[2] + pad,
                                                  extent[3] + pad))
