"""CRS names in the user's language, with the code beside them (never a bare EPSG code in a list)."""

from __future__ import annotations

import re

from PySide6 import QtCore

from datasources.crs import COMMON_CRS, LONLAT_CHOICES, crs_name

_CONTEXT = "CrsNames"
# Every English name of datasources.crs's lists, marked for translation here (that module has no Qt).
_FIXED = {
    "CGCS2000 (lon/lat)": QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 (lon/lat)"),
    "WGS 84 (lon/lat)": QtCore.QT_TRANSLATE_NOOP("CrsNames", "WGS 84 (lon/lat)"),
    "WGS 84 / Pseudo-Mercator": QtCore.QT_TRANSLATE_NOOP("CrsNames", "WGS 84 / Pseudo-Mercator"),
    "GCJ-02 (AMap, Tencent): converted to CGCS2000":
        QtCore.QT_TRANSLATE_NOOP("CrsNames", "GCJ-02 (AMap, Tencent): converted to CGCS2000"),
    "BD-09 (Baidu): converted to CGCS2000":
        QtCore.QT_TRANSLATE_NOOP("CrsNames", "BD-09 (Baidu): converted to CGCS2000"),
    "China Geodetic Coordinate System 2000": QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 (lon/lat)"),
    "WGS 84": QtCore.QT_TRANSLATE_NOOP("CrsNames", "WGS 84 (lon/lat)"),
}
# PROJ's names of China's Gauss-Kruger zones, as patterns with the number kept.
_PATTERNS = [
    (re.compile(r"^CGCS2000 / 3-degree Gauss-Kruger CM (\d+)E$"),
     QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 / 3-degree Gauss-Kruger CM {n}E")),
    (re.compile(r"^CGCS2000 / 3-degree Gauss-Kruger zone (\d+)$"),
     QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 / 3-degree Gauss-Kruger zone {n}")),
    (re.compile(r"^CGCS2000 / Gauss-Kruger CM (\d+)E$"),
     QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 / 6-degree Gauss-Kruger CM {n}E")),
    (re.compile(r"^CGCS2000 / Gauss-Kruger zone (\d+)$"),
     QtCore.QT_TRANSLATE_NOOP("CrsNames", "CGCS2000 / 6-degree Gauss-Kruger zone {n}")),
    (re.compile(r"^WGS 84 / UTM zone (\d+N)$"),
     QtCore.QT_TRANSLATE_NOOP("CrsNames", "WGS 84 / UTM zone {n}")),
]
_CODE_AT_END = re.compile(r"\(([A-Za-z]+:\d+)\)\s*$")


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate(_CONTEXT, text)


def translated_name(code: str | None) -> str:
    """The name of a CRS in the user's language (PROJ's English name where none is known)."""
    english = crs_name(code)
    if english in _FIXED:
        return _tr(_FIXED[english])
    for pattern, template in _PATTERNS:
        match = pattern.match(english)
        if match:
            return _tr(template).format(n=match.group(1))
    return english


def crs_label(code: str | None) -> str:
    """``"名称 (EPSG:4549)"``: the translated name with its code; the offsets' names alone (they have no
    EPSG code); a CRS written as WKT shows its name only."""
    if not code:
        return ""
    name = translated_name(code)
    if code in dict(LONLAT_CHOICES) and not code.startswith("EPSG:"):
        return name
    if not name:
        return code
    if code.lstrip().upper().startswith(("GEOGCRS", "PROJCRS", "GEOGCS", "PROJCS", "BOUNDCRS", "COMPOUNDCRS")):
        return name
    return f"{name} ({code})"


def project_crs_labels() -> list[str]:
    """The project CRS chooser's items."""
    return [crs_label(code) for code, _ in COMMON_CRS]


def lonlat_choices() -> list[tuple[str, str]]:
    """(code, label) of what lon/lat data may be in, GCJ-02 and BD-09 among them."""
    return [(code, crs_label(code)) for code, _ in LONLAT_CHOICES]


def crs_code(text: str, choices: list[tuple[str, str]] | None = None) -> str:
    """The code behind a label the user chose or typed: a known label's code, ``"EPSG:4549"`` out of
    ``"名称 (EPSG:4549)"``, else the text itself (a typed code, WKT or PROJ string)."""
    text = (text or "").strip()
    for code, label in choices if choices is not None else []:
        if text == label:
            return code
    for code, _ in (*COMMON_CRS, *LONLAT_CHOICES):
        if text == crs_label(code):
            return code
    match = _CODE_AT_END.search(text)
    if match:
        return match.group(1).upper()
    return text
