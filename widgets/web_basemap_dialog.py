"""The web basemap dialog: choose a service (Tianditu imagery or map, OpenStreetMap) or type an XYZ/WMTS URL
template, and give the key where the service needs one."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

TIANDITU_IMAGE = ("https://t{s}.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                  "&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
                  "&TILECOL={x}&tk={key}")
TIANDITU_VECTOR = TIANDITU_IMAGE.replace("img_w", "vec_w").replace("LAYER=img", "LAYER=vec")
OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#: the services offered, by their names (shown, and the layer named, in the user's language)
PRESETS = {QtCore.QT_TRANSLATE_NOOP("WebBasemapDialog", "Tianditu imagery"): TIANDITU_IMAGE,
           QtCore.QT_TRANSLATE_NOOP("WebBasemapDialog", "Tianditu map"): TIANDITU_VECTOR,
           "OpenStreetMap": OSM}


class WebBasemapDialog(QtWidgets.QDialog):
    """Choose a preset or type a URL template, and give the key where the service needs one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add web basemap"))
        self.preset = QtWidgets.QComboBox()
        for name in PRESETS:
            self.preset.addItem(self.tr(name), name)
        self.template = QtWidgets.QLineEdit(TIANDITU_IMAGE)
        self.key = QtWidgets.QLineEdit()
        self.key.setPlaceholderText(self.tr("Tianditu key (tk), if the template has {key}"))
        self.preset.currentIndexChanged.connect(
            lambda i: self.template.setText(PRESETS.get(self.preset.itemData(i), self.template.text())))
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Service"), self.preset)
        form.addRow(self.tr("URL template"), self.template)
        form.addRow(self.tr("Key"), self.key)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
