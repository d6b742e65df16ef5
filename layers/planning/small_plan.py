"""Exact maximal coverage for a few new sites, by branch and bound on the coverage itself.

Choosing ``k`` sites among a few hundred is where the MILP is at its weakest: the LP relaxation of a
coverage model is loose, so HiGHS spends seconds at the root (its presolve, cuts and restarts) and more
in its heuristics finding a plan better than the greedy one, before its bound meets it. Measured on the
demo (3 of 172 candidates over 5,195 merged rows): 9.5 s, of which 5 s even when handed the optimum.

Coverage is submodular: a site never adds more to a larger plan than to a smaller one. So a plan of
``value`` with ``r`` sites still to choose can reach at most ``value`` plus the ``r`` largest gains of
the sites left, which prunes almost every branch once a good plan is known. Sites are branched in order
of decreasing gain and each branch leaves out the sites of the branches before it, so every plan is
looked at once. A search that ends is a proof of optimality; one stopped at its deadline still returns
the best plan it found (a better start for the MILP).

The search is compiled (numba) and runs in slices of nodes between which the deadline is checked; a
node costs microseconds (3 of 172 demo candidates: 60 nodes; 6: 14,000).
"""

from __future__ import annotations

import time

import numpy as np

from layers.lazy_jit import lazy_njit as _jit
from layers.planning.siting_model import Reduced


def _search(col_ptr, col_rows, row_ptr, row_sites, count, gains, uncovered, allowed, order, n_order,
            pos, value, chosen, fresh, state, best, plan, gap, slack, max_nodes):  # pragma: no cover
    """The branch and bound, compiled and resumable: runs at most ``max_nodes`` nodes from the state
    held in its arrays (one row per depth) and returns True when the search has ended.

    ``state`` is [depth, nodes]; ``fresh[d]`` says whether depth d has still to order its sites;
    ``best[0]`` and ``plan`` are the best plan's gain and its sites (bool per candidate)."""
    m = gains.shape[1]
    done_nodes = 0
    while True:
        d = state[0]
        if d < 0:
            return True
        left = count - d
        if fresh[d]:
            if done_nodes >= max_nodes:
                return False
            done_nodes += 1
            state[1] += 1
            n = 0
            for j in range(m):
                if allowed[d, j] and gains[d, j] > 0:
                    order[d, n] = j
                    n += 1
            keys = np.empty(n)
            for q in range(n):
                keys[q] = -gains[d, order[d, q]]
            sorted_ = np.argsort(keys, kind="mergesort")
            picked = order[d, :n].copy()
            for q in range(n):
                order[d, q] = picked[sorted_[q]]
            n_order[d] = n
            pos[d] = 0
            fresh[d] = False
            if left == 1:
                if n > 0 and value[d] + gains[d, order[d, 0]] > best[0] + slack:
                    best[0] = value[d] + gains[d, order[d, 0]]
                    for j in range(m):
                        plan[j] = False
                    for q in range(d):
                        plan[chosen[q]] = True
                    plan[order[d, 0]] = True
                state[0] = d - 1
                continue
        p = pos[d]
        n = n_order[d]
        if p >= n:
            state[0] = d - 1
            continue
        bound = value[d]
        for q in range(p, min(p + left, n)):
            bound += gains[d, order[d, q]]
        if bound <= best[0] * (1.0 + gap) + slack:   # later branches are bounded lower still
            state[0] = d - 1
            continue
        j = order[d, p]
        pos[d] = p + 1
        allowed[d, j] = False
        for s in range(m):
            gains[d + 1, s] = gains[d, s]
            allowed[d + 1, s] = allowed[d, s]
        for r in range(uncovered.shape[1]):
            uncovered[d + 1, r] = uncovered[d, r]
        for i in range(col_ptr[j], col_ptr[j + 1]):
            r = col_rows[i]
            u = uncovered[d + 1, r]
            if u > 0:
                for k in range(row_ptr[r], row_ptr[r + 1]):
                    gains[d + 1, row_sites[k]] -= u
                uncovered[d + 1, r] = 0.0
        gains[d + 1, j] = 0.0
        value[d + 1] = value[d] + gains[d, j]
        chosen[d] = j
        fresh[d + 1] = True
        state[0] = d + 1


search = _jit(_search)


def best_few(reduced: Reduced, count: int, start: np.ndarray | None = None, seconds: float = 2.0,
             gap: float = 0.0) -> tuple[np.ndarray, float, bool]:
    """(plan as bool per candidate, its gain beyond the base, proven) for ``count`` new sites.

    ``start`` is a plan to beat (greedy); ``proven`` is True when the search ended within ``seconds``:
    then no plan covers more than ``(1 + gap)`` times the plan returned.
    """
    groups = reduced.groups.tocsr()
    columns = reduced.columns
    m = columns.shape[1]
    g = groups.shape[0]
    w = reduced.weights.astype(np.float64)
    best_plan = np.zeros(m, dtype=bool) if start is None else start.astype(bool).copy()
    best = np.array([reduced.gain(best_plan)])
    count = min(int(count), m)
    if count <= 0 or m == 0:
        return best_plan, float(best[0]), True
    deadline = time.perf_counter() + seconds
    slack = 1e-9 * max(float(w.sum() + reduced.own.sum()), 1.0)
    depth = count + 1
    gains = np.zeros((depth, m))
    gains[0] = columns.T @ w + reduced.own
    uncovered = np.zeros((depth, g))
    uncovered[0] = w
    allowed = np.zeros((depth, m), dtype=np.bool_)
    allowed[0] = True
    order = np.zeros((depth, m), dtype=np.int64)
    n_order = np.zeros(depth, dtype=np.int64)
    pos = np.zeros(depth, dtype=np.int64)
    value = np.zeros(depth)
    chosen = np.zeros(depth, dtype=np.int64)
    fresh = np.zeros(depth, dtype=np.bool_)
    fresh[0] = True
    state = np.array([0, 0], dtype=np.int64)
    arrays = (columns.indptr.astype(np.int64), columns.indices.astype(np.int64),
              groups.indptr.astype(np.int64), groups.indices.astype(np.int64))
    done = False
    while not done:
        done = search(*arrays, count, gains, uncovered, allowed, order, n_order, pos, value, chosen,
                      fresh, state, best, best_plan, float(gap), slack, 2000)
        if not done and time.perf_counter() > deadline:
            break
    return best_plan, float(best[0]), bool(done)
