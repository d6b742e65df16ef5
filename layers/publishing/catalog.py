"""What may be published and how it reads in Chinese: the publishable layers of a township, their public
fields, titles, field labels, code names and colours, and the layers made for residents from others
(incident statistics per village, hazard zones with their nearest shelter, approved planned sites, today's
air and water indices).

A :class:`LayerSource` hands out the township's tables as GeoDataFrames by name (the project's layers, the
store's kinds); :func:`available` lists what can be published from it and :func:`default_fields` the
fields offered by default. Single incident reports are never a layer here: only their statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.publishing.personal import NEVER_REASONS

#: Chinese titles of the layers residents see (any other layer keeps its own name)
TITLES = {
    "township_boundary": "镇界", "villages": "行政村", "facilities": "公共设施", "hazard_zones": "灾害隐患区",
    "incident_stats": "事件统计（按村）", "planned_sites": "规划站点（已批准）",
    "environment_today": "今日空气与水质", "households": "住户分布", "roads": "道路", "rivers": "河流", "sensors": "监测站点",
    "incidents": "事件（单条记录）", "sensor_readings": "监测读数",
}
#: layers made from others: name -> the layers they need
DERIVED = {"incident_stats": ("villages", "incidents"), "environment_today": ("sensors", "sensor_readings")}
#: tables that are never published as they are
NEVER = NEVER_REASONS  # layers never published, and why
FIELD_LABELS = {
    "village_code": "村代码", "name_zh": "名称", "name_pinyin": "拼音", "name_en": "英文名", "name": "名称",
    "population": "人口", "households": "户数", "area_km2": "面积（平方千米）", "kind": "类别",
    "capacity": "容量", "hazard": "灾害类型", "level": "风险等级", "source": "来源", "area_m2": "面积（平方米）",
    "persons": "人数", "class": "等级", "length_m": "长度（米）", "height_m": "高度（米）", "status": "状态",
    "shelter": "就近避难场所", "shelter_distance_m": "距离（米）", "evacuation": "疏散提示",
    "village": "村", "reports": "事件总数", "closed": "已办结", "open": "办理中", "closed_share": "办结率",
    "categories": "主要类别", "aqi": "空气质量指数", "aqi_level": "空气质量", "water_class": "水质类别",
    "reading_day": "日期", "town_code": "镇代码", "antenna_height_m": "天线高度（米）",
    "sensor_code": "站点编号", "sensor_id": "站点编号", "parameters": "监测项目", "units": "单位",
    "elevation_m": "高程（米）", "gauge_datum_m": "水尺零点（米）", "household_id": "户编号", "title": "标题",
    "description": "描述", "category": "类别", "address": "地址",
}
VALUE_LABELS = {
    "kind": {"shelter": "避难场所", "clinic": "卫生室", "school": "学校", "government": "政府机关",
             "camera": "监控点", "tower": "通信塔", "air": "空气监测站", "water": "水质监测站",
             "rain": "雨量站", "river": "水位站"},
    "hazard": {"flood": "洪涝", "landslide": "滑坡"},
    "level": {"low": "低", "medium": "中", "high": "高"},
    "status": {"approved": "已批准", "draft": "草案"},
}
CATEGORY_ZH = {"environment": "环境", "street_light": "路灯", "road_damage": "道路损坏", "flooding": "积水内涝",
               "noise": "噪声", "dispute": "纠纷", "water_supply": "供水", "waste": "垃圾"}
INTERNAL_FIELDS = {"id", "fid", "version", "updated_at", "updated_by", "geom", "geometry", "_problem",
                   "household_id", "antenna_height_m", "source_number", "case_number"}
COLOURS = {"township_boundary": "#444444", "villages": "#3b7dd8", "facilities": "#1b9e77",
           "hazard_zones": "#d95f02", "incident_stats": "#7570b3", "planned_sites": "#e7298a",
           "environment_today": "#66a61e", "households": "#8c6d31", "roads": "#777777", "rivers": "#1f78b4"}
HAZARD_COLOURS = {"high": "#d7191c", "medium": "#fdae61", "low": "#ffd966"}
_OTHER_COLOURS = ("#a6761d", "#e6ab02", "#17becf", "#bcbd22", "#9467bd")


class LayerSource:
    """The township's tables by name: ``tables`` maps a name to a GeoDataFrame (or a callable giving one,
    read when first asked); ``basemap`` is an MBTiles path or None."""

    def __init__(self, tables: dict[str, object], basemap=None, title: str = "") -> None:
        self._tables = dict(tables)
        self._made: dict[str, object] = {}
        self.basemap = basemap
        self.title = title

    def names(self) -> list[str]:
        return list(self._tables)

    def has(self, name: str) -> bool:
        return name in self._tables

    def remember(self, key: str, make: Callable):
        """What ``make()`` gives, made once (layers made from others, read again at each check)."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def read(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame:
        value = self._tables[name]
        if callable(value):
            value = self._tables[name] = value()
        return value


