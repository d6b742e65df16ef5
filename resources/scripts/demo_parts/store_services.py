"""The demo store's services and its alert board's past: a few planned sites (built warning loudspeakers and
fibre cabinets, a built and an approved tower, an approved loudspeaker and a drafted cabinet) and the alerts
of storms before the stored readings, each acknowledged and closed with a note, so the governance
dashboard's services coverage and alert columns have figures on the demo.

Everything is derived from the demo township itself, the same on every run: sites stand at the middle
(median) of their village's households; the past alerts are the episodes the demo's alert rules find in its
own readings (the storm of 21 June), moved back to earlier storms in the months before the readings begin,
so a replay of the readings raises its alerts afresh. Answer times and notes come from fixed lists.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pandas as pd
import shapely

#: (village code, kind, status, name suffix, height in metres)
SITES = (
    ("330122112201", "loudspeaker", "built", "预警广播", 8.0),
    ("330122112206", "loudspeaker", "built", "预警广播", 8.0),
    ("330122112208", "loudspeaker", "built", "预警广播", 8.0),
    ("330122112210", "loudspeaker", "built", "预警广播", 8.0),
    ("330122112222", "loudspeaker", "built", "预警广播", 8.0),
    ("330122112216", "loudspeaker", "approved", "预警广播", 8.0),
    ("330122112211", "fibre_cabinet", "built", "光纤交接箱", None),
    ("330122112201", "fibre_cabinet", "built", "光纤交接箱", None),
    ("330122112215", "fibre_cabinet", "draft", "光纤交接箱", None),
    ("330122112209", "tower", "built", "基站", 35.0),
    ("330122112204", "tower", "approved", "基站", 30.0),
)
#: earlier storms: weeks before the storm found in the readings, and which of its episodes (by order) recur
STORMS = ((6, (0, 1, 4, 8)), (11, (2, 3)), (17, (0, 4, 8, 10)), (24, (1, 7, 9)), (33, (3, 5)),
          (41, (0, 6, 8)))
#: minutes from raising to the first answer, taken in turn
ANSWER_MINUTES = (7, 12, 5, 18, 9, 26, 14, 6, 33, 11, 8, 21, 15, 10, 42, 9, 13, 6, 17, 24)
ACK_NOTES = ("值班人员已电话核实，巡查人员已出发", "已通知村干部现场查看", "已转告应急办，加强巡查",
             "已联系水务站复核读数")
CLOSE_NOTE = "险情解除，读数恢复正常，已复核"
CLOSED_AFTER = timedelta(hours=2)  # after the episode ended


def site_records(villages: pd.DataFrame, households) -> list[dict]:
    """The planned sites (store records), each at the median of its village's households."""
    names = dict(zip(villages["village_code"].astype(str), villages["name_zh"].astype(str), strict=True))
    homes = households.assign(x=households.geometry.x, y=households.geometry.y)
    middle = homes.groupby(homes["village_code"].astype(str))[["x", "y"]].median()
    records = []
    for n, (code, kind, status, suffix, height) in enumerate(SITES):
        x, y = middle.loc[code, "x"], middle.loc[code, "y"]
        # two sites of one village stand apart (30 m east of the middle for the second)
        x += 30.0 * sum(1 for c, *_ in SITES[:n] if c == code)
        records.append({"kind": kind, "name": f"{names[code]}{suffix}", "village_code": code, "status": status,
                        "height_m": height, "notes": "演示数据", "geom": shapely.Point(round(x, 1), round(y, 1))})
    return records


def past_episodes(readings: pd.DataFrame, sensors: pd.DataFrame) -> list:
    """The episodes of the past storms (:data:`STORMS`), from the episodes the demo's rules find in
    ``readings`` (``sensor_code``, ``time``, ``parameter``, ``value``)."""
    from dataclasses import replace

    from layers.emergency.alert_rules import demo_rules, evaluate

    found = evaluate(demo_rules(), readings, sensors)
    past = []
    for weeks, picks in STORMS:
        back = timedelta(weeks=weeks)
        for k in picks:
            if k < len(found):
                e = found[k]
                past.append(replace(e, start=e.start - back, raised_at=e.raised_at - back,
                                    end=e.end - back if e.end else None,
                                    peak_time=e.peak_time - back if e.peak_time else None, key=""))
    return sorted(past, key=lambda e: e.raised_at)


def write_alerts(store, username: str, episodes: list) -> int:
    """Write the past alerts, each raised, acknowledged and closed (one audit record); their number."""
    from datasources.store import audit
    from datasources.store.alert_models import Alert, AlertEvent
    from layers.emergency.alert_rules import demo_rules

    words = {r.rule_id: r for r in demo_rules()}
    with store.transaction() as session:
        for n, e in enumerate(episodes):
            rule = words[e.rule_id]
            raised = e.raised_at
            answered = raised + timedelta(minutes=ANSWER_MINUTES[n % len(ANSWER_MINUTES)])
            closed = max(e.end or raised, answered) + CLOSED_AFTER
            alert = Alert(episode_key=e.key, rule_id=e.rule_id, sensor_code=e.sensor_code, watched=e.watched,
                          village_code=e.village_code, level=e.level, status="closed", event=rule.event,
                          event_zh=rule.event_zh, severity=rule.severity, started_at=e.start, raised_at=raised,
                          ended_at=e.end, peak=float(e.peak), peak_time=e.peak_time, created_at=raised,
                          version=3, updated_at=closed, updated_by=username)
            session.add(alert)
            session.flush()
            session.add_all([
                AlertEvent(alert_id=alert.id, time=raised, username=username, kind="raised", to_status="new",
                           note=f"{e.level}: {e.watched} peak {e.peak:g}"),
                AlertEvent(alert_id=alert.id, time=answered, username=username, kind="status",
                           from_status="new", to_status="acknowledged", note=ACK_NOTES[n % len(ACK_NOTES)]),
                AlertEvent(alert_id=alert.id, time=closed, username=username, kind="status",
                           from_status="acknowledged", to_status="closed", note=CLOSE_NOTE)])
        audit.append(session, username, "import", f"alerts:{len(episodes)} alerts", "ok",
                     {"count": len(episodes), "detail": json.dumps({"source": "demo past storms"})})
    return len(episodes)


def add_services(store, session, villages: pd.DataFrame, households, readings: pd.DataFrame,
                 sensors: pd.DataFrame) -> tuple[int, int]:
    """Add the planned sites and the past alerts to the demo store (``session``: the builder's service
    session); returns (sites, alerts)."""
    sites = session.features.add_many("planned_sites", site_records(villages, households),
                                      detail={"source": "demo services"})
    alerts = write_alerts(store, session.username, past_episodes(readings, sensors))
    return len(sites), alerts


__all__ = ["ANSWER_MINUTES", "SITES", "STORMS", "add_services", "past_episodes", "site_records", "write_alerts"]
