"""Which sites to build: maximal coverage, set covering and the budget version, solved with HiGHS.

All three keep the existing sites as built and choose among the other columns of the coverage matrix
(demand points x sites, :mod:`layers.planning.coverage`):

- :func:`maximal_coverage`: ``k`` new sites that cover the most demand weight;
- :func:`budget_coverage`: new sites within a budget (a cost per site) that cover the most weight;
- :func:`set_covering`: the fewest new sites that bring the covered weight to a share of all demand.

The mixed-integer model is built directly from the sparse matrix (``y_g <= sum_j a_gj x_j`` per merged
demand row, with x binary and y in [0, 1]), starts from a greedy plan, and stops at the time limit with
the best plan found, the solver's proven bound and the gap between them. A plan of a few sites (up to
:data:`FEW_SITES`, by count or by a budget over one same cost) is first searched exactly by the branch
and bound of :mod:`layers.planning.small_plan`, which proves the optimum in milliseconds where the MILP
takes seconds at its root (3 of 172 demo candidates: 3 ms against 9.5 s; 6 of them: 0.7 s where HiGHS
did not prove it in 30 s); only when that search does not end does its plan start the MILP.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from datasources.errors import Cancelled
from datasources.feedback import Feedback, IsCancelled, Progress
from layers.planning.lagrangian import lagrangian_bound
from layers.planning.siting_model import (
    Reduced,
    greedy,
    improve,
    model_matrix,
    reduce,
    start_vector,
)
from layers.planning.small_plan import best_few

FEW_SITES = 8
"""Up to this many new sites the branch and bound of :mod:`layers.planning.small_plan` runs first."""
FEW_SECONDS = 10.0
"""... for at most this long (or half the time limit); if it does not end, its plan starts the MILP."""
PRESOLVE_NONZEROS = 400_000
"""Above this many nonzeros the solver's presolve is left out (measured: minutes on 1.2M)."""


@dataclass
class SitingPlan:
    """A plan and how good it is proven to be.

    ``chosen`` are the columns of the coverage matrix to build (new sites), ``existing`` those already
    built; ``covered`` marks the demand points they cover together. ``objective`` is the covered weight
    (maximal coverage, budget) or the number of new sites (set covering); ``bound`` the solver's proven
    best possible value of it, ``gap`` the relative difference (0 when proven optimal).
    """

    problem: str
    chosen: np.ndarray
    existing: np.ndarray
    covered: np.ndarray
    covered_weight: float
    total_weight: float
    objective: float
    bound: float
    gap: float
    status: str
    greedy_objective: float
    cost: float = 0.0
    seconds: float = 0.0
    facts: dict = field(default_factory=dict)

    @property
    def share(self) -> float:
        return self.covered_weight / self.total_weight if self.total_weight > 0 else 1.0

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"


def maximal_coverage(matrix, weights, k: int, existing=None, time_limit: float = 60.0,
                     gap: float = 0.0, progress: Progress | None = None,
                     is_cancelled: IsCancelled | None = None) -> SitingPlan:
    """Choose ``k`` new sites covering the most demand weight, keeping the ``existing`` ones.

    Parameters
    ----------
    matrix : sparse matrix (demand x sites)
        Nonzero where a site covers a demand point (:mod:`layers.planning.coverage`).
    weights : array (demand,)
        Demand weight of each point (persons).
    k : int
        New sites to build (fewer when fewer candidates add anything).
    existing : bool array (sites,) or indices, optional
        Sites already built.
    time_limit : float
        Seconds the solver may run; the best plan found is returned with its gap.
    gap : float
        Relative gap at which to stop (0: prove optimality).
    """
    if k < 0:
        raise ValueError("the number of new sites cannot be negative")
    return _solve("maximal coverage", matrix, weights, existing, time_limit, gap, progress,
                  is_cancelled, count=int(k))


