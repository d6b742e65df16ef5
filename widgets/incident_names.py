"""How the incident desk names statuses, categories, sources, durations and times on screen.

Names come through Qt's translator (context ``IncidentStatus`` and so on), so the Chinese interface shows
the office's words (新报告, 已核实, 环境污染 …) and the English one the English names.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from PySide6 import QtCore

from layers.village_stats import TOWNSHIP_ZONE

_STATUS_NAMES = {
    "new": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "New"),
    "verified": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Verified"),
    "assigned": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Assigned"),
    "in_progress": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "In progress"),
    "resolved": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Resolved"),
    "closed": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Closed"),
    "rejected": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Rejected"),
    "duplicate": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Duplicate"),
}
#: what the button that moves a report to a status says
_STATUS_ACTIONS = {
    "verified": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Verify"),
    "assigned": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Assign"),
    "in_progress": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Start work"),
    "resolved": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Resolve"),
    "closed": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Close"),
    "rejected": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Reject"),
    "duplicate": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Mark duplicate"),
}
_CATEGORY_NAMES = {
    "environment": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Environment"),
    "street_light": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Street light"),
    "road_damage": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Road damage"),
    "flooding": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Flooding"),
    "noise": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Noise"),
    "dispute": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Dispute"),
    "water_supply": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Water supply"),
    "waste": QtCore.QT_TRANSLATE_NOOP("IncidentCategory", "Waste"),
}
_SOURCE_NAMES = {
    "map": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Map"),
    "form": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Form"),
    "phone": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Phone"),
    "app": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "App"),
    "hotline": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Hotline 12345"),
    "walk_in": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Walk-in"),
    "import": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Import"),
    "open311": QtCore.QT_TRANSLATE_NOOP("IncidentSource", "Open311"),
}


def _translate(context: str, table: dict, key) -> str:
    if key is None or (isinstance(key, float) and np.isnan(key)):
        return ""
    return QtCore.QCoreApplication.translate(context, table.get(key, str(key)))


def status_label(status: str) -> str:
    """A status in the interface language (Chinese: 新报告, 已核实, …)."""
    return _translate("IncidentStatus", _STATUS_NAMES, status)


def status_action(status: str) -> str:
    """What the button moving a report to ``status`` says (Verify, Assign, …)."""
    return _translate("IncidentStatus", _STATUS_ACTIONS, status)


def category_label(category: str) -> str:
    """A category in the interface language (Chinese: 环境污染, 路灯故障, …)."""
    return _translate("IncidentCategory", _CATEGORY_NAMES, category)


def source_label(source: str) -> str:
    """How a report reached the office, in the interface language."""
    return _translate("IncidentSource", _SOURCE_NAMES, source)


def duration_text(hours: float | None) -> str:
    """``5 h``, ``3 d 4 h`` or ``45 d`` (empty for a missing value)."""
    if hours is None or not np.isfinite(hours):
        return ""
    hours = max(0.0, float(hours))
    translate = QtCore.QCoreApplication.translate
    if hours < 24:
        return translate("IncidentQueue", "{0} h").format(int(hours))
    days, rest = divmod(int(hours), 24)
    if days >= 10 or rest == 0:
        return translate("IncidentQueue", "{0} d").format(days)
    return translate("IncidentQueue", "{0} d {1} h").format(days, rest)


def local_time(value) -> str:
    """A stored UTC time in the township's time (Asia/Shanghai, like the statistics and the evidence
    chart, whatever the workstation's own zone) as ``YYYY-MM-DD HH:MM`` (empty when missing)."""
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    stamp = pd.Timestamp(value)
    if stamp is pd.NaT:
        return ""
    moment: datetime = stamp.to_pydatetime()
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(TOWNSHIP_ZONE))
    return moment.strftime("%Y-%m-%d %H:%M")
