"""The attacks on the incident workflow that the security review made, tried again on the GeoPackage store and
on PostGIS: each is refused, changes nothing and (where it is an attempt to write) leaves an audit record.

- plain ``update()`` (the API's and the attribute table's) cannot change ``due_at``, ``reported_at``,
  ``case_number``, ``category`` or the status: a village officer pushing deadlines back leaves the overdue
  share as it was; the desk's named corrections need the right role and a reason, and are in the history;
- ``add()`` makes a report ``new`` with its first history row, never one already closed;
- reports are never deleted (not by the API, not by undo, not by the database's cascade): they are
  withdrawn with a note, their history and photos stay;
- a duplicate's original must be a report the user may see, and refusals read the same whether a report or
  a case number exists in another village or nowhere;
- the store's reads take named queries only, with plain values: no SQL a caller built.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import shapely
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from datasources.errors import PermissionDenied, StoreError, WorkflowRefused
from datasources.store.models import Incident
from datasources.tiles import encode_png
from layers.edit_history import EditHistory
from layers.incidents.workflow import overdue
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    X0,
    Y0,
    data_checksums,
    fill_township,
    store_of_kind,
)

PNG = encode_png(np.zeros((4, 4, 4), np.uint8))  # a real picture: photos are decoded


@pytest.fixture(params=["gpkg", "postgis"])
def township(request, tmp_path):
    """Villages V1 and V2 with a report each; the administrator, a village officer of V2, an office clerk
    and a clerk posted to V2. Yields (store, sessions by name, report ids by village)."""
    store = store_of_kind(request, tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)["incidents"]
    admin.accounts.add("officer", PASSWORD, "village_officer", "V2")
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    admin.accounts.add("posted", PASSWORD, "office_staff", "V2")
    users = {name: store.login(name, PASSWORD) for name in ("officer", "clerk", "posted")}
    yield store, {"admin": admin, **users}, ids
    store.engine.dispose()


def report(n: int, village: str = "V2", **extra) -> dict:
    x = X0 + (2000 if village == "V2" else 0) + 100 + n
    return {"category": "road_damage", "title": f"路面塌陷{n}", "geom": shapely.Point(x, Y0 + 100),
            "source": "phone", **extra}


def outcomes(admin, event: str, obj: str) -> list[str]:
    log = admin.audit.log(event=event)
    return list(log[log["object"] == obj]["outcome"])


def test_plain_edits_cannot_bend_deadlines_times_numbers_or_categories(township):
    store, users, ids = township
    admin, officer = users["admin"], users["officer"]
    ten_days_ago = datetime.now(UTC) - timedelta(days=10)
    late = [officer.incidents.file_report(report(n, reported_at=ten_days_ago)) for n in range(3)]
    frame = admin.features.read("incidents").loc[late]
    assert overdue(frame, datetime.now(UTC)).mean() == 1.0
    history = EditHistory(officer)  # the attribute table's way
    attempts = {"due_at": datetime.now(UTC) + timedelta(days=30), "reported_at": datetime.now(UTC),
                "case_number": "QX-1999-00001", "category": "noise", "status": "closed",
                "source_number": "X-1"}
    before = data_checksums(store)
    for name, value in attempts.items():
        for edit in (officer.features.update, admin.features.update, history.update):
            with pytest.raises(WorkflowRefused, match=f"{name} of incidents #{late[0]} change only"):
                edit("incidents", late[0], {name: value, "title": "改了"}, 1)
    assert data_checksums(store) == before and not history.can_undo
    assert overdue(admin.features.read("incidents").loc[late], datetime.now(UTC)).mean() == 1.0
    assert outcomes(admin, "edit", f"incidents:{late[0]}") == ["refused"] * 3 * len(attempts)
    # the same value as stored is no change: an ordinary edit beside it goes through
    row = officer.features.get("incidents", late[0])
    assert officer.features.update("incidents", late[0], {"title": "改了", "due_at": row["due_at"],
                                                          "category": row["category"]}, 1) == 2


def test_the_desks_named_corrections_need_the_right_role_and_a_reason(township):
    store, users, ids = township
    admin, officer, clerk, posted = (users[n] for n in ("admin", "officer", "clerk", "posted"))
    incident = officer.incidents.file_report(report(1))
    later = (datetime.now(UTC) + timedelta(days=20)).replace(microsecond=0)
    for user in (officer, posted):  # limited to one village: the township's figures are not theirs
        with pytest.raises(PermissionDenied):
            user.incidents.reschedule(incident, later, "more time", 1)
        with pytest.raises(PermissionDenied):
            user.incidents.recategorise(incident, "noise", "misfiled", 1)
    with pytest.raises(WorkflowRefused, match="needs a reason"):
        clerk.incidents.reschedule(incident, later, "  ", 1)
    assert admin.features.get("incidents", incident)["version"] == 1
    version = clerk.incidents.reschedule(incident, later, "the road office asked for parts", 1)
    version = clerk.incidents.recategorise(incident, "water_supply", "a burst pipe, not the road", version)
    version = clerk.incidents.correct_reported_at(incident, datetime.now(UTC) - timedelta(hours=5),
                                                  "the call came in this morning", version)
    row = admin.features.get("incidents", incident)
    assert (row["category"], row["due_at"], row["version"]) == ("water_supply", later, 4)
    steps = admin.incidents.history(incident)
    assert list(steps["kind"]) == ["status", "correction", "correction", "correction"]
    assert steps["note"].iloc[1].startswith("due_at: ") and "parts" in steps["note"].iloc[1]
    log = admin.audit.log(event="correct")
    assert list(log["outcome"]) == ["ok", "ok", "ok", "refused"]
    assert json.loads(log["detail"].iloc[1])["field"] == "category"
    assert len(outcomes(admin, "edit", f"incidents:{incident}")) == 4  # the four refusals by role
    version = clerk.incidents.change_status(incident, "rejected", "not ours", version)
    with pytest.raises(WorkflowRefused, match="figures are final"):
        clerk.incidents.reschedule(incident, later, "again", version)


def test_a_report_added_as_a_feature_starts_new_with_its_history(township):
    store, users, ids = township
    admin, officer = users["admin"], users["officer"]
    before = data_checksums(store)
    closed = {"status": "closed", "closed_at": datetime.now(UTC)}
    for values in (closed, {"due_at": datetime(2099, 1, 1, tzinfo=UTC)},
                   {"case_number": "QX-2025-00001"}, {"id": 999}):
        with pytest.raises(WorkflowRefused, match="a new report starts as new"):
            officer.features.add("incidents", {**report(2), "village_code": "V2", **values})
    assert data_checksums(store) == before
    assert outcomes(admin, "add", "incidents") == ["refused"] * 4
    added = officer.features.add("incidents", {**report(6), "village_code": "V2"})
    row = admin.features.get("incidents", added)
    assert row["status"] == "new" and row["case_number"].startswith("QX-")
    assert row["due_at"] - row["reported_at"] == timedelta(days=7)
    first = admin.incidents.history(added).iloc[0]
    assert (first["to_status"], first["note"], first["username"]) == ("new", "reported (phone)", "officer")
    assert len(admin.incidents.history(ids["V1"])) == 1  # the kit's reports too


def test_reports_are_withdrawn_never_deleted_and_undo_cannot_bring_one_back_bare(township):
    store, users, ids = township
    admin, officer = users["admin"], users["officer"]
    incident = ids["V2"]
    officer.incidents.add_note(incident, "called the resident")
    officer.incidents.add_photo(incident, PNG, "hole.png")
    history = EditHistory(officer)
    before = data_checksums(store)
    for user in (officer, admin):
        with pytest.raises(WorkflowRefused, match="reports are never deleted"):
            user.features.delete("incidents", incident, 1)
    with pytest.raises(WorkflowRefused):
        history.delete("incidents", incident, 1)
    assert data_checksums(store) == before and not history.can_undo
    assert outcomes(admin, "delete", f"incidents:{incident}") == ["refused"] * 3
    # what undo of an addition would do is a deletion: refused, both stacks unchanged
    added = history.add("incidents", {**report(7), "village_code": "V2"})
    with pytest.raises(WorkflowRefused):
        history.undo()
    assert history.can_undo and not history.can_redo
    assert added in admin.features.read("incidents").index
    # not even the database deletes a report with its history and photos
    with pytest.raises(IntegrityError), store.engine.begin() as con:
        con.execute(text("DELETE FROM incidents WHERE id = :i"), {"i": incident})

    assert officer.incidents.withdraw(incident, "the resident filed it twice", 1) == 2
    row = admin.features.get("incidents", incident)
    assert row["status"] == "withdrawn"
    steps = admin.incidents.history(incident)
    assert list(steps["kind"]) == ["status", "note", "status"] and steps["note"].iloc[-1].startswith("the resident")
    assert len(admin.incidents.photos(incident)) == 1
    with pytest.raises(WorkflowRefused, match="needs a note"):
        officer.incidents.withdraw(added, " ", 1)
    with pytest.raises(WorkflowRefused, match="withdrawn cannot become"):
        admin.incidents.change_status(incident, "verified", "back again", 2)


def test_duplicates_only_among_reports_the_user_sees_and_refusals_say_nothing_of_others(township):
    store, users, ids = township
    admin, officer, posted = users["admin"], users["officer"], users["posted"]
    mine = officer.incidents.file_report(report(8))
    refusals = []
    for original in (ids["V1"], 99_999):  # another village's report, and one that does not exist
        with pytest.raises(WorkflowRefused) as caught:
            officer.incidents.change_status(mine, "duplicate", "same hole", 1, duplicate_of=original)
        refusals.append(str(caught.value).replace(str(original), "N"))
    assert refusals[0] == refusals[1] and "V1" not in refusals[0]
    assert outcomes(admin, "status_change", f"incidents:{mine}") == ["refused", "refused"]
    assert officer.incidents.change_status(mine, "duplicate", "same hole", 1, duplicate_of=ids["V2"]) == 2

    # a case number in another village is never named, nor linked
    elsewhere = admin.features.get("incidents", ids["V1"])["case_number"]
    with pytest.raises(StoreError) as caught:
        posted.incidents.import_reports([{**report(9), "case_number": elsewhere}])
    assert elsewhere not in str(caught.value) and "cannot be used" in str(caught.value)
    linked = posted.incidents.import_reports([{**report(10), "status": "duplicate",
                                               "duplicate_of": elsewhere}])
    assert admin.features.get("incidents", linked[0])["duplicate_of"] is None
    # filing with a chosen case number is refused before any look-up, the same for any number
    for number in (elsewhere, "QX-2025-99999"):
        with pytest.raises(WorkflowRefused, match="gets its case number from the store"):
            officer.incidents.file_report({**report(11), "case_number": number})
    assert officer.incidents.by_case_number(elsewhere) is None


def test_reads_take_named_queries_with_plain_values_only(township):
    store, users, ids = township
    officer = users["officer"]
    clause = Incident.village_code == "V1"
    attempts = [lambda: officer.features.read("incidents", where=clause),
                lambda: officer.features.read("incidents", "case_number", number=clause),
                lambda: officer.features.read("incidents", "candidates", category=clause,
                                              start=datetime(2000, 1, 1, tzinfo=UTC), end=datetime.now(UTC)),
                lambda: officer.features.read("incidents", "candidates", category="road",
                                              start=clause, end=datetime.now(UTC)),
                lambda: officer.features.read("users", "username", name="admin"),
                lambda: officer.features.read("incidents", "bbox", minx=clause, miny=0, maxx=1, maxy=1)]
    for attempt in attempts:
        with pytest.raises(StoreError):
            attempt()
    v1 = users["admin"].features.get("incidents", ids["V1"])["case_number"]
    assert officer.features.read("incidents", "case_number", number=v1).empty
    assert list(officer.features.read("incidents").index) == [ids["V2"]]


def test_a_village_user_files_the_next_case_number_of_the_township(township):
    """Case numbers are the township's one counter: a user who sees one village (on PostgreSQL the rows of
    others are hidden from them) still gets the next free number, never one another village holds."""
    store, users, ids = township
    admin, officer = users["admin"], users["officer"]
    in_v1 = [admin.incidents.file_report(report(n, "V1")) for n in (12, 13)]
    mine = officer.incidents.file_report(report(14))
    numbers = admin.features.read("incidents")["case_number"]
    assert numbers.is_unique and numbers[mine] > max(numbers[i] for i in in_v1)


def test_a_report_is_recategorised_only_to_a_known_category(township):
    store, users, ids = township
    admin = users["admin"]
    with pytest.raises(StoreError, match="not a category of reports"):
        admin.incidents.recategorise(ids["V1"], "ufo", "strange lights", 1)
    admin.incidents.set_deadline("stray_dogs", 2)  # the office's own category
    assert admin.incidents.recategorise(ids["V1"], "stray_dogs", "dogs, not the road", 1) == 2
