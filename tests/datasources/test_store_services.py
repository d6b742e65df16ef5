"""A desk's service is written against the session's core: the one audited write gives it the rights, the
version check, the stamp and the audit record, and permissions are typed actions."""

from __future__ import annotations

import json

import pytest

from datasources.errors import EditConflict, PermissionDenied
from datasources.store.core import Outcome, SessionCore, Write
from datasources.store.permissions import Action, Right, allowed
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, PASSWORD, fill_township, make_store


class Plans:
    """A toy planning service, as the planning desk would add one: approving a planned site."""

    def __init__(self, core: SessionCore) -> None:
        self.core = core

    def approve(self, site_id: int, note: str, expected_version: int) -> int:
        def change(_session, site) -> Outcome:
            before, site.status = site.status, "approved"
            return Outcome({"from": before, "note": note})

        return self.core.audited_write(Write("planned_sites", "approve", site_id, expected_version,
                                             {"status": "approved"}, stamps=True), change)


def last_records(store, n: int) -> list[tuple]:
    admin = store.login(ADMIN, ADMIN_PASSWORD)
    log = admin.audit.log(limit=n + 1)  # and the login that reads it, newest first
    return [(r.username, r.event, r.object, r.outcome, json.loads(r.detail))
            for r in log.iloc[1:].itertuples()][::-1]


def test_a_new_service_gets_rights_versions_stamps_and_audit_from_the_core(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    admin.accounts.add("planner", PASSWORD, "planner")
    admin.accounts.add("viewer", PASSWORD, "viewer")
    site = ids["planned_sites"]["V1"]
    planner, viewer = store.login("planner", PASSWORD), store.login("viewer", PASSWORD)

    assert Plans(planner).approve(site, "fits the coverage plan", 1) == 2
    stored = admin.features.get("planned_sites", site)
    assert (stored["status"], stored["version"], stored["updated_by"]) == ("approved", 2, "planner")
    assert last_records(store, 2)[-1] == ("planner", "approve", f"planned_sites:{site}", "ok",
                                          {"from": "draft", "note": "fits the coverage plan", "version": 2})

    with pytest.raises(EditConflict) as conflict:  # approving what was read before that save
        Plans(planner).approve(site, "again", 1)
    assert conflict.value.theirs["version"] == 2
    with pytest.raises(PermissionDenied):
        Plans(viewer).approve(site, "not mine to approve", 2)
    assert admin.features.get("planned_sites", site) == stored  # neither changed anything
    assert last_records(store, 4)[-2:] == [
        ("planner", "approve", f"planned_sites:{site}", "conflict",
         {"expected_version": 1, "stored_version": 2}),
        ("viewer", "edit", f"planned_sites:{site}", "denied",
         {"action": "edit:planned_sites", "village_code": "V1"})]


def test_permissions_are_typed_actions():
    assert str(Action.edit("incidents")) == "edit:incidents" and str(Action(Right.IMPORT)) == "import"
    assert Action(Right.IMPORT, "incidents").grant == Action(Right.IMPORT)
    with pytest.raises(ValueError, match="not a kind of feature"):
        Action.edit("incident")  # a typo is an error, not a right nobody has
    with pytest.raises(ValueError, match="needs the kind"):
        Action(Right.READ)
    with pytest.raises(ValueError):
        Action("delete_everything")
    from datasources.store.permissions import Caller

    officer = Caller("li", "village_officer", "V1")
    assert allowed(officer, Action.edit("incidents"), "V1")
    assert not allowed(officer, Action.edit("incidents"), "V2")
    assert allowed(officer, Action.read("sensor_readings"))  # not a village's: readable by all
    assert not allowed(officer, Action.edit("hazard_zones"), "V1")
