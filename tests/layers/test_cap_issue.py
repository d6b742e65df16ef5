"""Issuing a CAP message for an alert of the board: refused with reasons when it would not validate, refused
for a role that may not issue, else written atomically, recorded in the alert's history and the audit trail,
and published to a real Mosquitto broker at QoS 1 (received by a subscriber)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from datasources.cap_publish import PublishFailed, parse_broker
from datasources.errors import NotFound, PermissionDenied
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from layers.emergency.alert_rules import Episode
from layers.emergency.cap import validate
from layers.emergency.cap_issue import CapRefused, issue_alert
from tests.datasources.feed_kit import broker, needs_mosquitto  # noqa: F401 (a fixture)
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    fill_township,
    make_store,
    run_cli,
)

T0 = datetime(2026, 7, 1, 6, tzinfo=UTC)


class Desk:
    def __init__(self, folder, url: str | None = None) -> None:
        if url is None:
            self.store = make_store(folder)
        else:
            init_store(url).dispose()
            self.store = TownshipStore(url, key_folder=folder / "keys", hasher=CHEAP_HASHER)
        self.admin = self.store.create_administrator(ADMIN, ADMIN_PASSWORD)
        fill_township(self.admin)
        self.admin.accounts.add("des", PASSWORD, "emergency_desk")
        self.admin.accounts.add("off", PASSWORD, "office_staff")
        self.admin.accounts.add("vo2", PASSWORD, "village_officer", "V2")
        self.desk = self.store.login("des", PASSWORD)
        rule = type("Rule", (), {"rule_id": "river-warning", "event": "Flood warning", "event_zh": "洪水预警",
                                 "severity": "Severe"})()
        self.alert_id = self.desk.alerts.raise_episode(
            Episode("river-warning", "S-V1", "level", "warning", T0, T0 + timedelta(hours=1), 3.4,
                    T0 + timedelta(hours=2), None, "V1"), rule)

    def audit(self, event: str, outcome: str | None = None):
        return self.admin.audit.log(event=event, outcome=outcome)


@pytest.fixture
def desk(tmp_path):
    made = Desk(tmp_path)
    yield made
    made.store.engine.dispose()


def test_the_desk_issues_a_valid_alert_written_and_recorded(desk, tmp_path):
    out = tmp_path / "alert.xml"
    issued = issue_alert(desk.desk, desk.alert_id, out, sent=datetime.now(UTC))
    assert out.read_bytes() == issued.xml
    assert validate(out) == []
    text = out.read_text(encoding="utf-8")
    assert "洪水预警" in text and "Flood warning" in text and "<polygon>" in text
    assert "<severity>Severe</severity>" in text and "<certainty>Observed</certainty>" in text
    history = desk.desk.alerts.history(desk.alert_id)
    assert list(history.kind) == ["raised", "cap_issued"]
    assert history.note.iloc[-1] == issued.identifier
    (record,) = desk.audit("cap_issue", "ok").itertuples()
    assert (record.username, record.object) == ("des", f"alerts:{desk.alert_id}")
    assert json.loads(record.detail)["identifier"] == issued.identifier
    assert issued.topic is None and len(desk.audit("cap_publish")) == 0


def test_an_invalid_draft_is_refused_with_its_reasons_and_nothing_written(desk, tmp_path):
    out = tmp_path / "alert.xml"
    sent = datetime.now(UTC)
    with pytest.raises(CapRefused) as refused:
        issue_alert(desk.desk, desk.alert_id, out, sent=sent, expires=sent - timedelta(hours=1))
    assert any("expires" in reason and "before" in reason for reason in refused.value.reasons)
    assert not out.exists() and list(tmp_path.glob(".alert-*")) == []
    (record,) = desk.audit("cap_issue", "refused").itertuples()
    assert json.loads(record.detail)["reasons"] == refused.value.reasons
    assert list(desk.desk.alerts.history(desk.alert_id).kind) == ["raised"]


def test_a_role_that_may_not_issue_is_refused_before_anything_is_written(desk, tmp_path):
    office = desk.store.login("off", PASSWORD)
    out = tmp_path / "alert.xml"
    assert office.alerts.get(desk.alert_id)["status"] == "new"  # office staff see the alert
    with pytest.raises(PermissionDenied):
        issue_alert(office, desk.alert_id, out, sent=datetime.now(UTC))
    assert not out.exists()
    (record,) = desk.audit("issue_alerts", "denied").itertuples()
    assert (record.username, record.object) == ("off", f"alerts:{desk.alert_id}")


def test_a_broker_that_is_not_there_is_said_and_recorded(desk, tmp_path):
    from datasources.feeds.broker import free_port

    out = tmp_path / "alert.xml"
    with pytest.raises(PublishFailed, match="cannot be reached"):
        issue_alert(desk.desk, desk.alert_id, out, broker=f"mqtt://127.0.0.1:{free_port()}",
                    sent=datetime.now(UTC))
    assert validate(out) == []  # written and recorded: it can be published again
    assert len(desk.audit("cap_issue", "ok")) == 1 and len(desk.audit("cap_publish", "failed")) == 1
    with pytest.raises(PublishFailed):
        parse_broker("http://127.0.0.1:1883")


@needs_mosquitto
def test_issued_alert_is_published_and_received(desk, tmp_path, broker):  # noqa: F811 (the fixture)
    received: list[bytes] = []
    got = threading.Event()
    subscribed = threading.Event()
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="cap-listener")
    client.on_connect = lambda c, *_: c.subscribe("township/cap/#", qos=1)
    client.on_subscribe = lambda *_: subscribed.set()
    client.on_message = lambda _c, _u, msg: (received.append(msg.payload), got.set())
    host, port = parse_broker(broker.url).host, parse_broker(broker.url).port
    client.connect(host, port)
    client.loop_start()
    try:
        assert subscribed.wait(30)
        out = tmp_path / "alert.xml"
        issued = issue_alert(desk.desk, desk.alert_id, out, broker=broker.url, topic="township/cap/qingxi",
                             sent=datetime.now(UTC))
        assert got.wait(30)
    finally:
        client.disconnect()
        client.loop_stop()
    assert received == [out.read_bytes()]
    assert validate(received[0]) == []
    assert issued.topic == "township/cap/qingxi"
    assert len(desk.audit("cap_publish", "ok")) == 1
    detail = json.loads(desk.desk.alerts.history(desk.alert_id).detail.iloc[-1])
    assert detail == {"identifier": issued.identifier, "file": "alert.xml", "topic": "township/cap/qingxi"}


def test_cap_issue_on_the_command_line(desk, tmp_path):
    out = tmp_path / "cli.xml"
    common = ["cap", "issue", "--store", tmp_path / "township.gpkg", "--key-dir", tmp_path / "keys",
              "--alert", desk.alert_id, "--out", out]
    done = run_cli(*common, "--user", "off", env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode != 0 and "may not issue_alerts" in done.stderr and not out.exists()
    done = run_cli(*common, "--user", "des", "--hours", "-2", env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 1 and "expires" in done.stderr and not out.exists()
    done = run_cli(*common, "--user", "des", env={"TOWNSHIP_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("issued ") and validate(out) == []
    assert run_cli("cap", "validate", out).returncode == 0


def test_issuing_on_postgis(tmp_path, pg_database):
    """The same on PostGIS, each user logged in as their own database role: the desk issues (the village's
    outline read and the issue recorded under row-level security); a village officer of another village
    does not even find the alert."""
    made = Desk(tmp_path, pg_database)
    try:
        out = tmp_path / "alert.xml"
        issued = issue_alert(made.desk, made.alert_id, out, sent=datetime.now(UTC))
        assert validate(out) == [] and issued.event_id > 0
        assert list(made.desk.alerts.history(made.alert_id).kind) == ["raised", "cap_issued"]
        with pytest.raises(NotFound):
            issue_alert(made.store.login("vo2", PASSWORD), made.alert_id, tmp_path / "no.xml")
        with pytest.raises(PermissionDenied):
            issue_alert(made.store.login("off", PASSWORD), made.alert_id, tmp_path / "no.xml")
        assert not (tmp_path / "no.xml").exists()
        assert len(made.audit("cap_issue", "ok")) == 1 and len(made.audit("issue_alerts", "denied")) == 1
        assert made.admin.audit.verify() == []
    finally:
        made.store.engine.dispose()
