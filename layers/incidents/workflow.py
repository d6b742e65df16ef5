"""The incident workflow: which status may follow which, deadlines per category, overdue and time to close.

A resident's report moves new -> verified -> assigned -> in progress -> resolved -> closed; it can be rejected
or marked a duplicate (linked to the original) before work starts. The rules live here, with no Qt and no
database; the statuses and transitions are defined once in ``datasources.incident_vocabulary`` (the store
enforces them) and the desk only offers what they allow.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from datasources.errors import WorkflowRefused
from datasources.incident_vocabulary import (
    CATEGORIES,
    DEFAULT_DEADLINE_DAYS,
    FALLBACK_DEADLINE_DAYS,
    FINAL_STATUSES,
    OPEN_STATUSES,
    STATUSES,
    TRANSITIONS,
    allowed_next,
    check_transition,
)

#: The workflow's refusal (the store raises it too); kept under its old name.
TransitionRefused = WorkflowRefused


def deadline_days(category: str, table: dict[str, float] | None = None) -> float:
    table = DEFAULT_DEADLINE_DAYS if table is None else table
    return float(table.get(category, FALLBACK_DEADLINE_DAYS))


def due_at(reported_at: datetime, category: str, table: dict[str, float] | None = None) -> datetime:
    """When a report of ``category`` made at ``reported_at`` must be closed."""
    return reported_at + timedelta(days=deadline_days(category, table))


def overdue(frame: pd.DataFrame, now: datetime, table: dict[str, float] | None = None) -> np.ndarray:
    """Per row: still open (new...resolved) and past its deadline. Needs ``status``, ``category``,
    ``reported_at`` (and uses ``due_at`` when present)."""
    if frame.empty:
        return np.zeros(0, dtype=bool)
    due = _due(frame, table)
    still_open = frame["status"].isin(OPEN_STATUSES + ("resolved",)).to_numpy()
    return still_open & (due < pd.Timestamp(now)).to_numpy()


def _due(frame: pd.DataFrame, table) -> pd.Series:
    reported = pd.to_datetime(frame["reported_at"], utc=True)
    days = frame["category"].map(lambda c: deadline_days(c, table))
    computed = reported + pd.to_timedelta(days, unit="D")
    if "due_at" in frame.columns:
        stored = pd.to_datetime(frame["due_at"], utc=True)
        return stored.fillna(computed)
    return computed


def hours_to_close(frame: pd.DataFrame) -> pd.Series:
    """Hours from report to closing, NaN for cases not closed."""
    reported = pd.to_datetime(frame["reported_at"], utc=True)
    closed = pd.to_datetime(frame["closed_at"], utc=True)
    return (closed - reported).dt.total_seconds() / 3600.0


__all__ = ["CATEGORIES", "DEFAULT_DEADLINE_DAYS", "FALLBACK_DEADLINE_DAYS", "FINAL_STATUSES",
           "OPEN_STATUSES", "STATUSES", "TRANSITIONS", "TransitionRefused", "allowed_next", "check_transition",
           "deadline_days", "due_at", "hours_to_close", "overdue"]
