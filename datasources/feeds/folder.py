"""Readings from a drop folder: CSV files with the columns ``sensor_code`` (or ``sensor_id``), ``time``,
``parameter``, ``value``, as a logger or another office drops them.

A file is read once it has not changed for ``settle`` seconds (so a file still being copied is left alone),
then moved to ``done/`` in the folder; a file that is not such a table goes to ``bad/`` and counts as an
error of that file. Rows that are not readings (no time, a value that is not a finite number, a time
before the limits or ahead of the clock) are counted as errors of the file; the other rows are read.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pandas as pd

from datasources.feeds.batch import DEFAULT_LIMITS, Limits, normalise
from datasources.feeds.health import HealthMeter
from datasources.feeds.sensorthings import Row


def _aside(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    return path.replace(target)


class CsvFolderSource:
    """CSV files dropped in ``folder`` (checked every ``poll`` seconds)."""

    kind = "folder"

    def __init__(self, folder: Path, poll: float = 1.0, settle: float = 0.5,
                 limits: Limits = DEFAULT_LIMITS) -> None:
        self.folder = Path(folder)
        self.poll, self.settle, self.limits = poll, settle, limits
        self.name = f"folder:{self.folder.name}"
        self.meter = HealthMeter(self.name, self.kind)
        self._next = 0.0

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.meter.state(True, "")

    def close(self) -> None:
        self.meter.state(False, "stopped")

    def drain(self, now: datetime) -> list[Row]:
        clock = time.monotonic()
        if clock < self._next:
            return []
        self._next = clock + self.poll
        rows: list[Row] = []
        try:
            files = sorted((p for p in self.folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file()),
                           key=lambda p: (p.stat().st_mtime, p.name))
        except OSError as exc:
            self.meter.state(False, str(exc))
            return []
        self.meter.state(True)
        for path in files:
            try:
                if time.time() - path.stat().st_mtime < self.settle:
                    continue
            except OSError:
                continue
            rows.extend(self._read(path, now))
        return rows

    def _read(self, path: Path, now: datetime) -> list[Row]:
        try:
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            if "sensor_code" not in table.columns and "sensor_id" not in table.columns:
                raise ValueError("no sensor column")
            missing = {"time", "parameter", "value"} - set(table.columns)
            if missing:
                raise ValueError(f"no {', '.join(sorted(missing))} column")
        except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError):
            self.meter.messages(1, now)
            self.meter.error(path.name, "bad file")
            _aside(path, self.folder / "bad")
            return []
        self.meter.messages(len(table), now)
        table = table.rename(columns={"sensor_id": "sensor_code"})
        named = (table["sensor_code"].str.strip() != "") & (table["parameter"].str.strip() != "")
        good = normalise(table[named])
        limits = self.limits
        inside = ((good["time"] >= pd.Timestamp(limits.earliest))
                  & (good["time"] <= pd.Timestamp(now + limits.ahead))
                  & (good["value"].abs() <= limits.max_abs))
        good = good[inside]
        bad = len(table) - len(good)
        if bad:
            self.meter.error(path.name, "bad row", bad)
        _aside(path, self.folder / "done")
        return list(zip(good["sensor_code"], good["time"].dt.to_pydatetime(), good["parameter"],
                        good["value"].astype(float), strict=True))
