"""The live feed in a process of its own: :class:`FeedProcess` runs a :class:`~datasources.feeds.LiveFeed` (its
sources' network threads, the decoding, the store's batch writes and the QoS 1 acknowledgements after each
commit) in a child Python process and hands the caller the same psygnal signals as the feed in the caller's
process: ``readings``, ``latest_changed``, ``health_changed``, ``stored``, ``store_failed``.

Why: a feed of 5,000 readings a second costs about half a core of Python (paho's network loop, JSON and
SensorThings decoding, the store's writes). In the window's process those threads share its interpreter lock,
and the window's event loop waits for them. In a child process they do not: the window only reads compact
batches from a pipe (codes, times and values as numpy arrays), on a thread that waits outside the lock.

::

    from functools import partial
    feed = FeedProcess([partial(MqttSource, "mqtt://127.0.0.1:1883", datastreams=demo_datastreams())],
                       store=session)   # the child writes as this user, with the same rights
    feed.readings.connect(on_batch)     # emitted from the feed's reading thread, as LiveFeed's are
    feed.start()
    ...
    feed.stop()                         # the child stores what it took, acknowledges it, and ends

The sources are given as recipes (a class or a ``functools.partial`` of one, called with no argument): each
is made in the child, and once here to learn its name and kind. The store session goes to the child as a
:class:`StoreTicket` through the pipe (with a shared store's password: never on the command line or in
the environment); the child opens the same store as the same user, and every check the store makes applies
there as here. The child ends with its parent: when the pipe closes (the window ended, however) or its
parent process is gone, it stops taking messages, stores and acknowledges what it took, and exits. When
the child ends unexpectedly, every source's health goes down (``detail`` says how the process ended) and a
new child starts after a pause (1 s, doubling up to 30 s); what the old one had taken but not committed
was never acknowledged, so the broker delivers it again to the new one (same client id, persistent
session). The counters of a source's health start again from zero in a new child.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import Pipe

import numpy as np
import pandas as pd

from datasources.feeds.health import FeedHealth
from datasources.feeds.live import FeedSignals

log = logging.getLogger(__name__)
CHILD_MODULE = "datasources.feeds.child"


@dataclass(frozen=True)
class StoreTicket:
    """What the child needs to open the store as the logged-in user: the store's address (a shared store's
    with the user's own login and password), the folder of the personal-data key, and who the user is.
    Only ever sent through the pipe to the child."""

    url: str
    key_folder: str | None
    username: str
    role: str
    village_code: str | None
    account: bool

    @classmethod
    def from_session(cls, session) -> StoreTicket:
        store = session.store
        url = store.engine.url.render_as_string(hide_password=False)
        caller = session.caller
        folder = getattr(store, "key_folder", None)
        return cls(url, None if folder is None else str(folder), caller.username, caller.role,
                   caller.village_code, bool(getattr(session.gate, "account", True)))

    def __repr__(self) -> str:  # never the password, in a log or a traceback
        return f"StoreTicket(user={self.username!r}, role={self.role!r})"

    def open(self):
        """The store session (in the child)."""
        from pathlib import Path

        from datasources.store import TownshipStore
        from datasources.store.permissions import Caller
        from datasources.store.session import StoreSession

        store = TownshipStore(self.url, key_folder=None if self.key_folder is None else Path(self.key_folder))
        return StoreSession(store, Caller(self.username, self.role, self.village_code), account=self.account)


# a batch of readings through the pipe: names once, then small integer codes, times and values ---------------
def pack_readings(frame: pd.DataFrame) -> tuple:
    codes, code_names = pd.factorize(frame["sensor_code"], sort=False)
    params, param_names = pd.factorize(frame["parameter"], sort=False)
    stamps = pd.DatetimeIndex(frame["time"]).as_unit("ms").asi8
    return (list(code_names), codes.astype(np.int32), list(param_names), params.astype(np.int32),
            np.asarray(stamps, dtype=np.int64), frame["value"].to_numpy(dtype=float))


def unpack_readings(packed: tuple) -> pd.DataFrame:
    """The batch as :func:`~datasources.feeds.batch.to_frame` makes it (same columns and types)."""
    code_names, codes, param_names, params, stamps, values = packed
    return pd.DataFrame({
        "sensor_code": pd.Series(np.array(code_names, dtype=object)[codes], dtype=object),
        "time": pd.DatetimeIndex(stamps.view("datetime64[ms]")).tz_localize(UTC),
        "parameter": pd.Series(np.array(param_names, dtype=object)[params], dtype=object),
        "value": values,
    })


@dataclass
class SourceState:
    """What this side knows of one source of the child: its name and kind, and whether it is up
    (``subscribed`` is set while its latest health says up, as :class:`MqttSource`'s is while subscribed)."""

    name: str
    kind: str
    subscribed: threading.Event = dataclasses.field(default_factory=threading.Event)


class FeedProcess(FeedSignals):
    """A live feed in a child process (see the module's documentation).

    Parameters
    ----------
    sources : iterable of callables
        Recipes of the sources (``functools.partial(MqttSource, url, datastreams=...)``): picklable callables
        that make a source when called with no argument.
    store : StoreSession, optional
        The session whose user the child writes the readings as (checked here at once: the user must be
        allowed to edit ``sensor_readings``); None: not written.
    interval, store_every, store_rows
        As :class:`~datasources.feeds.LiveFeed`'s.
    restart_delay, max_restart_delay : float
        Seconds before a new child after one ended unexpectedly, doubling up to the second.
    """

    def __init__(self, sources: Iterable[Callable], store=None, interval: float = 0.2, store_every: float = 2.0,
                 store_rows: int = 50_000, restart_delay: float = 1.0, max_restart_delay: float = 30.0) -> None:
        self.recipes = list(sources)
        made = [recipe() for recipe in self.recipes]  # their names; a bad address is refused here
        self.sources = [SourceState(source.name, source.kind) for source in made]
        self._check([s.name for s in self.sources], store)
        self.ticket = None if store is None else StoreTicket.from_session(store)
        self.settings = {"interval": interval, "store_every": store_every, "store_rows": store_rows}
        self.restart_delay, self.max_restart_delay = restart_delay, max_restart_delay
        self._health = {s.name: FeedHealth(s.name, s.kind) for s in self.sources}
        self._lock = threading.Lock()
        self._halt = threading.Event()
        self._supervisor: threading.Thread | None = None
        self._process: subprocess.Popen | None = None
        self._conn = None
        #: children started (1 once running; more after restarts)
        self.children = 0
        #: totals of the store batches: rows offered, rows added, seconds spent writing
        self.store_totals = [0, 0, 0.0]

    @staticmethod
    def supported() -> bool:
        """Whether a child process can be given the pipe (POSIX: an inherited descriptor)."""
        return os.name == "posix"

    @property
    def running(self) -> bool:
        return self._supervisor is not None and self._supervisor.is_alive()

    @property
    def pid(self) -> int | None:
        """The child's process id now (None between two children)."""
        process = self._process
        return None if process is None or process.poll() is not None else process.pid

    def health(self) -> list[FeedHealth]:
        """The latest health of every source."""
        return [self._health[s.name] for s in self.sources]

    def start(self) -> None:
        """Start the child (nothing happens when it runs already)."""
        with self._lock:
            if self.running:
                return
            self._halt.clear()
            self._supervisor = threading.Thread(target=self._supervise, name="live-feed-process", daemon=True)
            self._supervisor.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the child to stop (it stores and acknowledges what it took), hand out its last batches, and
        wait for it; a child that does not end within ``timeout`` is killed (what it had not committed is
        delivered again by the broker)."""
        with self._lock:
            supervisor, self._supervisor = self._supervisor, None
            if supervisor is None:
                return
            self._halt.set()
            self._tell(("stop",))
        supervisor.join(timeout)
        if supervisor.is_alive():
            self._kill()
            supervisor.join(10)

    def __enter__(self) -> FeedProcess:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    # ---------------------------------------------------------------------------------------------
    def _tell(self, message) -> None:
        conn = self._conn
        if conn is not None:
            try:
                conn.send(message)
            except OSError:  # the child is gone: nothing to tell
                pass

    def _kill(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def _supervise(self) -> None:
        delay = self.restart_delay
        while not self._halt.is_set():
            began = time.monotonic()
            how = self._run_child()
            if self._halt.is_set():
                break
            log.warning("the live feed's process ended: %s", how)
            self._went_down(f"the feed's process ended ({how})")
            if time.monotonic() - began > 60:
                delay = self.restart_delay
            if self._halt.wait(delay):
                break
            delay = min(delay * 2, self.max_restart_delay)

    def _run_child(self) -> str:
        """One child from its start to its end; how it ended."""
        mine, theirs = Pipe(duplex=True)
        fd = theirs.fileno()
        try:
            process = subprocess.Popen([sys.executable, "-m", CHILD_MODULE, str(fd)], pass_fds=(fd,),
                                       stdin=subprocess.DEVNULL)
        except OSError as exc:
            mine.close()
            theirs.close()
            return f"it could not start: {exc}"
        finally:
            if not theirs.closed:
                theirs.close()
        failure = ""
        try:
            with self._lock:  # what to run, and a stop asked meanwhile: never two sends at once on the pipe
                self._process, self._conn = process, mine
                self.children += 1
                mine.send({"sources": self.recipes, "store": self.ticket, **self.settings})
                if self._halt.is_set():
                    mine.send(("stop",))
            while True:
                message = mine.recv()
                if message[0] == "failed":
                    failure = message[1]
                else:
                    self._dispatch(message)
        except (EOFError, OSError):  # the child closed its end: stopped, or gone
            pass
        finally:
            with self._lock:
                self._conn = None
            mine.close()
        try:
            code = process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        with self._lock:
            self._process = None
        if failure:
            return failure
        return f"exit code {code}" if code >= 0 else f"signal {-code}"

    def _dispatch(self, message) -> None:
        kind = message[0]
        if kind == "readings":
            self._emit(self.readings, unpack_readings(message[1]))
        elif kind == "latest":
            self._emit(self.latest_changed, message[1])
        elif kind == "health":
            self._took_health(message[1])
        elif kind == "stored":
            added, offered, seconds = message[1:]
            totals = self.store_totals
            totals[0], totals[1], totals[2] = totals[0] + offered, totals[1] + added, totals[2] + seconds
            self._emit(self.stored, added, offered, seconds)
        elif kind == "store_failed":
            self._emit(self.store_failed, message[1])

    def _took_health(self, health: FeedHealth) -> None:
        self._health[health.source] = health
        for state in self.sources:
            if state.name == health.source:
                (state.subscribed.set if health.up else state.subscribed.clear)()
        self._emit(self.health_changed, health)

    def _went_down(self, detail: str) -> None:
        now = datetime.now(UTC)
        for state in self.sources:
            self._took_health(dataclasses.replace(self._health[state.name], up=False, since=now, rate=0.0,
                                                  detail=detail))
