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
}


def kind_label(kind: str) -> str:
    """A sensor kind in the interface language (an unknown kind as it is)."""
    text = KIND_LABELS.get(kind)
    return _t(text) if text else str(kind)


def parameter_label(parameter: str) -> str:
    """A parameter as shown on the chart: chemical names stay as they are (PM2.5, NH3-N)."""
    text = PARAMETER_LABELS.get(parameter)
    return _t(text) if text else str(parameter)


def legend_labels() -> dict:
    """The texts of the sensor legend, in the interface language."""
    return {
        "aqi": _t("AQI level {level}"),
        "water": _t("Water class {name}"),
        "water_classes": [_t("I"), _t("II"), _t("III"), _t("IV"), _t("V"), _t("worse than V")],
        "river": [_t("River normal"), _t("Above the warning level"), _t("Above the danger level")],
        "rain": [_t("No rain"), _t("Light rain"), _t("Moderate rain"), _t("Heavy rain"), _t("Rainstorm")],
        "stale": _t("Silent longer than its interval"),
    }
