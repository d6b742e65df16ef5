"""The printing desk: a Print menu with "Print layout…" (a layout of the project with its preview, kept
with the project and exported to PDF or PNG) and "Village atlas…" (a page per village with its figures).

Exports run as long tasks (status-bar progress and cancel). The map of a print is drawn by the canvas's
items (``widgets.printing``), prepared on the GUI thread and drawn in the task. The atlas counts each
village's residents' reports when the project shows the store's incidents (someone logged in may read
them); the desk reaches the window only through the workbench.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from widgets.message_bar import MessageLevel


def make(workbench) -> PrintingDesk:
    return PrintingDesk(workbench)


class PrintingDesk(QtCore.QObject):
    """The Print menu and its two exports."""

    def __init__(self, workbench) -> None:
        super().__init__(workbench)
        self.workbench = workbench
        self.dialog = None
        self.last: object = None  # what the last export wrote (widgets.printing.export.Printed)
        #: the maps of the prints under way, kept here so that their layer items (Qt objects made on
        #: the GUI thread) are released on the GUI thread when the task has finished, never by the worker
        self._printing: dict[str, object] = {}
        self.menu = workbench.menu("print", self.tr("&Print"))
        self.layout_action = workbench.action(self.tr("Print layout…"), self.open_layout_dialog)
        self.layout_action.setObjectName("print-layout")
        self.atlas_action = workbench.action(self.tr("Village atlas…"), self.print_atlas)
        self.atlas_action.setObjectName("print-atlas")
        self.menu.addAction(self.layout_action)
        self.menu.addAction(self.atlas_action)

    # ------------------------------------------------------------------ a layout
    def open_layout_dialog(self) -> None:
        from widgets.printing.dialog import PrintLayoutDialog

        project = self.workbench.project
        if not project.layers.extent_in(project.crs):
            self.workbench.push(MessageLevel.WARNING, self.tr("Open a project or some layers to print first."))
            return
        from widgets.symbols import has_cjk_font

        if not has_cjk_font():
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "No Chinese font is installed: Chinese text will print as boxes (install fonts-wqy-microhei)."))
        import shiboken6

        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        canvas = self.workbench.canvas
        self.dialog = PrintLayoutDialog(project, parent=self.workbench.dialog_parent,
                                        map_view=lambda: canvas.current_view().bbox)
        self.dialog.export_requested.connect(self.export_layout)
        self.dialog.show()

    def export_layout(self, layout, path: str) -> object:
        """Print ``layout`` to ``path`` as a task; the task."""
        from widgets.printing.export import write_layout
        from widgets.printing.map_picture import PrintMap

        project = self.workbench.project
        print_map = PrintMap(project)  # its items are made here, on the GUI thread
        task = self.workbench.run_task(
            write_layout, project, layout, Path(path), print_map, feedback="feedback",
            name=self.tr("Printing {name}").replace("{name}", layout.name), key=("print", path),
            done=self._printed)
        return self._hold(task, path, print_map)

    # ------------------------------------------------------------------ the atlas
    def ask_atlas_path(self) -> str:
        """The atlas's file (a save dialog; tests replace this)."""
        from widgets.save_paths import save_path

        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.workbench.dialog_parent, self.tr("Village atlas"), save_path(self.tr("village atlas") + ".pdf"),
            self.tr("PDF document (*.pdf);;PNG images, one a page (*.png)"))
        if path and Path(path).suffix.lower() not in (".pdf", ".png"):
            path += ".pdf"
        return path

    def print_atlas(self) -> object:
        """Ask where, then print the village atlas as a task; the task (None when not started)."""
        from layers.print_atlas import villages_layer

        project = self.workbench.project
        if villages_layer(project) is None:
            self.workbench.push(MessageLevel.WARNING,
                                self.tr("The atlas needs a villages layer: open the township's villages first."))
            return None
        path = self.ask_atlas_path()
        if not path:
            return None
        from widgets.printing.export import write_atlas
        from widgets.printing.map_picture import PrintMap

        print_map = PrintMap(project)
        task = self.workbench.run_task(
            write_atlas, project, Path(path), None, None, print_map, feedback="feedback",
            name=self.tr("Printing the village atlas"), key=("print", path), done=self._printed)
        return self._hold(task, path, print_map)

    def _hold(self, task, path: str, print_map):
        self._printing[path] = print_map
        task.finished.connect(lambda: self._printing.pop(path, None))
        return task

    def _printed(self, printed) -> None:
        from widgets.save_paths import remember_folder

        self.last = printed
        if printed.files:
            remember_folder(printed.files[0])
        where = str(printed.files[0]) if len(printed.files) == 1 else \
            self.tr("{n} files in {folder}").replace("{n}", str(len(printed.files))) \
            .replace("{folder}", str(printed.files[0].parent))
        self.workbench.push(MessageLevel.SUCCESS, self.tr("Printed {pages} page(s) to {where}")
                            .replace("{pages}", str(printed.pages)).replace("{where}", where))
