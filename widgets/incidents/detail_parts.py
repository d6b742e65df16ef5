"""Parts of the incident detail view: the photo strip, the history timeline and the sensor evidence."""

from __future__ import annotations

import math

import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from datasources.errors import DataSourceError
from widgets.error_text import error_text
from widgets.incidents.names import history_note, local_time, status_label
from widgets.township_time import zone_name, zone_short

THUMBNAIL_PX = 96


def coordinates_text(geom, srid: int) -> str:
    """``x, y`` in the store's CRS and longitude/latitude (CGCS2000), or empty without a point."""
    if geom is None or getattr(geom, "is_empty", True):
        return ""
    from datasources.crs import transformer

    text = f"{geom.x:,.1f}, {geom.y:,.1f} (EPSG:{srid})"
    try:
        lon, lat = transformer(f"EPSG:{srid}", "EPSG:4490").transform(geom.x, geom.y)
    except Exception:  # noqa: BLE001 — coordinates must never stop the view
        return text
    if math.isfinite(lon) and math.isfinite(lat):
        text += f"\n{lon:.5f}°E, {lat:.5f}°N"
    return text


def photo_pixmap(data: bytes, longest: int) -> QtGui.QPixmap:
    """A photo at most ``longest`` pixels on its longer side, read by the store's pixel-checked reader
    (:func:`datasources.photos.thumbnail`); a null pixmap for a picture it refuses (a pixel bomb)."""
    from datasources.photos import thumbnail

    pixmap = QtGui.QPixmap()
    try:
        pixmap.loadFromData(thumbnail(data, longest))
    except DataSourceError:
        pass
    return pixmap


class PhotoStrip(QtWidgets.QWidget):
    """Thumbnails of a report's photos; clicking one shows it large."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.row = QtWidgets.QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QtWidgets.QToolButton] = []
        self.none = QtWidgets.QLabel(self.tr("No photos yet."))
        self.none.setStyleSheet("QLabel { color: #777777; }")
        self.row.addWidget(self.none)
        self.row.addStretch(1)

    def show_photos(self, photos: list[dict]) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for i, photo in enumerate(photos):
            data = bytes(photo["data"])
            pixmap = photo_pixmap(data, THUMBNAIL_PX)  # a small decode, never the whole photo
            button = QtWidgets.QToolButton()
            button.setIconSize(QtCore.QSize(THUMBNAIL_PX, THUMBNAIL_PX))
            if not pixmap.isNull():
                button.setIcon(QtGui.QIcon(pixmap.scaled(
                    THUMBNAIL_PX, THUMBNAIL_PX, QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                    QtCore.Qt.TransformationMode.SmoothTransformation)))
            else:
                button.setText(photo.get("name") or "?")
            button.setToolTip(self.tr("{name} — added {time} by {user}").format(
                name=photo.get("name"), time=f"{local_time(photo.get('added_at'))} {zone_short()}",
                user=photo.get("added_by")))
            name = photo.get("name")
            button.clicked.connect(lambda _=False, d=data, n=name: self._enlarge(photo_pixmap(d, 900), n))
            self.row.insertWidget(i, button)
            self.buttons.append(button)
        self.none.setVisible(not photos)

    def _enlarge(self, pixmap: QtGui.QPixmap, name: str) -> None:
        dialog = QtWidgets.QDialog(self)
        dialog.setWindowTitle(name or self.tr("Photo"))
        label = QtWidgets.QLabel()
        label.setPixmap(pixmap.scaled(900, 700, QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                                      QtCore.Qt.TransformationMode.SmoothTransformation))
        QtWidgets.QVBoxLayout(dialog).addWidget(label)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


class HistoryList(QtWidgets.QListWidget):
    """A report's history as a timeline: when, who, the change of status or note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)

    def show_history(self, history: pd.DataFrame) -> None:
        self.clear()
        self.setToolTip(self.tr("Times in {zone}").format(zone=zone_name()))
        for event in history.itertuples():
            head = f"{local_time(event.time)} · {event.username}"
            if event.kind == "status":
                change = status_label(event.to_status) if _missing(event.from_status) else \
                    f"{status_label(event.from_status)} → {status_label(event.to_status)}"
                if event.to_status == "assigned" and not _missing(event.assignee):
                    change += " " + self.tr("(to {0})").format(event.assignee)
            else:
                change = self.tr("Note")
            note = history_note(event.note)  # the store's own notes translated
            item = QtWidgets.QListWidgetItem(f"{head}\n{change}" + (f": {note}" if note else ""))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, event.kind)
            if event.kind == "note":
                item.setForeground(QtGui.QBrush(QtGui.QColor("#3a4f7a")))
            self.addItem(item)
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        self.setFixedHeight(min(320, max(60, rows + 2 * self.frameWidth() + 4)))
        if self.count():
            self.scrollToBottom()


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


class EvidenceBox(QtWidgets.QGroupBox):
    """The sensors near a report and their readings around its time (drawn by EvidenceChart)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sensor evidence"))
        layout = QtWidgets.QVBoxLayout(self)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.chart = None
        try:
            from widgets.incidents.evidence_chart import EvidenceChart
        except ImportError:
            EvidenceChart = None  # noqa: N806 — the chart is optional until it is installed
        if EvidenceChart is not None:
            self.chart = EvidenceChart()
            self.chart.setMinimumHeight(420)
            layout.addWidget(self.chart)
        self._sensors = None

    def show_for(self, session, incident: dict, kinds, radius_m: float, hours: float) -> None:
        """Find the sensors of ``kinds`` within ``radius_m`` and their readings ``hours`` either side."""
        from layers.incidents.evidence import reading_window, sensors_near

        self.setTitle(self.tr("Sensor evidence (within {km:g} km, ±{hours:g} h)").format(
            km=radius_m / 1000, hours=hours))
        point, reported = incident.get("geom"), incident.get("reported_at")
        if point is None or reported is None:
            self._say(self.tr("The report has no point on the map, so no sensors can be near it."))
            return
        try:
            if self._sensors is None:
                self._sensors = session.features.read("sensors")
            near = sensors_near(point, self._sensors, radius_m, kinds=tuple(kinds))
            start = pd.Timestamp(reported) - pd.Timedelta(hours=hours)
            end = pd.Timestamp(reported) + pd.Timedelta(hours=hours)
            readings = session.readings.between(near["sensor_code"].tolist(), start.to_pydatetime(),
                                               end.to_pydatetime())
        except (DataSourceError, ValueError) as exc:
            self._say(error_text(exc))
            return
        window = reading_window(readings, near["sensor_code"], reported, hours, hours)
        if near.empty:
            self._say(self.tr("No sensor of the right kind within {km:g} km.").format(km=radius_m / 1000))
            return
        if self.chart is None:
            names = ", ".join(f"{row.name_zh or row.sensor_code} ({row.distance_m:,.0f} m)"
                              for row in near.itertuples())
            self.summary.setText(self.tr("{count} readings from {sensors}").format(
                count=len(window), sensors=names))
            return
        self.summary.hide()
        self.chart.setVisible(True)
        self.chart.show_evidence(window, reported, near, radius_m=radius_m, hours_before=hours,
                                 hours_after=hours)

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()
        if self.chart is not None:
            self.chart.setVisible(False)
