"""Villages of the demo township and the households that live in them.

Village centres sit mostly on valley floors; each village's land is the area nearest its centre
(distance measured on a gently warped plane so borders wander like real ones), polygonised from a
raster, simplified as a coverage (neighbours keep sharing their border) and clipped to the township.
Households cluster around the village centre and a few hamlets, on gentle, low ground.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from rasterio import features

from resources.scripts.demo_parts.names import pinyin_name, village_names
from resources.scripts.demo_parts.terrain import Grid, Terrain, fractal_noise

COUNTY_CODE = "330122"
TOWN_CODE = "112"
PERSONS_P = np.array([0.12, 0.25, 0.22, 0.20, 0.13, 0.08])  # 1..6 persons per household


@dataclass
class Villages:
    """Village polygons (a GeoDataFrame) plus what other parts need."""

    frame: gpd.GeoDataFrame   # village_code, name_zh, name_pinyin, population, households, area_km2
    centres: np.ndarray       # (n, 2) village centres, seat village first
    labels: np.ndarray        # int32 raster on the DEM grid: 1..n inside village i-1, 0 outside


def _suitability(terrain: Terrain) -> np.ndarray:
    """How likely people settle in a cell: low above the river, gentle slope, not in the channel."""
    low = np.exp(-np.minimum(terrain.height_above_river, 400.0) / 45.0)
    gentle = np.clip((28.0 - terrain.slope_deg) / 20.0, 0.0, 1.0)
    return (0.03 + low) * gentle


def _village_centres(rng, terrain: Terrain, count: int, spacing: float) -> np.ndarray:
    """Pick ``count`` centres, mostly on valley floors, at least ``spacing`` metres apart."""
    grid = terrain.grid
    inner = terrain.boundary.buffer(-450.0)
    step = 4  # candidates on a 40 m lattice
    xs, ys = np.meshgrid(grid.xs[::step], grid.ys[::step])
    weight = _suitability(terrain)[::step, ::step] ** 0.6
    weight = weight * shapely.contains_xy(inner, xs, ys)
    weight = weight.ravel() / weight.sum()
    order = rng.choice(weight.size, size=20 * count, p=weight)
    chosen: list[tuple[float, float]] = []
    for gap in (spacing, 0.8 * spacing, 0.6 * spacing):
        for k in order:
            p = (xs.flat[k], ys.flat[k])
            if all(np.hypot(p[0] - q[0], p[1] - q[1]) >= gap for q in chosen):
                chosen.append(p)
            if len(chosen) == count:
                break
        if len(chosen) == count:
            break
    centres = np.array(chosen)
    middle = np.array(shapely.centroid(terrain.boundary).coords[0])
    above = terrain.height_above_river[grid.cell_of(centres[:, 0], centres[:, 1])]
    seat = int(np.argmin(np.hypot(*(centres - middle).T) + 40.0 * np.minimum(above, 50.0)))
    rest = [i for i in range(len(centres)) if i != seat]
    return centres[[seat, *sorted(rest, key=lambda i: (-centres[i, 1], centres[i, 0]))]]


def _territories(rng, terrain: Terrain, centres: np.ndarray) -> list[shapely.Geometry]:
    """Village land: nearest centre on a warped plane, polygonised, simplified, clipped."""
    grid = terrain.grid
    coarse = Grid(grid.x0, grid.y0, grid.cell * 2, grid.nx // 2, grid.ny // 2)
    xs, ys = np.meshgrid(coarse.xs, coarse.ys)
    warp = 350.0
    wx = xs + warp * (fractal_noise(rng, coarse.ny, coarse.nx, 3.6) - 0.5) * 2
    wy = ys + warp * (fractal_noise(rng, coarse.ny, coarse.nx, 3.6) - 0.5) * 2
    best = np.full(xs.shape, np.inf)
    labels = np.zeros(xs.shape, dtype=np.int32)
    for i, (cx, cy) in enumerate(centres):
        dist = np.hypot(wx - cx, wy - cy)
        closer = dist < best
        best[closer] = dist[closer]
        labels[closer] = i + 1
    labels = features.sieve(labels, size=400, connectivity=4)
    parts: list[list] = [[] for _ in centres]
    for geom, value in features.shapes(labels, transform=coarse.transform, connectivity=4):
        parts[int(value) - 1].append(shapely.geometry.shape(geom))
    land = [shapely.union_all(p) for p in parts]
    land = shapely.coverage_simplify(np.array(land, dtype=object), tolerance=45.0)
    return [shapely.intersection(g, terrain.boundary) for g in land]


def build_villages(rng: np.random.Generator, terrain: Terrain, count: int = 22) -> Villages:
    """Place ``count`` villages, draw their land, name and number them.

    Population and household counts are filled in by :func:`build_households`.
    """
    centres = _village_centres(rng, terrain, count, spacing=1500.0)
    land = _territories(rng, terrain, centres)
    for i, geom in enumerate(land):  # a centre must lie inside its own village
        if not shapely.contains_xy(geom, *centres[i]):
            centres[i] = shapely.get_coordinates(shapely.point_on_surface(geom))[0]
    names = village_names(rng, count)
    codes = [f"{COUNTY_CODE}{TOWN_CODE}{200 + i + 1:03d}" for i in range(count)]
    geoms = [shapely.multipolygons(shapely.get_parts(g)) for g in land]
    frame = gpd.GeoDataFrame({
        "village_code": codes,
        "name_zh": names,
        "name_pinyin": [pinyin_name(n) for n in names],
        "population": np.zeros(count, dtype=np.int64),
        "households": np.zeros(count, dtype=np.int64),
        "area_km2": np.round(shapely.area(geoms) / 1e6, 3),
    }, geometry=geoms, crs="EPSG:4549")
    grid = terrain.grid
    labels = features.rasterize(
        ((g, i + 1) for i, g in enumerate(geoms)), out_shape=(grid.ny, grid.nx),
        transform=grid.transform, fill=0, dtype="int32")
    return Villages(frame, centres, labels)


def build_households(rng: np.random.Generator, terrain: Terrain, villages: Villages,
                     total: int) -> gpd.GeoDataFrame:
    """About ``total`` household points clustered in hamlets; fills village population columns."""
    grid = terrain.grid
    fit = _suitability(terrain).ravel()
    labels = villages.labels.ravel()
    order = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[order], np.arange(len(villages.centres) + 2))
    cell_x = np.tile(grid.xs, grid.ny)
    cell_y = np.repeat(grid.ys, grid.nx)
    shares = np.array([fit[order[starts[i + 1]:starts[i + 2]]].sum() ** 0.45
                       for i in range(len(villages.centres))])
    shares *= rng.lognormal(0.0, 0.25, size=shares.size)
    shares[0] *= 2.0  # the seat village is the largest
    counts = np.floor(total * shares / shares.sum()).astype(int)
    counts[: total - counts.sum()] += 1

    xs_all, ys_all, codes, ids, persons = [], [], [], [], []
    frame = villages.frame
    for i, centre in enumerate(villages.centres):
        cells = order[starts[i + 1]:starts[i + 2]]
        cx, cy = cell_x[cells], cell_y[cells]
        hamlets = [centre]
        extra = rng.choice(cells, size=rng.integers(2, 5), p=fit[cells] / fit[cells].sum())
        hamlets += [(cell_x[c], cell_y[c]) for c in extra]
        pull = sum(w * np.exp(-((cx - hx) ** 2 + (cy - hy) ** 2) / (2 * s * s))
                   for (hx, hy), w, s in zip(hamlets, [1.0, 0.5, 0.4, 0.35, 0.3],
                                             [260.0, 170.0, 150.0, 140.0, 130.0], strict=False))
        weight = fit[cells] * (pull + 0.004)
        geom = frame.geometry.iloc[i]
        x, y = _points_in(rng, geom, cx, cy, weight / weight.sum(), counts[i], grid.cell)
        xs_all.append(x)
        ys_all.append(y)
        size = rng.choice(np.arange(1, 7), size=counts[i], p=PERSONS_P)
        persons.append(size)
        code = frame.village_code.iloc[i]
        codes += [code] * counts[i]
        ids += [f"{code}-{k:04d}" for k in range(1, counts[i] + 1)]
        frame.loc[frame.index[i], "population"] = int(size.sum())
        frame.loc[frame.index[i], "households"] = int(counts[i])
    x, y = np.concatenate(xs_all), np.concatenate(ys_all)
    return gpd.GeoDataFrame({
        "household_id": ids,
        "village_code": codes,
        "persons": np.concatenate(persons).astype(np.int32),
    }, geometry=shapely.points(np.round(x, 2), np.round(y, 2)), crs="EPSG:4549")


def _points_in(rng, geom, cx, cy, p, count, cell):
    """``count`` points drawn from cells with probability ``p``, jittered, all inside ``geom``."""
    x = np.empty(count)
    y = np.empty(count)
    todo = np.arange(count)
    shapely.prepare(geom)
    for _ in range(20):
        pick = rng.choice(cx.size, size=todo.size, p=p)
        x[todo] = cx[pick] + rng.uniform(-0.45, 0.45, todo.size) * cell
        y[todo] = cy[pick] + rng.uniform(-0.45, 0.45, todo.size) * cell
        todo = todo[~shapely.contains_xy(geom, np.round(x[todo], 2), np.round(y[todo], 2))]
        if todo.size == 0:
            return x, y
    raise RuntimeError("could not place households inside their village")
