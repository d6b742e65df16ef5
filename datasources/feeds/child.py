"""The child process of :class:`~datasources.feeds.process.FeedProcess`: ``python -m datasources.feeds.child FD``.

``FD`` is its end of the pipe to the parent. The first message says what to run (the sources' recipes, the
store's :class:`~datasources.feeds.process.StoreTicket`, the feed's intervals); the child then runs a
:class:`~datasources.feeds.LiveFeed` and sends its signals as ``("readings", packed)``, ``("latest", frame)``,
``("health", FeedHealth)``, ``("stored", added, offered, seconds)`` and ``("store_failed", message)``; a
child that cannot start its feed sends ``("failed", reason)`` and ends. It stops cleanly (stores, acknowledges,
disconnects) on ``("stop",)``, when the pipe closes, or when its parent process is gone; Ctrl-C in a
terminal is the parent's to handle, not the child's.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection

PARENT_CHECK_S = 1.0


class _Outbox:
    """Sends to the parent from the feed's threads, one message at a time; a parent gone ends nothing here
    (the main thread sees the pipe close and stops the feed)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.lock = threading.Lock()
        self.gone = False

    def send(self, message) -> None:
        if self.gone:
            return
        with self.lock:
            try:
                self.conn.send(message)
            except OSError:
                self.gone = True


def run(conn: Connection, parent: int) -> int:
    from datasources.feeds.live import LiveFeed
    from datasources.feeds.process import pack_readings

    config = conn.recv()
    outbox = _Outbox(conn)
    session = None
    try:
        if config["store"] is not None:
            session = config["store"].open()
        feed = LiveFeed([recipe() for recipe in config["sources"]], store=session, interval=config["interval"],
                        store_every=config["store_every"], store_rows=config["store_rows"])
    except Exception as exc:  # noqa: BLE001 — told to the parent, whose feed health says it
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        outbox.send(("failed", f"it could not start: {reason}"))
        return 1
    feed.readings.connect(lambda frame: outbox.send(("readings", pack_readings(frame))))
    feed.latest_changed.connect(lambda frame: outbox.send(("latest", frame)))
    feed.health_changed.connect(lambda health: outbox.send(("health", health)))
    feed.stored.connect(lambda added, offered, seconds: outbox.send(("stored", added, offered, seconds)))
    feed.store_failed.connect(lambda message: outbox.send(("store_failed", message)))
    feed.start()
    for source in feed.sources:
        outbox.send(("health", source.meter.snapshot()))
    try:
        while os.getppid() == parent and not outbox.gone:
            if conn.poll(PARENT_CHECK_S) and conn.recv()[0] == "stop":
                break
    except (EOFError, OSError):  # the parent closed the pipe or ended
        pass
    feed.stop()
    if session is not None:
        session.store.engine.dispose()
    outbox.send(("stopped",))
    conn.close()
    return 0


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the window decides when the feed stops
    logging.basicConfig(level=logging.WARNING, format="live feed process: %(levelname)s %(name)s: %(message)s")
    conn = Connection(int(argv[0]))
    return run(conn, os.getppid())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
