"""Publications in the store (``session.publications``), on the GeoPackage store and on PostGIS: a draft is
recorded with who, what and the content hash; only another user than the drafter approves it (the
administrator drafts too, and another administrator decides on that draft), once, audited; the next
publication says what changed; and on PostgreSQL the database refuses the same on a direct connection."""

from __future__ import annotations

import pytest

from datasources.errors import EditConflict, PermissionDenied, WorkflowRefused
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from datasources.store.publications import changes_between, check_decision, describe_changes
from tests.datasources.store_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    CHEAP_HASHER,
    PASSWORD,
    fill_township,
    make_store,
)

USERS = {"off": ("office_staff", None), "off2": ("office_staff", None), "pla": ("planner", None),
         "vie": ("viewer", None), "des": ("emergency_desk", None), "head2": ("administrator", None)}
LAYERS = {"villages": {"title": "行政村", "fields": ["name_zh", "population"], "features": 22},
          "facilities": {"title": "公共设施", "fields": ["kind", "name_zh"], "features": 79}}


class Township:
    def __init__(self, store: TownshipStore) -> None:
        self.store = store
        self.admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
        fill_township(self.admin)
        for name, (role, village) in USERS.items():
            self.admin.accounts.add(name, PASSWORD, role, village)

    def login(self, name: str):
        return self.store.login(name, PASSWORD)


@pytest.fixture(params=["gpkg", "postgis"])
def township(request, tmp_path):
    if request.param == "gpkg":
        town = Township(make_store(tmp_path))
    else:
        url = request.getfixturevalue("pg_database")
        init_store(url).dispose()
        town = Township(TownshipStore(url, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER))
    yield town
    town.store.engine.dispose()


def test_draft_approve_and_what_changed(township):
    clerk = township.login("off")
    first = clerk.publications.draft("青溪镇村务公开", LAYERS, "a" * 64, 1000, "/pub/2026-12")
    row = township.admin.publications.get(first)
    assert (row["status"], row["drafted_by"], row["drafted_role"], row["layers"]) == (
        "draft", "off", "office_staff", LAYERS)
    with pytest.raises(PermissionDenied):  # another clerk may not approve
        township.login("off2").publications.approve(first, 1)
    with pytest.raises(PermissionDenied):  # nor a viewer
        township.login("vie").publications.approve(first, 1)
    with pytest.raises(PermissionDenied):  # an emergency desk may not even draft
        township.login("des").publications.draft("x", LAYERS, "b" * 64)
    assert township.admin.publications.approve(first, 1, "checked") == 2
    with pytest.raises(EditConflict):
        township.admin.publications.approve(first, 1)
    with pytest.raises(WorkflowRefused):
        township.admin.publications.reject(first, 2, "too late")
    assert township.admin.publications.changes(first)["first"]

    changed = {"villages": {"title": "行政村", "fields": ["name_zh", "households"], "features": 23},
               "hazard_zones": {"title": "灾害隐患区", "fields": ["level"], "features": 170}}
    second = township.login("pla").publications.draft("第二期", changed, "c" * 64)
    diff = township.admin.publications.changes(second)
    assert diff["since"] == first
    assert diff["layers_added"] == ["hazard_zones"] and diff["layers_removed"] == ["facilities"]
    assert diff["fields_added"] == {"villages": ["households"]}
    assert diff["fields_removed"] == {"villages": ["population"]}
    assert diff["features"] == {"villages": [22, 23]}
    assert township.admin.publications.reject(second, 1, "hazard zones not checked yet") == 2
    history = clerk.publications.history()
    assert list(history.index) == [second, first]
    assert list(history["status"]) == ["rejected", "approved"]
    assert list(history["decided_by"]) == [ADMIN, ADMIN]
    log = township.admin.audit.log()
    events = log[log["event"].astype(str).str.startswith("publication_")]
    assert sorted(set(events["event"])) == ["publication_approve", "publication_draft", "publication_reject"]
    assert set(events["outcome"]) >= {"ok", "refused", "conflict"}
    denied = township.admin.audit.log(outcome="denied")
    assert len(denied[denied.astype(str).apply(lambda r: "publications" in " ".join(r), axis=1)]) == 3
    assert township.admin.audit.verify() == []


def test_only_another_user_decides():
    check_decision("draft", "off", "office_staff", "admin", "administrator")
    check_decision("draft", ADMIN, "administrator", "head2", "administrator")
    with pytest.raises(WorkflowRefused, match="may not decide on it"):
        check_decision("draft", ADMIN, "administrator", ADMIN, "administrator")
    with pytest.raises(WorkflowRefused, match="already approved"):
        check_decision("approved", "off", "office_staff", "admin", "administrator")


