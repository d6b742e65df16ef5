"""Issuing a CAP 1.2 message for an alert of the board: draft it (Chinese and English, the area of the
alert's village or of a hazard layer), validate it (schema and time rules) and refuse it with the reasons,
check the right to issue (emergency desk, administrator), write the file atomically, record it in the
alert's history and the audit trail, and publish it to the configured MQTT topic.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from datasources.atomic import atomic_path
from datasources.cap_publish import DEFAULT_TOPIC, PublishFailed, publish_cap
from datasources.errors import QT_TRANSLATE_NOOP
from datasources.notes import Note
from layers.emergency.cap import AlertDraft, InfoText, draft_alert, hazard_outline, validate

SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
#: what an index rule watches: an air or water alert is an environmental one in CAP's categories
INDEX_NAMES = ("hj633-2012", "hj633-2026", "epa", "gb3838")
LEVEL_ZH = {"warning": "预警", "danger": "危险", "watch": "关注"}


class CapRefused(ValueError):
    """The message cannot be issued; ``reasons`` says why, one sentence each."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = list(reasons)
        super().__init__("the CAP message was not issued: " + "; ".join(self.reasons))


@dataclass(frozen=True)
class Issued:
    """What issuing did: the message's identifier, the file, where it was published (None: nowhere) and
    the alert history event that records it."""

    identifier: str
    path: Path
    topic: str | None
    event_id: int
    xml: bytes


def alert_draft(alert: dict, areas: list, sender: str, sent: datetime, expires: datetime,
                place_en: str = "", place_zh: str = "") -> AlertDraft:
    """The CAP draft of an alert of the board (a dict as ``session.alerts.get`` gives it)."""
    event_en = alert.get("event") or f"{alert['level'].capitalize()} at {alert['sensor_code']}"
    event_zh = alert.get("event_zh") or event_en
    peak = alert.get("peak")
    value = f"{peak:g}" if peak is not None else "?"
    place_en = place_en or f"village {alert.get('village_code') or '?'}"
    place_zh = place_zh or f"{alert.get('village_code') or ''}村"
    since = alert["started_at"].isoformat(timespec="minutes")
    texts = [
        InfoText("zh-CN", event_zh, f"{event_zh}：{alert['sensor_code']}站{alert['watched']}达{value}"
                 f"（{LEVEL_ZH.get(alert['level'], alert['level'])}）",
                 f"{alert['sensor_code']}站自{since}（UTC）起超过{LEVEL_ZH.get(alert['level'], '')}标准，"
                 f"最高{value}。", "请留意镇政府发布的信息，做好转移准备。",
                 place_zh),
        InfoText("en", event_en, f"{event_en}: {alert['watched']} at {alert['sensor_code']} reached {value} "
                 f"({alert['level']})", f"Sensor {alert['sensor_code']} has been above its {alert['level']} "
                 f"level since {since} UTC; highest value {value}.",
                 "Follow the township's announcements and be ready to move to a shelter.", place_en),
    ]
    severity = alert.get("severity") if alert.get("severity") in SEVERITIES else "Unknown"
    identifier = f"{re.sub(r'[^A-Za-z0-9.-]', '-', sender)}-alert-{alert['id']}-{uuid.uuid4().hex[:12]}"
    return AlertDraft(sender=sender, sent=sent, expires=expires, texts=texts, areas=areas,
                      identifier=identifier, severity=severity, certainty="Observed",
                      urgency="Immediate" if alert.get("ended_at") is None else "Past",
                      category="Env" if alert.get("watched") in INDEX_NAMES else "Geo",
                      response_type="Monitor")


def village_area(session, village_code: str | None) -> list:
    """The village's outline as WGS84 polygons for the message's area."""
    if village_code is None:
        raise CapRefused([Note(QT_TRANSLATE_NOOP("DataSourceNote", "the alert belongs to no village: give its area (a hazard layer)"))])
    villages = session.features.read("villages")
    mine = villages[villages["village_code"] == village_code]
    if mine.empty:
        raise CapRefused([Note(QT_TRANSLATE_NOOP("DataSourceNote", "village {village} has no outline in the store: give the area (a "
                                                  "hazard layer)"), village=village_code)])
    return hazard_outline(mine.geometry)


def issue_alert(session, alert_id: int, out: str | Path, *, areas: list | None = None,
                broker: str | None = None, topic: str | None = None,
                sender: str = "township-console@localhost", sent: datetime | None = None,
                hours: float = 6.0, expires: datetime | None = None, publish=publish_cap) -> Issued:
    """Issue a CAP message for alert ``alert_id`` of ``session``'s store (see the module's description).

    Raises
    ------
    PermissionDenied
        The user may not issue alerts (recorded as denied); nothing is written.
    CapRefused
        The message would not validate (recorded as refused, with the reasons); nothing is written.
    PublishFailed
        The file is written and recorded, but the broker did not take it (recorded as failed).
    """
    alert = session.alerts.check_issue(alert_id)
    sent = sent or datetime.now().astimezone()
    expires = expires or sent + timedelta(hours=hours)
    try:
        if areas is None:
            areas = village_area(session, alert["village_code"])
        xml = draft_alert(alert_draft(alert, areas, sender, sent, expires))
        reasons = validate(xml)
    except CapRefused as exc:
        reasons = exc.reasons
    except ValueError as exc:
        reasons = [str(exc)]
    if reasons:
        session.alerts.refuse_cap(alert_id, reasons)
        raise CapRefused(reasons)
    identifier = re.search(rb"<identifier>([^<]+)</identifier>", xml).group(1).decode()
    out = Path(out)
    with atomic_path(out) as tmp:
        Path(tmp).write_bytes(xml)
    topic = (topic or DEFAULT_TOPIC) if broker else None
    event_id = session.alerts.record_cap(alert_id, identifier, out.name, topic)
    if broker:
        try:
            publish(xml, broker, topic)
        except PublishFailed as exc:
            session.store.record(session.username, "cap_publish", f"alerts:{alert_id}", "failed",
                                 {"identifier": identifier, "topic": topic, "reason": exc.problem})
            raise
        session.store.record(session.username, "cap_publish", f"alerts:{alert_id}", "ok",
                             {"identifier": identifier, "topic": topic})
    return Issued(identifier, out, topic, event_id, xml)


__all__ = ["CapRefused", "Issued", "alert_draft", "issue_alert", "village_area"]
