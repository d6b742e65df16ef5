"""The live feed through a real Mosquitto: sustained intake against a bare paho subscriber, and store batches.

A publisher process sends SensorThings observations of the demo's 39 datastreams at 5,000 readings a second
(QoS 1) for ``TOWNSHIP_BENCH_FEED_SECONDS`` seconds (default 10, so that ``make bench`` stays short on a
loaded 2-core machine; 30 is the issue's figure) to a broker of the benchmark's own (persistence on, saved
every 60 s: saving a queue of tens of thousands of messages every second or two stalls the broker's one
thread). Two subscribers take them in at the same time, so that both meet the same broker and the same load
of the machine: a bare paho subscriber in a process of its own (it only counts the messages) and the
console's feed as the emergency desk runs it: a :class:`~datasources.feeds.FeedProcess` (decode, check, drop
duplicates, latest values, a store batch every 2 s into a GeoPackage store as the emergency desk, each message
acknowledged to the broker once its batch is committed, all in its child process; the ``readings`` signal in
the benchmark's process), or with ``TOWNSHIP_BENCH_FEED_IN_PROCESS=1`` a
:class:`~datasources.feeds.LiveFeed` in the benchmark's process (``feed=in_process``). Figures:

- ``feed_intake_5000_per_s``: seconds from the publisher's first message to the last reading the console
  handed out, ref ``bare_paho`` (the same for the bare subscriber's last message); ``intake_per_s`` and
  ``ref_intake_per_s`` are the sustained rates, ``intake_ratio`` ours / ref (goal at least 0.9), ``lost``
  and ``ref_lost`` the readings published and never received (goal 0), ``unacked`` the publishes the broker
  had not acknowledged when the publisher stopped waiting, ``published_per_s`` what the publisher achieved,
  ``cpu_us_per_reading`` and ``ref_cpu_us_per_reading`` the processor time each subscriber spent per reading
  (all threads; ours: the benchmark's process and the feed's child together), ``load`` and ``load_after`` the machine's load average before and after.
- ``feed_store_batch``: median seconds of one store batch (one transaction, ``rows`` readings), ref
  ``commit_per_reading`` (the same readings written one transaction each, measured on 300 and scaled);
  ``max_s`` is the slowest batch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.harness import report

RATE = 5000
#: the most messages the publisher leaves waiting for the broker's acknowledgement (paho's packet ids: 65,535)
MAX_UNACKED = 30_000
SECONDS = float(os.environ.get("TOWNSHIP_BENCH_FEED_SECONDS", "10"))
ROOT = Path(__file__).resolve().parents[1]


# the publisher process ---------------------------------------------------------------------------------
def _messages(count: int) -> list[tuple[str, bytes]]:
    """``count`` observations of the demo's readings, repeated later in time as often as needed."""
    import pandas as pd

    from datasources.feeds import demo_datastreams, demo_readings
    from datasources.feeds.sensorthings import observation_topic

    ids = {pair: stream for stream, pair in demo_datastreams().items()}
    frame = demo_readings().sort_values("time", kind="stable")
    topics = [observation_topic(ids[k]) for k in zip(frame["sensor_code"], frame["parameter"], strict=True)]
    values = [repr(float(v)) for v in frame["value"]]
    span = frame["time"].max() - frame["time"].min() + pd.Timedelta(hours=1)
    out: list[tuple[str, bytes]] = []
    shift = pd.Timedelta(0)
    while len(out) < count:
        stamps = (frame["time"] + shift).dt.strftime("%Y-%m-%dT%H:%M:%SZ").tolist()
        for topic, stamp, value in zip(topics, stamps, values, strict=True):
            body = f'{{"phenomenonTime": "{stamp}", "result": {value}, "resultTime": "{stamp}"}}'
            out.append((topic, body.encode()))
            if len(out) == count:
                break
        shift += span
    return out


