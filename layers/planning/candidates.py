"""Where new sites may go, and what a fibre cabinet reaches (no Qt).

Candidates are generated from the DEM (:func:`high_points`, the highest cell of each block), from the
roads (:func:`road_junctions`, the nodes where three roads or more meet in the road graph) and from the
village centres, then filtered by :func:`candidate_rules`: out of the high hazard zones, and near the
lines that a site needs (a road to reach it, a power line to feed it), each with its own distance.

Fibre cabinets cover by cable, not by sight: :func:`road_coverage` is their coverage matrix, a household
being reached when the walk from its door to the road, the route along the roads and the walk from the
road to the cabinet are at most the cabinet's range together (the same route as
:func:`layers.planning.desk_work.by_road`).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from layers.planning.viewshed import Terrain


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


def road_junctions(roads, min_degree: int = 3) -> np.ndarray:
    """The nodes of the road graph (:func:`layers.emergency.routing.road_network`: roads noded where
    they cross or touch) where at least ``min_degree`` road segments meet; (n, 2), sorted."""
    from layers.emergency.routing import road_network

    if roads is None:
        return np.zeros((0, 2))
    network = road_network(roads)
    if not network.node_count:
        return np.zeros((0, 2))
    graph = network.graph.tocsr()
    degree = np.diff(graph.indptr)
    return network.nodes[degree >= min_degree].copy()


def candidate_rules(points: np.ndarray, excluded=None, near=None, within: float = 0.0,
                    lines=()) -> np.ndarray:
    """The candidate ``points`` (n, 2) that keep the rules: outside ``excluded`` (a geometry: high hazard
    zones), at most ``within`` metres from ``near`` when given (the roads), and at most ``d`` metres from
    ``geometry`` for each ``(geometry, d)`` of ``lines`` (a power line layer, any other line layer)."""
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    return points[rules_kept(points, excluded, near, within, lines)]


def rules_kept(points: np.ndarray, excluded=None, near=None, within: float = 0.0, lines=()) -> np.ndarray:
    """Whether each of ``points`` keeps the rules of :func:`candidate_rules` (a boolean mask)."""
    import shapely

    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    keep = np.ones(len(points), dtype=bool)
    if excluded is not None and not excluded.is_empty and len(points):
        keep &= ~shapely.intersects_xy(excluded, points[:, 0], points[:, 1])
    rules = ([(near, within)] if near is not None else []) + list(lines or ())
    for geometry, distance in rules:
        if geometry is None or not len(points):
            continue
        if geometry.is_empty:       # a layer without lines sets no rule
            continue
        keep &= shapely.distance(geometry, shapely.points(points)) <= float(distance)
    return keep


def hazard_zones(hazards, level: str = "high", field: str = "level", crs=None):
    """The zones of ``hazards`` (a GeoDataFrame of polygons) whose ``field`` is ``level`` (the high hazard
    zones that candidates keep out of), as one geometry in ``crs``; None when there are none."""
    if hazards is None or not len(hazards):
        return None
    if field not in hazards.columns:
        raise ValueError(f"the hazard zones have no {field!r} field "
                         f"(they have {', '.join(map(str, hazards.columns.drop(hazards.geometry.name)))})")
    chosen = hazards[hazards[field].astype(str).str.strip().str.lower() == str(level).strip().lower()]
    chosen = chosen[chosen.geometry.notna() & ~chosen.geometry.is_empty]
    if not len(chosen):
        return None
    if crs is not None and chosen.crs is not None:
        chosen = chosen.to_crs(crs)
    return chosen.geometry.union_all()


def road_coverage(demand_xy, site_xy, ranges, roads) -> sparse.csr_matrix:
    """Demand points (n, 2) each cabinet of ``site_xy`` (m, 2) reaches by cable along ``roads`` within
    its range (``ranges``, metres, one or per cabinet): a sparse n x m matrix of ones."""
    from scipy.sparse.csgraph import dijkstra

    from layers.emergency.routing import road_network

    demand_xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    site_xy = np.asarray(site_xy, dtype=np.float64).reshape(-1, 2)
    n, m = len(demand_xy), len(site_xy)
    ranges = np.broadcast_to(np.asarray(ranges, dtype=np.float64), (m,))
    network = road_network(roads) if roads is not None else None
    if not n or not m or network is None or not network.node_count:
        return sparse.csr_matrix((n, m), dtype=np.uint8)
    h_node, h_walk = network.snap(demand_xy)
    s_node, s_walk = network.snap(site_xy)
    columns = []
    for j in range(m):   # one bounded Dijkstra per cabinet: only the nodes within its cable length
        left = ranges[j] - s_walk[j]
        if left < 0:
            columns.append(np.zeros(0, dtype=np.int64))
            continue
        distance = dijkstra(network.graph, indices=int(s_node[j]), limit=float(left))
        columns.append(np.flatnonzero(distance[h_node] + h_walk <= left))
    lengths = np.array([len(c) for c in columns])
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.concatenate(columns).astype(np.int32) if columns else np.zeros(0, np.int32)
    return sparse.csc_matrix((np.ones(indices.size, np.uint8), indices, indptr), shape=(n, m)).tocsr()


__all__ = ["candidate_rules", "hazard_zones", "high_points", "road_coverage", "road_junctions", "rules_kept"]
