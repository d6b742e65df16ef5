"""The map's part of the status bar: the cursor's coordinates, the scale (shown and typed) and the project
CRS (shown, and chosen with a click)."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from widgets.crs_names import crs_code, project_crs_labels
from widgets.message_bar import MessageLevel

SCALES = ("1:1000", "1:2000", "1:5000", "1:10000", "1:25000", "1:50000", "1:100000")


class MapStatus(QtCore.QObject):
    """Coordinates, scale and CRS of ``canvas`` and ``project`` in ``bar`` (a QStatusBar); the tasks'
    list, when given, sits between the coordinates and the scale."""

    def __init__(self, bar: QtWidgets.QStatusBar, canvas, project, message_bar, tasks=None) -> None:
        super().__init__(bar)
        self.canvas, self.project, self.message_bar = canvas, project, message_bar
        self.coords_label = QtWidgets.QLabel()
        self.coords_label.setMinimumWidth(360)
        self.scale_box = QtWidgets.QComboBox()
        self.scale_box.setEditable(True)
        self.scale_box.addItems(list(SCALES))
        self.scale_box.setMinimumWidth(120)
        self.scale_box.lineEdit().returnPressed.connect(self.scale_entered)
        self.scale_box.activated.connect(lambda _i: self.scale_entered())
        self.crs_button = QtWidgets.QPushButton()
        self.crs_button.setFlat(True)
        self.crs_button.clicked.connect(self.choose_crs)
        bar.addWidget(self.coords_label)
        if tasks is not None:
            bar.addPermanentWidget(tasks)
        bar.addPermanentWidget(QtWidgets.QLabel(self.tr("Scale")))
        bar.addPermanentWidget(self.scale_box)
        bar.addPermanentWidget(self.crs_button)
        canvas.cursor_moved.connect(self.cursor_moved)
        canvas.scale_changed.connect(self.scale_changed)
        project.events.crs.connect(self.crs_changed)
        self.crs_changed()

    def cursor_moved(self, x: float, y: float) -> None:
        from datasources.crs import transformer

        text = f"{x:,.1f}, {y:,.1f}"
        try:
            lon, lat = transformer(self.project.crs, "EPSG:4490").transform(x, y)
            if np.isfinite(lon) and np.isfinite(lat):
                text += f"   ({lon:.5f}°E, {lat:.5f}°N)"
        except Exception:  # noqa: BLE001 — coordinates must never raise
            pass
        self.coords_label.setText(text)

    def scale_changed(self, denominator: float) -> None:
        if np.isfinite(denominator) and not self.scale_box.lineEdit().hasFocus():
            self.scale_box.setEditText(f"1:{denominator:,.0f}")

    def scale_entered(self) -> None:
        text = self.scale_box.currentText().replace(",", "").replace(" ", "")
        try:
            value = float(text.split(":")[-1])
        except ValueError:
            self.message_bar.push(self.tr("Type a scale such as 1:10000"), MessageLevel.WARNING)
            return
        self.canvas.set_scale(value)

    def crs_changed(self, *args) -> None:
        self.crs_button.setText(str(self.project.crs))

    def choose_crs(self) -> None:
        items = project_crs_labels()  # translated names with their codes
        text, ok = QtWidgets.QInputDialog.getItem(self.crs_button.window(), self.tr("Project CRS"),
                                                  self.tr("Draw the map in:"), items, 0, True)
        if ok and text:
            self.set_project_crs(crs_code(text))

    def set_project_crs(self, crs: str) -> None:
        from pyproj import CRS
        from pyproj.exceptions import CRSError

        try:
            CRS.from_user_input(crs)
        except CRSError:
            self.message_bar.push(self.tr("Unknown CRS: {crs}").format(crs=crs), MessageLevel.WARNING)
            return
        self.project.crs = crs
