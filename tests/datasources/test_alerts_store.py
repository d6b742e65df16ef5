"""The alert board in the store (``session.alerts``), on the GeoPackage store and on PostGIS: one alert per
episode however its readings arrive, the board's workflow with its history and audit records, version
checks, and who may see and change what (refusals recorded as ``denied``)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from datasources.errors import EditConflict, NotFound, PermissionDenied, WorkflowRefused
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from layers.emergency.alert_rules import AlertEngine, AlertRule, Episode
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    fill_township,
    make_store,
)

T0 = datetime(2026, 7, 1, tzinfo=UTC)
H = timedelta(hours=1)
RULE = AlertRule("river-warning", "above", raise_at=2.5, clear_at=2.2, parameter="level",
                 event="Flood warning", event_zh="洪水预警", severity="Severe")
SENSORS = pd.DataFrame({"sensor_code": ["S-V1", "S-V2"], "kind": ["rain_gauge", "rain_gauge"],
                        "village_code": ["V1", "V2"]})
USERS = {"des": ("emergency_desk", None), "off": ("office_staff", None), "vo1": ("village_officer", "V1"),
         "vie": ("viewer", None), "pla": ("planner", None), "des2": ("emergency_desk", "V2")}


class Township:
    """A store with villages V1 and V2, its administrator and a user of each kind."""

    def __init__(self, store: TownshipStore) -> None:
        self.store = store
        self.admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
        fill_township(self.admin)
        for name, (role, village) in USERS.items():
            self.admin.accounts.add(name, PASSWORD, role, village)

    def login(self, name: str):
        return self.store.login(name, PASSWORD)

    def audit(self, event: str | None = None, outcome: str | None = None) -> pd.DataFrame:
        return self.admin.audit.log(event=event, outcome=outcome)


@pytest.fixture(params=["gpkg", "postgis"])
def township(request, tmp_path):
    if request.param == "gpkg":
        town = Township(make_store(tmp_path))
    else:
        url = request.getfixturevalue("pg_database")
        init_store(url).dispose()
        town = Township(TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER))
    yield town
    town.store.engine.dispose()


def readings(sensor: str, values, start=T0) -> pd.DataFrame:
    return pd.DataFrame({"sensor_code": sensor, "time": [start + i * H for i in range(len(values))],
                         "parameter": "level", "value": values})


def episode(sensor="S-V1", village="V1", start=T0, end=None, peak=3.0) -> Episode:
    return Episode("river-warning", sensor, "level", "warning", start, start, peak, start, end, village)


def test_an_episode_is_raised_once_whatever_the_delivery(township):
    desk = township.login("des")
    frame = pd.concat([readings("S-V1", [1, 3, 3.2, 2.4, 2.0, 1, 3, 1]), readings("S-V2", [3, 3, 1])])
    expected = AlertEngine([RULE], SENSORS)
    expected.feed(frame)
    assert len(expected.episodes()) == 3
    rows = frame.sort_values("time").to_dict("records")
    for seed in range(4):  # consoles hear the same feed, repeated (QoS 1 redelivery) and shuffled
        rng = random.Random(seed)
        batches = [rows[i:i + 5] for i in range(0, len(rows), 5)]
        for batch in batches[1:]:
            batch += rng.sample(rows, 3)
        if seed == 3:  # one console hears the start of an episode late
            batches = [[r for r in rows if r["time"] != T0 + H], [rows[2]]]
        engine = AlertEngine([RULE], SENSORS)
        for batch in batches:
            rng.shuffle(batch)
            raised = engine.feed(pd.DataFrame(batch))
            desk.alerts.raise_episodes(raised, [RULE])
            for ended in (e for e in raised if e.end is not None):
                desk.alerts.episode_ended(ended)
        ids = desk.alerts.raise_episodes(engine.episodes(), [RULE])
        assert len(set(ids)) == 3
    board = desk.alerts.board()
    assert len(board) == 3
    assert sorted(board.episode_key) == sorted(e.key for e in expected.episodes())
    assert set(board.status) == {"new"} and set(board.event) == {"Flood warning"}
    assert int(township.audit("alert_raise", "ok").detail.map(lambda d: json.loads(d)["count"]).sum()) == 3
    assert desk.alerts.raise_episode(expected.episodes()[0]) == int(
        board.index[board.episode_key == expected.episodes()[0].key][0])


def test_the_board_workflow_with_history_and_audit(township):
    desk = township.login("des")
    alert_id = desk.alerts.raise_episode(episode(), RULE)
    alert = desk.alerts.get(alert_id)
    assert (alert["status"], alert["version"], alert["severity"]) == ("new", 1, "Severe")
    v = desk.alerts.acknowledge(alert_id, 1, "seen, calling the village")
    with pytest.raises(WorkflowRefused):
        desk.alerts.escalate(alert_id, v, "  ")  # escalating says why
    v = desk.alerts.escalate(alert_id, v, "water still rising; county informed")
    desk.alerts.add_note(alert_id, "pumps sent")
    assert desk.alerts.episode_ended(episode(end=T0 + 5 * H, peak=3.4))
    assert not desk.alerts.episode_ended(episode(end=T0 + 5 * H, peak=3.4))
    v = desk.alerts.get(alert_id)["version"]
    v = desk.alerts.close(alert_id, v, "level below warning since 05:00")
    with pytest.raises(WorkflowRefused):
        desk.alerts.acknowledge(alert_id, v)
    history = desk.alerts.history(alert_id)
    assert list(history.kind) == ["raised", "status", "status", "note", "ended", "status"]
    assert list(history.to_status.dropna()) == ["new", "acknowledged", "escalated", "closed"]
    assert set(history.username) == {"des"}
    assert history.note.iloc[-1] == "level below warning since 05:00"
    final = desk.alerts.get(alert_id)
    assert (final["status"], final["peak"], final["version"]) == ("closed", 3.4, v)
    assert final["updated_by"] == "des"
    assert len(township.audit("alert_status", "ok")) == 3
    assert len(township.audit("alert_status", "refused")) == 2
    assert len(township.audit("alert_note", "ok")) == 1 and len(township.audit("alert_end", "ok")) == 1
    assert set(township.audit("alert_status").object) == {f"alerts:{alert_id}"}
    assert township.admin.audit.verify() == []


def test_a_stale_version_is_a_conflict(township):
    desk, admin = township.login("des"), township.admin
    alert_id = desk.alerts.raise_episode(episode())
    admin.alerts.acknowledge(alert_id, 1, "on it")
    with pytest.raises(EditConflict):
        desk.alerts.escalate(alert_id, 1, "too late: this was read at version 1")
    assert desk.alerts.get(alert_id)["status"] == "acknowledged"
    assert len(township.audit("alert_status", "conflict")) == 1


# who: see V1, see V2, board size, handle V1, handle V2, issue V1
EXPECTED = {
    "admin": (True, True, 2, True, True, True),
    "des": (True, True, 2, True, True, True),
    "des2": (False, True, 1, False, True, False),
    "off": (True, True, 2, False, False, False),
    "pla": (True, True, 2, False, False, False),
    "vie": (True, True, 2, False, False, False),
    "vo1": (True, False, 1, False, False, False),
}


@pytest.mark.parametrize("who", sorted(EXPECTED))
def test_who_may_see_and_change_alerts(township, who):
    """Each refusal is PermissionDenied with a ``denied`` record; on PostGIS an alert of another village is
    not even there for a user posted to one village (NotFound, as for reports)."""
    a1 = township.admin.alerts.raise_episode(episode())
    a2 = township.admin.alerts.raise_episode(episode("S-V2", "V2"))
    user = township.admin if who == "admin" else township.login(who)
    see1, see2, size, handle1, handle2, issue1 = EXPECTED[who]
    shared = not township.store.embedded
    denied_before, recorded = len(township.audit(outcome="denied")), 0

    def refused(call, seen: bool) -> None:
        nonlocal recorded
        with pytest.raises(NotFound if shared and not seen else PermissionDenied):
            call()
        recorded += 1 if seen or not shared else 0

    for alert_id, may in ((a1, see1), (a2, see2)):
        if may:
            assert user.alerts.get(alert_id)["id"] == alert_id
            assert len(user.alerts.history(alert_id)) == 1
        else:
            refused(lambda a=alert_id: user.alerts.get(a), False)
    assert len(user.alerts.board()) == size
    for alert_id, may, seen in ((a1, handle1, see1), (a2, handle2, see2)):
        if may:
            assert user.alerts.acknowledge(alert_id, 1, "seen") == 2
        else:
            refused(lambda a=alert_id: user.alerts.acknowledge(a, 1, "seen"), seen)
            assert township.admin.alerts.get(alert_id)["status"] == "new"
    if issue1:
        assert user.alerts.record_cap(a1, "id-1", "alert.xml", "township/cap") > 0
    else:
        refused(lambda: user.alerts.record_cap(a1, "id-1", "alert.xml", "township/cap"), see1)
        refused(lambda: user.alerts.raise_episode(episode(start=T0 + 9 * H)), True)
    assert len(township.audit(outcome="denied")) - denied_before == recorded
    assert len(township.admin.alerts.board()) == 2
    assert township.admin.audit.verify() == []


def _connect(store: TownshipStore, username: str):
    """A plain database connection with a console user's credentials (what psql would do)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from datasources.store.pg_roles import login_role

    url = make_url(store.url)
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database, autocommit=True,
                           user=login_role(url.database, username), password=PASSWORD)


