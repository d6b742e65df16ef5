"""The reduced coverage problem behind :mod:`layers.planning.siting`: fewer rows, a greedy plan, a MILP.

The reduction keeps the optimum: demand points already covered by the existing sites leave the model
(they are covered whatever is built), so do points no candidate reaches; points covered by the same set
of candidates become one row with their weights summed; and a row reached by a single candidate is
folded into that candidate's own weight (covering it is the same as building the site).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse


@dataclass
class Reduced:
    """The candidates' side of the problem once the existing sites are counted.

    ``groups`` (rows x candidates, CSR of ones) covers the merged rows of weight ``weights``;
    ``own`` is each candidate's folded weight; ``base`` the weight the existing sites already cover;
    ``unreachable`` the weight no site covers; ``candidates`` the columns of the full matrix.
    """

    groups: sparse.csr_matrix
    weights: np.ndarray
    own: np.ndarray
    base: float
    unreachable: float
    candidates: np.ndarray

    @property
    def columns(self) -> sparse.csc_matrix:
        return self.groups.tocsc()

    def gain(self, chosen: np.ndarray) -> float:
        """Weight the candidates marked in ``chosen`` (bool, per candidate) cover beyond the base."""
        if not chosen.any():
            return 0.0
        covered = (self.groups @ chosen.astype(np.float64)) > 0
        return float(self.weights[covered].sum() + self.own[chosen].sum())


def reduce(matrix: sparse.spmatrix, weights: np.ndarray, existing: np.ndarray) -> Reduced:
    """Reduce ``matrix`` (demand x sites) with demand ``weights``; ``existing`` marks built sites."""
    matrix = sparse.csr_matrix(matrix, copy=True)
    matrix.data = np.ones_like(matrix.data, dtype=np.float64)
    matrix.eliminate_zeros()
    matrix.sum_duplicates()
    matrix.sort_indices()
    n, m = matrix.shape
    weights = np.asarray(weights, dtype=np.float64)
    if weights.shape != (n,):
        raise ValueError(f"{n} demand points but {weights.size} weights")
    if (weights < 0).any() or not np.isfinite(weights).all():
        raise ValueError("demand weights must be finite and not negative")
    existing = np.asarray(existing, dtype=bool)
    if existing.shape != (m,):
        raise ValueError(f"{m} sites but an existing-site mask of {existing.size}")
    candidates = np.flatnonzero(~existing)
    base_covered = (matrix @ existing.astype(np.float64)) > 0 if existing.any() else np.zeros(n, bool)
    base = float(weights[base_covered].sum())
    rest = matrix[~base_covered][:, candidates].tocsr()
    rest_w = weights[~base_covered]
    counts = np.diff(rest.indptr)
    unreachable = float(rest_w[counts == 0].sum())
    keep = (counts > 0) & (rest_w > 0)
    rest = rest[keep]
    rest_w = rest_w[keep]
    counts = counts[keep]

    own = np.zeros(len(candidates))
    single = counts == 1
    np.add.at(own, rest.indices[rest.indptr[:-1][single]], rest_w[single])
    rest = rest[~single]
    rest_w = rest_w[~single]

    # identical rows: one row, weights summed
    keys = {}
    group_of = np.empty(rest.shape[0], dtype=np.int64)
    indptr, indices = rest.indptr, rest.indices
    for i in range(rest.shape[0]):
        key = indices[indptr[i]:indptr[i + 1]].tobytes()
        group_of[i] = keys.setdefault(key, len(keys))
    first = np.full(len(keys), -1, dtype=np.int64)
    first[group_of[::-1]] = np.arange(rest.shape[0])[::-1]
    groups = rest[first] if len(keys) else sparse.csr_matrix((0, len(candidates)))
    group_w = np.bincount(group_of, weights=rest_w, minlength=len(keys))
    return Reduced(sparse.csr_matrix(groups), group_w, own, base, unreachable, candidates)


def greedy(reduced: Reduced, costs: np.ndarray | None = None, limit: float | None = None,
           count: int | None = None, need: float | None = None) -> np.ndarray:
    """A greedy plan (bool per candidate): add the site of the largest gain (per cost when ``costs``),
    while fewer than ``count`` sites, the cost stays within ``limit``, or until ``need`` is covered."""
    columns = reduced.columns
    m = columns.shape[1]
    chosen = np.zeros(m, dtype=bool)
    uncovered_w = reduced.weights.copy()
    spent = 0.0
    got = 0.0
    while True:
        if count is not None and chosen.sum() >= count:
            break
        if need is not None and got >= need - 1e-9:
            break
        gains = columns.T @ uncovered_w + reduced.own
        gains[chosen] = -1.0
        if costs is not None:
            affordable = (~chosen) & (spent + costs <= limit + 1e-9)
            if not affordable.any():
                break
            score = np.where(affordable, gains / np.maximum(costs, 1e-12), -1.0)
        else:
            score = gains
        j = int(np.argmax(score))
        if score[j] <= 0 or gains[j] <= 0:
            break
        chosen[j] = True
        got += gains[j]
        spent += 0.0 if costs is None else costs[j]
        hit = columns.indices[columns.indptr[j]:columns.indptr[j + 1]]
        uncovered_w[hit] = 0.0
    if costs is not None:  # the best single affordable site may beat the ratio greedy
        single = np.flatnonzero(costs <= limit + 1e-9)
        if single.size:
            gains = columns.T @ reduced.weights + reduced.own
            best = single[np.argmax(gains[single])]
            if gains[best] > reduced.gain(chosen):
                chosen[:] = False
                chosen[best] = True
    return chosen


def start_vector(reduced: Reduced, chosen: np.ndarray) -> np.ndarray:
    """Values of the model's columns (candidates, then rows' coverage) for the plan ``chosen``."""
    covered = (reduced.groups @ chosen.astype(np.float64)) > 0
    return np.concatenate([chosen.astype(np.float64), covered.astype(np.float64)])


def model_matrix(reduced: Reduced, extra_row: np.ndarray) -> sparse.csc_matrix:
    """Rows ``y_g - sum_j a_gj x_j <= 0`` for each row g, then one row ``extra_row`` (over the x and y).

    Columns are the candidates x_j then the rows' coverage y_g.
    """
    g, m = reduced.groups.shape
    coverage = sparse.hstack([-reduced.groups.astype(np.float64), sparse.identity(g, format="csr")])
    last = sparse.csr_matrix(extra_row.reshape(1, -1))
    return sparse.vstack([coverage, last]).tocsc()


def improve(reduced: Reduced, chosen: np.ndarray, costs: np.ndarray | None = None,
            limit: float | None = None, seconds: float = 2.0, width: int = 2000) -> np.ndarray:
    """Swap one built site for another while that adds weight (and keeps within the budget).

    A swap's gain is exact: the new site's gain on uncovered rows, less what the old one alone covers,
    plus the rows only the old one covered that the new one also reaches. The ``width`` sites of
    largest gain are tried against every chosen one each round, until no swap adds weight or
    ``seconds`` pass.
    """
    import time

    chosen = chosen.copy()
    columns = reduced.columns
    groups = reduced.groups
    w = reduced.weights
    started = time.perf_counter()
    while time.perf_counter() - started < seconds and chosen.any() and not chosen.all():
        count = groups @ chosen.astype(np.float64)
        gain = columns.T @ (w * (count == 0)) + reduced.own
        alone = w * (count == 1)
        loss = columns.T @ alone + reduced.own
        inside = np.flatnonzero(chosen)
        outside = np.flatnonzero(~chosen)
        tries = outside[np.argsort(-gain[outside], kind="stable")[:width]]
        shared = (columns[:, tries].T @ sparse.diags(alone) @ columns[:, inside]).toarray()
        delta = gain[tries][:, None] - loss[inside][None, :] + shared
        if costs is not None:
            spent = costs[inside].sum()
            delta[spent - costs[inside][None, :] + costs[tries][:, None] > limit + 1e-9] = -np.inf
        best = np.unravel_index(np.argmax(delta), delta.shape)
        if not delta[best] > 1e-9:
            break
        chosen[inside[best[1]]] = False
        chosen[tries[best[0]]] = True
    return chosen
