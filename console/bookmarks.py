"""Spatial bookmarks: named map views kept in the project file (``project.settings["bookmarks"]``)."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from datasources.crs import transformer

SETTINGS_KEY = "bookmarks"


class Bookmarks(QtCore.QObject):
    """View > Bookmarks: add the current view under a name, zoom back to any saved view.

    Parameters
    ----------
    window : MainWindow
        Gives the project and the canvas.
    menu : QMenu
        Filled with "Add bookmark…" and one entry per bookmark, rebuilt each time it opens.
    """

    def __init__(self, window, menu: QtWidgets.QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        menu.aboutToShow.connect(self.fill_menu)
        self.fill_menu()

    @property
    def project(self):
        return self.window.project

    def entries(self) -> list[dict]:
        """The bookmarks, each ``{"name", "bbox", "crs"}``, oldest first."""
        return [b for b in self.project.settings.get(SETTINGS_KEY, []) if isinstance(b, dict)]

    def add(self, name: str, bbox=None) -> dict:
        """Keep ``bbox`` (project CRS; the current view by default) as bookmark ``name``.

        A bookmark of the same name is replaced.
        """
        if bbox is None:
            bbox = self.window.canvas.current_view().bbox
        entry = {"name": str(name), "bbox": [float(v) for v in bbox], "crs": self.project.crs}
        kept = [b for b in self.entries() if b.get("name") != entry["name"]]
        self.project.settings[SETTINGS_KEY] = kept + [entry]
        self.project.mark_dirty()
        self.fill_menu()
        return entry

    def add_dialog(self) -> None:
        """Ask for a name and bookmark the current view."""
        name, ok = QtWidgets.QInputDialog.getText(self.window, self.tr("Add bookmark"),
                                                  self.tr("Name of this view:"))
        if ok and name.strip():
            self.add(name.strip())

    def zoom_to(self, name: str) -> bool:
        """Show the bookmark ``name``'s view (in the project's current CRS); False when unknown."""
        entry = next((b for b in self.entries() if b.get("name") == name), None)
        if entry is None:
            return False
        bbox = tuple(float(v) for v in entry["bbox"])
        crs = entry.get("crs") or self.project.crs
        if crs != self.project.crs:
            bbox = transformer(crs, self.project.crs).transform_bounds(*bbox)
        if not all(map(math.isfinite, bbox)):
            return False
        self.window.canvas.zoom_to_extent(bbox, pad=False)
        return True

    def fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("Add bookmark…"), self.add_dialog)
        entries = self.entries()
        if entries:
            menu.addSeparator()
        for entry in entries:
            name = entry.get("name", "")
            menu.addAction(name, lambda n=name: self.zoom_to(n))
