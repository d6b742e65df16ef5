"""Live sensor readings: MQTT (SensorThings or plain JSON), a drop folder of CSV files, a replay of stored
readings. No Qt: the desk (or a script, or a test) subscribes to the psygnal signals of a :class:`LiveFeed`.

A batch of readings is always a pandas DataFrame with the columns of :data:`READING_COLUMNS`:
``sensor_code`` (str), ``time`` (datetime64, UTC, to the millisecond, the phenomenon time), ``parameter``
(str, as in the store: ``PM2.5``, ``level``, ``rain``...) and ``value`` (float, finite).

Starting a feed
---------------
::

    from datasources.feeds import LiveFeed, MqttSource, ReplaySource, demo_datastreams, demo_readings

    # the demo, alive without a server: the demo's stored readings replayed 600 times faster than real time,
    # their times moved so that the replay starts now (nothing is written to a store unless one is given)
    feed = LiveFeed([ReplaySource(demo_readings(), speed=600, shift_to_now=True)])

    # or a real broker publishing SensorThings observations (``township-console feed publish``)
    feed = LiveFeed([MqttSource("mqtt://127.0.0.1:1883", datastreams=demo_datastreams())],
                    store=session)          # optional: a store session allowed to edit sensor_readings
    feed.readings.connect(on_batch)          # DataFrame of new readings (duplicates already dropped)
    feed.latest_changed.connect(on_latest)   # DataFrame of the (sensor, parameter) whose latest value moved
    feed.health_changed.connect(on_health)   # FeedHealth of one source
    feed.start()
    ...
    feed.stop()                              # joins the threads; safe to call twice

``demo_readings()`` and ``demo_datastreams()`` read ``resources/demo/township.gpkg`` (tables ``sensors`` and
``sensor_readings``); ``ReplaySource.from_store(session)`` replays a store's readings instead.

Signals (``LiveFeed``)
----------------------
All are emitted from the feed's own threads (``stored`` and ``store_failed`` from its store thread, the others
from its worker), never from the caller's: a Qt consumer must hand the
value over to the GUI thread (a queued Qt signal, or psygnal's ``connect(..., thread=...)`` with
``psygnal.qt.start_emitting_from_queue()``). A slot that raises is logged and does not stop the feed.

- ``readings(frame)``: the new readings of one tick (about every ``interval`` seconds, default 0.2 s), sorted
  by time. A reading already seen (same sensor, parameter and phenomenon time, whatever source or order it
  came in) is dropped here. A late reading (older than the latest value of its sensor and parameter) is in
  the batch, placed in time, but does not move the latest value.
- ``latest_changed(frame)``: columns ``sensor_code, parameter, time, value``: the latest values that moved
  in this tick (``feed.latest.frame()`` gives all of them at any time).
- ``health_changed(health)``: a :class:`FeedHealth` when a source goes up or down, and about once a
  second while its figures change. ``feed.health()`` gives the current one of every source.
- ``stored(added, offered, seconds)``: after each store batch (one transaction for many readings, about every
  ``store_every`` seconds, default 2 s): rows added (duplicates already stored are not added again), rows
  offered, and the time the write took.
- ``store_failed(message)``: a store batch failed (the rows are kept and written with the next batch).

FeedHealth fields
-----------------
``source`` (its name, e.g. ``mqtt://127.0.0.1:1883``), ``kind`` (``mqtt``, ``folder``, ``replay``), ``up``
and ``since`` (UTC time it went up or down), ``messages`` (received, valid or not), ``readings`` (accepted
readings), ``rate`` (messages per second over the last 10 s), ``last_message`` (UTC time of the last one),
``errors`` (malformed messages per MQTT topic or per file), ``reasons`` (malformed messages per reason:
``bad json``, ``bad value``, ``not finite``, ``too large``, ``bad time``, ``future time``, ``ancient time``,
``unknown datastream``...: all in :data:`REASONS`), ``error_count``, ``duplicates``, ``late``, ``reconnects``, ``detail`` (the last
connection problem, in English, or ""). Malformed input is counted, never raised.

MQTT
----
:class:`MqttSource` (paho-mqtt 2) subscribes at QoS 1 with a persistent session (fixed client id, clean
session off), so what is published while the console is away is kept by the broker and delivered when it
is back; it reconnects with back-off (0.1 s doubling to 2 s) and subscribes again. Topics:

- SensorThings ``v1.1/Datastreams(<id>)/Observations`` with ``{"phenomenonTime": ..., "result": ...,
  "resultTime": ...}``; ``datastreams`` maps the id (as text) to ``(sensor_code, parameter)``.
- plain JSON devices through :class:`JsonMapping` (topic filter, where the sensor code is: a topic level or a
  field, the time field and its unit, payload field -> parameter).

``source.subscribed`` (a ``threading.Event``) is set while the subscription stands; ``subscribed_times`` keeps
the monotonic time of each acknowledgement. For tests and benchmarks, :class:`datasources.feeds.broker.Mosquitto`
runs a broker of one's own (``start``, ``stop`` = SIGTERM, ``kill`` = SIGKILL, ``url``), and
``tests/datasources/feed_kit.py`` has a ``broker`` fixture and a QoS 1 publisher.

In a process of its own
-----------------------
:class:`FeedProcess` runs a LiveFeed (its sources, decoding, store batches and acknowledgements) in a child
process and gives the same signals on this side, from a thread that reads the child's batches from a pipe;
its sources are given as recipes (``functools.partial(MqttSource, url, datastreams=...)``). The emergency
desk runs a broker's feed so (see :mod:`datasources.feeds.process`).

Other sources: :class:`CsvFolderSource` (CSV files with the four columns dropped in a folder; read files
move to ``done/``, unreadable ones to ``bad/``) and :class:`ReplaySource` (stored readings at a speed).
"""

from datasources.feeds.batch import READING_COLUMNS, REASONS, Limits, Malformed
from datasources.feeds.folder import CsvFolderSource
from datasources.feeds.health import FeedHealth
from datasources.feeds.latest import LatestValues
from datasources.feeds.live import LiveFeed
from datasources.feeds.mqtt import MqttSource
from datasources.feeds.process import FeedProcess, StoreTicket
from datasources.feeds.replay import ReplaySource, demo_readings
from datasources.feeds.sensorthings import (
           JsonMapping,
           datastreams_for,
           demo_datastreams,
           observation_topic,
)

__all__ = ["READING_COLUMNS", "REASONS", "CsvFolderSource", "FeedHealth", "FeedProcess", "JsonMapping",
           "LatestValues", "Limits", "LiveFeed", "Malformed", "MqttSource", "ReplaySource", "StoreTicket",
           "datastreams_for", "demo_datastreams", "demo_readings", "observation_topic"]
