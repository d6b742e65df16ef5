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

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from datasources.feedback import Feedback
from layers.planning.candidates import candidate_rules, high_points
from layers.planning.services import ALL, FIGURES, column, service_of, union
from layers.planning.viewshed import NODATA, Site, Terrain, cumulative_viewshed, semi_major_of

#: the columns of the per-village table, in order
TABLE_COLUMNS = ("village_code", "village", "households", "covered_households", "uncovered_households",
                 "persons", "covered_persons", "uncovered_persons", "share_covered")


@dataclass(frozen=True)
class Demand:
    """Households to reach: their points (the DEM's CRS), persons and village codes; ``names`` gives each
    village's name by code, ``rows`` each point's row in the households frame it came from.

    Demand spread from the villages' population (:mod:`layers.planning.village_demand`) has ``source``
    ``"villages"``, no ``rows``, and ``households``: the share of its village's households each point
    stands for (one each for real households)."""

    xy: np.ndarray
    weights: np.ndarray
    villages: np.ndarray
    names: dict = field(default_factory=dict)
    rows: np.ndarray | None = None
    households: np.ndarray | None = None
    source: str = "households"

    @property
    def household_counts(self) -> np.ndarray:
        return np.ones(len(self.xy)) if self.households is None else np.asarray(self.households, float)

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


def _figures(demand: Demand, covered: np.ndarray) -> pd.DataFrame:
    """Per village code (sorted, every named village): households, persons, covered and not, share."""
    homes = demand.household_counts
    frame = pd.DataFrame({"village_code": demand.villages, "households": homes, "persons": demand.weights,
                          "covered_households": np.where(covered, homes, 0.0),
                          "covered_persons": np.where(covered, demand.weights, 0.0)})
    table = frame.groupby("village_code", sort=True).sum(numeric_only=True)
    table = table.reindex(sorted(set(table.index) | set(demand.names)), fill_value=0.0)
    for name in ("households", "covered_households"):   # a share of households when spread
        table[name] = table[name].round().astype(int)
    table["uncovered_households"] = table["households"] - table["covered_households"]
    table["uncovered_persons"] = table["persons"] - table["covered_persons"]
    persons = table["persons"].to_numpy(np.float64)
    table["share_covered"] = np.where(persons > 0, table["covered_persons"] / np.maximum(persons, 1e-9), 1.0)
    return table


