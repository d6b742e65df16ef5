"""A console that edits an embedded store until it is killed (run by ``test_store_crash.py``).

Usage: ``python -m tests.datasources.crash_child STORE KEY_FOLDER FIRST_OP SEED``

It logs in as the administrator, prints ``READY``, then saves edits of planned sites forever: adds, updates
of several fields at once and imports of a few features. Before an edit it prints ``TRY <op> <what> <n>``;
after its transaction has committed, ``ACK <op> <what> ...``. Each line is flushed at once, so every ACK the
parent reads is an edit the store said was saved.

Every edit of operation ``N`` writes values derived from ``N`` alone (name ``op-N``, height ``N``, status
``sN``, x = X0 + N), so a row whose fields disagree is a half-applied edit. Adds and imports set ``kind`` to
``op-N``, which updates never change, and name the operation in their audit record.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import shapely

from datasources.store import TownshipStore
from tests.datasources.store_fill import ADMIN_PASSWORD, FAST_HASHER, X0, Y0

KIND = "planned_sites"


def values(op: int, part: int | None = None) -> dict:
    """The fields an operation writes; ``part`` numbers the features of an import."""
    name = f"op-{op}" if part is None else f"op-{op}-{part}"
    return {"name": name, "height_m": float(op), "status": f"s{op}",
            "geom": shapely.Point(X0 + op, Y0 + (part or 0))}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    path, keys, first_op, seed = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    store = TownshipStore(path, key_folder=keys, hasher=FAST_HASHER)
    session = store.login("admin", ADMIN_PASSWORD)
    ids = [int(i) for i in session.features.read(KIND).index]
    say(f"READY {len(ids)}")
    op = first_op
    while True:
        op += 1
        draw = rng.random()
        if draw < 0.3 or not ids:
            say(f"TRY {op} add 1")
            new = session.features.add_many(KIND, [{"kind": f"op-{op}", "village_code": "V00",
                                           **values(op)}], event="add", detail={"op": op})
            ids += new
            say(f"ACK {op} add {new[0]}")
        elif draw < 0.8:
            feature_id = rng.choice(ids)
            version = session.features.get(KIND, feature_id)["version"]
            say(f"TRY {op} update 1")
            saved = session.features.update(KIND, feature_id, values(op), expected_version=version)
            say(f"ACK {op} update {feature_id} {saved}")
        else:
            count = rng.randint(2, 6)
            say(f"TRY {op} import {count}")
            new = session.features.add_many(KIND, [{"kind": f"op-{op}", "village_code": "V00",
                                           **values(op, j)} for j in range(count)],
                                   event="import", detail={"op": op})
            ids += new
            say(f"ACK {op} import {','.join(map(str, new))}")


if __name__ == "__main__":
    main(sys.argv[1:])
