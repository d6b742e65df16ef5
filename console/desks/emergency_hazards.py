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
        self.impact_layers: list = []
        self.landslide = None

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
        self.show_impact_on_map(impact, hazard_name)

    def show_impact_on_map(self, impact, hazard_name: str) -> None:
        """The affected households, their routes and the shelters on the map, above the hazard (those of an
        earlier impact are replaced)."""
        from layers.emergency.hazard_layers import (
            affected_households_layer,
            routes_layer,
            shelters_layer,
        )

        chinese = code_lists.chinese()
        made = [shelters_layer(impact, self.tr("Shelters ({hazard})").format(hazard=hazard_name), chinese),
                affected_households_layer(impact, self.tr("Affected households ({hazard})").format(
                    hazard=hazard_name), chinese),
                routes_layer(impact, self.tr("Routes to shelters ({hazard})").format(hazard=hazard_name))]
        layers = self.workbench.project.layers
        for old in self.impact_layers:
            if old in layers:
                layers.remove(old)
        self.impact_layers = [layer for layer in made if layer is not None]
        for layer in reversed(self.impact_layers):
            layers.insert(0, layer)

    # ------------------------------------------------------------------ landslide warning
    def landslide_warning(self) -> None:
        """Each landslide zone's warning from the rain the gauges reported over 1, 24 and 72 hours (at the
        moment the time slider shows, else the latest), coloured on the map."""
        from layers.emergency.hazard_layers import landslide_layer

        session = self.workbench.session
        try:
            zones = session.features.read("hazard_zones")
        except Exception as exc:  # noqa: BLE001 — said in the message bar, in the user's words
            self.workbench.push_exception(exc, self.tr("Landslide warning"))
            return None
        gauges = self.layer.data.rename(columns={"sensor_id": "sensor_code"}) \
            if "sensor_code" not in self.layer.data else self.layer.data
        readings = self.layer.history.copy()
        at = self.layer.time
        title = self.tr("Landslide warning")
        return self.workbench.run_task(landslide_layer, zones, gauges, readings, at, title, code_lists.chinese(),
                                       feedback=None, name=self.tr("Landslide warning from the rain gauges"),
                                       key=("emergency", "landslide"), done=self._landslide_ready,
                                       failed=self._landslide_failed)

    def _landslide_failed(self, exc) -> None:
        if isinstance(exc, LookupError):
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "No rain gauge has reported rain yet: the landslide warning needs their readings."))
        elif isinstance(exc, ValueError) and str(exc) == "no landslide zones":
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "The store has no landslide zones (hazard zones of the kind landslide)."))
        else:
            self.workbench.push_exception(exc, self.tr("Landslide warning"))

    def _landslide_ready(self, result) -> None:
        layer, counts = result
        layers = self.workbench.project.layers
        if self.landslide is not None and self.landslide in layers:
            layers.remove(self.landslide)
        self.landslide = layer
        layers.insert(0, layer)
        warned = {level: int(n) for level, n in counts.items() if level != "none" and n}
        if not warned:
            self.workbench.push(MessageLevel.INFO, self.tr(
                "Landslide warning: no zone has reached a warning level ({n} zones).").format(n=int(counts.sum())))
            return
        names = {"red": self.tr("red"), "orange": self.tr("orange"), "yellow": self.tr("yellow"),
                 "blue": self.tr("blue")}
        text = ", ".join(f"{names[level]} {n}" for level, n in warned.items())
        self.workbench.push(MessageLevel.WARNING, self.tr("Landslide warning: {zones}").format(zones=text))