def village_table(demand: Demand, covered: np.ndarray, services: dict | None = None) -> pd.DataFrame:
    """Per village: households and persons, covered and not, and the share of persons covered; the
    villages with the most people left out first.

    ``services`` (service -> covered mask, :mod:`layers.planning.services`) adds each service's figures
    as ``<service>_<figure>`` columns after the plain ones, and ``all_...`` for any service."""
    table = _figures(demand, np.asarray(covered, dtype=bool))
    table.index.name = "village_code"
    table = table.reset_index()
    table["village"] = [demand.names.get(code, code) for code in table["village_code"]]
    order = list(TABLE_COLUMNS)
    if services:
        for service, mask in ((ALL, union(services)), *services.items()):
            figures = _figures(demand, np.asarray(mask, dtype=bool))
            for figure in FIGURES:
                table[column(service, figure)] = figures[figure].to_numpy()
                order.append(column(service, figure))
    table = table.sort_values(["uncovered_persons", "village_code"], ascending=[False, True])
    return table[order].reset_index(drop=True)


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
    services: dict = field(default_factory=dict)
    demand: Demand | None = None
    service: str = ALL
    service_counts: dict = field(default_factory=dict)

    def for_service(self, service: str) -> CoverageResult:
        """The same coverage seen for one ``service`` (``all``: any): ``covered``, the cells' counts and
        the table's plain columns become that service's (the per-service columns stay), so the coverage
        layer, the gap maps and the list of households not covered follow it."""
        if service == self.service or not self.services or self.demand is None:
            return self
        mask = self.services.get(service)
        if mask is None:
            service, mask = ALL, union(self.services)
        counts = self.service_counts.get(service)
        if counts is None:
            counts = self.service_counts.get(ALL, self.counts)
        if service != ALL and service not in self.service_counts:
            counts = np.zeros_like(counts)      # cabinets cover by cable: no cells
        return replace(self, counts=counts, covered=mask, service=service,
                       table=village_table(self.demand, mask, self.services))

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
    cells to the counts). Each service (:mod:`layers.planning.services`) is counted apart as well."""
    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    terrain, crs = read_terrain(dem_path, band)
    return coverage_over(terrain, crs, sites, demand, roads, feedback)


def coverage_over(terrain: Terrain, crs, sites: list[Site], demand: Demand, roads=None,
                  feedback: Feedback | None = None) -> CoverageResult:
    """What :func:`coverage_task` computes, on a terrain already read (the full DEM, or the drag preview's
    coarse one)."""
    from layers.planning.site_layer import BY_ROAD

    feedback = Feedback.of(feedback)
    feedback.check()
    cabinets = [site for site in sites if site.kind in BY_ROAD]
    inside = []
    for site in sites:  # a site off the DEM covers nothing of it
        if site.kind in BY_ROAD:
            continue
        try:
            terrain.standing_cell(site)
        except ValueError:
            continue
        inside.append(site)
    counts = np.zeros(terrain.shape, dtype=np.uint16)
    services, service_counts = {}, {}
    done = 0
    for service in dict.fromkeys(service_of(site.kind) for site in inside):
        group = [site for site in inside if service_of(site.kind) == service]
        size = len(group)

        def progress(fraction: float, message: str, before=done, size=size) -> None:
            feedback.progress((before + fraction * size) / len(inside), message)

        seen = cumulative_viewshed(terrain, terrain.transform, group, progress=progress,
                                   is_cancelled=feedback.is_cancelled)
        counts += seen
        service_counts[service] = seen
        services[service] = covered_mask(seen, terrain, demand.xy)
        done += len(group)
    feedback.check()
    if cabinets:
        services["broadband"] = by_road(demand.xy, cabinets, roads)
    covered = union(services) if services else np.zeros(len(demand.xy), dtype=bool)
    service_counts[ALL] = counts
    return CoverageResult(counts, terrain.transform, crs, covered, village_table(demand, covered, services),
                          len(inside) + len(cabinets), demand.rows, services, demand,
                          service_counts=service_counts)


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
                    lines=(), roads=None, draft_costs=None, feedback: Feedback | None = None) -> BestSites:
    """Choose ``count`` new sites (or as many as ``budget`` buys at ``cost`` each, or the fewest that
    bring the persons covered to ``share``, 0-1) among the DEM's high
    points inside ``boundary``, the ``extra`` points (village centres, road junctions) and the hand-drawn
    ``drafts``, keeping the ``existing`` sites, for the most persons covered. Generated candidates keep
    :func:`candidate_rules` (``excluded``, ``near`` within ``within`` metres, each line layer of
    ``lines`` within its distance); drafts are the planner's own. Only the existing sites of the same
    service count as covering. Fibre cabinets cover by cable along ``roads``
    (:func:`~layers.planning.candidates.road_coverage`) and are chosen among the ``extra`` points and
    the drafts (road junctions, village centres), not the DEM's high points. In budget mode a draft costs
    its own ``draft_costs`` entry (one per draft; empty or 0: ``cost``)."""
    from layers.planning.coverage import viewshed_coverage
    from layers.planning.siting import budget_coverage, maximal_coverage, set_covering

    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    terrain, _crs = read_terrain(dem_path, band)
    from layers.planning.site_layer import BY_ROAD, kind_of

    observer = kind_of(kind).observer if kind in ("monitoring", "fibre_cabinet") else kind
    cable = observer in BY_ROAD
    generated = high_points(terrain, boundary, spacing, candidates) if not cable else np.zeros((0, 2))
    if extra is not None and len(extra):
        generated = np.vstack([generated, np.asarray(extra, dtype=np.float64).reshape(-1, 2)])
    generated = candidate_rules(generated, excluded, near, within, lines)
    inside = [p for p in generated if _on_terrain(terrain, p)]
    generated = np.asarray(inside).reshape(-1, 2)
    made = [Site(float(x), float(y), float(height), float(range_m), kind=observer) for x, y in generated]
    existing = [site for site in existing if service_of(site.kind) == service_of(observer)]
    sites = list(existing) + list(drafts) + made
    ids = np.concatenate([np.full(len(existing), -1), np.asarray(list(draft_ids), dtype=np.int64),
                          np.full(len(made), -1)]).astype(np.int64)

    def progress(fraction: float, message: str) -> None:
        feedback.progress(0.8 * fraction, message)

    if cable:
        from layers.planning.candidates import road_coverage

        matrix = road_coverage(demand.xy, [(site.x, site.y) for site in sites],
                               [site.range or np.inf for site in sites], roads)
    else:
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
        if draft_costs is not None and len(drafts):
            own = np.asarray(draft_costs, dtype=np.float64).reshape(-1)
            costs[len(existing):len(existing) + len(drafts)] = np.where(np.isfinite(own) & (own > 0), own,
                                                                        float(cost))
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
