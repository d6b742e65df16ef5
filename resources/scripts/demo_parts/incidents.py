"""Residents' reports (incidents) of the demo township, in every state of their workflow.

Reports span the three months before the demo's "now"; flooding reports crowd into the storm.
Reporters, phone and ID numbers are invented (valid formats only).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from datasources.store.incident_intake import numbers_by_year
from resources.scripts.demo_parts.names import id_numbers, mobile_numbers, person_names
from resources.scripts.demo_parts.sensors import DAYS, START, local_iso, storm_window
from resources.scripts.demo_parts.terrain import Terrain
from resources.scripts.demo_parts.villages import Villages

STATUSES = ("new", "verified", "assigned", "in_progress", "resolved", "closed", "rejected",
            "duplicate")
CATEGORIES = {  # weight, titles, description template
    "environment": (0.13, ["溪水发黑有异味", "有人焚烧秸秆", "养殖场污水外排"],
                    "{village}{place}附近{title}，已经持续{n}天，影响周边居民，请尽快派人查看处理。"),
    "street_light": (0.13, ["路灯不亮", "路灯白天常亮", "路灯杆倾斜"],
                     "{village}{place}有{n}盏{title}，晚上出行不安全，希望尽快修复。"),
    "road_damage": (0.13, ["路面坑洼", "村道塌陷", "桥面护栏损坏"],
                    "{village}{place}{title}，约{n}米长，电动车和行人通过有危险。"),
    "flooding": (0.12, ["道路积水", "农田被淹", "房屋进水"],
                 "{village}{place}{title}，水深约{n}0厘米，还在上涨，请求派人排水救援。"),
    "noise": (0.08, ["夜间施工噪音", "广场舞音响太响", "石料厂机器噪音"],
              "{village}{place}{title}，晚上{n}点以后还不停，影响老人小孩休息。"),
    "dispute": (0.10, ["宅基地边界纠纷", "邻里用水纠纷", "山林承包纠纷"],
                "{village}{place}{title}，双方争执已有{n}次，请村里和镇里出面调解。"),
    "water_supply": (0.12, ["自来水停水", "水压太低", "水质浑浊发黄"],
                     "{village}{place}{title}，已经{n}天了，生活用水困难，请尽快解决。"),
    "waste": (0.19, ["垃圾桶满了没人清运", "河边乱倒建筑垃圾", "垃圾分类点脏乱"],
              "{village}{place}{title}，天热气味很大，已经{n}天没人处理。"),
}
PLACES = ["村口", "老年活动中心旁", "小学门口", "桥头", "祠堂前", "文化礼堂附近", "停车场",
          "溪边步道", "菜市场", "公交站", "卫生室后面", "篮球场边"]


def _status_for(rng, age_days: float) -> str:
    """A believable status for a report ``age_days`` old."""
    if age_days < 2:
        p = [0.45, 0.25, 0.15, 0.0, 0.0, 0.0, 0.05, 0.10]
    elif age_days < 7:
        p = [0.05, 0.15, 0.25, 0.30, 0.10, 0.0, 0.05, 0.10]
    elif age_days < 30:
        p = [0.0, 0.0, 0.05, 0.17, 0.30, 0.35, 0.06, 0.07]
    else:
        p = [0.0, 0.0, 0.0, 0.02, 0.10, 0.75, 0.07, 0.06]
    return str(rng.choice(STATUSES, p=p))


def build_incidents(rng: np.random.Generator, terrain: Terrain, villages: Villages,
                    households: gpd.GeoDataFrame, count: int = 420) -> gpd.GeoDataFrame:
    """``count`` reports with id, category, status, title, description, times, village and reporter.

    Times are ISO 8601 strings with ``+08:00``; ``closed_at`` is set only for closed reports.
    """
    now = START + np.timedelta64(DAYS * 24, "h")
    since = now - np.timedelta64(90 * 24, "h")
    storm_start, _ = storm_window()
    names = list(CATEGORIES)
    weights = np.array([CATEGORIES[c][0] for c in names])
    category = rng.choice(names, size=count, p=weights / weights.sum())
    minutes = rng.integers(0, 90 * 24 * 60, size=count)
    flood = np.flatnonzero(category == "flooding")
    in_storm = flood[rng.random(flood.size) < 0.75]
    storm_offset = (storm_start - since).astype("timedelta64[m]").astype(int)
    minutes[in_storm] = storm_offset + rng.gamma(2.0, 10.0, in_storm.size).astype(int) * 60 \
        + rng.integers(0, 60, in_storm.size)
    minutes = np.minimum(minutes, 90 * 24 * 60 - 30)
    order = np.argsort(minutes, kind="stable")
    category, minutes = category[order], minutes[order]
    reported = since + minutes.astype("timedelta64[m]")

    population = villages.frame.population.to_numpy(float)
    village = rng.choice(len(population), size=count, p=population / population.sum())
    status = np.array([_status_for(rng, float((now - t) / np.timedelta64(1, "D")))
                       for t in reported])
    for i, missing in enumerate(s for s in STATUSES if s not in set(status)):
        status[-(i + 1) * 7] = missing    # every state appears at least once
    age_min = ((now - reported) / np.timedelta64(1, "m")).astype(float)
    handled = np.where(status == "new", 0.0,
                       rng.uniform(0.05, 0.9, count) * np.minimum(age_min, 14 * 24 * 60))
    updated = reported + handled.astype("timedelta64[m]")
    closed = np.where(status == "closed", local_iso(updated), None)

    reporters = person_names(rng, count)
    phones = mobile_numbers(rng, count)
    ids = id_numbers(rng, count)
    again = np.flatnonzero(rng.random(count) < 0.1)[1:]  # some residents report more than once
    for k in again:
        j = int(rng.integers(0, k))
        reporters[k], phones[k], ids[k] = reporters[j], phones[j], ids[j]

    titles, texts, points = [], [], []
    frame = villages.frame
    codes = households.village_code.to_numpy()
    hx, hy = shapely.get_coordinates(households.geometry.to_numpy()).T
    for k in range(count):
        cat, v = category[k], village[k]
        _, options, template = CATEGORIES[cat]
        title = str(rng.choice(options))
        titles.append(title)
        texts.append(template.format(village=frame.name_zh.iloc[v], place=rng.choice(PLACES),
                                     title=title, n=int(rng.integers(2, 9))))
        points.append(_where(rng, terrain, villages, v, cat == "flooding",
                             codes == frame.village_code.iloc[v], hx, hy))
    return gpd.GeoDataFrame({
        "id": numbers_by_year(local_iso(reported)),  # the store's own scheme, counted per China year
        "category": category.astype(str), "status": status.astype(str), "title": titles,
        "description": texts, "reported_at": local_iso(reported),
        "updated_at": local_iso(updated), "closed_at": closed,
        "village_code": frame.village_code.iloc[village].to_numpy(),
        "reporter_name": reporters, "reporter_phone": phones, "reporter_id_number": ids,
    }, geometry=shapely.points(points), crs="EPSG:4549")


def _where(rng, terrain, villages, v, flooding, mine, hx, hy):
    """A point in village ``v``: by the river for flooding, else near one of its households."""
    geom = villages.frame.geometry.iloc[v]
    if flooding:
        low = np.flatnonzero((villages.labels == v + 1).ravel()
                             & (terrain.height_above_river.ravel() < 4.0))
        if low.size:
            cell = int(rng.choice(low))
            row, col = divmod(cell, terrain.grid.nx)
            return (round(float(terrain.grid.xs[col]), 1), round(float(terrain.grid.ys[row]), 1))
    idx = np.flatnonzero(mine)
    k = int(rng.choice(idx))
    for _ in range(10):
        x, y = round(hx[k] + rng.normal(0, 25), 1), round(hy[k] + rng.normal(0, 25), 1)
        if shapely.contains_xy(geom, x, y):
            return (x, y)
    return (hx[k], hy[k])
