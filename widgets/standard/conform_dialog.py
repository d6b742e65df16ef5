"""Conform a department's layer to the township data standard: which of their columns is which of our
fields (suggested by name, synonym and pinyin), constants, a code translation table, the CRS, a preview of
the result and a check of every row, and the export as a GeoPackage in the standard. The mapping is saved
and loaded as JSON, the same file ``township-console validate --conform OUT --mapping MAP`` takes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from datasources.errors import DataSourceError
from datasources.source import PROBLEM_COLUMN, VectorSource
from datasources.standard.checks import validate_frame
from datasources.standard.conform import (
    Mapping,
    conform,
    suggest_codes,
    suggest_mapping,
    write_conformed,
)
from datasources.standard.schema import Standard, load_standard
from widgets.error_text import error_text, note_text
from widgets.standard.labels import check_label, chinese
from widgets.table_preview import fill_preview

PREVIEW_ROWS = 30


def gauss_kruger_zone(lon: float) -> str:
    """The CGCS2000 3-degree Gauss-Kruger zone (no zone prefix) for a longitude: EPSG:4534 (75E)..4554."""
    cm = min(max(round(lon / 3) * 3, 75), 135)
    return f"EPSG:{4534 + (cm - 75) // 3}"


def conform_and_write(frame, mapping: Mapping, crs, path: Path, standard: Standard, feedback=None):
    """Conform, write the GeoPackage and check what was written: (report, notes). Runs as a task."""
    from datasources.standard.checks import validate_file

    if feedback is not None:
        feedback.progress(0.1, "Conforming")
    out, lost = conform(frame, mapping, crs, standard)
    if feedback is not None:
        feedback.check(path)
        feedback.progress(0.5, "Writing")
    write_conformed(out, path, mapping.kind, standard)
    return validate_file(path, mapping.kind, mapping.kind, standard=standard, feedback=feedback), lost


class ConformDialog(QtWidgets.QDialog):
    """Map a layer onto the standard, preview and check it, export it.

    Parameters
    ----------
    source : VectorSource
        The layer as read.
    kind : str
        The standard's layer kind to conform to.
    run_task : callable, optional
        ``run_task(fn, *args, name=..., key=..., feedback="feedback")`` returning the result (the
        workbench's ``run_task_and_wait``: status-bar progress and cancel); by default the work runs here.
    """

    def __init__(self, source: VectorSource, kind: str, standard: Standard | None = None, parent=None,
                 run_task=None) -> None:
        super().__init__(parent)
        self.source = source
        self.standard = standard or load_standard()
        self.run_task = run_task
        self.frame = source.data
        self.columns = [str(c) for c in self.frame.columns if c not in ("geometry", PROBLEM_COLUMN)]
        self.last_report = None
        self.setWindowTitle(self.tr("Conform to the standard — {name}").replace("{name}", source.path.name))
        self.kind = QtWidgets.QComboBox()
        for spec in self.standard.kinds.values():
            self.kind.addItem(f"{spec.title(chinese())} ({spec.name})", spec.name)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.currentIndexChanged.connect(lambda: self.set_mapping(
            suggest_mapping(self.frame, self.kind.currentData(), self.standard)))
        self.source_crs = QtWidgets.QComboBox()
        file_crs = source.crs or ""
        label = self.tr("as read: {crs} (assumed)") if source.crs_assumed else self.tr("as read: {crs}")
        self.source_crs.addItem(label.replace("{crs}", file_crs or "—"), None)
        for code in ("EPSG:4490", "EPSG:4326"):
            self.source_crs.addItem(code, code)
        self.target_crs = QtWidgets.QComboBox()
        self.target_crs.addItem(self.tr("Automatic (the file's when standard, else EPSG:4490)"), None)
        self.target_crs.addItem("EPSG:4490", "EPSG:4490")
        zone = self._zone()
        if zone:
            self.target_crs.addItem(self.tr("{crs} (Gauss-Kruger zone of the data)").replace("{crs}", zone), zone)
        self.fields = QtWidgets.QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([self.tr("Standard field"), self.tr("Their column"),
                                               self.tr("Or one value for all")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.codes = QtWidgets.QTableWidget(0, 3)
        self.codes.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Their value"), self.tr("Standard code")])
        self.codes.horizontalHeader().setStretchLastSection(True)
        self.preview = QtWidgets.QTableWidget()
        self.preview.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        role = QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        self.load_button = buttons.addButton(self.tr("Load mapping…"), role)
        self.save_button = buttons.addButton(self.tr("Save mapping…"), role)
        self.check_button = buttons.addButton(self.tr("Preview and check"), role)
        self.export_button = buttons.addButton(self.tr("Export in the standard…"), role)
        self.load_button.clicked.connect(lambda: self.load_mapping())
        self.save_button.clicked.connect(lambda: self.save_mapping())
        self.check_button.clicked.connect(lambda: self.check())
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        top = QtWidgets.QFormLayout()
        top.addRow(self.tr("Layer kind"), self.kind)
        top.addRow(self.tr("Their coordinates are in"), self.source_crs)
        top.addRow(self.tr("Write coordinates in"), self.target_crs)
        left = QtWidgets.QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.fields, 2)
        left.addWidget(QtWidgets.QLabel(self.tr("Code translation")))
        left.addWidget(self.codes, 1)
        middle = QtWidgets.QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self.preview, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(1200, 720)
        self.set_mapping(suggest_mapping(self.frame, kind, self.standard))

    def _zone(self) -> str | None:
        if self.source.crs is None or not len(self.frame):
            return None
        try:
            lon = self.frame.geometry.to_crs("EPSG:4490").total_bounds[[0, 2]].mean()
        except Exception:  # noqa: BLE001 - a CRS that cannot be transformed offers no zone
            return None
        return gauss_kruger_zone(float(lon)) if lon == lon else None

    # ------------------------------------------------------------------ the mapping in the widgets
    @property
    def spec(self):
        return self.standard.kind(self.kind.currentData())

    def set_mapping(self, mapping: Mapping) -> None:
        """Show ``mapping`` (its kind, columns, constants, codes and CRS)."""
        blocker = QtCore.QSignalBlocker(self.kind)
        self.kind.setCurrentIndex(max(self.kind.findData(mapping.kind), 0))
        del blocker
        spec = self.spec
        self.fields.setRowCount(len(spec.fields))
        self.combos: dict[str, QtWidgets.QComboBox] = {}
        self.constants: dict[str, QtWidgets.QLineEdit] = {}
        for r, field in enumerate(spec.fields):
            title = f"{field.name} — {field.title(chinese())}" + (" *" if field.required else "")
            self.fields.setItem(r, 0, QtWidgets.QTableWidgetItem(title))
            box = QtWidgets.QComboBox()
            box.addItem(self.tr("(none)"), None)
            for column in self.columns:
                box.addItem(column, column)
            box.setCurrentIndex(max(box.findData(mapping.fields.get(field.name)), 0))
            box.currentIndexChanged.connect(self._columns_changed)
            constant = QtWidgets.QLineEdit("" if mapping.constants.get(field.name) is None
                                           else str(mapping.constants[field.name]))
            self.fields.setCellWidget(r, 1, box)
            self.fields.setCellWidget(r, 2, constant)
            self.combos[field.name], self.constants[field.name] = box, constant
        self.fields.resizeColumnsToContents()
        self.source_crs.setCurrentIndex(max(self.source_crs.findData(mapping.source_crs), 0))
        self.target_crs.setCurrentIndex(max(self.target_crs.findData(mapping.target_crs), 0))
        self._fill_codes(mapping.codes)

    def _columns_changed(self) -> None:
        self._fill_codes({**suggest_codes(self.standard, self.spec, self.frame, self._fields()), **self._codes()})

    def _fill_codes(self, codes: dict[str, dict[str, str]]) -> None:
        spec = self.spec
        fields = self._fields()
        suggested = suggest_codes(self.standard, spec, self.frame, fields)
        rows = []
        for name, values in suggested.items():
            chosen = codes.get(name, {})
            rows.extend((name, value, chosen.get(value, code)) for value, code in values.items())
        self.codes.setRowCount(len(rows))
        self.code_boxes: list[tuple[str, str, QtWidgets.QComboBox]] = []
        for r, (name, value, code) in enumerate(rows):
            self.codes.setItem(r, 0, QtWidgets.QTableWidgetItem(name))
            self.codes.setItem(r, 1, QtWidgets.QTableWidgetItem(value))
            box = QtWidgets.QComboBox()
            box.addItem(self.tr("(keep as it is)"), "")
            for item in self.standard.codes(spec.field(name).codes):
                box.addItem(f"{item.code} — {item.zh if chinese() else item.en}", item.code)
            box.setCurrentIndex(max(box.findData(code), 0))
            self.codes.setCellWidget(r, 2, box)
            self.code_boxes.append((name, value, box))

    def _fields(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in getattr(self, "combos", {}).items() if box.currentData()}

    def _codes(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for name, value, box in getattr(self, "code_boxes", []):
            out.setdefault(name, {})[value] = box.currentData() or ""
        return out

    def mapping(self) -> Mapping:
        """The mapping as chosen in the dialog."""
        constants = {name: edit.text().strip() for name, edit in self.constants.items() if edit.text().strip()}
        return Mapping(self.kind.currentData(), self._fields(), constants, self._codes(),
                       self.source_crs.currentData(), self.target_crs.currentData(),
                       standard_version=self.standard.version)

    def set_choice(self, field: str, column: str | None = None, constant: str | None = None) -> None:
        """Choose the column or the constant of ``field`` (as a user would)."""
        if column is not None:
            self.combos[field].setCurrentIndex(max(self.combos[field].findData(column), 0))
        if constant is not None:
            self.constants[field].setText(constant)

    def set_code(self, field: str, value: str, code: str) -> None:
        for name, their, box in self.code_boxes:
            if name == field and their == value:
                box.setCurrentIndex(max(box.findData(code), 0))

    # ------------------------------------------------------------------ check, save, export
    def check(self):
        """Conform the whole layer and check it; shows the first rows and the counts; returns the report."""
        try:
            out, lost = conform(self.frame, self.mapping(), self.source.crs, self.standard)
        except DataSourceError as exc:
            self._say(error_text(exc), error=True)
            return None
        head = out.head(PREVIEW_ROWS)
        rows = [[*(None if v is None else v for v in rec[:-1]), rec[-1].geom_type if rec[-1] is not None else ""]
                for rec in head.itertuples(index=False)]
        fill_preview(self.preview, [*self.spec.names, "geometry"], rows)
        report = validate_frame(out, self.spec.name, out.crs.to_string() if out.crs else None, self.standard)
        self.last_report = report
        counts = "; ".join(f"{check_label(c)}: {n}" for c, n in report.checks("error").items())
        text = note_text(report.verdict()) + (f"\n{counts}" if counts else "")
        if lost:
            text += "\n" + "; ".join(lost)
        self._say(text, error=not report.conforms)
        return report

    def save_mapping(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Save the mapping"),
                                                            f"{self.source.path.stem}-mapping.json",
                                                            self.tr("Mapping (*.json)"))
        return self.mapping().save(path) if path else None

    def load_mapping(self, path: str | None = None) -> Mapping | None:
        if path is None:
            path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Load a mapping"), "",
                                                            self.tr("Mapping (*.json)"))
        if not path:
            return None
        try:
            mapping = Mapping.load(path)
        except DataSourceError as exc:
            self._say(error_text(exc), error=True)
            return None
        self.set_mapping(mapping)
        return mapping

    def export(self, path: str | None = None):
        """Write the layer in the standard (a GeoPackage) and check it again; returns the report."""
        from widgets.save_paths import remember_folder, save_path

        if path is None:
            path, _ = QtWidgets.QFileDialog.getSaveFileName(
                self, self.tr("Export in the standard"), save_path(f"{self.spec.name}.gpkg"),
                self.tr("GeoPackage (*.gpkg)"))
            if path and not path.lower().endswith(".gpkg"):
                path += ".gpkg"
        if not path:
            return None
        args = (self.frame, self.mapping(), self.source.crs, Path(path), self.standard)
        try:
            if self.run_task is not None:
                result = self.run_task(conform_and_write, *args, name=self.tr("Conforming {name}")
                                       .replace("{name}", self.source.path.name), key=("conform", path),
                                       feedback="feedback")
            else:
                result = conform_and_write(*args)
        except DataSourceError as exc:
            self._say(error_text(exc), error=True)
            return None
        if result is None:  # cancelled
            self._say(self.tr("The export was stopped."), error=True)
            return None
        report, lost = result
        remember_folder(path)
        self.last_report = report
        self._say(self.tr("Written to {path}.").replace("{path}", str(path)) + " " + note_text(report.verdict())
                  + ("\n" + "; ".join(lost) if lost else ""), error=not report.conforms)
        return report

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("QLabel { color: #b3261e; }" if error else "")
