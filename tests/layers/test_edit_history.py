"""Undo and redo of store edits, on real stores: every undo is a store edit with its audit record."""

from __future__ import annotations

import argon2
import pytest
import shapely

from datasources.errors import EditConflict, StoreError, WorkflowRefused
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from layers.edit_history import EditHistory

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _store(target, tmp_path, monkeypatch) -> TownshipStore:
    monkeypatch.setenv("TOWNSHIP_KEY_DIR", str(tmp_path / "keys"))
    init_store(target)
    return TownshipStore(target, hasher=CHEAP)


@pytest.fixture
def store(tmp_path, monkeypatch) -> TownshipStore:
    return _store(tmp_path / "township.gpkg", tmp_path, monkeypatch)


@pytest.fixture
def admin(store):
    session = store.create_administrator("wang", "qingxi-2024", "Wang Fang")
    session.features.add("villages", {"village_code": "V01", "name_zh": "青溪村", "population": 812,
                             "geom": shapely.box(500_000, 3_000_000, 501_000, 3_001_000)})
    return session


@pytest.fixture
def history(admin) -> EditHistory:
    return EditHistory(admin)


def _village(session) -> tuple[int, dict]:
    frame = session.features.read("villages")
    return int(frame.index[0]), session.features.get("villages", int(frame.index[0]))


def _events(session, obj: str) -> list[tuple[str, str]]:
    log = session.audit.log(text=obj)
    return list(zip(log["event"][::-1], log["outcome"][::-1], strict=True))


def test_undo_and_redo_an_edit_are_audited_store_edits(admin, history):
    vid, village = _village(admin)
    seen, changed = [], []
    history.feature_changed.connect(lambda kind, fid: seen.append((kind, fid)))
    history.changed.connect(lambda: changed.append(1))
    assert not history.can_undo and not history.can_redo and history.undo_text == ""

    version = history.update("villages", vid, {"population": 900, "name_pinyin": "Qingxi"},
                             village["version"])
    assert version == village["version"] + 1
    assert history.can_undo and not history.can_redo
    assert history.undo_text == f"Edit villages #{vid}"

    history.undo()
    back = admin.features.get("villages", vid)
    assert (back["population"], back["name_pinyin"]) == (812, None)
    assert back["version"] == village["version"] + 2
    assert history.redo_text == f"Edit villages #{vid}" and not history.can_undo

    history.redo()
    again = admin.features.get("villages", vid)
    assert (again["population"], again["name_pinyin"]) == (900, "Qingxi")
    assert _events(admin, f"villages:{vid}").count(("edit", "ok")) == 3
    assert seen == [("villages", vid)] * 3 and len(changed) == 3


def test_several_edits_of_one_feature_undo_in_order(admin, history):
    vid, village = _village(admin)
    v = history.update("villages", vid, {"population": 900}, village["version"])
    v = history.update("villages", vid, {"population": 950}, v)
    history.update("villages", vid, {"households": 300}, v)
    for expected in ((950, 300), (950, None), (900, None), (812, None)):
        current = admin.features.get("villages", vid)
        assert (current["population"], current["households"]) == expected
        if history.can_undo:
            history.undo()
    assert not history.can_undo
    history.redo()
    history.redo()
    assert admin.features.get("villages", vid)["population"] == 950


def test_a_new_edit_clears_the_redo_stack(admin, history):
    vid, village = _village(admin)
    v = history.update("villages", vid, {"population": 900}, village["version"])
    history.undo()
    assert history.can_redo
    history.update("villages", vid, {"population": 1000}, v + 1)
    assert not history.can_redo and history.redo_text == ""
    with pytest.raises(StoreError, match="nothing to redo"):
        history.redo()


def test_undo_after_someone_else_saved_raises_the_conflict_and_keeps_both_stacks(store, admin,
                                                                                 history):
    vid, village = _village(admin)
    v = history.update("villages", vid, {"population": 900}, village["version"])
    admin.accounts.add("li", "li-password-9", "office_staff")
    other = store.login("li", "li-password-9")
    other.features.update("villages", vid, {"population": 905}, v)

    with pytest.raises(EditConflict) as raised:
        history.undo()
    assert raised.value.theirs["population"] == 905 and raised.value.theirs["updated_by"] == "li"
    assert raised.value.mine == {"population": 812}
    assert admin.features.get("villages", vid)["population"] == 905
    assert history.can_undo and not history.can_redo
    assert _events(admin, f"villages:{vid}")[-1] == ("edit", "conflict")

    history.undo(expected_version=raised.value.theirs["version"])  # "overwrite with mine"
    assert admin.features.get("villages", vid)["population"] == 812
    assert history.can_redo and not history.can_undo


