"""Planning scenarios in the store (revision 0011): a planner keeps and deletes them, audited; everyone who
reads planned sites reads them, a village officer only their village's sites; a viewer may not keep one.
In a GeoPackage store and on PostgreSQL, where the database itself refuses a viewer's insert and hides
the other villages' sites from a village officer's own connection."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from datasources.errors import PermissionDenied, StoreError
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    X0,
    Y0,
    fill_township,
)

SITES = [{"site_id": 7, "kind": "tower", "name": "青溪山基站", "village_code": "V1", "height_m": 35.0,
          "status": "approved", "cost": 120000.0, "x": X0 + 10, "y": Y0 + 20},
         {"kind": "camera", "name": "桥头", "village_code": "V2", "height_m": 6.0, "status": "proposed",
          "azimuth_deg": 90.0, "beam_width_deg": 60.0, "x": X0 + 2010, "y": Y0 + 5}]


def _store(url, tmp_path):
    init_store(url).dispose()
    store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("pla", PASSWORD, "planner", None)
    admin.accounts.add("vie", PASSWORD, "viewer", None)
    admin.accounts.add("off", PASSWORD, "village_officer", "V1")
    return store


def _scenarios_kept(store) -> None:
    planner = store.login("pla", PASSWORD)
    assert planner.scenarios.keep("两座", SITES) == 2
    assert planner.scenarios.keep("一座", SITES[:1]) == 1
    assert planner.scenarios.keep("两座", SITES) == 2  # replaced, not doubled
    assert planner.scenarios.names() == ["一座", "两座"]
    kept = planner.scenarios.read("两座")
    assert len(kept) == 2 and list(kept["name"]) == ["青溪山基站", "桥头"]
    assert kept.iloc[0]["cost"] == 120000.0 and kept.iloc[0]["site_id"] == 7 and kept.iloc[0]["x"] == X0 + 10
    assert set(kept["kept_by"]) == {"pla"}

    viewer = store.login("vie", PASSWORD)
    assert len(viewer.scenarios.read("两座")) == 2
    with pytest.raises(PermissionDenied):
        viewer.scenarios.keep("mine", SITES)
    with pytest.raises(PermissionDenied):
        viewer.scenarios.delete("两座")
    officer = store.login("off", PASSWORD)
    assert list(officer.scenarios.read("两座")["village_code"]) == ["V1"]  # not V2's camera

    assert planner.scenarios.delete("一座") == 1 and planner.scenarios.names() == ["两座"]
    with pytest.raises(StoreError):
        planner.scenarios.keep("empty", [])
    events = store.login(ADMIN, ADMIN_PASSWORD).audit.log(username="pla")
    mine = events[events["object"].astype(str).str.startswith("scenario:")]
    assert list(mine.sort_values("seq")["event"]) == ["scenario_keep"] * 3 + ["scenario_delete"]
    assert set(mine["outcome"]) == {"ok"}
    refused = store.login(ADMIN, ADMIN_PASSWORD).audit.log(username="vie")
    assert (refused["object"].astype(str) == "scenario:mine").any()


def test_scenarios_in_a_geopackage_store(tmp_path):
    store = _store(tmp_path / "store.gpkg", tmp_path)
    try:
        _scenarios_kept(store)
    finally:
        store.engine.dispose()


def test_scenarios_on_postgresql_under_each_users_own_role(pg_database, tmp_path):
    from datasources.store.pg_store import user_url

    store = _store(pg_database, tmp_path)
    try:
        _scenarios_kept(store)
        viewer = create_engine(user_url(pg_database, "vie", PASSWORD))
        with pytest.raises(Exception, match="permission denied"), viewer.begin() as con:
            con.execute(text("INSERT INTO scenario_sites (scenario, kind, x, y, kept_by, kept_at, version) "
                             "VALUES ('x', 'tower', 0, 0, 'vie', now(), 1)"))
        viewer.dispose()
        officer = create_engine(user_url(pg_database, "off", PASSWORD))
        with officer.connect() as con:
            assert con.execute(text("SELECT DISTINCT village_code FROM scenario_sites")).scalars().all() == ["V1"]
        officer.dispose()
        planner = create_engine(user_url(pg_database, "pla", PASSWORD))
        with pytest.raises(Exception, match="audit"), planner.begin() as con:  # no audit record: refused
            con.execute(text("DELETE FROM scenario_sites"))
        planner.dispose()
    finally:
        store.engine.dispose()