def test_the_database_itself_says_no_to_a_direct_connection(tmp_path, pg_database):
    import psycopg

    init_store(pg_database).dispose()
    town = Township(TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER))
    try:
        a1 = town.admin.alerts.raise_episode(episode())
        a2 = town.admin.alerts.raise_episode(episode("S-V2", "V2"))
        with _connect(town.store, "vo1") as con:  # a village officer sees their village's alerts only
            assert con.execute("SELECT id FROM alerts ORDER BY id").fetchall() == [(a1,)]
            assert con.execute("SELECT count(*) FROM alert_events WHERE alert_id = %s", (a2,)).fetchone() == (0,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("UPDATE alerts SET status = 'closed' WHERE id = %s", (a1,))
        with _connect(town.store, "off") as con:  # office staff see every alert and change none
            assert len(con.execute("SELECT id FROM alerts").fetchall()) == 2
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("INSERT INTO alert_events (alert_id, time, username, kind) "
                            "VALUES (%s, now(), 'off', 'note')", (a1,))
        with _connect(town.store, "des2") as con:  # the desk of V2 cannot touch V1's alert
            assert con.execute("SELECT id FROM alerts").fetchall() == [(a2,)]
            assert con.execute("UPDATE alerts SET status = 'acknowledged' WHERE id = %s", (a1,)).rowcount == 0
        with _connect(town.store, "des") as con:
            # no change without an audit record in its transaction
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="without an audit record"):
                con.execute("UPDATE alerts SET status = 'acknowledged' WHERE id = %s", (a1,))
            # what an alert is cannot be rewritten, nor an alert deleted
            for sql in ("UPDATE alerts SET village_code = 'V2' WHERE id = %s",
                        "UPDATE alerts SET started_at = now() WHERE id = %s", "DELETE FROM alerts WHERE id = %s",
                        "DELETE FROM alert_events WHERE alert_id = %s"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(sql, (a1,))
            # a step the board does not have is refused even with an audit record
            with con.transaction():
                con.execute("SELECT township_audit_append('des', 'alert_status', 'alerts:x', 'ok', '{}')")
                con.execute("UPDATE alerts SET status = 'closed' WHERE id = %s", (a1,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="does not go from closed"):
                with con.transaction():
                    con.execute("SELECT township_audit_append('des', 'alert_status', 'alerts:x', 'ok', '{}')")
                    con.execute("UPDATE alerts SET status = 'new' WHERE id = %s", (a1,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # raised alerts start new
                with con.transaction():
                    con.execute("SELECT township_audit_append('des', 'alert_raise', 'alerts', 'ok', '{}')")
                    con.execute("INSERT INTO alerts (episode_key, rule_id, sensor_code, village_code, level, "
                                "status, started_at, raised_at, created_at, version) VALUES ('k', 'r', "
                                "'S-V1', 'V1', 'warning', 'closed', now(), now(), now(), 1)")
        assert town.admin.alerts.get(a1)["status"] == "closed"
        assert town.admin.alerts.get(a1)["updated_by"] == "des"  # the database names who changed it
        assert town.admin.audit.verify() == []
    finally:
        town.store.engine.dispose()


def test_two_consoles_raising_one_episode_at_once_make_one_alert(township):
    """Two consoles heard the same flood from different first readings (so their keys differ) and raise it
    at the same moment: the store takes them in turn and the second finds the first's alert."""
    import threading

    consoles = [township.login("des"), township.admin]
    starts = [T0, T0 + H]
    barrier = threading.Barrier(2)
    ids, errors = [None, None], []

    def raise_it(i: int) -> None:
        try:
            barrier.wait(30)
            ids[i] = consoles[i].alerts.raise_episode(episode(start=starts[i]))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=raise_it, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert ids[0] == ids[1]
    assert len(township.admin.alerts.board()) == 1


def test_an_episode_brings_its_rules_words(township):
    desk = township.login("des")
    found = AlertEngine([RULE], SENSORS)
    (raised,) = found.feed(readings("S-V2", [3, 3]))
    alert = desk.alerts.get(desk.alerts.raise_episode(raised))  # no rules given: the episode's own words
    assert (alert["event"], alert["event_zh"], alert["severity"]) == ("Flood warning", "洪水预警", "Severe")
    assert alert["village_code"] == "V2" and alert["peak"] == 3.0