def budget_coverage(matrix, weights, costs, budget: float, existing=None, time_limit: float = 60.0,
                    gap: float = 0.0, progress: Progress | None = None,
                    is_cancelled: IsCancelled | None = None) -> SitingPlan:
    """New sites costing at most ``budget`` in all (``costs`` per site) covering the most weight."""
    if budget < 0:
        raise ValueError("the budget cannot be negative")
    return _solve("budget", matrix, weights, existing, time_limit, gap, progress, is_cancelled,
                  costs=costs, budget=float(budget))


def set_covering(matrix, weights, share: float, existing=None, time_limit: float = 60.0,
                 gap: float = 0.0, progress: Progress | None = None,
                 is_cancelled: IsCancelled | None = None) -> SitingPlan:
    """The fewest new sites so that at least ``share`` (0-1) of all demand weight is covered.

    Raises ValueError when even every candidate together does not reach the share.
    """
    if not 0 <= share <= 1:
        raise ValueError(f"a share is between 0 and 1, not {share}")
    return _solve("set covering", matrix, weights, existing, time_limit, gap, progress,
                  is_cancelled, share=float(share))


def _existing_mask(existing, m: int) -> np.ndarray:
    if existing is None:
        return np.zeros(m, dtype=bool)
    existing = np.asarray(existing)
    if existing.dtype == bool:
        if existing.shape != (m,):
            raise ValueError(f"{m} sites but an existing-site mask of {existing.size}")
        return existing.copy()
    mask = np.zeros(m, dtype=bool)
    mask[existing.astype(np.int64)] = True
    return mask


def _solve(problem, matrix, weights, existing, time_limit, gap, progress, is_cancelled, count=None,
           costs=None, budget=None, share=None) -> SitingPlan:
    started = time.perf_counter()
    feedback = Feedback(progress, is_cancelled)
    matrix = sparse.csr_matrix(matrix)
    n, m = matrix.shape
    weights = np.asarray(weights, dtype=np.float64)
    ex = _existing_mask(existing, m)
    feedback.progress(0.0, "reducing the coverage matrix")
    reduced = reduce(matrix, weights, ex)
    total = float(weights.sum())
    cand_costs = None
    if costs is not None:
        cand_costs = np.asarray(costs, dtype=np.float64)
        if cand_costs.shape != (m,) or (cand_costs < 0).any() or not np.isfinite(cand_costs).all():
            raise ValueError("costs must be one finite, non-negative value per site")
        cand_costs = cand_costs[reduced.candidates]
    need = None
    if share is not None:
        need = share * total - reduced.base
        reachable = reduced.weights.sum() + reduced.own.sum()
        if need > reachable + 1e-9 * max(total, 1.0):
            best = (reduced.base + reachable) / total if total > 0 else 1.0
            raise ValueError(f"no plan covers {share:.1%} of the demand: all candidates together with "
                             f"the existing sites cover {best:.1%}")
    feedback.check()
    feedback.progress(0.05, "greedy plan")
    start = greedy(reduced, cand_costs, budget, count, need)
    greedy_value = reduced.gain(start)
    if share is None and start.any():
        start = improve(reduced, start, cand_costs, budget, seconds=min(5.0, 0.1 * time_limit))
    greedy_objective = float(start.sum()) if share is not None else reduced.base + greedy_value
    facts = dict(rows=int(reduced.groups.shape[0]), candidates=int(len(reduced.candidates)),
                 folded=int((reduced.own > 0).sum()))
    trivial = (share is not None and need <= 1e-12) or len(reduced.candidates) == 0 or \
        (count is not None and (count == 0 or count >= len(reduced.candidates)))
    if trivial:
        chosen = start if share is None or need > 1e-12 else np.zeros_like(start)
        if count is not None and count >= len(reduced.candidates):  # every site that adds weight
            chosen = (reduced.own > 0) | (np.diff(reduced.columns.indptr) > 0)
        plan_value = float(chosen.sum()) if share is not None else reduced.base + reduced.gain(chosen)
        return _plan(problem, matrix, weights, ex, reduced, chosen, plan_value, plan_value, "optimal",
                     greedy_objective, cand_costs, started, facts)
    deadline = started + time_limit
    few = _few_sites(count, cand_costs, budget)
    if few is not None and share is None and few <= FEW_SITES:   # exact in milliseconds, see small_plan
        plan, value, proven = best_few(reduced, few, start, min(FEW_SECONDS, 0.5 * time_limit), gap)
        facts["branch_and_bound"] = "proven" if proven else "stopped"
        if value >= reduced.gain(start):
            start = plan
        if proven:
            status = "optimal" if gap == 0 else "within the gap"
            best = reduced.base + reduced.gain(start)
            return _plan(problem, matrix, weights, ex, reduced, start, best, best if gap == 0 else
                         min(best * (1 + gap), total), status, greedy_objective, cand_costs, started, facts)
    lag_bound = np.inf
    if share is None:   # a proven bound in seconds where the LP alone takes minutes
        limit = float(budget) if cand_costs is not None else float(count)
        lag_bound, lag_plan, lag_value = lagrangian_bound(
            reduced, limit, cand_costs, incumbent=reduced.gain(start),
            seconds=min(10.0, 0.3 * time_limit), tolerance=max(gap, 1e-7), start=start)
        lag_bound = min(lag_bound, float(reduced.weights.sum() + reduced.own.sum()))
        if lag_plan is not None:
            start = lag_plan
        best = reduced.gain(start)
        facts["lagrangian_bound"] = round(reduced.base + lag_bound, 6)
        if lag_bound - best <= max(gap * lag_bound, 1e-7 * max(lag_bound, 1.0)) or \
                time.perf_counter() >= deadline:
            status = "optimal" if lag_bound - best <= 1e-7 * max(lag_bound, 1.0) else \
                ("within the gap" if lag_bound - best <= gap * lag_bound else "time limit")
            return _plan(problem, matrix, weights, ex, reduced, start, reduced.base + best,
                         reduced.base + lag_bound, status, greedy_objective, cand_costs, started, facts)
    feedback.check()
    left = max(deadline - time.perf_counter(), 0.01)
    share_of_time = 1.0 if share is None else 0.8   # set covering keeps a fifth to raise its bound
    chosen, objective, bound, status = _milp(reduced, start, cand_costs, budget, count, need,
                                             left * share_of_time, gap, feedback)
    if share is None:
        bound = min(bound, lag_bound)
        objective += reduced.base
        bound += reduced.base
        start_value = reduced.base + reduced.gain(start)
        if objective < start_value:
            chosen, objective = start, start_value
    elif status != "optimal":
        bound = _cover_lower_bound(reduced, need, bound, objective, deadline)
        if bound >= objective:
            status = "optimal"
    return _plan(problem, matrix, weights, ex, reduced, chosen, objective, bound, status,
                 greedy_objective, cand_costs, started, facts)


