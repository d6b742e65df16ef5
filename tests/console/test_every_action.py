"""Every action of the real window, as each role and in both languages: every menu (submenus too), every
toolbar and every context menu is triggered through ``QAction.trigger()`` on a copy of the demo township
and its store. File dialogs get real files, questions get answers, windows that open are closed again.
Any exception, critical message box or error in the message bar fails the test (pytest-qt).

The walk finds the actions at run time, so a new action is covered without a change here; an action that
asks for a file must have its file in ``FILES``, or the test fails and says which action it was.
"""

from __future__ import annotations

import shutil
import sys
import threading
import traceback

import argon2
import pytest
from PySide6 import QtCore, QtWidgets

from datasources.incident_files import export_incidents
from datasources.store import TownshipStore
from datasources.store.permissions import ROLES
from tests.console import window_actions as window_actions_kit
from tests.datasources.test_incident_import import messy_csv
from tests.datasources.test_tiles import make_mbtiles
from tests.demo_session import demo_service_session, demo_store_copy

pytest.importorskip("pytestqt")
shiboken6 = pytest.importorskip("shiboken6")

from console import i18n  # noqa: E402
from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"

#: What an action that asks for files is given, by (translation context, English text of the action):
#: an input made in ``inputs`` below, or the suffix of a new file to save.
FILES = {
    ("MainWindow", "&Open data…"): "data",
    ("MainWindow", "Open"): "data",
    ("MainWindow", "Open &project…"): "project",
    ("MainWindow", "Add &basemap (MBTiles)…"): "mbtiles",
    ("MainWindow", "Save project &as…"): ".gpkg",
    ("IncidentDesk", "&Import CSV/Excel…"): "hotline",
    ("IncidentDesk", "Import &Open311 (JSON/XML)…"): "open311",
    ("IncidentDesk", "Open311 GeoReport v2 (JSON)…"): ".json",
    ("IncidentDesk", "Open311 GeoReport v2 (XML)…"): ".xml",
    ("IncidentDesk", "CSV…"): ".csv",
    ("IncidentDesk", "Excel (XLSX)…"): ".xlsx",
    ("StoreDesk", "Export store layer…"): ".gpkg",
    ("QgisExchangeDesk", "Export as &QGIS project…"): ".qgz",
    ("QgisExchangeDesk", "Open Q&GIS project…"): "qgis",
    ("StandardDesk", "Validate a file…"): "data",
    ("StandardDesk", "Conform to the standard…"): "data",
    ("PrintingDesk", "Village atlas…"): ".pdf",
}
#: The window an action must open (proof that it got that far), when the role may use it.
OPENS = {
    ("StoreDesk", "Audit log…"): "AuditLogDialog",
    ("StoreDesk", "Users and roles…"): "UsersDialog",
    ("IncidentDesk", "&Village performance…"): "VillageStatsPanel",
    ("MainWindow", "Add &web basemap (XYZ/WMTS)…"): "WebBasemapDialog",
    ("StoreDesk", "Lock now"): "IdleLockDialog",
    ("StandardDesk", "Show the standard…"): "StandardBrowser",
    ("PrintingDesk", "Print layout…"): "PrintLayoutDialog",
}
#: Triggered after everything else: they end the session (their questions are answered).
LAST = {("MainWindow", "E&xit")}
ERROR_LEVELS = {"error", "critical"}


# ---------------------------------------------------------------------- what the dialogs are given
@pytest.fixture(scope="module")
def inputs(demo_township, demo_project, real_data, tmp_path_factory) -> dict:
    """Real files for the actions that open files: data, the project, a hotline table, Open311, MBTiles."""
    folder = tmp_path_factory.mktemp("inputs")
    project = folder / "青溪镇 项目.gpkg"
    shutil.copy2(demo_project, project)
    if (demo_project.parent / "dem.tif").exists():
        shutil.copy2(demo_project.parent / "dem.tif", folder / "dem.tif")
    messy_csv(folder / "热线 hotline.csv")
    session = demo_service_session(demo_township, folder / "open311-source")
    export_incidents(session, folder / "open311.json", "open311-json")
    session.store.engine.dispose()
    return {"data": [str(real_data / "pkgdata" / "libpysal_snow" / "SohoWater.shp"),
                     str(real_data / "pkgdata" / "momepy_bubenec.gpkg")],
            "project": [str(project)], "hotline": [str(folder / "热线 hotline.csv")],
            "open311": [str(folder / "open311.json")],
            "mbtiles": [str(make_mbtiles(folder / "底图.mbtiles", zooms=range(3)))],
            "qgis": [str(_qgis_project(project, folder / "县里 county.qgz"))]}


