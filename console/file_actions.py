"""File > Open, drag-and-drop, recent files, project save/open and the question before losing changes."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from widgets.error_text import notes_text
from widgets.message_bar import MessageLevel

RECENT_KEY = "recent_files"
MAX_RECENT = 10
DATA_PATTERNS = ("*.gpkg *.shp *.zip *.geojson *.json *.gz *.topojson *.kml *.kmz *.fgb *.pbf *.csv *.txt "
                 "*.tsv *.xlsx *.tif *.tiff")


def load_layers(paths: list[Path], project_crs: str, progress, is_cancelled) -> list:
    """Read files into layers (worker side: plain Python, no Qt).

    Files are opened fast (``validity="deferred"``): invalid geometries are flagged afterwards by
    :meth:`FileActions.check_validity_later`, while the layers are already on the map.
    """
    from datasources.feedback import Feedback
    from datasources.options import ReadOptions
    from layers.project import layers_from_file

    feedback = Feedback(progress, is_cancelled)
    options = ReadOptions(project_crs=project_crs, validity="deferred")
    layers = []
    for i, path in enumerate(paths):
        layers.extend(layers_from_file(path, options, feedback.step(i, len(paths))))
    return layers


class FileActions(QtCore.QObject):
    """What the File menu does for one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings = QtCore.QSettings("TownshipConsole", "township-console")
        self.assumption_dialog = None

    @property
    def project(self):
        return self.window.project

    # ---- opening data
    def open_dialog(self) -> None:
        self.window.warm_kernels()  # while the person picks the file
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(self.window, self.tr("Open data"), "",
                                                          self.tr("Data ({patterns});;All files (*)")
                                                          .format(patterns=DATA_PATTERNS))
        if names:
            self.open_paths([Path(n) for n in names])

    def open_paths(self, paths: list[Path], wait: bool = False):
        """Load files in a worker; layers join the project on the GUI thread when ready."""
        from layers.project import is_project_file

        if len(paths) == 1 and is_project_file(paths[0]) and not self.project.layers:
            return self.open_project(paths[0])
        for p in paths:
            self.remember(p)
        return self.window.run_task(load_layers, list(paths), self.project.crs,
                                    label=self.tr("Loading"), done=self._layers_loaded)

    def _layers_loaded(self, layers: list) -> None:
        """Put the new layers on top of the map (a file's own order kept; tables without geometry go
        below, in the layer tree's *Tables* group), and show them when they lie outside the view."""
        self.window.clear_measurement()
        first = not len(self.project.layers)
        spatial = [layer for layer in layers if not is_table(layer)]
        for i, layer in enumerate(spatial):
            self.project.layers.insert(i, layer)
        for layer in layers:
            if is_table(layer):
                self.project.layers.append(layer)
        for layer in layers:
            self._report_assumptions(layer)
        if spatial and (first or len(self.project.layers) == len(layers)):
            self.window.canvas.zoom_to_extent()
        elif spatial:
            self._show_if_outside(spatial)
        for layer in layers:
            self.check_validity_later(layer)

    def _show_if_outside(self, layers: list) -> None:
        """Zoom to new layers that do not show in the current view, and say so with a way back."""
        canvas = self.window.canvas
        boxes = [b for b in (_extent(layer, self.project.crs) for layer in layers) if b is not None]
        if not boxes:
            return
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
        view = canvas.current_view().bbox
        if _overlap(bbox, view) > 0.0:
            return
        canvas.zoom_to_extent(bbox)
        names = ", ".join(layer.name for layer in layers)
        self.window.message_bar.push(
            self.tr("{names} lies outside the view you had; the map now shows it.").format(names=names),
            MessageLevel.INFO)

    def check_validity_later(self, layer) -> None:
        """Flag the layer's invalid geometries in a background task, then report its problems.

        The task starts on the next turn of the event loop, once the loading task has finished
        with the status-bar progress bar. The check runs in the worker and its result is written
        to the layer here, on the GUI thread, where the views hear the layer's data event.
        """
        if getattr(layer, "validity_checked", True):
            return

        def start() -> None:
            self.window.run_task(layer.find_validity_problems, label=self.tr("Checking geometry"),
                                 feedback="feedback", key=("validity", layer.id), done=lambda check: self._validity_checked(layer, check))

        QtCore.QTimer.singleShot(0, start)

    def _validity_checked(self, layer, check) -> None:
        layer.apply_validity(check)
        if layer in self.project.layers and layer.problem_count:
            self._report_problems(layer)

    def _report_problems(self, layer) -> None:
        source = getattr(layer, "source", None)
        self.window.message_bar.push(
            f"{layer.name}: "
            + self.tr("{n} feature(s) flagged with geometry problems").format(n=layer.problem_count)
            + ". " + self.tr("Check them in the layer's properties."), MessageLevel.WARNING,
            notes_text(source.warnings) if source is not None else "")

    def _report_assumptions(self, layer) -> None:
        from widgets.assumption_dialog import (
            AssumptionDialog,
            needs_confirmation,
            translated_reason,
        )

        source = getattr(layer, "source", None)
        if source is None:
            return
        if needs_confirmation(layer) and source.driver not in ("GPKG",):
            dialog = AssumptionDialog(layer, self.window)
            dialog.corrected.connect(lambda crs, enc, layer=layer: self.reopen(layer, crs, enc))
            dialog.open()  # window-modal, not blocking: the map keeps working
            self.assumption_dialog = dialog  # the last one asked
        notes = []
        if source.crs_assumed or not source.crs:
            notes.append(self.tr("CRS {crs} was assumed ({why})").format(
                crs=source.crs or self.tr("unknown"), why=translated_reason(source.crs_reason)))
        if source.encoding_guessed:
            notes.append(self.tr("text encoding {enc} was guessed").format(enc=source.encoding))
        problems = getattr(layer, "problem_count", 0)
        if problems and getattr(layer, "validity_checked", True):  # else reported after the check
            notes.append(self.tr("{n} feature(s) flagged with geometry problems").format(n=problems))
        if notes:
            self.window.message_bar.push(f"{layer.name}: " + "; ".join(notes) + ". "
                                         + self.tr("Check them in the layer's properties."), MessageLevel.WARNING,
                                         notes_text(source.warnings))

    def reopen(self, layer, crs: str | None, encoding: str | None):
        """Read a layer's file again with the CRS and/or encoding the user chose, in place of the old one."""
        from datasources.feedback import Feedback
        from datasources.options import ReadOptions
        from layers.project import layers_from_file

        source = layer.source
        options = ReadOptions(crs=crs or None, encoding=encoding or None, project_crs=self.project.crs,
                              validity="deferred")

        def read(progress, is_cancelled):
            fresh = layers_from_file(source.path, options, Feedback(progress, is_cancelled))
            return [f for f in fresh if f.source_name == layer.source_name] or fresh[:1]

        def replace(fresh) -> None:
            if not fresh or layer not in self.project.layers:
                return
            index = list(self.project.layers).index(layer)
            self.project.layers.remove(layer)
            self.project.layers.insert(index, fresh[0])
            self.check_validity_later(fresh[0])

        # a second reload of the same layer (other choices) replaces the first
        return self.window.run_task(read, label=self.tr("Reloading"), key=("reload", layer.id), done=replace)

    # ---- recent files
    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        return [v for v in (value if isinstance(value, list) else [value]) if v]

    def remember(self, path: Path) -> None:
        items = [str(Path(path).resolve())] + [p for p in self.recent() if p != str(Path(path).resolve())]
        self.settings.setValue(RECENT_KEY, items[:MAX_RECENT])
        if hasattr(self.window, "recent_menu"):
            self.fill_recent_menu(self.window.recent_menu)

    def fill_recent_menu(self, menu: QtWidgets.QMenu) -> None:
        menu.clear()
        for p in self.recent():
            menu.addAction(p, lambda p=p: self.open_paths([Path(p)]))
        menu.setEnabled(bool(menu.actions()))

    # ---- projects
    def open_project_dialog(self) -> None:
        if not self.confirm_discard():
            return
        self.window.warm_kernels()  # while the person picks the project
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, self.tr("Open project"), "",
                                                        self.tr("Township project (*.gpkg)"))
        if name:
            self.open_project(Path(name))

    def open_project(self, path: Path):
        from datasources.feedback import Feedback
        from layers.project import Project

        self.remember(path)

        def loaded(project) -> None:
            self.window.clear_measurement()
            self.window.project.replace_with(project)
            if not self.window.show_saved_view():
                self.window.canvas.zoom_to_extent()
            self._report_project_notes(project)

        def load(progress, is_cancelled):
            return Project.load(path, Feedback(progress, is_cancelled))

        return self.window.run_task(load, label=self.tr("Opening project"), key="project", done=loaded)

    def _report_project_notes(self, project) -> None:
        """Say what opening the project left out or assumed (the notes under Details), and ask before a
        web basemap named in the file contacts its server: a project may come from anyone, and the first
        tile request would tell that server this office opened it."""
        bar = self.window.message_bar
        waiting = [layer for layer in project.layers if getattr(layer, "awaiting_approval", None)]
        if project.warnings and not waiting:
            bar.push(self.tr("Notes on opening the project: {count}; see Details.").format(
                count=len(project.warnings)), MessageLevel.WARNING, notes_text(project.warnings))
        for layer in waiting:
            def allow(layer=layer) -> None:
                layer.approve()
                self.window.canvas.refresh()

            bar.push(self.tr("The project's basemap “{name}” downloads map tiles from {host}. Only "
                             "tiles already on this computer are shown until you allow it.")
                     .format(name=layer.name, host=layer.awaiting_approval), MessageLevel.WARNING,
                     notes_text(project.warnings), action=(self.tr("Allow {host}").format(
                         host=layer.awaiting_approval), allow))

    def save(self) -> bool:
        if not self.project.path:
            return self.save_as()
        return self._save_to(Path(self.project.path))

    def save_as(self) -> bool:
        from widgets.save_paths import remember_folder, start_folder

        # beside the project's own file, else in the last folder used or Documents (never the program's)
        start = str(self.project.path) if self.project.path else str(start_folder())
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Save project"), start,
                                                        self.tr("Township project (*.gpkg)"))
        if not name:
            return False
        remember_folder(name)
        path = Path(name) if name.endswith(".gpkg") else Path(name + ".gpkg")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        self.window.remember_view()  # the view is saved with the project, but is no change by itself
        try:
            self.project.save(path)
        except Exception as exc:  # noqa: BLE001 — shown in the message bar; the old file is untouched
            self.window.message_bar.push_exception(exc, self.tr("Saving failed"))
            return False
        self.remember(path)
        self.window.message_bar.push(self.tr("Saved {name}").format(name=path.name), MessageLevel.SUCCESS)
        return True

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.project.dirty:
            return True
        answer = QtWidgets.QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("The project has unsaved changes. Save them first?"),
            QtWidgets.QMessageBox.StandardButton.Save | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel)
        if answer == QtWidgets.QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QtWidgets.QMessageBox.StandardButton.Discard


def is_table(layer) -> bool:
    """A layer without geometry (a table such as sensor readings): listed, never drawn."""
    return getattr(layer, "geometry_kind", None) == "none"


def _extent(layer, crs):
    try:
        box = layer.extent_in(crs)
    except Exception:  # noqa: BLE001 — a layer that cannot be placed is simply not zoomed to
        return None
    if box is None or not all(map(math.isfinite, box)):
        return None
    return box


def _overlap(a, b) -> float:
    """The area two boxes share (0 when apart)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width < 0 or height < 0:
        return 0.0
    return max(width, 1e-9) * max(height, 1e-9)
