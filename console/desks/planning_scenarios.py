"""The planning desk's scenarios: keep the present planned sites under a name (in the store, for every
planner), compare two scenarios' coverage per village (a task, shown in a dock of the bottom row), show a
scenario's sites and coverage on the map, make one the proposed sites, delete one.

Scenarios that a project file kept before the store held them are brought into the store when a user who
may keep scenarios opens the project (audited like any keep), and taken out of the project's settings;
for anyone else they are shown from the project file, read-only.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from console.workbench import DockArea
from datasources.errors import DataSourceError
from widgets.message_bar import MessageLevel


class ScenarioActions(QtCore.QObject):
    """*Planning › Keep the sites as a scenario…*, *Compare two scenarios…* and the scenario entries
    :meth:`extend_menu` adds (``desk.scenarios``)."""

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.desk, self.workbench = desk, desk.workbench
        self.comparison = None
        self.view = self.dock = None
        self.map_layers: dict[str, tuple] = {}  # scenario name -> (sites layer, coverage layer)
        self.store = getattr(desk.session, "scenarios", None)
        self.may_keep = bool(self.store is not None and self.store.may_keep())
        self._bring_into_store()

    # ------------------------------------------------------------------ where scenarios are kept
    def _bring_into_store(self) -> None:
        """The project file's scenarios into the store (a planner's session), then out of the file."""
        from layers.planning.scenarios import SETTINGS_KEY, scenarios_from_settings

        settings = self.workbench.project.settings
        old = scenarios_from_settings(settings)
        if not old or not self.may_keep:
            return
        known = set(self.store.names())
        try:
            for name, scenario in old.items():
                if name not in known and scenario.sites:
                    self.store.keep(name, self._in_store_crs(scenario).store_sites())
        except DataSourceError as exc:
            self.workbench.push_exception(exc, self.tr("Bringing the project's scenarios into the store"))
            return
        settings.pop(SETTINGS_KEY, None)
        self.workbench.project.mark_dirty()
        self.workbench.show_status(self.tr("{n} scenarios of the project are now kept in the store.").format(
            n=len(old)), 8000)

    def _in_store_crs(self, scenario):
        """``scenario`` with its sites in the store's CRS (a project file's may be in another)."""
        from pyproj import Transformer

        from layers.planning.scenarios import Scenario

        crs = self.desk.layer.crs
        if not scenario.crs or not crs or scenario.crs == crs:
            return scenario
        to_store = Transformer.from_crs(scenario.crs, crs, always_xy=True)
        sites = []
        for site in scenario.sites:
            x, y = to_store.transform(site["x"], site["y"])
            sites.append({**site, "x": float(x), "y": float(y)})
        return Scenario(scenario.name, crs, tuple(sites))

    def scenarios(self) -> dict:
        """The scenarios by name, in the order they were kept: the store's, then the project file's."""
        from layers.planning.scenarios import Scenario, scenarios_from_settings

        out = {}
        if self.store is not None:
            rows = self.store.read()
            for name in dict.fromkeys(rows["scenario"]):
                out[name] = Scenario.from_store(name, rows[rows["scenario"] == name], self.desk.layer.crs)
        for name, scenario in scenarios_from_settings(self.workbench.project.settings).items():
            out.setdefault(name, scenario)
        return out

    def keep(self, name: str | None = None):
        """Keep the present planned sites as the scenario ``name`` (asked when None); it replaces a
        scenario of that name."""
        from layers.planning.scenarios import Scenario, scenarios_to_settings

        if not len(Scenario.of("", self.desk.layer.data).sites):
            self.workbench.push(MessageLevel.INFO, self.tr("There are no planned sites to keep: add one on the "
                                                           "map first."))
            return None
        known = self.scenarios()
        if name is None:
            default = self.tr("Scenario {n}").format(n=len(known) + 1)
            name, ok = QtWidgets.QInputDialog.getText(self.workbench.dialog_parent, self.tr("Keep a scenario"),
                                                      self.tr("Name of the scenario:"), text=default)
            if not ok or not name.strip():
                return None
        scenario = Scenario.of(name.strip(), self.desk.layer.data)
        if self.store is None:  # no store: with the project, as before
            known[scenario.name] = scenario
            scenarios_to_settings(self.workbench.project.settings, known)
            self.workbench.project.mark_dirty()
            self.workbench.show_status(self.tr("Scenario {name} kept with {n} sites; save the project to keep "
                                               "it for later.").format(name=scenario.name, n=len(scenario.sites)),
                                       8000)
            return scenario
        try:
            self.store.keep(scenario.name, scenario.store_sites())
        except DataSourceError as exc:
            self.workbench.push_exception(exc, self.tr("Keeping a scenario"))
            return None
        self.workbench.show_status(self.tr("Scenario {name} kept in the store with {n} sites.").format(
            name=scenario.name, n=len(scenario.sites)), 8000)
        return scenario

    def delete(self, name: str | None = None) -> bool:
        """*Planning › Delete a scenario…* (asked which, then confirmed)."""
        names = list(self.store.names()) if self.store is not None else []
        if not names:
            self.workbench.push(MessageLevel.INFO, self.tr("There is no scenario in the store."))
            return False
        if name is None:
            name, ok = QtWidgets.QInputDialog.getItem(self.workbench.dialog_parent, self.tr("Delete a scenario"),
                                                      self.tr("Scenario:"), names, len(names) - 1, False)
            if not ok:
                return False
            answer = QtWidgets.QMessageBox.question(self.workbench.dialog_parent, self.tr("Delete a scenario"),
                                                    self.tr("Delete the scenario {name} for every planner?")
                                                    .format(name=name))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return False
        try:
            self.store.delete(name)
        except DataSourceError as exc:
            self.workbench.push_exception(exc, self.tr("Deleting a scenario"))
            return False
        self._remove_map(name)
        return True

    # ------------------------------------------------------------------ comparing
    def compare(self, first: str | None = None, second: str | None = None) -> None:
        """Compare two kept scenarios (asked when not given) as a task."""
        from layers.planning.scenarios import compare_task

        known = self.scenarios()
        if len(known) < 2:
            self.workbench.push(MessageLevel.INFO, self.tr("Keep at least two scenarios to compare them."))
            return
        if first is None or second is None:
            from widgets.planning.scenario_views import CompareDialog

            dialog = self.dialog = CompareDialog(list(known), self.workbench.dialog_parent)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            first, second = dialog.chosen()
        dem = self.desk._dem()
        demand = self.desk._demand(dem.crs) if dem is not None else None
        if demand is None:
            return
        scenarios = (known[first], known[second])
        self.desk.task = self.workbench.run_task(
            compare_task, dem.path, *scenarios, demand, dem.crs, getattr(dem, "band", 1),
            self.desk.roads(dem.crs),
            feedback="feedback", name=self.tr("Comparing {a} and {b}").format(a=first, b=second),
            key=("planning", "compare"), done=lambda comparison: self._compared(comparison, scenarios))

    def _compared(self, comparison, scenarios=()) -> None:
        from widgets.planning.scenario_views import ScenarioTable

        self.comparison, self.compared = comparison, tuple(scenarios)
        if self.view is None:
            self.view = ScenarioTable(may_propose=self.may_keep)
            self.view.map_requested.connect(lambda which: self.show_on_map(self.compared[which]))
            self.view.proposed_requested.connect(lambda which: self.make_proposed(self.compared[which]))
            self.dock = self.workbench.add_dock(self.tr("Scenario comparison"), self.view, DockArea.BOTTOM)
        self.view.show_comparison(comparison)
        self.dock.show()
        self.dock.raise_()

    # ------------------------------------------------------------------ a scenario's map
    def show_on_map(self, scenario, result=None) -> tuple:
        """The scenario's sites and coverage as two layers of the map (replacing its earlier ones); the
        coverage of the last comparison when it holds the scenario, else ``result``, else computed."""
        from widgets.planning.plan_summary import plan_layers

        if isinstance(scenario, str):
            scenario = self.scenarios()[scenario]
        if result is None and self.comparison is not None and self.comparison.results:
            for which, kept in enumerate(getattr(self, "compared", ())):
                if kept.name == scenario.name:
                    result = self.comparison.results[which]
        if result is None:
            self._coverage_of(scenario, lambda done: self.show_on_map(scenario, done))
            return ()
        self._remove_map(scenario.name)
        layers = self.workbench.project.layers
        sites, cover = plan_layers(scenario, result, self.desk.layer.crs)
        layers.insert(0, cover)
        layers.insert(0, sites)
        self.map_layers[scenario.name] = (sites, cover)
        return sites, cover

    def _remove_map(self, name: str) -> None:
        layers = self.workbench.project.layers
        for layer in self.map_layers.pop(name, ()):
            if layer in layers:
                layers.remove(layer)

    def _coverage_of(self, scenario, done) -> None:
        """Compute ``scenario``'s coverage as a task and give it to ``done``."""
        from layers.planning.desk_work import coverage_task
        from layers.planning.site_layer import sites_of

        dem = self.desk._dem()
        demand = self.desk._demand(dem.crs) if dem is not None else None
        if demand is None:
            return
        frame = scenario.frame()
        frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
        self.desk.task = self.workbench.run_task(
            coverage_task, dem.path, sites_of(frame), demand, getattr(dem, "band", 1), self.desk.roads(dem.crs),
            feedback="feedback", name=self.tr("Coverage of scenario {name}").format(name=scenario.name),
            key=("planning", "scenario"), done=done)

    # ------------------------------------------------------------------ the proposed sites
    def make_proposed(self, scenario, ask: bool = True):
        """Make ``scenario``'s sites the store's proposed sites (approved and built sites kept, proposed
        sites it leaves out back to drafts), after a question; each change is a versioned, audited edit
        (undone with *Undo the last site edit*). Returns the :class:`Proposal`, or None."""
        from layers.planning.scenarios import proposal
        from layers.planning.site_layer import STORE_KIND

        if isinstance(scenario, str):
            scenario = self.scenarios()[scenario]
        plan = proposal(self._in_store_crs(scenario), self.desk.layer.data)
        if ask:
            answer = QtWidgets.QMessageBox.question(
                self.workbench.dialog_parent, self.tr("Make the proposed sites"),
                self.tr("Make the {n} sites of {name} the proposed sites? {changed} planned sites change or are "
                        "added, {withdrawn} proposed sites go back to drafts; {kept} approved or built sites are "
                        "kept.").format(n=len(scenario.sites), name=scenario.name,
                                        changed=len(plan.updated) + len(plan.added),
                                        withdrawn=len(plan.withdrawn), kept=len(plan.kept)))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return None
        history = self.desk.edits.history
        try:
            for site_id, changes, version in plan.updated:
                history.update(STORE_KIND, site_id, changes, version)
            for values in plan.added:
                history.add(STORE_KIND, values)
            for site_id, version in plan.withdrawn:
                history.update(STORE_KIND, site_id, {"status": "draft"}, version)
        except DataSourceError as exc:
            self.workbench.push_exception(exc, self.tr("Making the proposed sites"))
            return None
        finally:
            self.desk.reload_sites()
        self.workbench.show_status(self.tr("The sites of {name} are now the proposed sites ({n} changes).").format(
            name=scenario.name, n=plan.count), 8000)
        return plan

    def choose_and_propose(self) -> None:
        """*Planning › Make a scenario the proposed sites…*."""
        name = self._ask_name(self.tr("Make a scenario the proposed sites"))
        if name is not None:
            self.make_proposed(name)

    def choose_and_show(self) -> None:
        """*Planning › Show a scenario on the map…*."""
        name = self._ask_name(self.tr("Show a scenario on the map"))
        if name is not None:
            self.show_on_map(name)

    def _ask_name(self, title: str) -> str | None:
        names = list(self.scenarios())
        if not names:
            self.workbench.push(MessageLevel.INFO, self.tr("Keep a scenario first."))
            return None
        name, ok = QtWidgets.QInputDialog.getItem(self.workbench.dialog_parent, title, self.tr("Scenario:"),
                                                  names, len(names) - 1, False)
        return name if ok else None

    def extend_menu(self, menu) -> None:
        """The scenario entries after *Compare two scenarios…*, and *Export a plan…*."""
        from console.desks.planning_plan import PlanExport

        w = self.workbench
        self.plans = PlanExport(self.desk)
        self.show_action = w.action(self.tr("S&how a scenario on the map…"), self.choose_and_show)
        self.propose_action = w.action(self.tr("Make a scenario the p&roposed sites…"), self.choose_and_propose)
        self.delete_action = w.action(self.tr("Delete a sce&nario…"), lambda: self.delete())
        self.export_action = w.action(self.tr("E&xport a plan…"), lambda: self.plans.export())
        for action in (self.show_action, self.propose_action, self.delete_action, self.export_action):
            menu.addAction(action)
        self.propose_action.setEnabled(self.may_keep)
        self.delete_action.setEnabled(self.may_keep)
