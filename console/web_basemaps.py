"""Web basemaps (XYZ/WMTS URL templates such as Tianditu with the user's key), cached on disk.

With no network the console says so once in the message bar and carries on with the cached tiles.
"""

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


class _Notices(QtCore.QObject):
    """Carries the tile source's one-off notices from a worker thread to the GUI thread."""

    said = QtCore.Signal(str)


def web_basemap(window, template: str, key: str = "", name: str | None = None):
    """A BasemapLayer over an XYZ/WMTS template whose offline notice reaches ``window``'s message bar."""
    from datasources.web_tiles import TileService, XYZSource
    from layers.basemap import BasemapLayer, default_tile_cache

    notices = _Notices(window)
    notices.said.connect(lambda message: window.message_bar.push(message, "warning"))
    source = XYZSource(TileService(template, key=key, name=name), default_tile_cache(),
                       notify=notices.said.emit)
    layer = BasemapLayer(source, name=name)
    layer._notices = notices  # keep the relay alive as long as the layer
    return layer


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


def add_web_basemap_dialog(window) -> None:
    """File > Add web basemap: the dialog, then the layer under all others (errors to the message bar)."""
    dialog = WebBasemapDialog(window)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    add_web_basemap(window, dialog.template.text().strip(), dialog.key.text().strip(),
                    dialog.preset.currentText())


def add_web_basemap(window, template: str, key: str = "", name: str | None = None):
    try:
        layer = web_basemap(window, template, key, name)
    except Exception as exc:  # noqa: BLE001 — a bad template is a message, never a crash
        window.message_bar.push_exception(exc)
        return None
    window.project.layers.append(layer)
    return layer
