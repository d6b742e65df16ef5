"""Filing a resident's report: what, where (a map click, typed coordinates or an address), who, how it came.

The reporter's mobile number (11 digits) and resident ID number (18 characters with the ISO 7064 MOD 11-2
check character) are checked before anything is saved. On OK the store is asked for likely duplicates
(same category, near, at about the same time); when there are some the user files anyway, files it as a
duplicate of one of them, or goes back.
"""

from __future__ import annotations

import math
import re

import numpy as np
import shapely
from PySide6 import QtWidgets

from datasources.dms import parse_coordinates
from datasources.errors import DataSourceError
from layers.incidents.workflow import CATEGORIES
from widgets.error_text import error_text
from widgets.incidents.names import category_label, local_time, source_label, status_label
from widgets.township_time import edited_time, prepare_edit, with_zone

MOBILE = re.compile(r"^1[3-9]\d{9}$")
_ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]
_ID_CHECK = "10X98765432"
#: sources a person filing a report by hand chooses from
FORM_SOURCES = ("map", "form", "phone", "hotline", "app", "walk_in")
LONLAT_CRS = ("EPSG:4490", "EPSG:4326")


def mobile_valid(text: str) -> bool:
    """Whether ``text`` is an 11-digit mainland mobile number (1 then 3-9, spaces and dashes allowed)."""
    return bool(MOBILE.match(re.sub(r"[\s-]", "", text or "")))


def id_number_valid(number: str) -> bool:
    """Whether an 18-character resident ID number has the right layout and check character."""
    number = (number or "").strip().upper()
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17]


def read_point(x_text: str, y_text: str, crs: str) -> tuple[float, float] | str:
    """Typed coordinates as numbers (degrees may be written as DMS), or why they cannot be read."""
    axes = ("lon", "lat") if crs in LONLAT_CRS else (None, None)
    values = []
    for text, axis, name in ((x_text, axes[0], "x"), (y_text, axes[1], "y")):
        cleaned = (text or "").strip() if axis else (text or "").replace(",", "").strip()
        value, problem = parse_coordinates([cleaned], axis=axis)
        if problem[0]:
            word = {"lon": "longitude", "lat": "latitude"}.get(axis, name)
            return f"{word}: {problem[0]}"
        values.append(float(value[0]))
    return values[0], values[1]


