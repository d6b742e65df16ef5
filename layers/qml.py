"""Styles as QGIS ``.qml`` documents, so a township's maps look the same when opened in QGIS (3.22+).

:func:`style_to_qml` writes a single, categorized or graduated ``renderer-v2`` with SimpleFill, SimpleLine or
SimpleMarker symbols (sizes in millimetres) and simple labeling; :func:`style_from_qml` reads those back, and
reads QML that QGIS wrote as far as these renderers go (other renderers give a single symbol).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from layers.ramps import RAMPS, hex_to_rgb, rgb_to_hex
from layers.style import Style, StyleClass, darker

QGIS_VERSION = "3.22.0"
DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
_SYMBOL_TYPE = {"point": "marker", "line": "line", "polygon": "fill", "mixed": "fill", "none": "fill"}
_GEOMETRY_TYPE = {"point": "0", "line": "1"}
_METHOD_IDS = {"quantiles": "Quantile", "equal_interval": "EqualInterval", "natural_breaks": "Jenks"}
_METHOD_OF_ID = {v: k for k, v in _METHOD_IDS.items()}
_PLACEMENT = {"point": "6", "line": "2"}  # cartographic around points, parallel to lines; polygons: 1
_PROPERTY = "township/"
FILL_ALPHA = 0.75
"""Polygon fills are drawn at three quarters of the outline's opacity (the canvas does the same), so
what lies beneath a village or a hazard zone shows through in QGIS too."""


def _colour(hex_colour: str, alpha: float = 1.0) -> str:
    r, g, b = hex_to_rgb(hex_colour)
    return f"{r},{g},{b},{int(round(alpha * 255))}"


def _hex(qgis_colour: str | None, default: str) -> str:
    if not qgis_colour:
        return default
    parts = qgis_colour.split(",")
    try:
        return rgb_to_hex([float(p) for p in parts[:3]])
    except ValueError:
        return default


def _num(value: float) -> str:
    return repr(float(value))


def _options(parent: ET.Element, values: dict[str, str]) -> ET.Element:
    box = ET.SubElement(parent, "Option", type="Map")
    for key, value in values.items():
        ET.SubElement(box, "Option", name=key, value=str(value), type="QString")
    return box


def _data_defined(parent: ET.Element) -> None:
    holder = ET.SubElement(parent, "data_defined_properties")
    box = ET.SubElement(holder, "Option", type="Map")
    ET.SubElement(box, "Option", name="name", value="", type="QString")
    ET.SubElement(box, "Option", name="properties")
    ET.SubElement(box, "Option", name="type", value="collection", type="QString")


def _symbol(parent: ET.Element, name: str, kind: str, style: Style, fill: str, stroke: str,
            classified: bool) -> None:
    """One QGIS symbol: its ``alpha`` is the style's opacity, a polygon fill's colour carries
    :data:`FILL_ALPHA`."""
    symbol_type = _SYMBOL_TYPE.get(kind, "fill")
    symbol = ET.SubElement(parent, "symbol", type=symbol_type, name=name, alpha=_num(style.opacity),
                           clip_to_extent="1", force_rhr="0")
    _data_defined(symbol)
    mm = "MM"
    if symbol_type == "fill":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleFill", "enabled": "1", "locked": "0",
                                                 "pass": "0"})
        _options(layer, {"border_width_map_unit_scale": "3x:0,0,0,0,0,0", "color": _colour(fill, FILL_ALPHA),
                         "joinstyle": "bevel", "offset": "0,0", "offset_unit": mm,
                         "outline_color": _colour(stroke), "outline_style": "solid",
                         "outline_width": _num(style.stroke_width), "outline_width_unit": mm,
                         "style": "solid"})
    elif symbol_type == "line":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleLine", "enabled": "1", "locked": "0",
                                                 "pass": "0"})
        _options(layer, {"capstyle": "round", "customdash": "5;2", "customdash_unit": mm,
                         "draw_inside_polygon": "0", "joinstyle": "round",
                         "line_color": _colour(fill if classified else stroke), "line_style": "solid",
                         "line_width": _num(style.stroke_width), "line_width_unit": mm, "offset": "0",
                         "offset_unit": mm, "use_custom_dash": "0"})
    else:
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker", "enabled": "1", "locked": "0",
                                                 "pass": "0"})
        _options(layer, {"angle": "0", "color": _colour(fill), "horizontal_anchor_point": "1",
                         "joinstyle": "bevel", "name": style.marker_shape, "offset": "0,0",
                         "offset_unit": mm, "outline_color": _colour(stroke), "outline_style": "solid",
                         "outline_width": _num(style.stroke_width), "outline_width_unit": mm,
                         "scale_method": "diameter", "size": _num(style.marker_size), "size_unit": mm,
                         "vertical_anchor_point": "1"})
    _data_defined(layer)


def _colour_ramp(parent: ET.Element, ramp: str) -> None:
    stops = RAMPS.get(ramp) or RAMPS["yellow_red"]
    element = ET.SubElement(parent, "colorramp", type="gradient", name="[source]")
    inner = [f"{i / (len(stops) - 1):.4f};{_colour(c)}" for i, c in enumerate(stops[1:-1], start=1)]
    _options(element, {"color1": _colour(stops[0]), "color2": _colour(stops[-1]), "discrete": "0",
                       "rampType": "gradient", "stops": ":".join(inner)})


def _category_value(value) -> tuple[str, str]:
    if value is None:
        return "", "string"
    if isinstance(value, bool):
        return str(value).lower(), "string"
    if isinstance(value, int):
        return str(value), "integer"
    if isinstance(value, float):
        return repr(value), "double"
    return str(value), "string"


def style_to_qml(style: Style, geometry_kind: str, layer_name: str = "", opacity: float = 1.0) -> str:
    """A QGIS ``.qml`` document for ``style``.

    Parameters
    ----------
    style : Style
    geometry_kind : {"point", "line", "polygon", "mixed", "none"}
        Chooses marker, line or fill symbols.
    layer_name : str
        Kept as a custom property (QML has no layer name of its own).
    opacity : float
        The layer's opacity 0..1 (``<layerOpacity>``; the style's own opacity is the symbols' alpha).

    Returns
    -------
    str
        The document, starting with the QGIS DOCTYPE line.
    """
    labels = bool(style.label_field)
    root = ET.Element("qgis", {"version": QGIS_VERSION, "styleCategories": "AllStyleCategories",
                               "labelsEnabled": "1" if labels else "0", "hasScaleBasedVisibilityFlag": "0",
                               "minScale": "0", "maxScale": "0", "readOnly": "0"})
    common = {"symbollevels": "0", "forceraster": "0", "enableorderby": "0", "referencescale": "-1"}
    classes = style.classes if style.kind != "single" else []
    if style.kind == "categorized" and classes:
        renderer = ET.SubElement(root, "renderer-v2", {"type": "categorizedSymbol",
                                                       "attr": style.field or "", **common})
        holder = ET.SubElement(renderer, "categories")
        for i, c in enumerate(classes):
            value, value_type = _category_value(c.value)
            ET.SubElement(holder, "category", value=value, type=value_type, symbol=str(i), label=c.label,
                          render="true")
    elif style.kind == "graduated" and classes:
        renderer = ET.SubElement(root, "renderer-v2", {"type": "graduatedSymbol", "attr": style.field or "",
                                                       "graduatedMethod": "GraduatedColor", **common})
        holder = ET.SubElement(renderer, "ranges")
        for i, c in enumerate(classes):
            ET.SubElement(holder, "range", lower=_num(c.lower), upper=_num(c.upper), symbol=str(i),
                          label=c.label, render="true")
    else:
        renderer = ET.SubElement(root, "renderer-v2", {"type": "singleSymbol", **common})
    symbols = ET.SubElement(renderer, "symbols")
    if classes:
        for i, c in enumerate(classes):
            _symbol(symbols, str(i), geometry_kind, style, c.fill or style.fill, c.stroke or style.stroke, True)
        source = ET.SubElement(renderer, "source-symbol")
        _symbol(source, "0", geometry_kind, style, style.fill, style.stroke, False)
        _colour_ramp(renderer, style.ramp)
        if style.kind == "graduated":
            method = ET.SubElement(renderer, "classificationMethod", id=_METHOD_IDS[style.method])
            ET.SubElement(method, "symmetricMode", enabled="0", symmetrypoint="0", astride="0")
            ET.SubElement(method, "labelFormat", format="%1 - %2", labelprecision="4",
                          trimtrailingzeroes="1")
    else:
        _symbol(symbols, "0", geometry_kind, style, style.fill, style.stroke, False)
    ET.SubElement(renderer, "rotation")
    ET.SubElement(renderer, "sizescale")
    if labels:
        _labeling(root, style, geometry_kind)
    custom = ET.SubElement(root, "customproperties")
    _options(custom, {f"{_PROPERTY}ramp": style.ramp, f"{_PROPERTY}method": style.method,
                      f"{_PROPERTY}k": str(style.k), f"{_PROPERTY}layer_name": layer_name})
    ET.SubElement(root, "blendMode").text = "0"
    ET.SubElement(root, "featureBlendMode").text = "0"
    ET.SubElement(root, "layerOpacity").text = _num(min(max(float(opacity), 0.0), 1.0))
    ET.SubElement(root, "layerGeometryType").text = _GEOMETRY_TYPE.get(geometry_kind, "2")
    ET.indent(root, space="  ")
    return DOCTYPE + "\n" + ET.tostring(root, encoding="unicode") + "\n"


def _labeling(root: ET.Element, style: Style, geometry_kind: str) -> None:
    labeling = ET.SubElement(root, "labeling", type="simple")
    settings = ET.SubElement(labeling, "settings", calloutType="simple")
    text = ET.SubElement(settings, "text-style", {
        "fieldName": style.label_field, "isExpression": "0", "fontSize": _num(style.label_size),
        "fontSizeUnit": "Point", "textColor": _colour(style.label_color), "textOpacity": "1",
        "fontFamily": "Noto Sans CJK SC", "namedStyle": "Regular", "fontWeight": "50", "fontItalic": "0",
        "multilineHeight": "1", "blendMode": "0", "previewBkgrdColor": "255,255,255,255"})
    ET.SubElement(text, "text-buffer", bufferDraw="1", bufferSize="1", bufferSizeUnits="MM",
                  bufferColor="255,255,255,255", bufferOpacity="1", bufferJoinStyle="128",
                  bufferNoFill="1", bufferBlendMode="0")
    ET.SubElement(settings, "text-format", wrapChar="", multilineAlign="3", plussign="0",
                  decimals="3", formatNumbers="0", leftDirectionSymbol="<", rightDirectionSymbol=">",
                  reverseDirectionSymbol="0", placeDirectionSymbol="0", addDirectionSymbol="0")
    ET.SubElement(settings, "placement", placement=_PLACEMENT.get(geometry_kind, "1"), dist="1",
                  distUnits="MM", placementFlags="10", priority="5", offsetType="0")
    ET.SubElement(settings, "rendering", obstacle="1", displayAll="0", upsidedownLabels="0",
                  drawLabels="1", scaleVisibility="0", fontLimitPixelSize="0", labelPerPart="0",
                  mergeLines="0", limitNumLabels="0", maxNumLabels="2000")


# ---------------------------------------------------------------------- reading
def layer_opacity_from_qml(text: str) -> float | None:
    """The ``<layerOpacity>`` of a ``.qml`` document (None when it has none or is not QML)."""
    if "<!ENTITY" in text:
        return None
    try:
        root = ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except ET.ParseError:
        return None
    value = _float(root.findtext("layerOpacity"), float("nan"))
    return None if value != value else min(max(value, 0.0), 1.0)


def _layer_props(symbol: ET.Element) -> tuple[str, dict[str, str]]:
    layer = symbol.find("layer")
    if layer is None:
        return "", {}
    props = {o.get("name"): o.get("value", "") for o in layer.findall("Option/Option") if o.get("name")}
    props.update({p.get("k"): p.get("v", "") for p in layer.findall("prop") if p.get("k")})  # QGIS < 3.16
    return layer.get("class", ""), props


def _float(text: str | None, default: float) -> float:
    try:
        return float(text) if text not in (None, "") else default
    except ValueError:
        return default


def _read_symbol(symbol: ET.Element | None, base: dict, classified: bool) -> dict:
    """Style attributes of a symbol element: fill, stroke, widths, marker, opacity."""
    if symbol is None:
        return {}
    kind, props = _layer_props(symbol)
    out: dict = {"opacity": _float(symbol.get("alpha"), 1.0)}
    if kind == "SimpleLine" or symbol.get("type") == "line":
        colour = _hex(props.get("line_color") or props.get("color"), base.get("stroke", "#1f3f66"))
        out.update(fill=colour, stroke=darker(colour) if classified else colour,
                   stroke_width=_float(props.get("line_width"), 0.5))
    elif kind == "SimpleMarker" or symbol.get("type") == "marker":
        out.update(fill=_hex(props.get("color"), "#3b7dd8"), stroke=_hex(props.get("outline_color"), "#1f3f66"),
                   stroke_width=_float(props.get("outline_width"), 0.5),
                   marker_size=_float(props.get("size"), 2.0), marker_shape=props.get("name") or "circle")
    else:
        out.update(fill=_hex(props.get("color"), "#3b7dd8"), stroke=_hex(props.get("outline_color"), "#1f3f66"),
                   stroke_width=_float(props.get("outline_width"), 0.5))
    return out


def _typed(value: str, value_type: str | None):
    if value_type == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    if value_type == "double":
        return _float(value, float("nan"))
    return value


def style_from_qml(text: str) -> Style:
    """The :class:`Style` a ``.qml`` document describes (best effort).

    Raises
    ------
    ValueError
        When the text is not a QGIS style document (or declares XML entities).
    """
    if "<!ENTITY" in text:
        raise ValueError("QML with XML entity declarations is refused")
    try:
        root = ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except ET.ParseError as exc:
        raise ValueError(f"not a well-formed QML document: {exc}") from exc
    if root.tag != "qgis":
        raise ValueError(f"not a QGIS style document (root element <{root.tag}>)")
    custom = {o.get("name", ""): o.get("value", "") for o in root.findall("customproperties/Option/Option")}
    custom.update({p.get("key", ""): p.get("value", "") for p in root.findall("customproperties/property")})
    options: dict = {}
    renderer = root.find("renderer-v2")
    if renderer is not None:
        options.update(_read_renderer(renderer))
    if _PROPERTY + "ramp" in custom and custom[_PROPERTY + "ramp"]:
        options["ramp"] = custom[_PROPERTY + "ramp"]
    if custom.get(_PROPERTY + "method"):
        options["method"] = custom[_PROPERTY + "method"]
    if custom.get(_PROPERTY + "k", "").isdigit():
        options["k"] = int(custom[_PROPERTY + "k"])
    text_style = root.find("labeling/settings/text-style")
    if text_style is not None and root.get("labelsEnabled", "1") != "0" and text_style.get("fieldName"):
        options.update(label_field=text_style.get("fieldName"),
                       label_size=_float(text_style.get("fontSize"), 9.0),
                       label_color=_hex(text_style.get("textColor"), "#202020"))
    return Style(**options)


def _read_renderer(renderer: ET.Element) -> dict:
    symbols = {s.get("name"): s for s in renderer.findall("symbols/symbol")}
    kind = renderer.get("type", "singleSymbol")
    source = renderer.find("source-symbol/symbol")
    if kind == "singleSymbol" or not symbols:
        return _read_symbol(symbols.get("0") or next(iter(symbols.values()), None), {}, False)
    base = _read_symbol(source if source is not None else next(iter(symbols.values())), {}, False)
    classes = []
    if kind == "categorizedSymbol":
        for cat in renderer.findall("categories/category"):
            look = _read_symbol(symbols.get(cat.get("symbol")), base, True)
            raw = cat.get("value", "")
            value = None if raw == "" else _typed(raw, cat.get("type"))
            classes.append(StyleClass(value, cat.get("label", raw), look.get("fill", base.get("fill")),
                                      look.get("stroke", base.get("stroke"))))
        options = {"kind": "categorized"}
    elif kind == "graduatedSymbol":
        for rng in renderer.findall("ranges/range"):
            look = _read_symbol(symbols.get(rng.get("symbol")), base, True)
            bounds = (_float(rng.get("lower"), 0.0), _float(rng.get("upper"), 0.0))
            classes.append(StyleClass(bounds, rng.get("label", ""), look.get("fill", base.get("fill")),
                                      look.get("stroke", base.get("stroke"))))
        options = {"kind": "graduated", "k": max(len(classes), 1)}
        method = renderer.find("classificationMethod")
        mode = renderer.find("mode")
        if method is not None and method.get("id") in _METHOD_OF_ID:
            options["method"] = _METHOD_OF_ID[method.get("id")]
        elif mode is not None and mode.get("name") in ("quantile", "equal", "jenks"):
            options["method"] = mode.get("name")
    else:
        return base
    first = _read_symbol(next(iter(symbols.values())), base, True)
    base.update({k: first[k] for k in ("opacity", "stroke_width", "marker_size", "marker_shape") if k in first})
    return {**base, **options, "field": renderer.get("attr") or None, "classes": classes}