def _qgis_project(project, out):
    from layers.project import Project
    from layers.qgis_export import export_qgis_project

    return export_qgis_project(Project.load(project), out).path


@pytest.fixture(scope="module")
def role_stores(demo_township, tmp_path_factory):
    """A copy of the demo store per role (shared by both languages) with one account of that role."""
    from datasources.store.admin import upgrade_store

    made: dict[str, tuple] = {}

    def store_for(role: str):
        if role not in made:
            path, keys = demo_store_copy(demo_township, tmp_path_factory.mktemp(role))
            upgrade_store(path)
            store = TownshipStore(path, key_folder=keys, hasher=CHEAP)
            admin = store.create_administrator("admin", PASSWORD)
            if role != "administrator":
                village = admin.features.read("villages")["village_code"].iloc[0]
                admin.accounts.add(role, PASSWORD, role, village if role == "village_officer" else None)
            made[role] = (store, "admin" if role == "administrator" else role)
        return made[role]

    yield store_for
    for store, _ in made.values():
        store.engine.dispose()


@pytest.fixture
def language(request, qapp):
    """The interface language: the compiled zh_CN translation installed, or English (the sources)."""
    lang = request.param
    translator = None
    if lang != "en":
        qm = i18n.TRANSLATIONS / f"township_{lang}.qm"
        if not qm.exists():
            i18n.build()
        translator = QtCore.QTranslator()
        assert translator.load(str(qm)) and qapp.installTranslator(translator)
    yield lang
    if translator is not None:
        qapp.removeTranslator(translator)


