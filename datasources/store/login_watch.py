"""Passwords tried with ``psql`` (or any program) against a shared store, counted as the console's are.

PostgreSQL 15 has no hook a store could use when a login fails, so a password guessed directly at the
server, not through the console, left no record and counted towards no lockout. The server writes each
failure to its log (``FATAL: password authentication failed for user "clerk@township"``, SQLSTATE 28P01):
:class:`LoginWatch` follows that log where it is written (on the database server) and tells each failure of a
login of this store to the server function ``township_watched_failure``, which counts and records it with the
console's own rules (five failures lock the account for 15 minutes; see ``pg_accounts.sql``). A lock also
makes the login role's password invalid, so PostgreSQL itself refuses the account to every program for the
lock's length, without saying whether a guess was right.

Log formats: ``csvlog`` and ``jsonlog`` (language-independent: SQLSTATE 28P01, the login and the client's
address are fields of their own), and the plain ``stderr`` log with its default prefix ``%m [%p]``, which
needs ``lc_messages = 'C'`` (English messages) and ``log_connections = on`` (the client's address). A failure
a console told itself through the login desk is counted once: the server pairs the two by name, address and
time.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from datasources.errors import QT_TRANSLATE_NOOP, StoreError

#: SQLSTATE of a failed password (invalid_password)
INVALID_PASSWORD = "28P01"
_FAILED = re.compile(r'password authentication failed for user "(?P<role>[^"]*)"')
_RECEIVED = re.compile(r"connection received: host=(?P<host>\S+)")
_PID = re.compile(r"\[(?P<pid>\d+)\]")
_STAMP = re.compile(r"^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?)(?: (?P<zone>[A-Za-z]+|[+-]\d\d(?::?\d\d)?))?")
_SUFFIX = {"csvlog": ".csv", "jsonlog": ".json", "stderr": ".log"}
_HOSTS_KEPT = 10_000


@dataclass(frozen=True)
class Failure:
    """One failed password in the server's log: the PostgreSQL login, the client's address, when."""

    role: str
    client: str
    at: datetime | None


def log_format(path: Path) -> str:
    """``csvlog``, ``jsonlog`` or ``stderr``, from a log file's name."""
    suffix = path.suffix.lower()
    return "csvlog" if suffix == ".csv" else "jsonlog" if suffix == ".json" else "stderr"


def _when(text: str) -> datetime | None:
    """A log time, when its zone is UTC or a numeric offset (a zone abbreviation is ambiguous: None)."""
    found = _STAMP.match(text or "")
    if found is None:
        return None
    zone = found["zone"] or ""
    try:
        stamp = datetime.fromisoformat(found["time"])
    except ValueError:
        return None
    if zone in ("UTC", "GMT", "Z"):
        return stamp.replace(tzinfo=UTC)
    if zone[:1] in "+-" and zone:
        digits = zone[1:].replace(":", "")
        try:
            return datetime.fromisoformat(f"{found['time']}{zone[0]}{digits[:2]}:{digits[2:4] or '00'}")
        except ValueError:
            return None
    return None


def _client(host: str | None) -> str:
    """The address as the login desk names it (``local`` for a Unix socket)."""
    host = (host or "").strip()
    if not host or host == "[local]":
        return "local"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def stderr_failures(lines: Iterable[str], hosts: dict[str, str]) -> Iterator[Failure]:
    """Failures in lines of a plain log (prefix ``%m [%p]``); ``hosts`` keeps each process's client address
    from ``log_connections`` lines between calls."""
    for line in lines:
        pid = _PID.search(line)
        received = _RECEIVED.search(line)
        if received and pid:
            hosts[pid["pid"]] = received["host"]
            while len(hosts) > _HOSTS_KEPT:  # the oldest sessions' addresses (their logins succeeded)
                hosts.pop(next(iter(hosts)))
            continue
        failed = _FAILED.search(line)
        if failed is None or "FATAL" not in line[:failed.start()]:
            continue
        host = hosts.pop(pid["pid"], None) if pid else None
        yield Failure(failed["role"], _client(host) if host else "unknown", _when(line))


