"""The emergency desk's live feed source: the replay of the store's readings (in the window's process) or an
MQTT broker (in a process of its own), chosen in *Emergency › Live feed source…* (kept in the settings) or given
by ``TOWNSHIP_FEED_BROKER`` and ``TOWNSHIP_CAP_TOPIC``; and the bridge that carries the feed's signals from its
threads to the GUI thread."""

from __future__ import annotations

import os

from PySide6 import QtCore

BROKER_VARIABLE = "TOWNSHIP_FEED_BROKER"  # mqtt://host:port: the live feed and issued CAP messages
CAP_TOPIC_VARIABLE = "TOWNSHIP_CAP_TOPIC"


SETTINGS_BROKER, SETTINGS_TOPIC, SETTINGS_STORE = "emergency/feed_broker", "emergency/cap_topic", \
    "emergency/store_readings"


def configured_broker() -> str | None:
    """The MQTT broker the desk listens to and publishes CAP messages to (None: the replay): the one chosen
    in *Emergency › Live feed source…*, else ``TOWNSHIP_FEED_BROKER``."""
    settings = QtCore.QSettings()
    if settings.contains(SETTINGS_BROKER):
        return str(settings.value(SETTINGS_BROKER, "")).strip() or None
    return os.environ.get(BROKER_VARIABLE, "").strip() or None


def broker_feed(broker: str, store, interval: float):
    """The feed of a broker's SensorThings observations: in a process of its own
    (:class:`~datasources.feeds.FeedProcess`), so that its network thread, its decoding and its store writes
    do not share the window's interpreter lock; in the window's process where a child cannot be given the
    pipe. The same signals either way."""
    from functools import partial

    from datasources.feeds import FeedProcess, LiveFeed, MqttSource, demo_datastreams

    recipe = partial(MqttSource, broker, datastreams=demo_datastreams())
    if FeedProcess.supported():
        return FeedProcess([recipe], store=store, interval=interval)
    return LiveFeed([recipe()], store=store, interval=interval)


def feed_choice():
    """The feed source chosen (:class:`~widgets.emergency.feed_source_dialog.FeedChoice`)."""
    from widgets.emergency.feed_source_dialog import DEFAULT_CAP_TOPIC, FeedChoice

    settings = QtCore.QSettings()
    topic = str(settings.value(SETTINGS_TOPIC, "") or os.environ.get(CAP_TOPIC_VARIABLE, "")).strip()
    store = settings.value(SETTINGS_STORE, True)
    return FeedChoice(configured_broker(), topic or DEFAULT_CAP_TOPIC, str(store).lower() not in ("false", "0"))


def keep_choice(choice) -> None:
    """Keep the feed source chosen for the next start."""
    settings = QtCore.QSettings()
    settings.setValue(SETTINGS_BROKER, choice.broker or "")
    settings.setValue(SETTINGS_TOPIC, choice.cap_topic)
    settings.setValue(SETTINGS_STORE, bool(choice.store_readings))


class FeedBridge(QtCore.QObject):
    """Carries the feed's psygnal signals (emitted on its thread) to the GUI thread as queued Qt signals."""

    readings = QtCore.Signal(object)
    health = QtCore.Signal(object)
    store_failed = QtCore.Signal(str)

    def take_store_failure(self, reason) -> None:
        self.store_failed.emit(str(reason))

    def take_readings(self, frame) -> None:
        """On the feed's thread: the batch goes over as plain arrays (the pandas work done here, not on the
        window's thread)."""
        from layers.emergency.sensor_layer import reading_arrays

        self.readings.emit(reading_arrays(frame))

    def take_health(self, health) -> None:
        self.health.emit(health)


class AlertBridge(QtCore.QObject):
    """Carries the alert worker's word (an alert raised or ended; a refusal) to the GUI thread."""

    changed = QtCore.Signal()
    failed = QtCore.Signal(object)