# ---------------------------------------------------------------------- the walk
class Walk:
    """Triggers actions one at a time and answers whatever they ask; ``failures`` says what went wrong."""

    def __init__(self, window, inputs: dict, folder, qtbot) -> None:
        self.window, self.inputs, self.folder, self.qtbot = window, inputs, folder, qtbot
        keyed = {**FILES, **OPENS, **{k: "" for k in LAST}}
        self.keys = {QtCore.QCoreApplication.translate(ctx, text): (ctx, text) for ctx, text in keyed}
        self.failures: list[str] = []
        self.label, self.key, self.opened = "", None, []
        self.done: set[str] = set()
        self.met: set[tuple[str, str]] = set()  # the keyed actions triggered
        self.menus: list[QtWidgets.QMenu] = []
        self.handled = [w for w in QtWidgets.QApplication.topLevelWidgets()]
        self.saved = 0
        self.bar_seen = len(window.message_bar.history)
        self.poller = QtCore.QTimer(interval=10)
        self.poller.timeout.connect(self._poll)
        self.poller.start()

    # ---- answers
    def file_answer(self, many: bool):
        def answer(parent=None, caption="", directory="", filter="", *args, **kwargs):
            spec = FILES.get(self.key)
            if spec is None:
                self.failures.append(f"{self.label}: asks for a file ({caption!r}) but FILES has no "
                                     "entry for this action: add the file it should get")
                return ([] if many else "", "")
            if spec.startswith("."):
                self.saved += 1
                names = [str(self.folder / f"导出 {self.saved}{spec}")]
            else:
                names = list(self.inputs[spec])
            return (names if many else names[0], "")
        return answer

    def question(self, parent, title, text, buttons=None, default=None):
        buttons = buttons or (QtWidgets.QMessageBox.StandardButton.Yes
                              | QtWidgets.QMessageBox.StandardButton.No)
        standard = QtWidgets.QMessageBox.StandardButton
        return next((b for b in (standard.Discard, standard.Yes, standard.Ok) if buttons & b), standard.No)

    def critical(self, parent, title, text, *args, **kwargs):
        self.failures.append(f"{self.label}: critical message {title!r}: {text}")
        return QtWidgets.QMessageBox.StandardButton.Ok

    def exception(self, exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.failures.append(f"{self.label}: {exc_type.__name__}: {exc}\n{text}")

    # ---- windows the actions open
    def _poll(self) -> None:
        for w in QtWidgets.QApplication.topLevelWidgets():
            if w is self.window or not w.isVisible() or any(w is seen for seen in self.handled):
                continue
            if isinstance(w, QtWidgets.QMenu):  # a context menu: closed, its actions walked after
                self.menus.append(w)
            elif w.windowType() in (QtCore.Qt.WindowType.Popup, QtCore.Qt.WindowType.ToolTip):
                continue
            else:
                self.opened.append(type(w).__name__)
            self.handled.append(w)
            QtCore.QTimer.singleShot(0, lambda w=w: self._close(w))

    def _close(self, w) -> None:
        if not shiboken6.isValid(w) or not w.isVisible():
            return
        name = type(w).__name__
        if name == "IdleLockDialog":  # only the password opens it
            w.password.setText(PASSWORD)
            w.unlock_button.click()
            return
        if name == "ColumnMappingDialog" and w.import_button.isEnabled():
            w.import_button.click()  # the good rows go in, as a user would do
        if isinstance(w, QtWidgets.QDialog):
            w.reject()
        else:
            w.close()

    def _open_windows(self) -> list[str]:
        return [type(w).__name__ for w in QtWidgets.QApplication.topLevelWidgets()
                if w is not self.window and w.isVisible() and not isinstance(w, QtWidgets.QMenu)
                and w.windowType() not in (QtCore.Qt.WindowType.Popup, QtCore.Qt.WindowType.ToolTip)]

    # ---- triggering
    def trigger(self, label: str, action) -> None:
        self.label, self.key, self.opened = label, self.keys.get(action.text()), []
        if self.key is not None:
            self.met.add(self.key)
        action.trigger()
        self.settle()
        expected = OPENS.get(self.key)
        if expected and expected not in self.opened:
            self.failures.append(f"{label}: should open {expected}, opened {self.opened}")
        bar = self.window.message_bar.history
        for level, message, details in bar[self.bar_seen:]:
            if level in ERROR_LEVELS:
                self.failures.append(f"{label}: {level} in the message bar: {message}\n{details}")
        self.bar_seen = len(bar)
        self.done.add(label)

    def settle(self) -> None:
        window = self.window
        self.qtbot.waitUntil(lambda: not window._workers and not window.canvas.busy(), timeout=120_000)
        self.qtbot.wait(30)
        try:
            self.qtbot.waitUntil(lambda: not self._open_windows(), timeout=10_000)
        except AssertionError:
            self.failures.append(f"{self.label}: left open: {self._open_windows()}")
        self.qtbot.waitUntil(lambda: not window._workers, timeout=120_000)

    def menu_actions(self, menu, path: list[str]):
        return window_actions_kit.menu_actions(menu, path)

    def window_actions(self):
        return window_actions_kit.window_actions(self.window)

    def walk_window(self) -> None:
        """Every enabled action once; passes again for actions that appear on the way (recent files,
        bookmarks), the session-ending ones last."""
        last = []
        for _ in range(3):
            todo = [(label, a) for label, a in self.window_actions() if label not in self.done]
            last += [(label, a) for label, a in todo if self.keys.get(a.text()) in LAST]
            todo = [(label, a) for label, a in todo if self.keys.get(a.text()) not in LAST]
            if not todo:
                break
            for label, action in todo:
                if shiboken6.isValid(action) and action.isEnabled() and label not in self.done:
                    self.trigger(label, action)
        self.last = last

    def walk_context_menus(self) -> None:
        """Each widget's own context menu, for each row of an item view (last row first: a menu may
        remove its row)."""
        custom = QtCore.Qt.ContextMenuPolicy.CustomContextMenu
        for widget in self.window.findChildren(QtWidgets.QWidget):
            if widget.contextMenuPolicy() == QtCore.Qt.ContextMenuPolicy.ActionsContextMenu:
                for action in widget.actions():
                    self.trigger(f"{type(widget).__name__} › {action.text()}", action)
            if widget.contextMenuPolicy() != custom:
                continue
            rows = widget.model().rowCount() if isinstance(widget, QtWidgets.QAbstractItemView) else 1
            walked = set()
            for row in reversed(range(rows)):
                if not shiboken6.isValid(widget):
                    break
                pos, name, kind = widget.rect().center(), type(widget).__name__, ()
                if isinstance(widget, QtWidgets.QAbstractItemView):
                    model = widget.model()
                    index = model.index(min(row, model.rowCount() - 1), 0)
                    widget.setCurrentIndex(index)
                    pos = widget.visualRect(index).center()
                    name += f" row {row} ({index.data()})"
                    item = model.layer_at(index) if hasattr(model, "layer_at") else None
                    kind = (type(item).__name__, getattr(item, "geometry_kind", None))
                self.menus.clear()
                widget.customContextMenuRequested.emit(pos)
                self.qtbot.waitUntil(lambda: not self._open_windows(), timeout=10_000)
                for menu in list(self.menus):
                    actions = list(self.menu_actions(menu, [name]))
                    same = (kind, tuple(a.text() for _, a in actions))
                    if same in walked:  # one row per kind of item and menu: the time goes on the rest
                        continue
                    walked.add(same)
                    for label, action in actions:
                        if shiboken6.isValid(action) and action.isEnabled():
                            self.trigger(label, action)

    def finish(self) -> None:
        for label, action in self.last:
            if shiboken6.isValid(action) and action.isEnabled():
                self.trigger(label, action)
        self.poller.stop()


def _answer_everything(monkeypatch, walk: Walk) -> None:
    dialogs, boxes, inputs = QtWidgets.QFileDialog, QtWidgets.QMessageBox, QtWidgets.QInputDialog
    monkeypatch.setattr(dialogs, "getOpenFileName", walk.file_answer(many=False))
    monkeypatch.setattr(dialogs, "getOpenFileNames", walk.file_answer(many=True))
    monkeypatch.setattr(dialogs, "getSaveFileName", walk.file_answer(many=False))
    monkeypatch.setattr(dialogs, "getExistingDirectory",
                        lambda *a, **k: walk.file_answer(many=False)(*a, **k)[0])
    monkeypatch.setattr(boxes, "question", walk.question)
    monkeypatch.setattr(boxes, "critical", walk.critical)
    for name in ("information", "warning"):
        monkeypatch.setattr(boxes, name, lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(inputs, "getText", lambda *a, **k: ("动作测试 action walk", True))
    monkeypatch.setattr(inputs, "getMultiLineText", lambda *a, **k: ("动作测试 action walk", True))
    monkeypatch.setattr(inputs, "getItem",
                        lambda parent, title, label, items, *a, **k: (items[0] if items else "", True))
    monkeypatch.setattr(inputs, "getInt", lambda parent, title, label, value=0, *a, **k: (value, True))
    monkeypatch.setattr(inputs, "getDouble", lambda parent, title, label, value=0, *a, **k: (value, True))
    monkeypatch.setattr(sys, "excepthook", walk.exception)
    monkeypatch.setattr(threading, "excepthook",
                        lambda args: walk.exception(args.exc_type, args.exc_value, args.exc_traceback))


@pytest.fixture
def settings_folder(tmp_path):
    """Recent files and other settings in a folder of the test's own, never the user's."""
    native = QtCore.QSettings.Format.NativeFormat
    user = QtCore.QSettings.Scope.UserScope
    before = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.GenericConfigLocation)
    QtCore.QSettings.setPath(native, user, str(tmp_path / "settings"))
    yield
    QtCore.QSettings.setPath(native, user, before)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize("role", ROLES)
def test_every_action_as_every_role(role, language, role_stores, inputs, settings_folder, qtbot,
                                    monkeypatch, tmp_path):
    store, username = role_stores(role)
    project = tmp_path / "青溪镇.project.gpkg"
    shutil.copy2(inputs["project"][0], project)
    window = create_window([project])
    qtbot.addWidget(window, before_close_func=lambda w: w.project._mark_clean())
    window.log_in(store.login(username, PASSWORD))
    window.show()
    qtbot.waitExposed(window)
    walk = Walk(window, inputs, tmp_path, qtbot)
    _answer_everything(monkeypatch, walk)
    walk.settle()

    walk.walk_window()
    walk.walk_context_menus()
    assert walk.done, "no action was triggered"
    assert window.isVisible(), "the window closed before Exit"
    walk.finish()
    assert not walk.failures, f"{role}, {language}:\n\n" + "\n\n".join(walk.failures)
    if role == "administrator":  # may use everything: each entry of the tables names a real action
        gone = (set(FILES) | set(OPENS) | LAST) - walk.met
        assert not gone, f"the tables name actions the window no longer has: {sorted(gone)}"
    assert not window.isVisible(), "Exit did not close the window"
