"""What the standard's checks, severities and types are called on screen."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "StandardReport"
CHECKS = {
    "missing_field": QT_TRANSLATE_NOOP("StandardReport", "Required field missing"),
    "missing_optional_field": QT_TRANSLATE_NOOP("StandardReport", "Optional field absent"),
    "extra_field": QT_TRANSLATE_NOOP("StandardReport", "Field not in the standard"),
    "personal_field": QT_TRANSLATE_NOOP("StandardReport", "Personal data field"),
    "field_type": QT_TRANSLATE_NOOP("StandardReport", "Field of another type"),
    "encoding_guessed": QT_TRANSLATE_NOOP("StandardReport", "Encoding assumed"),
    "reader_note": QT_TRANSLATE_NOOP("StandardReport", "Note from reading"),
    "features_dropped": QT_TRANSLATE_NOOP("StandardReport", "Features skipped"),
    "empty_layer": QT_TRANSLATE_NOOP("StandardReport", "Empty layer"),
    "crs_missing": QT_TRANSLATE_NOOP("StandardReport", "No coordinate system"),
    "crs_assumed": QT_TRANSLATE_NOOP("StandardReport", "Coordinate system assumed"),
    "crs_not_standard": QT_TRANSLATE_NOOP("StandardReport", "Coordinate system not in the standard"),
    "required_value": QT_TRANSLATE_NOOP("StandardReport", "Required value empty"),
    "wrong_type": QT_TRANSLATE_NOOP("StandardReport", "Wrong type"),
    "out_of_range": QT_TRANSLATE_NOOP("StandardReport", "Out of range"),
    "code_not_allowed": QT_TRANSLATE_NOOP("StandardReport", "Code not allowed"),
    "bad_format": QT_TRANSLATE_NOOP("StandardReport", "Wrong form"),
    "duplicate": QT_TRANSLATE_NOOP("StandardReport", "Duplicate value"),
    "geometry_missing": QT_TRANSLATE_NOOP("StandardReport", "No geometry column"),
    "geometry_null": QT_TRANSLATE_NOOP("StandardReport", "No geometry"),
    "geometry_empty": QT_TRANSLATE_NOOP("StandardReport", "Empty geometry"),
    "geometry_invalid": QT_TRANSLATE_NOOP("StandardReport", "Invalid geometry"),
    "geometry_type": QT_TRANSLATE_NOOP("StandardReport", "Wrong geometry type"),
    "outside_china": QT_TRANSLATE_NOOP("StandardReport", "Outside China"),
    "outside_township": QT_TRANSLATE_NOOP("StandardReport", "Outside the township"),
}
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("StandardReport", "Error"),
    "warning": QT_TRANSLATE_NOOP("StandardReport", "Warning"),
    "info": QT_TRANSLATE_NOOP("StandardReport", "Note"),
}
TYPES = {
    "string": QT_TRANSLATE_NOOP("StandardReport", "text"),
    "integer": QT_TRANSLATE_NOOP("StandardReport", "whole number"),
    "number": QT_TRANSLATE_NOOP("StandardReport", "number"),
    "datetime": QT_TRANSLATE_NOOP("StandardReport", "date and time"),
    "boolean": QT_TRANSLATE_NOOP("StandardReport", "yes/no"),
}

GEOMETRIES = {
    "Point": QT_TRANSLATE_NOOP("StandardReport", "point"),
    "Polygon": QT_TRANSLATE_NOOP("StandardReport", "polygon"),
    "MultiPolygon": QT_TRANSLATE_NOOP("StandardReport", "multi-polygon"),
}
UNITS = {
    "persons": QT_TRANSLATE_NOOP("StandardReport", "persons"),
    "households": QT_TRANSLATE_NOOP("StandardReport", "households"),
    "m": QT_TRANSLATE_NOOP("StandardReport", "m"),
}


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


def check_label(check: str) -> str:
    return tr(CHECKS[check]) if check in CHECKS else check


def severity_label(severity: str) -> str:
    return tr(SEVERITIES[severity]) if severity in SEVERITIES else severity


def type_label(kind: str) -> str:
    return tr(TYPES[kind]) if kind in TYPES else kind


def geometry_label(name: str) -> str:
    return tr(GEOMETRIES[name]) if name in GEOMETRIES else name


def unit_label(unit: str | None) -> str:
    return "" if not unit else tr(UNITS[unit]) if unit in UNITS else unit


def chinese() -> bool:
    from layers.code_lists import chinese as is_chinese

    return is_chinese()
