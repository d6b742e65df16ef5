"""The planning desk's words for codes: kinds and statuses of planned sites, the village table's headers
(translated)."""

from __future__ import annotations

from PySide6 import QtCore

_CTX = "PlanningNames"


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate(_CTX, text)


KIND_LABELS = {
    "tower": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Mobile tower"),
    "camera": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Camera"),
    "monitoring": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Monitoring station"),
    "loudspeaker": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Warning loudspeaker"),
    "fibre_cabinet": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Fibre cabinet"),
}
STATUS_LABELS = {
    "proposed": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Proposed"),
    "draft": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Draft"),
    "approved": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Approved"),
    "built": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Built"),
    "rejected": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Rejected"),
}
COLUMN_LABELS = {
    "village_code": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Village code"),
    "village": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Village"),
    "households": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Households"),
    "covered_households": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Households covered"),
    "uncovered_households": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Households not covered"),
    "persons": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Persons"),
    "covered_persons": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Persons covered"),
    "uncovered_persons": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Persons not covered"),
    "share_covered": QtCore.QT_TRANSLATE_NOOP("PlanningNames", "Share covered (%)"),
}


def kind_label(kind) -> str:
    """A planned site's kind in the interface language (an unknown kind as it is)."""
    text = KIND_LABELS.get(str(kind))
    return _t(text) if text else str(kind)


def status_label(status) -> str:
    text = STATUS_LABELS.get(str(status))
    return _t(text) if text else str(status)


def column_label(column: str) -> str:
    text = COLUMN_LABELS.get(column)
    return _t(text) if text else column
