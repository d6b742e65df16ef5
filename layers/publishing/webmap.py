"""The disclosure web map: chosen layers and fields of a township as a folium page that works offline.

:func:`prepare` checks the choice (personal data refused, see :mod:`layers.publishing.personal`) and turns
each layer into what the page draws: polygons and lines simplified for the web (in metres, before going to
longitude/latitude) and rounded to about a metre, points as one flat array (clustered when few, drawn on a
canvas when many), every text HTML-escaped. :func:`publish` writes the page with Leaflet beside it (set as
the map's ``default_js``/``default_css``, never a CDN) and, when the project has one, its MBTiles basemap as
tiles; it returns the manifest a publication records.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import folium
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template

from datasources.feedback import Feedback
from datasources.webmap_files import LIB, content_hash, replace_dir, write_library, write_tiles
from layers.publishing import catalog
from layers.publishing.errors import ChoiceGone, PublishRefused, folder_refusal
from layers.publishing.page_script import PAGE_CSS, PAGE_SCRIPT
from layers.publishing.personal import Refusal, refusals

WEB_CRS = "EPSG:4326"
CANVAS_ABOVE = 1000
"""Point layers with more features than this are drawn on a canvas instead of clustered."""
SIMPLIFY_M = {"polygon": 10.0, "line": 5.0}
"""Simplification tolerance in metres (about two pixels at zoom 15; raster-traced hazard zones lose their
10 m stair steps)."""
GRID = 1e-5
"""Coordinates are rounded to this many degrees (about a metre)."""
LABEL_FIELDS = ("name_zh", "village", "name")
SEARCH_LAYERS = ("villages", "incident_stats")
WORDS = {"search": "按村名搜索", "print": "打印地图", "legend": "图例", "published": "发布日期",
         "source": "数据来源"}


@dataclass
class WebLayer:
    """One layer as the page draws it (all texts escaped)."""

    name: str
    title: str
    kind: str
    fields: list[str]
    count: int
    payload: dict = field(default_factory=dict)
    legend: list[tuple[str, str, str]] = field(default_factory=list)  # (label, colour, shape)


def esc(value) -> str:
    """HTML-escaped text of a value (quotes too, and braces: branca compiles what a map element renders as
    a Jinja template once more, so ``{{ ... }}`` in a village's name would run on the publishing machine)."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("{", "&#123;").replace("}", "&#125;")


def js_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def check(source: catalog.LayerSource, choice: dict[str, list[str] | None]) -> list[Refusal]:
    """Everything in ``choice`` (layer -> fields, None for the default fields) that may not be published."""
    found = []
    for name, fields in choice.items():
        if name in catalog.NEVER:
            found.append(Refusal(name, "*", "never", reason=catalog.NEVER[name]))
            continue
        frame = catalog.layer_frame(name, source)
        chosen = fields if fields is not None else catalog.default_fields(
            name, [c for c in frame.columns if c != frame.geometry.name])
        found += refusals(name, frame, chosen)
    return found


def prepare(source: catalog.LayerSource, choice: dict[str, list[str] | None],
            feedback: Feedback | None = None) -> list[WebLayer]:
    """The layers of ``choice`` ready for the page; raises :class:`PublishRefused` naming every refused
    layer and field, or :class:`ChoiceGone` for a layer or field the source does not have."""
    feedback = Feedback.of(feedback)
    unknown = [n for n in choice if n not in catalog.NEVER and not source.has(n) and n not in catalog.DERIVED]
    if unknown:
        raise ChoiceGone(unknown[0])
    refused = check(source, choice)
    if refused:
        raise PublishRefused(refused)
    out = []
    for n, (name, fields) in enumerate(choice.items()):
        feedback.check()
        feedback.progress(0.1 + 0.6 * n / max(1, len(choice)), catalog.title_of(name))
        frame = catalog.layer_frame(name, source)
        columns = [c for c in frame.columns if c != frame.geometry.name]
        chosen = fields if fields is not None else catalog.default_fields(name, columns)
        missing = [f for f in chosen if f not in columns]
        if missing:
            raise ChoiceGone(name, missing[0])
        out.append(web_layer(name, frame, chosen, n))
    return out


def web_layer(name: str, frame, fields: list[str], index: int = 0) -> WebLayer:
    """One layer's page data: geometry for the web, escaped labels and values, colours and legend."""
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)]
    kind = catalog.geometry_kind(frame)
    if kind in SIMPLIFY_M and frame.crs is not None and frame.crs.is_projected:
        frame = frame.set_geometry(frame.geometry.simplify(SIMPLIFY_M[kind], preserve_topology=True))
    geoms = frame.geometry.to_crs(WEB_CRS) if frame.crs is not None else frame.geometry
    colour = catalog.colour_of(name, index)
    rows = [[esc(catalog.code_label(f, v)) for f, v in zip(fields, values, strict=True)]
            for values in frame[fields].itertuples(index=False, name=None)] if fields else [[]] * len(frame)
    payload = {"name": esc(name), "title": esc(catalog.title_of(name)), "kind": kind, "colour": colour,
               "labels": [esc(catalog.label_of(f)) for f in fields], "rows": rows, "visible": True,
               "label": -1, "outline": name == "township_boundary"}
    legend = [(catalog.title_of(name), colour, "dot" if kind == "point" else "box")]
    fills = _fills(name, frame)
    if fills is not None:
        payload["fills"], legend = fills
    if kind == "point":
        xy = np.round(shapely.get_coordinates(geoms.array)[:, ::-1], 5)
        payload["points"] = xy.ravel().tolist()
        payload["mode"] = "canvas" if len(frame) > CANVAS_ABOVE else "cluster"
        payload["visible"] = len(frame) <= CANVAS_ABOVE * 50
    else:
        precise = shapely.set_precision(geoms.array, GRID, mode="pointwise")  # invalid ones too
        payload["geoms"] = [json.loads(g) for g in shapely.to_geojson(precise)]
        for label in LABEL_FIELDS:
            if label in fields and kind == "polygon" and name in ("villages", "incident_stats"):
                payload["label"] = fields.index(label)
                break
        payload["visible"] = name != "incident_stats"
    return WebLayer(name, catalog.title_of(name), kind, list(fields), len(frame), payload, legend)


