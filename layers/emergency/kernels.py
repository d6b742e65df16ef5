"""Compiled loops behind the indices: one pass over a column per pollutant, one pass to combine them.

numpy needs about 20 ms per pollutant per million readings for the band lookup alone (``np.interp``), so
seven pollutants miss the 0.1 s goal; these numba kernels do each pollutant in one pass. They are compiled
on first use and cached on disk (``cache=True``); numba is imported on the first call only.
"""

from __future__ import annotations

import numpy as np

from layers.lazy_jit import lazy_njit as _jit

ROUND_GUARD = 1e-6
"""Subtracted before rounding up so floating noise on an exact step (56.000000000001) stays 56."""




@_jit
def china_iaqi_kernel(c, bp, steps, out, above):  # pragma: no cover - compiled
    """HJ 633 IAQI of each concentration: NaN for NaN/negative, 500 (and ``above``) beyond the table.

    The band is counted, not searched (no unpredictable branch), which keeps the loop near 3 ns a value.
    """
    k = bp.shape[0]
    top = bp[k - 1]
    slope = np.empty(k - 1)
    for j in range(k - 1):
        slope[j] = (steps[j + 1] - steps[j]) / (bp[j + 1] - bp[j])
    for i in range(c.shape[0]):
        x = c[i]
        j = 0
        for m in range(1, k - 1):
            j += x > bp[m]
        value = np.ceil(steps[j] + slope[j] * (x - bp[j]) - ROUND_GUARD)
        beyond = x > top
        above[i] = beyond
        value = 500.0 if beyond else value
        out[i] = value if x >= 0.0 else np.nan


@_jit
def epa_kernel(c, bands, scale, out, above):  # pragma: no cover - compiled
    """EPA sub-index: truncate to 1/scale, find the band, interpolate, round half up."""
    k = bands.shape[0]
    top = bands[k - 1, 1]
    slope = np.empty(k)
    for j in range(k):
        slope[j] = (bands[j, 3] - bands[j, 2]) / (bands[j, 1] - bands[j, 0])
    for i in range(c.shape[0]):
        x = c[i]
        t = np.floor(x * scale + 1e-9) / scale
        beyond = t > top
        above[i] = beyond and x >= 0.0
        t = top if beyond else t
        j = 0
        for m in range(k - 1):
            j += t > bands[m, 1]
        value = np.floor(slope[j] * (t - bands[j, 0]) + bands[j, 2] + 0.5 + 1e-9)  # half up
        out[i] = value if x >= 0.0 else np.nan


@_jit
def combine_kernel(sub, uppers, named_above, aqi, level, primary):  # pragma: no cover - compiled
    """Per row: the largest sub-index (NaN when none), its level, and the bit mask of the pollutants
    that reach it when it is above ``named_above``; ``sub`` is a tuple of equally long columns."""
    k = len(sub)
    for i in range(aqi.shape[0]):
        m = -np.inf
        for p in range(k):
            v = sub[p][i]
            m = v if v > m else m  # NaN is never greater: skipped without a branch
        lv = 1
        for u in uppers:
            lv += m > u
        mask = 0
        for p in range(k):
            mask |= (sub[p][i] == m) << p
        known = m > -np.inf
        aqi[i] = m if known else np.nan
        level[i] = lv if known else 0
        primary[i] = mask if m > named_above else 0


@_jit
def water_kernel(c, limits, at_least, out):  # pragma: no cover - compiled
    """GB 3838 class of each value: 1 + the number of class limits it fails (6 beyond V), 0 for NaN/negative."""
    k = limits.shape[0]
    for i in range(c.shape[0]):
        x = c[i]
        failed = 0
        for j in range(k):
            failed += (x < limits[j]) if at_least else (x > limits[j])
        out[i] = failed + 1 if x >= 0.0 else 0
