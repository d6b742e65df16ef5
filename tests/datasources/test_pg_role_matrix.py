"""The role table of test_store_roles on PostGIS, each user logged in to PostgreSQL as their own role: what
the console allows still works through the store's calls (so the database's privileges, row-level security
and functions let the console do its work), and what it refuses stays refused. Another village's features
are not even visible to a user posted to one village there, so asking for one is a NotFound."""

from __future__ import annotations

import pytest

from datasources.errors import NotFound
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER, PASSWORD, fill_township
from tests.datasources.test_store_roles import PROFILES, Bench, every_action


class PgBench(Bench):
    """The same township and attempts on a PostGIS store."""

    def __init__(self, folder, url: str) -> None:  # noqa: D107 - Bench's own attributes
        init_store(url).dispose()
        self.folder = folder
        self.store = TownshipStore(url, key_folder=folder / "keys", hasher=CHEAP_HASHER)
        self.admin = self.store.create_administrator(ADMIN, ADMIN_PASSWORD)
        self.ids = fill_township(self.admin)
        self.n = 100


@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_action_of_every_role_as_its_own_database_login(pg_database, tmp_path, profile):
    role, village = PROFILES[profile]
    bench = PgBench(tmp_path, pg_database)
    try:
        bench.admin.accounts.add(profile, PASSWORD, role, village)
        user = bench.store.login(profile, PASSWORD)
        assert user.store.engine.url.username == f"{profile}@{bench.store.engine.url.database}"
        every_action(bench, profile, user, hidden=(NotFound,) if village else ())
        assert bench.admin.audit.verify() == []
    finally:
        bench.store.engine.dispose()
