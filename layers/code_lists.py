"""Code lists and names in both interface languages: what a stored code (``school``, ``high``, ``new``) and a
township layer or field (``villages``, ``name_zh``) are called on screen, in Chinese and in English.

Plain data, no Qt: the window sets the interface language once (:func:`set_language`, done where the Qt
translator is installed) and every view, export and legend asks :func:`label`, :func:`layer_title` or
:func:`field_alias`. A value missing from its list shows as it is stored.
"""

from __future__ import annotations

import math

LANGUAGES = ("zh_CN", "en")
_state = {"language": "en"}


def set_language(language: str) -> str:
    """Use ``language`` (``zh_CN``/``zh``... or anything else for English); returns the one in use."""
    _state["language"] = "zh_CN" if str(language or "").lower().startswith("zh") else "en"
    return _state["language"]


def language() -> str:
    """The interface language: ``zh_CN`` or ``en``."""
    return _state["language"]


def chinese(lang: str | None = None) -> bool:
    return (lang or _state["language"]) == "zh_CN"


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[0] if chinese(lang) else pair[1]


# ---------------------------------------------------------------------------- code lists: value -> (zh, en)
CODE_LISTS: dict[str, dict[str, tuple[str, str]]] = {
    "facility_kind": {
        "government": ("政府机关", "Government office"), "school": ("学校", "School"),
        "clinic": ("卫生院", "Clinic"), "shelter": ("应急避难场所", "Shelter"),
        "tower": ("通信基站", "Telecom tower"), "camera": ("监控摄像头", "Camera"),
        "monitoring": ("监测站", "Monitoring station"), "loudspeaker": ("预警广播", "Warning loudspeaker"),
        "fibre_cabinet": ("光纤交接箱", "Fibre cabinet"),
    },
    "sensor_kind": {
        "air_quality": ("空气质量监测站", "Air quality station"),
        "water_quality": ("水质监测站", "Water quality station"),
        "river_level": ("水位站", "River level gauge"), "rain_gauge": ("雨量站", "Rain gauge"),
    },
    "road_class": {"county": ("县道", "County road"), "township": ("乡道", "Township road"),
                   "village": ("村道", "Village road")},
    "admin_level": {"county": ("县级", "County"), "township": ("乡镇级", "Township"),
                    "village": ("村级", "Village")},
    "risk_level": {"high": ("高风险", "High"), "medium": ("中风险", "Medium"), "low": ("低风险", "Low")},
    "hazard": {"flood": ("洪涝", "Flood"), "landslide": ("滑坡", "Landslide")},
    "river_kind": {"main": ("干流", "Main river"), "tributary": ("支流", "Tributary")},
    "incident_status": {
        "new": ("新报告", "New"), "verified": ("已核实", "Verified"), "assigned": ("已派单", "Assigned"),
        "in_progress": ("处理中", "In progress"), "resolved": ("已解决", "Resolved"),
        "closed": ("已办结", "Closed"), "rejected": ("不予受理", "Rejected"), "duplicate": ("重复", "Duplicate"),
        "withdrawn": ("已撤回", "Withdrawn"),
    },
    "incident_category": {
        "environment": ("环境污染", "Environment"), "street_light": ("路灯故障", "Street light"),
        "road_damage": ("道路损坏", "Road damage"), "flooding": ("积水内涝", "Flooding"),
        "noise": ("噪音扰民", "Noise"), "dispute": ("矛盾纠纷", "Dispute"),
        "water_supply": ("供水问题", "Water supply"), "waste": ("垃圾清运", "Waste"),
    },
    "incident_source": {
        "map": ("地图", "Map"), "form": ("表单", "Form"), "phone": ("电话", "Phone"), "app": ("手机应用", "App"),
        "hotline": ("12345 热线", "Hotline 12345"), "walk_in": ("来访", "Walk-in"), "import": ("导入", "Import"),
        "open311": ("Open311 接口", "Open311"),
    },
    "planned_status": {"proposed": ("建议", "Proposed"), "draft": ("草案", "Draft"), "approved": ("已批准", "Approved"),
                       "built": ("已建成", "Built"), "rejected": ("未通过", "Rejected")},
    "role": {
        "administrator": ("管理员", "Administrator"), "office_staff": ("办公室职员", "Office staff"),
        "planner": ("规划员", "Planner"), "emergency_desk": ("应急值班", "Emergency desk"),
        "viewer": ("只读用户", "Viewer"), "village_officer": ("村干部", "Village officer"),
    },
}

