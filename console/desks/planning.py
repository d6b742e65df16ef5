"""The planning desk in the window: planned sites drawn and moved on the map, their coverage over the
terrain, who is left out per village, and which new sites would reach the most people.

It builds itself when someone who may read the store's planned sites logs in (``session_changed``): the
sites become a :class:`~layers.planning.site_layer.PlannedSiteLayer` (a store layer, drawn with a symbol
per kind and status), and the Planning menu and toolbar appear. Only a planner (and the administrator)
may edit: for every other role the editing actions are disabled, and the store refuses them anyway.
Coverage and the choice of sites run as tasks through the workbench (progress and a cancel button in the
status bar), computed by the Qt-free :mod:`layers.planning.desk_work` over the project's DEM and its
households layer. The desk reaches the window only through its :class:`~console.workbench.Workbench`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from console.workbench import DockArea
from datasources.errors import DataSourceError
from datasources.store.permissions import Action
from widgets.message_bar import MessageLevel

KEY = "planning"


def make(workbench) -> PlanningDesk:
    return PlanningDesk(workbench)


class PlanningDesk(QtCore.QObject):
    """The Planning menu and toolbar, the planned sites layer, the coverage layer and the village table
    dock (``built`` says whether it is built).

    Parameters
    ----------
    workbench : Workbench
    """

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.session = None
        self.built = False
        self.may_edit = False
        self.layer = self.coverage_layer = None
        self.coverage = None  # the last CoverageResult
        self.best = None  # the last BestSites
        self.task = None  # the last task started (coverage or best sites)
        self._villages = None
        self._scope = None  # what the coverage shown is of: "all", a site's store id, or None
        workbench.session_changed.connect(self._logged_in)
        if workbench.session is not None:
            self._logged_in(workbench.session)

    # ------------------------------------------------------------------ building
    def _logged_in(self, session) -> None:
        if session is None or self.built or not session.can(Action.read("planned_sites"),
                                                           session.caller.village_code):
            return
        import widgets.planning.coverage_item  # noqa: F401 — registers the kinds' items
        import widgets.planning.site_item  # noqa: F401
        from console.desks.planning_edit import ADD_TOOL, MOVE_TOOL, SiteEdits
        from layers.planning.site_layer import STORE_KIND, PlannedSiteLayer
        from widgets.planning.village_table import VillageTable

        self.built, self.session = True, session
        self.may_edit = session.can(Action.edit("planned_sites"), session.caller.village_code)
        w = self.workbench
        layers = w.project.layers
        shown = next((lay for lay in layers if getattr(lay, "store_kind", None) == STORE_KIND), None)
        self.layer = PlannedSiteLayer(session.features.read(STORE_KIND), crs=f"EPSG:{session.store.srid}")
        if shown is not None:  # a plain store layer of the sites (a saved project's): ours in its place
            index = list(layers).index(shown)
            layers.remove(shown)
            layers.insert(index, self.layer)
        else:
            layers.insert(0, self.layer)
        self.edits = SiteEdits(self)
        from console.desks.planning_scenarios import ScenarioActions

        self.scenarios = ScenarioActions(self)
        self.table = VillageTable()
        self.table.export_requested.connect(self.export_table)
        self.table.households_requested.connect(self.export_uncovered)
        self.table.service_changed.connect(self._service_chosen)
        self.table.demand_changed.connect(lambda *_: self._follow())
        self.table_dock = w.add_dock(self.tr("Coverage per village"), self.table, DockArea.BOTTOM)
        self.add_action = w.add_map_tool(ADD_TOOL, self.edits.add_tool, self.tr("&Add a planned site"))
        self.move_action = w.add_map_tool(MOVE_TOOL, self.edits.move_tool, self.tr("&Move a planned site"))
        self._build_menu()

    def _build_menu(self) -> None:
        w = self.workbench
        menu = self.menu = w.menu(KEY, self.tr("&Planning"))
        self.edit_action = w.action(self.tr("&Edit the selected site…"), self.edits.edit_selected)
        self.delete_action = w.action(self.tr("&Delete the selected site"), self.edits.delete_selected)
        self.undo_action = w.action(self.tr("&Undo the last site edit"), self.edits.undo)
        self.redo_action = w.action(self.tr("&Redo the site edit"), self.edits.redo)
        self.viewshed_action = w.action(self.tr("&Viewshed of the selected site"), self.viewshed_of_selected)
        self.signal_action = w.action(self.tr("&Signal levels of the selected site"), self.signal_of_selected)
        self.coverage_action = w.action(self.tr("&Coverage of all planned sites"), self.coverage_of_all)
        self.best_action = w.action(self.tr("&Choose the best sites…"), self.choose_best_sites)
        self.table_action = w.action(self.tr("Coverage per &village"), self.show_table)
        self.clear_action = w.action(self.tr("C&lear the coverage"), self.clear_coverage)
        self.gap_action = w.action(self.tr("&Gap map per village"), self.show_gap_map)
        self.hex_action = w.action(self.tr("Gap map per &hexagon"), self.show_hex_map)
        self.keep_action = w.action(self.tr("&Keep the sites as a scenario…"), lambda: self.scenarios.keep())
        self.compare_action = w.action(self.tr("Co&mpare two scenarios…"), lambda: self.scenarios.compare())
        for group in ((self.add_action, self.move_action, self.edit_action, self.delete_action),
                      (self.undo_action, self.redo_action),
                      (self.viewshed_action, self.signal_action, self.coverage_action, self.best_action),
                      (self.table_action, self.gap_action, self.hex_action, self.clear_action),
                      (self.keep_action, self.compare_action)):
            if menu.actions():
                menu.addSeparator()
            for action in group:
                menu.addAction(action)
        self.scenarios.extend_menu(menu)  # show, propose, delete a scenario; export a plan
        bar = w.toolbar(KEY, self.tr("Planning"))
        for action in (self.add_action, self.move_action, self.coverage_action, self.best_action):
            bar.addAction(action)
        for action in (self.add_action, self.move_action, self.edit_action, self.delete_action,
                       self.undo_action, self.redo_action, self.best_action):
            action.setEnabled(self.may_edit)
        if not self.may_edit:
            tip = self.tr("Only a planner may edit planned sites.")
            for action in (self.add_action, self.move_action, self.best_action):
                action.setToolTip(tip)

    # ------------------------------------------------------------------ the store's sites
    def reload_sites(self) -> None:
        """Read the planned sites again (after an edit; every view follows the layer's data event)."""
        selection = list(self.layer.selection)
        self.layer.data = self.session.features.read("planned_sites")
        self.layer.selection = [r for r in selection if r < len(self.layer.data)]
        self._follow()

    def _follow(self) -> None:
        """The coverage and the signal levels shown follow the edit: computed again for the same sites (a
        newer run cancels the older one), or cleared when their site is gone."""
        from console.desks.planning_signal import follow_signal

        follow_signal(self)  # the signal levels shown follow their site too
        scope = self._scope
        if scope is None or self.coverage_layer is None or self.coverage_layer not in self.workbench.project.layers:
            return
        if scope == "all":
            self.coverage_of_all()
        elif scope in self.layer.data.index:
            self._run_coverage(self.layer.data.loc[[scope]],
                               self.tr("Viewshed of {name}").format(name=self._site_name(scope)))
        else:
            self.clear_coverage()

    def village_names(self) -> dict:
        if self._villages is None:
            try:
                villages = self.session.features.read("villages")
            except DataSourceError:
                villages = None
            self._villages = villages
        if self._villages is None:
            return {}
        return dict(zip(self._villages["village_code"], self._villages["name_zh"], strict=True))

    def village_at(self, point) -> str | None:
        """The village whose boundary holds ``point`` (store CRS), else None."""
        self.village_names()
        if self._villages is None or not len(self._villages):
            return None
        inside = self._villages[self._villages.geometry.contains(point)]
        return str(inside["village_code"].iloc[0]) if len(inside) else None

    # ------------------------------------------------------------------ coverage
    def _dem(self):
        """The project's DEM (the raster called dem, else its first plain raster layer; not a computed
        surface), or None with a message."""
        from layers.raster import RasterLayer

        rasters = [lay for lay in self.workbench.project.layers if type(lay) is RasterLayer]  # not a surface
        dem = next((lay for lay in rasters if lay.source_name.lower() == "dem"), rasters[0] if rasters else None)
        if dem is None:
            self.workbench.push(MessageLevel.WARNING, self.tr("Open an elevation raster (DEM) first: "
                                                              "coverage follows the terrain."))
        return dem

    def _demand(self, crs):
        """The households (persons each) or the villages' population as demand, or None with a message."""
        from console.desks.planning_rules import demand_of

        return demand_of(self, crs)

    def viewshed_of_selected(self) -> None:
        """*Planning › Viewshed of the selected site*."""
        feature_id = self.edits.selected_id()
        if feature_id is None:
            self.workbench.push(MessageLevel.INFO, self.tr("Select a planned site first (Move site picks one)."))
            return
        self._scope = feature_id
        self._run_coverage(self.layer.data.loc[[feature_id]],
                           self.tr("Viewshed of {name}").format(name=self._site_name(feature_id)))

    def coverage_of_all(self) -> None:
        """*Planning › Coverage of all planned sites* (not the rejected ones)."""
        data = self.layer.data
        data = data[data["status"].fillna("draft") != "rejected"]
        if not len(data):
            if self._scope == "all":
                self.clear_coverage()  # the last site went: nothing is covered
                return
            self.workbench.push(MessageLevel.INFO, self.tr("There are no planned sites yet: add one on the map."))
            return
        self._scope = "all"
        self._run_coverage(data, self.tr("Coverage of all planned sites"))

    def roads(self, crs):
        """The project's roads (line geometries in ``crs``) that fibre cabinets reach households along."""
        layer = next((lay for lay in self.workbench.project.layers if lay.source_name == "roads"
                      and getattr(lay, "data", None) is not None), None)
        if layer is None or not len(layer.data):
            return None
        data = layer.data.to_crs(crs) if crs and layer.data.crs is not None else layer.data
        return data.geometry.to_numpy()

    def _site_name(self, feature_id: int) -> str:
        name = self.layer.data.loc[feature_id, "name"]
        return str(name) if isinstance(name, str) and name else f"#{feature_id}"

    def _run_coverage(self, frame, title: str) -> None:
        from layers.planning.desk_work import coverage_task
        from layers.planning.site_layer import sites_of

        dem = self._dem()
        if dem is None:
            return
        demand = self._demand(dem.crs)
        if demand is None:
            return
        frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
        self.task = self.workbench.run_task(
            coverage_task, dem.path, sites_of(frame), demand, getattr(dem, "band", 1), self.roads(dem.crs),
            feedback="feedback",
            name=title, key=(KEY, "coverage"),
            done=lambda result: self._coverage_ready(result, title, dem.crs, demand))

    def _coverage_ready(self, result, title: str, crs, demand=None) -> None:
        from layers.planning.coverage_layer import CoverageLayer

        result = result.for_service(self.table.service())  # the service the table shows
        self.coverage, self._demand_used, self._shown = result, demand, (title, crs)
        self._table_of = "coverage"
        layers = self.workbench.project.layers
        if self.coverage_layer is None or self.coverage_layer not in layers:
            self.coverage_layer = CoverageLayer(result.counts, result.transform, name="coverage", title=title,
                                                crs=result.crs or crs)
            index = list(layers).index(self.layer) + 1 if self.layer in layers else 0
            layers.insert(index, self.coverage_layer)
        else:
            self.coverage_layer.name = title
            self.coverage_layer.show(result.counts, result.transform)
            self.coverage_layer.visible = True
        summary = self.tr("{title}: {covered:,.0f} of {persons:,.0f} persons covered ({share:.1f}%), "
                          "{households:,} households not covered.").format(
            title=title, covered=result.covered_persons, persons=result.persons,
            share=100 * result.covered_persons / max(result.persons, 1.0),
            households=int(result.table["uncovered_households"].sum()))
        self.table.show_table(result.table, summary, households=result.rows is not None)
        gap = getattr(self, "gap_layer", None)
        if gap is not None and gap in layers:  # the gap maps follow the coverage
            self.show_gap_map()
        hexagons = getattr(self, "hex_layer", None)
        if hexagons is not None and hexagons in layers:
            self.show_hex_map()
        self.show_table()
        self.workbench.show_status(summary, 10000)

    def _service_chosen(self, service: str) -> None:
        """The table, the gap maps and the households not covered follow the service chosen (the table
        stays the signal's when it shows the signal)."""
        signal = getattr(self, "_table_of", None) == "signal"
        if self.coverage is not None and self.coverage.services and getattr(self, "_shown", None):
            self._coverage_ready(self.coverage.for_service(service), *self._shown, self._demand_used)
        if signal and getattr(self, "signal", None) is not None:
            from console.desks.planning_signal import show_signal_table

            show_signal_table(self)

    def clear_coverage(self) -> None:
        if self.coverage_layer is not None and self.coverage_layer in self.workbench.project.layers:
            self.workbench.project.layers.remove(self.coverage_layer)
        self.coverage_layer = None
        self._scope = None

    def show_table(self) -> None:
        self.table_dock.show()
        self.table_dock.raise_()

    # ------------------------------------------------------------------ choosing sites
    def choose_best_sites(self) -> None:
        """*Planning › Choose the best sites…*: ask, then run the optimiser as a task."""
        from console.desks.planning_rules import line_layers
        from widgets.planning.best_sites_dialog import BestSitesDialog

        dialog = self.best_dialog = BestSitesDialog(self.workbench.dialog_parent, line_layers(self))
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        self.run_best_sites(dialog.choice())

    def run_best_sites(self, choice) -> None:
        from layers.planning.desk_work import best_sites_task
        from layers.planning.site_layer import EXISTING_STATUSES, sites_of

        dem = self._dem()
        demand = self._demand(dem.crs) if dem is not None else None
        if demand is None:
            return
        data = self.layer.data.to_crs(dem.crs) if dem.crs else self.layer.data
        status = data["status"].fillna("draft")
        existing = data[status.isin(EXISTING_STATUSES)]
        drafts = data[(status == "draft") & (data["kind"] == choice.kind)]
        boundary = self._villages.to_crs(dem.crs).geometry.union_all() if self._villages is not None else None
        from console.desks.planning_rules import candidate_rules

        rules = candidate_rules(self, choice, dem.crs)  # centres, junctions; hazards; roads, power lines
        self.task = self.workbench.run_task(
            best_sites_task, dem.path, sites_of(existing), sites_of(drafts), drafts.index.to_numpy(), demand,
            kind=choice.kind, height=choice.height, range_m=choice.range_m, count=choice.count,
            budget=choice.budget, cost=choice.cost, boundary=boundary, spacing=choice.spacing, share=choice.share,
            band=getattr(dem, "band", 1), roads=self.roads(dem.crs), **rules, draft_costs=_costs(drafts),
            feedback="feedback", name=self.tr("Choosing the best sites"),
            key=(KEY, "best"), done=lambda best: self._best_ready(best, choice, dem.crs), failed=self._best_failed)

    def _best_failed(self, exc) -> None:
        if isinstance(exc, ValueError) and not isinstance(exc, DataSourceError):  # a share out of reach
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "Even every candidate together does not reach that share of people: ask for less, or allow "
                "more candidates."))
            return
        self.workbench.push_exception(exc, self.tr("Choosing the best sites"))

    def _best_ready(self, best, choice, crs) -> None:
        from widgets.planning.best_sites_dialog import BestSitesResult
        from widgets.planning.names import kind_label

        self.best = best
        rows = [(kind_label(choice.kind) + (f" #{int(i)}" if i >= 0 else f" {n + 1}"), x, y, added)
                for n, ((x, y), added, i) in enumerate(zip(best.xy, best.added_persons, best.draft_ids,
                                                           strict=True))]
        summary = self.tr("Persons covered: {before:,.0f} now, {after:,.0f} with these {count} sites, of "
                          "{total:,.0f}. Proven best possible: {bound:,.0f} (gap {gap:.2f}%).").format(
            before=best.before_persons, after=best.covered_persons, count=len(rows),
            total=best.total_persons, bound=best.bound, gap=100 * best.gap)
        self.table.show_table(best.table, summary)
        self.show_table()
        dialog = self.result_dialog = BestSitesResult(rows, summary, self.workbench.dialog_parent)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.add_proposed(best, choice, crs)

    def add_proposed(self, best, choice, crs) -> int:
        """The plan's new sites into the store as proposed sites (drafts it chose become proposed)."""
        from console.desks.planning_rules import add_proposed

        return add_proposed(self, best, choice, crs)

    # ------------------------------------------------------------------ outputs
    def export_table(self, path: Path | None = None) -> Path | None:
        """The village table to CSV or Excel (asked where when ``path`` is None)."""
        from console.desks.planning_outputs import export_table

        return export_table(self, path)

    def export_uncovered(self, path: Path | None = None) -> Path | None:
        """The households the last coverage left out, to a GeoPackage or a CSV."""
        from console.desks.planning_outputs import export_uncovered

        return export_uncovered(self, path)

    def signal_of_selected(self) -> None:
        """*Planning › Signal levels of the selected site* (free space and knife-edge diffraction)."""
        from console.desks.planning_signal import signal_of_selected

        signal_of_selected(self)

    def show_hex_map(self) -> None:
        """*Planning › Gap map per hexagon*: the persons not covered in hexagons of 400 m."""
        from console.desks.planning_outputs import show_hex_map

        show_hex_map(self)

    def show_gap_map(self) -> None:
        """*Planning › Gap map per village*: the villages coloured by the share of people covered."""
        from console.desks.planning_outputs import show_gap_map

        show_gap_map(self)


def _costs(drafts):
    """Each draft's own cost (NaN where it has none), for the optimiser's budget mode."""
    import pandas as pd

    return pd.to_numeric(drafts["cost"], errors="coerce").to_numpy(float) if "cost" in drafts.columns else None
