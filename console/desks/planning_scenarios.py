"""The planning desk's scenarios: keep the present planned sites under a name (saved with the project),
and compare two scenarios' coverage per village (a task, shown in a dock of the bottom row)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from console.workbench import DockArea
from widgets.message_bar import MessageLevel


class ScenarioActions(QtCore.QObject):
    """*Planning › Keep the sites as a scenario…* and *Compare two scenarios…* (``desk.scenarios``)."""

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.desk, self.workbench = desk, desk.workbench
        self.comparison = None
        self.view = self.dock = None

    def scenarios(self) -> dict:
        from layers.planning.scenarios import scenarios_from_settings

        return scenarios_from_settings(self.workbench.project.settings)

    def keep(self, name: str | None = None):
        """Keep the present planned sites as the scenario ``name`` (asked when None); it replaces a
        scenario of that name."""
        from layers.planning.scenarios import Scenario, scenarios_to_settings

        known = self.scenarios()
        if name is None:
            default = self.tr("Scenario {n}").format(n=len(known) + 1)
            name, ok = QtWidgets.QInputDialog.getText(self.workbench.dialog_parent, self.tr("Keep a scenario"),
                                                      self.tr("Name of the scenario:"), text=default)
            if not ok or not name.strip():
                return None
        scenario = Scenario.of(name.strip(), self.desk.layer.data)
        known[scenario.name] = scenario
        project = self.workbench.project
        scenarios_to_settings(project.settings, known)
        project.mark_dirty()
        self.workbench.show_status(self.tr("Scenario {name} kept with {n} sites; save the project to keep it "
                                           "for later.").format(name=scenario.name, n=len(scenario.sites)), 8000)
        return scenario

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
        self.desk.task = self.workbench.run_task(
            compare_task, dem.path, known[first], known[second], demand, dem.crs, getattr(dem, "band", 1),
            self.desk.roads(dem.crs),
            feedback="feedback", name=self.tr("Comparing {a} and {b}").format(a=first, b=second),
            key=("planning", "compare"), done=self._compared)

    def _compared(self, comparison) -> None:
        from widgets.planning.scenario_views import ScenarioTable

        self.comparison = comparison
        if self.view is None:
            self.view = ScenarioTable()
            self.dock = self.workbench.add_dock(self.tr("Scenario comparison"), self.view, DockArea.BOTTOM)
        self.view.show_comparison(comparison)
        self.dock.show()
        self.dock.raise_()
