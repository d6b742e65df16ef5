"""The site optimiser: the exact optimum equals brute force and spopt's; existing sites always stay."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from affine import Affine
from scipy import sparse

from datasources.errors import Cancelled
from layers.planning.coverage import range_coverage, viewshed_coverage
from layers.planning.siting import budget_coverage, maximal_coverage, set_covering
from layers.planning.siting_model import reduce
from layers.planning.viewshed import VISIBLE, Site, viewshed


def instance(n: int, m: int, seed: int, extent: float = 1000.0, radius: float = 220.0,
             villages: int = 6):
    """Households clustered in villages, candidate sites anywhere, coverage by range."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, extent, (villages, 2))
    demand = centres[rng.integers(0, villages, n)] + rng.normal(0, extent / 12, (n, 2))
    sites = rng.uniform(0, extent, (m, 2))
    weights = rng.integers(1, 7, n).astype(float)
    return range_coverage(demand, sites, radius), weights, demand, sites


def covered_weight(matrix, weights, columns) -> float:
    built = np.zeros(matrix.shape[1])
    built[list(columns)] = 1.0
    return float(weights[(matrix @ built) > 0].sum())


def subsets(items, most=None):
    items = list(items)
    for r in range(0, (len(items) if most is None else most) + 1):
        yield from itertools.combinations(items, r)


@pytest.mark.parametrize("seed", range(6))
def test_maximal_coverage_equals_brute_force_and_keeps_the_existing_sites(seed):
    matrix, weights, _, _ = instance(80, 13, seed)
    existing = [seed % 13, (seed + 5) % 13]
    others = [j for j in range(13) if j not in existing]
    for k in (1, 2, 3):
        best = max(covered_weight(matrix, weights, existing + list(c))
                   for c in itertools.combinations(others, k))
        plan = maximal_coverage(matrix, weights, k, existing=existing)
        assert plan.covered_weight == pytest.approx(best)
        assert plan.objective == pytest.approx(best)
        assert plan.optimal and plan.gap == pytest.approx(0.0, abs=1e-6)
        assert plan.bound >= plan.objective - 1e-6
        assert list(plan.existing) == sorted(existing)
        assert not set(plan.chosen) & set(existing) and len(plan.chosen) <= k
        assert plan.covered_weight == pytest.approx(
            covered_weight(matrix, weights, existing + list(plan.chosen)))
        assert plan.greedy_objective <= plan.objective + 1e-9


@pytest.mark.parametrize("seed", range(5))
def test_budget_version_equals_brute_force(seed):
    matrix, weights, _, _ = instance(70, 12, 100 + seed)
    rng = np.random.default_rng(seed)
    costs = rng.uniform(1.0, 6.0, 12).round(2)
    existing = [seed]
    others = [j for j in range(12) if j != seed]
    for budget in (4.0, 9.5):
        best = max(covered_weight(matrix, weights, existing + list(c)) for c in subsets(others)
                   if costs[list(c)].sum() <= budget)
        plan = budget_coverage(matrix, weights, costs, budget, existing=existing)
        assert plan.covered_weight == pytest.approx(best)
        assert plan.cost <= budget + 1e-9
        assert plan.cost == pytest.approx(costs[plan.chosen].sum())
        assert seed in plan.existing and seed not in plan.chosen
        assert plan.optimal


@pytest.mark.parametrize("seed", range(5))
def test_set_covering_finds_the_fewest_sites_brute_force_finds(seed):
    matrix, weights, _, _ = instance(70, 12, 200 + seed)
    existing = [2 * seed]
    others = [j for j in range(12) if j != 2 * seed]
    total = weights.sum()
    reachable = covered_weight(matrix, weights, range(12)) / total
    assert reachable < 0.99
    for share in (0.5 * reachable, 0.8 * reachable, reachable):
        fewest = next(len(c) for c in subsets(others)
                      if covered_weight(matrix, weights, existing + list(c)) >= share * total - 1e-9)
        plan = set_covering(matrix, weights, share, existing=existing)
        assert plan.objective == fewest == len(plan.chosen)
        assert plan.covered_weight >= share * total - 1e-9
        assert list(plan.existing) == existing and plan.optimal
    with pytest.raises(ValueError, match="no plan covers"):
        set_covering(matrix, weights, reachable + 0.01, existing=existing)


def test_existing_sites_that_cover_everything_leave_nothing_to_choose():
    matrix = sparse.csr_matrix(np.array([[1, 0, 1], [1, 1, 0], [0, 1, 0]]))
    weights = np.array([5.0, 3.0, 2.0])
    plan = maximal_coverage(matrix, weights, 2, existing=[0, 1])
    assert list(plan.chosen) == [] and plan.covered_weight == 10.0 and list(plan.existing) == [0, 1]
    plan = set_covering(matrix, weights, 1.0, existing=np.array([True, True, False]))
    assert plan.objective == 0 and plan.covered_weight == 10.0


def test_identical_demand_rows_are_merged_and_lone_rows_folded_into_their_site():
    matrix = sparse.csr_matrix(np.array([
        [1, 1, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 0, 0, 0],
        [0, 0, 0, 0]]))
    weights = np.array([1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0])
    reduced = reduce(matrix, weights, np.array([False, False, False, True]))
    assert reduced.base == 16.0 and reduced.unreachable == 64.0
    assert list(reduced.candidates) == [0, 1, 2]
    assert reduced.groups.shape == (2, 3)                 # {0,1} twice -> one row; {1,2}
    assert sorted(reduced.weights) == [3.0, 4.0]
    assert list(reduced.own) == [32.0, 0.0, 8.0]          # rows only site 0 / site 2 reach


