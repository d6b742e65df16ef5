"""The evaluation desk: Evaluation › Governance dashboard… opens a tab in the window's bottom row (under the
map, which stays in view on a 1366x768 laptop) with the month range, the villages' figures, the ranking, services coverage and trend charts; a double-click opens
a village's page; the map colours the villages by the chosen metric (a layer added to the project); the
workbook and the county's monthly PDF are written as long tasks.

Everything is read through the store's named queries (``session.evaluation``) as the logged-in user: a
village officer evaluates their own village. The desk reaches the window only through its workbench.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
from PySide6 import QtCore, QtWidgets

from datasources.store.permissions import Action
from widgets.message_bar import MessageLevel
from widgets.save_paths import remember_folder, save_path

#: months shown when the dashboard opens: the last twelve, this one included
DEFAULT_MONTHS = 12
#: the dashboard's share of the window's height in the bottom row (the map keeps the rest), and its least
DOCK_SHARE, DOCK_MIN = 0.47, 300


def make(workbench) -> EvaluationDesk:
    return EvaluationDesk(workbench)


def default_range(today: datetime | None = None) -> tuple[str, str]:
    """The last :data:`DEFAULT_MONTHS` months (local time), this month last."""
    last = pd.Timestamp(today or pd.Timestamp.now(tz="Asia/Shanghai").tz_localize(None)).to_period("M")
    return str(last - (DEFAULT_MONTHS - 1)), str(last)


class EvaluationDesk(QtCore.QObject):
    """The Evaluation menu and the governance dashboard (built when someone who may read reports logs in)."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.session = None
        self.window = None
        self.dock = None
        self.pdf_options = None
        self.evaluation = None
        self.map_layer = None
        self.pages: list = []
        self.action = None
        workbench.session_changed.connect(self._logged_in)
        if workbench.session is not None:
            self._logged_in(workbench.session)

    def _logged_in(self, session) -> None:
        if session is None or self.action is not None:
            return
        if not session.can(Action.read("incidents"), session.caller.village_code):
            return
        self.session = session
        menu = self.workbench.menu("evaluation", self.tr("E&valuation"))
        self.action = self.workbench.action(self.tr("&Governance dashboard…"), self.open_dashboard)
        menu.addAction(self.action)

    # ------------------------------------------------------------------ the window
    def open_dashboard(self, first: str | None = None, last: str | None = None):
        """Show the dashboard (made once) as a tab of the window's bottom row, in front and tall enough for
        its tables and charts while the map stays in view above it, and read the months into it."""
        import shiboken6

        from console.workbench import DockArea
        from widgets.evaluation.dashboard import GovernanceDashboard

        if self.window is None or not shiboken6.isValid(self.window):
            start, end = default_range()
            self.window = GovernanceDashboard(first or start, last or end)
            self.window.refresh_requested.connect(self.refresh)
            self.window.map_requested.connect(self.colour_map)
            self.window.village_requested.connect(self.open_village)
            self.window.export_requested.connect(self._export_asked)
            self.dock = self.workbench.add_dock(self.tr("Governance dashboard"), self.window, DockArea.BOTTOM)
        self._show_dock()
        self.window.request_refresh()
        return self.window

    def _show_dock(self) -> None:
        """The dashboard's dock in front of the bottom row's tabs, :data:`DOCK_SHARE` of the window's height."""
        window = self.dock.parentWidget()
        area = QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        if not self.dock.isFloating() and window.dockWidgetArea(self.dock) == area:
            others = [d for d in window.findChildren(QtWidgets.QDockWidget)
                      if d is not self.dock and d.parentWidget() is window and not d.isHidden()
                      and not d.isFloating() and window.dockWidgetArea(d) == area]
            if others and others[0] not in window.tabifiedDockWidgets(self.dock):
                window.tabifyDockWidget(others[0], self.dock)
        self.dock.show()
        self.dock.raise_()
        if not self.dock.isFloating():
            height = max(DOCK_MIN, int(window.height() * DOCK_SHARE))
            window.resizeDocks([self.dock], [height], QtCore.Qt.Orientation.Vertical)

    def refresh(self, first: str, last: str):
        from layers.evaluation.model import evaluate_store

        return self.workbench.run_task(
            evaluate_store, self.session, first, last, households=self._households(), feedback="feedback",
            name=self.tr("Evaluating {first} to {last}").format(first=first, last=last),
            key=("evaluation", "refresh"), done=self._evaluated, failed=self._failed)

    def _evaluated(self, evaluation) -> None:
        self.evaluation = evaluation
        if self.window is not None:
            self.window.set_evaluation(evaluation)

    def _failed(self, exc) -> None:
        if self.window is not None:
            self.window.failed(self.tr("The figures could not be read."))
        self.workbench.push_exception(exc, self.tr("Governance dashboard"))

    def _households(self):
        """The households layer of the project (points with ``village_code``) in the store's CRS, for the
        services coverage; None when the project has none."""
        for layer in self.workbench.project.layers:
            data = getattr(layer, "data", None)
            names = {str(getattr(layer, "name", "")).lower(), str(getattr(layer, "source_name", "")).lower()}
            if "households" in names and data is not None and "village_code" in data:
                try:
                    return data.to_crs(epsg=self.session.store.srid) if data.crs is not None else data
                except Exception:  # noqa: BLE001 — no coverage then, said in the dashboard's note
                    return None
        return None

    # ------------------------------------------------------------------ map and village page
    def colour_map(self, metric: str, month: str) -> None:
        from layers.evaluation.labels import label
        from layers.evaluation.map_layer import metric_layer

        if self.evaluation is None:
            return
        lang = "zh_CN" if self._chinese() else "en"
        title = self.tr("Governance: {metric}, {month}").format(metric=label(metric, lang), month=month)
        layer = metric_layer(self.evaluation, metric, None if metric == "score" else month, title,
                             self.tr("no value"))
        layers = self.workbench.project.layers
        if self.map_layer is not None and self.map_layer in layers:
            layers.remove(self.map_layer)
        self.map_layer = layer
        layers.insert(0, layer)
        self.workbench.show_status(title, 5000)

    def open_village(self, code: str):
        from widgets.evaluation.village_page import VillagePage

        if self.evaluation is None:
            return None
        page = VillagePage(self.evaluation.page(code), self.evaluation.months, self.window)
        page.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        page.show()
        self.pages = [p for p in self.pages if _alive(p)] + [page]
        return page

    # ------------------------------------------------------------------ files
    def _export_asked(self, kind: str) -> None:
        if kind == "xlsx":
            self.export_xlsx()
        else:
            self.export_pdf()

    def _ask_path(self, name: str, pattern: str) -> Path | None:
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self.window or self.workbench.dialog_parent,
                                                          self.tr("Save as"), save_path(name), pattern)
        if not chosen:
            return None
        remember_folder(chosen)
        return Path(chosen)

    def export_xlsx(self, path: Path | None = None):
        from layers.evaluation.export import export_workbook

        if self.evaluation is None:
            return None
        ev = self.evaluation
        path = path or self._ask_path(self.tr("Governance {first} to {last}").format(
            first=ev.data.first, last=ev.data.last) + ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        lang = "zh_CN" if self._chinese() else "en"
        return self.workbench.run_task(export_workbook, ev, path, lang, feedback="feedback", name=self.tr("Writing the workbook"),
                                       key=("evaluation", "xlsx"), done=self._written,
                                       failed=self._write_failed)

    def export_pdf(self, path: Path | None = None, month: str | None = None, page: str | None = None,
                   landscape: bool | None = None):
        """Write the monthly report as a task; without a paper, first ask for it (A4 or A3, portrait or
        landscape: the dialog, in ``pdf_options``), then for the file. The task, or None."""
        from widgets.evaluation.report_pdf import write_monthly_pdf

        if self.evaluation is None:
            return None
        if page is None:
            from widgets.evaluation.report_options import ReportOptions

            self.pdf_options = ReportOptions(self.window or self.workbench.dialog_parent)
            self.pdf_options.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            options = self.pdf_options
            options.accepted.connect(lambda: self.export_pdf(path, month, options.page(), options.landscape()))
            options.show()
            return None
        month = month or (self.window.month_name if self.window is not None else self.evaluation.months[-1])
        path = path or self._ask_path(self.tr("Governance report {month}").format(month=month) + ".pdf",
                                      self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        metric = self.window.metric_name if self.window is not None else "on_time_share"
        lang = "zh_CN" if self._chinese() else "en"
        return self.workbench.run_task(write_monthly_pdf, self.evaluation, month, path, self._township(), metric,
                                       lang, feedback="feedback", page=page, landscape=bool(landscape),
                                       name=self.tr("Writing the monthly report"),
                                       key=("evaluation", "pdf"), done=self._written, failed=self._write_failed)

    def _written(self, path) -> None:
        self.workbench.push(MessageLevel.SUCCESS, self.tr("Written: {name}").format(name=Path(path).name))

    def _write_failed(self, exc) -> None:
        self.workbench.push_exception(exc, self.tr("Governance dashboard"))

    def _township(self) -> str:
        """The township's name for the report's title: the first word of the project's title
        (``青溪镇 Qingxi Town`` gives 青溪镇), or nothing."""
        title = str(getattr(self.workbench.project, "settings", {}).get("title", "") or "").split()
        return title[0] if title else ""

    @staticmethod
    def _chinese() -> bool:
        from layers import code_lists

        return code_lists.chinese()


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget) and widget.isVisible()


__all__ = ["EvaluationDesk", "default_range", "make"]