def _fills(name: str, frame):
    """Per-feature colours and legend rows of layers coloured by a value (hazard level, AQI level)."""
    if name == "hazard_zones" and "level" in frame.columns:
        levels = frame["level"].astype(str)
        fills = [catalog.HAZARD_COLOURS.get(v, "#cccccc") for v in levels]
        legend = [(f"{catalog.title_of(name)}：{catalog.VALUE_LABELS['level'][k]}风险", c, "box")
                  for k, c in catalog.HAZARD_COLOURS.items() if k in set(levels)]
        return fills, legend
    if name == "environment_today" and "aqi_level" in frame.columns:
        from layers.emergency.air_quality import CHINA_LEVELS

        colours = {lv.zh: lv.colour for lv in CHINA_LEVELS}
        fills = [colours.get(str(v), "#1f78b4") for v in frame["aqi_level"]]
        legend = [(f"空气质量：{lv.zh}", lv.colour, "dot") for lv in CHINA_LEVELS
                  if lv.zh in set(frame["aqi_level"].astype(str))] + [("水质监测站", "#1f78b4", "dot")]
        return fills, legend
    return None


def legend_html(layers: list[WebLayer]) -> str:
    rows = [f"<h4>{esc(WORDS['legend'])}</h4>"]
    for layer in layers:
        for label, colour, shape in layer.legend:
            css = "tc-swatch tc-dot" if shape == "dot" else "tc-swatch"
            rows.append(f'<div><span class="{css}" style="background:{esc(colour)}"></span>{esc(label)}</div>')
    return "".join(rows)


def bounds_of(layers: list[WebLayer]) -> list[list[float]]:
    lows, highs = [], []
    for layer in layers:
        if "points" in layer.payload and layer.payload["points"]:
            xy = np.asarray(layer.payload["points"]).reshape(-1, 2)
            lows.append(xy.min(axis=0))
            highs.append(xy.max(axis=0))
        for g in layer.payload.get("geoms", []):
            xy = shapely.get_coordinates(shapely.from_geojson(json.dumps(g)))[:, ::-1]
            if len(xy):
                lows.append(xy.min(axis=0))
                highs.append(xy.max(axis=0))
    if not lows:
        return [[-90.0, -180.0], [90.0, 180.0]]
    return [np.min(lows, axis=0).tolist(), np.max(highs, axis=0).tolist()]


