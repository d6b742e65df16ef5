"""Alert rules on river gauges: the episodes of 200 gauges x 2,000 hourly readings (400k readings) with the
demo's three river rules (warning with hysteresis and a minimum duration, danger, rise of 1 m in 3 h).

Figures:
- ``alerts_one_batch``: every reading at once, against a bare pandas count of threshold crossings of
  the same series (one vectorised pass, no hysteresis, duration or rise: the floor of any evaluation);
- ``alerts_live_batches``: the same readings as a live feed brings them, 5,000 at a time in time order,
  against the one batch (goal: the whole run within the 80 s a 5,000 readings/s feed takes to deliver it,
  with room to spare; ``readings_per_s`` is the sustained intake).
The live run must find the same episodes as the one batch (checked before timing).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmarks.harness import measure, report
from layers.emergency.alert_rules import AlertEngine, demo_rules, evaluate

SENSORS, HOURS, BATCH = 200, 2000, 5000


def river_readings(seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    t0 = pd.Timestamp("2026-06-01", tz="UTC")
    times = t0 + pd.to_timedelta(np.arange(HOURS), unit="h")
    frames = []
    for i in range(SENSORS):
        base = 0.8 + np.cumsum(rng.normal(0, 0.02, HOURS)).clip(-0.5, 0.5)
        for start in rng.choice(HOURS - 48, 4, replace=False):  # four floods each
            rise = np.concatenate([np.linspace(0, rng.uniform(1.5, 3.5), 12), np.linspace(3.5, 0, 36)])
            base[start:start + 48] += rise[:48] + rng.normal(0, 0.05, 48)
        frames.append(pd.DataFrame({"sensor_code": f"WL-{i:03d}", "time": times, "parameter": "level",
                                    "value": base}))
    sensors = pd.DataFrame({"sensor_code": [f"WL-{i:03d}" for i in range(SENSORS)], "kind": "river_level",
                            "village_code": None})
    return pd.concat(frames, ignore_index=True), sensors


def crossings(frame: pd.DataFrame, level: float) -> int:
    above = frame["value"].to_numpy() >= level
    first = frame["sensor_code"].ne(frame["sensor_code"].shift()).to_numpy()
    return int((above & (first | ~np.roll(above, 1))).sum())


def live(rules, frame: pd.DataFrame, sensors: pd.DataFrame):
    engine = AlertEngine(rules, sensors)
    ordered = frame.sort_values("time", kind="stable")
    for i in range(0, len(ordered), BATCH):
        engine.feed(ordered.iloc[i:i + BATCH])
    return engine.episodes()


def run(cache_dir) -> None:
    rules = [r for r in demo_rules() if r.rule_id.startswith("river")]
    frame, sensors = river_readings()
    expected = evaluate(rules, frame, sensors)
    assert live(rules, frame, sensors) == expected, "the live batches and the one batch disagree"
    t_one = measure(lambda: evaluate(rules, frame, sensors), repeat=3)
    t_ref = measure(lambda: [crossings(frame, r.raise_at) for r in rules], repeat=7)
    report("alerts_one_batch", t_one, "pandas_crossings", t_ref, readings=len(frame),
           episodes=len(expected), readings_per_s=f"{len(frame) / t_one:.0f}")
    t_live = measure(lambda: live(rules, frame, sensors), repeat=3)
    report("alerts_live_batches", t_live, "alerts_one_batch", t_one, len(frame) / 5000 / 4,
           readings=len(frame), batch=BATCH, readings_per_s=f"{len(frame) / t_live:.0f}")
