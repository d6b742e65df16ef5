"""Residents' personal data: never in the file in plain text, shown masked, unmasked only on request and
audited, unreadable without the key, and exported only when the role allows it and the user confirms."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pyogrio
import pytest
from cryptography.fernet import Fernet

from datasources.errors import KeyMissing, PermissionDenied
from datasources.store import TownshipStore
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    ID_NUMBER,
    NAME,
    OTHER_ID_NUMBER,
    OTHER_NAME,
    OTHER_PHONE,
    PASSWORD,
    PHONE,
    data_checksums,
    fill_township,
    make_store,
    sample,
)

SECRETS = (PHONE, ID_NUMBER, NAME, OTHER_PHONE, OTHER_ID_NUMBER, OTHER_NAME)
PERSONAL = ["reporter_name", "reporter_phone", "reporter_id_number"]


def file_bytes(path) -> bytes:
    """The store as someone who copies it sees it: the database file and its write-ahead log."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def plain_found(data: bytes) -> list[str]:
    return [s for s in SECRETS for enc in ("utf-8", "utf-16-le", "utf-16-be") if s.encode(enc) in data]


def test_phone_and_id_numbers_are_not_in_the_file(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    admin.features.add_many("incidents", [sample("incidents", "V1", n) for n in range(3, 13)])
    incident = admin.features.get("incidents", ids["incidents"]["V1"])
    admin.features.update("incidents", incident["id"], {"reporter_phone": OTHER_PHONE, "title": "路面塌陷"},
                 incident["version"])
    admin.incidents.unmask(ids["incidents"]["V2"], "call back")
    path = tmp_path / "township.gpkg"
    wal = path.with_name("township.gpkg-wal")
    assert wal.stat().st_size > 0  # the recent writes are in the log: it is searched too
    assert plain_found(file_bytes(path)) == []
    edit = admin.audit.log(event="edit").iloc[0]
    assert json.loads(edit["detail"])["fields"] == {"reporter_phone": "changed",
                                                        "title": ["路面塌陷1", "路面塌陷"]}
    store.engine.dispose()  # checkpointed into the database file
    assert not wal.exists() or wal.stat().st_size == 0
    assert plain_found(file_bytes(path)) == []

    # The search does find a number stored in plain text (here typed into a description).
    admin.features.update("incidents", incident["id"], {"description": f"回电 {PHONE}"}, incident["version"] + 1)
    assert plain_found(file_bytes(path)) == [PHONE]


def test_reads_are_masked_and_unmask_is_audited(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    ids = fill_township(admin)
    incidents = admin.features.read("incidents")
    assert incidents.loc[ids["incidents"]["V1"], PERSONAL].tolist() == [
        "张**", "138****5678", "3301**********1234"]
    assert incidents.loc[ids["incidents"]["V2"], PERSONAL].tolist() == [
        "李*", "139****5432", "3301**********432X"]
    assert not [c for c in incidents.columns if c.endswith("_enc")]
    one = admin.features.get("incidents", ids["incidents"]["V1"])
    assert (one["reporter_phone"], one["reporter_id_number"]) == ("138****5678", "3301**********1234")
    assert not any(k.endswith("_enc") for k in one)

    admin.accounts.add("desk", PASSWORD, "emergency_desk")
    desk = store.login("desk", PASSWORD)
    assert desk.incidents.unmask(ids["incidents"]["V1"], "flood call-back") == {
        "reporter_name": NAME, "reporter_phone": PHONE, "reporter_id_number": ID_NUMBER}
    record = admin.audit.log(event="view_personal").iloc[0]
    assert (record["username"], record["object"], record["outcome"]) == (
        "desk", f"incidents:{ids['incidents']['V1']}", "ok")
    assert json.loads(record["detail"]) == {
        "fields": ["reporter_id_number", "reporter_name", "reporter_phone"], "reason": "flood call-back"}


def test_a_missing_or_wrong_key_says_what_to_do(tmp_path):
    store = make_store(tmp_path)
    ids = fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    key_file = tmp_path / "keys" / f"{store.store_id}.key"
    assert key_file.exists()

    elsewhere = TownshipStore(store.url, key_folder=tmp_path / "empty", hasher=store.hasher)
    admin = elsewhere.login(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(KeyMissing) as missing:
        admin.incidents.unmask(ids["incidents"]["V1"])
    assert str(missing.value) == (
        f"the key for residents' personal data is missing ({store.store_id}.key). Restore the key file "
        "from the office's key backup; without it phone and ID numbers cannot be read.")
    with pytest.raises(KeyMissing):
        admin.exports.write("incidents", tmp_path / "out.csv", include_personal=True, confirmed=True)
    assert not (tmp_path / "out.csv").exists()

    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / key_file.name).write_bytes(Fernet.generate_key())
    other = TownshipStore(store.url, key_folder=wrong, hasher=store.hasher).login(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(KeyMissing, match="encrypted with another key.*belongs to this store"):
        other.incidents.unmask(ids["incidents"]["V1"])
    shutil.copy(key_file, wrong / key_file.name)
    fixed = TownshipStore(store.url, key_folder=wrong, hasher=store.hasher).login(ADMIN, ADMIN_PASSWORD)
    assert fixed.incidents.unmask(ids["incidents"]["V1"])["reporter_phone"] == PHONE


def test_a_console_without_the_key_never_makes_a_second_one(tmp_path):
    store = make_store(tmp_path)
    ids = fill_township(store.create_administrator(ADMIN, ADMIN_PASSWORD))
    other_desk = tmp_path / "other-desk-keys"  # a workstation the key file was never copied to
    admin = TownshipStore(store.url, key_folder=other_desk, hasher=store.hasher).login(
        ADMIN, ADMIN_PASSWORD)
    before = data_checksums(store)
    with pytest.raises(KeyMissing, match="Restore the key file"):
        admin.features.add("incidents", sample("incidents", "V1", 50))
    incident = admin.features.get("incidents", ids["incidents"]["V1"])
    with pytest.raises(KeyMissing):
        admin.features.update("incidents", incident["id"], {"reporter_phone": OTHER_PHONE}, incident["version"])
    assert not other_desk.exists() or not any(other_desk.iterdir())
    assert data_checksums(store) == before
    # Incidents without personal data can still be reported there.
    plain = {k: v for k, v in sample("incidents", "V1", 51).items() if not k.startswith("reporter")}
    assert admin.features.add("incidents", plain)
    # A new store, with nothing encrypted yet, makes its key on the first need.
    (tmp_path / "fresh").mkdir()
    fresh = make_store(tmp_path / "fresh")
    fresh_admin = fresh.create_administrator(ADMIN, ADMIN_PASSWORD)
    fresh_admin.features.add("villages", sample("villages", None, 1) | {"village_code": "V1"})
    fresh_admin.features.add("incidents", sample("incidents", "V1", 1))
    assert (tmp_path / "fresh" / "keys" / f"{fresh.store_id}.key").exists()


def test_exports_leave_personal_data_out_unless_allowed_and_confirmed(tmp_path):
    store = make_store(tmp_path)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("desk", PASSWORD, "emergency_desk")
    admin.accounts.add("clerk", PASSWORD, "office_staff")
    desk, clerk = store.login("desk", PASSWORD), store.login("clerk", PASSWORD)
    out = tmp_path / "out"
    out.mkdir()

    assert admin.exports.write("incidents", out / "plain.gpkg") == 2
    assert desk.exports.write("incidents", out / "plain.csv") == 2
    assert clerk.exports.write("incidents", out / "plain.geojson", include_personal=False) == 2
    frames = {"gpkg": pyogrio.read_dataframe(out / "plain.gpkg"),
              "csv": pd.read_csv(out / "plain.csv"),
              "geojson": pyogrio.read_dataframe(out / "plain.geojson")}
    for suffix, frame in frames.items():
        assert len(frame) == 2, suffix
        assert "category" in frame.columns, suffix
        assert not [c for c in frame.columns if c.startswith("reporter")], (suffix, list(frame.columns))
        assert plain_found((out / f"plain.{suffix}").read_bytes()) == [], suffix

    refused = [(admin, "unconfirmed.csv", False), (clerk, "unconfirmed.gpkg", False),
               (desk, "desk.csv", True)]  # the emergency desk may unmask, not export personal data
    for session, name, confirmed in refused:
        with pytest.raises(PermissionDenied):
            session.exports.write("incidents", out / name, include_personal=True, confirmed=confirmed)
        assert not (out / name).exists()

    assert admin.exports.write("incidents", out / "full.csv", include_personal=True, confirmed=True) == 2
    assert clerk.exports.write("incidents", out / "full.gpkg", include_personal=True, confirmed=True) == 2
    full = pd.read_csv(out / "full.csv", dtype=str, encoding="utf-8-sig").set_index("title")
    assert full.loc["路面塌陷1", PERSONAL].tolist() == [NAME, PHONE, ID_NUMBER]
    full = pyogrio.read_dataframe(out / "full.gpkg")
    assert sorted(full["reporter_phone"]) == [PHONE, OTHER_PHONE]

    log = admin.audit.log().sort_values("seq")
    exports = log[log["object"].str.startswith("incidents:") & log["event"].str.startswith("export")]
    assert [(r.username, r.event, r.object, r.outcome) for r in exports.itertuples()] == [
        (ADMIN, "export", "incidents:plain.gpkg", "ok"),
        ("desk", "export", "incidents:plain.csv", "ok"),
        ("clerk", "export", "incidents:plain.geojson", "ok"),
        (ADMIN, "export", "incidents:unconfirmed.csv", "denied"),
        ("clerk", "export", "incidents:unconfirmed.gpkg", "denied"),
        ("desk", "export_personal", "incidents:desk.csv", "denied"),
        (ADMIN, "export", "incidents:full.csv", "ok"),
        ("clerk", "export", "incidents:full.gpkg", "ok")]
    assert [json.loads(d)["personal"] for d in exports[exports["outcome"] == "ok"]["detail"]] == [
        False, False, False, True, True]
