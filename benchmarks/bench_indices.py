"""Index figures for 1M readings (goal under 0.1 s each), against plain Python per row in the same run.

- ``indices_china_1m``: :func:`layers.emergency.air_quality.china_aqi` (HJ 633-2026, hourly: PM2.5, PM10,
  SO2 with its 24 h stand-in, NO2, CO, O3 1 h and 8 h), with AQI, level and primary pollutant;
  ref ``python_per_row`` (the same rules, one row at a time, on the same readings).
- ``indices_first_call_cached``: the first call in a fresh process (numba imported, the cached kernels
  loaded), ref ``indices_china_1m``; a command line run pays it once.
- ``indices_epa_1m``: :func:`layers.emergency.air_quality.epa_aqi` (PM2.5, PM10, CO, NO2), ref the same loop.
- ``indices_gb3838_1m``: :func:`layers.emergency.water_quality.water_class` (DO, CODMn, NH3-N, TP, TN),
  ref a per-row loop over the class limits.

The per-row references run on 200,000 rows and are scaled to 1M (they are linear in the rows), so a
run of the module stays near a minute on a loaded machine; ``ref_rows`` says so on each line.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.harness import measure, report
from layers.emergency.air_quality import CHINA_TABLES, STEPS, china_aqi, epa_aqi
from layers.emergency.water_quality import AT_LEAST, AT_MOST, water_class

N = 1_000_000
REF_N = 200_000
GOAL_S = 0.1


def readings(n: int, seed: int = 12) -> dict[str, np.ndarray]:
    """Skewed concentrations over every band, with 2 % missing values."""
    rng = np.random.default_rng(seed)
    data = {
        "pm25": rng.gamma(1.5, 40, n), "pm10": rng.gamma(1.8, 60, n), "so2": rng.gamma(1.2, 120, n),
        "so2_24h": rng.gamma(1.2, 80, n), "no2": rng.gamma(2.0, 40, n), "co": rng.gamma(1.5, 1.0, n),
        "o3_1h": rng.gamma(2.0, 60, n), "o3_8h": rng.gamma(2.0, 50, n),
    }
    for values in data.values():
        values[rng.random(n) < 0.02] = np.nan
    return data


def _py_iaqi(c: float, bp) -> float:
    if not c >= 0:
        return math.nan
    if c > bp[-1]:
        return 500.0
    for i in range(1, len(bp)):
        if c <= bp[i]:
            lo, hi = bp[i - 1], bp[i]
            raw = (STEPS[i] - STEPS[i - 1]) / (hi - lo) * (c - lo) + STEPS[i - 1]
            return float(math.ceil(raw - 1e-6))
    return 500.0


def python_china(data: dict[str, np.ndarray], n: int) -> tuple[list, list, list]:
    t = {k: [float(x) for x in v] for k, v in CHINA_TABLES["hj633-2026"].items()}
    cols = {k: v[:n].tolist() for k, v in data.items()}
    order = [("pm25", "pm25_24h"), ("pm10", "pm10_24h"), ("so2", "so2_1h"), ("no2", "no2_1h"),
             ("co", "co_1h"), ("o3_1h", "o3_1h"), ("o3_8h", "o3_8h")]
    aqis, levels, primaries = [], [], []
    for r in range(n):
        subs = []
        for key, table in order:
            c = cols[key][r]
            if key == "so2" and c > 800:
                value = _py_iaqi(cols["so2_24h"][r], t["so2_24h"])
            elif key == "o3_8h" and c > 800:
                value = subs[-1]
            else:
                value = _py_iaqi(c, t[table])
            subs.append(value)
        known = [s for s in subs if s == s]
        aqi = max(known) if known else math.nan
        level = 0 if aqi != aqi else 1 + sum(aqi > u for u in (50, 100, 150, 200, 300))
        primary = [order[i][0] for i, s in enumerate(subs) if aqi > 50 and s == aqi]
        aqis.append(aqi)
        levels.append(level)
        primaries.append(primary)
    return aqis, levels, primaries


def _py_epa(c: float, bands, decimals: int) -> float:
    if not c >= 0:
        return math.nan
    scale = 10 ** decimals
    t = min(math.floor(c * scale + 1e-9) / scale, bands[-1][1])
    for c_lo, c_hi, i_lo, i_hi in bands:
        if t <= c_hi:
            return float(math.floor((i_hi - i_lo) / (c_hi - c_lo) * (t - c_lo) + i_lo + 0.5 + 1e-9))
    return math.nan


def python_epa(data: dict[str, np.ndarray], n: int) -> list:
    from layers.emergency.air_quality import EPA_BANDS, EPA_DECIMALS

    cols = {k: data[k][:n].tolist() for k in ("pm25", "pm10", "co", "no2")}
    out = []
    for r in range(n):
        subs = [_py_epa(cols[k][r], EPA_BANDS[k], EPA_DECIMALS[k]) for k in cols]
        known = [s for s in subs if s == s]
        out.append(max(known) if known else math.nan)
    return out


def water_readings(n: int, seed: int = 13) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {"do": rng.uniform(0, 10, n), "codmn": rng.gamma(2, 3, n), "nh3n": rng.gamma(1.5, 0.5, n),
            "tp": rng.gamma(1.5, 0.08, n), "tn": rng.gamma(2, 0.6, n)}


def python_water(data: dict[str, np.ndarray], n: int) -> list:
    cols = {k: v[:n].tolist() for k, v in data.items()}
    limits = {"codmn": AT_MOST["codmn"], "nh3n": AT_MOST["nh3n"], "tp": AT_MOST["tp_lake"],
              "tn": AT_MOST["tn"]}
    out = []
    for r in range(n):
        worst = 0
        do = cols["do"][r]
        if do >= 0:
            worst = next((i + 1 for i, lim in enumerate(AT_LEAST["do"]) if do >= lim), 6)
        for key, lims in limits.items():
            c = cols[key][r]
            if c >= 0:
                worst = max(worst, next((i + 1 for i, lim in enumerate(lims) if c <= lim), 6))
        out.append(worst)
    return out


_FIRST_CALL = """
import time
start = time.perf_counter()
import numpy as np
from layers.emergency.air_quality import china_aqi
imported = time.perf_counter()
china_aqi({"pm25": np.ones(3), "o3_1h": np.ones(3)})
print(imported - start, time.perf_counter() - imported)
"""


def _first_call() -> tuple[float, float]:
    """(import seconds, first-call seconds: numba import and loading the cached kernels) in a fresh
    interpreter; the kernels were compiled and cached by the run before."""
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    out = subprocess.run([sys.executable, "-c", _FIRST_CALL], env=env, cwd=root, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def cpu_seconds(fn, repeat: int = 7) -> str:
    """Median CPU time of ``fn()`` (less sensitive than wall time to other programs on a loaded machine)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return f"{statistics.median(times):.6f}"


