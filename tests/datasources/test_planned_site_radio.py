"""A planned site's radio (revision 0010): frequency and radiated power are kept, changed with a version
and an audit record, and read back, in a GeoPackage store and on PostgreSQL, where a planner logged in as
their own database role may write them and a viewer may not."""

from __future__ import annotations

import pytest
import shapely

from datasources.errors import PermissionDenied
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER, PASSWORD, fill_township


def _store(url, tmp_path):
    init_store(url).dispose()
    store = TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    fill_township(admin)
    admin.accounts.add("pla", PASSWORD, "planner", None)
    admin.accounts.add("vie", PASSWORD, "viewer", None)
    return store


def _radio_kept(store) -> None:
    planner = store.login("pla", PASSWORD)
    site = planner.features.add("planned_sites", {"kind": "tower", "height_m": 30.0, "frequency_mhz": 1800.0,
                                                  "eirp_dbm": 61.0, "geom": shapely.Point(500_100, 3_000_100)})
    row = planner.features.get("planned_sites", site)
    assert (row["frequency_mhz"], row["eirp_dbm"]) == (1800.0, 61.0)
    planner.features.update("planned_sites", site, {"eirp_dbm": 55.5, "frequency_mhz": None}, row["version"])
    row = planner.features.get("planned_sites", site)
    assert row["frequency_mhz"] is None and row["eirp_dbm"] == 55.5 and row["version"] == 2
    frame = planner.features.read("planned_sites")
    assert {"frequency_mhz", "eirp_dbm"} <= set(frame.columns) and frame.loc[site, "eirp_dbm"] == 55.5
    events = store.login(ADMIN, ADMIN_PASSWORD).audit.log(username="pla")
    assert {"add", "edit"} <= set(events[events["object"] == f"planned_sites:{site}"]["event"])
    viewer = store.login("vie", PASSWORD)
    with pytest.raises(PermissionDenied):
        viewer.features.update("planned_sites", site, {"eirp_dbm": 80.0}, 2)


def test_the_radio_is_kept_in_a_geopackage_store(tmp_path):
    store = _store(tmp_path / "store.gpkg", tmp_path)
    try:
        _radio_kept(store)
    finally:
        store.engine.dispose()


def test_the_radio_is_kept_on_postgresql_by_the_planners_own_role(pg_database, tmp_path):
    store = _store(pg_database, tmp_path)
    try:
        _radio_kept(store)
    finally:
        store.engine.dispose()