def publish(url: str, rate: float, seconds: float, client_id: str) -> dict:
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    from datasources.feeds.mqtt import parse_broker

    messages = _messages(int(rate * seconds))
    host, port, _, _ = parse_broker(url)
    acked = [0]
    lock = threading.Lock()

    def on_publish(*_args) -> None:
        with lock:
            acked[0] += 1

    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
                         protocol=mqtt.MQTTv311)
    # no limit on the messages in flight: with one, paho queues the rest and at each acknowledgement looks
    # through every message in flight for the next to send (with 5,000 in flight, 25 million steps per
    # 5,000 messages: it sent in bursts of 5,000 every 2-3 s, 1,200-1,700 readings/s delivered, not 5,000),
    # and a message queued just as the last acknowledgement came was never sent (a 30 s run waited for it)
    client.max_inflight_messages_set(0)
    client.max_queued_messages_set(0)
    client.on_publish = on_publish
    client.connect(host, port)
    client.loop_start()
    began = time.monotonic()
    deadline = began + 11 * seconds + 600  # a loaded broker acknowledges as it delivers
    most = refused = 0
    for i, (topic, payload) in enumerate(messages):
        if i % 50 == 0:
            ahead = began + i / rate - time.monotonic()
            if ahead > 0:
                time.sleep(ahead)
            most = max(most, i - acked[0])
        # paho numbers the messages in flight 1 to 65,535 and silently refuses a publish whose number is
        # still waiting for its acknowledgement: the message is never sent, and waiting below for all of
        # them hung 30 s runs (150,000 messages) whenever the broker's acknowledgements lagged 13 s behind
        while i - acked[0] >= MAX_UNACKED and time.monotonic() < deadline:
            time.sleep(0.002)
        while client.publish(topic, payload, qos=1).rc == mqtt.MQTT_ERR_QUEUE_SIZE and \
                time.monotonic() < deadline:
            refused += 1
            time.sleep(0.002)
    sent_by = time.monotonic()
    while acked[0] < len(messages) and time.monotonic() < deadline:
        time.sleep(0.01)
    client.disconnect()
    client.loop_stop()
    return {"began": began, "sent_by": sent_by, "sent": len(messages), "acked": acked[0], "max_unacked": most,
            "refused": refused}


def _publisher(url: str, client_id: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "benchmarks.bench_feed", "--publish", url, "--rate",
                             str(RATE), "--seconds", str(SECONDS), "--client-id", client_id],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen) -> dict:
    out, _ = process.communicate(timeout=SECONDS * 10 + 900)
    if process.returncode:
        raise RuntimeError("the publisher process failed")
    return json.loads(out.strip().splitlines()[-1])


def _wait(count, target: int, settle: float = 20.0) -> None:
    """Until ``count()`` reaches ``target`` or stops moving for ``settle`` seconds."""
    last, still = -1, time.monotonic()
    while count() < target:
        now = count()
        if now != last:
            last, still = now, time.monotonic()
        elif time.monotonic() - still > settle:
            return
        time.sleep(0.05)


