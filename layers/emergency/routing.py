"""Nearest reachable shelter by road: a road graph from the roads layer and one multi-source Dijkstra.

The roads are noded where they cross or touch (GEOS snap-rounding union on a fine grid, so a lane that
ends a hair's breadth from the road it joins is still joined), split into segments no longer than
``segment_m`` and turned into an undirected graph whose nodes are the segment ends and whose weights are
the segment lengths (:mod:`scipy.sparse.csgraph`). Households and shelters go to their nearest road node
(a KD-tree); the straight walk from the door to that node, and from the shelter's node to the shelter,
counts in the route length. One Dijkstra run from every shelter at once (``min_only``) gives each node its
nearest shelter and the distance to it; a household whose node reaches no shelter is flagged, not routed.
Everything is in the layers' own (projected, metre) coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

#: Grid (m) the roads are noded on: ends closer than this to another road join it.
NODING_GRID_M = 0.01
#: Longest road segment (m): households snap to a node at most half this far along the road.
SEGMENT_M = 25.0


@dataclass
class RoadNetwork:
    """The roads as an undirected graph.

    Attributes
    ----------
    nodes : ndarray (n, 2)
        Node coordinates.
    graph : scipy.sparse.csr_matrix (n, n)
        Segment lengths between neighbouring nodes (both directions).
    """

    nodes: np.ndarray
    graph: object

    def __post_init__(self) -> None:
        self._tree = cKDTree(self.nodes) if len(self.nodes) else None

    @property
    def node_count(self) -> int:
        return len(self.nodes)

    def snap(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The nearest node of each point and the straight distance to it."""
        if self._tree is None:
            raise ValueError("the roads layer has no lines to route on")
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if not len(xy):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        distance, node = self._tree.query(xy)
        return node.astype(np.int64), distance


