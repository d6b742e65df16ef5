"""Two consoles editing the shared (PostGIS) store at once: conflicts are reported, nothing is overwritten.

Two :class:`TownshipStore` objects (two engines, two connection pools) log in as two users. In each round
both pick a feature (often the same one), read it, and save in a random interleaving; then both run in two
threads at once. Every acknowledged save goes into a ledger per feature. At the end each feature's versions
must run 2, 3, 4... with one acknowledged save per version, each made on the version just before
it, and the store must hold exactly the last
acknowledged values: a save that was acknowledged and then lost without a later acknowledged save replacing
it (a silent overwrite) breaks the sequence. Edits of different features must never conflict.

``TOWNSHIP_STRESS_EDITS`` sets the number of rounds (default 60; ``make stress`` uses 1000).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

import pytest
import shapely

from datasources.errors import EditConflict
from datasources.store import TownshipStore
from datasources.store.admin import init_store
from tests.datasources.store_fill import ADMIN_PASSWORD, FAST_HASHER, X0, Y0, fill_township, report

KIND = "facilities"
CLERK_PASSWORD = "clerk password 1"


@dataclass
class Ledger:
    """Acknowledged saves per feature: ``acks[id]`` is a list of (version read, version saved, values)."""

    start: dict[int, tuple[int, dict]]
    acks: dict[int, list[tuple[int, int, dict]]] = field(default_factory=lambda: defaultdict(list))
    conflicts: int = 0
    wrong_conflicts: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def acknowledge(self, feature_id: int, read: int, saved: int, values: dict) -> None:
        with self.lock:
            self.acks[feature_id].append((read, saved, values))

    def conflict(self, note: str | None = None) -> None:
        with self.lock:
            self.conflicts += 1
            if note:
                self.wrong_conflicts.append(note)

    @property
    def saves(self) -> int:
        return sum(len(v) for v in self.acks.values())


def _changes(rng: random.Random, who: str, step: int) -> dict:
    changes = {"name_zh": f"{who}-{step}", "capacity": rng.randrange(10_000),
               "name_en": f"{who} edit {step}"}
    if rng.random() < 0.3:
        changes["geom"] = shapely.Point(X0 + rng.uniform(0, 2000), Y0 + rng.uniform(0, 500))
    return changes


def _same(stored: dict, values: dict) -> bool:
    for name, value in values.items():
        held = stored[name]
        if hasattr(value, "geom_type"):
            if not shapely.equals_exact(held, value, tolerance=1e-6):
                return False
        elif held != value:
            return False
    return True


def _save(session, ledger: Ledger, feature_id: int, version: int, changes: dict) -> int | None:
    """Save; on success record the new version in the ledger, on conflict return None."""
    try:
        new = session.features.update(KIND, feature_id, changes, expected_version=version)
    except EditConflict as conflict:
        assert conflict.mine == changes
        assert conflict.theirs["version"] != version
        return None
    ledger.acknowledge(feature_id, version, new, changes)
    return new


@pytest.fixture
def two_clerks(pg_database, tmp_path):
    init_store(pg_database).dispose()
    keys = tmp_path / "keys"
    setup = TownshipStore(pg_database, key_folder=keys, hasher=FAST_HASHER)
    admin = setup.create_administrator("admin", ADMIN_PASSWORD)
    fill_township(admin, villages=2)
    for i in range(10):
        admin.features.add(KIND, {"kind": "shelter", "name_zh": f"避难点{i}", "village_code": f"V0{i % 2}",
                         "capacity": 50, "geom": shapely.Point(X0 + 100 * i, Y0 + 50)})
    for name in ("clerk_a", "clerk_b"):
        admin.accounts.add(name, CLERK_PASSWORD, "office_staff")
    stores = [TownshipStore(pg_database, key_folder=keys, hasher=FAST_HASHER) for _ in range(2)]
    sessions = [s.login(n, CLERK_PASSWORD) for s, n in zip(stores, ("clerk_a", "clerk_b"),
                                                            strict=True)]
    assert stores[0].engine is not stores[1].engine
    yield admin, sessions
    for store in (setup, *stores):
        store.engine.dispose()


def _rounds(sessions, ledger: Ledger, ids: list[int], rounds: int, rng: random.Random) -> None:
    """Both clients read then save, in a random interleaving; check each outcome as it comes."""
    a, b = sessions
    for step in range(rounds):
        first = rng.choice(ids)
        second = first if rng.random() < 0.4 else rng.choice([i for i in ids if i != first])
        interleaved = rng.random() < 0.6
        order = [(a, first, "a"), (b, second, "b")]
        rng.shuffle(order)
        (s1, f1, w1), (s2, f2, w2) = order
        if interleaved:  # both read, then both save
            v1 = s1.features.get(KIND, f1)["version"]
            v2 = s2.features.get(KIND, f2)["version"]
            c1, c2 = _changes(rng, w1, step), _changes(rng, w2, step)
            ok1 = _save(s1, ledger, f1, v1, c1)
            ok2 = _save(s2, ledger, f2, v2, c2)
        else:  # one reads and saves, then the other
            c1, c2 = _changes(rng, w1, step), _changes(rng, w2, step)
            ok1 = _save(s1, ledger, f1, s1.features.get(KIND, f1)["version"], c1)
            ok2 = _save(s2, ledger, f2, s2.features.get(KIND, f2)["version"], c2)
        assert ok1 is not None, f"round {step}: the first save conflicted"
        expect_conflict = interleaved and f1 == f2
        if ok2 is None:
            ledger.conflict(None if expect_conflict else f"round {step}: features {f1}, {f2}")
        assert (ok2 is None) == expect_conflict, (step, f1, f2, interleaved)
        if expect_conflict:  # what the second clerk is shown is what the first one saved
            theirs = s2.features.get(KIND, f2)
            assert theirs["version"] == ok1 and _same(theirs, c1)


def _worker(session, who: str, ledger: Ledger, shared: list[int], own: list[int], edits: int,
            seed: int, errors: list) -> None:
    rng = random.Random(seed)
    try:
        for step in range(edits):
            in_shared = rng.random() < 0.6
            feature_id = rng.choice(shared if in_shared else own)
            version = session.features.get(KIND, feature_id)["version"]
            if rng.random() < 0.3:
                time.sleep(rng.uniform(0, 0.003))  # a user thinking; lets the other thread in
            if _save(session, ledger, feature_id, version, _changes(rng, who, step)) is None:
                ledger.conflict(None if in_shared else f"{who}: own feature {feature_id}")
    except BaseException as exc:  # reported by the main thread
        errors.append(exc)


def _silent_overwrites(admin, ledger: Ledger) -> list[str]:
    """Every way the store and the acknowledged saves disagree."""
    problems = []
    for feature_id, (start_version, start_values) in ledger.start.items():
        acks = sorted(ledger.acks.get(feature_id, []), key=lambda a: a[1])
        versions = [saved for _, saved, _ in acks]
        expected = list(range(start_version + 1, start_version + 1 + len(acks)))
        if versions != expected:
            problems.append(f"{KIND} #{feature_id}: acknowledged versions {versions}, not {expected}")
        stale = [(read, saved) for read, saved, _ in acks if saved != read + 1]
        if stale:  # a save acknowledged over a version its user never saw
            problems.append(f"{KIND} #{feature_id}: saves over unseen versions {stale}")
        stored = admin.features.get(KIND, feature_id)
        _, last_version, last_values = acks[-1] if acks else (None, start_version, start_values)
        if stored["version"] != last_version or not _same(stored, last_values):
            problems.append(f"{KIND} #{feature_id}: the store holds version {stored['version']} "
                            f"{ {k: stored[k] for k in last_values} }, the last acknowledged save "
                            f"was version {last_version} {last_values}")
    return problems


def test_two_clients_never_overwrite_each_other(two_clerks):
    admin, sessions = two_clerks
    rounds = int(os.environ.get("TOWNSHIP_STRESS_EDITS", "60"))
    seed = int(os.environ.get("TOWNSHIP_STRESS_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    frame = admin.features.read(KIND)
    ids = [int(i) for i in frame.index]
    ledger = Ledger(start={i: (admin.features.get(KIND, i)["version"],
                               {"name_zh": frame.loc[i, "name_zh"]}) for i in ids})
    began = time.perf_counter()

    _rounds(sessions, ledger, ids, rounds, rng)
    sequential_saves, sequential_conflicts = ledger.saves, ledger.conflicts

    # Then both at once, in two threads: a shared half of the features and one private part each.
    shared, own_a, own_b = ids[:6], ids[6:9], ids[9:]
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_worker, args=(s, w, ledger, shared, own, max(rounds // 2, 1),
                                                      seed + n, errors))
               for n, (s, w, own) in enumerate(zip(sessions, ("a", "b"), (own_a, own_b),
                                                   strict=True))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, f"seed {seed}: {errors[0]!r}"
    seconds = time.perf_counter() - began

    assert ledger.wrong_conflicts == [], f"seed {seed}: edits of different features conflicted"
    problems = _silent_overwrites(admin, ledger)
    assert problems == [], f"seed {seed}: " + "; ".join(problems[:5])
    assert admin.audit.verify() == []
    log = admin.audit.log(event="edit", limit=10**9)
    clerks = log[log["username"].isin(["clerk_a", "clerk_b"])]
    assert (clerks["outcome"] == "ok").sum() == ledger.saves
    assert (clerks["outcome"] == "conflict").sum() == ledger.conflicts
    assert sequential_conflicts > 0 or rounds < 10  # the rounds do make clerks collide
    report(f"two-client edits (seed {seed}): {rounds} rounds + 2 threads x {max(rounds // 2, 1)}"
          f" edits in {seconds:.1f} s; {ledger.saves} saves acknowledged and checked "
          f"({sequential_saves} in rounds), {ledger.conflicts} conflicts seen "
          f"({sequential_conflicts} in rounds), silent overwrites = {len(problems)}")
