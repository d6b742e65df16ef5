"""One console of the PostGIS load test, run in a process of its own: it logs in as its own user (the URL it
is given names no user, as on a workstation) and, until its time is up, files, walks, reads and exports
reports the way a desk does, timing each call.

A console posted to one village files there; the others file in any village. Walking takes the console's own
reports one step along new -> verified -> assigned -> in_progress -> resolved -> closed, so two consoles
never walk the same report (a conflict would be right, but is not what this measures).
"""

from __future__ import annotations

import random
import time
import traceback
from pathlib import Path

import shapely

from datasources.store import TownshipStore

NEXT = {"new": "verified", "verified": "assigned", "assigned": "in_progress", "in_progress": "resolved",
        "resolved": "closed"}
CATEGORIES = ("road_damage", "street_light", "waste", "flooding")
X0, Y0, SIDE = 500_000.0, 3_000_000.0, 1000.0


def village_box(index: int) -> shapely.Polygon:
    """Village ``L{index}``'s square (side by side along x)."""
    x = X0 + index * SIDE
    return shapely.box(x, Y0, x + SIDE, Y0 + SIDE)


def console(url: str, folder: str, username: str, password: str, villages: list[str], seconds: float,
            seed: int, results) -> None:
    """Work as ``username`` for ``seconds``; put a dict of timings, errors and filed ids on ``results``."""
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {"file": [], "walk": [], "read": [], "export": []}
    errors: list[str] = []
    filed: list[int] = []
    walked = exported = 0
    status: dict[int, str] = {}
    try:
        store = TownshipStore(url, key_folder=Path(folder) / "keys")
        session = store.login(username, password)
        mine = session.caller.village_code
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            op = rng.choices(("file", "walk", "read", "export"), weights=(4, 4, 3, 1))[0]
            if op == "walk" and not [i for i, s in status.items() if s in NEXT]:
                op = "file"
            start = time.perf_counter()
            try:
                if op == "file":
                    village = mine or rng.choice(villages)
                    index = villages.index(village)
                    x = X0 + index * SIDE + rng.uniform(10, SIDE - 10)
                    new = session.incidents.file_report({
                        "category": rng.choice(CATEGORIES), "title": f"{username} #{n}",
                        "village_code": village, "geom": shapely.Point(x, Y0 + rng.uniform(10, SIDE - 10)),
                        "reporter_name": "张小明", "reporter_phone": "13812345678", "source": "phone"})
                    filed.append(new)
                    status[new] = "new"
                elif op == "walk":
                    report = rng.choice([i for i, s in status.items() if s in NEXT])
                    version = session.features.get("incidents", report)["version"]
                    target = NEXT[status[report]]
                    session.incidents.change_status(report, target, f"{username}: {target}", version,
                                                    assignee="road team" if target == "assigned" else None)
                    status[report] = target
                    walked += 1
                elif op == "read":
                    session.features.read("incidents")
                else:
                    session.exports.write("incidents", Path(folder) / f"{username}-{n}.csv")
                    exported += 1
            except Exception:  # noqa: BLE001 - every failure is counted and reported, none is expected
                errors.append(f"{op}: {traceback.format_exc(limit=3)}")
                continue
            timings[op].append(time.perf_counter() - start)
        session.store.engine.dispose()
    except Exception:  # noqa: BLE001
        errors.append(f"login: {traceback.format_exc(limit=3)}")
    results.put({"username": username, "timings": timings, "errors": errors, "filed": filed,
                 "walked": walked, "exported": exported})
