"""*Planning › Export a plan…*: a kept scenario written out as a plan — its sites made the store's
proposed sites (when asked), its sites as a GeoPackage layer styled for QGIS, its coverage per village as
a CSV for Excel, and a one-page PDF summary with the map — after its coverage is computed in the
background. The export is recorded in the store's audit trail (``plan_export``)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError
from widgets.message_bar import MessageLevel


class PlanExport(QtCore.QObject):
    """``desk.scenarios.plans``: :meth:`export` asks, computes and writes; ``written`` holds the files of
    the last export."""

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.desk, self.workbench = desk, desk.workbench
        self.written: list[Path] = []

    def export(self, name: str | None = None, path=None, propose: bool = False) -> None:
        """Export the scenario ``name`` to the GeoPackage ``path`` (with the CSV and the PDF beside it);
        asked in a dialog when either is None."""
        from widgets.save_paths import save_path

        scenarios = self.desk.scenarios
        known = scenarios.scenarios()
        if not known:
            self.workbench.push(MessageLevel.INFO, self.tr("Keep a scenario first: a plan is a kept scenario."))
            return
        if name is None or path is None:
            from widgets.planning.scenario_views import PlanExportDialog

            default = save_path(self.tr("plan") + ".gpkg")
            dialog = self.dialog = PlanExportDialog(list(known), scenarios.may_keep, str(default),
                                                    self.workbench.dialog_parent)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            name, propose, path = dialog.chosen()
            if not path:
                return
        scenario = known[name]
        path = Path(path).with_suffix(".gpkg")
        if propose and scenarios.make_proposed(scenario, ask=False) is None:
            return
        scenarios._coverage_of(scenario, lambda result: self._write(scenario, result, path))

    def _write(self, scenario, result, path: Path) -> None:
        from layers.planning.plan_export import (
            summary_rows,
            village_rows,
            write_plan_sites,
            write_village_csv,
        )
        from widgets.crs_names import crs_label
        from widgets.planning.plan_summary import (
            csv_labels,
            plan_map,
            status_labels,
            write_plan_summary,
        )
        from widgets.save_paths import remember_folder

        rows = village_rows(scenario, result.table)
        try:
            gpkg = write_plan_sites(scenario, path, status_labels())
            csv = write_village_csv(rows, path.with_suffix(".csv"), csv_labels())
        except DataSourceError as exc:
            self.workbench.push_exception(exc, self.tr("Exporting a plan"))
            return
        sites, cover = self.desk.scenarios.show_on_map(scenario, result)
        project = self.workbench.project
        shown = [lay for lay in project.layers if getattr(lay, "source_name", None) in ("villages", "roads")]
        township = str(project.settings.get("title") or "")
        title = (township + " " + self.tr("Plan {name}").format(name=scenario.name)).strip()
        print_map = plan_map([sites, cover, *shown], project.crs, title)
        totals = summary_rows(scenario, rows)
        extent = next((lay.extent_in(project.crs) for lay in shown if lay.source_name == "villages"), None)
        extent = project.layers.extent_in(project.crs) if extent is None else extent
        session = self.desk.session
        sources = self.tr("Township store: planned sites and scenario {name}; households, DEM").format(
            name=scenario.name)
        pdf = path.with_suffix(".pdf")

        def written(_out) -> None:
            self.written = [gpkg, csv, pdf]
            remember_folder(gpkg)
            try:
                session.scenarios.record_export(scenario.name, [p.name for p in self.written],
                                                len(scenario.sites))
            except DataSourceError as exc:
                self.workbench.push_exception(exc)
            self.workbench.push(MessageLevel.SUCCESS, self.tr("Plan {name} written: {files}").format(
                name=scenario.name, files=", ".join(str(p) for p in self.written)))

        self.desk.task = self.workbench.run_task(
            write_plan_summary, print_map, pdf, title, rows, totals, crs_text=crs_label(project.crs),
            author=session.username, sources=sources, extent=tuple(extent) if extent is not None else None, feedback="feedback",
            name=self.tr("Writing the plan summary"), key=("planning", "plan"), done=written)

