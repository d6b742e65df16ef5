"""Asks the user to confirm or correct what was assumed about a file (its CRS, its text encoding)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

ENCODINGS = ["utf-8", "gb18030", "big5", "cp1252", "cp1251", "shift_jis", "latin-1"]
CRS_CHOICES = ["EPSG:4490", "EPSG:4326", "EPSG:4549", "EPSG:4548", "EPSG:4547", "EPSG:4528", "EPSG:3857"]


class AssumptionDialog(QtWidgets.QDialog):
    """Shows the assumed CRS and encoding of one layer's source; ``corrected`` carries the user's choice.

    Signals
    -------
    corrected(object, object)
        The CRS and the encoding chosen (None where the assumption was kept).
    """

    corrected = QtCore.Signal(object, object)

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        source = layer.source
        self.setWindowTitle(self.tr("Check {name}").format(name=layer.name))
        form = QtWidgets.QFormLayout()
        self.crs = QtWidgets.QComboBox()
        self.crs.setEditable(True)
        self.crs.addItems(([source.crs] if source.crs and source.crs not in CRS_CHOICES else []) + CRS_CHOICES)
        if source.crs:
            self.crs.setCurrentText(source.crs)
        else:
            self.crs.setCurrentText("")
        self.encoding = QtWidgets.QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItems(ENCODINGS)
        if source.encoding:
            self.encoding.setCurrentText(source.encoding)
        intro = QtWidgets.QLabel(self.tr("Some things about this file were not declared in it and were "
                                         "assumed. Confirm them or correct them."))
        intro.setWordWrap(True)
        if source.crs_assumed or not source.crs:
            why = QtWidgets.QLabel(source.crs_reason or self.tr("the file declares no CRS"))
            why.setWordWrap(True)
            form.addRow(self.tr("CRS"), self.crs)
            form.addRow("", why)
        if source.encoding_guessed:
            form.addRow(self.tr("Text encoding"), self.encoding)
            sample = self._sample_text()
            if sample:
                form.addRow(self.tr("Sample"), QtWidgets.QLabel(sample))
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _sample_text(self) -> str:
        data = self.layer.data
        for col in data.columns:
            if data[col].dtype == object and col not in (data.geometry.name, "_problem"):
                values = [str(v) for v in data[col].dropna().head(3)]
                if values:
                    return " · ".join(values)[:80]
        return ""

    def accept(self) -> None:
        source = self.layer.source
        crs = self.crs.currentText().strip() or None
        encoding = self.encoding.currentText().strip() or None
        new_crs = crs if crs and crs != source.crs else None
        new_encoding = encoding if source.encoding_guessed and encoding != source.encoding else None
        if new_crs or new_encoding:
            self.corrected.emit(new_crs, new_encoding)
        super().accept()


def needs_confirmation(layer) -> bool:
    """True when a layer's CRS or encoding was assumed rather than read."""
    source = getattr(layer, "source", None)
    return source is not None and (source.crs_assumed or not source.crs or source.encoding_guessed)
