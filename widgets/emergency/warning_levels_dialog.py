"""Emergency › Warning levels: the township's own warning and danger stages of each river gauge and the rain
thresholds of each landslide zone. An empty cell keeps the console's default (shown beside it); the dialog
checks what is typed (:mod:`layers.emergency.warning_levels`) and hands back only what changed, for the desk
to save as audited edits of the sensors and zones."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from layers.emergency.landslide import WINDOWS
from layers.emergency.warning_levels import (
    CONTEXT,
    LevelProblem,
    format_amounts,
    parse_amounts,
    river_levels,
    thresholds_json,
    zone_thresholds,
)
from widgets.message_bar import MessageBar, MessageLevel

_EDITABLE = QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable | QtCore.Qt.ItemFlag.ItemIsEditable
_FIXED = QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable


def _stage(value) -> str:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return ""
    return f"{value:g}" if math.isfinite(value) else ""


def _cell(text: str, editable: bool) -> QtWidgets.QTableWidgetItem:
    item = QtWidgets.QTableWidgetItem(text)
    item.setFlags(_EDITABLE if editable else _FIXED)
    return item


class WarningLevelsDialog(QtWidgets.QDialog):
    """The stages and thresholds, editable when ``editable`` (the emergency desk and the administrator).

    Parameters
    ----------
    gauges : list of dict
        River gauges: ``id``, ``version``, ``code``, ``name``, ``warning_level_m``, ``danger_level_m``
        (stored, None or NaN when empty) and ``default`` (the (warning, danger) used when empty).
    zones : list of dict
        Landslide zones: ``id``, ``version``, ``name``, ``level`` (susceptibility), ``rain_thresholds``
        (stored JSON or None) and ``default`` (``{hours: amounts}`` of the zone's level).
    """

    def __init__(self, gauges: list[dict], zones: list[dict], editable: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("warning-levels-dialog")
        self.setWindowTitle(self.tr("Warning levels"))
        self.gauges, self.zones = gauges, zones
        self.changes: list[tuple[str, int, int, dict]] = []
        self.rivers = QtWidgets.QTableWidget(len(gauges), 5)
        self.rivers.setObjectName("warning-levels-rivers")
        self.rivers.setHorizontalHeaderLabels([
            self.tr("Gauge"), self.tr("Name"), self.tr("Warning stage (m)"), self.tr("Danger stage (m)"),
            self.tr("Default (m)")])
        for row, g in enumerate(gauges):
            self.rivers.setItem(row, 0, _cell(str(g["code"]), False))
            self.rivers.setItem(row, 1, _cell(str(g.get("name") or ""), False))
            self.rivers.setItem(row, 2, _cell(_stage(g.get("warning_level_m")), editable))
            self.rivers.setItem(row, 3, _cell(_stage(g.get("danger_level_m")), editable))
            warning, danger = g["default"]
            self.rivers.setItem(row, 4, _cell(f"{warning:g} / {danger:g}", False))
        self.landslides = QtWidgets.QTableWidget(len(zones), 3 + len(WINDOWS))
        self.landslides.setObjectName("warning-levels-zones")
        self.landslides.setHorizontalHeaderLabels([
            self.tr("Zone"), self.tr("Susceptibility"),
            *[self.tr("{hours} h rain (mm)").format(hours=h) for h in WINDOWS], self.tr("Default (mm)")])
        for row, z in enumerate(zones):
            own = zone_thresholds(z.get("rain_thresholds"))
            self.landslides.setItem(row, 0, _cell(str(z["name"]), False))
            self.landslides.setItem(row, 1, _cell(str(z.get("level") or ""), False))
            for j, hours in enumerate(WINDOWS):
                item = _cell(format_amounts(own.get(hours)), editable)
                item.setToolTip(self.tr("Blue, yellow, orange, red; empty: {default}").format(
                    default=format_amounts(z["default"].get(hours))))
                self.landslides.setItem(row, 2 + j, item)
            self.landslides.setItem(row, 2 + len(WINDOWS), _cell("; ".join(
                f"{h} h: {format_amounts(z['default'].get(h))}" for h in WINDOWS), False))
        for table in (self.rivers, self.landslides):
            table.verticalHeader().hide()
            table.resizeColumnsToContents()
        tabs = QtWidgets.QTabWidget()
        tabs.addTab(self.rivers, self.tr("River gauges"))
        tabs.addTab(self.landslides, self.tr("Landslide zones"))
        about = QtWidgets.QLabel(self.tr(
            "The township's own levels. An empty cell keeps the default; a landslide threshold is four "
            "amounts of rain, blue, yellow, orange and red (e.g. 20, 30, 40, 50). Each change is recorded "
            "in the audit trail."))
        about.setWordWrap(True)
        self.messages = MessageBar(self)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(editable)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(tabs)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def read_changes(self) -> list[tuple[str, int, int, dict]]:
        """``(kind, id, version, changes)`` of every gauge and zone whose levels changed.

        Raises
        ------
        LevelProblem
            A value that is not taken (the first one found).
        """
        out = []
        for row, g in enumerate(self.gauges):
            low, high = river_levels(self.rivers.item(row, 2).text(), self.rivers.item(row, 3).text(),
                                     str(g["code"]))
            before = tuple(None if not _stage(g.get(k)) else float(g[k])
                           for k in ("warning_level_m", "danger_level_m"))
            if (low, high) != before:
                out.append(("sensors", int(g["id"]), int(g["version"]),
                            {"warning_level_m": low, "danger_level_m": high}))
        for row, z in enumerate(self.zones):
            given = {hours: parse_amounts(self.landslides.item(row, 2 + j).text(), str(z["name"]), hours)
                     for j, hours in enumerate(WINDOWS)}
            text = thresholds_json(given)
            if zone_thresholds(text) != zone_thresholds(z.get("rain_thresholds")):
                out.append(("hazard_zones", int(z["id"]), int(z["version"]), {"rain_thresholds": text}))
        return out

    def accept(self) -> None:
        try:
            self.changes = self.read_changes()
        except LevelProblem as problem:
            text = QtCore.QCoreApplication.translate(CONTEXT, problem.template).format(**problem.params)
            self.messages.push(text, MessageLevel.ERROR)
            return
        super().accept()