def road_network(lines, segment_m: float = SEGMENT_M, grid_m: float = NODING_GRID_M) -> RoadNetwork:
    """The road graph of ``lines`` (LineStrings or MultiLineStrings, projected metres; others ignored)."""
    geoms = np.asarray(lines, dtype=object)
    if len(geoms):
        kinds = shapely.get_type_id(geoms)
        geoms = geoms[np.isin(kinds, (1, 5)) & ~shapely.is_empty(geoms)]
    if not len(geoms):
        return RoadNetwork(np.zeros((0, 2)), coo_matrix((0, 0)).tocsr())
    noded = shapely.get_parts(shapely.union_all(geoms, grid_size=grid_m))
    if segment_m and segment_m > 0:
        noded = shapely.segmentize(noded, segment_m)
    coords, part = shapely.get_coordinates(noded, return_index=True)
    nodes, node_of = np.unique(coords, axis=0, return_inverse=True)
    node_of = node_of.ravel()
    same = part[1:] == part[:-1]
    a, b = node_of[:-1][same], node_of[1:][same]
    length = np.hypot(*(coords[1:][same] - coords[:-1][same]).T)
    keep = a != b
    a, b, length = a[keep], b[keep], length[keep]
    # one edge per node pair, the shortest (a csr matrix would add duplicates up)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    order = np.lexsort((length, hi, lo))
    lo, hi, length = lo[order], hi[order], length[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, length = lo[first], hi[first], length[first]
    n = len(nodes)
    graph = coo_matrix((np.concatenate([length, length]), (np.concatenate([lo, hi]),
                                                           np.concatenate([hi, lo]))), shape=(n, n))
    return RoadNetwork(nodes, graph.tocsr())


@dataclass
class ShelterRoutes:
    """Each household's nearest reachable shelter.

    Attributes
    ----------
    shelter : ndarray of int
        Index (into the shelters given) of the nearest shelter by road, -1 when none is reachable.
    route_m : ndarray of float
        Door to node, along the roads, node to shelter (m); NaN when no shelter is reachable.
    road_m : ndarray of float
        The part along the roads.
    snap_m : ndarray of float
        Straight distance from the household to its road node.
    household_node, shelter_node : ndarray of int
        The road nodes the households and the shelters were snapped to.
    predecessors : ndarray of int
        The shortest-path tree: each node's next node towards its nearest shelter (-9999 at a shelter
        node and where no shelter is reachable).
    """

    shelter: np.ndarray
    route_m: np.ndarray
    road_m: np.ndarray
    snap_m: np.ndarray
    household_node: np.ndarray
    shelter_node: np.ndarray
    predecessors: np.ndarray

    @property
    def reachable(self) -> np.ndarray:
        return self.shelter >= 0


def nearest_shelters(network: RoadNetwork, households_xy, shelters_xy,
                     max_walk_m: float | None = None) -> ShelterRoutes:
    """Route every household to the shelter nearest to it by road (one Dijkstra from all shelters).

    With ``max_walk_m``, a household or a shelter farther than that from every road node is off the
    road network: the household is not routed (flagged unreachable), the shelter receives nobody.
    """
    households_xy = np.asarray(households_xy, dtype=float).reshape(-1, 2)
    shelters_xy = np.asarray(shelters_xy, dtype=float).reshape(-1, 2)
    h_node, h_snap = network.snap(households_xy)
    s_node, s_snap = network.snap(shelters_xy)
    n = network.node_count
    if not len(s_node):
        none = np.full(len(h_node), -1, dtype=np.int64)
        nan = np.full(len(h_node), np.nan)
        return ShelterRoutes(none, nan, nan, h_snap, h_node, s_node, np.full(n, -9999, dtype=np.int64))
    # two shelters on one node: the walk from the node to the shelter decides; Dijkstra starts from each
    # node once, so the shelter with the shorter walk is that node's shelter
    order = np.lexsort((s_snap, s_node))
    if max_walk_m is not None:
        order = order[s_snap[order] <= max_walk_m]
    if not len(order):
        none = np.full(len(h_node), -1, dtype=np.int64)
        nan = np.full(len(h_node), np.nan)
        return ShelterRoutes(none, nan, nan, h_snap, h_node, s_node, np.full(n, -9999, dtype=np.int64))
    first = np.ones(len(order), dtype=bool)
    first[1:] = s_node[order][1:] != s_node[order][:-1]
    sources = order[first]
    # the walk from a shelter's node to the shelter is part of the route: a virtual source joined to each
    # shelter node by an edge as long as that walk lets one Dijkstra run weigh it
    extra = n
    graph = network.graph.tocoo()
    rows = np.concatenate([graph.row, np.full(len(sources), extra)])
    cols = np.concatenate([graph.col, s_node[sources]])
    walk = np.maximum(s_snap[sources], 1e-9)       # a zero weight would read as "no edge"
    weights = np.concatenate([graph.data, walk])
    full = coo_matrix((weights, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    distance, predecessors = dijkstra(full, directed=True, indices=extra, return_predecessors=True)
    first_hop = _first_hops(predecessors, extra)[:n]      # the shelter node each node is reached through
    shelter_at_node = np.full(n, -1, dtype=np.int64)
    shelter_at_node[s_node[sources]] = sources
    node_shelter = np.where(first_hop >= 0, shelter_at_node[np.maximum(first_hop, 0)], -1)
    shelter = node_shelter[h_node]
    to_shelter = distance[:n][h_node]
    reachable = np.isfinite(to_shelter) & (shelter >= 0)
    if max_walk_m is not None:
        reachable &= h_snap <= max_walk_m
    shelter = np.where(reachable, shelter, -1)
    road = np.where(reachable, to_shelter - s_snap[np.maximum(shelter, 0)], np.nan)
    route = np.where(reachable, to_shelter + h_snap, np.nan)
    tree = predecessors[:n].astype(np.int64)
    tree[tree == extra] = -9999
    return ShelterRoutes(shelter, route, np.maximum(road, 0), h_snap, h_node, s_node, tree)


def _first_hops(predecessors: np.ndarray, source: int) -> np.ndarray:
    """For each node, the node just after ``source`` on its shortest path (-1 if unreached, and for the
    source itself).

    Vectorised pointer jumping: each pass doubles how far up the tree an unresolved node looks, so a
    tree of depth d takes about log2(d) passes over the node array, not a Python step per node.
    """
    index = np.arange(len(predecessors))
    ancestor = predecessors.astype(np.int64)
    hop = np.full(len(index), -2, dtype=np.int64)       # -2: not known yet
    hop[ancestor < 0] = -1
    direct = ancestor == source
    hop[direct] = index[direct]
    ancestor = np.where(ancestor < 0, index, ancestor)
    for _ in range(80):
        unknown = np.flatnonzero(hop == -2)
        if not len(unknown):
            return hop
        up = ancestor[unknown]
        found = hop[up] != -2
        hop[unknown[found]] = hop[up[found]]
        ancestor[unknown[~found]] = ancestor[up[~found]]
    raise RuntimeError("the shortest-path tree is deeper than 2**80 or has a cycle")


def route_lines(network: RoadNetwork, routes: ShelterRoutes, which, households_xy, shelters_xy) -> np.ndarray:
    """Route geometries (LineStrings: door, road nodes, shelter) of the households ``which`` (indices).

    Unreachable households get None. The paths of all wanted nodes are walked at once, one step per
    pass over the shortest-path tree.
    """
    which = np.asarray(which, dtype=np.int64)
    out = np.full(len(which), None, dtype=object)
    ok = routes.shelter[which] >= 0
    if not ok.any():
        return out
    wanted = which[ok]
    start, back = np.unique(routes.household_node[wanted], return_inverse=True)
    steps = [start]
    current = start
    while True:
        nxt = routes.predecessors[current]
        going = nxt >= 0
        if not going.any():
            break
        current = np.where(going, nxt, current)
        steps.append(np.where(going, nxt, -1))
        if len(steps) > network.node_count + 1:
            raise RuntimeError("the shortest-path tree has a cycle")
    path = np.vstack(steps).T                        # (unique start nodes, depth), -1 padded
    lengths = (path >= 0).sum(axis=1)
    households_xy = np.asarray(households_xy, dtype=float).reshape(-1, 2)
    shelters_xy = np.asarray(shelters_xy, dtype=float).reshape(-1, 2)
    node_counts = lengths[back]
    total = node_counts + 2
    line = np.repeat(np.arange(len(wanted)), total)
    offsets = np.concatenate([[0], np.cumsum(total)[:-1]])
    coords = np.empty((int(total.sum()), 2))
    coords[offsets] = households_xy[wanted]
    coords[offsets + total - 1] = shelters_xy[routes.shelter[wanted]]
    inner = np.ones(len(coords), dtype=bool)
    inner[offsets] = False
    inner[offsets + total - 1] = False
    flat = path[back]
    coords[inner] = network.nodes[flat[flat >= 0]]
    out[ok] = shapely.linestrings(coords, indices=line)
    return out
