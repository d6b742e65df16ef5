"""Alert rules on worked examples (threshold with hysteresis, minimum duration, rate of rise, index levels),
and the same episodes whatever order, batching and repetition the readings arrive in."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import geopandas as gpd
import pandas as pd
import pytest

from layers.emergency.alert_rules import (
    AlertEngine,
    AlertRule,
    demo_rules,
    episode_key,
    evaluate,
    load_rules,
)

T0 = datetime(2026, 7, 1, tzinfo=UTC)
H = timedelta(hours=1)


def series(values, sensor="WL-01", parameter="level", step=H, start=T0) -> pd.DataFrame:
    return pd.DataFrame({"sensor_code": sensor, "time": [start + i * step for i in range(len(values))],
                         "parameter": parameter, "value": values})


def above(**kw) -> AlertRule:
    return AlertRule(**{"rule_id": "wl", "kind": "above", "parameter": "level", "raise_at": 2.5,
                        "sensors": ("WL-01",), **kw})


def test_threshold_with_hysteresis():
    # raise at 2.5, clear below 2.2: 2.4 after the raise does not end it, 2.1 does
    values = [1.0, 2.6, 2.4, 2.3, 2.7, 2.1, 2.4, 2.6, 1.0]
    found = evaluate([above(clear_at=2.2)], series(values))
    assert [(e.start, e.end, e.peak) for e in found] == [
        (T0 + 1 * H, T0 + 5 * H, 2.7), (T0 + 7 * H, T0 + 8 * H, 2.6)]
    assert found[0].peak_time == T0 + 4 * H
    assert found[0].key == "wl/WL-01/2026-07-01T01:00:00.000Z"
    # without hysteresis the same readings flap: three episodes
    assert len(evaluate([above()], series(values))) == 3


def test_minimum_duration_keeps_a_noisy_sensor_quiet():
    values = [1.0, 3.0, 1.0, 3.0, 1.0, 3.0, 3.0, 3.0, 1.0]  # single spikes, then 2 h above
    rule = above(clear_at=2.2, min_duration=2 * H)
    found = evaluate([rule], series(values))
    assert len(found) == 1
    assert (found[0].start, found[0].raised_at, found[0].end) == (T0 + 5 * H, T0 + 7 * H, T0 + 8 * H)
    assert evaluate([above(clear_at=2.2, min_duration=3 * H)], series(values)) == []


def test_clear_duration():
    values = [3.0, 2.0, 3.0, 2.0, 2.0, 2.0]
    found = evaluate([above(clear_at=2.2, clear_duration=2 * H)], series(values))
    assert [(e.start, e.end) for e in found] == [(T0, T0 + 3 * H)]


def test_below_rule():
    rule = AlertRule("do-low", "below", raise_at=3.0, clear_at=4.0, parameter="DO", sensors=("WQ-01",))
    found = evaluate([rule], series([6, 2.9, 3.5, 2.5, 4.1, 5], sensor="WQ-01", parameter="DO"))
    assert [(e.start, e.end, e.peak) for e in found] == [(T0 + H, T0 + 4 * H, 2.5)]


def test_rate_of_rise():
    # rose more than 1 m within 3 h: 0.8 -> 1.2 -> 1.6 -> 2.0 is +1.2 at 3 h (not at 2 h: +0.8)
    rule = AlertRule("rise", "rise", raise_at=1.0, clear_at=0.3, parameter="level",
                     window=3 * H, sensors=("WL-01",))
    values = [0.8, 0.8, 1.2, 1.6, 2.0, 2.1, 2.1, 2.1, 2.1]
    found = evaluate([rule], series(values))
    assert len(found) == 1
    assert found[0].start == T0 + 4 * H
    assert found[0].peak == pytest.approx(1.2)
    # the window slides past the low value: 2.1 - min(2.0, 2.1, 2.1, 2.1) = 0.1 < 0.3 at 8 h
    assert found[0].end == T0 + 7 * H
    # the same rise over 6 h is not fast enough
    slow = [0.8 + 0.2 * i for i in range(8)]
    assert evaluate([rule], series(slow)) == []


def test_index_levels_from_the_national_tables():
    # PM2.5 hourly against the 24 h table: 150 ug/m3 gives IAQI 200 (level 4), 115 gives 150 (level 3)
    rule = AlertRule("aqi", "index", raise_at=4, clear_at=3, index="hj633-2026", sensors=("AQ-01",))
    pm = series([30, 151, 160, 115, 30], sensor="AQ-01", parameter="PM2.5")
    found = evaluate([rule], pm)
    assert [(e.start, e.end, e.peak) for e in found] == [(T0 + H, T0 + 4 * H, 5.0)]
    water = AlertRule("wq", "index", raise_at=5, index="gb3838", sensors=("WQ-01",))
    # NH3-N 1.6 mg/L is class V (IV up to 1.5), DO 1.5 mg/L inferior V
    frame = pd.concat([series([0.5, 1.6, 0.5], sensor="WQ-01", parameter="NH3-N"),
                       series([7.0, 7.0, 1.5], sensor="WQ-01", parameter="DO")])
    found = evaluate([water], frame)
    assert [(e.start, e.end, e.peak) for e in found] == [(T0 + H, None, 6.0)]


def test_rules_by_kind_and_village_and_from_files(tmp_path):
    sensors = pd.DataFrame({"sensor_code": ["A", "B"], "kind": ["river_level", "rain_gauge"],
                            "village_code": ["V1", "V2"]})
    rule = AlertRule("r", "above", raise_at=1, parameter="x", sensor_kind="river_level")
    frame = pd.concat([series([2, 2], sensor="A", parameter="x"), series([2, 2], sensor="B", parameter="x")])
    found = evaluate([rule], frame, sensors)
    assert [(e.sensor_code, e.village_code) for e in found] == [("A", "V1")]
    by_village = AlertRule("v", "above", raise_at=1, parameter="x", villages=("V2",))
    assert [e.sensor_code for e in evaluate([by_village], frame, sensors)] == ["B"]
    path = tmp_path / "rules.json"
    path.write_text('[{"rule_id": "j", "kind": "rise", "parameter": "level", "raise_at": 1, '
                    '"window_hours": 2, "min_hours": 0.5}]', encoding="utf-8")
    (loaded,) = load_rules(path)
    assert (loaded.window, loaded.min_duration, loaded.clear_at) == (2 * H, H / 2, 1.0)
    with pytest.raises(ValueError, match="safe side"):
        AlertRule("bad", "above", raise_at=1, clear_at=2, parameter="x")
    with pytest.raises(ValueError, match="window"):
        AlertRule("bad", "rise", raise_at=1, parameter="x")


def _demo(demo_township):
    readings = gpd.read_file(demo_township, layer="sensor_readings").rename(columns={"sensor_id": "sensor_code"})
    sensors = gpd.read_file(demo_township, layer="sensors").rename(columns={"sensor_id": "sensor_code"})
    return pd.DataFrame(readings.drop(columns="geometry", errors="ignore")), sensors


def test_demo_rules_on_the_demo_township(demo_township):
    readings, sensors = _demo(demo_township)
    found = evaluate(demo_rules(), readings, sensors)
    by_rule = {}
    for e in found:
        by_rule.setdefault(e.rule_id, set()).add(e.sensor_code)
    assert by_rule["river-warning"] == {"WL-01", "WL-02"}
    assert by_rule["river-danger"] == {"WL-01", "WL-02"}
    assert by_rule["rain-heavy"] == {"RG-01", "RG-02", "RG-03", "RG-04"}
    assert "air-aqi" not in by_rule  # the demo's air stays good
    peak = max(e.peak for e in found if e.rule_id == "river-warning")
    assert peak == readings.loc[readings.parameter == "level", "value"].max()
    assert len({e.key for e in found}) == len(found)


def _batches(frame: pd.DataFrame, rng: random.Random, shuffle_across: bool) -> list[pd.DataFrame]:
    """The readings as a live feed may deliver them: repeated (QoS 1 redelivery), shuffled within each
    batch, each batch cut at random; ``shuffle_across`` shuffles across batches too."""
    rows = frame.to_dict("records")
    repeats = rng.sample(rows, len(rows) // 5)
    if shuffle_across:
        rows = rows + repeats
        rng.shuffle(rows)
    else:
        rows = sorted(rows + repeats, key=lambda r: r["time"])
    out, i = [], 0
    while i < len(rows):
        n = rng.randint(1, 60)
        chunk = rows[i:i + n]
        rng.shuffle(chunk)
        out.append(pd.DataFrame(chunk))
        i += n
    return out


@pytest.mark.parametrize("seed", range(6))
def test_batches_in_any_order_give_the_episodes_of_one_batch(demo_township, seed):
    readings, sensors = _demo(demo_township)
    readings = readings[readings.time.between("2025-06-20", "2025-06-24")]
    expected = evaluate(demo_rules(), readings, sensors)
    assert len(expected) >= 10
    rng = random.Random(seed)
    engine = AlertEngine(demo_rules(), sensors)
    reported = []
    for batch in _batches(readings, rng, shuffle_across=False):
        reported += engine.feed(batch)
    assert engine.episodes() == expected  # keys included
    assert {e.key for e in reported} == {e.key for e in expected}


@pytest.mark.parametrize("seed", range(4))
def test_fully_shuffled_delivery_ends_with_the_same_episodes_one_key_each(demo_township, seed):
    readings, sensors = _demo(demo_township)
    readings = readings[readings.time.between("2025-06-20", "2025-06-24")
                        & readings.sensor_code.isin(["WL-01", "WL-02", "RG-04"])]
    expected = evaluate(demo_rules(), readings, sensors)
    engine = AlertEngine(demo_rules(), sensors)
    keys_per_episode: dict[str, set[str]] = {}
    for batch in _batches(readings, random.Random(seed), shuffle_across=True):
        for e in engine.feed(batch):
            keys_per_episode.setdefault(e.key, set()).add(e.key)
    final = engine.episodes()
    assert len(final) == len(expected)
    assert all(a.same(b) for a, b in zip(final, expected, strict=True))
    # a late reading may move an episode's start; it keeps the key it was reported under
    assert len({e.key for e in final}) == len(final)
    assert {e.key for e in final} <= set(keys_per_episode)


def test_a_late_earlier_reading_keeps_the_reported_key():
    engine = AlertEngine([above(clear_at=2.2)])
    first = engine.feed(series([3.0, 3.0], start=T0 + 2 * H))
    assert [e.key for e in first] == [episode_key("wl", "WL-01", T0 + 2 * H)]
    late = engine.feed(series([3.0], start=T0 + H))
    assert [(e.key, e.start) for e in late] == [(first[0].key, T0 + H)]
    assert engine.feed(series([3.0], start=T0 + H)) == []  # the same reading again changes nothing
