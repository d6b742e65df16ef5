"""Importing residents' reports from a CSV or Excel file: which column is which, the encoding, the
coordinates' CRS, a check of every row before anything is stored, and the rows left out at the end.

Reading is :func:`datasources.incident_import.read_incident_rows` (the same encoding, degree-minute-second
and CRS handling as the data sources); storing is one audited ``session.import_reports`` transaction, run
as a task (the window's task runner when given): its progress shows in the dialog and in the status bar, and
its cancel button, or closing the dialog, stops it with nothing imported.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from datasources.errors import DataSourceError
from datasources.incident_files import import_incidents
from datasources.incident_import import FIELDS, guess_mapping, read_incident_rows
from datasources.options import ReadOptions
from datasources.tables import read_cells
from layers.code_lists import incident_code_names
from widgets.error_text import error_text
from widgets.table_preview import fill_preview
from widgets.tasks import TaskRunner

PREVIEW_ROWS = 30
#: the office's files name categories and statuses in Chinese, whatever the interface
OFFICE_NAMES = incident_code_names("zh_CN")
_ROW_NUMBER = re.compile(r"^row (\d+):")
ENCODINGS = ("utf-8", "gb18030", "gbk", "big5", "utf-16")
_FIELD_LABELS = {
    "category": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Category (required)"),
    "title": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Title"),
    "description": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Description"),
    "address": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Address"),
    "lon": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Longitude / x"),
    "lat": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Latitude / y"),
    "reported_at": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reported at"),
    "reporter_name": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reporter's name"),
    "reporter_phone": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reporter's phone"),
    "reporter_id_number": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reporter's ID number"),
    "village_code": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Village code"),
    "case_number": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Case number"),
    "status": QtCore.QT_TRANSLATE_NOOP("ColumnMappingDialog", "Status"),
}


class ColumnMappingDialog(QtWidgets.QDialog):
    """Map a table's columns to the fields of a report, check the rows, import the good ones.

    Parameters
    ----------
    path : Path
        A CSV/TSV/TXT or XLSX file.
    session : StoreSession
    project_crs : str, optional
        Offered as the coordinates' CRS.
    tasks : TaskRunner, optional
        Runs the import (the window's, so the status bar lists it); by default one of the dialog's own.

    Attributes
    ----------
    imported : list of int
        The ids of the reports stored (empty until :meth:`import_rows`).
    records, errors : list
        What the last check found: the good rows and one message per row left out.
    duplicates : list of str
        After the import: rows that look like reports already in the store.

    Raises
    ------
    DataSourceError
        The file cannot be read at all.
    """

    def __init__(self, path: Path, session, project_crs: str | None = None, parent=None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.session = session
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        # the import while it runs (None before and after)
        self.task = None
        self.store_crs = f"EPSG:{session.store.srid}"
        self.imported: list[int] = []
        self.records: list[dict] = []
        self.errors: list[str] = []
        self.duplicates: list[str] = []
        self.cells = read_cells(self.path)
        self.setWindowTitle(self.tr("Import reports — {0}").format(self.path.name))
        self.encoding = QtWidgets.QComboBox()
        self.encoding.addItem(self.tr("Detect ({0})").format(self.cells.encoding.encoding or "—"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding.setEnabled(self.cells.driver == "CSV")
        self.encoding.currentIndexChanged.connect(self._reread)
        self.crs = QtWidgets.QComboBox()
        self.crs.addItem(self.tr("Infer (degrees are WGS 84)"), None)
        for code in dict.fromkeys(c for c in ("EPSG:4490", "EPSG:4326", self.store_crs, project_crs) if c):
            self.crs.addItem(code, code)
        self.crs.currentIndexChanged.connect(self._mapping_changed)
        self._recheck = QtCore.QTimer(self, singleShot=True, interval=400)
        self._recheck.timeout.connect(self.check)
        self.combos: dict[str, QtWidgets.QComboBox] = {}
        mapping_box = QtWidgets.QGroupBox(self.tr("Our field ← their column"))
        form = QtWidgets.QFormLayout(mapping_box)
        for field in FIELDS:
            box = QtWidgets.QComboBox()
            box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = box
            form.addRow(self.tr(_FIELD_LABELS.get(field, field)), box)
        self.preview = QtWidgets.QTableWidget()
        self.preview.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.error_list = QtWidgets.QListWidget()
        self.error_list.setMaximumHeight(150)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        buttons = QtWidgets.QDialogButtonBox()
        self.check_button = buttons.addButton(self.tr("Check rows"),
                                              QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.stop_button = buttons.addButton(self.tr("Stop the import"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop_import)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.import_rows)
        self.close_button.clicked.connect(self.reject)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Encoding")))
        top.addWidget(self.encoding)
        top.addSpacing(12)
        top.addWidget(QtWidgets.QLabel(self.tr("Coordinates in")))
        top.addWidget(self.crs)
        top.addStretch(1)
        middle = QtWidgets.QHBoxLayout()
        middle.addWidget(mapping_box)
        middle.addWidget(self.preview, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_list)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        self._fill_columns(guess_mapping(self.cells.header))
        self.check()

    # ------------------------------------------------------------------ the file
    def _reread(self) -> None:
        try:
            self.cells = read_cells(self.path, ReadOptions(encoding=self.encoding.currentData()))
        except DataSourceError as exc:
            self._say(error_text(exc), error=True)
            return
        self._fill_columns(self.mapping() or guess_mapping(self.cells.header))
        self.check()

    def _fill_columns(self, mapping: dict[str, str]) -> None:
        header = self.cells.header
        for field, box in self.combos.items():
            blocker = QtCore.QSignalBlocker(box)
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for column in header:
                box.addItem(column, column)
            box.setCurrentIndex(max(box.findData(mapping.get(field)), 0) if field in mapping else 0)
            del blocker
        fill_preview(self.preview, header, self.cells.rows[:PREVIEW_ROWS], self.cells.row_numbers[:PREVIEW_ROWS])

    def mapping(self) -> dict[str, str]:
        """Our field -> their column, as chosen."""
        return {field: box.currentData() for field, box in self.combos.items() if box.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Choose the columns (fields not named are left unmapped) and check again."""
        for field, box in self.combos.items():
            blocker = QtCore.QSignalBlocker(box)
            box.setCurrentIndex(max(box.findData(mapping.get(field)), 0) if field in mapping else 0)
            del blocker
        self.check()

    def _mapping_changed(self, *args) -> None:
        self.import_button.setEnabled(False)
        self._say(self.tr("Checking the rows again…"))
        self._recheck.start()

    # ------------------------------------------------------------------ checking and importing
    def check(self) -> int:
        """Read every row with the mapping; returns the number of rows that can be imported."""
        self._recheck.stop()
        self.error_list.clear()
        try:
            self.records, self.errors = read_incident_rows(
                self.path, self.mapping(), self.encoding.currentData(), self.crs.currentData(),
                self.store_crs, names=OFFICE_NAMES)
        except DataSourceError as exc:
            self.records, self.errors = [], []
            self.import_button.setEnabled(False)
            self._say(error_text(exc), error=True)
            return 0
        self.error_list.addItems(self.errors)
        self._mark_bad_rows()
        self.import_button.setEnabled(bool(self.records) and not self.imported)
        self._say(self.tr("{good} rows can be imported; {bad} rows have errors and will be left out "
                          "(listed below).").format(good=len(self.records), bad=len(self.errors)),
                  error=False)
        return len(self.records)

    def _mark_bad_rows(self) -> None:
        """Tint the preview rows that will be left out (their errors name the row numbers)."""
        bad = {int(m.group(1)) for e in self.errors if (m := _ROW_NUMBER.match(e))}
        tint = QtGui.QBrush(QtGui.QColor("#fde2e1"))
        plain = QtGui.QBrush()
        for r, number in enumerate(self.cells.row_numbers[:self.preview.rowCount()]):
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is None:
                    item = QtWidgets.QTableWidgetItem("")
                    self.preview.setItem(r, c, item)
                item.setBackground(tint if number in bad else plain)

    def import_rows(self) -> list[int]:
        """Store the good rows as reports (one audited transaction, in a task) and wait for it, the
        window answering; returns their ids (none when it was stopped or refused).

        Rows whose case number is already in the store are left out too, and reports that look like
        ones already stored are listed (they are imported all the same).
        """
        if not self.records or self.task is not None:
            return []
        mapping, encoding, crs = self.mapping(), self.encoding.currentData(), self.crs.currentData()

        def work(feedback):
            return import_incidents(self.session, self.path, mapping, encoding, crs, names=OFFICE_NAMES,
                                    feedback=feedback)

        outcome: dict = {}
        loop = QtCore.QEventLoop()
        self._importing(True)
        task = self.task = self.tasks.start(
            work, name=self.tr("Importing reports"), key=("import", str(self.path)), feedback="feedback",
            done=lambda result: outcome.update(result=result), failed=lambda exc: outcome.update(error=exc))
        task.progressed.connect(lambda fraction, _message: self.progress.setValue(int(fraction * 1000)))
        task.cancelled.connect(lambda: outcome.update(cancelled=True))
        task.finished.connect(loop.quit)
        loop.exec()  # the window answers meanwhile; the task's end comes back as a queued signal
        self.task = None
        self._importing(False)
        if "error" in outcome:
            self._say(error_text(outcome["error"]), error=True)
            return []
        if "result" not in outcome:
            self._say(self.tr("The import was stopped; no report was imported."), error=True)
            return []
        result = outcome["result"]
        self.imported, self.errors, self.duplicates = result.ids, result.errors, result.duplicates
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.error_list.clear()
        self.error_list.addItems(self.errors)
        self.error_list.addItems([self.tr("Likely duplicate: {0}").format(d) for d in self.duplicates])
        self._say(self.tr("Imported {good} reports. {bad} rows were left out:").format(
            good=len(self.imported), bad=len(self.errors)) if self.errors else
            self.tr("Imported {good} reports.").format(good=len(self.imported)), error=False)
        return self.imported

    def stop_import(self) -> None:
        """Cancel the running import (nothing of it is stored)."""
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self._say(self.tr("Stopping the import…"))

    def _importing(self, running: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        for widget in (self.import_button, self.check_button, self.encoding, self.crs, *self.combos.values()):
            widget.setEnabled(not running)
        if running:
            self._say(self.tr("Importing {n} reports…").format(n=len(self.records)))

    def reject(self) -> None:
        """Closing the dialog while the import runs stops it."""
        self.stop_import()
        super().reject()

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("QLabel { color: #b3261e; }" if error else "")