#: which code list a field of a township layer uses: (layer source name, field) -> list
FIELD_CODE_LISTS: dict[tuple[str, str], str] = {
    ("facilities", "kind"): "facility_kind", ("sensors", "kind"): "sensor_kind",
    ("roads", "class"): "road_class", ("hazard_zones", "level"): "risk_level",
    ("hazard_zones", "hazard"): "hazard", ("rivers", "kind"): "river_kind",
    ("incidents", "status"): "incident_status", ("incidents", "category"): "incident_category",
    ("incidents", "source"): "incident_source", ("planned_sites", "status"): "planned_status",
    ("planned_sites", "kind"): "facility_kind",
}
#: the same for a layer not known by name (a file laid out like the township's)
_ANY_LAYER = {"status": "incident_status", "category": "incident_category", "level": "risk_level",
              "hazard": "hazard", "class": "road_class", "role": "role"}
_KIND_LISTS = ("facility_kind", "sensor_kind", "river_kind")


def label(code_list: str, value, lang: str | None = None) -> str:
    """``value`` of ``code_list`` in the interface language (the value itself when not in the list; empty
    for a missing value)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pair = CODE_LISTS.get(code_list, {}).get(str(value))
    return _pick(pair, lang) if pair else str(value)


def code_list_of(layer_name: str | None, field: str) -> str | None:
    """The code list ``field`` of a layer called ``layer_name`` (its source name) draws its values from."""
    found = FIELD_CODE_LISTS.get((str(layer_name or ""), str(field)))
    return found or _ANY_LAYER.get(str(field))


def value_label(layer_name: str | None, field: str, value, lang: str | None = None) -> str:
    """A field's value as the interface shows it: translated when the field uses a code list."""
    code_list = code_list_of(layer_name, field)
    if code_list is not None:
        return label(code_list, value, lang)
    if str(field) == "kind" and value is not None:
        for name in _KIND_LISTS:
            if str(value) in CODE_LISTS[name]:
                return label(name, value, lang)
    return "" if value is None else str(value)


# ---------------------------------------------------------------------------- layer names
LAYER_TITLES: dict[str, tuple[str, str]] = {
    "villages": ("行政村", "Villages"), "facilities": ("设施", "Facilities"), "sensors": ("传感器", "Sensors"),
    "households": ("农户", "Households"), "roads": ("道路", "Roads"), "rivers": ("河流", "Rivers"),
    "hazard_zones": ("灾害风险区", "Hazard zones"), "township_boundary": ("镇界", "Township boundary"),
    "incidents": ("事件", "Incidents"), "planned_sites": ("规划选址", "Planned sites"),
    "sensor_readings": ("传感器读数", "Sensor readings"), "township_info": ("乡镇信息", "Township information"),
    "dem": ("高程 (DEM)", "Elevation (DEM)"), "incident_events": ("事件办理记录", "Incident history"),
    "incident_photos": ("事件照片", "Incident photos"), "users": ("账户", "Accounts"),
}


def layer_title(source_name: str, lang: str | None = None) -> str:
    """What a layer whose source is called ``source_name`` is called on screen (the township's own layers
    in the interface language, any other by its source name)."""
    pair = LAYER_TITLES.get(str(source_name))
    return _pick(pair, lang) if pair else str(source_name)


