"""Emergency › Warning levels: the township's own river stages and landslide thresholds, saved as audited
edits of the store's sensors and hazard zones (revision 0012). Part of the emergency desk
(:mod:`console.desks.emergency`); the live sensors' symbols follow the new stages at once, the next landslide
warning the new thresholds."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from datasources.store.permissions import Action
from layers import code_lists
from widgets.message_bar import MessageLevel


def _plain(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


class WarningLevelActions(QtCore.QObject):
    """Opens the dialog and saves what it changed.

    Parameters
    ----------
    workbench : Workbench
    layer : SensorLayer
        The live sensors (their data gets the new stages).
    """

    def __init__(self, workbench, layer) -> None:
        super().__init__(workbench)
        self.workbench, self.layer = workbench, layer
        self.dialog = None
        self._codes: dict[int, str] = {}  # sensor id -> code, of the gauges last shown

    def may_edit(self) -> bool:
        session = self.workbench.session
        return all(session.can(Action.edit(kind), session.caller.village_code)
                   for kind in ("sensors", "hazard_zones"))

    def entries(self) -> tuple[list[dict], list[dict]]:
        """The river gauges and the landslide zones of the store, with their stored and default levels."""
        from layers.emergency.landslide import RainThresholds
        from layers.emergency.sensor_layer import DEFAULT_RIVER_LEVELS
        from layers.emergency.warning_levels import zone_names

        session = self.workbench.session
        sensors = session.features.read("sensors")
        name = "name_zh" if code_lists.chinese() or "name_en" not in sensors.columns else "name_en"
        gauges = [{"id": int(i), "version": int(row["version"]), "code": row["sensor_code"],
                   "name": _plain(row.get(name)) or "", "warning_level_m": _plain(row.get("warning_level_m")),
                   "danger_level_m": _plain(row.get("danger_level_m")), "default": DEFAULT_RIVER_LEVELS}
                  for i, row in sensors.iterrows() if str(row["kind"]) == "river_level"]
        self._codes = {g["id"]: str(g["code"]) for g in gauges}
        zones_frame = session.features.read("hazard_zones")
        zones_frame = zones_frame[zones_frame["hazard"].astype(str) == "landslide"]
        names = zone_names(zones_frame, session.features.read("villages"), code_lists.chinese())
        defaults = RainThresholds()
        zones = [{"id": int(i), "version": int(row["version"]), "name": name,
                  "level": _plain(row.get("level")) or defaults.default_level,
                  "rain_thresholds": _plain(row.get("rain_thresholds")),
                  "default": defaults.of(_plain(row.get("level")) or defaults.default_level)}
                 for (i, row), name in zip(zones_frame.iterrows(), names, strict=True)]
        return gauges, zones

    def edit(self) -> None:
        """Show the dialog; save what changed (each gauge or zone one audited edit)."""
        from widgets.emergency.warning_levels_dialog import WarningLevelsDialog

        try:
            gauges, zones = self.entries()
        except Exception as exc:  # noqa: BLE001 — said in the message bar, in the user's words
            self.workbench.push_exception(exc, self.tr("Warning levels"))
            return
        dialog = WarningLevelsDialog(gauges, zones, self.may_edit(), self.workbench.dialog_parent)
        self.dialog = dialog
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.save(dialog.changes)

    def save(self, changes: list[tuple[str, int, int, dict]]) -> int:
        """Save ``(kind, id, version, values)`` edits; returns how many were saved (a refused one is said
        and the others are still saved)."""
        session, saved = self.workbench.session, 0
        for kind, feature_id, version, values in changes:
            try:
                session.features.update(kind, feature_id, values, version)
            except Exception as exc:  # noqa: BLE001 — an edit conflict or a refusal, in the user's words
                self.workbench.push_exception(exc, self.tr("Warning levels"))
                continue
            saved += 1
            if kind == "sensors":
                self._show_stages(feature_id, values)
        if saved:
            self.workbench.push(MessageLevel.SUCCESS, self.tr("Warning levels saved ({n} changed).").format(
                n=saved))
        return saved

    def _show_stages(self, feature_id: int, values: dict) -> None:
        """The live sensors' symbols judge the gauge against its new stages."""
        data = self.layer.data
        rows = (self.layer.codes == self._codes.get(feature_id)).nonzero()[0]
        if not len(rows):
            return
        for column, value in values.items():
            if column not in data.columns:
                data[column] = float("nan")
            data.iloc[rows, data.columns.get_loc(column)] = float("nan") if value is None else float(value)
        self.layer.data_changed()
