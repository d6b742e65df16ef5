"""A store's id names its personal-data key file: an id edited into a path cannot put the key elsewhere."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing

import pytest

from datasources.errors import KeyMissing
from datasources.store.crypto import PersonalDataKey
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, fill_township, make_store, reopen


@pytest.mark.parametrize("store_id", ["../../outside", "/tmp/outside", "..", "a/b", "x\x00y", ""])
def test_a_store_id_that_is_a_path_is_refused(tmp_path, store_id):
    keys = tmp_path / "nested" / "keys"
    with pytest.raises(KeyMissing, match="cannot name a key file"):
        PersonalDataKey.for_store(store_id, keys, create=True)
    assert not keys.exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == []


def test_a_store_edited_to_point_its_key_outside_files_no_personal_data(tmp_path):
    store = make_store(tmp_path)
    store.create_administrator(ADMIN, ADMIN_PASSWORD)
    store.engine.dispose()
    with closing(sqlite3.connect(tmp_path / "township.gpkg")) as con:
        con.execute("UPDATE township_store_info SET value = '../planted' WHERE key = 'store_id'")
        con.commit()
    edited = reopen(store)
    with pytest.raises(KeyMissing, match="cannot name a key file"):
        fill_township(edited.login(ADMIN, ADMIN_PASSWORD))
    assert not (tmp_path / "planted.key").exists()


def test_the_key_folder_and_file_are_owner_only(tmp_path):
    key = PersonalDataKey.for_store("0123abcd", tmp_path / "keys", create=True)
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.path.parent.stat().st_mode) == 0o700
