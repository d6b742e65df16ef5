"""Rivers and roads of the demo township.

The county road runs along the main river on its valley floor, township roads follow the side
valleys, and every village is joined to the nearest of those by a winding village road.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import LineString

from resources.scripts.demo_parts.names import TOWN_ZH, pinyin_name
from resources.scripts.demo_parts.terrain import Terrain
from resources.scripts.demo_parts.villages import Villages


def _lines(geom) -> list[LineString]:
    """The LineString parts of a clipped geometry, dropping stubs shorter than 50 m."""
    return [g for g in shapely.get_parts(shapely.line_merge(geom)) if g.length >= 50.0]


def build_rivers(terrain: Terrain) -> gpd.GeoDataFrame:
    """The main river and its tributaries, clipped to the township (LineStrings)."""
    rows = []
    for i, line in enumerate([terrain.river, *terrain.tributaries]):
        name = terrain.river_names[i]
        for part in _lines(shapely.intersection(line, terrain.boundary)):
            rows.append({"name_zh": name, "name_en": pinyin_name(name),
                         "kind": "main" if i == 0 else "tributary",
                         "length_m": round(part.length, 1), "geometry": part})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4549")


def _winding(rng, start, end) -> LineString:
    """A road from ``start`` to ``end`` that bends a little on its way (no loops)."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    run = end - start
    length = float(np.hypot(*run))
    t = np.linspace(0.0, 1.0, 7)
    normal = np.array([-run[1], run[0]]) / max(length, 1.0)
    bend = rng.normal(0.0, 0.06 * length, size=t.size) * np.sin(np.pi * t)
    pts = start + t[:, None] * run + bend[:, None] * normal
    return LineString(pts)


def build_roads(rng: np.random.Generator, terrain: Terrain, villages: Villages) -> gpd.GeoDataFrame:
    """County road along the river, township roads up the side valleys, village roads to each village.

    Returns
    -------
    geopandas.GeoDataFrame
        LineStrings with ``name``, ``class`` (county, township, village) and ``length_m``.
    """
    rows = []
    river = shapely.simplify(terrain.river, 20.0)
    main = shapely.offset_curve(river, 110.0, quad_segs=4, join_style="round")
    for part in _lines(shapely.intersection(main, terrain.boundary)):
        rows.append({"name": f"{TOWN_ZH[:-1]}公路", "class": "county", "geometry": part})
    for i, trib in enumerate(terrain.tributaries):
        side = shapely.offset_curve(shapely.simplify(trib, 10.0), 32.0)
        parts = _lines(shapely.intersection(side, terrain.boundary))
        if not parts:
            continue
        start = shapely.Point(parts[0].coords[0])
        junction = shapely.get_coordinates(shapely.shortest_line(main, start))[0]
        road = LineString([junction, *parts[0].coords])  # crosses the river where valleys meet
        for part in _lines(shapely.intersection(road, terrain.boundary)):
            rows.append({"name": f"{terrain.river_names[i + 1]}路", "class": "township",
                         "geometry": part})
    network = shapely.union_all([r["geometry"] for r in rows])
    for i, (cx, cy) in enumerate(villages.centres):
        centre = shapely.Point(cx, cy)
        if shapely.distance(centre, network) < 40.0:
            continue
        junction = shapely.get_coordinates(shapely.shortest_line(network, centre))[0]
        road = shapely.intersection(_winding(rng, junction, (cx, cy)), terrain.boundary)
        for part in _lines(road):
            rows.append({"name": villages.frame.name_zh.iloc[i] + "道", "class": "village",
                         "geometry": part})
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4549")
    frame["length_m"] = np.round(frame.length.to_numpy(), 1)
    return frame
