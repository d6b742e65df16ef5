"""Impact of a hazard layer per village, and nearest-shelter routing on the demo roads.

Figures:

- ``impact_1000x100k``: the overlay of the impact, 1,000 hazard polygons on 100,000 households in 100
  villages: the hazard checked and repaired (:func:`~layers.emergency.impact.hazard_polygons`), the
  households inside (:func:`~layers.emergency.inside_kernel.points_in_any`) and the households and people
  inside summed per village; goal at most 0.5 x the reference. Ref ``geopandas_sjoin``: the same answer
  the geopandas way, ``sjoin(households, hazard, predicate="intersects")``, each household once, summed
  per village.
- ``impact_table_1000x100k``: the whole :func:`layers.emergency.impact.hazard_impact` without roads
  (the village table with every column and the totals, the affected households' table) against the
  same reference.
- ``routing_20000_demo``: road graph of the demo roads, one multi-source Dijkstra from the demo's
  shelters, the nearest shelter, route length and route line of 20,000 demo households (goal under
  1 s). Ref ``networkx_multi_source``: networkx's ``multi_source_dijkstra_path_length`` on the same
  graph (lengths only, no routes), or scipy's ``dijkstra(min_only=True)`` when networkx is absent.
- ``routing_lengths_20000_demo``: the same without drawing the route lines (graph, Dijkstra, nearest
  shelter and lengths), against the same reference.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from benchmarks.harness import measure, report
from benchmarks.synthetic import PROJECT_ROOT, layout_extent, random_points, village_polygons
from layers.emergency.impact import hazard_impact
from layers.emergency.inside_kernel import points_in_any
from layers.emergency.overlay import hazard_polygons
from layers.emergency.routing import nearest_shelters, road_network, route_lines

CRS = "EPSG:4549"
HAZARDS = 1_000
HOUSEHOLDS = 100_000
VILLAGE_GRID = 10                       # 10 x 10 villages over the hazards' extent
ROUTED = 20_000


def township(seed: int = 5):
    """Villages (a 10 x 10 grid), households with a village code and persons, and hazard polygons."""
    minx, miny, maxx, maxy = layout_extent(HAZARDS)
    xs = np.linspace(minx, maxx, VILLAGE_GRID + 1)
    ys = np.linspace(miny, maxy, VILLAGE_GRID + 1)
    cells = [(i, j) for j in range(VILLAGE_GRID) for i in range(VILLAGE_GRID)]
    villages = gpd.GeoDataFrame(
        {"village_code": [f"V{j:02d}{i:02d}" for i, j in cells], "name_zh": [f"村{k}" for k in range(100)]},
        geometry=[shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]) for i, j in cells], crs=CRS)
    xy = random_points(HOUSEHOLDS, seed=seed, villages=HAZARDS)
    col = np.clip(np.searchsorted(xs, xy[:, 0]) - 1, 0, VILLAGE_GRID - 1)
    row = np.clip(np.searchsorted(ys, xy[:, 1]) - 1, 0, VILLAGE_GRID - 1)
    rng = np.random.default_rng(seed)
    households = gpd.GeoDataFrame(
        {"household_id": np.arange(HOUSEHOLDS), "village_code": [f"V{j:02d}{i:02d}" for i, j in zip(col, row, strict=True)],
         "persons": rng.integers(1, 7, HOUSEHOLDS)}, geometry=shapely.points(xy), crs=CRS)
    hazard = gpd.GeoDataFrame({"level": rng.choice(["high", "medium", "low"], HAZARDS)},
                              geometry=village_polygons(HAZARDS, seed=seed), crs=CRS)
    return villages, households, hazard


def sjoin_impact(households: gpd.GeoDataFrame, hazard: gpd.GeoDataFrame) -> pd.DataFrame:
    joined = gpd.sjoin(households, hazard, predicate="intersects", how="inner")
    inside = households.loc[joined.index.unique()]
    return inside.groupby("village_code").agg(households=("persons", "size"), persons=("persons", "sum"))


def run(cache_dir: Path) -> None:  # noqa: ARG001 - everything is made in memory in well under a second
    villages, households, hazard = township()
    result = hazard_impact(hazard, villages, households)
    expected = sjoin_impact(households, hazard)
    table = result.villages.set_index("village_code")
    if table.loc["total", "affected_households"] != expected["households"].sum():
        raise AssertionError("the impact and the sjoin disagree on the households inside")
    facts = dict(households=HOUSEHOLDS, polygons=HAZARDS, inside=int(expected["households"].sum()))
    codes = households["village_code"].array
    persons = households["persons"].to_numpy()

    def overlay():
        polygons, _, _ = hazard_polygons(hazard, households.crs)
        xy = shapely.get_coordinates(households.geometry.array)
        inside = points_in_any(polygons, xy)
        labels, _ = pd.factorize(codes)
        return np.bincount(labels, weights=inside), np.bincount(labels, weights=persons * inside)

    counted = overlay()
    if counted[0].sum() != expected["households"].sum() or counted[1].sum() != expected["persons"].sum():
        raise AssertionError("the overlay and the sjoin disagree")
    ours = measure(overlay, repeat=7)
    ref = measure(lambda: sjoin_impact(households, hazard), repeat=7)
    report("impact_1000x100k", ours, "geopandas_sjoin", ref, goal_ratio=0.5, **facts)
    ours = measure(lambda: hazard_impact(hazard, villages, households), repeat=7)
    report("impact_table_1000x100k", ours, "geopandas_sjoin", ref, **facts)

    demo = PROJECT_ROOT / "resources" / "demo" / "township.gpkg"
    roads = gpd.read_file(demo, layer="roads")
    facilities = gpd.read_file(demo, layer="facilities")
    homes = gpd.read_file(demo, layer="households").iloc[:ROUTED]
    shelters_xy = shapely.get_coordinates(facilities[facilities["kind"] == "shelter"].geometry.array)
    homes_xy = shapely.get_coordinates(homes.geometry.array)

    def routing():
        network = road_network(roads.geometry.array)
        found = nearest_shelters(network, homes_xy, shelters_xy)
        lines = route_lines(network, found, np.arange(len(homes_xy)), homes_xy, shelters_xy)
        return network, found, lines

    network, found, _ = routing()
    facts = dict(households=len(homes_xy), shelters=len(shelters_xy), road_nodes=network.node_count,
                 reachable=int(found.reachable.sum()))
    ours = measure(routing, repeat=5)
    ref_name, reference = _reference(network, shelters_xy)
    ref = measure(reference, repeat=5)
    report("routing_20000_demo", ours, ref_name, ref, goal_s=1.0, **facts)
    ours = measure(lambda: nearest_shelters(road_network(roads.geometry.array), homes_xy, shelters_xy),
                   repeat=5)
    report("routing_lengths_20000_demo", ours, ref_name, ref, **facts)


def _reference(network, shelters_xy):
    sources = network.snap(shelters_xy)[0]
    try:
        import networkx as nx
    except ImportError:
        from scipy.sparse.csgraph import dijkstra

        return "scipy_min_only", lambda: dijkstra(network.graph, directed=False, indices=sources,
                                                  min_only=True)
    graph = network.graph.tocoo()

    def lengths():
        g = nx.Graph()
        g.add_weighted_edges_from(zip(graph.row.tolist(), graph.col.tolist(), graph.data.tolist(), strict=True))
        return nx.multi_source_dijkstra_path_length(g, set(sources.tolist()))

    return "networkx_multi_source", lengths
