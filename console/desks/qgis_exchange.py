"""The QGIS exchange desk: File › Export as QGIS project… and File › Open QGIS project….

Export writes the map as it is shown (layers, order, visibility, styles, the DEM) to a ``.qgz`` with the
project's GeoPackage beside it, for a county officer to open in QGIS. Open reads a ``.qgs``/``.qgz`` from the
county into a township project file the user names, shows it, and says what could not be carried over, in
the interface language. Both run as tasks (progress and cancel in the status bar); the work itself is
:mod:`layers.qgis_export` and :mod:`layers.qgis_import`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from widgets.message_bar import MessageLevel


def make(workbench) -> QgisExchangeDesk:
    return QgisExchangeDesk(workbench)


class QgisExchangeDesk(QtCore.QObject):
    """Two entries of the File menu, above its last part (Exit)."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        menu = workbench.menu("file", self.tr("&File"))
        self.export_action = workbench.action(self.tr("Export as &QGIS project…"), self.export_dialog)
        self.export_action.setObjectName("qgis-export")
        self.open_action = workbench.action(self.tr("Open Q&GIS project…"), self.open_dialog)
        self.open_action.setObjectName("qgis-open")
        last = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
        menu.insertActions(last, [self.open_action, self.export_action])
        if last is not None:
            menu.insertSeparator(self.open_action)

    # ------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        from widgets.save_paths import remember_folder, start_folder

        project = self.workbench.project
        start = Path(project.path).with_suffix(".qgz") if project.path else Path(start_folder()) / "township.qgz"
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self.workbench.dialog_parent, self.tr("Export as QGIS project"),
                                                        str(start), self.tr("QGIS project (*.qgz *.qgs)"))
        if not name:
            return
        remember_folder(name)
        path = Path(name) if Path(name).suffix.lower() in (".qgz", ".qgs") else Path(name + ".qgz")
        self.export(path)

    def export(self, path: Path):
        """Export the open project as ``path`` in a task; returns the task."""
        from layers.qgis_export import export_qgis_project

        return self.workbench.run_task(export_qgis_project, self.workbench.project, path, feedback="feedback",
                                       relief_name=self.tr("{layer} (hillshade)"),
                                       name=self.tr("Exporting the QGIS project"), key=("qgis-export", str(path)),
                                       done=self.exported)

    def exported(self, result) -> None:
        from widgets.error_text import notes_text

        text = self.tr("Wrote {name} ({count} layers) with {gpkg} beside it; keep the two files together.").format(
            name=result.path.name, count=result.layers, gpkg=result.gpkg.name)
        if result.notes:
            self.workbench.push(MessageLevel.WARNING, text + " " + self.tr("Notes: {count}; see Details.").format(
                count=len(result.notes)), notes_text(result.notes))
        else:
            self.workbench.push(MessageLevel.SUCCESS, text)

    # ------------------------------------------------------------------ import
    def open_dialog(self) -> None:
        parent = self.workbench.dialog_parent
        if self.workbench.project.dirty:
            answer = QtWidgets.QMessageBox.question(
                parent, self.tr("Unsaved changes"),
                self.tr("The project has unsaved changes, and the QGIS project will take its place. "
                        "Go on without saving them?"),
                QtWidgets.QMessageBox.StandardButton.Discard | QtWidgets.QMessageBox.StandardButton.Cancel)
            if answer != QtWidgets.QMessageBox.StandardButton.Discard:
                return
        name, _ = QtWidgets.QFileDialog.getOpenFileName(parent, self.tr("Open QGIS project"), "",
                                                        self.tr("QGIS project (*.qgz *.qgs)"))
        if not name:
            return
        source = Path(name)
        target, _ = QtWidgets.QFileDialog.getSaveFileName(parent, self.tr("Save as township project"),
                                                          str(source.with_suffix(".gpkg")),
                                                          self.tr("Township project (*.gpkg)"))
        if not target:
            return
        self.open_project(source, Path(target) if target.endswith(".gpkg") else Path(target + ".gpkg"))

    def open_project(self, source: Path, target: Path):
        """Read the QGIS project ``source`` into the township project ``target`` in a task, then show it."""
        from layers.qgis_import import import_qgis_project

        return self.workbench.run_task(import_qgis_project, source, target, feedback="feedback",
                                       name=self.tr("Opening the QGIS project"), key="project", done=self.opened)

    def opened(self, result) -> None:
        from widgets.error_text import notes_text

        project = self.workbench.project
        project.replace_with(result.project)
        view = result.project.settings.get("view")
        self.workbench.canvas.zoom_to_extent(tuple(view) if isinstance(view, list) and len(view) == 4 else None)
        text = self.tr("Opened {name}: {count} layers, saved as {target}.").format(
            name=result.project.settings.get("title", ""), count=len(result.project.layers),
            target=result.saved.name if result.saved else "")
        if result.notes:
            self.workbench.push(MessageLevel.WARNING, text + " " + self.tr(
                "Not carried over or changed: {count}; see Details.").format(count=len(result.notes)),
                notes_text(result.notes))
        else:
            self.workbench.push(MessageLevel.SUCCESS, text)
