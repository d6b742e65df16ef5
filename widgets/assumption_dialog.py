"""Asks the user to confirm or correct what was assumed about a file (its CRS, its text encoding)."""

from __future__ import annotations

import re

from PySide6 import QtCore, QtWidgets

from datasources.china_offsets import offset_kind
from datasources.crs import COMMON_CRS, LONLAT_CHOICES, LONLAT_IN_CHINA, LONLAT_IN_TAIWAN
from widgets.crs_names import crs_code, crs_label

ENCODINGS = ["utf-8", "gb18030", "big5", "cp1252", "cp1251", "shift_jis", "latin-1"]
CRS_CHOICES = list(dict.fromkeys([code for code, _ in LONLAT_CHOICES] + [code for code, _ in COMMON_CRS]))

# What the readers say about an assumed CRS (datasources.crs.infer_crs, datasources.vector), in the
# user's language: (pattern of the English reason, its translation with the captured parts as {0}, {1}).
_REASONS = [
    (r"no CRS in the file; (.*)", QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "no CRS in the file; {0}")),
    (re.escape(LONLAT_IN_CHINA),
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "inferred: lon/lat ranges inside China, CGCS2000 assumed")),
    (re.escape(LONLAT_IN_TAIWAN),
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog",
                              "inferred: lon/lat ranges in Taiwan, WGS 84 assumed (no web-map offset there)")),
    (r"inferred: lon/lat ranges, WGS 84 assumed",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "inferred: lon/lat ranges, WGS 84 assumed")),
    (r"assumed from the file name \((.*)\)",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "assumed from the file name ({0})")),
    (r"inferred: easting carries Gauss-Kruger (\d)-degree zone (\d+) \(CGCS2000 assumed\)",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog",
                              "inferred: the easting carries Gauss-Kruger {0}-degree zone {1} "
                              "(CGCS2000 assumed)")),
    (r"assumed: planar metres without a zone, taken as the project CRS",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog",
                              "assumed: planar metres without a zone number, taken as the project CRS")),
    (r"planar metres without a zone number: .*",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog",
                              "planar metres without a zone number: choose the Gauss-Kruger or UTM zone")),
    (r"no finite coordinates to infer a CRS from",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "no finite coordinates to infer a CRS from")),
    (r"no CRS in the file and no coordinates to infer one from",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog", "no CRS in the file and no coordinates to infer one from")),
    (r"coordinates match no known CRS range.*",
     QtCore.QT_TRANSLATE_NOOP("AssumptionDialog",
                              "the coordinates match no known CRS range (local or arbitrary units?)")),
]


def translated_reason(reason: str) -> str:
    """A reader's reason for an assumed CRS in the user's language (as it came where it is unknown)."""
    for pattern, template in _REASONS:
        match = re.fullmatch(pattern, reason or "")
        if match:
            parts = [translated_reason(p) if p.startswith(("inferred", "planar", "no ", "coordinates",
                                                           "assumed")) else p for p in match.groups()]
            return QtCore.QCoreApplication.translate("AssumptionDialog", template).format(*parts)
    return reason


def probably_gcj02(source) -> bool:
    """True for lon/lat in China that declared no CRS: web maps in China publish such data in GCJ-02."""
    return bool(source.crs_assumed and LONLAT_IN_CHINA in (source.crs_reason or ""))


class AssumptionDialog(QtWidgets.QDialog):
    """Shows the assumed CRS and encoding of one layer's source; ``corrected`` carries the user's choice.

    The CRS list shows names with their codes, GCJ-02 and BD-09 among them (the file is then read again
    and converted to CGCS2000); a code, WKT or PROJ string may be typed too.

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
        codes = ([source.crs] if source.crs and source.crs not in CRS_CHOICES else []) + CRS_CHOICES
        self.choices = [(code, crs_label(code)) for code in codes]
        self.crs = QtWidgets.QComboBox()
        self.crs.setEditable(True)
        self.crs.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.crs.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, label in self.choices:
            self.crs.addItem(label, code)
        self.crs.setCurrentText(crs_label(source.crs) if source.crs else "")
        self.encoding = QtWidgets.QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItems(ENCODINGS)
        if source.encoding:
            self.encoding.setCurrentText(source.encoding)
        intro = QtWidgets.QLabel(self.tr("Some things about this file were not declared in it and were "
                                         "assumed. Confirm them or correct them."))
        intro.setWordWrap(True)
        self.offset_warning = None
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        if source.crs_assumed or not source.crs:
            why = QtWidgets.QLabel(translated_reason(source.crs_reason) if source.crs_reason
                                   else self.tr("the file declares no CRS"))
            why.setWordWrap(True)
            form.addRow(self.tr("CRS"), self.crs)
            form.addRow("", why)
            if probably_gcj02(source):
                self.offset_warning = QtWidgets.QLabel(self.tr(
                    "Lon/lat data from web maps in China (AMap, Tencent) is usually in GCJ-02, a few "
                    "hundred metres off the true position, and Baidu's in BD-09. If the file comes from "
                    "such a map, choose GCJ-02 or BD-09: it is read again and converted to CGCS2000."))
                self.offset_warning.setWordWrap(True)
                self.offset_warning.setStyleSheet(
                    "background: #fff4ce; border: 1px solid #e0b400; padding: 6px; color: #3d3000;")
                form.addRow("", self.offset_warning)
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
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _sample_text(self) -> str:
        data = self.layer.data
        for col in data.columns:
            if data[col].dtype == object and col not in (data.geometry.name, "_problem"):
                values = [str(v) for v in data[col].dropna().head(3)]
                if values:
                    return " · ".join(values)[:80]
        return ""

    def chosen_crs(self) -> str | None:
        """The code of the CRS shown in the list (a known name, or what was typed)."""
        return crs_code(self.crs.currentText(), self.choices) or None

    def accept(self) -> None:
        source = self.layer.source
        crs = self.chosen_crs()
        if crs and not _known(crs):
            self.error.setText(self.tr("{crs} is not a CRS the console knows: choose one from the list "
                                       "or type an EPSG code such as EPSG:4549.").format(crs=crs))
            self.error.show()
            return
        encoding = self.encoding.currentText().strip() or None
        new_crs = crs if crs and crs != source.crs else None
        new_encoding = encoding if source.encoding_guessed and encoding != source.encoding else None
        if new_crs or new_encoding:
            self.corrected.emit(new_crs, new_encoding)
        super().accept()


def _known(crs: str) -> bool:
    if offset_kind(crs):
        return True
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    from datasources.crs import PROJ_LOCK

    try:
        with PROJ_LOCK:
            CRS.from_user_input(crs)
    except CRSError:
        return False
    return True


def needs_confirmation(layer) -> bool:
    """True when a layer's CRS or encoding was assumed rather than read."""
    source = getattr(layer, "source", None)
    return source is not None and (source.crs_assumed or not source.crs or source.encoding_guessed)
