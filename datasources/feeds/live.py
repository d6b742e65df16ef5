"""The live feed: sources polled by one worker thread, readings handed out in batches through psygnal
signals and written to the store in batches by a thread of its own, so the database works while the worker
decodes (see the package's documentation)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime

import pandas as pd
from psygnal import Signal

from datasources.feeds.batch import to_frame
from datasources.feeds.health import FeedHealth
from datasources.feeds.latest import LATEST_COLUMNS, LatestValues

log = logging.getLogger(__name__)
#: Rows kept for the store while it cannot be written; beyond this the oldest are given up (and counted).
MAX_PENDING = 2_000_000


class FeedSignals:
    """What every live feed hands out (:class:`LiveFeed` in this process, ``FeedProcess`` from a child):
    ``readings``, ``latest_changed``, ``health_changed``, ``stored`` and ``store_failed``, each emitted so that
    a consumer's fault is logged and the feed goes on."""

    readings = Signal(object)
    latest_changed = Signal(object)
    health_changed = Signal(object)
    stored = Signal(int, int, float)
    store_failed = Signal(str)

    @staticmethod
    def _check(names: list[str], store) -> None:
        """Refuse two sources of one name, and a store whose user may not write the readings."""
        if len(set(names)) != len(names):
            raise ValueError(f"two sources of one feed have the same name: {names}")
        if store is not None:
            from datasources.store.permissions import Action

            store.check(Action.edit("sensor_readings"), "sensor_readings")

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except Exception:  # a consumer's fault is logged, the feed goes on
            log.exception("a consumer of the live feed failed")