def test_a_time_limit_still_returns_a_plan_with_its_bound_and_gap():
    matrix, weights, _, _ = instance(6000, 400, 7, extent=5000.0, radius=500.0, villages=30)
    plan = maximal_coverage(matrix, weights, 15, time_limit=0.5)
    assert len(plan.chosen) == 15
    assert plan.bound >= plan.objective - 1e-6 and 0.0 <= plan.gap < 0.2
    assert plan.objective >= plan.greedy_objective - 1e-9
    assert plan.covered_weight == pytest.approx(covered_weight(matrix, weights, plan.chosen))


def test_the_optimiser_stops_when_cancelled():
    matrix, weights, _, _ = instance(3000, 300, 8, extent=4000.0, radius=450.0, villages=20)
    with pytest.raises(Cancelled):
        maximal_coverage(matrix, weights, 10, is_cancelled=lambda: True)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")   # PuLP 3 announces its 4.0 interface
def test_equals_spopt_mclp_on_2000_by_200():
    spopt_locate = pytest.importorskip("spopt.locate", reason="spopt is in the test extra")
    pulp = pytest.importorskip("pulp")
    from scipy.spatial import distance_matrix

    matrix, weights, demand, sites = instance(2000, 200, 11, extent=20000.0, radius=1500.0,
                                              villages=40)
    mclp = spopt_locate.MCLP.from_cost_matrix(distance_matrix(demand, sites), weights,
                                              service_radius=1500.0, p_facilities=10, name="mclp")
    mclp = mclp.solve(pulp.PULP_CBC_CMD(msg=False))
    theirs = pulp.value(mclp.problem.objective)
    plan = maximal_coverage(matrix, weights, 10)
    assert plan.optimal
    assert plan.objective == pytest.approx(theirs)
    assert plan.covered_weight == pytest.approx(theirs)


def test_range_coverage_matches_distances():
    rng = np.random.default_rng(3)
    demand = rng.uniform(0, 100, (300, 2))
    sites = rng.uniform(0, 100, (20, 2))
    radii = rng.uniform(5, 30, 20)
    matrix = range_coverage(demand, sites, radii).toarray().astype(bool)
    expected = np.hypot(*(demand[:, None, :] - sites[None, :, :]).transpose(2, 0, 1)) <= radii
    assert (matrix == expected).all() and matrix.any() and not matrix.all()


def test_viewshed_coverage_is_the_viewshed_at_each_demand_cell():
    dem = np.zeros((81, 81), dtype=np.float32)
    dem[:, 40] = 30.0
    transform = Affine(10.0, 0, 0, 0, -10.0, 810.0)
    rng = np.random.default_rng(5)
    demand = rng.uniform(0, 810, (400, 2))
    demand = np.vstack([demand, [[-50.0, 100.0]]])           # off the DEM: never covered
    sites = [Site(105.0, 405.0, 8.0, range=500.0), Site(705.0, 205.0, 8.0),
             Site.camera(405.0, 705.0, 5.0, azimuth=180.0, field_of_view=40.0, range=600.0)]
    matrix = viewshed_coverage(dem, transform, demand, sites, refraction=1.0).toarray()
    for j, site in enumerate(sites):
        seen = viewshed(dem, transform, site, refraction=1.0)
        rows = np.floor((demand[:-1, 1] - 810.0) / -10.0).astype(int)
        cols = np.floor(demand[:-1, 0] / 10.0).astype(int)
        assert (matrix[:-1, j] == (seen[rows, cols] == VISIBLE)).all()
        assert 0 < matrix[:, j].sum() < len(demand) - 1
    assert matrix[-1].sum() == 0


def test_swaps_raise_a_poor_plan_without_adding_sites_or_passing_the_budget():
    from layers.planning.siting_model import improve

    matrix, weights, _, _ = instance(400, 30, 12)
    reduced = reduce(matrix, weights, np.zeros(30, bool))
    alone = reduced.columns.T @ reduced.weights + reduced.own
    poor = np.zeros(30, bool)
    poor[np.argsort(alone)[:4]] = True                    # the four least useful sites
    better = improve(reduced, poor)
    assert better.sum() == 4 and reduced.gain(better) > reduced.gain(poor)
    costs = np.linspace(1.0, 3.0, 30)
    cheap = improve(reduced, poor, costs, limit=float(costs[poor].sum()))
    assert costs[cheap].sum() <= costs[poor].sum() + 1e-9
    assert reduced.gain(cheap) >= reduced.gain(poor)


def test_set_covering_under_a_time_limit_keeps_a_plan_that_reaches_the_share():
    matrix, weights, _, _ = instance(6000, 400, 9, extent=5000.0, radius=400.0, villages=30)
    reachable = covered_weight(matrix, weights, range(400)) / weights.sum()
    plan = set_covering(matrix, weights, 0.95 * reachable, time_limit=0.5)
    assert plan.covered_weight >= 0.95 * reachable * weights.sum() - 1e-6
    assert plan.objective == len(plan.chosen) and plan.objective <= plan.greedy_objective
    assert 0 < plan.bound <= plan.objective and 0.0 <= plan.gap < 1.0