def run(cache_dir) -> None:
    data = readings(N)
    ours = china_aqi(data, "hj633-2026")
    ref_aqi, ref_level, _ = python_china(data, 2000)
    assert np.array_equal(ours.aqi[:2000], np.array(ref_aqi), equal_nan=True), "ours and ref disagree"
    assert ours.level[:2000].tolist() == ref_level
    t_ours = measure(lambda: china_aqi(data, "hj633-2026"), repeat=15)
    t_ref = measure(lambda: python_china(data, REF_N), repeat=1, warmup=0) * (N / REF_N)
    report("indices_china_1m", t_ours, "python_per_row", t_ref, GOAL_S, rows=N, ref_rows=REF_N,
           pollutants=7, cpu_s=cpu_seconds(lambda: china_aqi(data, "hj633-2026")))
    imported, first = _first_call()
    report("indices_first_call_cached", first, "indices_china_1m", t_ours, import_s=f"{imported:.3f}")

    epa_data = {k: data[k] for k in ("pm25", "pm10", "no2")} | {"co": data["co"] * 5}
    got = epa_aqi(epa_data)
    assert np.array_equal(got.aqi[:2000], np.array(python_epa(epa_data, 2000)), equal_nan=True)
    t_ours = measure(lambda: epa_aqi(epa_data), repeat=15)
    t_ref = measure(lambda: python_epa(epa_data, REF_N), repeat=1, warmup=0) * (N / REF_N)
    report("indices_epa_1m", t_ours, "python_per_row", t_ref, GOAL_S, rows=N, ref_rows=REF_N,
           pollutants=4, cpu_s=cpu_seconds(lambda: epa_aqi(epa_data)))

    water = water_readings(N)
    got = water_class(water, "lake")
    assert got.overall[:2000].tolist() == python_water(water, 2000)
    t_ours = measure(lambda: water_class(water, "lake"), repeat=15)
    t_ref = measure(lambda: python_water(water, REF_N), repeat=1, warmup=0) * (N / REF_N)
    report("indices_gb3838_1m", t_ours, "python_per_row", t_ref, GOAL_S, rows=N, ref_rows=REF_N,
           parameters=5, cpu_s=cpu_seconds(lambda: water_class(water, "lake")))
