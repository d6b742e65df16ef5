"""Headless live feed commands: ``feed publish``, ``feed send`` and ``feed listen``.

``feed publish --broker mqtt://127.0.0.1:PORT [--rate N]`` publishes the demo township's stored readings (or
a store's, with ``--db`` and ``--user``) to a broker as SensorThings observations, QoS 1, on
``v1.1/Datastreams(<id>)/Observations`` (ids as :func:`~datasources.feeds.datastreams_for` numbers the
sensors' parameters), so the whole path of the live desk can be seen with a real Mosquitto.
``feed send`` publishes one reading (raise the river gauge by hand); ``feed listen`` subscribes like the
console does and prints the feed's health every second (and writes the readings to a store with ``--db``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import threading
import time
from datetime import UTC, datetime

import pandas as pd


def add_feed_commands(sub) -> None:
    """Add ``feed`` (publish, send, listen) to the command line's sub-parsers."""
    feed = sub.add_parser("feed", help="publish readings to an MQTT broker, or listen to one")
    commands = feed.add_subparsers(dest="feed_command", required=True)
    publish = commands.add_parser("publish", help="publish the demo's (or a store's) readings as "
                                                  "SensorThings observations")
    send = commands.add_parser("send", help="publish one reading of one sensor")
    listen = commands.add_parser("listen", help="receive readings as the console does and print the "
                                                "feed's health")
    for parser in (publish, send, listen):
        parser.add_argument("--broker", required=True, help="the broker, mqtt://127.0.0.1:PORT")
        parser.add_argument("--demo", action="store_true",
                            help="the demo township's sensors and readings (the default)")
        parser.add_argument("--db", help="a township store instead (.gpkg or postgresql URL); with --user")
        parser.add_argument("--user", help="the user name to log in to the store with (password from "
                                           "TOWNSHIP_PASSWORD, or asked)")
        parser.add_argument("--key-dir", help=argparse.SUPPRESS)
        parser.add_argument("--client-id", help="the MQTT client id (default: one per command and user)")
    publish.add_argument("--rate", type=float, default=100.0,
                         help="readings per second (default 100; 0: as fast as the broker takes them)")
    publish.add_argument("--count", type=int,
                         help="stop after this many readings (default: every stored reading once); more "
                              "than are stored repeats them, each round later in time")
    publish.add_argument("--shift-to-now", action="store_true",
                         help="move the readings' times so that the last one is now")
    send.add_argument("--sensor", required=True, help="the sensor code, e.g. WL-01")
    send.add_argument("--parameter", required=True, help="the parameter, e.g. level")
    send.add_argument("--value", required=True, type=float)
    send.add_argument("--time", help="the phenomenon time, ISO 8601 (default: now)")
    listen.add_argument("--seconds", type=float, default=0.0, help="stop after this long (default: Ctrl+C)")


def _session(args):
    from datasources.store import TownshipStore

    if not args.user:
        raise ValueError("--db needs --user")
    password = os.environ.get("TOWNSHIP_PASSWORD")
    if password is None:
        password = (getpass.getpass(f"password for {args.user}: ") if sys.stdin.isatty()
                    else sys.stdin.readline().rstrip("\n"))
    return TownshipStore(args.db, key_folder=args.key_dir).login(args.user, password)


def _datastreams(args, session) -> dict[str, tuple[str, str]]:
    from datasources.feeds import datastreams_for, demo_datastreams

    if session is None:
        return demo_datastreams()
    return datastreams_for(session.features.read("sensors"))


def publish_messages(readings: pd.DataFrame, streams: dict[str, tuple[str, str]], count: int | None = None,
                     shift_to_now: bool = False):
    """(topic, payload) of each reading that has a datastream, in time order; ``count`` more than there are
    repeats them, each round moved later by the span of the readings (so every reading stays new)."""
    from datasources.feeds.sensorthings import observation, observation_topic

    ids = {pair: stream for stream, pair in streams.items()}
    keys = list(zip(readings["sensor_code"], readings["parameter"], strict=True))
    frame = readings.assign(stream=[ids.get(k) for k in keys]).dropna(subset=["stream"])
    frame = frame.sort_values("time", kind="stable")
    if frame.empty:
        return
    times = frame["time"]
    if shift_to_now:
        times = times + (pd.Timestamp(datetime.now(UTC)).floor("s") - times.max())
    span = (times.max() - times.min()) + pd.Timedelta(hours=1)
    topics = [observation_topic(s) for s in frame["stream"]]
    texts = [t.isoformat().replace("+00:00", "Z") for t in times]
    values = frame["value"].tolist()
    total = len(frame) if count is None else count
    n, shift = 0, pd.Timedelta(0)
    while n < total:
        for topic, text, value in zip(topics, texts, values, strict=True):
            if n >= total:
                return
            stamp = text if not shift else (pd.Timestamp(text) + shift).isoformat().replace("+00:00", "Z")
            yield topic, observation(stamp, value)
            n += 1
        shift += span


