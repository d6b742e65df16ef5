"""How the incident desk names statuses, categories, sources, roles, durations and times on screen.

Statuses, categories, sources and roles are code lists (:mod:`layers.code_lists`, both languages), so the
Chinese interface shows the office's words (新报告, 已核实, 环境污染 …) and the English one the English names;
the verbs of the workflow buttons come through Qt's translator (context ``IncidentStatus``).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from PySide6 import QtCore

from layers.code_lists import label
from layers.incidents.village_stats import TOWNSHIP_ZONE

#: what the button that moves a report to a status says
_STATUS_ACTIONS = {
    "verified": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Verify"),
    "assigned": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Assign"),
    "in_progress": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Start work"),
    "resolved": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Resolve"),
    "closed": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Close"),
    "rejected": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Reject"),
    "duplicate": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Mark duplicate"),
    "withdrawn": QtCore.QT_TRANSLATE_NOOP("IncidentStatus", "Withdraw"),
}
def _translate(context: str, table: dict, key) -> str:
    if key is None or (isinstance(key, float) and np.isnan(key)):
        return ""
    return QtCore.QCoreApplication.translate(context, table.get(key, str(key)))


def status_label(status: str) -> str:
    """A status in the interface language (Chinese: 新报告, 已核实, …)."""
    return label("incident_status", status)


def status_action(status: str) -> str:
    """What the button moving a report to ``status`` says (Verify, Assign, …)."""
    return _translate("IncidentStatus", _STATUS_ACTIONS, status)


def category_label(category: str) -> str:
    """A category in the interface language (Chinese: 环境污染, 路灯故障, …)."""
    return label("incident_category", category)


def source_label(source: str) -> str:
    """How a report reached the office, in the interface language."""
    return label("incident_source", source)


def role_label(role: str) -> str:
    """An account's role in the interface language (管理员 / Administrator)."""
    return label("role", role)


_MADE_NOTE = re.compile(r"^(?:reported|imported as (?P<status>[a-z_]+)) \((?P<source>[^()]*)\)$")


def history_note(note) -> str:
    """A history note in the interface language: the notes the store writes itself when a report comes in
    (``reported (map)``, ``imported as verified (hotline)``) are translated; a person's note is kept."""
    if note is None or (isinstance(note, float) and np.isnan(note)):
        return ""
    found = _MADE_NOTE.match(str(note))
    if found is None:
        return str(note)
    translate = QtCore.QCoreApplication.translate
    if found["status"]:
        return translate("IncidentHistory", "imported as {status} ({source})").format(
            status=status_label(found["status"]), source=source_label(found["source"]))
    return translate("IncidentHistory", "reported ({source})").format(source=source_label(found["source"]))


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