def csv_failures(records: Iterable[str]) -> Iterator[Failure]:
    """Failures in ``csvlog`` records (one record may span lines: it is given whole)."""
    for row in csv.reader(io.StringIO("".join(records))):
        if len(row) > 13 and row[12] == INVALID_PASSWORD and row[11] == "FATAL":
            yield Failure(row[1], _client(row[4]), _when(row[0]))


def json_failures(lines: Iterable[str]) -> Iterator[Failure]:
    """Failures in ``jsonlog`` lines (one JSON object a line)."""
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("state_code") == INVALID_PASSWORD and \
                entry.get("error_severity") == "FATAL":
            yield Failure(str(entry.get("user") or ""), _client(entry.get("remote_host")),
                          _when(str(entry.get("timestamp") or "")))


def _complete(data: bytes, kind: str) -> tuple[list[str], int]:
    """The complete records at the start of ``data`` and how many bytes they take (a csvlog record ends at a
    line end outside quotes; the others at a line end)."""
    records, start, quotes = [], 0, 0
    for index in range(len(data)):
        byte = data[index]
        if byte == 0x22:  # "
            quotes += 1
        elif byte == 0x0A and (kind != "csvlog" or quotes % 2 == 0):
            records.append(data[start:index + 1].decode("utf-8", errors="replace"))
            start, quotes = index + 1, 0
    return records, start