# ---------------------------------------------------------------------------- field aliases
_FIELDS: dict[str, tuple[str, str]] = {
    "name_zh": ("名称", "Name"), "name_en": ("英文名称", "English name"), "name_pinyin": ("拼音", "Pinyin"),
    "name": ("名称", "Name"), "village_code": ("村代码", "Village code"), "town_code": ("乡镇代码", "Township code"),
    "population": ("人口", "Population"), "households": ("户数", "Households"),
    "area_km2": ("面积 (km²)", "Area (km²)"), "area_m2": ("面积 (m²)", "Area (m²)"),
    "household_id": ("户编号", "Household number"), "persons": ("家庭人口", "Persons"),
    "kind": ("类型", "Kind"), "class": ("等级", "Class"), "length_m": ("长度 (m)", "Length (m)"),
    "capacity": ("容量", "Capacity"), "antenna_height_m": ("天线高度 (m)", "Antenna height (m)"),
    "sensor_id": ("站点编号", "Station number"), "sensor_code": ("站点编号", "Station number"),
    "parameters": ("监测项目", "Parameters"), "units": ("单位", "Units"),
    "elevation_m": ("高程 (m)", "Elevation (m)"), "gauge_datum_m": ("水尺零点 (m)", "Gauge datum (m)"),
    "hazard": ("灾害类型", "Hazard"), "level": ("风险等级", "Risk level"), "source": ("来源", "Source"),
    "case_number": ("案件编号", "Case number"), "category": ("类别", "Category"), "status": ("状态", "Status"),
    "title": ("标题", "Title"), "description": ("描述", "Description"), "reported_at": ("报告时间", "Reported"),
    "updated_at": ("更新时间", "Updated"), "updated_by": ("更新人", "Updated by"),
    "closed_at": ("办结时间", "Closed"), "due_at": ("办理期限", "Due"), "assignee": ("承办人", "Assignee"),
    "address": ("地址", "Address"), "duplicate_of": ("重复于", "Duplicate of"),
    "reporter_name": ("报告人", "Reporter"), "reporter_phone": ("报告人电话", "Reporter's phone"),
    "reporter_id_number": ("报告人身份证号", "Reporter's ID number"), "version": ("版本", "Version"),
    "height_m": ("高度 (m)", "Height (m)"), "id": ("编号", "ID"), "time": ("时间", "Time"),
    "parameter": ("监测项目", "Parameter"), "value": ("数值", "Value"), "key": ("项", "Key"),
    "_problem": ("问题", "Problem"),
}
#: where a township layer names a field differently from the others
_LAYER_FIELDS: dict[tuple[str, str], tuple[str, str]] = {
    ("hazard_zones", "source"): ("划定依据", "Basis"),
    ("roads", "class"): ("道路等级", "Road class"),
    ("facilities", "kind"): ("设施类型", "Facility kind"), ("sensors", "kind"): ("站点类型", "Station kind"),
    ("rivers", "kind"): ("河流类型", "River kind"),
}


def field_alias(layer_name: str | None, field: str, lang: str | None = None) -> str:
    """What a field is called on screen (``name_zh`` -> 名称 / Name); unknown fields keep their name."""
    pair = _LAYER_FIELDS.get((str(layer_name or ""), str(field))) or _FIELDS.get(str(field))
    return _pick(pair, lang) if pair else str(field)


def header_labels(columns, layer_name: str | None = None, lang: str | None = None) -> dict[str, str]:
    """``{column: header}`` for an export or a table in the interface language."""
    return {str(c): field_alias(layer_name, c, lang) for c in columns}


#: spreadsheet columns whose header differs from the field's alias (a code beside its name, coordinates)
_EXPORT_HEADERS: dict[str, tuple[str, str]] = {
    "category": ("类别代码", "Category code"), "category_zh": ("类别", "Category"),
    "status": ("状态代码", "Status code"), "status_zh": ("状态", "Status"),
    "lon": ("经度 (WGS 84)", "Longitude (WGS 84)"), "lat": ("纬度 (WGS 84)", "Latitude (WGS 84)"),
    "x": ("X 坐标 (m)", "X (m)"), "y": ("Y 坐标 (m)", "Y (m)"), "source": ("来源", "Source"),
    "reporter_phone": ("联系电话", "Reporter's phone"), "reporter_id_number": ("身份证号", "Reporter's ID number"),
}


def export_headers(columns, layer_name: str | None = None, lang: str | None = None) -> dict[str, str]:
    """``{column: header}`` for a spreadsheet a person reads, in the interface language (headers the
    incident import recognises again: 类别, 状态, 经度, 纬度, 联系电话 ...)."""
    out = {}
    for column in columns:
        pair = _EXPORT_HEADERS.get(str(column))
        out[str(column)] = _pick(pair, lang) if pair else field_alias(layer_name, column, lang)
    return out


def incident_code_names(lang: str | None = None):
    """The incident categories' and statuses' names in the interface language, for the readers and
    writers of report files (:class:`datasources.incident_vocabulary.CodeNames`)."""
    from datasources.incident_vocabulary import CodeNames

    return CodeNames({k: _pick(v, lang) for k, v in CODE_LISTS["incident_category"].items()},
                     {k: _pick(v, lang) for k, v in CODE_LISTS["incident_status"].items()},
                     "Chinese" if chinese(lang) else "English")
