"""The live feed in a process of its own (:class:`~datasources.feeds.FeedProcess`): the same readings as the
feed in the caller's process, a killed child told as a source down and replaced, the child ending with its
parent, and no QoS 1 reading lost across a child killed between receipt and commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from datasources.errors import PermissionDenied
from datasources.feeds import (
    FeedProcess,
    LiveFeed,
    MqttSource,
    ReplaySource,
    StoreTicket,
    demo_datastreams,
    demo_readings,
)
from datasources.feeds.process import pack_readings, unpack_readings
from datasources.feeds.sensorthings import observation, observation_topic
from tests.datasources.feed_kit import (
    Collector,
    broker,
    desk_store,
    needs_mosquitto,
    send,
    wait_for,
)
from tests.datasources.store_fill import fill_township
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    ROOT,
    store_of_kind,
)

assert broker  # a fixture
STREAMS = demo_datastreams()
RIVER = next(k for k, v in STREAMS.items() if v == ("WL-01", "level"))
T0 = datetime(2026, 6, 3, tzinfo=UTC)


def _replay(rows: int = 4000, **kwargs):
    return partial(ReplaySource, demo_readings().iloc[:rows], speed=1e7, **kwargs)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["time", "sensor_code", "parameter"], kind="stable", ignore_index=True)


def test_a_batch_crosses_the_pipe_unchanged():
    frame = _sorted(demo_readings().iloc[:500])
    frame = frame.astype({"sensor_code": object, "parameter": object, "time": "datetime64[ms, UTC]"})
    back = unpack_readings(pack_readings(frame))
    pd.testing.assert_frame_equal(back, frame.reset_index(drop=True))


def test_the_child_hands_over_the_same_readings_as_the_feed_in_this_process():
    here = LiveFeed([_replay()()], interval=0.05)
    there = FeedProcess([_replay()], interval=0.05)
    got_here, got_there = Collector(here), Collector(there)
    with here:
        wait_for(lambda: got_here.count >= 4000 - here.sources[0].meter.snapshot().duplicates
                 and here.sources[0].done, what="the feed in this process")
    expected = got_here.count
    with there:
        wait_for(lambda: got_there.count >= expected, what="the feed's process")
    assert there.children == 1
    pd.testing.assert_frame_equal(_sorted(got_there.frame()), _sorted(got_here.frame()))
    latest_here = pd.concat(got_here.latest).drop_duplicates(["sensor_code", "parameter"], keep="last")
    latest_there = pd.concat(got_there.latest).drop_duplicates(["sensor_code", "parameter"], keep="last")
    pd.testing.assert_frame_equal(_sorted(latest_there), _sorted(latest_here))
    last = [h for h in got_there.health if h.source == "replay"][-1]
    assert last.readings == expected and not last.up


def test_a_killed_child_is_told_as_the_feed_down_since_then_and_a_new_one_takes_over():
    feed = FeedProcess([_replay(loop=True, shift_to_now=True)], interval=0.05, restart_delay=0.2)
    seen = Collector(feed)
    with feed:
        wait_for(lambda: feed.sources[0].subscribed.is_set() and seen.count > 0, what="the first child")
        first = feed.pid
        cmdline = Path(f"/proc/{first}/cmdline").read_bytes().split(b"\0")
        assert cmdline[1:3] == [b"-m", b"datasources.feeds.child"] and len(cmdline) == 5  # no secrets, no paths
        killed_at = datetime.now(UTC)
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: any(not h.up and "signal 9" in h.detail for h in seen.health), what="the down report")
        down = next(h for h in seen.health if not h.up and "signal 9" in h.detail)
        assert down.since >= killed_at - timedelta(seconds=1)
        assert [h.up for h in feed.health()] in ([False], [True])
        wait_for(lambda: feed.children == 2 and feed.sources[0].subscribed.is_set(), what="the new child")
        assert feed.pid not in (None, first)
        count = seen.count
        wait_for(lambda: seen.count > count, what="readings from the new child")
    assert not feed.running and feed.pid is None
    assert not _alive(first)


def test_the_child_ends_with_its_parent(tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from functools import partial
        from datasources.feeds import FeedProcess, ReplaySource, demo_readings
        feed = FeedProcess([partial(ReplaySource, demo_readings(), speed=10, loop=True)])
        feed.start()
        while feed.pid is None or not feed.sources[0].subscribed.is_set():
            time.sleep(0.05)
        print(feed.pid, flush=True)
        time.sleep(3600)
    """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.kill()  # the window ends as badly as it can: no stop, no clean-up
    parent.wait()
    wait_for(lambda: not _alive(child), what="the orphaned child's end")


