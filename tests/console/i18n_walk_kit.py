"""What the translation walk reads on screen, and how it tells interface text from data.

:class:`Reader` collects every text a person can see in a window (titles, labels, buttons, tooltips, combo
items, tabs, headers, item views, plots, menus and actions, the status and message bars) and opens each
action's windows, reading them before closing them. In each of the console's own dialogs it clicks the
buttons (not the dialog's OK/Cancel row) and reads the windows they open too: a colour chooser, a
question, a file dialog, a second dialog (``second_level`` names them). :func:`english_words` and :func:`foreign_chinese` say
what in a text is in the wrong language once data values, units, codes, file names and proper nouns are
taken out.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pandas as pd
from PySide6 import QtCore, QtWidgets

from tests.console import window_actions as window_actions_kit

#: words that stay as they are in a Chinese interface: proper nouns, formats, units, codes, standards
ALLOWED = {w.lower() for w in """
    QGIS Open311 GeoReport CSV Excel XLSX GeoPackage GeoJSON TopoJSON KML KMZ MBTiles XYZ WMTS JSON XML PNG TIFF PDF
    GeoTIFF DEM Shapefile FlatGeobuf OSM PBF OpenStreetMap PostgreSQL PostGIS SQLite EPSG CGCS WGS UTM GCJ BD
    Gauss Kruger Mercator Pseudo CM AMap Tencent Baidu Tianditu NULL ID km mm cm ha mg NTU
    PM NO SO CO IAQI AQI HJ GB DO CODMn NH TP UTF GBK ASCII Latin Big Shift JIS cp Ctrl Alt Esc Del Qt
    SHA Argon admin URL UTC Jenks Viridis Set2 tk Open311 v2 CGCS2000 WGS84 MiB KiB GiB bytes HTML RGB
    MQTT SensorThings CAP OASIS
    and or not in is like contains