def _desk_store(folder: Path):
    """A new GeoPackage store with the demo's sensors; (store, session of an emergency desk user)."""
    import sqlite3

    import argon2
    import pandas as pd
    import shapely

    from datasources.feeds.sensorthings import DEMO_GPKG
    from datasources.store import TownshipStore
    from datasources.store.admin import init_store

    folder.mkdir(parents=True, exist_ok=True)
    init_store(folder / "township.gpkg").dispose()
    store = TownshipStore(folder / "township.gpkg", key_folder=folder / "keys",
                          hasher=argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = store.create_administrator("admin", "bench-admin-password-1")
    with sqlite3.connect(f"file:{DEMO_GPKG}?mode=ro", uri=True) as con:
        sensors = pd.read_sql_query("SELECT sensor_id, kind, parameters FROM sensors", con)
    admin.features.add_many("sensors", [
        {"sensor_code": row.sensor_id, "kind": row.kind, "parameters": row.parameters,
         "geom": shapely.Point(500_000 + 100 * i, 3_000_000)} for i, row in enumerate(sensors.itertuples())])
    admin.accounts.add("desk", "bench-desk-password-1", "emergency_desk")
    return store, store.login("desk", "bench-desk-password-1")


# the two subscribers -----------------------------------------------------------------------------------
def bare_paho(url: str, expect: int) -> dict:
    """The reference, in a process of its own: a paho subscriber (same session kind and QoS) that only
    counts; prints ``READY`` once subscribed, then its figures as JSON."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    from datasources.feeds.mqtt import parse_broker
    from datasources.feeds.sensorthings import SENSORTHINGS_FILTER

    host, port, _, _ = parse_broker(url)
    got = [0, 0.0]
    ready = threading.Event()

    def on_message(_c, _u, _m) -> None:
        got[0] += 1
        got[1] = time.monotonic()

    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="bench-bare", clean_session=False,
                         protocol=mqtt.MQTTv311)
    client.on_message = on_message
    client.on_subscribe = lambda *_a: ready.set()
    client.on_connect = lambda c, *_a: c.subscribe(SENSORTHINGS_FILTER, qos=1)
    client.connect(host, port)
    client.loop_start()
    ready.wait(10)
    cpu = time.process_time()
    print("READY", flush=True)
    _wait(lambda: got[0], expect, settle=60.0)
    cpu = time.process_time() - cpu
    client.disconnect()
    client.loop_stop()
    return {"got": got[0], "last": got[1], "cpu": cpu}


def _bare_process(url: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_feed", "--bare", url, "--expect",
                                str(int(RATE * SECONDS))], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if process.stdout.readline().strip() != "READY":
        raise RuntimeError("the bare subscriber did not subscribe")
    return process


def _cpu_of(pid: int | None) -> float:
    """Processor seconds a process of ours has spent so far (Linux; 0 when unknown)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def console(url: str, folder: Path) -> dict:
    """The console's feed (in a process of its own, as the desk runs it: :class:`FeedProcess`; in this
    process with ``TOWNSHIP_BENCH_FEED_IN_PROCESS=1``) and the bare subscriber (in its own) take in the same
    publisher's messages at the same time, so both see the same broker and the same machine's load."""
    from functools import partial

    from datasources.feeds import FeedProcess, LiveFeed, MqttSource, demo_datastreams

    store, desk = _desk_store(folder)
    recipe = partial(MqttSource, url, datastreams=demo_datastreams(), client_id="bench-console")
    if os.environ.get("TOWNSHIP_BENCH_FEED_IN_PROCESS") == "1":
        feed = LiveFeed([recipe()], store=desk)
    else:
        feed = FeedProcess([recipe], store=desk)
    source = feed.sources[0]
    got = [0, 0.0]
    batches: list[tuple[int, int, float]] = []

    def on_readings(frame) -> None:
        got[0] += len(frame)
        got[1] = time.monotonic()

    feed.readings.connect(on_readings)
    feed.stored.connect(lambda added, offered, seconds: batches.append((added, offered, seconds)))
    feed.start()
    source.subscribed.wait(10)
    bare = _bare_process(url)
    child = getattr(feed, "pid", None)  # the feed's process, when it has one: its processor time counts too
    cpu = time.process_time() + _cpu_of(child)
    publisher = _publisher(url, "bench-pub")
    sent = _finish(publisher)
    _wait(lambda: got[0], sent["sent"])
    cpu = time.process_time() + _cpu_of(child) - cpu
    ref = _finish(bare)
    feed.stop()
    store.engine.dispose()
    return {"sent": sent, "got": got[0], "last": got[1], "cpu": cpu, "batches": batches, "ref": ref,
            "mode": "process" if child else "in_process"}


def per_reading_commits(folder: Path, rows: int = 300) -> float:
    """Seconds to write ``rows`` readings one transaction (and audit record) each."""
    from datetime import UTC, datetime, timedelta

    from datasources.feeds.batch import to_frame

    store, desk = _desk_store(folder)
    t0 = datetime(2026, 7, 1, tzinfo=UTC)
    frames = [to_frame([("WL-01", t0 + timedelta(minutes=i), "level", 1.0)]) for i in range(rows)]
    began = time.perf_counter()
    for frame in frames:
        desk.readings.add_batch(frame)
    seconds = time.perf_counter() - began
    store.engine.dispose()
    return seconds


def run(_cache_dir: Path) -> None:
    from datasources.feeds.broker import Mosquitto, mosquitto_binary

    if mosquitto_binary() is None:
        print("# bench_feed: mosquitto is not installed (make system-deps); no figures", flush=True)
        return
    load = f"{os.getloadavg()[0]:.2f}"
    with tempfile.TemporaryDirectory(prefix="township-bench-feed-") as folder:
        folder = Path(folder)
        with Mosquitto(folder / "broker", autosave=60) as broker:
            run_ = console(broker.url, folder / "console")
        commit_s = per_reading_commits(folder / "commits")
    sent, ref, batches = run_["sent"], run_["ref"], run_["batches"]
    ref_s = ref["last"] - sent["began"]
    ours_s = run_["last"] - sent["began"]
    intake, ref_intake = run_["got"] / ours_s, ref["got"] / ref_s
    report("feed_intake_5000_per_s", ours_s, "bare_paho", ref_s, intake_per_s=f"{intake:.0f}",
           ref_intake_per_s=f"{ref_intake:.0f}", intake_ratio=f"{intake / ref_intake:.3f}",
           goal_intake_ratio=0.9, sent=sent["sent"], unacked=sent["sent"] - sent["acked"],
           lost=sent["sent"] - run_["got"], ref_lost=sent["sent"] - ref["got"],
           cpu_us_per_reading=f"{run_['cpu'] / max(run_['got'], 1) * 1e6:.0f}",
           ref_cpu_us_per_reading=f"{ref['cpu'] / max(ref['got'], 1) * 1e6:.0f}",
           published_per_s=f"{sent['sent'] / (sent['sent_by'] - sent['began']):.0f}",
           max_unacked=sent["max_unacked"], seconds=f"{SECONDS:g}", feed=run_["mode"], load=load, load_after=f"{os.getloadavg()[0]:.2f}")
    if batches:
        seconds = [s for _, _, s in batches]
        rows = statistics.median(o for _, o, _ in batches)
        report("feed_store_batch", statistics.median(seconds), "commit_per_reading", commit_s / 300 * rows,
               rows=f"{rows:.0f}", batches=len(batches), max_s=f"{max(seconds):.4f}",
               stored=sum(a for a, _, _ in batches), load=load)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--publish")
    parser.add_argument("--bare")
    parser.add_argument("--expect", type=int, default=0)
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--client-id", default="bench-publisher")
    args = parser.parse_args()
    if args.bare:
        print(json.dumps(bare_paho(args.bare, args.expect)), flush=True)
    else:
        print(json.dumps(publish(args.publish, args.rate, args.seconds, args.client_id)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