def test_a_store_ticket_never_shows_its_password():
    ticket = StoreTicket("postgresql+psycopg://ann%40db:s3cret@host/db", None, "ann", "emergency_desk", None, True)
    assert "s3cret" not in repr(ticket) and "s3cret" not in str(ticket)


@needs_mosquitto
def test_a_child_killed_between_receipt_and_commit_loses_nothing_and_its_successor_stores_each_once(
        broker, tmp_path):
    store, _, desk = desk_store(tmp_path)
    recipe = partial(MqttSource, broker.url, datastreams=STREAMS, client_id="process-test")
    # no store batch before the stop: the first child takes the readings and never commits them
    feed = FeedProcess([recipe], store=desk, store_every=3600, restart_delay=0.2)
    seen = Collector(feed)
    count = 300
    messages = [(observation_topic(RIVER), observation(T0 + timedelta(minutes=m), float(m)))
                for m in range(count)]
    with feed:
        wait_for(lambda: feed.sources[0].subscribed.is_set(), what="the subscription")
        assert send(broker.url, messages) == count
        wait_for(lambda: seen.count >= count, what="the first child")
        first = feed.pid
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: feed.children == 2 and feed.sources[0].subscribed.is_set(), what="the new child")
        assert _stored(store) == []
        # the broker delivers the unacknowledged messages again to the session's new connection
        wait_for(lambda: seen.count >= 2 * count, what="the messages delivered again")
    # the clean stop committed them, then acknowledged them
    assert seen.stored and sum(added for added, _, _ in seen.stored) == count
    rows = _stored(store)
    assert [row.value for row in rows] == [float(m) for m in range(count)]
    # nothing is left unacknowledged: a new child hears the next message and nothing before it
    after = FeedProcess([recipe], store=desk, store_every=0.2)
    heard = Collector(after)
    with after:
        wait_for(lambda: after.sources[0].subscribed.is_set(), what="the third child")
        send(broker.url, [(observation_topic(RIVER), observation(T0 + timedelta(minutes=count), -1.0))])
        wait_for(lambda: heard.count >= 1, what="the next message")
    assert heard.frame()["value"].tolist() == [-1.0]
    store.engine.dispose()


def _stored(store) -> list:
    with store.engine.connect() as con:
        return con.execute(text(
            "SELECT time, value FROM sensor_readings WHERE sensor_code = 'WL-01' AND time >= '2026-06-03' "
            "ORDER BY time")).all()


@pytest.fixture(params=["gpkg", "postgis"])
def rights_store(request, tmp_path):
    """A store with the township's sensors (RG01...), an emergency desk user and a viewer."""
    store = store_of_kind(request, tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("des", PASSWORD, "emergency_desk")
    admin.accounts.add("vie", PASSWORD, "viewer")
    yield store, admin
    store.engine.dispose()


def test_the_child_writes_as_the_logged_in_user_with_the_same_rights(rights_store):
    store, admin = rights_store
    viewer = store.login("vie", PASSWORD)
    readings = pd.DataFrame({"sensor_code": "RG01", "time": [T0 + timedelta(minutes=m) for m in range(50)],
                             "parameter": "rain", "value": [float(m) for m in range(50)]})
    recipe = partial(ReplaySource, readings, speed=1e7)
    with pytest.raises(PermissionDenied):  # refused here, before any process starts
        FeedProcess([recipe], store=viewer)
    desk = store.login("des", PASSWORD)
    feed = FeedProcess([recipe], store=desk, store_every=0.2)
    seen = Collector(feed)
    with feed:
        wait_for(lambda: sum(added for added, _, _ in seen.stored) >= 50, what="the child's store batches")
    got = admin.readings.between(["RG01"], T0, T0 + timedelta(hours=1))
    assert sorted(got["value"].tolist()) == [float(m) for m in range(50)]
    trail = admin.audit.log()
    batches = trail[trail["event"] == "feed"]
    assert ((trail["username"] == "vie") & (trail["outcome"] == "denied")).any()
    assert len(batches) and set(batches["username"]) == {"des"}  # audited as the user, from the child
    assert set(batches["outcome"]) == {"ok"}
