"""Show the township data standard: its version, its layer kinds, each kind's fields (type, unit, required,
codes, range, form) and the allowed codes with their Chinese and English labels."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from datasources.standard.schema import Standard, load_standard, standard_versions
from widgets.standard.labels import chinese, geometry_label, type_label, unit_label


class StandardBrowser(QtWidgets.QDialog):
    """Browse one version of the standard (the newest by default; other versions kept are offered)."""

    def __init__(self, standard: Standard | None = None, parent=None) -> None:
        super().__init__(parent)
        self.standard = standard or load_standard()
        self.setWindowTitle(self.tr("Township data standard"))
        self.version = QtWidgets.QComboBox()
        for version in standard_versions():
            self.version.addItem(version, version)
        self.version.setCurrentIndex(max(self.version.findData(self.standard.version), 0))
        self.version.currentIndexChanged.connect(self._version_chosen)
        self.heading = QtWidgets.QLabel()
        self.heading.setWordWrap(True)
        self.kinds = QtWidgets.QListWidget()
        self.kinds.setMaximumWidth(200)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.fields = QtWidgets.QTableWidget(0, 6)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Title"), self.tr("Type"),
                                               self.tr("Required"), self.tr("Unit"), self.tr("Allowed values")])
        self.fields.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.currentCellChanged.connect(lambda row, *_: self._show_codes(row))
        self.geometry = QtWidgets.QLabel()
        self.codes = QtWidgets.QTableWidget(0, 2)
        self.codes.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Label")])
        self.codes.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.codes.setMaximumHeight(180)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Version")))
        top.addWidget(self.version)
        top.addWidget(self.heading, 1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.geometry)
        right.addWidget(self.fields, 1)
        right.addWidget(QtWidgets.QLabel(self.tr("Codes of the chosen field")))
        right.addWidget(self.codes)
        middle = QtWidgets.QHBoxLayout()
        middle.addWidget(self.kinds)
        middle.addLayout(right, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self._fill()

    def _version_chosen(self) -> None:
        self.standard = load_standard(self.version.currentData())
        self._fill()

    def _fill(self) -> None:
        zh = chinese()
        s = self.standard
        self.heading.setText(self.tr("{title} {version}: {description} Coordinate systems: {crs}.")
                             .replace("{title}", s.zh if zh else s.en).replace("{version}", s.version)
                             .replace("{description}", s.description_zh if zh else s.description_en)
                             .replace("{crs}", s.crs_zh if zh else s.crs_en))
        blocker = QtCore.QSignalBlocker(self.kinds)
        self.kinds.clear()
        for spec in s.kinds.values():
            # the kind's name (what the command line takes) beside its title in English
            item = QtWidgets.QListWidgetItem(spec.title(zh) if zh else f"{spec.title(zh)} ({spec.name})")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, spec.name)
            self.kinds.addItem(item)
        del blocker
        self.kinds.setCurrentRow(0)
        self._kind_chosen(0)

    def show_kind(self, name: str) -> None:
        """Show the kind called ``name``."""
        self.kinds.setCurrentRow(list(self.standard.kinds).index(name))

    def _kind_chosen(self, row: int) -> None:
        if row < 0:
            return
        zh = chinese()
        self.spec = list(self.standard.kinds.values())[row]
        self.geometry.setText(self.tr("Geometry: {types}").replace(
            "{types}", ", ".join(geometry_label(g) for g in self.spec.geometry)))
        self.fields.setRowCount(len(self.spec.fields))
        for r, f in enumerate(self.spec.fields):
            allowed = f.codes or ""
            if f.minimum is not None or f.maximum is not None:
                allowed = f"{'' if f.minimum is None else f'{f.minimum:g}'} … " \
                          f"{'' if f.maximum is None else f'{f.maximum:g}'}"
            if f.pattern:
                allowed = (allowed + " " + f.pattern).strip()
            if f.unique:
                allowed = (allowed + " " + self.tr("unique")).strip()
            cells = [f.name, f.title(zh), type_label(f.type), self.tr("yes") if f.required else "",
                     unit_label(f.unit), allowed]
            for c, text in enumerate(cells):
                self.fields.setItem(r, c, QtWidgets.QTableWidgetItem(text))
        self.fields.resizeColumnsToContents()
        self.fields.setCurrentCell(0, 0)
        self._show_codes(0)

    def _show_codes(self, row: int) -> None:
        self.codes.setRowCount(0)
        if row < 0 or row >= len(self.spec.fields) or not self.spec.fields[row].codes:
            return
        codes = self.standard.codes(self.spec.fields[row].codes)
        self.codes.setRowCount(len(codes))
        for r, code in enumerate(codes):
            for c, text in enumerate((code.code, code.zh if chinese() else code.en)):
                self.codes.setItem(r, c, QtWidgets.QTableWidgetItem(text))
        self.codes.resizeColumnsToContents()
