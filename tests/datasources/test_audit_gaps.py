"""The actions that left no record, tried again on the GeoPackage store and on PostGIS: viewing (and verifying)
the audit log, exporting the village statistics (a viewer wrote them: now refused and recorded), taking
residents' personal data for an export through the API without ever saying it was written, and an export
that failed half-way."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from datasources.errors import DataSourceError, PermissionDenied
from datasources.incident_files import export_incidents
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    ID_NUMBER,
    PASSWORD,
    fill_township,
    store_of_kind,
)


@pytest.fixture(params=["gpkg", "postgis"])
def admin(request, tmp_path):
    store = store_of_kind(request, tmp_path)
    session = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(session)
    session.accounts.add("reader", PASSWORD, "viewer")
    session.accounts.add("clerk", PASSWORD, "office_staff")
    yield session
    store.engine.dispose()


def records(admin, event: str) -> pd.DataFrame:
    log = admin.audit.log(event=event)
    return log[log["event"] == event]


def test_viewing_and_verifying_the_audit_log_are_recorded(admin):
    assert admin.audit.log(event="view_audit").empty  # the view being made is not in what it shows
    admin.audit.log(username="reader", text="incidents")
    assert admin.audit.verify() == []
    views = records(admin, "view_audit")
    assert list(views["username"]) == [ADMIN, ADMIN]
    assert json.loads(views["detail"].iloc[0])["filters"] == ["text", "username"]
    assert list(records(admin, "verify_audit")["outcome"]) == ["ok"]
    reader = admin.store.login("reader", PASSWORD)
    with pytest.raises(PermissionDenied):
        reader.audit.log()
    denied = admin.audit.log(username="reader", outcome="denied")
    assert list(denied["object"]) == ["audit_events"]


def test_the_village_statistics_export_needs_the_right_and_is_recorded(admin, tmp_path):
    reader, clerk = (admin.store.login(n, PASSWORD) for n in ("reader", "clerk"))
    written = []
    with pytest.raises(PermissionDenied):
        reader.exports.figures("villages.xlsx", 3, lambda: written.append("reader"))
    assert written == []
    assert clerk.exports.figures("villages.xlsx", 3, lambda: written.append("clerk")) is None
    assert written == ["clerk"]

    def broken():
        raise OSError("disk full")

    with pytest.raises(OSError):
        clerk.exports.figures("villages.csv", 3, broken)
    log = records(admin, "export")
    log = log[log["object"].str.startswith("village_statistics:")]
    assert list(zip(log["username"], log["object"], log["outcome"], strict=True)) == [  # newest first
        ("clerk", "village_statistics:villages.csv", "failed"),
        ("clerk", "village_statistics:villages.xlsx", "ok"),
        ("reader", "village_statistics:villages.xlsx", "denied")]


def test_personal_data_taken_through_the_api_is_recorded_even_without_a_file(admin):
    clerk = admin.store.login("clerk", PASSWORD)
    data = clerk.exports.data("incidents", "mine.csv", include_personal=True, confirmed=True)
    assert ID_NUMBER in set(data["reporter_id_number"])  # what a script got, and never said it wrote
    taken = records(admin, "view_personal")
    assert list(zip(taken["username"], taken["object"], strict=True)) == [("clerk", "incidents:mine.csv")]


def test_a_failed_export_is_recorded(admin, tmp_path):
    clerk = admin.store.login("clerk", PASSWORD)
    missing = tmp_path / "no such folder"
    for attempt in (lambda: clerk.exports.write("incidents", missing / "a.csv"),
                    lambda: export_incidents(clerk, missing / "b.xlsx", "xlsx")):
        with pytest.raises((DataSourceError, OSError)):
            attempt()
    log = records(admin, "export")
    assert sorted(zip(log["object"], log["outcome"], strict=True)) == [
        ("incidents:a.csv", "failed"), ("incidents:b.xlsx", "failed")]