class _PageScript(MacroElement):
    """The page's style and the script that draws it (no data in them: see :class:`_Verbatim`)."""

    _template = Template("""
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}{{ this.script }}{% endmacro %}
    """)

    def __init__(self, map_name: str) -> None:
        super().__init__()
        self._name = "TownshipPage"
        self.css = PAGE_CSS
        self.script = PAGE_SCRIPT % {"map": map_name}


class _Verbatim(Element):
    """Text put into the page as it is: a substituted variable, never compiled as a template (what a
    MacroElement renders is compiled once more, so a village named ``{{ ... }}`` would run there)."""

    def __init__(self, text: str) -> None:
        super().__init__("{{ this.text }}")
        self.text = text


def build_map(layers: list[WebLayer], title: str, basemap: dict | None = None,
              published: datetime | None = None, organisation: str = "") -> folium.Map:
    """The folium map of the page (Leaflet and the cluster plugin from ``lib/`` beside it)."""
    published = published or datetime.now().astimezone()
    page = folium.Map(location=[0, 0], zoom_start=13, tiles=None, max_zoom=19, min_zoom=3, control_scale=True, prefer_canvas=True,
                      attribution_control=bool(basemap))
    page.default_js = [("leaflet", f"{LIB}/leaflet.js"), ("markercluster", f"{LIB}/leaflet.markercluster.js")]
    page.default_css = [("leaflet_css", f"{LIB}/leaflet.css"), ("markercluster_css", f"{LIB}/MarkerCluster.css"),
                        ("markercluster_default_css", f"{LIB}/MarkerCluster.Default.css")]
    order = {"polygon": 0, "mixed": 1, "line": 2, "point": 3}
    layers = sorted(layers, key=lambda layer: order.get(layer.kind, 1))
    search = []
    for li, layer in enumerate(layers):
        if layer.name in SEARCH_LAYERS and layer.payload["label"] >= 0:
            search += [[row[layer.payload["label"]], li, i] for i, row in enumerate(layer.payload["rows"])]
        if search:
            break
    data = {"layers": [layer.payload for layer in layers], "legend": legend_html(layers), "search": search,
            "bounds": bounds_of(layers), "words": {k: esc(v) for k, v in WORDS.items()},
            "basemap": ({**basemap, "attribution": esc(basemap.get("attribution", ""))} if basemap else None)}
    meta = f"{esc(WORDS['published'])}：{esc(published.strftime('%Y-%m-%d %H:%M'))}"
    if organisation:
        meta += f"　{esc(WORDS['source'])}：{esc(organisation)}"
    bar = f'<h1>{esc(title)}</h1><div class="tc-meta">{meta}</div>'
    root = page.get_root()
    root.header.add_child(Element('<meta charset="utf-8">'), name="charset")
    root.title = esc(title)
    root.html.add_child(_Verbatim(f'<div class="tc-title">{bar}</div>\n<script type="application/json" '
                                  f'id="tc-data">{js_json(data)}</script>'), name="township_data")
    page.add_child(_PageScript(page.get_name()))
    return page


@dataclass
class Published:
    """What a publication put out: the folder, the page, its layers and fields, counts and content hash."""

    out: Path
    page: Path
    layers: dict[str, dict]
    content_hash: str
    size: int

    def manifest(self) -> dict:
        return {"layers": self.layers, "content_hash": self.content_hash, "size": self.size}


def publish(source: catalog.LayerSource, choice: dict[str, list[str] | None], out: Path, title: str,
            feedback: Feedback | None = None, organisation: str = "") -> Published:
    """Write the disclosure map of ``choice`` to the folder ``out`` (replaced whole when it exists)."""
    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "checking")
    out = Path(out)
    refused = folder_refusal(out)
    if refused is not None:
        raise refused
    layers = prepare(source, choice, feedback)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".publish-", dir=out.parent))
    try:
        basemap = None
        if source.basemap:
            feedback.progress(0.7, "basemap")
            basemap = write_tiles(source.basemap, staging, feedback)
        feedback.check()
        write_library(staging)
        page = build_map(layers, title, basemap, organisation=organisation)
        page.save(str(staging / "index.html"))
        feedback.check()
        digest = content_hash(staging)
        size = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file())
        replace_dir(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    feedback.progress(1.0, "")
    manifest = {layer.name: {"title": layer.title, "fields": layer.fields, "features": layer.count}
                for layer in layers}
    return Published(out, out / "index.html", manifest, digest, size)


__all__ = ["Published", "WebLayer", "build_map", "check", "esc", "js_json", "legend_html", "prepare",
           "publish", "web_layer"]