@dataclass
class LayerSpec:
    """A layer as it is offered for publishing: its name, title, geometry kind and fields."""

    name: str
    title: str
    geometry: str
    fields: list[str]
    defaults: list[str] = field(default_factory=list)
    refused_reason: str | None = None


def title_of(name: str) -> str:
    return TITLES.get(name, name)


def label_of(field_name: str) -> str:
    return FIELD_LABELS.get(field_name, field_name)


def colour_of(name: str, index: int = 0) -> str:
    return COLOURS.get(name, _OTHER_COLOURS[index % len(_OTHER_COLOURS)])


def geometry_kind(frame) -> str:
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.isna().all():
        return "none"
    kinds = set(frame.geom_type.dropna().str.replace("Multi", ""))
    if kinds <= {"Point"}:
        return "point"
    if kinds <= {"LineString", "LinearRing"}:
        return "line"
    if kinds <= {"Polygon"}:
        return "polygon"
    return "mixed"


def available(source: LayerSource) -> list[LayerSpec]:
    """The layers that can be published from ``source`` (tables never published come with their reason)."""
    specs = []
    for name in source.names():
        if name in NEVER:
            specs.append(LayerSpec(name, title_of(name), "", [], refused_reason=NEVER[name]))
            continue
        frame = layer_frame(name, source)
        kind = geometry_kind(frame)
        if kind == "none":
            continue
        fields = [c for c in frame.columns if c != frame.geometry.name]
        specs.append(LayerSpec(name, title_of(name), kind, fields, default_fields(name, fields)))
    for name, needs in DERIVED.items():
        if all(source.has(n) for n in needs):
            frame = derive(name, source)
            if frame is not None and len(frame):
                fields = [c for c in frame.columns if c != frame.geometry.name]
                specs.append(LayerSpec(name, title_of(name), geometry_kind(frame), fields, fields))
    return specs


def default_fields(name: str, fields) -> list[str]:
    """The fields offered by default: not internal, not encrypted."""
    return [f for f in fields if f not in INTERNAL_FIELDS and not str(f).endswith("_enc")]


def layer_frame(name: str, source: LayerSource) -> gpd.GeoDataFrame:
    """The table of layer ``name`` as residents get it (derived layers made, hazard zones with their
    shelters, only approved planned sites)."""
    return source.remember(name, lambda: _layer_frame(name, source))


def _layer_frame(name: str, source: LayerSource) -> gpd.GeoDataFrame:
    if name in NEVER:
        raise KeyError(name)
    if name in DERIVED:
        frame = derive(name, source)
        if frame is None:
            raise KeyError(name)
        return frame
    frame = source.read(name)
    if name == "hazard_zones" and source.has("facilities"):
        frame = with_shelters(frame, source.read("facilities"))
    if name == "planned_sites" and "status" in frame.columns:
        frame = frame[frame["status"].astype(str).isin(["approved", "已批准"])]
    return frame


def derive(name: str, source: LayerSource) -> gpd.GeoDataFrame | None:
    return source.remember("derived:" + name, lambda: _derive(name, source))