class _Publisher:
    """A QoS 1 publisher that counts the broker's acknowledgements."""

    def __init__(self, url: str, client_id: str) -> None:
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion

        from datasources.feeds.mqtt import apply_tls, broker_tls, parse_broker

        host, port, user, password = parse_broker(url)
        self.acked = 0
        self._lock = threading.Lock()
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
                                  protocol=mqtt.MQTTv311)
        if user:
            self.client.username_pw_set(user, password)
        apply_tls(self.client, broker_tls(url))
        self.client.max_inflight_messages_set(2000)
        self.client.max_queued_messages_set(0)
        self.client.on_publish = self._on_publish
        self.client.connect(host, port)
        self.client.loop_start()

    def _on_publish(self, *_args) -> None:
        with self._lock:
            self.acked += 1

    def send(self, topic: str, payload: bytes) -> None:
        self.client.publish(topic, payload, qos=1)

    def close(self, sent: int, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while self.acked < sent and time.monotonic() < deadline:
            time.sleep(0.01)
        self.client.disconnect()
        self.client.loop_stop()
        return self.acked >= sent


def _publish(args, session) -> int:
    from datasources.feeds import demo_readings

    readings = session.readings.frame() if session is not None else demo_readings()
    messages = publish_messages(readings, _datastreams(args, session), args.count, args.shift_to_now)
    publisher = _Publisher(args.broker, args.client_id or f"township-publish-{getpass.getuser()}")
    began = time.monotonic()
    sent = 0
    for topic, payload in messages:
        if args.rate > 0:
            ahead = began + sent / args.rate - time.monotonic()
            if ahead > 0.005:
                time.sleep(ahead)
        publisher.send(topic, payload)
        sent += 1
    complete = publisher.close(sent)
    seconds = time.monotonic() - began
    print(f"published {sent} readings to {args.broker} in {seconds:.1f} s "
          f"({sent / max(seconds, 1e-9):.0f}/s), {publisher.acked} acknowledged")
    return 0 if complete else 1


def _send(args, session) -> int:
    from datasources.feeds.batch import parse_time
    from datasources.feeds.sensorthings import observation, observation_topic

    streams = _datastreams(args, session)
    stream = next((s for s, pair in streams.items() if pair == (args.sensor, args.parameter)), None)
    if stream is None:
        raise ValueError(f"no datastream for {args.sensor} {args.parameter}")
    when = parse_time(args.time) if args.time else datetime.now(UTC).replace(microsecond=0)
    publisher = _Publisher(args.broker, args.client_id or f"township-send-{getpass.getuser()}")
    publisher.send(observation_topic(stream), observation(when, args.value))
    complete = publisher.close(1)
    print(f"{args.sensor} {args.parameter} = {args.value} at {when.isoformat()} "
          f"({observation_topic(stream)})")
    return 0 if complete else 1


def _listen(args, session) -> int:
    from datasources.feeds import LiveFeed, MqttSource

    source = MqttSource(args.broker, datastreams=_datastreams(args, session),
                        client_id=args.client_id or f"township-listen-{getpass.getuser()}")
    feed = LiveFeed([source], store=session)
    stored = [0]
    feed.stored.connect(lambda added, _offered, _s: stored.__setitem__(0, stored[0] + added))
    end = time.monotonic() + args.seconds if args.seconds > 0 else None
    feed.start()
    try:
        while end is None or time.monotonic() < end:
            time.sleep(1.0 if end is None else max(0.0, min(1.0, end - time.monotonic())))
            h = source.meter.snapshot()
            since = h.since.astimezone(UTC).strftime("%H:%M:%S") if h.since else "-"
            print(f"{'up' if h.up else 'DOWN'} since {since}  {h.rate:7.1f} msg/s  messages {h.messages}  "
                  f"readings {h.readings}  duplicates {h.duplicates}  late {h.late}  errors {h.error_count}  "
                  f"reconnects {h.reconnects}" + (f"  stored {stored[0]}" if session is not None else "")
                  + (f"  ({h.detail})" if h.detail else ""), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        feed.stop()
    health = source.meter.snapshot()
    for topic, count in sorted(health.errors.items(), key=lambda kv: -kv[1])[:20]:
        print(f"errors {count:6d}  {topic}")
    return 0


def run_feed_command(args: argparse.Namespace) -> int:
    session = _session(args) if args.db else None
    command = {"publish": _publish, "send": _send, "listen": _listen}[args.feed_command]
    return command(args, session)


__all__ = ["add_feed_commands", "publish_messages", "run_feed_command"]