class IncidentForm(QtWidgets.QDialog):
    """The form for a new report.

    Parameters
    ----------
    session : StoreSession
    point : (float, float), optional
        Where the user clicked, in ``map_crs`` (prefills the coordinates; source "map").
    map_crs : str, optional
        The map's CRS (the project CRS); the store's CRS by default.
    villages : dict, optional
        village_code -> name, for reports with an address and no point.

    Attributes
    ----------
    incident_id : int or None
        The report filed (after OK).
    """

    def __init__(self, session, point: tuple[float, float] | None = None, map_crs: str | None = None,
                 villages: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.store_crs = f"EPSG:{session.store.srid}"
        self.map_crs = map_crs or self.store_crs
        self.incident_id: int | None = None
        self.setWindowTitle(self.tr("New report"))
        self.category = QtWidgets.QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.title = QtWidgets.QLineEdit()
        self.title.setPlaceholderText(self.tr("In a few words, e.g. 路灯不亮"))
        self.description = QtWidgets.QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What, where exactly, since when"))
        self.description.setFixedHeight(90)
        self.reported_at = QtWidgets.QDateTimeEdit()
        prepare_edit(self.reported_at)  # now, in the township's time whatever the workstation's zone
        self.reported_at.setCalendarPopup(True)
        self.reported_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.source = QtWidgets.QComboBox()
        for source in FORM_SOURCES:
            self.source.addItem(source_label(source), source)
        self.source.setCurrentIndex(FORM_SOURCES.index("map" if point else "phone"))
        self.x_edit, self.y_edit = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.crs_box = QtWidgets.QComboBox()
        for code, label in ((self.map_crs, self.tr("Map ({0})").format(self.map_crs)),
                            (self.store_crs, self.tr("Store ({0})").format(self.store_crs)),
                            ("EPSG:4490", self.tr("Longitude/latitude, CGCS2000 (EPSG:4490)")),
                            ("EPSG:4326", self.tr("Longitude/latitude, WGS 84 (EPSG:4326)"))):
            if self.crs_box.findData(code) < 0:
                self.crs_box.addItem(label, code)
        self.x_edit.setPlaceholderText(self.tr("x or longitude, e.g. 120°05'30\"E"))
        self.y_edit.setPlaceholderText(self.tr("y or latitude, e.g. 29.9512"))
        if point is not None:
            self.x_edit.setText(f"{point[0]:.1f}")
            self.y_edit.setText(f"{point[1]:.1f}")
        self.address = QtWidgets.QLineEdit()
        self.address.setPlaceholderText(self.tr("Street, house number, landmark"))
        self.village = QtWidgets.QComboBox()
        self.village.addItem(self.tr("(the village containing the point)"), None)
        for code, name in sorted((villages or {}).items(), key=lambda kv: kv[1]):
            self.village.addItem(f"{name} ({code})", code)
        self.reporter_name = QtWidgets.QLineEdit()
        self.reporter_phone = QtWidgets.QLineEdit()
        self.reporter_phone.setPlaceholderText(self.tr("11-digit mobile number"))
        self.reporter_id = QtWidgets.QLineEdit()
        self.reporter_id.setPlaceholderText(self.tr("18-character resident ID number"))
        self.reporter_id.setMaxLength(18)
        self.problems_label = QtWidgets.QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.problems_label.hide()
        self._layout()

    def _layout(self) -> None:
        what = QtWidgets.QFormLayout()
        what.addRow(self.tr("Category"), self.category)
        what.addRow(self.tr("Title"), self.title)
        what.addRow(self.tr("Description"), self.description)
        what.addRow(with_zone(self.tr("Reported at")), self.reported_at)
        what.addRow(self.tr("Came in by"), self.source)
        where_box = QtWidgets.QGroupBox(self.tr("Where"))
        where = QtWidgets.QFormLayout(where_box)
        coords = QtWidgets.QHBoxLayout()
        coords.addWidget(self.x_edit)
        coords.addWidget(self.y_edit)
        where.addRow(self.tr("x / lon, y / lat"), coords)
        where.addRow(self.tr("Coordinate system"), self.crs_box)
        where.addRow(self.tr("Address"), self.address)
        where.addRow(self.tr("Village"), self.village)
        who_box = QtWidgets.QGroupBox(self.tr("Reporter (optional; stored encrypted)"))
        who = QtWidgets.QFormLayout(who_box)
        who.addRow(self.tr("Name"), self.reporter_name)
        who.addRow(self.tr("Mobile"), self.reporter_phone)
        who.addRow(self.tr("ID number"), self.reporter_id)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok |
                                             QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("File report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(what)
        layout.addWidget(where_box)
        layout.addWidget(who_box)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # ------------------------------------------------------------------ values
    def point(self) -> shapely.Point | str | None:
        """The typed point in the store's CRS; None when no coordinates are given, else why not."""
        x_text, y_text = self.x_edit.text().strip(), self.y_edit.text().strip()
        if not x_text and not y_text:
            return None
        crs = self.crs_box.currentData()
        read = read_point(x_text, y_text, crs)
        if isinstance(read, str):
            return read
        x, y = read
        if crs != self.store_crs:
            from datasources.crs import transformer

            x, y = transformer(crs, self.store_crs).transform(x, y)
        if not (math.isfinite(x) and math.isfinite(y)):
            return self.tr("the coordinates are outside the area of {0}").format(crs)
        return shapely.Point(x, y)

    def problems(self) -> list[str]:
        """What must be fixed before the report can be filed (empty when it can)."""
        out = []
        if not self.title.text().strip() and not self.description.toPlainText().strip():
            out.append(self.tr("Give a title or a description."))
        point = self.point()
        if isinstance(point, str):
            out.append(self.tr("Coordinates: {0}").format(point))
        elif point is None and not self.address.text().strip():
            out.append(self.tr("Give the place: click on the map, type coordinates or an address."))
        elif point is None and self.village.currentData() is None:
            out.append(self.tr("Without coordinates, choose the village."))
        phone = self.reporter_phone.text().strip()
        if phone and not mobile_valid(phone):
            out.append(self.tr("The mobile number must have 11 digits and start with 13–19."))
        number = self.reporter_id.text().strip()
        if number and not id_number_valid(number):
            out.append(self.tr("The ID number must have 18 characters and a valid check character "
                               "(the last one)."))
        return out

    def values(self) -> dict:
        """The report as :meth:`StoreSession.file_report` takes it (call after :meth:`problems`)."""
        point = self.point()
        when = edited_time(self.reported_at)
        values = {"category": self.category.currentData(), "title": self.title.text().strip(),
                  "description": self.description.toPlainText().strip(), "reported_at": when,
                  "source": self.source.currentData()}
        if isinstance(point, shapely.Point):
            values["geom"] = point
        if self.address.text().strip():
            values["address"] = self.address.text().strip()
        if self.village.currentData():
            values["village_code"] = self.village.currentData()
        for key, edit in (("reporter_name", self.reporter_name), ("reporter_phone", self.reporter_phone),
                          ("reporter_id_number", self.reporter_id)):
            text = re.sub(r"[\s-]", "", edit.text()) if key == "reporter_phone" else edit.text().strip()
            if text:
                values[key] = text.upper() if key == "reporter_id_number" else text
        return values

    # ------------------------------------------------------------------ filing
    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        values = self.values()
        original = None
        try:
            if values.get("geom") is not None:
                found = self.session.incidents.likely_duplicates(values["category"], values["geom"],
                                                       values["reported_at"])
                if len(found):
                    choice = DuplicateChoice(found, self)
                    choice.exec()
                    if choice.choice is None:
                        return
                    original = choice.original_id if choice.choice == "duplicate" else None
            self.incident_id = self.session.incidents.file_report(values)
            if original is not None:
                version = int(self.session.features.get("incidents", self.incident_id)["version"])
                self.session.incidents.change_status(
                    self.incident_id, "duplicate", self.tr("Same as an earlier report (found on intake)"),
                    version, duplicate_of=int(original))
        except DataSourceError as exc:
            self._show_problems([error_text(exc)])
            return
        super().accept()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.show()


class DuplicateChoice(QtWidgets.QDialog):
    """Reports that look like the one being filed; the user files anyway, marks a duplicate or goes back.

    Attributes
    ----------
    choice : str or None
        ``"file"``, ``"duplicate"`` or None (cancelled).
    original_id : int or None
        The report chosen as the original (with ``"duplicate"``).
    """

    def __init__(self, found, parent=None) -> None:
        super().__init__(parent)
        self.found = found
        self.choice: str | None = None
        self.original_id: int | None = None
        self.setWindowTitle(self.tr("Likely duplicates"))
        intro = QtWidgets.QLabel(self.tr("{0} reports of the same kind were made nearby at about the same "
                                         "time. Is this one of them?").format(len(found)))
        intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(len(found), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Status"), self.tr("Title"),
                                              with_zone(self.tr("Reported at")), self.tr("Distance")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        for row, item in enumerate(found.itertuples()):
            distance = getattr(item, "distance_m", np.nan)
            cells = [item.case_number or f"#{item.Index}", status_label(item.status), item.title or "",
                     local_time(item.reported_at), f"{distance:,.0f} m" if np.isfinite(distance) else ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectRow(0)
        buttons = QtWidgets.QDialogButtonBox()
        self.file_button = buttons.addButton(self.tr("File anyway"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.duplicate_button = buttons.addButton(self.tr("Mark as duplicate of the selected"),
                                                  QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.file_button.clicked.connect(lambda: self.choose("file"))
        self.duplicate_button.clicked.connect(lambda: self.choose("duplicate"))
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(680, 300)

    def choose(self, choice: str, row: int | None = None) -> None:
        """Decide (``row``: the original's row in the table; the selected one by default)."""
        if row is None:
            rows = self.table.selectionModel().selectedRows()
            row = rows[0].row() if rows else 0
        self.choice = choice
        self.original_id = int(self.found.index[row]) if choice == "duplicate" else None
        self.accept()

    def reject(self) -> None:
        self.choice = None
        super().reject()