def _derive(name: str, source: LayerSource) -> gpd.GeoDataFrame | None:
    makers: dict[str, Callable] = {"incident_stats": _incident_stats, "environment_today": _environment}
    return makers[name](source)


def _incident_stats(source: LayerSource) -> gpd.GeoDataFrame:
    from datasources.incident_vocabulary import FINAL_STATUSES

    villages = source.read("villages")
    incidents = pd.DataFrame(source.read("incidents"))
    name_field = "name_zh" if "name_zh" in villages.columns else "village_code"
    out = villages[["village_code", name_field, villages.geometry.name]].copy()
    out = out.rename(columns={name_field: "village"}) if name_field != "village_code" else out.assign(
        village=out["village_code"])
    groups = incidents.groupby(incidents["village_code"].astype(str))
    totals = groups.size()
    closed = groups["status"].apply(lambda s: int(s.isin(FINAL_STATUSES).sum()))
    codes = out["village_code"].astype(str)
    out["reports"] = codes.map(totals).fillna(0).astype(int)
    out["closed"] = codes.map(closed).fillna(0).astype(int)
    out["open"] = out["reports"] - out["closed"]
    share = np.where(out["reports"] > 0, out["closed"] / out["reports"].where(out["reports"] > 0, 1), np.nan)
    out["closed_share"] = [f"{s:.0%}" if np.isfinite(s) else "—" for s in share]
    tops = groups["category"].apply(lambda s: "、".join(
        f"{CATEGORY_ZH.get(c, c)} {n}" for c, n in s.value_counts().head(3).items()))
    out["categories"] = codes.map(tops).fillna("")
    return out[["village_code", "village", "reports", "closed", "open", "closed_share", "categories",
                out.geometry.name]].reset_index(drop=True)


def with_shelters(zones: gpd.GeoDataFrame, facilities: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Hazard zones with the nearest shelter's name and distance (metres) and an evacuation sentence."""
    shelters = facilities[facilities.get("kind", pd.Series(index=facilities.index, dtype=object)) == "shelter"]
    zones = zones.copy()
    if shelters.empty or zones.crs is None or not zones.crs.is_projected:
        return zones
    shelters = shelters.to_crs(zones.crs)
    name_field = "name_zh" if "name_zh" in shelters.columns else shelters.columns[0]
    tree = shelters.sindex
    idx_zone, idx_shelter = tree.nearest(zones.geometry, return_all=False)
    nearest = pd.Series(idx_shelter, index=zones.index[idx_zone])
    names = shelters[name_field].to_numpy()[nearest.to_numpy()]
    distance = zones.geometry.distance(shelters.geometry.iloc[nearest.to_numpy()].set_axis(nearest.index))
    zones["shelter"] = pd.Series(names, index=nearest.index)
    zones["shelter_distance_m"] = distance.round(-1).astype(int)
    zones["evacuation"] = [f"险情发生时请撤离至{n}（约{d}米）" for n, d in zip(zones["shelter"],
                                                                    zones["shelter_distance_m"], strict=True)]
    return zones


def _environment(source: LayerSource) -> gpd.GeoDataFrame | None:
    from layers.publishing.environment import today_indices

    return today_indices(source.read("sensors"), source.read("sensor_readings"))


def code_label(field_name: str, value) -> str:
    """A value as residents read it (codes named in Chinese)."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    if field_name in ("category",):
        return CATEGORY_ZH.get(str(value), str(value))
    names = VALUE_LABELS.get(field_name)
    if names is not None:
        return names.get(str(value), str(value))
    if isinstance(value, float):
        return f"{value:.6g}" if not value.is_integer() else str(int(value))
    if isinstance(value, np.floating):
        return code_label(field_name, float(value))
    return str(value)


__all__ = ["DERIVED", "NEVER", "LayerSource", "LayerSpec", "available", "code_label", "colour_of",
           "default_fields", "geometry_kind", "label_of", "layer_frame", "title_of", "with_shelters"]
