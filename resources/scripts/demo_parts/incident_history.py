"""A plausible history for the demo incidents: who handled each case, when it was due, and one status change
per step of the workflow from the report to the status it has now, so the desk's history view shows something.

Deterministic (seeded): the same township gives the same history.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

#: the steps from the report to each status (every pair is an allowed transition)
PATHS = {
    "new": ("new",),
    "verified": ("new", "verified"),
    "assigned": ("new", "verified", "assigned"),
    "in_progress": ("new", "verified", "assigned", "in_progress"),
    "resolved": ("new", "verified", "assigned", "in_progress", "resolved"),
    "closed": ("new", "verified", "assigned", "in_progress", "resolved", "closed"),
    "rejected": ("new", "verified", "rejected"),
    "duplicate": ("new", "duplicate"),
}
TEAMS = {"environment": "镇环保所", "street_light": "供电所", "road_damage": "交通办", "flooding": "水利站",
         "noise": "派出所", "dispute": "综治办", "water_supply": "水务站", "waste": "环卫所"}
NOTES = {"new": "群众反映，已登记", "verified": "现场核实，情况属实", "assigned": "派至{team}处理",
         "in_progress": "{team}已到场处理", "resolved": "处理完毕，待回访", "closed": "回访群众，表示满意，办结",
         "rejected": "经核实不属于本镇受理范围，已告知反映人", "duplicate": "与{original}反映的是同一问题"}
STAFF = ("office_wang", "office_li", "desk_zhao", "desk_chen")
SOURCES = ("phone", "hotline", "app", "walk_in")
SOURCE_WEIGHTS = (0.35, 0.3, 0.25, 0.1)


def incident_extras(frame: pd.DataFrame, deadlines: dict[str, float], seed: int = 5) -> pd.DataFrame:
    """``due_at``, ``source`` and ``assignee`` for each incident of the township's ``incidents`` layer."""
    rng = np.random.default_rng(seed)
    reported = pd.to_datetime(frame["reported_at"], utc=True)
    days = frame["category"].map(lambda c: deadlines.get(c, 7.0)).astype(float)
    assigned = frame["status"].isin(("assigned", "in_progress", "resolved", "closed"))
    return pd.DataFrame({
        "due_at": reported + pd.to_timedelta(days, unit="D"),
        "source": rng.choice(SOURCES, size=len(frame), p=SOURCE_WEIGHTS),
        "assignee": frame["category"].map(TEAMS).where(assigned, None),
    }, index=frame.index)


def originals(frame: pd.DataFrame) -> dict[int, int]:
    """For each duplicate (row position): the row of the nearest earlier report of its category that is
    a case of its own (else the nearest of its category)."""
    reported = pd.to_datetime(frame["reported_at"], utc=True).to_numpy()
    xs, ys = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
    own = ~frame["status"].isin(("duplicate", "rejected")).to_numpy()
    found = {}
    for row in np.flatnonzero(frame["status"].to_numpy() == "duplicate"):
        same = (frame["category"].to_numpy() == frame["category"].iloc[row])
        same[row] = False
        candidates = same & own & (reported <= reported[row])
        if not candidates.any():
            candidates = same
        if not candidates.any():
            continue
        rows = np.flatnonzero(candidates)
        distance = np.hypot(xs[rows] - xs[row], ys[rows] - ys[row])
        found[int(row)] = int(rows[np.argmin(distance)])
    return found


def history(frame: pd.DataFrame, extras: pd.DataFrame, case_numbers: list[str],
            duplicates: dict[int, int], seed: int = 7) -> list[dict]:
    """One ``incident_events`` row per step, times spread from the report to the last change (the
    closing time for closed cases); ``incident_id`` holds the row position until the ids are known."""
    rng = np.random.default_rng(seed)
    reported = pd.to_datetime(frame["reported_at"], utc=True)
    last = pd.to_datetime(frame["closed_at"], utc=True).fillna(
        pd.to_datetime(frame["updated_at"], utc=True)).fillna(reported)
    events = []
    for row, status in enumerate(frame["status"]):
        steps = PATHS[status]
        start, end = reported.iloc[row], max(last.iloc[row], reported.iloc[row])
        cuts = np.sort(rng.uniform(0.05, 0.95, size=max(len(steps) - 2, 0)))
        fractions = [0.0, *cuts, 1.0][:len(steps)] if len(steps) > 1 else [0.0]
        team = TEAMS.get(frame["category"].iloc[row], "镇办公室")
        original = case_numbers[duplicates[row]] if row in duplicates else "已有报告"
        previous = None
        for step, fraction in zip(steps, fractions, strict=True):
            time = start + timedelta(seconds=float(fraction) * (end - start).total_seconds())
            events.append({
                "incident_id": row, "time": time.to_pydatetime(), "username": str(rng.choice(STAFF)),
                "kind": "status", "from_status": previous, "to_status": step,
                "note": NOTES[step].format(team=team, original=original),
                "assignee": extras["assignee"].iloc[row] if step in PATHS["closed"][2:] else None,
            })
            previous = step
    return events
