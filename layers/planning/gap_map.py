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
