"""Optimistic locking on the embedded store: two consoles (two TownshipStore objects on one file) never
overwrite each other's saves silently."""

from __future__ import annotations

import json

import pytest
import shapely

from datasources.errors import EditConflict
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    fill_township,
    make_store,
    reopen,
)


@pytest.fixture
def consoles(tmp_path):
    """The office (an administrator) and a village officer, each on their own console."""
    office_store = make_store(tmp_path)
    office = office_store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(office)
    office.accounts.add("officer", PASSWORD, "village_officer", "V1")
    officer_store = reopen(office_store)
    assert officer_store.engine is not office_store.engine
    return office, officer_store.login("officer", PASSWORD), ids


def test_the_second_save_conflicts_and_overwrites_nothing(consoles):
    office, officer, ids = consoles
    a = ids["facilities"]["V1"]
    office_read, officer_read = office.features.get("facilities", a), officer.features.get("facilities", a)
    assert office_read["version"] == officer_read["version"] == 1

    moved = shapely.Point(500400, 3000400)
    assert office.features.update("facilities", a, {"capacity": 250, "geom": moved}, office_read["version"]) == 2
    first = office.features.get("facilities", a)
    with pytest.raises(EditConflict) as conflict:
        officer.features.update("facilities", a, {"capacity": 40, "name_en": "Officer"}, officer_read["version"])
    theirs = conflict.value.theirs
    assert theirs == first
    assert (theirs["version"], theirs["capacity"], theirs["updated_by"]) == (2, 250, ADMIN)
    assert shapely.equals_exact(theirs["geom"], moved, 0.0)
    assert conflict.value.mine == {"capacity": 40, "name_en": "Officer"}
    assert "changed by admin" in str(conflict.value)
    assert officer.features.get("facilities", a) == first == office.features.get("facilities", a)

    with pytest.raises(EditConflict):  # deleting from the old version is refused as well
        officer.features.delete("facilities", a, officer_read["version"])
    assert office.features.get("facilities", a) == first

    # The officer looks at both and chooses to overwrite, naming the version they saw.
    assert officer.features.update("facilities", a, {"capacity": 40}, theirs["version"]) == 3
    now = office.features.get("facilities", a)
    assert (now["capacity"], now["version"], now["updated_by"]) == (40, 3, "officer")
    assert shapely.equals_exact(now["geom"], moved, 0.0)  # what the officer did not change stays

    log = office.audit.log(username="officer").sort_values("seq")
    rows = [(r.event, r.object, r.outcome, json.loads(r.detail)) for r in log.itertuples()]
    assert rows[1:] == [
        ("edit", f"facilities:{a}", "conflict", {"expected_version": 1, "stored_version": 2}),
        ("delete", f"facilities:{a}", "conflict", {}),
        ("edit", f"facilities:{a}", "ok", {"fields": {"capacity": [250, 40]}, "version": 3})]


def test_edits_of_different_features_never_conflict(consoles):
    office, officer, ids = consoles
    incident, facility = ids["incidents"]["V1"], ids["facilities"]["V1"]
    reads = {(who, kind): session.features.get(kind, fid)["version"]
             for who, session in (("office", office), ("officer", officer))
             for kind, fid in (("incidents", incident), ("facilities", facility))}
    # Interleaved saves of two different features, each from the version its console read.
    assert office.features.update("incidents", incident, {"title": "路面塌陷"}, reads["office", "incidents"]) == 2
    assert officer.features.update("facilities", facility, {"capacity": 9}, reads["officer", "facilities"]) == 2
    assert office.features.update("incidents", incident, {"title": "路面已修"}, 2) == 3
    assert officer.features.update("facilities", facility, {"capacity": 10}, 2) == 3
    assert office.features.get("incidents", incident)["title"] == "路面已修"
    assert office.features.get("facilities", facility)["capacity"] == 10
    assert office.audit.log(outcome="conflict").empty
