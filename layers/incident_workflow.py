"""The incident workflow: which status may follow which, deadlines per category, overdue and time to close.

A resident's report moves new -> verified -> assigned -> in progress -> resolved -> closed; it can be rejected
or marked a duplicate (linked to the original) before work starts. The rules live here, with no Qt and no
database, so the store enforces them and the desk only offers what they allow.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pandas as pd

STATUSES = ("new", "verified", "assigned", "in_progress", "resolved", "closed", "rejected", "duplicate")
OPEN_STATUSES = ("new", "verified", "assigned", "in_progress")
FINAL_STATUSES = ("closed", "rejected", "duplicate")
STATUS_NAMES_ZH = {"new": "新报告", "verified": "已核实", "assigned": "已派单", "in_progress": "处理中",
                   "resolved": "已解决", "closed": "已办结", "rejected": "不予受理", "duplicate": "重复"}
#: status -> statuses it may change to
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("verified", "rejected", "duplicate"),
    "verified": ("assigned", "rejected", "duplicate"),
    "assigned": ("in_progress", "assigned", "verified"),
    "in_progress": ("resolved", "assigned"),
    "resolved": ("closed", "in_progress"),
    "closed": (),
    "rejected": (),
    "duplicate": (),
}
CATEGORIES = ("environment", "street_light", "road_damage", "flooding", "noise", "dispute",
              "water_supply", "waste")
CATEGORY_NAMES_ZH = {"environment": "环境污染", "street_light": "路灯故障", "road_damage": "道路损坏",
                     "flooding": "积水内涝", "noise": "噪音扰民", "dispute": "矛盾纠纷",
                     "water_supply": "供水问题", "waste": "垃圾清运"}
#: days from report to closing, by category (the office can change them in the store)
DEFAULT_DEADLINE_DAYS = {"environment": 3, "street_light": 5, "road_damage": 7, "flooding": 1,
                         "noise": 3, "dispute": 15, "water_supply": 2, "waste": 3}
FALLBACK_DEADLINE_DAYS = 7


class TransitionRefused(ValueError):
    """The workflow does not allow this change of status (or it lacks what it needs)."""


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a report in ``status`` may move to."""
    if status not in TRANSITIONS:
        raise TransitionRefused(f"{status!r} is not an incident status")
    return TRANSITIONS[status]


def check_transition(current: str, new: str, note: str = "", assignee: str | None = None,
                     duplicate_of: int | None = None) -> None:
    """Raise :class:`TransitionRefused` unless ``current -> new`` is allowed with what it needs.

    A note is always required; assigning needs an assignee; a duplicate needs the original's id.
    """
    if new not in allowed_next(current):
        allowed = ", ".join(TRANSITIONS[current]) or "none (the case is finished)"
        raise TransitionRefused(f"an incident that is {current} cannot become {new}; allowed: {allowed}")
    if not (note or "").strip():
        raise TransitionRefused("every change of status needs a note saying why")
    if new == "assigned" and not (assignee or "").strip():
        raise TransitionRefused("assigning needs the person or team it goes to")
    if new == "duplicate" and duplicate_of is None:
        raise TransitionRefused("a duplicate needs the number of the original report")


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
