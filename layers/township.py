"""How a township's own layers look by default: the symbols an office expects, in a sensible order.

Applies to layers known by name (the demo township and data laid out the same way); any other layer gets the
generic default style.
"""

from __future__ import annotations

import pandas as pd

from layers.style import Style, StyleClass, darker

# Drawing order, top first: points over lines over areas, the terrain at the bottom.
ORDER = ("facilities", "sensors", "incidents", "households", "roads", "rivers", "hazard_zones", "villages",
         "township_boundary", "dem")

FACILITY_COLOURS = {
    "government": "#c0392b", "school": "#2e6fd8", "clinic": "#27ae60", "shelter": "#f39c12",
    "tower": "#8e44ad", "camera": "#555555",
}
SENSOR_COLOURS = {"air_quality": "#7f8c8d", "water_quality": "#16a085", "river_level": "#2980b9",
                  "rain_gauge": "#5dade2"}
INCIDENT_COLOURS = {
    "new": "#e74c3c", "verified": "#e67e22", "assigned": "#f1c40f", "in_progress": "#3498db",
    "resolved": "#2ecc71", "closed": "#95a5a6", "rejected": "#7f8c8d", "duplicate": "#bdc3c7",
    "withdrawn": "#d5d8dc",
}
HAZARD_LEVEL_COLOURS = {"high": "#d7191c", "medium": "#fdae61", "low": "#ffe08a"}
ROAD_COLOURS = {"county": "#c0392b", "township": "#e67e22", "village": "#8a7f72"}

# opacity per layer, applied to the layer (not the style) so the user can change it in the layer tree
LAYER_OPACITY = {"villages": 0.4, "hazard_zones": 0.55, "township_boundary": 0.3}


def _fixed_categories(data: pd.DataFrame, field: str, colours: dict[str, str], **options) -> Style:
    present = [v for v in colours if field in data.columns and (data[field] == v).any()]
    others = sorted(set(data[field].dropna().astype(str)) - set(colours)) if field in data.columns else []
    classes = [StyleClass(v, v, colours[v], darker(colours[v])) for v in present]
    classes += [StyleClass(v, v, "#9e9e9e", "#616161") for v in others]
    return Style(kind="categorized", field=field, classes=classes, **options)


def township_style(name: str, data: pd.DataFrame | None) -> Style | None:
    """The default style of a township layer called ``name``, or None when the name is not one of ours."""
    if data is None:
        return None
    if name == "villages" and "population" in data.columns:
        return Style.graduated(data, "population", "quantiles", 5, "greens", stroke="#3d5a3d",
                               stroke_width=0.35,
                               label_field="name_zh" if "name_zh" in data.columns else None,
                               label_size=10.0)
    if name == "township_boundary":
        return Style(fill="#f3ecd9", stroke="#4b2c6f", stroke_width=1.0)
    if name == "households":
        return Style(fill="#6d5d4b", stroke="#6d5d4b", marker_size=0.8)
    if name == "rivers":
        return Style(fill="#2f7fd0", stroke="#2f7fd0", stroke_width=1.1,
                     label_field="name_zh" if "name_zh" in data.columns else None, label_color="#1d5c99")
    if name == "roads" and "class" in data.columns:
        return _fixed_categories(data, "class", ROAD_COLOURS, stroke_width=0.7)
    if name == "facilities" and "kind" in data.columns:
        return _fixed_categories(data, "kind", FACILITY_COLOURS, marker_size=2.4)
    if name == "sensors" and "kind" in data.columns:
        return _fixed_categories(data, "kind", SENSOR_COLOURS, marker_size=2.8)
    if name == "incidents" and "status" in data.columns:
        return _fixed_categories(data, "status", INCIDENT_COLOURS, marker_size=1.8)
    if name == "hazard_zones" and "level" in data.columns:
        return _fixed_categories(data, "level", HAZARD_LEVEL_COLOURS, stroke_width=0.2)
    return None


def order_key(name: str) -> int:
    """Sort key for the layer list (township layers in ORDER, others on top in the order they came)."""
    return ORDER.index(name) if name in ORDER else -1


def township_kind(layer) -> str:
    """What a layer is for the township look: its store kind, else its source's name (``villages``)."""
    return getattr(layer, "store_kind", None) or getattr(layer, "source_name", None) or layer.name


def apply_township_look(layers) -> None:
    """Give known township layers their default style and opacity, and sort them top to bottom."""
    for layer in layers:
        data = getattr(layer, "data", None)
        style = township_style(township_kind(layer), data)
        if style is not None:
            layer.style = style
        if township_kind(layer) in LAYER_OPACITY:
            layer.opacity = LAYER_OPACITY[township_kind(layer)]
    ordered = sorted(layers, key=lambda lyr: order_key(township_kind(lyr)))
    if isinstance(layers, list):
        layers[:] = ordered
        return
    for target, layer in enumerate(ordered):
        current = list(layers).index(layer)
        if current != target:
            layers.move(current, target)
