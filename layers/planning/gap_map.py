"""The gap map (no Qt): villages coloured by the share of their people the planned sites cover, labelled
with their names, from the per-village table of :mod:`layers.planning.desk_work`."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from layers.style import Style, StyleClass

#: classes of the share of persons covered (percent), from the worst served, and their fills
SHARE_CLASSES = ((0.0, 25.0, "#d7191c"), (25.0, 50.0, "#fdae61"), (50.0, 75.0, "#ffffbf"),
                 (75.0, 100.0, "#1a9641"))


def gap_frame(villages: gpd.GeoDataFrame, table: pd.DataFrame) -> gpd.GeoDataFrame:
    """The village polygons with the table's figures: ``share_pct`` (0-100), persons and households not
    covered, and the village's name."""
    figures = table.set_index("village_code")
    shapes = villages[["village_code", villages.geometry.name]].copy()
    shapes["village_code"] = shapes["village_code"].astype(str)
    joined = shapes.join(figures, on="village_code")
    out = gpd.GeoDataFrame({
        "village_code": joined["village_code"],
        "village": joined["village"].fillna(joined["village_code"]),
        "share_pct": (joined["share_covered"].fillna(1.0) * 100).round(1),
        "uncovered_persons": joined["uncovered_persons"].fillna(0).round().astype(int),
        "uncovered_households": joined["uncovered_households"].fillna(0).astype(int),
    }, geometry=joined.geometry.to_numpy(), crs=villages.crs)
    return out.reset_index(drop=True)


def gap_style(labels: list[str] | None = None) -> Style:
    """Graduated fills of :data:`SHARE_CLASSES` with the villages' names as labels; ``labels`` names the
    classes (default ``0-25 %`` ...)."""
    classes = []
    for index, (lo, hi, fill) in enumerate(SHARE_CLASSES):
        label = labels[index] if labels else f"{lo:.0f}-{hi:.0f} %"
        classes.append(StyleClass((lo, hi), label, fill, "#555555"))
    return Style(kind="graduated", field="share_pct", classes=classes, method="equal_interval",
                 k=len(classes), opacity=0.75, stroke="#555555", label_field="village")


#: classes of the persons not covered in a hexagon, and their fills (none left out: green)
HEX_CLASSES = ((-0.5, 0.5, "#1a9641"), (0.5, 20.0, "#fee08b"), (20.0, 50.0, "#fdae61"), (50.0, 100.0, "#f46d43"),
               (100.0, 1e12, "#a50026"))


def hex_gap(demand, covered, size: float = 400.0, crs=None) -> gpd.GeoDataFrame:
    """Hexagons of ``size`` metres (centre to corner, pointy top) over the households of ``demand``: in
    each, the households and the persons not ``covered``. Only hexagons holding households are made."""
    import numpy as np
    import shapely

    xy = np.asarray(demand.xy, dtype=np.float64)
    columns = ["households", "uncovered_households", "uncovered_persons"]
    if not len(xy):
        return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=crs)
    origin = xy.min(axis=0)
    x, y = (xy - origin).T
    q = (np.sqrt(3) / 3 * x - y / 3) / size
    r = (2 / 3 * y) / size
    cube = np.column_stack([q, r, -q - r])
    rounded = np.round(cube)
    diff = np.abs(rounded - cube)
    fix_q = (diff[:, 0] > diff[:, 1]) & (diff[:, 0] > diff[:, 2])
    fix_r = ~fix_q & (diff[:, 1] > diff[:, 2])
    rounded[fix_q, 0] = -rounded[fix_q, 1] - rounded[fix_q, 2]
    rounded[fix_r, 1] = -rounded[fix_r, 0] - rounded[fix_r, 2]
    homes = np.asarray(getattr(demand, "household_counts", np.ones(len(xy))), dtype=np.float64)
    frame = pd.DataFrame({"q": rounded[:, 0].astype(np.int64), "r": rounded[:, 1].astype(np.int64),
                          "households": homes, "uncovered_households": np.where(covered, 0.0, homes),
                          "uncovered_persons": np.where(covered, 0.0, demand.weights)})
    cells = frame.groupby(["q", "r"], sort=True)[columns].sum().reset_index()
    cx = origin[0] + size * np.sqrt(3) * (cells["q"] + cells["r"] / 2)
    cy = origin[1] + size * 1.5 * cells["r"]
    angles = np.radians(30 + 60 * np.arange(6))
    rings = np.stack([np.column_stack([cx + size * np.cos(a), cy + size * np.sin(a)]) for a in angles], axis=1)
    for name in columns:   # whole households and persons (a share of them when spread from villages)
        cells[name] = cells[name].round().astype(int)
    return gpd.GeoDataFrame(cells[columns], geometry=shapely.polygons(rings), crs=crs)


def hex_style(labels: list[str] | None = None) -> Style:
    """Graduated fills of :data:`HEX_CLASSES` on the persons not covered."""
    names = labels or ["none", "1-20", "21-50", "51-100", "over 100"]
    classes = [StyleClass((lo, hi), names[i], fill, "#777777") for i, (lo, hi, fill) in enumerate(HEX_CLASSES)]
    return Style(kind="graduated", field="uncovered_persons", classes=classes, method="equal_interval",
                 k=len(classes), opacity=0.8, stroke="#777777")
