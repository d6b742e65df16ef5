"""Public facilities of the demo township: government, schools, clinics, shelters, towers, cameras."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from resources.scripts.demo_parts.names import TOWN_ZH, pinyin_name
from resources.scripts.demo_parts.terrain import Terrain
from resources.scripts.demo_parts.villages import Villages

TOWN_EN = pinyin_name(TOWN_ZH).replace(" Zhen", " Town")


def _near(rng, terrain: Terrain, villages: Villages, i: int, radius: float, score) -> tuple:
    """The best cell within ``radius`` of village ``i``'s centre by ``score(rows, cols)``, in it."""
    grid = terrain.grid
    cx, cy = villages.centres[i]
    r0, c0 = grid.cell_of(cx, cy)
    k = int(radius // grid.cell)
    rows, cols = np.mgrid[max(r0 - k, 0):min(r0 + k + 1, grid.ny),
                          max(c0 - k, 0):min(c0 + k + 1, grid.nx)]
    rows, cols = rows.ravel(), cols.ravel()
    inside = villages.labels[rows, cols] == i + 1
    rows, cols = rows[inside], cols[inside]
    value = score(rows, cols) + rng.uniform(0.0, 1e-3, rows.size)
    best = int(np.argmax(value))
    return float(grid.xs[cols[best]]), float(grid.ys[rows[best]])


def build_facilities(rng: np.random.Generator, terrain: Terrain, villages: Villages,
                     roads: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Facilities with ``kind``, ``name_zh``, ``name_en``, ``village_code``, ``capacity``,
    ``antenna_height_m``.

    Shelters stand on ground more than 8 m above the river, on gentle slopes; towers on the
    highest ground near a village; cameras at village entrances and where village roads meet the
    county road.
    """
    frame = villages.frame
    names = frame.name_zh.tolist()
    pinyin = [p.replace(" Cun", " Village") for p in frame.name_pinyin]
    by_size = np.argsort(-frame.population.to_numpy(), kind="stable")
    dem, above, slope = terrain.dem, terrain.height_above_river, terrain.slope_deg
    rows: list[dict] = []

    def add(kind, zh, en, i, xy, capacity=None, antenna=None):
        rows.append({"kind": kind, "name_zh": zh, "name_en": en,
                     "village_code": frame.village_code.iloc[i],
                     "capacity": capacity, "antenna_height_m": antenna,
                     "geometry": shapely.Point(round(xy[0], 1), round(xy[1], 1))})

    def gentle(r, c):
        return -slope[r, c] - 0.02 * np.hypot(r - r.mean(), c - c.mean())

    def dry(r, c):
        return np.minimum(above[r, c], 12.0) - 0.3 * slope[r, c] \
            - 0.01 * np.hypot(r - r.mean(), c - c.mean())

    town, town_en = TOWN_ZH, TOWN_EN
    add("government", f"{town}人民政府", f"{town_en} People's Government", 0,
        _near(rng, terrain, villages, 0, 250, dry))
    add("school", f"{town}中心小学", f"{town_en} Central Primary School", 0,
        _near(rng, terrain, villages, 0, 450, gentle))
    add("school", f"{town}初级中学", f"{town_en} Junior Middle School", 0,
        _near(rng, terrain, villages, 0, 700, dry))
    for i in [j for j in by_size if j != 0][:3]:
        add("school", f"{names[i]}小学", f"{pinyin[i]} Primary School", i,
            _near(rng, terrain, villages, i, 300, gentle))
    add("clinic", f"{town}卫生院", f"{town_en} Health Centre", 0,
        _near(rng, terrain, villages, 0, 350, gentle))
    for i in range(1, len(frame)):
        add("clinic", f"{names[i]}卫生室", f"{pinyin[i]} Clinic", i,
            _near(rng, terrain, villages, i, 150, gentle))
    for rank, i in enumerate(by_size[:10]):
        capacity = int(np.clip(round(frame.population.iloc[i] * 0.25, -1), 150, 1500))
        zh = f"{town}应急避难所" if i == 0 else f"{names[i]}避难所"
        en = f"{town_en} Emergency Shelter" if i == 0 else f"{pinyin[i]} Shelter"
        add("shelter", zh, en, i, _near(rng, terrain, villages, i, 900 if rank else 1100, dry),
            capacity=capacity)
    for i in by_size[:12]:
        xy = _near(rng, terrain, villages, i, 1200, lambda r, c: dem[r, c])
        add("tower", f"{names[i]}通信基站", f"{pinyin[i]} Broadband Tower", i, xy,
            antenna=float(rng.choice([25.0, 30.0, 35.0, 40.0, 45.0])))
    for i in range(len(frame)):
        add("camera", f"{names[i]}村口监控", f"{pinyin[i]} Entrance Camera", i,
            _near(rng, terrain, villages, i, 120, gentle))
    county = shapely.union_all(roads.geometry[roads["class"] == "county"].to_numpy())
    for road in roads.geometry[roads["class"] == "village"]:
        end = shapely.Point(road.coords[0])
        if shapely.distance(end, county) < 1.0:
            i = int(villages.labels[terrain.grid.cell_of(end.x, end.y)]) - 1
            if i >= 0:
                add("camera", f"{names[i]}路口监控", f"{pinyin[i]} Junction Camera", i,
                    (end.x, end.y))
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4549")
    out["capacity"] = out["capacity"].astype("Int32")
    out["antenna_height_m"] = out["antenna_height_m"].astype("float64")
    return out
