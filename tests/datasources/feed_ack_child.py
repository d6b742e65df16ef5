"""A console's live feed in a process of its own, for the acknowledgement test (``test_feed_ack.py``).

Usage: ``python -m tests.datasources.feed_ack_child BROKER STORE_FOLDER CLIENT_ID hold|run``

It logs in to the store as the emergency desk user ``des``, listens to the broker with a persistent session
and prints ``READY`` once subscribed. With ``hold`` its store batches never commit: the first one prints
``WRITING <rows>`` and waits there, the moment between receipt and commit, for the parent to kill the
process. With ``run`` it stores normally and prints ``STORED <added> <offered>`` after each batch; it stops
cleanly when its standard input closes. Every line is flushed at once.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from datasources.feeds import LiveFeed, MqttSource, demo_datastreams
from datasources.store import TownshipStore
from tests.datasources.store_kit import CHEAP_HASHER, PASSWORD


class _HeldReadings:
    """The store's readings, whose batch writes stop before their transaction begins."""

    def add_batch(self, batch, source: str = "live feed") -> int:
        print(f"WRITING {len(batch)}", flush=True)
        threading.Event().wait()
        raise AssertionError("not reached")


class _HeldStore:
    def __init__(self, session) -> None:
        self.session, self.readings = session, _HeldReadings()

    def check(self, *args, **kwargs):
        return self.session.check(*args, **kwargs)


def main(broker: str, folder: str, client_id: str, mode: str) -> int:
    folder = Path(folder)
    store = TownshipStore(folder / "township.gpkg", key_folder=folder / "keys", hasher=CHEAP_HASHER)
    desk = store.login("des", PASSWORD)
    source = MqttSource(broker, datastreams=demo_datastreams(), client_id=client_id)
    feed = LiveFeed([source], store=_HeldStore(desk) if mode == "hold" else desk, store_every=0.3)
    feed.stored.connect(lambda added, offered, _s: print(f"STORED {added} {offered}", flush=True))
    feed.start()
    if not source.subscribed.wait(20):
        print("NOT SUBSCRIBED", flush=True)
        return 1
    print("READY", flush=True)
    sys.stdin.read()  # until the parent closes it (or kills the process)
    feed.stop()
    store.engine.dispose()
    print("STOPPED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
