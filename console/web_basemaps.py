"""Web basemaps (XYZ/WMTS URL templates such as Tianditu with the user's key), cached on disk: the dialog's
choice made a layer of the project, its offline notice wired to the window's message bar.

With no network the console says so once in the message bar and carries on with the cached tiles.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from widgets.message_bar import MessageLevel
from widgets.web_basemap_dialog import WebBasemapDialog


class _Notices(QtCore.QObject):
    """Carries the tile source's one-off notices from a worker thread to the GUI thread."""

    said = QtCore.Signal(object)


def web_basemap(window, template: str, key: str = "", name: str | None = None):
    """A BasemapLayer over an XYZ/WMTS template whose offline notice reaches ``window``'s message bar."""
    from datasources.web_tiles import TileService, XYZSource
    from layers.basemap import BasemapLayer, default_tile_cache

    notices = _Notices(window)
    notices.said.connect(lambda notice: _tell(window, notice))
    source = XYZSource(TileService(template, key=key, name=name), default_tile_cache(),
                       notify=notices.said.emit)
    layer = BasemapLayer(source, name=name)
    layer._notices = notices  # keep the relay alive as long as the layer
    return layer


def _tell(window, notice) -> None:
    """A tile source's notice in the interface language, the server's own words under Details."""
    from widgets.error_text import error_details, error_text

    error = getattr(notice, "error", None)
    if error is None:
        window.message_bar.push(str(notice), MessageLevel.WARNING)
    else:
        window.message_bar.push(error_text(error), MessageLevel.WARNING, error_details(error))


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
