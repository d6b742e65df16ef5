"""The incident workflow as the store enforces it: every one of the 9 x 9 status pairs through change_status on
a real store (allowed ones change status, version, history and audit; forbidden ones change nothing but leave a
refused audit record), what each change needs, deadlines, overdue and time to close, conflicts and rights."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pytest
import shapely

from datasources.errors import EditConflict, PermissionDenied, StoreError, WorkflowRefused
from datasources.incident_vocabulary import STATUSES, TRANSITIONS
from datasources.tiles import encode_png
from layers.incidents.workflow import TransitionRefused, hours_to_close, overdue
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    X0,
    Y0,
    fill_township,
    make_store,
)

#: the shortest walk from "new" to each status (each step an allowed transition)
WALKS = {"new": (), "verified": ("verified",), "assigned": ("verified", "assigned"),
         "in_progress": ("verified", "assigned", "in_progress"),
         "resolved": ("verified", "assigned", "in_progress", "resolved"),
         "closed": ("verified", "assigned", "in_progress", "resolved", "closed"),
         "rejected": ("rejected",), "duplicate": ("duplicate",), "withdrawn": ("withdrawn",)}
#: the allowed pairs, written out by hand from the issue (not derived from TRANSITIONS)
ALLOWED = {("new", "verified"), ("new", "rejected"), ("new", "duplicate"),
           ("verified", "assigned"), ("verified", "rejected"), ("verified", "duplicate"),
           ("assigned", "in_progress"), ("assigned", "assigned"), ("assigned", "verified"),
           ("in_progress", "resolved"), ("in_progress", "assigned"),
           ("resolved", "closed"), ("resolved", "in_progress"),
           # reports are never deleted: withdrawn, with a note, at any step before they are finished
           ("new", "withdrawn"), ("verified", "withdrawn"), ("assigned", "withdrawn"),
           ("in_progress", "withdrawn"), ("resolved", "withdrawn")}


@pytest.fixture()
def desk(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    original = admin.incidents.file_report(report())
    return store, admin, original


def report(n: int = 0, **extra) -> dict:
    return {"category": "road_damage", "title": f"路面塌陷{n}", "description": "坑很深",
            "geom": shapely.Point(X0 + 100 + n, Y0 + 100), "source": "phone", **extra}


def needs(status: str, original: int) -> dict:
    return {"assignee": "交通办" if status == "assigned" else None,
            "duplicate_of": original if status == "duplicate" else None}


def records(admin, incident: int, event: str | None = None):
    """The audit records about one incident, newest first."""
    log = admin.audit.log(event=event)
    return log[log["object"] == f"incidents:{incident}"]


def walk(admin, incident: int, statuses, original: int) -> int:
    version = admin.features.get("incidents", incident)["version"]
    for status in statuses:
        version = admin.incidents.change_status(incident, status, f"to {status}", version, **needs(status, original))
    return version


def test_the_rules_are_the_ones_of_the_issue():
    assert {(a, b) for a, nexts in TRANSITIONS.items() for b in nexts} == ALLOWED
    assert set(TRANSITIONS) == set(STATUSES) and len(STATUSES) == 9
    assert TransitionRefused is WorkflowRefused  # the desk's old name still catches the store's refusal


def test_every_pair_of_statuses_through_the_store(desk):
    store, admin, original = desk
    outcomes = {}
    for n, (before, after) in enumerate((a, b) for a in STATUSES for b in STATUSES):
        incident = admin.incidents.file_report(report(n + 1))
        version = walk(admin, incident, WALKS[before], original)
        history = len(admin.incidents.history(incident))
        audit_before = len(records(admin, incident, "status_change"))
        try:
            new_version = admin.incidents.change_status(incident, after, "check", version,
                                              **needs(after, original))
        except WorkflowRefused as exc:
            outcomes[before, after] = False
            assert f"that is {before} cannot become {after}" in str(exc)
            row = admin.features.get("incidents", incident)
            assert (row["status"], row["version"]) == (before, version)
            assert len(admin.incidents.history(incident)) == history
            found = records(admin, incident, "status_change")
            assert len(found) == audit_before + 1 and found.iloc[0]["outcome"] == "refused"
            continue
        outcomes[before, after] = True
        row = admin.features.get("incidents", incident)
        assert new_version == version + 1
        assert (row["status"], row["version"], row["updated_by"]) == (after, new_version, ADMIN)
        assert (row["closed_at"] is not None) == (after == "closed")
        last = admin.incidents.history(incident).iloc[-1]
        assert (last["kind"], last["from_status"], last["to_status"], last["note"], last["username"]) \
            == ("status", before, after, "check", ADMIN)
        record = records(admin, incident, "status_change").iloc[0]
        assert record["outcome"] == "ok"
        assert json.loads(record["detail"])["from"] == before
        assert json.loads(record["detail"])["to"] == after
    assert len(outcomes) == 81
    assert {pair for pair, ok in outcomes.items() if ok} == ALLOWED
    assert admin.audit.verify() == []


def test_what_each_change_needs(desk):
    store, admin, original = desk
    incident = admin.incidents.file_report(report(1))
    for note in ("", "   ", None):
        with pytest.raises(WorkflowRefused, match="needs a note"):
            admin.incidents.change_status(incident, "verified", note, 1)
    version = admin.incidents.change_status(incident, "verified", "seen on site", 1)
    for assignee in (None, "", "  "):
        with pytest.raises(WorkflowRefused, match="assigning needs"):
            admin.incidents.change_status(incident, "assigned", "go", version, assignee=assignee)
    with pytest.raises(WorkflowRefused, match="needs the number of the original"):
        admin.incidents.change_status(incident, "duplicate", "same pothole", version)
    with pytest.raises(WorkflowRefused, match="no report #9999 among those you may see"):
        admin.incidents.change_status(incident, "duplicate", "same pothole", version, duplicate_of=9999)
    with pytest.raises(WorkflowRefused, match="duplicate of itself"):
        admin.incidents.change_status(incident, "duplicate", "same pothole", version, duplicate_of=incident)
    with pytest.raises(WorkflowRefused, match="not an incident status"):
        admin.incidents.change_status(incident, "done", "x", version)
    assert admin.features.get("incidents", incident)["version"] == version  # nothing changed
    version = admin.incidents.change_status(incident, "duplicate", "same pothole", version, duplicate_of=original)
    row = admin.features.get("incidents", incident)
    assert (row["status"], row["duplicate_of"]) == ("duplicate", original)
    refused = admin.audit.log(event="status_change", outcome="refused")
    assert len(refused) == 10
    assert "needs a note" in json.loads(refused.iloc[-1]["detail"])["reason"]


def test_history_and_audit_follow_a_case_to_the_end(desk):
    store, admin, original = desk
    incident = admin.incidents.file_report(report(1, reporter_name="张小明"))
    version = admin.incidents.change_status(incident, "verified", "核实属实", 1)
    version = admin.incidents.change_status(incident, "assigned", "派单", version, assignee="交通办")
    admin.incidents.add_note(incident, "已电话联系反映人")
    version = admin.incidents.change_status(incident, "assigned", "改派", version, assignee="城管中队")
    version = walk(admin, incident, ("in_progress", "resolved", "closed"), original)
    history = admin.incidents.history(incident)
    assert list(history["kind"]) == ["status"] * 3 + ["note"] + ["status"] * 4
    assert list(history["to_status"]) == ["new", "verified", "assigned", None, "assigned",
                                          "in_progress", "resolved", "closed"]
    assert list(history["from_status"].iloc[[0, 1, 4]]) == [None, "new", "assigned"]
    assert list(history["assignee"].iloc[2:5]) == ["交通办", "交通办", "城管中队"]
    assert history["time"].is_monotonic_increasing
    assert str(history["time"].dt.tz) == "UTC"
    events = records(admin, incident)
    assert list(events["event"])[::-1] == ["add"] + ["status_change"] * 2 + ["note"] + \
        ["status_change"] * 4
    row = admin.features.get("incidents", incident)
    assert row["status"] == "closed" and row["assignee"] == "城管中队" and version == 7
    with pytest.raises(StoreError):
        admin.incidents.add_note(incident, " ")


def test_plain_updates_cannot_change_the_status(desk):
    store, admin, _ = desk
    incident = admin.incidents.file_report(report(1))
    with pytest.raises(StoreError, match="change only through the workflow.*change_status"):
        admin.features.update("incidents", incident, {"status": "closed"}, 1)
    for field, value in (("assignee", "某人"), ("closed_at", "2025-06-01T00:00:00Z"),
                         ("duplicate_of", incident)):
        with pytest.raises(StoreError, match=f"{field} of incidents"):
            admin.features.update("incidents", incident, {field: value}, 1)
    assert admin.features.get("incidents", incident)["status"] == "new"
    assert admin.features.update("incidents", incident, {"title": "新标题", "status": "new"}, 1) == 2


def test_a_stale_version_is_a_conflict_and_changes_nothing(desk):
    store, admin, _ = desk
    incident = admin.incidents.file_report(report(1))
    admin.incidents.change_status(incident, "verified", "ok", 1)
    with pytest.raises(EditConflict) as caught:
        admin.incidents.change_status(incident, "rejected", "not ours", 1)
    assert caught.value.theirs["status"] == "verified" and caught.value.theirs["version"] == 2
    assert admin.features.get("incidents", incident)["status"] == "verified"
    assert admin.audit.log(event="status_change", outcome="conflict").shape[0] == 1


def test_rights_and_villages(desk):
    store, admin, _ = desk
    admin.accounts.add("officer2", PASSWORD, "village_officer", "V2")
    admin.accounts.add("reader", PASSWORD, "viewer")
    officer, reader = store.login("officer2", PASSWORD), store.login("reader", PASSWORD)
    in_v1 = admin.incidents.file_report(report(1))
    assert admin.features.get("incidents", in_v1)["village_code"] == "V1"  # found from the point
    with pytest.raises(PermissionDenied):
        officer.incidents.change_status(in_v1, "verified", "x", 1)
    with pytest.raises(PermissionDenied):
        reader.incidents.file_report(report(2))
    with pytest.raises(PermissionDenied):
        officer.incidents.file_report(report(3))  # the point is in V1
    in_v2 = officer.incidents.file_report(report(4, geom=shapely.Point(X0 + 2100, Y0 + 100)))
    assert officer.incidents.change_status(in_v2, "verified", "ok", 1) == 2
    with pytest.raises(PermissionDenied):
        officer.incidents.set_deadline("noise", 1)
    assert officer.incidents.deadlines() == admin.incidents.deadlines()  # reading them is every desk's business
    assert len(officer.readings.between(["S-V1"], datetime(2024, 7, 1, tzinfo=UTC),
                                       datetime(2024, 7, 2, tzinfo=UTC))) == 3
    assert len(reader.incidents.history(in_v1)) == 1
    with pytest.raises(PermissionDenied):
        officer.incidents.history(in_v1)  # another village's case
    assert len(admin.audit.log(outcome="denied")) == 5


def test_deadlines_overdue_and_time_to_close(desk):
    store, admin, original = desk
    assert admin.incidents.deadlines()["road_damage"] == 7.0 and len(admin.incidents.deadlines()) == 8
    reported = datetime.now(UTC) - timedelta(days=10)
    late = admin.incidents.file_report(report(1, reported_at=reported))
    admin.incidents.set_deadline("road_damage", 30)
    on_time = admin.incidents.file_report(report(2, reported_at=reported))
    quick = admin.incidents.file_report(report(3, category="flooding",
                                     reported_at=datetime.now(UTC) - timedelta(hours=30)))
    walk(admin, quick, WALKS["closed"], original)
    frame = admin.features.read("incidents").loc[[late, on_time, quick]]
    assert list(frame["due_at"] - frame["reported_at"]) == [timedelta(days=7), timedelta(days=30),
                                                             timedelta(days=1)]
    assert overdue(frame, datetime.now(UTC)).tolist() == [True, False, False]
    hours = hours_to_close(frame)
    assert hours.iloc[:2].isna().all() and 30 <= hours.iloc[2] < 31
    change = admin.audit.log(event="set_deadline").iloc[0]
    assert json.loads(change["detail"]) == {"days": [7.0, 30.0]}
    with pytest.raises(StoreError):
        admin.incidents.set_deadline("road_damage", 0)


def test_case_numbers_photos_duplicates_and_readings(desk):
    store, admin, original = desk
    first = admin.features.get("incidents", original)["case_number"]
    china_year = datetime.now(UTC).astimezone(timezone(timedelta(hours=8))).year
    assert first == f"QX-{china_year}-00003"  # after the two reports the store kit adds with no time
    later = admin.incidents.file_report(report(1, reported_at=datetime(2024, 12, 31, 17, 30, tzinfo=UTC)))
    assert admin.features.get("incidents", later)["case_number"] == "QX-2025-00001"  # 01:30 in China
    again = admin.incidents.file_report(report(2, reported_at=datetime(2025, 3, 1, tzinfo=UTC)))
    assert admin.features.get("incidents", again)["case_number"] == "QX-2025-00002"
    with pytest.raises(StoreError, match="needs a place"):
        admin.incidents.file_report({"category": "noise"})
    address_only = admin.incidents.file_report({"category": "noise", "address": "青溪镇中心小学东门"})
    assert admin.features.get("incidents", address_only)["village_code"] is None

    png = encode_png(np.zeros((4, 4, 4), np.uint8))  # a real picture: photos are decoded
    photo = admin.incidents.add_photo(original, png, "../../etc/现场.png")
    shown = admin.incidents.photos(original)
    assert [(p["id"], p["name"], p["media_type"], p["data"], p["added_by"]) for p in shown] == \
        [(photo, "现场.png", "image/png", png, ADMIN)]
    with pytest.raises(StoreError, match="not a JPEG or PNG"):
        admin.incidents.add_photo(original, b"GIF89a" + bytes(10), "x.gif")
    with pytest.raises(StoreError, match="more than the 10 MB"):
        admin.incidents.add_photo(original, b"\xff\xd8\xff" + bytes(10 * 1024 * 1024), "big.jpg")

    now = admin.features.get("incidents", original)["reported_at"]
    near = admin.incidents.likely_duplicates("road_damage", shapely.Point(X0 + 150, Y0 + 100), now)
    assert original in near.index and later not in near.index  # later: another year
    assert near.loc[original, "distance_m"] == pytest.approx(50.0)
    assert admin.incidents.likely_duplicates("noise", shapely.Point(X0 + 150, Y0 + 100), now).empty
    assert admin.incidents.likely_duplicates("road_damage", shapely.Point(X0 + 450, Y0 + 100), now).empty
    assert original not in admin.incidents.likely_duplicates(
        "road_damage", shapely.Point(X0 + 150, Y0 + 100), now + timedelta(hours=49)).index

    readings = admin.readings.between(["S-V1"], datetime(2024, 7, 1, tzinfo=UTC),
                                     datetime(2024, 7, 1, 0, 2, tzinfo=UTC))
    assert list(readings.columns) == ["sensor_code", "time", "parameter", "value"]
    assert readings["value"].tolist() == [1.0, 2.0]


def test_the_desk_on_postgis(pg_database, tmp_path):
    """The same workflow on the shared PostGIS store (revision 0002 there, photos as bytea)."""
    from datasources.store import TownshipStore
    from datasources.store.admin import init_store
    from tests.datasources.store_kit import CHEAP_HASHER

    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    try:
        admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
        fill_township(admin)
        original = admin.incidents.file_report(report(0, reporter_name="张小明"))
        incident = admin.incidents.file_report(report(1))
        assert admin.features.get("incidents", incident)["village_code"] == "V1"
        version = walk(admin, incident, WALKS["closed"], original)
        assert version == 6 and admin.features.get("incidents", incident)["closed_at"] is not None
        with pytest.raises(WorkflowRefused):
            admin.incidents.change_status(incident, "in_progress", "reopen", version)
        assert list(admin.incidents.history(incident)["to_status"]) == ["new", *WALKS["closed"]]
        admin.incidents.change_status(original, "duplicate", "same", 1, duplicate_of=incident)
        png = encode_png(np.zeros((4, 4, 4), np.uint8))
        admin.incidents.add_photo(incident, png, "a.png")
        assert admin.incidents.photos(incident)[0]["data"] == png
        admin.incidents.set_deadline("noise", 2.5)
        assert admin.incidents.deadlines()["noise"] == 2.5
        near = admin.incidents.likely_duplicates("road_damage", shapely.Point(X0 + 120, Y0 + 100),
                                       datetime.now(UTC))
        assert list(near.index) == [incident]  # the original is now a duplicate: not offered
        assert admin.incidents.unmask(original, "call back")["reporter_name"] == "张小明"
        assert admin.audit.verify() == []
    finally:
        store.engine.dispose()
