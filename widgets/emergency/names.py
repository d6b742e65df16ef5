"""The emergency desk's words for codes: sensor kinds, parameters, classes in the legend (translated)."""

from __future__ import annotations

from PySide6 import QtCore

_CTX = "EmergencyNames"


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate(_CTX, text)


KIND_LABELS = {
    "air_quality": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Air quality station"),
    "water_quality": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Water quality station"),
    "river_level": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "River level gauge"),
    "rain_gauge": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Rain gauge"),
}
PARAMETER_LABELS = {
    "level": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "River level (m)"),
    "rain": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Rain (mm/h)"),
    "turbidity": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Turbidity (NTU)"),
    "replay": QtCore.QT_TRANSLATE_NOOP("EmergencyNames", "Replay of stored readings"),
}


def kind_label(kind: str) -> str:
    """A sensor kind in the interface language (an unknown kind as it is)."""
    text = KIND_LABELS.get(kind)
    return _t(text) if text else str(kind)


def parameter_label(parameter: str) -> str:
    """A parameter as shown on the chart: chemical names stay as they are (PM2.5, NH3-N)."""
    text = PARAMETER_LABELS.get(parameter)
    return _t(text) if text else str(parameter)


def source_label(kind: str, source: str) -> str:
    """A feed source as shown: a replay by its kind, a broker or folder by its address."""
    return _t(PARAMETER_LABELS["replay"]) if kind == "replay" else str(source)


def legend_labels() -> dict:
    """The texts of the sensor legend, in the interface language."""
    t = QtCore.QCoreApplication
    return {
        "aqi": t.translate("EmergencyNames", "AQI level {level}"),
        "water": t.translate("EmergencyNames", "Water class {name}"),
        "water_classes": [t.translate("EmergencyNames", "I"), t.translate("EmergencyNames", "II"),
                          t.translate("EmergencyNames", "III"), t.translate("EmergencyNames", "IV"),
                          t.translate("EmergencyNames", "V"), t.translate("EmergencyNames", "worse than V")],
        "river": [t.translate("EmergencyNames", "River normal"),
                  t.translate("EmergencyNames", "Above the warning level"),
                  t.translate("EmergencyNames", "Above the danger level")],
        "rain": [t.translate("EmergencyNames", "No rain"), t.translate("EmergencyNames", "Light rain"),
                 t.translate("EmergencyNames", "Moderate rain"), t.translate("EmergencyNames", "Heavy rain"),
                 t.translate("EmergencyNames", "Rainstorm")],
        "stale": t.translate("EmergencyNames", "Silent longer than its interval"),
    }
