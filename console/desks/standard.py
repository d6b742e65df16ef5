"""The data standard desk: a "Data standard" menu to show the township data standard, validate a
department's file against it (a long task with progress and cancel, then a report by row with filters and
export), and conform a file to it (the mapping dialog, preview, export as a GeoPackage in the standard).

The checks are :mod:`datasources.standard` (no Qt), the same as ``township-console validate``; the desk
reaches the window only through its workbench and imports its widgets when a menu entry is used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from widgets.message_bar import MessageLevel

FILE_FILTER = QtCore.QT_TRANSLATE_NOOP(
    "StandardDesk", "Map data (*.gpkg *.shp *.geojson *.json *.gz *.zip *.kml *.kmz *.fgb *.csv *.xlsx);;"
                    "All files (*)")


def make(workbench) -> StandardDesk:
    return StandardDesk(workbench)


class StandardDesk(QtCore.QObject):
    """The Data standard menu and what its three entries open."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.dialogs: list[QtWidgets.QDialog] = []
        self.report = None  # the last validation report
        self.menu = workbench.menu("standard", self.tr("Data &standard"))
        self.show_action = workbench.action(self.tr("Show the standard…"), lambda: self.show_standard())
        self.show_action.setObjectName("standard-show")
        self.validate_action = workbench.action(self.tr("Validate a file…"), lambda: self.validate_file())
        self.validate_action.setObjectName("standard-validate")
        self.conform_action = workbench.action(self.tr("Conform to the standard…"), lambda: self.conform_file())
        self.conform_action.setObjectName("standard-conform")
        for action in (self.show_action, self.validate_action, self.conform_action):
            self.menu.addAction(action)

    # ------------------------------------------------------------------ asking
    def ask_file(self) -> str:
        """The file to check (an open dialog; tests answer it)."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.workbench.dialog_parent,
                                                        self.tr("A department's file"), "",
                                                        self.tr(FILE_FILTER))
        return path

    def ask_kind(self, path: str) -> str | None:
        """The standard's layer kind the file should be (guessed from its name and columns, then asked)."""
        from datasources.standard.conform import guess_kind
        from datasources.standard.schema import load_standard
        from widgets.standard.labels import chinese

        standard = load_standard()
        guess = guess_kind(Path(path), standard)
        titles = [f"{spec.title(chinese())} ({spec.name})" for spec in standard.kinds.values()]
        names = list(standard.kinds)
        title, ok = QtWidgets.QInputDialog.getItem(self.workbench.dialog_parent, self.tr("Layer kind"),
                                                   self.tr("Check {file} as:").replace("{file}", Path(path).name),
                                                   titles, names.index(guess), False)
        return names[titles.index(title)] if ok and title in titles else None

    # ------------------------------------------------------------------ the three entries
    def show_standard(self) -> QtWidgets.QDialog:
        from widgets.standard.browser import StandardBrowser

        return self._keep(StandardBrowser(parent=self.workbench.dialog_parent))

    def validate_file(self, path: str | None = None, kind: str | None = None):
        """Ask for a file and its kind, then check it as a task; the report opens when it is done.
        Returns the task (None when nothing was chosen)."""
        from datasources.standard.checks import validate_file

        path = path or self.ask_file()
        if not path:
            return None
        kind = kind or self.ask_kind(path)
        if not kind:
            return None
        return self.workbench.run_task(validate_file, Path(path), kind, feedback="feedback",
                                       name=self.tr("Checking {file} against the standard")
                                       .replace("{file}", Path(path).name),
                                       key=("standard", path), done=self.show_report)

    def show_report(self, report) -> QtWidgets.QDialog:
        from widgets.error_text import note_text
        from widgets.standard.report_dialog import ValidationReportDialog

        self.report = report
        level = MessageLevel.SUCCESS if report.conforms else MessageLevel.WARNING
        self.workbench.push(level, note_text(report.verdict()))
        return self._keep(ValidationReportDialog(report, parent=self.workbench.dialog_parent))

    def conform_file(self, path: str | None = None, kind: str | None = None):
        """Ask for a file and its kind, read it (a task, waited for with the window answering), then open
        the conform dialog on it; returns the dialog (None when nothing was chosen or read)."""
        from datasources.vector import open_vector
        from widgets.standard.conform_dialog import ConformDialog

        path = path or self.ask_file()
        if not path:
            return None
        kind = kind or self.ask_kind(path)
        if not kind:
            return None
        source = self.workbench.run_task_and_wait(open_vector, Path(path), None, feedback="feedback",
                                                  name=self.tr("Reading {file}").replace("{file}", Path(path).name),
                                                  key=("standard-read", path))
        if source is None:
            return None
        return self._keep(ConformDialog(source, kind, parent=self.workbench.dialog_parent,
                                        run_task=self.workbench.run_task_and_wait))

    def _keep(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.show()
        return dialog
