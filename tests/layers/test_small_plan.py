"""The exact search for a few new sites: the optimum brute force finds, a proof only when it ends."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from layers.planning.coverage import range_coverage
from layers.planning.siting import budget_coverage, maximal_coverage
from layers.planning.siting_model import greedy, reduce
from layers.planning.small_plan import best_few


def instance(seed: int, n: int = 300, m: int = 30):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 2000, (8, 2))
    demand = centres[rng.integers(0, 8, n)] + rng.normal(0, 150, (n, 2))
    sites = rng.uniform(0, 2000, (m, 2))
    return range_coverage(demand, sites, 400.0), rng.integers(1, 7, n).astype(float)


def brute(matrix, weights, existing, k):
    others = [j for j in range(matrix.shape[1]) if j not in existing]
    best = 0.0
    for extra in itertools.combinations(others, k):
        built = np.zeros(matrix.shape[1])
        built[list(existing) + list(extra)] = 1.0
        best = max(best, float(weights[(matrix @ built) > 0].sum()))
    return best


@pytest.mark.parametrize("seed", range(4))
def test_a_few_sites_are_the_brute_force_optimum_and_proven(seed):
    matrix, weights = instance(seed)
    existing = [seed]
    mask = np.zeros(matrix.shape[1], bool)
    mask[existing] = True
    reduced = reduce(matrix, weights, mask)
    for k in (2, 3, 4):
        plan, value, proven = best_few(reduced, k, greedy(reduced, count=k), seconds=60.0)
        assert proven and plan.sum() <= k
        assert reduced.base + value == pytest.approx(brute(matrix, weights, existing, k))
        assert value == pytest.approx(reduced.gain(plan))
        result = maximal_coverage(matrix, weights, k, existing=existing)
        assert result.optimal and result.gap == 0 and result.facts["branch_and_bound"] == "proven"
        assert result.objective == pytest.approx(reduced.base + value)


def test_a_budget_over_one_same_cost_is_searched_as_a_count():
    matrix, weights = instance(9)
    costs = np.full(matrix.shape[1], 2.5)
    plan = budget_coverage(matrix, weights, costs, 7.9, existing=[0])   # three sites affordable
    assert plan.optimal and len(plan.chosen) <= 3 and plan.cost <= 7.9
    assert plan.objective == pytest.approx(brute(matrix, weights, [0], 3))


def test_a_stopped_search_keeps_its_start_and_claims_no_proof():
    matrix, weights = instance(3, n=1500, m=120)
    reduced = reduce(matrix, weights, np.zeros(120, bool))
    start = greedy(reduced, count=6)
    # a deadline already passed stops the search after its first slice of 2,000 branches
    plan, value, proven = best_few(reduced, 6, start, seconds=0.0)
    assert not proven and value >= reduced.gain(start) and plan.sum() <= 6
    assert value == pytest.approx(reduced.gain(plan))
    full, best, proven = best_few(reduced, 6, start, seconds=120.0)
    assert proven and best >= value and full.sum() <= 6
