"""How a source of readings is doing: up or down and since when, messages per second, errors per topic."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

#: Topics (or files) counted one by one; errors of further ones are counted together under this name.
OTHER_TOPICS = "(other topics)"
MAX_TOPICS = 1000
RATE_WINDOW_S = 10


@dataclass(frozen=True)
class FeedHealth:
    """A snapshot of one source (see the package's documentation for the fields)."""

    source: str
    kind: str
    up: bool = False
    since: datetime | None = None
    messages: int = 0
    readings: int = 0
    rate: float = 0.0
    last_message: datetime | None = None
    errors: Mapping[str, int] = field(default_factory=dict)
    reasons: Mapping[str, int] = field(default_factory=dict)
    duplicates: int = 0
    late: int = 0
    reconnects: int = 0
    detail: str = ""

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


class HealthMeter:
    """The counters of one source, changed from its threads and read as :class:`FeedHealth` snapshots."""

    def __init__(self, source: str, kind: str) -> None:
        self.source, self.kind = source, kind
        self._lock = threading.Lock()
        self._up = False
        self._since: datetime | None = None
        self._messages = self._readings = self._duplicates = self._late = self._reconnects = 0
        self._last: datetime | None = None
        self._errors: Counter = Counter()
        self._reasons: Counter = Counter()
        self._detail = ""
        self._seconds: dict[int, int] = {}  # whole second (monotonic) -> messages
        self._version = 0

    def messages(self, count: int = 1, when: datetime | None = None) -> None:
        second = int(time.monotonic())
        with self._lock:
            self._messages += count
            self._seconds[second] = self._seconds.get(second, 0) + count
            if len(self._seconds) > RATE_WINDOW_S + 2:
                for old in [s for s in self._seconds if s < second - RATE_WINDOW_S]:
                    del self._seconds[old]
            self._last = when or datetime.now(UTC)
            self._version += 1

    def error(self, topic: str, reason: str, count: int = 1) -> None:
        with self._lock:
            if topic not in self._errors and len(self._errors) >= MAX_TOPICS:
                topic = OTHER_TOPICS
            self._errors[topic] += count
            self._reasons[reason] += count
            self._version += 1

    def accepted(self, readings: int = 0, duplicates: int = 0, late: int = 0) -> None:
        with self._lock:
            self._readings += readings
            self._duplicates += duplicates
            self._late += late
            self._version += 1

    def state(self, up: bool, detail: str | None = None) -> bool:
        """Set up or down; True when that changed."""
        with self._lock:
            changed = up != self._up or self._since is None
            if changed:
                self._up, self._since = up, datetime.now(UTC)
            if changed or (detail is not None and detail != self._detail):
                self._detail = self._detail if detail is None else detail
                self._version += 1
            return changed

    def reconnected(self) -> None:
        with self._lock:
            self._reconnects += 1
            self._version += 1

    @property
    def version(self) -> int:
        """Moves on with every change (to tell whether a snapshot is out of date)."""
        return self._version

    @property
    def up(self) -> bool:
        return self._up

    def snapshot(self) -> FeedHealth:
        now = int(time.monotonic())
        with self._lock:
            recent = sum(n for s, n in self._seconds.items() if now - RATE_WINDOW_S <= s < now)
            return FeedHealth(self.source, self.kind, self._up, self._since, self._messages,
                              self._readings, recent / RATE_WINDOW_S, self._last, dict(self._errors),
                              dict(self._reasons), self._duplicates, self._late, self._reconnects,
                              self._detail)