def test_undoing_a_deletion_brings_the_whole_feature_back_under_its_id(admin, history):
    vid, village = _village(admin)
    fid = admin.features.add("facilities", {"kind": "clinic", "name_zh": "卫生室", "village_code": "V01",
                                            "capacity": 12, "geom": shapely.Point(500_500, 3_000_500)})
    facility = admin.features.get("facilities", fid)
    history.delete("facilities", fid, facility["version"])
    assert fid not in admin.features.read("facilities").index
    assert history.undo_text == f"Delete facilities #{fid}"

    history.undo()
    back = admin.features.get("facilities", fid)
    assert back["name_zh"] == "卫生室" and back["capacity"] == 12 and back["geom"].equals(facility["geom"])
    assert [e for e, _ in _events(admin, f"facilities:{fid}")] == ["add", "delete", "add"]

    history.redo()
    assert fid not in admin.features.read("facilities").index
    assert admin.features.get("villages", vid)["version"] == village["version"]


def test_a_report_is_never_deleted_so_undo_cannot_bring_one_back_without_its_history(admin, history):
    iid = admin.features.add("incidents", {"category": "landslide", "title": "路基塌方", "village_code": "V01",
                                  "geom": shapely.Point(500_500, 3_000_500)})
    with pytest.raises(WorkflowRefused, match="never deleted"):
        history.delete("incidents", iid, 1)
    assert not history.can_undo and iid in admin.features.read("incidents").index
    added = history.add("incidents", {"category": "flood", "village_code": "V01"})
    with pytest.raises(WorkflowRefused, match="never deleted"):
        history.undo()  # undoing an addition would delete the report
    assert history.can_undo and not history.can_redo and added in admin.features.read("incidents").index


def test_undoing_an_addition_deletes_it_and_redo_adds_it_with_the_same_id(admin, history):
    fid = history.add("facilities", {"kind": "school", "name_zh": "青溪小学", "village_code": "V01",
                                     "geom": shapely.Point(500_200, 3_000_200)})
    assert history.undo_text == f"Add facilities #{fid}"
    history.undo()
    assert fid not in admin.features.read("facilities").index
    history.redo()
    assert admin.features.get("facilities", fid)["name_zh"] == "青溪小学"
    history.undo()
    assert admin.features.read("facilities").empty


def test_undoing_a_personal_data_edit_restores_the_plain_value(admin, history):
    iid = admin.features.add("incidents", {"category": "flood", "village_code": "V01",
                                  "reporter_name": "李四"})
    history.update("incidents", iid, {"reporter_name": "王五"}, 1)
    history.undo()
    assert admin.incidents.unmask(iid)["reporter_name"] == "李四"
    assert admin.features.get("incidents", iid)["reporter_name"] != "李四"  # still masked on reading


def test_a_step_the_store_refuses_is_not_recorded(store, admin, history):
    vid, village = _village(admin)
    with pytest.raises(EditConflict):
        history.update("villages", vid, {"population": 1}, village["version"] + 7)
    assert not history.can_undo
    with pytest.raises(StoreError, match="nothing to undo"):
        history.undo()


def test_undo_and_redo_on_postgis(pg_database, tmp_path, monkeypatch):
    store = _store(pg_database, tmp_path, monkeypatch)
    admin = store.create_administrator("wang", "qingxi-2024")
    history = EditHistory(admin)
    vid = history.add("villages", {"village_code": "V01", "name_zh": "青溪村",
                                   "geom": shapely.box(0, 0, 10, 10)})
    history.update("villages", vid, {"population": 5}, admin.features.get("villages", vid)["version"])
    history.undo()
    history.undo()
    assert admin.features.read("villages").empty
    history.redo()
    history.redo()
    assert admin.features.get("villages", vid)["population"] == 5
    assert history.add("villages", {"village_code": "V02", "name_zh": "石桥村"}) != vid