class LogFollower:
    """The records a server log gained since the last look: a file, or the newest file of the chosen
    format in a log folder (``log_directory``; a rotated file is read to its end before the next one).

    Parameters
    ----------
    log : path
        The log file or folder.
    kind : str, optional
        ``csvlog``, ``jsonlog`` or ``stderr`` (default: from the file's name; ``csvlog`` for a folder).
    state : path, optional
        Where the position is kept between runs; without it a new follower starts at the log's end.
    from_start : bool
        Read the log from its beginning (when there is no kept position).
    """

    def __init__(self, log: str | os.PathLike, kind: str | None = None, state: str | os.PathLike | None = None,
                 from_start: bool = False) -> None:
        self.log = Path(log)
        self.kind = kind or ("csvlog" if self.log.is_dir() else log_format(self.log))
        self.state = Path(state) if state else None
        self.hosts: dict[str, str] = {}
        self.path: Path | None = None
        self.inode = 0
        self.offset = 0
        kept = self._kept()
        if kept:
            self.path, self.inode, self.offset = Path(kept["path"]), kept["inode"], kept["offset"]
        else:
            self.path = self._newest()
            if self.path is not None and not from_start:
                stat = self.path.stat()
                self.inode, self.offset = stat.st_ino, stat.st_size
            elif self.path is not None:
                self.inode = self.path.stat().st_ino

    def _kept(self) -> dict | None:
        if self.state is None or not self.state.is_file():
            return None
        try:
            kept = json.loads(self.state.read_text(encoding="utf-8"))
            return kept if {"path", "inode", "offset"} <= set(kept) else None
        except (OSError, ValueError):
            return None

    def _newest(self) -> Path | None:
        if not self.log.is_dir():
            return self.log if self.log.exists() else None
        files = [p for p in self.log.iterdir() if p.suffix.lower() == _SUFFIX[self.kind] and p.is_file()]
        return max(files, key=lambda p: (p.stat().st_mtime, p.name)) if files else None

    def records(self) -> list[str]:
        """The complete records added since the last call."""
        out: list[str] = []
        while True:
            if self.path is None or not self.path.exists():
                self.path, self.inode, self.offset = self._newest(), 0, 0
                if self.path is None:
                    return out
            stat = self.path.stat()
            if self.inode and stat.st_ino != self.inode or stat.st_size < self.offset:  # replaced, truncated
                self.offset = 0
            self.inode = stat.st_ino
            with open(self.path, "rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
            done, used = _complete(data, self.kind)
            out.extend(done)
            self.offset += used
            newest = self._newest()
            if newest is None or newest == self.path or used < len(data):
                return out
            self.path, self.inode, self.offset = newest, 0, 0  # rotated: go on in the new file

    def failures(self) -> list[Failure]:
        """The failed passwords logged since the last call."""
        records = self.records()
        if self.kind == "csvlog":
            return list(csv_failures(records))
        if self.kind == "jsonlog":
            return list(json_failures(records))
        return list(stderr_failures(records, self.hosts))

    def keep(self) -> None:
        """Keep the position in the ``state`` file (once what was read has been told)."""
        if self.state is None or self.path is None:
            return
        tmp = self.state.with_name(self.state.name + ".tmp")
        tmp.write_text(json.dumps({"path": str(self.path), "inode": self.inode, "offset": self.offset}),
                       encoding="utf-8")
        os.replace(tmp, self.state)


class LoginWatch:
    """Follows the server's log and tells the store each failed password of one of its logins.

    Parameters
    ----------
    url : str
        The store, as the owner or a login in the group ``<database>_login_watch``.
    follower : LogFollower
    """

    def __init__(self, url: str, follower: LogFollower) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = url
        self.database = make_url(url).database
        self.follower = follower
        self.engine = create_engine(url, pool_pre_ping=True, pool_size=1)
        self.pending: list[Failure] = []

    def username(self, role: str) -> str | None:
        """The console user of a PostgreSQL login of this store (None for other logins)."""
        suffix = f"@{self.database}"
        user = role[:-len(suffix)] if role.endswith(suffix) else ""
        return user if re.fullmatch(r"[A-Za-z0-9._-]{1,64}", user) else None

    def once(self) -> list[tuple[str, str, str]]:
        """Tell the failures logged since the last look; returns ``(user, client, outcome)`` of each. A
        failure the store could not be told is told at the next look."""
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        self.pending.extend(f for f in self.follower.failures() if self.username(f.role) is not None)
        told = []
        try:
            while self.pending:
                failure = self.pending[0]
                user = self.username(failure.role)
                with self.engine.begin() as con:
                    outcome = con.execute(text("SELECT outcome FROM township_watched_failure(:u, :c, :t)"),
                                          {"u": user, "c": failure.client, "t": failure.at}).scalar()
                self.pending.pop(0)
                told.append((user, failure.client, outcome))
            self.follower.keep()
            with self.engine.begin() as con:
                con.execute(text("SELECT township_reopen_elapsed()"))
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) in ("42501", "42883"):
                raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                                   "this login may not tell the store of failed logins"),
                                 QT_TRANSLATE_NOOP("DataSourceError",
                                                   "Run the watcher as the store's owner or as a login in "
                                                   "the group {group}, on a store that 'db upgrade' brought "
                                                   "up to date."),
                                 group=f"{self.database}_login_watch") from None
            from datasources.store.login_target import database_error

            raise database_error(exc) from None
        return told

    def run(self, interval: float = 1.0, keep_going: Callable[[], bool] = lambda: True,
            told: Callable[[list], None] = lambda _told: None) -> None:
        """Look at the log every ``interval`` seconds while ``keep_going()``."""
        while keep_going():
            told(self.once())
            time.sleep(interval)

    def advice(self) -> list[str]:
        """What the server's settings leave out, as sentences for the administrator (empty when all is set)."""
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        notes = []
        with self.engine.connect() as con:
            def setting(name: str) -> str | None:
                try:
                    with con.begin_nested():
                        return str(con.execute(text(f"SHOW {name}")).scalar())
                except DBAPIError:
                    return None

            libraries = setting("shared_preload_libraries")
            if libraries is not None and "auth_delay" not in libraries:
                notes.append("auth_delay is not loaded: each wrong password is answered at once (set "
                             "shared_preload_libraries = 'auth_delay' and auth_delay.milliseconds = 500)")
            if self.follower.kind == "stderr":
                if setting("log_connections") == "off":
                    notes.append("log_connections is off: failures are recorded without the client's "
                                 "address (set log_connections = on, or use csvlog or jsonlog)")
                messages = setting("lc_messages") or ""
                if messages and not messages.startswith(("C", "en", "POSIX")):
                    notes.append(f"lc_messages is {messages}: the plain log's messages are not in English "
                                 "and are not recognised (set lc_messages = 'C', or use csvlog or jsonlog)")
        return notes

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["Failure", "LogFollower", "LoginWatch", "csv_failures", "json_failures", "log_format",
           "stderr_failures"]