def test_the_administrator_drafts_and_another_administrator_decides(township):
    admin = township.admin
    assert admin.publications.may_publish() and admin.publications.may_approve()
    pub = admin.publications.draft("镇长起草", LAYERS, "e" * 64)
    row = admin.publications.get(pub)
    assert (row["status"], row["drafted_by"], row["drafted_role"]) == ("draft", ADMIN, "administrator")
    with pytest.raises(WorkflowRefused, match="may not decide on it"):
        admin.publications.approve(pub, 1)
    with pytest.raises(WorkflowRefused, match="may not decide on it"):
        admin.publications.reject(pub, 1, "mine")
    assert admin.publications.get(pub)["status"] == "draft"
    assert township.login("head2").publications.approve(pub, 1, "checked") == 2
    row = admin.publications.get(pub)
    assert (row["status"], row["decided_by"], row["decided_role"]) == ("approved", "head2", "administrator")
    refused = admin.audit.log(outcome="refused")
    assert len(refused[refused["event"].astype(str) == "publication_approve"]) == 1


def test_changes_are_described():
    assert describe_changes(changes_between(None, LAYERS)) == ["first publication"]
    lines = describe_changes(changes_between(LAYERS, {"villages": LAYERS["villages"]}))
    assert lines == ["layer removed: facilities"]


def _connect(store: TownshipStore, username: str, password: str = PASSWORD):
    import psycopg
    from sqlalchemy.engine import make_url

    from datasources.store.pg_roles import login_role

    url = make_url(store.url)
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database, autocommit=True,
                           user=login_role(url.database, username), password=password)


def test_the_database_itself_holds_the_rules(tmp_path, pg_database):
    import psycopg

    init_store(pg_database).dispose()
    town = Township(TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER))
    try:
        pub = town.login("off").publications.draft("公开", LAYERS, "d" * 64)
        audit = "SELECT township_audit_append('{u}', 'publication_approve', 'publications:x', 'ok', '{{}}')"
        with _connect(town.store, "vie") as con:  # a viewer may not even read them
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("SELECT count(*) FROM publications")
        with _connect(town.store, "off2") as con:
            assert con.execute("SELECT count(*) FROM publications").fetchone() == (1,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # staff may not decide
                with con.transaction():
                    con.execute(audit.format(u="off2"))
                    con.execute("UPDATE publications SET status = 'approved' WHERE id = %s", (pub,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # drafts start as drafts
                with con.transaction():
                    con.execute(audit.format(u="off2"))
                    con.execute("INSERT INTO publications (title, layers, content_hash, status, drafted_by, "
                                "drafted_role, drafted_at, version) VALUES ('t', '{}', 'x', 'approved', "
                                "'admin', 'administrator', now(), 1)")
        with _connect(town.store, ADMIN, ADMIN_PASSWORD) as con:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="without an audit record"):
                con.execute("UPDATE publications SET status = 'approved' WHERE id = %s", (pub,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # what was drafted stays
                with con.transaction():
                    con.execute(audit.format(u=ADMIN))
                    con.execute("UPDATE publications SET content_hash = 'forged' WHERE id = %s", (pub,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("DELETE FROM publications WHERE id = %s", (pub,))
            with con.transaction():
                con.execute(audit.format(u=ADMIN))
                con.execute("UPDATE publications SET status = 'approved', decided_by = 'off' WHERE id = %s",
                            (pub,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="already approved"):
                with con.transaction():
                    con.execute(audit.format(u=ADMIN))
                    con.execute("UPDATE publications SET status = 'rejected' WHERE id = %s", (pub,))
        own = town.admin.publications.draft("镇长起草", LAYERS, "f" * 64)
        with _connect(town.store, ADMIN, ADMIN_PASSWORD) as con:  # the administrator's own draft
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="may not decide on it"):
                with con.transaction():
                    con.execute(audit.format(u=ADMIN))
                    con.execute("UPDATE publications SET status = 'approved' WHERE id = %s", (own,))
        with _connect(town.store, "head2") as con:  # is decided by another administrator
            with con.transaction():
                con.execute(audit.format(u="head2"))
                con.execute("UPDATE publications SET status = 'rejected', note = 'n' WHERE id = %s", (own,))
        with _connect(town.store, ADMIN, ADMIN_PASSWORD) as con:  # who drafts is the caller, whatever it says
            with con.transaction():
                con.execute(audit.format(u=ADMIN).replace("publication_approve", "publication_draft"))
                con.execute("INSERT INTO publications (title, layers, content_hash, status, drafted_by, "
                            "drafted_role, drafted_at, version) VALUES ('t', '{}', 'x', 'draft', "
                            "'off', 'office_staff', now(), 1)")
        drafted = town.admin.publications.history()
        assert drafted.iloc[0]["drafted_by"] == ADMIN and drafted.loc[own, "decided_by"] == "head2"
        row = town.admin.publications.get(pub)
        assert (row["status"], row["decided_by"], row["version"]) == ("approved", ADMIN, 2)
    finally:
        town.store.engine.dispose()
