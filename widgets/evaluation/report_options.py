"""The monthly report's paper: A4 or A3, portrait or landscape, asked before the file (the choice is
remembered for the next report)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

PAGE_KEY, LANDSCAPE_KEY = "evaluation/report_page", "evaluation/report_landscape"


class ReportOptions(QtWidgets.QDialog):
    """Choose the paper and the orientation of the monthly PDF (``page()``, ``landscape()``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("report-options")
        self.setWindowTitle(self.tr("Monthly PDF"))
        settings = QtCore.QSettings()
        self.page_box = QtWidgets.QComboBox()
        for page in ("A4", "A3"):
            self.page_box.addItem(page, page)
        self.page_box.setCurrentIndex(max(0, self.page_box.findData(settings.value(PAGE_KEY, "A4"))))
        self.orientation_box = QtWidgets.QComboBox()
        self.orientation_box.addItem(self.tr("Portrait"), False)
        self.orientation_box.addItem(self.tr("Landscape"), True)
        landscape = str(settings.value(LANDSCAPE_KEY, "false")).lower() == "true"
        self.orientation_box.setCurrentIndex(1 if landscape else 0)
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Paper"), self.page_box)
        form.addRow(self.tr("Orientation"), self.orientation_box)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                                  | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        self.buttons.accepted.connect(self._remember)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def page(self) -> str:
        return self.page_box.currentData()

    def landscape(self) -> bool:
        return bool(self.orientation_box.currentData())

    def set_choice(self, page: str, landscape: bool) -> None:
        self.page_box.setCurrentIndex(self.page_box.findData(page))
        self.orientation_box.setCurrentIndex(1 if landscape else 0)

    def _remember(self) -> None:
        settings = QtCore.QSettings()
        settings.setValue(PAGE_KEY, self.page())
        settings.setValue(LANDSCAPE_KEY, "true" if self.landscape() else "false")
