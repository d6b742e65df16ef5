"""The alert rules' readings: a batch sorted and de-duplicated with numpy as pandas did it (repeats, NaN,
unreadable times), each datastream's series across batches (repeats, late and larger readings), and the
engine that steps on from its marks finding what an evaluation of everything heard so far finds, batch after
batch, whatever order, repetition and cutting the readings come in."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from layers.emergency import alert_rules
from layers.emergency.alert_rules import AlertEngine, AlertRule, demo_rules, evaluate, normalise
from layers.emergency.alert_series import NAT, Series, sorted_batch
from layers.emergency.sensor_layer import ReadingArrays

T0 = datetime(2026, 7, 1, tzinfo=UTC)
H = timedelta(hours=1)
NS_H = 3_600 * 10**9


def pandas_normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """What the rules did with pandas before (the reference)."""
    frame = frame[["sensor_code", "time", "parameter", "value"]].copy()
    frame["time"] = pd.to_datetime(frame["time"], utc=True, errors="coerce")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    frame["sensor_code"] = frame["sensor_code"].astype(str)
    frame["parameter"] = frame["parameter"].astype(str)
    frame = frame.dropna(subset=["time", "value"])
    frame = frame[np.isfinite(frame["value"].to_numpy(dtype=float))]
    frame = frame.sort_values(["sensor_code", "parameter", "time", "value"], kind="stable")
    return frame.drop_duplicates(["sensor_code", "parameter", "time"], keep="last").reset_index(drop=True)


@pytest.mark.parametrize("seed", range(5))
def test_a_batch_is_sorted_and_deduplicated_as_pandas_did_it(seed):
    rng = np.random.default_rng(seed)
    n = 400
    values = rng.choice([1.0, 2.0, 2.0, 3.5, -0.5, np.nan, np.inf, -np.inf], n)
    times: list = [T0 + int(h) * H for h in rng.integers(0, 12, n)]
    for i in rng.choice(n, 20, replace=False):
        times[i] = None  # no time
    frame = pd.DataFrame({"sensor_code": rng.choice(["WL-02", "WL-01", "AQ-10", "AQ-9"], n), "time": times,
                          "parameter": rng.choice(["level", "PM2.5", "PM10", "O3"], n), "value": values})
    expected = pandas_normalise(frame)
    got = normalise(frame)
    assert got["sensor_code"].tolist() == expected["sensor_code"].tolist()
    assert got["parameter"].tolist() == expected["parameter"].tolist()
    assert (got["time"].to_numpy() == expected["time"].to_numpy()).all()
    assert got["value"].tolist() == expected["value"].tolist()  # the largest of each repeat, no NaN or inf
    assert len(got) < n and np.isfinite(got["value"]).all()


def test_sorted_batch_on_the_feeds_arrays():
    codes = np.array(["B", "A", "A", "A", "A", "B"], dtype=object)
    params = np.array(["x", "y", "x", "x", "x", "x"], dtype=object)
    stamps = np.array([5, 7, 3, 3, NAT, 5], dtype=np.int64)
    values = np.array([1.0, 2.0, 4.0, 6.0, 9.0, np.nan])
    batch = sorted_batch(codes, params, stamps, values)
    assert list(zip(batch.codes, batch.params, batch.stamps.tolist(), batch.values.tolist(), strict=True)) == [
        ("A", "x", 3, 6.0), ("A", "y", 7, 2.0), ("B", "x", 5, 1.0)]  # NaN never displaces a value
    assert (batch.starts.tolist(), batch.stops.tolist()) == ([0, 1, 2], [1, 2, 3])
    empty = sorted_batch(codes[:0], params[:0], stamps[:0], values[:0])
    assert len(empty) == 0 and len(empty.starts) == 0


def test_a_series_across_batches_keeps_each_time_once_and_places_late_readings():
    series = Series()
    assert series.merge(np.array([10, 20, 30]), np.array([1.0, 2.0, 3.0])).tolist() == [10, 20, 30]
    assert series.merge(np.array([40]), np.array([4.0])).tolist() == [40]  # later: appended
    # a repeat changes nothing, a larger repeat its value, a late reading goes in its place
    changed = series.merge(np.array([5, 20, 30, 35]), np.array([0.5, 2.0, 3.5, 3.0]))
    assert changed.tolist() == [5, 30, 35]
    assert series.times.tolist() == [5, 10, 20, 30, 35, 40]
    assert series.values.tolist() == [0.5, 1.0, 2.0, 3.5, 3.0, 4.0]
    assert series.merge(np.array([30]), np.array([1.0])).tolist() == []  # smaller: the larger stays
    times, values = series.after(20)
    assert (times.tolist(), values.tolist()) == ([30, 35, 40], [3.5, 3.0, 4.0])
    assert series.after(None)[0].tolist() == [5, 10, 20, 30, 35, 40]
    assert np.array_equal(series.at(np.array([4, 10, 36, 40])), [np.nan, 1.0, np.nan, 4.0], equal_nan=True)
    big = Series()
    for start in range(0, 1000, 10):  # grows past its first arrays
        big.merge(np.arange(start, start + 10), np.ones(10))
    assert big.times.tolist() == list(range(1000))


def _township(hours: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An air station with four pollutants (bad spells), a river gauge (floods and rises) and a rain gauge,
    hourly."""
    rng = np.random.default_rng(seed)
    rows = []
    level = 1.0
    for h in range(hours):
        t = T0 + h * H
        bad = (h // 9) % 3 == 1
        for parameter, good, worse in (("PM2.5", 30, 180), ("PM10", 60, 260), ("O3", 80, 150), ("NO2", 40, 90)):
            rows.append(("AQ-01", t, parameter, float(rng.normal(worse if bad else good, 15))))
        level = max(0.5, level + (0.45 if (h // 7) % 4 == 1 else -0.25) + rng.normal(0, 0.05))
        rows.append(("WL-01", t, "level", round(level, 3)))
        rows.append(("RG-01", t, "rain", float(rng.choice([0, 5, 12, 35]))))
    sensors = pd.DataFrame({"sensor_code": ["AQ-01", "WL-01", "RG-01"],
                            "kind": ["air_quality", "river_level", "rain_gauge"], "village_code": "V1"})
    return pd.DataFrame(rows, columns=["sensor_code", "time", "parameter", "value"]), sensors


def _deliveries(frame: pd.DataFrame, rng: random.Random) -> list[pd.DataFrame]:
    """The readings in time order as a busy feed cuts them (a batch may end within one time), with QoS 1
    repeats, a few readings late by up to a day, larger values sent again, and NaN values."""
    rows = frame.to_dict("records")
    out = rows + rng.sample(rows, len(rows) // 6)
    out += [dict(r, value=r["value"] + 1.0) for r in rng.sample(rows, len(rows) // 40)]
    out += [dict(r, value=float("nan")) for r in rng.sample(rows, len(rows) // 40)]
    keyed = [(r["time"] + rng.choice([timedelta(0)] * 12 + [rng.randint(1, 24) * H]), i, r)
             for i, r in enumerate(out)]
    keyed.sort(key=lambda k: (k[0], k[1]))
    ordered = [r for _, _, r in keyed]
    batches, i = [], 0
    while i < len(ordered):
        n = rng.randint(1, 25)
        batches.append(pd.DataFrame(ordered[i:i + n]))
        i += n
    return batches


def _as_arrays(frame: pd.DataFrame) -> ReadingArrays:
    stamps = pd.DatetimeIndex(pd.to_datetime(frame["time"], utc=True)).as_unit("ns").asi8
    return ReadingArrays(frame["sensor_code"].to_numpy(dtype=object), frame["parameter"].to_numpy(dtype=object),
                         np.asarray(stamps, np.int64), frame["value"].to_numpy(dtype=float))


@pytest.mark.parametrize("seed", range(4))
def test_the_engine_finds_after_every_batch_what_an_evaluation_from_scratch_finds(seed, monkeypatch):
    monkeypatch.setattr(alert_rules, "MARKS", 6)  # marks thinned out many times over: late readings go far back
    frame, sensors = _township(240, seed)
    rules = demo_rules()
    engine = AlertEngine(rules, sensors)
    rng = random.Random(seed)
    heard: list[pd.DataFrame] = []
    keys: dict[tuple, set[str]] = {}
    for k, batch in enumerate(_deliveries(frame, rng)):
        heard.append(batch)
        reported = engine.feed(_as_arrays(batch) if k % 2 else batch)
        for e in reported:
            keys.setdefault((e.rule_id, e.sensor_code), set()).add(e.key)
        if k % 7 and k < 1000:
            continue
        expected = evaluate(rules, pd.concat(heard, ignore_index=True), sensors)
        got = engine.episodes()
        assert len(got) == len(expected)
        assert all(a.same(b) for a, b in zip(got, expected, strict=True))
        assert len({e.key for e in got}) == len(got)
    expected = evaluate(rules, pd.concat(heard, ignore_index=True), sensors)
    final = engine.episodes()
    assert {e.rule_id for e in final} >= {"air-aqi", "river-warning", "river-rise", "rain-heavy"}
    assert all(a.same(b) for a, b in zip(final, expected, strict=True)) and len(final) == len(expected)
    # each episode reported under one key, whatever its start became
    assert {e.key for e in final} <= set().union(*keys.values())


def test_another_parameter_at_the_last_time_goes_back_one_step_not_to_the_start():
    rule = AlertRule("aqi", "index", raise_at=4, clear_at=3, index="hj633-2026", sensors=("AQ-01",))
    engine = AlertEngine([rule])
    steps = []
    frame, _ = _township(60, 1)
    frame = frame[frame.sensor_code == "AQ-01"]
    for h in range(60):  # each hour cut in two: PM2.5 and PM10, then O3 and NO2 at the same time
        hour = frame[frame.time == T0 + h * H]
        for part in (hour.iloc[:2], hour.iloc[2:]):
            track = engine._tracks.get(("aqi", "AQ-01"))
            before = 0 if track is None else len(track.scan.closed)
            engine.feed(part)
            steps.append(len(engine._tracks[("aqi", "AQ-01")].scan.closed) - before)
    expected = evaluate([rule], frame)
    assert engine.episodes() == expected and len(expected) >= 2
    # the second half of an hour never stepped through the hours before again (no episode closed twice)
    assert sum(steps) == sum(e.end is not None for e in expected)
