"""What the emergency desk draws of a warning or an impact (no Qt): landslide zones coloured by their warning
level, and of an impact the affected households (reachable, sent to an over-full shelter, or with no route),
their routes to the shelters, and the shelters (open, inside the hazard, over capacity)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.emergency.landslide import LEVEL_COLOURS, LEVEL_NAMES, LEVELS, landslide_warning
from layers.style import Style, StyleClass
from layers.vector import VectorLayer

#: Affected household -> (fill, Chinese, English).
HOUSEHOLD_CLASSES = {
    "reachable": ("#ff7f00", "可到达安置点", "Route to a shelter"),
    "over_capacity": ("#e31a1c", "安置点超员", "Shelter over capacity"),
    "no_route": ("#6a0dad", "无可达道路", "No route by road"),
}
#: Shelter -> (fill, Chinese, English).
SHELTER_CLASSES = {
    "open": ("#1a9850", "安置点 (可用)", "Shelter (open)"),
    "inside": ("#7f7f7f", "安置点 (在灾害区内)", "Shelter inside the hazard"),
    "over_capacity": ("#e31a1c", "安置点 (超员)", "Shelter over capacity"),
}
ROUTE_COLOUR = "#2b83ba"


def _pick(zh: bool, pair) -> str:
    return pair[0] if zh else pair[1]


def landslide_layer(zones: gpd.GeoDataFrame, gauges: gpd.GeoDataFrame, readings: pd.DataFrame, at=None,
                    title: str = "landslide warning", chinese: bool = True) -> tuple[VectorLayer, pd.Series]:
    """The landslide zones with their warning from the gauges' rain at ``at`` (default: the latest
    reading), styled blue/yellow/orange/red, and the count of zones per level (highest first).

    ``zones`` are the hazard zones (those whose ``hazard`` is landslide are kept); ``gauges`` the sensors
    (those of kind rain_gauge are kept), keyed by ``sensor_code``; ``readings`` the readings heard
    (``sensor_code, time, parameter, value``).
    """
    if "hazard" in zones:
        zones = zones[zones["hazard"].astype(str) == "landslide"]
    if zones.empty:
        raise ValueError("no landslide zones")
    if "kind" in gauges:
        gauges = gauges[gauges["kind"].astype(str) == "rain_gauge"]
    key = "sensor_code" if "sensor_code" in gauges else "sensor_id"
    rain = readings[readings["parameter"].astype(str) == "rain"] if len(readings) else readings
    if gauges.empty or rain.empty:
        raise LookupError("no rain readings")
    warned = landslide_warning(zones, gauges.to_crs(zones.crs), rain, at, gauge_key=key)
    warned = warned.drop(columns=["_problem"], errors="ignore")
    warned["warning_label"] = warned["warning_zh" if chinese else "warning_en"]
    present = [level for level in LEVELS if (warned["warning"] == level).any()]
    classes = [StyleClass(value=level, label=_pick(chinese, LEVEL_NAMES[level]),
                          fill=LEVEL_COLOURS[level] if level != "none" else "#f2f2f2",
                          stroke="#404040") for level in present]
    style = Style(kind="categorized", field="warning", classes=classes, stroke_width=0.8)
    counts = warned["warning"].value_counts().reindex(list(reversed(LEVELS)), fill_value=0)
    return VectorLayer(warned, name="landslide_warning", title=title, style=style, opacity=0.75), counts


def affected_households_layer(impact, title: str, chinese: bool = True) -> VectorLayer | None:
    """The affected households coloured by how they are sheltered (None when none is affected)."""
    households = impact.households
    if households is None or households.empty:
        return None
    reachable = households["reachable"].to_numpy(bool) if "reachable" in households else \
        np.zeros(len(households), bool)
    over = households["shelter_over_capacity"].to_numpy(bool) if "shelter_over_capacity" in households else \
        np.zeros(len(households), bool)
    state = np.where(~reachable, "no_route", np.where(over, "over_capacity", "reachable"))
    data = households.copy()
    data["shelter_state"] = state
    classes = [StyleClass(value=key, label=_pick(chinese, (zh, en)), fill=fill, stroke="#202020")
               for key, (fill, zh, en) in HOUSEHOLD_CLASSES.items() if (state == key).any()]
    style = Style(kind="categorized", field="shelter_state", classes=classes, marker_size=2.5)
    return VectorLayer(data, name="affected_households", title=title, style=style)


def routes_layer(impact, title: str) -> VectorLayer | None:
    """The routes of the reachable affected households to their shelters (None when there are none)."""
    routes = impact.routes
    if routes is None or routes.empty:
        return None
    style = Style(kind="single", fill=ROUTE_COLOUR, stroke=ROUTE_COLOUR, stroke_width=1.2)
    return VectorLayer(routes, name="shelter_routes", title=title, style=style, opacity=0.8)


def shelters_layer(impact, title: str, chinese: bool = True) -> VectorLayer | None:
    """The shelters: open, inside the hazard, or over capacity (None when the township has none)."""
    shelters = impact.shelters
    if shelters is None or shelters.empty:
        return None
    inside = shelters["inside_hazard"].to_numpy(bool)
    over = shelters["over_capacity"].to_numpy(bool)
    state = np.where(over, "over_capacity", np.where(inside, "inside", "open"))
    data = shelters.copy()
    data["shelter_state"] = state
    classes = [StyleClass(value=key, label=_pick(chinese, (zh, en)), fill=fill, stroke="#000000")
               for key, (fill, zh, en) in SHELTER_CLASSES.items() if (state == key).any()]
    style = Style(kind="categorized", field="shelter_state", classes=classes, marker_size=4.0,
                  marker_shape="square")
    return VectorLayer(data, name="impact_shelters", title=title, style=style)