""".split()}  # the last line: the attribute filter's own keywords, as in QGIS expressions
_DROP = [
    re.compile(r"\{[^{}]*\}"),                                        # a placeholder left in a message
    re.compile(r"(?:https?|mqtts?)://\S+|(?<![\w.])/[\w\-./]+"),          # addresses, paths
    re.compile(r"\bsystem:[\w\-]+"),                                   # service accounts
    re.compile(r"\*?\.?[\w\-. ]*\.(?:gpkg|shp|csv|xlsx|json|geojson|tif|tiff|kml|kmz|mbtiles|zip|gz|xml|png|"
               r"txt|tsv|fgb|pbf|topojson|key|qm|prj|cpg|dbf|xlsm|jpg|jpeg|gif|bmp|qgz|qgs|qml)\b", re.IGNORECASE),  # file names, globs
    re.compile(r"EPSG:\d+|#[0-9a-fA-F]{3,8}\b"),                      # codes, colours
    re.compile(r"\b\w+_\w+\b"),                                       # field names and stored codes
    re.compile(r'"\w+"\s*:'),                                         # the keys of a stored record's JSON
    re.compile(r"\b[A-Z]{1,3}[0-9][0-9A-Z.\-]*\b|\b[A-Z]{2}-\d+\b"),  # station codes, PM2.5, NO2
]
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*[A-Za-z0-9]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _without_data(text: str, data: list[str]) -> str:
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def english_words(text: str, data: list[str]) -> list[str]:
    """English words of ``text`` once data values, file names, codes and allowed words are taken out."""
    text = _without_data(text, data)
    for pattern in _DROP:
        text = pattern.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.lower() not in ALLOWED]


def foreign_chinese(text: str, data: list[str]) -> list[str]:
    """Chinese in ``text`` that is not data (the English interface may show only data in Chinese, such as
    a village's name, or a part of one in an example: ``name_zh contains '村'``)."""
    text = _without_data(text, data)
    for pattern in _DROP[:3]:
        text = pattern.sub(" ", text)
    return [run for run in _CJK.findall(text) if not any(run in value for value in data)]


def data_values(window) -> list[str]:
    """Every text value of the map's layers and the store's tables the window shows, longest first."""
    values: set[str] = set()
    frames = [getattr(layer, "data", None) for layer in window.project.layers]
    session = window.workbench.session
    if session is not None:
        for kind in ("villages", "facilities", "sensors", "hazard_zones", "incidents", "planned_sites"):
            try:
                frames.append(session.features.read(kind))
            except Exception:  # noqa: BLE001 — a kind the role may not read
                pass
    for frame in frames:
        if frame is None:
            continue
        values.update(str(c) for c in frame.columns)  # the user's field names are data too
        for column in frame.columns:
            series = frame[column]
            if series.dtype == object or pd.api.types.is_string_dtype(series):
                values.update(str(v) for v in series.dropna().unique() if isinstance(v, str))
    values.update(str(v) for v in window.project.settings.values() if isinstance(v, str))
    values = {v.strip() for v in values if len(v.strip()) >= 2}
    return sorted(values, key=len, reverse=True)


def _columns(model, parent) -> int:
    if isinstance(model, QtCore.QAbstractListModel):  # its columnCount is private in PySide6
        return 1
    return model.columnCount(parent)


def _folder_names(dialog) -> set[str]:
    """What a file dialog lists: the entries of its folder, the parts of its path, the places aside."""
    folder = Path(dialog.directory().absolutePath())
    names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    names |= {str(folder), *folder.parts, Path.home().name}
    for url in dialog.sidebarUrls():  # the places aside: the folders last used, home, the computer
        place = Path(url.toLocalFile())
        names |= {place.name, *place.parts}
    return {n for n in names if len(n) >= 2}


class Reader:
    """Reads a window and the windows its actions open; ``texts`` holds (where, text)."""

    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot
        self.texts: list[tuple[str, str]] = []
        self._seen_texts: set[tuple[str, str]] = set()
        self.seen: set[str] = set()
        self.layer_names: list[str] = []
        self.identified = False
        self.data_text = data_values(window)
        self.handled = list(QtWidgets.QApplication.topLevelWidgets())
        self.label = ""
        #: "action › dialog › window" for each window a dialog's button opened
        self.second_level: set[str] = set()
        self._clicking = ""
        self.poller = QtCore.QTimer(window, interval=20)  # (stops with its window: see _poll)
        self.poller.timeout.connect(self._poll)
        self.poller.start()

    # ---- collecting
    def add(self, where: str, text) -> None:
        text = re.sub(r"<[^>]+>", " ", str(text or "")).replace("&nbsp;", " ").replace("&&", "&")
        text = text.replace("&", "") if re.search(r"&\w", text) else text
        if text.strip() and (where, text) not in self._seen_texts:
            self._seen_texts.add((where, text))
            self.texts.append((where, text))

    def read_widget(self, root, where: str) -> None:
        from widgets.identify_panel import IdentifyPanel

        for w in [root, *root.findChildren(QtWidgets.QWidget)]:
            here = f"{where} › {type(w).__name__}"
            if w.isWindow():
                self.add(here, w.windowTitle())
            self.add(here + " tooltip", w.toolTip())
            self.add(here + " status tip", w.statusTip())
            if isinstance(w, QtWidgets.QLabel):
                self.add(here, w.text())
            elif isinstance(w, QtWidgets.QAbstractButton):
                self.add(here, w.text())
            elif isinstance(w, QtWidgets.QGroupBox):
                self.add(here, w.title())
            elif isinstance(w, QtWidgets.QLineEdit):
                self.add(here + " placeholder", w.placeholderText())
                if w.isReadOnly():
                    self.add(here, w.text())
            elif isinstance(w, QtWidgets.QComboBox):
                for i in range(w.count()):
                    self.add(here, w.itemText(i))
            elif isinstance(w, (QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)):
                self.add(here + " placeholder", w.placeholderText())
                if w.isReadOnly():
                    self.add(here, w.toPlainText())
            elif isinstance(w, QtWidgets.QTabBar):
                for i in range(w.count()):
                    self.add(here, w.tabText(i))
                    self.add(here + " tooltip", w.tabToolTip(i))
            elif isinstance(w, QtWidgets.QDockWidget):
                self.add(here, w.windowTitle())
            elif isinstance(w, QtWidgets.QStatusBar):
                self.add(here, w.currentMessage())
            elif isinstance(w, QtWidgets.QMenu):
                self.add(here, w.title())
            if isinstance(w, IdentifyPanel):
                self.identified = self.identified or w.topLevelItemCount() > 0
            if isinstance(w, QtWidgets.QAbstractItemView) and w.model() is not None:
                self._read_model(w.model(), here)
            for action in w.actions():
                self._read_action(action, here)
            self._read_plot(w, here)

    def _read_model(self, model, where: str) -> None:
        root = QtCore.QModelIndex()
        for section in range(_columns(model, root)):
            self.add(where + " header", model.headerData(section, QtCore.Qt.Orientation.Horizontal))
        source = model.sourceModel() if isinstance(model, QtCore.QAbstractProxyModel) else model
        if isinstance(source, QtWidgets.QFileSystemModel):  # the names of files and folders are data
            return
        self._read_rows(model, QtCore.QModelIndex(), where, 0)

    def _read_rows(self, model, parent, where: str, depth: int) -> None:
        if depth > 3:
            return
        for row in range(min(model.rowCount(parent), 40)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                value = index.data(QtCore.Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    self.add(where, value)
                self.add(where + " tooltip", index.data(QtCore.Qt.ItemDataRole.ToolTipRole)
                         if not isinstance(model, QtCore.QAbstractTableModel) else "")
            child = model.index(row, 0, parent)
            if not isinstance(model, (QtCore.QAbstractTableModel, QtCore.QAbstractListModel)) and \
                    model.hasChildren(child):
                self._read_rows(model, child, where, depth + 1)

    def _read_action(self, action, where: str) -> None:
        if action.isSeparator():
            return
        self.add(where + " action", action.text())
        if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            self.add(where + " action tooltip", action.toolTip())
        self.add(where + " action status tip", action.statusTip())
        if action.menu() is not None:
            self.add(where + " menu", action.menu().title())
            for sub in action.menu().actions():
                self._read_action(sub, where)

    def _read_plot(self, w, where: str) -> None:
        scene = w.scene() if isinstance(w, QtWidgets.QGraphicsView) else None
        if scene is None or type(w).__name__ == "MapCanvas":
            return
        for item in scene.items():
            for getter in ("toPlainText", "labelText"):
                value = getattr(item, getter, None)
                text = value() if callable(value) else value
                if isinstance(text, str):
                    self.add(where + " plot", text)

    def read_window(self, where: str) -> None:
        window = self.window
        self.read_widget(window, where)
        model = window.layer_tree.model()
        self.layer_names = [model.index(r, 0).data() for r in range(model.rowCount())]
        for level, message, _details in window.message_bar.history:
            self.add(f"{where} › message bar ({level})", message)

    # ---- actions and the windows they open
    def menu_actions(self, menu, path: list[str]):
        return window_actions_kit.menu_actions(menu, path, self.add)

    def actions(self):
        return window_actions_kit.window_actions(self.window, self.add)

    def trigger(self, label: str, action) -> None:
        self.label = label
        if os.environ.get("I18N_WALK_TRACE"):
            print(f"walk: {time.monotonic():.2f}", label, flush=True)
        self._read_action(action, label)
        action.trigger()
        self.settle()
        # what an action says: the status bar and the message bar (the whole window is read between steps)
        self.add(f"after {label} › status bar", self.window.statusBar().currentMessage())
        for level, message, _details in self.window.message_bar.history:
            self.add(f"after {label} › message bar ({level})", message)

    def settle(self) -> None:
        window = self.window
        self.qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
        self.qtbot.wait(20)
        self.qtbot.waitUntil(lambda: not self._open_windows(), timeout=20_000)

    def _open_windows(self) -> list:
        return [w for w in QtWidgets.QApplication.topLevelWidgets()  # (another walk's main window stays)
                if not isinstance(w, type(self.window)) and w.isVisible() and not isinstance(w, QtWidgets.QMenu)
                and w.windowType() not in (QtCore.Qt.WindowType.Popup, QtCore.Qt.WindowType.ToolTip)]

    def _poll(self) -> None:
        import shiboken6

        if not shiboken6.isValid(self.window) or not self.window.isVisible():  # its walk is over
            self.poller.stop()
            return
        for w in self._open_windows():
            if any(w is seen for seen in self.handled):
                continue
            self.handled.append(w)
            QtCore.QTimer.singleShot(60, lambda w=w: self._read_and_close(w))

    def _read_and_close(self, w) -> None:
        import shiboken6

        if not shiboken6.isValid(w) or not w.isVisible():
            return
        name = type(w).__name__
        self.seen.add(name)
        if self._clicking:
            self.second_level.add(f"{self._clicking} › {name}")
        if isinstance(w, QtWidgets.QFileDialog):  # the names of the files and folders it lists are data
            self.data_text = sorted({*self.data_text, *_folder_names(w)}, key=len, reverse=True)
        self.read_widget(w, f"{self.label} › {name}")
        if not self._clicking and name not in _NOT_CLICKED and not isinstance(w, _QT_DIALOGS):
            self._click_buttons(w, name)
            if not shiboken6.isValid(w) or not w.isVisible():
                return
        if name == "IdleLockDialog":
            w.password.setText("qingxi-2024")
            w.unlock_button.click()
        elif isinstance(w, QtWidgets.QDialog):
            w.reject()
        else:
            w.close()

    # ---- the windows a dialog's buttons open
    def click_buttons(self, widget, name: str, only=None) -> None:
        """Click the buttons of a panel of the window (``only(button)`` chooses), reading the windows they
        open as those of a dialog's buttons."""
        self.label = name
        self._click_buttons(widget, name, only)

    def _click_buttons(self, dialog, name: str, only=None) -> None:
        """Click each button of one of the console's dialogs, read what it says then and the windows the
        click opened (closed by the poller, one level deep)."""
        import shiboken6

        where = f"{self.label} › {name}"
        self._clicking = where
        try:
            for button in _buttons(dialog):
                if only is not None and not only(button):
                    continue
                if not shiboken6.isValid(dialog) or not dialog.isVisible():
                    return
                if not shiboken6.isValid(button) or not (button.isVisible() and button.isEnabled()):
                    continue
                if os.environ.get("I18N_WALK_TRACE"):
                    print(f"walk: {time.monotonic():.2f}   click", name, button.text() or button.toolTip(), flush=True)
                button.click()
                self.qtbot.wait(10)
                self.qtbot.waitUntil(lambda: not [w for w in self._open_windows() if w is not dialog],
                                     timeout=20_000)
                if shiboken6.isValid(dialog) and dialog.isVisible():
                    self.read_widget(dialog, f"{where} › after {button.text() or button.toolTip()}")
        finally:
            self._clicking = ""


#: Qt's own dialogs: their buttons (a new folder, back and forward) are Qt's, not the console's
_QT_DIALOGS = (QtWidgets.QFileDialog, QtWidgets.QMessageBox, QtWidgets.QInputDialog, QtWidgets.QColorDialog,
               QtWidgets.QFontDialog, QtWidgets.QProgressDialog)
#: dialogs whose buttons the walk leaves alone: the lock (it unlocks it itself)
_NOT_CLICKED = {"IdleLockDialog"}
#: widgets whose inner buttons are parts of them (a tab bar's arrows, a spin box's steps)
_COMPOUND = (QtWidgets.QDialogButtonBox, QtWidgets.QTabBar, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox,
             QtWidgets.QScrollBar, QtWidgets.QCalendarWidget, QtWidgets.QToolBar)


def _buttons(dialog) -> list:
    """The push and tool buttons a person can click in ``dialog``: shown, enabled, not toggles and not part
    of the OK/Cancel row or of another widget."""
    out = []
    for button in dialog.findChildren(QtWidgets.QAbstractButton):
        if not isinstance(button, (QtWidgets.QPushButton, QtWidgets.QToolButton)) or button.isCheckable():
            continue
        if not (button.isVisible() and button.isEnabled()):
            continue
        parent, inside = button.parentWidget(), False
        while parent is not None and parent is not dialog:
            inside = inside or isinstance(parent, _COMPOUND)
            parent = parent.parentWidget()
        if not inside:
            out.append(button)
    return out
