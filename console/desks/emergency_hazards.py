"""The emergency desk's hazard actions: a flood from a river gauge's water level, and the impact of a hazard
per village (the table dock and its export). Part of the emergency desk (:mod:`console.desks.emergency`),
reaching the window only through the workbench; the long work runs as tasks."""

from __future__ import annotations

import pandas as pd
from PySide6 import QtCore, QtWidgets

from console.workbench import DockArea
from layers import code_lists
from widgets.message_bar import MessageLevel


class HazardActions(QtCore.QObject):
    """Flood from a water level and impact per village, for the emergency desk.

    Parameters
    ----------
    workbench : Workbench
    layer : SensorLayer
        The live sensors (the river gauges, their levels and latest stages).
    """

    def __init__(self, workbench, layer) -> None:
        super().__init__(workbench)
        self.workbench, self.layer = workbench, layer
        self.flood = None
        self.impact_panel = None
        self.impact_dock = None

    def gauges(self) -> list[dict]:
        """The river gauges: code, name, datum, latest stage, warning and danger stages."""
        data, out = self.layer.data, []
        levels = self.layer.river_levels()
        latest = self.layer.latest().set_index(["sensor_code", "parameter"])["value"] \
            if len(self.layer.latest()) else pd.Series(dtype=float)
        for row, code in enumerate(self.layer.codes):
            if str(data["kind"].iloc[row]) != "river_level":
                continue
            datum = pd.to_numeric(pd.Series([data["gauge_datum_m"].iloc[row]]), errors="coerce").iloc[0] \
                if "gauge_datum_m" in data.columns else float("nan")
            stage = latest.get((code, "level"))
            name = "name_zh" if code_lists.chinese() or "name_en" not in data.columns else "name_en"
            out.append({"code": code, "name": str(data[name].iloc[row]) if name in data.columns else "",
                        "datum": float(datum), "stage": None if stage is None else float(stage),
                        "warning": float(levels[row, 0]), "danger": float(levels[row, 1])})
        return out

    def flood_from_level(self) -> None:
        """Ask for a water level, then compute the flood."""
        from widgets.emergency.flood_dialog import FloodDialog

        dialog = FloodDialog(self.gauges(), self.workbench.dialog_parent)
        self.flood_dialog = dialog
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.run_flood(dialog.water_level())

    def run_flood(self, level: float):
        """Compute the flood at ``level`` (m above sea level) in a task; the hazard layer joins the map."""
        from layers.emergency.flood_layer import flood_hazard
        from layers.raster import RasterLayer

        layers = list(self.workbench.project.layers)
        dem = next((lay for lay in layers if isinstance(lay, RasterLayer) and lay.source_name == "dem"), None)
        dem = dem or next((lay for lay in layers if type(lay) is RasterLayer), None)
        river = next((lay for lay in layers if lay.source_name == "rivers" and hasattr(lay, "data")), None)
        if dem is None or river is None:
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "A flood needs the elevation (DEM) and the rivers on the map: open the township project first."))
            return None
        return self.workbench.run_task(flood_hazard, dem.path, dem.band, river.data, float(level),
                                       feedback="feedback", name=self.tr("Computing the flood"),
                                       key=("emergency", "flood"), done=lambda r: self._flood_ready(r, level))

    def _flood_ready(self, result, level: float) -> None:
        from layers.emergency.flood_layer import flood_layer

        gdf, cells, lowest = result
        if cells == 0:
            self.workbench.push(MessageLevel.INFO, self.tr(
                "Nothing floods at {level} m: the lowest river cell is at {lowest} m.").format(
                level=f"{level:.2f}", lowest="—" if lowest is None else f"{lowest:.2f}"))
            return
        self.flood = flood_layer(gdf, "flood", title=self.tr("Flood at {level} m").format(level=f"{level:.2f}"))
        self.workbench.project.layers.insert(0, self.flood)
        self.workbench.push(MessageLevel.SUCCESS, self.tr("Flooded at {level} m: {area} km²").format(
            level=f"{level:.2f}", area=f"{gdf['area_m2'].sum() / 1e6:.3f}"))

    # ------------------------------------------------------------------ impact per village
    def hazard_layers(self) -> list:
        """The polygon layers of the project (the computed flood first)."""
        layers = [lay for lay in self.workbench.project.layers
                  if getattr(lay, "geometry_kind", None) == "polygon" and lay.source_name not in
                  ("villages", "township_boundary")]
        if self.flood is not None and self.flood in layers:
            layers.remove(self.flood)
            layers.insert(0, self.flood)
        return layers

    def impact_per_village(self) -> None:
        """Ask for the hazard layer, then compute its impact per village in a task."""
        layers = self.hazard_layers()
        if not layers:
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "No hazard on the map: compute a flood or open a layer of hazard areas first."))
            return
        names = [lay.name for lay in layers]
        name, ok = QtWidgets.QInputDialog.getItem(self.workbench.dialog_parent, self.tr("Impact per village"),
                                                  self.tr("Hazard layer"), names, 0, False)
        if ok and name in names:
            self.run_impact(layers[names.index(name)])

    def run_impact(self, hazard):
        """The impact of ``hazard`` per village (households, facilities and roads from the project or the
        store), in a task; the table dock shows it."""
        from layers.emergency.impact import hazard_impact

        session = self.workbench.session
        shown = {lay.source_name: lay for lay in self.workbench.project.layers if hasattr(lay, "data_in")}
        crs = hazard.crs or self.workbench.project.crs
        try:
            villages = session.features.read("villages")
            facilities = session.features.read("facilities")
        except Exception as exc:  # noqa: BLE001 — said in the message bar, in the user's words
            self.workbench.push_exception(exc, self.tr("Impact per village"))
            return None
        households = shown["households"].data_in(crs) if "households" in shown else None
        roads = shown["roads"].data_in(crs) if "roads" in shown else None
        if households is None:
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "The impact needs the households on the map: open the township project first."))
            return None
        return self.workbench.run_task(
            hazard_impact, hazard.data_in(crs), villages, households, facilities, roads,
            name=self.tr("Impact of {hazard} per village").format(hazard=hazard.name),
            key=("emergency", "impact"), done=lambda impact: self._impact_ready(impact, hazard.name))

    def _impact_ready(self, impact, hazard_name: str) -> None:
        from widgets.emergency.impact_panel import ImpactPanel

        if self.impact_panel is None:
            self.impact_panel = ImpactPanel()
            self.impact_panel.exported.connect(lambda path: self.workbench.push(
                MessageLevel.SUCCESS, self.tr("Impact table written to {path}").format(path=path)))
            self.impact_panel.failed.connect(self.workbench.push_exception)
            self.impact_dock = self.workbench.add_dock(self.tr("Impact per village"), self.impact_panel,
                                                       DockArea.BOTTOM, 260)
        self.impact_panel.show_impact(impact, hazard_name)
        self.impact_dock.show()
        self.impact_dock.raise_()



