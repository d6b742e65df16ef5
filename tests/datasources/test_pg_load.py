"""Consoles in processes of their own on one PostGIS store, each logged in as its own user (village officers
of different villages, office staff, the emergency desk), filing, walking, reading and exporting reports:
no call fails, no report is lost or numbered twice, and the audit chain is intact and has a record of every
call. Operations per second and p50/p99 latency per operation are printed (and written to
``TOWNSHIP_STRESS_REPORT`` under ``make stress``, which runs 20 consoles for 2 minutes; a plain run takes 4
consoles for a few seconds: ``TOWNSHIP_LOAD_CONSOLES``, ``TOWNSHIP_LOAD_SECONDS``)."""

from __future__ import annotations

import multiprocessing
import os

import numpy as np
import pytest
from sqlalchemy.engine import URL, make_url

from datasources.store import TownshipStore
from datasources.store.admin import init_store
from tests.datasources.pg_load_kit import console, village_box
from tests.datasources.store_kit import ADMIN, ADMIN_PASSWORD, CHEAP_HASHER, PASSWORD

CONSOLES = int(os.environ.get("TOWNSHIP_LOAD_CONSOLES", "4"))
SECONDS = float(os.environ.get("TOWNSHIP_LOAD_SECONDS", "6"))


def cast(n: int) -> list[tuple[str, str, str | None]]:
    """``n`` users: mostly village officers (two per village), some office staff and emergency desk."""
    desks = max(1, n // 7)
    officers = n - 2 * desks
    users = [(f"vo{i}", "village_officer", f"L{i // 2}") for i in range(officers)]
    users += [(f"staff{i}", "office_staff", None) for i in range(desks)]
    users += [(f"desk{i}", "emergency_desk", None) for i in range(desks)]
    return users


@pytest.mark.timeout(SECONDS + 900)  # the consoles' own time plus starting 20 processes on a busy machine
def test_consoles_as_their_own_users_lose_nothing(pg_database, tmp_path):
    init_store(pg_database).dispose()
    store = TownshipStore(pg_database, key_folder=tmp_path / "keys", hasher=CHEAP_HASHER)
    admin = store.create_administrator(ADMIN, ADMIN_PASSWORD)
    users = cast(CONSOLES)
    villages = sorted({v for _, _, v in users if v} | {"L0"})
    for index, code in enumerate(villages):
        admin.features.add("villages", {"village_code": code, "name_zh": f"村{code}", "geom": village_box(index)})
    for username, role, village in users:
        admin.accounts.add(username, PASSWORD, role, village)
    given = make_url(pg_database)  # a workstation's URL names no user: the login does
    anonymous = URL.create(given.drivername, host=given.host, port=given.port,
                           database=given.database).render_as_string()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=console, args=(anonymous, str(tmp_path), name, PASSWORD, villages,
                                                     SECONDS, seed, results))
               for seed, (name, _role, _village) in enumerate(users)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=SECONDS + 600) for _ in workers]
    for worker in workers:
        worker.join()
    errors = [e for o in outcomes for e in o["errors"]]
    assert errors == [], "\n".join(errors[:5])

    filed = [i for o in outcomes for i in o["filed"]]
    reports = admin.features.read("incidents")
    assert sorted(reports.index) == sorted(filed)  # none lost, none extra
    assert reports["case_number"].is_unique and reports["case_number"].notna().all()
    assert admin.audit.verify() == []
    log = admin.audit.log(limit=1_000_000)
    ok = log[log["outcome"] == "ok"]
    assert ((ok["event"] == "add") & ok["object"].str.startswith("incidents:")).sum() == len(filed)
    assert (ok["event"] == "status_change").sum() == sum(o["walked"] for o in outcomes)
    assert (ok["event"] == "export").sum() == sum(o["exported"] for o in outcomes)
    assert set(ok[ok["event"] == "login"]["username"]) >= {name for name, _, _ in users}
    for username in {name for name, _, _ in users}:
        mine = log[log["username"] == username]
        assert set(mine["outcome"]) == {"ok"}, username
    report = figures(outcomes, len(users))
    print("\n" + report)
    if os.environ.get("TOWNSHIP_STRESS_REPORT"):
        with open(os.environ["TOWNSHIP_STRESS_REPORT"], "a", encoding="utf-8") as fh:
            fh.write(report + "\n")
    store.engine.dispose()


def figures(outcomes: list[dict], consoles: int) -> str:
    lines = [f"PostGIS load: {consoles} consoles as their own database users for {SECONDS:g} s, 0 errors"]
    for op in ("file", "walk", "read", "export"):
        times = np.array([t for o in outcomes for t in o["timings"][op]]) * 1000
        if len(times) == 0:
            continue
        lines.append(f"  {op:<7}{len(times):>7} calls {len(times) / SECONDS:>8.1f}/s   p50 "
                     f"{np.percentile(times, 50):7.1f} ms   p99 {np.percentile(times, 99):7.1f} ms")
    filed = sum(len(o["filed"]) for o in outcomes)
    lines.append(f"  {filed} reports filed, all stored once with distinct case numbers; audit chain intact")
    return "\n".join(lines)