def _few_sites(count, costs, budget) -> int | None:
    """The number of sites a plan may have when that is all the limit says: ``count``, or a budget
    over candidates of one same cost; None when the costs differ."""
    if count is not None:
        return int(count)
    if costs is None or not len(costs) or budget is None:
        return None
    if np.ptp(costs) > 1e-9 * max(float(costs.max()), 1.0) or costs[0] <= 0:
        return None
    return int(np.floor(budget / costs[0] + 1e-9))


def _cover_lower_bound(reduced: Reduced, need: float, bound: float, objective: float,
                       until: float) -> float:
    """Raise the lower bound on the number of sites: k sites cannot reach ``need`` when even the
    Lagrangian bound of the best k falls short of it."""
    k = max(int(np.ceil(bound - 1e-6)), 0)
    while k < objective and time.perf_counter() < until:
        upper, _, _ = lagrangian_bound(reduced, float(k), seconds=max(until - time.perf_counter(), 0.1))
        if upper >= need - 1e-9:
            break
        k += 1
    return float(max(k, bound))


def _milp(reduced: Reduced, start, costs, budget, count, need, time_limit, gap, feedback):
    import highspy

    g, m = reduced.groups.shape
    ncol = m + g
    if need is not None:     # set covering: fewest x; the rows' coverage must reach the need
        objective = np.concatenate([np.ones(m), np.zeros(g)])
        extra = np.concatenate([reduced.own, reduced.weights])
        extra_bounds = (need, highspy.kHighsInf)
        sense = highspy.ObjSense.kMinimize
    else:
        objective = np.concatenate([reduced.own, reduced.weights])
        extra = np.concatenate([costs if costs is not None else np.ones(m), np.zeros(g)])
        extra_bounds = (-highspy.kHighsInf, float(budget if costs is not None else count))
        sense = highspy.ObjSense.kMaximize
    a = model_matrix(reduced, extra)
    lp = highspy.HighsLp()
    lp.num_col_ = ncol
    lp.num_row_ = g + 1
    lp.sense_ = sense
    lp.col_cost_ = objective
    lp.col_lower_ = np.zeros(ncol)
    lp.col_upper_ = np.ones(ncol)
    lp.row_lower_ = np.concatenate([np.full(g, -highspy.kHighsInf), [extra_bounds[0]]])
    lp.row_upper_ = np.concatenate([np.zeros(g), [extra_bounds[1]]])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_ = ncol
    lp.a_matrix_.num_row_ = g + 1
    lp.a_matrix_.start_ = a.indptr.astype(np.int32)
    lp.a_matrix_.index_ = a.indices.astype(np.int32)
    lp.a_matrix_.value_ = a.data.astype(np.float64)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * m + [highspy.HighsVarType.kContinuous] * g
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(max(time_limit, 0.01)))
    h.setOptionValue("mip_rel_gap", float(gap))
    h.setOptionValue("mip_abs_gap", 1e-7)
    h.setOptionValue("threads", 1)
    if a.nnz > PRESOLVE_NONZEROS:  # its probing and column rules outlast any time limit on large plans
        h.setOptionValue("presolve", "off")
    h.passModel(lp)
    solution = highspy.HighsSolution()
    solution.col_value = start_vector(reduced, start).tolist()
    h.setSolution(solution)
    cancelled = []

    def interrupt(event) -> None:
        if feedback.is_cancelled():
            cancelled.append(True)
            event.interrupt()

    h.cbMipInterrupt.subscribe(interrupt)
    feedback.progress(0.1, "solving")
    h.run()
    if cancelled:
        raise Cancelled(None)
    status = h.getModelStatus()
    info = h.getInfo()
    values = np.asarray(h.getSolution().col_value[:m]) if info.primal_solution_status else None
    if values is None or len(values) < m:
        chosen = start
    else:
        chosen = values > 0.5
    value = float(chosen.sum()) if need is not None else reduced.gain(chosen)
    bound = float(info.mip_dual_bound)
    if status == highspy.HighsModelStatus.kOptimal:
        text = "optimal" if gap == 0 or info.mip_gap <= 1e-9 else "within the gap"
    elif status == highspy.HighsModelStatus.kTimeLimit:
        text = "time limit"
    else:
        text = h.modelStatusToString(status)
    if not np.isfinite(bound):
        bound = value
    feedback.progress(1.0, "solved")
    return chosen, value, bound, text


def _plan(problem, matrix, weights, ex, reduced, chosen, objective, bound, status, greedy_objective,
          cand_costs, started, facts) -> SitingPlan:
    new = reduced.candidates[np.asarray(chosen, dtype=bool)]
    built = np.zeros(matrix.shape[1], dtype=np.float64)
    built[ex] = 1.0
    built[new] = 1.0
    covered = (matrix @ built) > 0 if matrix.shape[1] else np.zeros(matrix.shape[0], bool)
    covered_weight = float(weights[covered].sum())
    if problem == "set covering":
        gap = (objective - bound) / objective if objective > 0 else 0.0
    else:
        gap = (bound - objective) / bound if bound > 0 else 0.0
    cost = float(cand_costs[np.asarray(chosen, dtype=bool)].sum()) if cand_costs is not None else 0.0
    return SitingPlan(problem, np.sort(new), np.flatnonzero(ex), covered, covered_weight,
                      float(weights.sum()), float(objective), float(bound), max(0.0, float(gap)),
                      status, float(greedy_objective), cost, time.perf_counter() - started, facts)
