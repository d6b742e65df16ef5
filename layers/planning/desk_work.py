"""The planning desk's long work, with no Qt: coverage of the planned sites over the DEM, who is left out
per village, and which new sites would reach the most people.

Each task is a plain function taking a :class:`~datasources.feedback.Feedback` (the window runs it as a
task with a cancel button): :func:`coverage_task` sweeps the sites' viewsheds and counts the households
covered per village; :func:`best_sites_task` generates candidates (the highest point of each block of the
DEM inside the township, plus the drafts drawn by hand), builds the coverage matrix over the households
and chooses new sites with :func:`~layers.planning.siting.maximal_coverage` or
:func:`~layers.planning.siting.budget_coverage`, keeping the approved and built sites.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from datasources.feedback import Feedback
from layers.planning.viewshed import NODATA, Site, Terrain, cumulative_viewshed, semi_major_of

#: the columns of the per-village table, in order
TABLE_COLUMNS = ("village_code", "village", "households", "covered_households", "uncovered_households",
                 "persons", "covered_persons", "uncovered_persons", "share_covered")


@dataclass(frozen=True)
class Demand:
    """Households to reach: their points (the DEM's CRS), persons and village codes; ``names`` gives each
    village's name by code, ``rows`` each point's row in the households frame it came from."""

    xy: np.ndarray
    weights: np.ndarray
    villages: np.ndarray
    names: dict = field(default_factory=dict)
    rows: np.ndarray | None = None

    @classmethod
    def of(cls, households, crs, names: dict | None = None, weight: str = "persons") -> Demand:
        """The demand of a households GeoDataFrame (points), in ``crs``, weighted by ``weight``."""
        frame = households.to_crs(crs) if crs is not None and households.crs is not None else households
        placed = (frame.geometry.notna() & ~frame.geometry.is_empty).to_numpy()
        frame = frame[placed]
        xy = np.column_stack([frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()]).astype(np.float64)
        if weight in frame.columns:
            weights = pd.to_numeric(frame[weight], errors="coerce").fillna(1.0).to_numpy(np.float64)
        else:
            weights = np.ones(len(frame))
        villages = frame["village_code"].astype(str).to_numpy() if "village_code" in frame.columns \
            else np.full(len(frame), "", dtype=object)
        return cls(xy, weights, villages, dict(names or {}), np.flatnonzero(placed))


def read_terrain(path, band: int = 1) -> tuple[Terrain, str | None]:
    """The DEM at ``path`` prepared for sweeps, and its CRS."""
    import rasterio

    with rasterio.open(str(path)) as src:
        data = src.read(band, masked=True)
        crs = src.crs.to_string() if src.crs is not None else None
        return Terrain.of(data, src.transform, src.nodata, semi_major_of(crs)), crs


def covered_mask(counts: np.ndarray, terrain: Terrain, xy: np.ndarray) -> np.ndarray:
    """Whether each demand point's cell is seen by at least one site (``counts`` over the DEM)."""
    if not len(xy):
        return np.zeros(0, dtype=bool)
    rows, cols = (np.floor(v).astype(np.int64) for v in terrain.fractional_cell(xy[:, 0], xy[:, 1]))
    inside = (rows >= 0) & (cols >= 0) & (rows < terrain.shape[0]) & (cols < terrain.shape[1])
    out = np.zeros(len(xy), dtype=bool)
    out[inside] = counts[rows[inside], cols[inside]] > 0
    return out


def village_table(demand: Demand, covered: np.ndarray) -> pd.DataFrame:
    """Per village: households and persons, covered and not, and the share of persons covered; the
    villages with the most people left out first."""
    frame = pd.DataFrame({"village_code": demand.villages, "households": 1, "persons": demand.weights,
                          "covered_households": covered.astype(int),
                          "covered_persons": np.where(covered, demand.weights, 0.0)})
    table = frame.groupby("village_code", sort=True).sum(numeric_only=True).reset_index()
    for code in demand.names:  # villages without a household are listed too
        if code not in set(table["village_code"]):
            table.loc[len(table)] = {"village_code": code, "households": 0, "persons": 0.0,
                                     "covered_households": 0, "covered_persons": 0.0}
    table["village"] = [demand.names.get(code, code) for code in table["village_code"]]
    table["uncovered_households"] = table["households"] - table["covered_households"]
    table["uncovered_persons"] = table["persons"] - table["covered_persons"]
    persons = table["persons"].to_numpy(np.float64)
    table["share_covered"] = np.where(persons > 0, table["covered_persons"] / np.maximum(persons, 1e-9), 1.0)
    table = table.sort_values(["uncovered_persons", "village_code"], ascending=[False, True])
    for name in ("households", "covered_households", "uncovered_households"):
        table[name] = table[name].astype(int)
    return table[list(TABLE_COLUMNS)].reset_index(drop=True)


@dataclass
class CoverageResult:
    """How many sites see each DEM cell (``counts``, 0 where none), the DEM's grid, which households are
    covered, and the per-village table; ``rows`` are the households' rows in their frame
    (:attr:`Demand.rows`)."""

    counts: np.ndarray
    transform: object
    crs: str | None
    covered: np.ndarray
    table: pd.DataFrame
    sites: int
    rows: np.ndarray | None = None

    @property
    def covered_persons(self) -> float:
        return float(self.table["covered_persons"].sum())

    @property
    def persons(self) -> float:
        return float(self.table["persons"].sum())


def by_road(demand_xy: np.ndarray, cabinets: list[Site], roads) -> np.ndarray:
    """Households reached by cable from ``cabinets``: the route from the cabinet along ``roads`` (lines,
    the same CRS) to the household's nearest road point and on to its door is at most the cabinet's
    range (a road graph and one Dijkstra per cabinet, :mod:`layers.emergency.routing`)."""
    from layers.emergency.routing import nearest_shelters, road_network

    reached = np.zeros(len(demand_xy), dtype=bool)
    if not cabinets or roads is None or not len(demand_xy):
        return reached
    network = road_network(roads)
    if not network.node_count:
        return reached
    for cabinet in cabinets:
        routes = nearest_shelters(network, demand_xy, [(cabinet.x, cabinet.y)])
        reached |= routes.reachable & (routes.route_m <= (cabinet.range or np.inf))
    return reached


def coverage_task(dem_path, sites: list[Site], demand: Demand, band: int = 1, roads=None,
                  feedback: Feedback | None = None) -> CoverageResult:
    """The cumulative viewshed of ``sites`` over the DEM at ``dem_path`` and the households it covers;
    fibre cabinets cover the households within their cable length along ``roads`` instead (they add no
    cells to the counts)."""
    from layers.planning.site_layer import BY_ROAD

    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    terrain, crs = read_terrain(dem_path, band)
    feedback.check()
    cabinets = [site for site in sites if site.kind in BY_ROAD]
    sites = [site for site in sites if site.kind not in BY_ROAD]
    inside = []
    for site in sites:  # a site off the DEM covers nothing of it
        try:
            terrain.standing_cell(site)
        except ValueError:
            continue
        inside.append(site)
    if inside:
        counts = cumulative_viewshed(terrain, terrain.transform, inside, progress=feedback.progress,
                                     is_cancelled=feedback.is_cancelled)
    else:
        counts = np.zeros(terrain.shape, dtype=np.uint16)
    feedback.check()
    covered = covered_mask(counts, terrain, demand.xy) | by_road(demand.xy, cabinets, roads)
    return CoverageResult(counts, terrain.transform, crs, covered, village_table(demand, covered),
                          len(inside) + len(cabinets), demand.rows)


def high_points(terrain: Terrain, boundary=None, spacing: float = 600.0, limit: int = 200) -> np.ndarray:
    """Candidate sites: the highest cell of each ``spacing`` x ``spacing`` block of the DEM whose centre
    lies inside ``boundary`` (a shapely geometry, the DEM's CRS), the ``limit`` highest of them; (n, 2)."""
    t = terrain.transform
    step = max(1, int(round(spacing / abs(t.a))))
    heights = np.where(terrain.missing, -np.inf, terrain.heights) if terrain.missing is not None \
        else terrain.heights
    rows, cols = heights.shape
    found = []
    for r0 in range(0, rows, step):
        for c0 in range(0, cols, step):
            block = heights[r0:r0 + step, c0:c0 + step]
            k = int(np.argmax(block))
            value = block.flat[k]
            if not np.isfinite(value):
                continue
            r, c = r0 + k // block.shape[1], c0 + k % block.shape[1]
            found.append((t.c + (c + 0.5) * t.a, t.f + (r + 0.5) * t.e, value))
    if not found:
        return np.zeros((0, 2))
    points = np.asarray(found)
    if boundary is not None:
        import shapely

        keep = shapely.contains_xy(boundary, points[:, 0], points[:, 1])
        points = points[keep]
    points = points[np.argsort(-points[:, 2], kind="stable")[:limit]]
    return points[:, :2].copy()


def candidate_rules(points: np.ndarray, excluded=None, near=None, within: float = 0.0) -> np.ndarray:
    """The candidate ``points`` (n, 2) that keep the rules: outside ``excluded`` (a geometry: high hazard
    zones) and, when ``near`` is given (roads, power lines), at most ``within`` metres from it."""
    import shapely

    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    keep = np.ones(len(points), dtype=bool)
    if excluded is not None and not excluded.is_empty and len(points):
        keep &= ~shapely.intersects_xy(excluded, points[:, 0], points[:, 1])
    if near is not None and not near.is_empty and len(points):
        keep &= shapely.distance(near, shapely.points(points)) <= float(within)
    return points[keep]


@dataclass
class BestSites:
    """A plan of new sites: where (``xy``, the DEM's CRS), the persons each reaches that no other site
    of the plan or the existing ones reaches first (in the order chosen), whether each was a hand-drawn
    draft (``draft_ids``: its store id, else -1), the plan's figures and the village table after it."""

    xy: np.ndarray
    added_persons: np.ndarray
    draft_ids: np.ndarray
    covered_persons: float
    before_persons: float
    total_persons: float
    bound: float
    gap: float
    status: str
    table: pd.DataFrame


def best_sites_task(dem_path, existing: list[Site], drafts: list[Site], draft_ids, demand: Demand,
                    kind: str = "tower", height: float = 30.0, range_m: float = 5000.0, count: int = 3,
                    budget: float | None = None, cost: float = 1.0, boundary=None, spacing: float = 600.0,
                    candidates: int = 150, time_limit: float = 30.0, band: int = 1, extra=None,
                    excluded=None, near=None, within: float = 0.0, share: float | None = None,
                    feedback: Feedback | None = None) -> BestSites:
    """Choose ``count`` new sites (or as many as ``budget`` buys at ``cost`` each, or the fewest that
    bring the persons covered to ``share``, 0-1) among the DEM's high
    points inside ``boundary``, the ``extra`` points (village centres, road junctions) and the hand-drawn
    ``drafts``, keeping the ``existing`` sites, for the most persons covered. Generated candidates keep
    :func:`candidate_rules` (``excluded``, ``near`` within ``within`` metres); drafts are the planner's own."""
    from layers.planning.coverage import viewshed_coverage
    from layers.planning.siting import budget_coverage, maximal_coverage, set_covering

    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    terrain, _crs = read_terrain(dem_path, band)
    generated = high_points(terrain, boundary, spacing, candidates)
    if extra is not None and len(extra):
        generated = np.vstack([generated, np.asarray(extra, dtype=np.float64).reshape(-1, 2)])
    generated = candidate_rules(generated, excluded, near, within)
    inside = [p for p in generated if _on_terrain(terrain, p)]
    generated = np.asarray(inside).reshape(-1, 2)
    observer = "sensor" if kind == "monitoring" else kind
    made = [Site(float(x), float(y), float(height), float(range_m), kind=observer) for x, y in generated]
    sites = list(existing) + list(drafts) + made
    ids = np.concatenate([np.full(len(existing), -1), np.asarray(list(draft_ids), dtype=np.int64),
                          np.full(len(made), -1)]).astype(np.int64)

    def progress(fraction: float, message: str) -> None:
        feedback.progress(0.8 * fraction, message)

    matrix = viewshed_coverage(terrain, terrain.transform, demand.xy, sites, progress=progress,
                               is_cancelled=feedback.is_cancelled)
    feedback.check()
    is_existing = np.zeros(len(sites), dtype=bool)
    is_existing[:len(existing)] = True
    weights = demand.weights

    def solver_progress(fraction: float, message: str) -> None:
        feedback.progress(0.8 + 0.2 * fraction, message)

    if share is not None:  # the fewest new sites reaching the share (ValueError when none can)
        plan = set_covering(matrix, weights, float(share), is_existing, time_limit,
                            progress=solver_progress, is_cancelled=feedback.is_cancelled)
    elif budget is not None:
        costs = np.full(len(sites), float(cost))
        plan = budget_coverage(matrix, weights, costs, float(budget), is_existing, time_limit,
                               progress=solver_progress, is_cancelled=feedback.is_cancelled)
    else:
        plan = maximal_coverage(matrix, weights, int(count), is_existing, time_limit,
                                progress=solver_progress, is_cancelled=feedback.is_cancelled)
    feedback.check()
    csc = matrix.tocsc()
    covered = np.zeros(matrix.shape[0], dtype=bool)
    for j in np.flatnonzero(is_existing):
        covered[csc.indices[csc.indptr[j]:csc.indptr[j + 1]]] = True
    before = float(weights[covered].sum())
    chosen = [int(j) for j in np.asarray(plan.chosen, dtype=np.int64) if not is_existing[j]]
    added = []
    for j in chosen:
        rows = csc.indices[csc.indptr[j]:csc.indptr[j + 1]]
        fresh = rows[~covered[rows]]
        added.append(float(weights[fresh].sum()))
        covered[rows] = True
    xy = np.array([[sites[j].x, sites[j].y] for j in chosen]).reshape(-1, 2)
    return BestSites(xy, np.asarray(added), ids[chosen] if chosen else np.zeros(0, np.int64),
                     float(weights[covered].sum()), before, float(weights.sum()), float(plan.bound),
                     float(plan.gap), plan.status, village_table(demand, covered))


def _on_terrain(terrain: Terrain, point) -> bool:
    try:
        terrain.standing_cell(Site(float(point[0]), float(point[1])))
    except ValueError:
        return False
    return True


__all__ = ["NODATA", "TABLE_COLUMNS", "BestSites", "CoverageResult", "Demand", "best_sites_task", "by_road", "candidate_rules",
           "coverage_task", "covered_mask", "high_points", "read_terrain", "village_table"]
