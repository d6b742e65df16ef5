"""A proven upper bound for maximal coverage (and the budget version) without solving the LP.

Relaxing each row's ``y_g <= sum_j a_gj x_j`` with a multiplier ``0 <= l_g <= w_g`` leaves

    L(l) = sum_g (w_g - l_g) + best x of sum_j (own_j + sum_g a_gj l_g) x_j

where the best x takes the ``k`` largest site values (or, with a budget, the fractional knapsack of
them). Every L(l) bounds the optimum from above; subgradient steps lower it toward the LP bound at the
cost of two sparse products per step, where the LP itself of 100,000 households by 2,000 candidates
takes minutes. Each step's x is also a plan, so the best of them is kept as well.
"""

from __future__ import annotations

import time

import numpy as np

from layers.planning.siting_model import Reduced


def _best_x(values: np.ndarray, costs: np.ndarray | None, limit: float) -> tuple[float, np.ndarray]:
    """(bound part, 0/1 plan) of the relaxed x problem: top ``limit`` values, or a fractional knapsack."""
    positive = values > 0
    if costs is None:
        k = int(limit)
        idx = np.flatnonzero(positive)
        if idx.size > k:
            idx = idx[np.argpartition(values[idx], idx.size - k)[idx.size - k:]] if k > 0 else idx[:0]
        x = np.zeros(values.size, dtype=bool)
        x[idx] = True
        return float(values[idx].sum()), x
    free = positive & (costs <= 0)
    total = float(values[free].sum())
    x = free.copy()
    idx = np.flatnonzero(positive & (costs > 0))
    order = idx[np.argsort(-values[idx] / costs[idx], kind="stable")]
    left = limit
    for j in order:
        if costs[j] <= left:
            total += values[j]
            left -= costs[j]
            x[j] = True
        else:
            if left > 0:
                total += values[j] * left / costs[j]   # the fractional part keeps the bound valid
            break
    return total, x


def lagrangian_bound(reduced: Reduced, limit: float, costs: np.ndarray | None = None,
                     incumbent: float = 0.0, seconds: float = 5.0, iterations: int = 400,
                     tolerance: float = 1e-4, start: np.ndarray | None = None
                     ) -> tuple[float, np.ndarray | None, float]:
    """(upper bound, best plan seen or None, its value) for choosing sites within ``limit``.

    ``limit`` is the number of sites, or the budget when ``costs`` are given; values exclude the weight
    the existing sites cover. Stops after ``seconds``, ``iterations``, or when the bound is within
    ``tolerance`` of the best plan. With a ``start`` plan (bool per candidate) the multipliers start at
    the weight of the rows it leaves uncovered and 0 elsewhere, whose bound is the plan's value plus
    the best ``k`` gains of adding sites to it.
    """
    groups = reduced.groups
    columns = reduced.columns
    w = reduced.weights
    own = reduced.own
    if start is not None and start.any():
        lam = np.where((groups @ start.astype(np.float64)) > 0, 0.0, w)
    else:
        lam = w * 0.5
    best_bound = np.inf
    best_plan = None
    best_value = incumbent
    step_scale = 2.0
    stall = 0
    started = time.perf_counter()
    for _ in range(iterations):
        values = own + columns.T @ lam
        part, x = _best_x(values, costs, limit)
        bound = float((w - lam).sum()) + part
        if bound < best_bound - 1e-9:
            best_bound = bound
            stall = 0
        else:
            stall += 1
            if stall >= 20:
                step_scale /= 2.0
                stall = 0
        reach = groups @ x.astype(np.float64)
        value = float(w[reach > 0].sum() + own[x].sum())
        if value > best_value:
            best_value = value
            best_plan = x
        if best_bound - best_value <= tolerance * max(best_bound, 1e-12):
            break
        if time.perf_counter() - started > seconds or step_scale < 1e-6:
            break
        y = lam < w
        sub = reach - y                   # dL/dl_g
        sub[(lam <= 0) & (sub > 0)] = 0.0   # stay in [0, w]
        sub[(lam >= w) & (sub < 0)] = 0.0
        norm = float(sub @ sub)
        if norm <= 0:
            break
        t = step_scale * (bound - best_value) / norm
        lam = np.clip(lam - t * sub, 0.0, w)
    return best_bound, best_plan, best_value
