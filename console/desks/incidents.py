"""The incident desk in the window: the queue, the detail view and the map kept in step, and the Incidents
menu (file a report from a form or by clicking on the map, import, export, village performance, deadlines).

After any change the incidents layer is read again from the store; the queue, the map symbols and the
detail view follow it. Every check is the store's; the desk offers only what the role may use. The desk
reaches the window only through its :class:`~console.workbench.Workbench`: it builds itself when someone
who may read reports logs in (``session_changed``), and shares the store's incidents layer through the
project (:mod:`console.store_layers`), never through the store desk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6 import QtCore, QtWidgets

from console.store_layers import add_store_layer, reload_store_layers
from console.workbench import DockArea, OneClickTool
from datasources.errors import DataSourceError
from datasources.store.permissions import Action, Right
from layers.code_lists import layer_title
from widgets.map_tools import MapTool
from widgets.message_bar import MessageLevel
from widgets.save_paths import remember_folder, save_path

if TYPE_CHECKING:  # the report files' module is imported when the menu is built, after a login
    from datasources.incident_files import ExportFormat

# the desk's map tool: the next click on the map files a report there
FILE_TOOL = "file_report"


def may_read_incidents(session) -> bool:
    """Whether the logged-in user sees incidents at all (the desk is built only then)."""
    return session.can(Action.read("incidents"), session.caller.village_code)


def make(workbench) -> IncidentDesk:
    return IncidentDesk(workbench)


class IncidentDesk(QtCore.QObject):
    """Queue dock, detail dock, the Incidents menu and the map tool that files a report where clicked;
    built when someone who may read reports logs in (``built`` says whether it is).

    Parameters
    ----------
    workbench : Workbench
    """

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.session = None
        self.built = False
        self.stats_panel = None
        workbench.session_changed.connect(self._logged_in)
        if workbench.session is not None:
            self._logged_in(workbench.session)

    def _logged_in(self, session) -> None:
        if session is None or self.built or not may_read_incidents(session):
            return
        from widgets.incidents.detail import IncidentDetail
        from widgets.incidents.queue import IncidentQueue

        self.built = True
        self.session = session
        w = self.workbench
        self.villages = self._village_names()
        self.deadlines = self._deadlines()
        self.layer = add_store_layer(w, "incidents")
        self.queue = IncidentQueue(self.layer, self.villages, self.deadlines)
        self.queue.activated.connect(self.zoom_to)
        self.queue.model.counts_changed.connect(self._queue_filtered)
        self.detail = IncidentDetail(self.session, self.villages)
        self.detail.changed.connect(self.refresh)
        self.detail.unmask_requested.connect(self.unmask)
        self.detail.failed.connect(w.push_exception)
        self.queue_dock = w.add_dock(self.tr("Incident queue"), self.queue, DockArea.BOTTOM, 320)
        self.detail_dock = w.add_dock(self.tr("Incident"), self.detail, DockArea.RIGHT, 440)
        self.layer.events.selection.connect(self._selection_changed)
        w.map_clicked.connect(self._map_clicked)
        # one report per click: the map goes back to the tool chosen before
        self.file_tool = OneClickTool(w, FILE_TOOL, lambda x, y: self.new_report((x, y)), self.ask_for_place)
        self._build_menu()
        self._update_assignees()
        self._queue_filtered()

    def _village_names(self) -> dict[str, str]:
        try:
            villages = self.session.features.read("villages")
        except DataSourceError:
            return {}
        return dict(zip(villages["village_code"], villages["name_zh"], strict=True))

    def _deadlines(self) -> dict[str, float] | None:
        try:
            return self.session.incidents.deadlines()
        except DataSourceError:
            return None

    def _may_edit(self) -> bool:
        return self.session.can(Action.edit("incidents"), self.session.caller.village_code)

    def _may(self, right: Right) -> bool:
        """Whether the role may use ``right`` (import, export...) in the user's village or township."""
        return self.session.can(Action(right), self.session.caller.village_code)

    # ------------------------------------------------------------------ menu
    def _build_menu(self) -> None:
        from datasources.incident_files import ExportFormat

        w = self.workbench
        menu = w.menu("incidents", self.tr("&Incidents"))
        self.menu = menu
        edit = self._may_edit()
        self.new_action = w.action(self.tr("&New report…"), lambda: self.new_report(), "Ctrl+Shift+N")
        self.map_action = w.add_map_tool(FILE_TOOL, self.file_tool, self.tr("File report by &clicking on the map"))
        self.import_action = w.action(self.tr("&Import CSV/Excel…"), lambda: self.import_table())
        self.open311_action = w.action(self.tr("Import &Open311 (JSON/XML)…"), lambda: self.import_open311())
        for action in (self.new_action, self.map_action, self.import_action, self.open311_action):
            action.setEnabled(edit)
            menu.addAction(action)
        for action in (self.import_action, self.open311_action):  # a role may file reports one by one
            action.setEnabled(edit and self._may(Right.IMPORT))  # and still not import them
        export = menu.addMenu(self.tr("&Export"))
        for fmt, label in ((ExportFormat.OPEN311_JSON, self.tr("Open311 GeoReport v2 (JSON)…")),
                           (ExportFormat.OPEN311_XML, self.tr("Open311 GeoReport v2 (XML)…")),
                           (ExportFormat.CSV, self.tr("CSV…")), (ExportFormat.XLSX, self.tr("Excel (XLSX)…"))):
            action = w.action(label, lambda f=fmt: self.export_dialog(f))
            action.setEnabled(self._may(Right.EXPORT))
            export.addAction(action)
        menu.addSeparator()
        menu.addAction(w.action(self.tr("&Village performance…"), self.open_village_stats))
        self.deadlines_action = w.action(self.tr("Category &deadlines…"), self.edit_deadlines)
        self.deadlines_action.setEnabled(edit and not self.session.caller.village_code)
        menu.addAction(self.deadlines_action)
        self.correct_action = w.action(self.tr("Co&rrect report…"), self.correct_report)
        self.correct_action.setEnabled(self.deadlines_action.isEnabled())  # the same township-wide right
        menu.addAction(self.correct_action)
        menu.addSeparator()
        menu.addAction(self.queue_dock.toggleViewAction())
        menu.addAction(self.detail_dock.toggleViewAction())

    # ------------------------------------------------------------------ keeping in step
    def refresh(self, incident_id: int | None = None) -> None:
        """Read the incidents again from the store; queue, map and detail follow."""
        reload_store_layers(self.workbench, "incidents")
        self._update_assignees()
        shown = incident_id if incident_id is not None else self.detail.incident_id
        if shown is not None:
            self.select(int(shown))
        self.detail.refresh()

    def select(self, incident_id: int) -> None:
        """Select the report with this store id (queue, map and detail view)."""
        where = np.flatnonzero(self.layer.data.index.to_numpy() == int(incident_id))
        if len(where):
            self.layer.selection = where[:1].astype(np.int64)
        if self.detail.incident_id != int(incident_id):
            self.detail.show_incident(int(incident_id))

    def _selection_changed(self, rows) -> None:
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) == 1:
            incident_id = int(self.layer.data.index[int(rows[0])])
            if incident_id != self.detail.incident_id:
                self.detail.show_incident(incident_id)
            self.detail_dock.raise_()

    def _update_assignees(self) -> None:
        data = self.layer.data
        if "assignee" in data.columns:
            self.detail.known_assignees = sorted(set(data["assignee"].dropna().astype(str)) - {""})

    def _queue_filtered(self) -> None:
        """Draw on the map only the reports the queue shows: the layer's ``shown``, which the map follows
        (an unchanged filter emits nothing, so a burst of the same counts draws nothing again)."""
        self.layer.shown = self.queue.model.mask

    def zoom_to(self, incident_id: int) -> None:
        row = np.flatnonzero(self.layer.data.index.to_numpy() == int(incident_id))
        if not len(row):
            return
        geom = self.layer.data_in(self.workbench.project.crs).geometry.iloc[int(row[0])]
        if geom is None or geom.is_empty:
            return
        self.workbench.canvas.zoom_to_extent((geom.x - 400, geom.y - 400, geom.x + 400, geom.y + 400))

    # ------------------------------------------------------------------ filing
    @property
    def filing_on_map(self) -> bool:
        """Whether the next click on the map files a report (the desk's map tool is chosen)."""
        return self.workbench.tool == FILE_TOOL

    def ask_for_place(self) -> None:
        self.workbench.show_status(self.tr("Click the place of the report on the map"), 10_000)

    def file_on_map(self) -> None:
        """The next click on the map opens the form at that place."""
        self.map_action.trigger()

    def _map_clicked(self, x: float, y: float, tool: str) -> None:
        if tool == MapTool.PAN and self.layer.visible:  # not the click that filed a report
            self.pick_at(x, y)

    def pick_at(self, x: float, y: float) -> str | None:
        """A click with the pan tool: on a bubble it zooms in around it, on a symbol it selects that
        report (the queue and the detail view follow). Returns "zoomed", "selected" or None."""
        from layers.incidents.picking import pick_report

        view, rows = self.workbench.canvas.current_view(), self.layer.shown_rows()
        points = self.layer.data_in(self.workbench.project.crs).geometry.iloc[rows]
        picked = pick_report(points.x.to_numpy(), points.y.to_numpy(), x, y, view.pixel_size, view.bbox,
                             self.workbench.project.crs)
        if picked is None:
            return None
        if picked[0] == "zoom":
            self.workbench.canvas.zoom_to_extent(picked[1], pad=False)
            return "zoomed"
        self.layer.selection = np.array([rows[picked[1]]], dtype=np.int64)
        return "selected"

    def new_report(self, point: tuple[float, float] | None = None) -> int | None:
        """Open the form (at ``point``, in the map's CRS); returns the id of the report filed."""
        from widgets.incidents.form import IncidentForm

        form = IncidentForm(self.session, point, self.workbench.project.crs, self.villages, self.workbench.dialog_parent)
        self.form = form
        if form.exec() != QtWidgets.QDialog.DialogCode.Accepted or form.incident_id is None:
            return None
        self.refresh(form.incident_id)
        self.workbench.push(MessageLevel.INFO, self.tr("Filed report {0}").format(
            self.detail.incident.get("case_number") if self.detail.incident else form.incident_id))
        return form.incident_id

    # ------------------------------------------------------------------ personal data
    def unmask(self, incident_id: int) -> None:
        reason, ok = QtWidgets.QInputDialog.getText(
            self.workbench.dialog_parent, self.tr("Personal data"),
            self.tr("Why do you need the reporter's personal data? (recorded in the audit log)"))
        if not ok or not reason.strip():
            return
        try:
            plain = self.session.incidents.unmask(incident_id, reason.strip())
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        self.detail.show_personal(plain)

    # ------------------------------------------------------------------ import and export
    def import_table(self, path: Path | None = None) -> None:
        from widgets.column_mapping_dialog import ColumnMappingDialog

        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self.workbench.dialog_parent, self.tr("Import reports"), "",
                self.tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
            if not name:
                return
            path = Path(name)
        try:
            dialog = ColumnMappingDialog(path, self.session, project_crs=self.workbench.project.crs,
                                         parent=self.workbench.dialog_parent, tasks=self.workbench.tasks)
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        self.mapping_dialog = dialog
        dialog.exec()
        if dialog.imported:
            self.refresh()
            self.workbench.push(MessageLevel.INFO, self.tr("Imported {0} reports from {1}").format(
                len(dialog.imported), path.name))

    def import_open311(self, path: Path | None = None) -> list[int] | None:
        """Import Open311 GeoReport v2 service requests (JSON or XML); returns the ids filed."""
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self.workbench.dialog_parent, self.tr("Import Open311 requests"), "",
                self.tr("Open311 GeoReport v2 (*.json *.xml)"))
            if not name:
                return None
            path = Path(name)
        result = self._import_as_task(path)
        if result is None:
            return None
        self.refresh()
        text = self.tr("Imported {0} reports from {1}").format(len(result.ids), path.name)
        if result.errors or result.duplicates:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, self.tr("Import"),
                                        text + "\n" + self.tr("{0} requests were left out.").format(
                                            len(result.errors)), parent=self.workbench.dialog_parent)
            box.setDetailedText("\n".join(result.errors + result.duplicates))
            self.report_box = box
            box.open()
        self.workbench.push(MessageLevel.INFO, text)
        return result.ids

    def _import_as_task(self, path: Path):
        """Import in a task listed in the status bar (its cancel button stops it, nothing imported) and
        wait for it, the window answering; the result, or None when it failed (said) or was cancelled."""
        from datasources.incident_files import import_incidents
        from layers.code_lists import incident_code_names

        # the office's files name categories and statuses in Chinese, whatever the interface
        return self.workbench.run_task_and_wait(
            import_incidents, self.session, path, names=incident_code_names("zh_CN"),
            name=self.tr("Importing reports"), key=("import", str(path)), feedback="feedback")

    def export_dialog(self, fmt: ExportFormat | str) -> None:
        from datasources.incident_files import ExportFormat

        suffix = ExportFormat(fmt).suffix
        name, _ = QtWidgets.QFileDialog.getSaveFileName(  # named and placed for the user
            self.workbench.dialog_parent, self.tr("Export reports"), save_path(f"{layer_title('incidents')}.{suffix}"),
            f"*.{suffix}")
        if name:
            remember_folder(name)
            self.export(fmt, Path(name))

    def export(self, fmt: ExportFormat | str, path: Path, include_personal: bool | None = None) -> int | None:
        """Write the reports the user may see to ``path`` as ``fmt`` (an :class:`ExportFormat`, or its name
        such as ``csv``); spreadsheet cells are safe from formula injection. Returns the number written.

        For a spreadsheet, a role that may export personal data is asked whether to include it
        (``include_personal`` answers in advance); Open311 never carries it.
        """
        from datasources.incident_files import (
            PERSONAL_COLUMNS,
            SPREADSHEET_COLUMNS,
            ExportFormat,
            export_incidents,
        )
        from layers.code_lists import export_headers, incident_code_names

        fmt = ExportFormat(fmt)
        if fmt.is_open311 or not self._may(Right.EXPORT_PERSONAL):
            include_personal = False
        elif include_personal is None:
            buttons = QtWidgets.QMessageBox.StandardButton
            include_personal = QtWidgets.QMessageBox.question(
                self.workbench.dialog_parent, self.tr("Personal data"),
                self.tr("Include the reporters' names, phone and ID numbers? The file will hold "
                        "residents' personal data; the export is recorded."),
                buttons.Yes | buttons.No, buttons.No) == buttons.Yes
        try:
            count = export_incidents(  # names, headers and sheet in the user's language
                self.session, path, fmt, include_personal, include_personal, names=incident_code_names(),
                headers=export_headers(SPREADSHEET_COLUMNS + PERSONAL_COLUMNS, "incidents"),
                sheet=layer_title("incidents"))
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return None
        self.workbench.push(MessageLevel.INFO, self.tr("Exported {0} reports to {1}").format(count, path.name))
        return count

    # ------------------------------------------------------------------ per village, deadlines
    def open_village_stats(self) -> None:
        import shiboken6

        from widgets.incidents.village_stats_panel import VillageStatsPanel

        try:
            villages = self.session.features.read("villages")
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return
        panel = VillageStatsPanel(self.layer.data, villages, self.deadlines, parent=self.workbench.dialog_parent,
                                  exports=self.session.exports)
        panel.setWindowFlag(QtCore.Qt.WindowType.Window)  # its own window: the charts need room
        panel.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.resize(1280, 860)
        if self.stats_panel is not None and shiboken6.isValid(self.stats_panel):
            self.stats_panel.close()
        self.stats_panel = panel
        panel.show()
        panel.raise_()

    def edit_deadlines(self) -> None:
        from widgets.incidents.deadlines_dialog import DeadlinesDialog

        dialog = DeadlinesDialog(self.session, self.workbench.dialog_parent)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.deadlines = self._deadlines()
            self.queue.model.deadlines = self.deadlines
            self.refresh()

    def correct_report(self) -> None:
        """The shown report's category, deadline or time, corrected with a reason (the store's named step)."""
        from widgets.incidents.correction_dialog import CorrectionDialog

        if self.detail.incident is None:
            self.workbench.show_status(self.tr("Select a report to correct first."), 5000)
            return
        dialog = CorrectionDialog(self.session, self.detail.incident, self.workbench.dialog_parent)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.refresh(int(self.detail.incident["id"]))