class LiveFeed(FeedSignals):
    """Readings from ``sources`` (:class:`MqttSource`, :class:`CsvFolderSource`, :class:`ReplaySource`).

    Parameters
    ----------
    sources : iterable
        The sources; each has ``name``, ``kind``, ``meter``, ``open()``, ``drain(now)``, ``close()``.
    store : StoreSession, optional
        Where the readings are written (the user must be allowed to edit ``sensor_readings``: the emergency
        desk or the administrator); None: not written.
    interval : float
        Seconds between two ticks of the worker (a ``readings`` batch at most per tick).
    store_every : float
        Seconds between two store batches (sooner when ``store_rows`` readings wait).
    store_rows : int
        Readings that make a store batch at once.
    latest : LatestValues, optional
        Shared latest values (default: a new one).
    """

    def __init__(self, sources: Iterable, store=None, interval: float = 0.2, store_every: float = 2.0,
                 store_rows: int = 50_000, latest: LatestValues | None = None) -> None:
        self.sources = list(sources)
        self._check([s.name for s in self.sources], store)
        self.store = store
        self.interval, self.store_every, self.store_rows = interval, store_every, store_rows
        self.latest = latest or LatestValues()
        self._lock = threading.Lock()
        self._halt = threading.Event()
        self._thread: threading.Thread | None = None
        self._writer: threading.Thread | None = None
        self._writer_halt = threading.Event()
        self._writer_wake = threading.Event()
        self._pending_lock = threading.Lock()
        self._pending: list[pd.DataFrame] = []
        self._pending_rows = 0
        self._receipts: list = []  # acknowledgements of the messages whose readings wait for the store
        self._health_sent: dict[str, tuple[int, float, bool]] = {}
        #: readings given up because the store could not be written for too long
        self.given_up = 0
        #: totals of the store batches: rows offered, rows added, seconds spent writing
        self.store_totals = [0, 0, 0.0]

    # ---------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Open the sources and start the worker (nothing happens when it runs already)."""
        with self._lock:
            if self.running:
                return
            self._halt.clear()
            for source in self.sources:
                source.open()
            self._thread = threading.Thread(target=self._run, name="live-feed", daemon=True)
            self._thread.start()
            if self.store is not None:
                self._writer_halt.clear()
                self._writer = threading.Thread(target=self._write_loop, name="live-feed-store", daemon=True)
                self._writer.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Close the sources, hand out what they gave last, write what waits for the store, stop the worker."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            # a broker's source only stops taking messages: what it took is stored and then acknowledged
            # on its connection, which closes last
            acknowledging = [source for source in self.sources if hasattr(source, "pause")]
            for source in self.sources:
                if source in acknowledging:
                    source.pause()
                else:
                    self._close(source)
            self._halt.set()
            thread.join(timeout)
            writer, self._writer = self._writer, None
            if writer is not None:  # after the worker: it hands the writer the last readings
                self._writer_halt.set()
                self._writer_wake.set()
                writer.join(timeout)
            for source in acknowledging:
                self._close(source)

    @staticmethod
    def _close(source) -> None:
        try:
            source.close()
        except Exception:  # a broker gone while closing: nothing more to receive anyway
            log.exception("closing %s", source.name)

    def health(self) -> list[FeedHealth]:
        """The health of every source now."""
        return [source.meter.snapshot() for source in self.sources]

    def __enter__(self) -> LiveFeed:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    # the worker ----------------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._halt.wait(self.interval):
            self._tick()
        self._tick()
        while any(getattr(source, "pending", 0) for source in self.sources):  # the rest of a backlog
            self._tick()
        self._send_health(force=True)

    def _tick(self) -> None:
        now = datetime.now(UTC)
        fresh, moved, receipts = [], [], []
        for source in self.sources:
            try:
                rows = source.drain(now)
            except Exception as exc:  # a source's fault must not stop the others
                log.exception("reading %s", source.name)
                source.meter.state(False, str(exc))
                continue
            receipt = source.receipt() if hasattr(source, "receipt") else None
            if receipt is not None:
                receipts.append(receipt)
            if len(rows) == 0:
                continue
            batch = rows if isinstance(rows, pd.DataFrame) else to_frame(rows)
            new, changed, duplicates, late = self.latest.admit(batch)
            source.meter.accepted(len(new), duplicates, late)
            if len(new):
                fresh.append(new)
            if len(changed):
                moved.append(changed)
        if fresh:
            batch = fresh[0] if len(fresh) == 1 else pd.concat(fresh, ignore_index=True).sort_values(
                "time", kind="stable", ignore_index=True)
            self._emit(self.readings, batch)
            if self.store is not None:
                with self._pending_lock:
                    self._pending.append(batch)
                    self._pending_rows += len(batch)
                    if self._pending_rows >= self.store_rows:
                        self._writer_wake.set()
        if receipts:  # acknowledged once the readings are committed (or handed out, with no store)
            if self.store is None:
                _acknowledge(receipts)
            else:
                with self._pending_lock:
                    self._receipts.extend(receipts)
        if moved:
            latest = moved[0] if len(moved) == 1 else (
                pd.concat(moved, ignore_index=True).sort_values("time").drop_duplicates(
                    ["sensor_code", "parameter"], keep="last")[LATEST_COLUMNS].reset_index(drop=True))
            self._emit(self.latest_changed, latest)
        self._send_health()

    # the store's thread: the database works while the worker decodes ----------------------------------
    def _write_loop(self) -> None:
        while not self._writer_halt.is_set():
            self._writer_wake.wait(self.store_every)
            self._writer_wake.clear()
            self._write_store()
        self._write_store()
        if self._pending_rows:
            log.warning("the live feed stopped with %d readings it could not store", self._pending_rows)

    def _write_store(self) -> None:
        with self._pending_lock:
            pending, self._pending, self._pending_rows = self._pending, [], 0
            receipts, self._receipts = self._receipts, []
        if not pending:  # every reading taken so far is committed
            _acknowledge(receipts)
            return
        batch = pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0]
        began = time.perf_counter()
        try:
            added = self.store.readings.add_batch(batch)
        except Exception as exc:  # the store is down or full: keep the rows, try again with the next batch
            log.warning("the live feed could not write %d readings: %s", len(batch), exc)
            with self._pending_lock:
                kept = pd.concat([batch, *self._pending], ignore_index=True)
                if len(kept) > MAX_PENDING:
                    self.given_up += len(kept) - MAX_PENDING
                    kept = kept.iloc[-MAX_PENDING:]
                    # never acknowledged: the broker delivers those messages again on the next connection
                    receipts = []
                    self._receipts.clear()
                self._pending, self._pending_rows = [kept], len(kept)
                self._receipts[:0] = receipts
            self._emit(self.store_failed, getattr(exc, "message", None) or str(exc))
            return
        seconds = time.perf_counter() - began
        _acknowledge(receipts)
        totals = self.store_totals
        totals[0], totals[1], totals[2] = totals[0] + len(batch), totals[1] + added, totals[2] + seconds
        self._emit(self.stored, added, len(batch), seconds)

    def _send_health(self, force: bool = False) -> None:
        clock = time.monotonic()
        for source in self.sources:
            meter = source.meter
            version, sent_at, was_up = self._health_sent.get(source.name, (-1, 0.0, None))
            if meter.version == version:
                continue
            if force or meter.up != was_up or clock - sent_at >= 1.0:
                self._health_sent[source.name] = (meter.version, clock, meter.up)
                self._emit(self.health_changed, meter.snapshot())



def _acknowledge(receipts) -> None:
    for receipt in receipts:
        try:
            receipt()
        except Exception:  # a connection lost meanwhile: the broker delivers those messages again
            log.exception("acknowledging messages to the broker")
