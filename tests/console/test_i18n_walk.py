"""The translation walk: the real window on the demo township and its store, in Chinese and in English, with
every menu, toolbar, dock, tab, header, tooltip, status-bar and message-bar text, the layer tree and its
legend, the identify panel and every window an action opens (Qt's own file dialog and message boxes among
them) read as a person sees them. In Chinese no English word may show except data, units, codes, file names
and proper nouns; in English no Chinese except data (pytest-qt).

It reads what is on screen, not the .ts file, so a string built without tr(), a code shown raw (``school``)
or a layer called by its table name (``villages``) fails here. In each of the console's dialogs it clicks the
buttons and reads the windows they open (a colour chooser, a question, a file dialog). The Chinese walk goes
on as each of the other five roles (office staff, planner, emergency desk, viewer, village officer): each
logs in to a window of their own and the menus that differ from the administrator's are walked again, with
the windows their actions open.
"""

from __future__ import annotations

import re
import shutil

import argon2
import pytest
from PySide6 import QtCore, QtWidgets

from datasources.store import TownshipStore
from layers import code_lists
from tests.console.i18n_walk_kit import Reader, english_words, foreign_chinese
from tests.demo_session import demo_store_copy

pytest.importorskip("pytestqt")
shiboken6 = pytest.importorskip("shiboken6")

from console import i18n  # noqa: E402
from console.app import create_window  # noqa: E402

CHEAP = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "qingxi-2024"
#: actions the walk does not trigger: they end the session
SKIP = {("MainWindow", "E&xit")}
#: windows the walk must have opened and read (Qt's own file dialog and input dialog among them)
OPENED = {"QFileDialog", "QInputDialog", "AuditLogDialog", "UsersDialog", "IdleLockDialog", "IncidentForm",
          "DeadlinesDialog", "StyleDialog"}
#: windows a dialog's buttons must have opened (the walk reads dialogs behind dialogs)
SECOND_LEVEL = {"StyleDialog › QColorDialog", "VillageStatsPanel › QFileDialog", "IncidentDetail › QInputDialog",
                "IncidentDetail › QFileDialog"}
#: the roles walked after the administrator, each in a window of their own, by their accounts' names
ROLES = {"village_officer": "liu.cun", "viewer": "zhao.cha", "office_staff": "chen.ban", "planner": "sun.gui",
         "emergency_desk": "zhou.ying"}


@pytest.fixture(scope="module")
def compiled():
    return {qm.name for qm in i18n.build()}


@pytest.fixture
def language(request, qapp, compiled):
    """The interface language as the console installs it: its translators (the console's and Qt's own)
    and the code lists' language."""
    lang = request.param
    loaded = i18n.translators(lang)
    for translator in loaded:
        assert qapp.installTranslator(translator)
    code_lists.set_language(lang)
    locale = i18n.apply_locale(lang)
    yield lang
    for translator in loaded:
        qapp.removeTranslator(translator)
    code_lists.set_language("en")
    QtCore.QLocale.setDefault(locale)


@pytest.fixture
def settings_folder(tmp_path):
    native, user = QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope
    before = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.GenericConfigLocation)
    QtCore.QSettings.setPath(native, user, str(tmp_path / "settings"))
    yield
    QtCore.QSettings.setPath(native, user, before)


@pytest.fixture
def store(demo_township, tmp_path):
    """A copy of the demo store with an administrator and one account of each walked role."""
    from datasources.store.admin import upgrade_store

    store_path, keys = demo_store_copy(demo_township, tmp_path / "store")
    upgrade_store(store_path)
    store = TownshipStore(store_path, key_folder=keys, hasher=CHEAP)
    admin = store.create_administrator("admin", PASSWORD)
    village = admin.features.read("villages")["village_code"].iloc[0]
    for role, user in ROLES.items():
        admin.accounts.add(user, PASSWORD, role, village if role == "village_officer" else None)
    yield store
    store.engine.dispose()


@pytest.fixture
def window(language, store, demo_project, settings_folder, qtbot, tmp_path):
    project = tmp_path / "qingxi.project.gpkg"
    shutil.copy2(demo_project, project)
    if (demo_project.parent / "dem.tif").exists():
        shutil.copy2(demo_project.parent / "dem.tif", tmp_path / "dem.tif")
    win = create_window([project])
    qtbot.addWidget(win, before_close_func=lambda w: w.project._mark_clean())
    win.log_in(store.login("admin", PASSWORD))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win._workers and not win.canvas.busy(), timeout=120_000)
    yield win
    win.project._mark_clean()


def _click_on_map(qtbot, canvas, x: float, y: float) -> None:
    ox, oy = canvas.origin
    scene = canvas.view_box.mapViewToScene(QtCore.QPointF(x - ox, y - oy))
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(scene))


def _index_of(model, layer):
    """The layer tree's row of ``layer`` (tables sit in a group of their own)."""
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for candidate in [index, *(model.index(r, 0, index) for r in range(model.rowCount(index)))]:
            if model.layer_at(candidate) is layer:
                return candidate
    raise AssertionError(f"{layer.name} is not in the layer tree")


def _walk(window, qtbot) -> Reader:
    """Read the window, then every action's window, the layer tree's menu, a table and an identify."""
    reader = Reader(window, qtbot)
    menus: list[QtWidgets.QMenu] = []

    def grab_menu() -> None:
        """Keep the context menu that opened (to read and use its actions) and close it."""
        popups = [w for w in QtWidgets.QApplication.topLevelWidgets()
                  if isinstance(w, QtWidgets.QMenu) and w.isVisible()]
        if not popups:  # not shown yet: look again on the next turn of the menu's event loop
            QtCore.QTimer.singleShot(10, grab_menu)
            return
        menus.extend(popups)
        for popup in popups:
            popup.close()

    reader.read_window("window")
    skip = {QtCore.QCoreApplication.translate(ctx, text) for ctx, text in SKIP}
    for label, action in list(reader.actions()):
        if action.text() in skip or not action.isEnabled() or not shiboken6.isValid(action):
            continue
        reader.trigger(label, action)
    reader.read_window("after the menus")
    # the layer tree: each layer's context menu, the style dialog and the attribute table of coded layers
    tree = window.layer_tree
    for source in ("facilities", "villages", "hazard_zones"):
        layer = window.project.layers.by_name(source)
        tree.setCurrentIndex(_index_of(tree.model(), layer))
        menus.clear()
        QtCore.QTimer.singleShot(0, grab_menu)
        tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
        for menu in menus:
            for label, action in reader.menu_actions(menu, [f"layer tree › {layer.name}"]):
                if action.text() != QtCore.QCoreApplication.translate("LayerTree", "Remove layer"):
                    reader.trigger(label, action)
    reader.read_window("after the layer tree")
    # identify a facility and a village by clicking on the map with the identify tool
    window.tool_actions["identify"].trigger()
    facilities = window.project.layers.by_name("facilities")
    point = facilities.data.geometry.iloc[0]
    window.canvas.zoom_to_extent(tuple(point.buffer(400).bounds))
    qtbot.waitUntil(lambda: not window.canvas.busy(), timeout=60_000)
    _click_on_map(qtbot, window.canvas, point.x, point.y)
    qtbot.waitUntil(lambda: window.identify_panel.topLevelItemCount() > 0, timeout=10_000)
    reader.read_window("after identify")
    # the incident detail's buttons that open a dialog (a note, a photo, the reason to see personal data)
    incidents = window.desks["incidents"]
    incident = int(incidents.layer.data.index[0])
    history = window.workbench.session.incidents.history(incident)  # its notes are data: the officers' words
    reader.data_text = sorted({*reader.data_text, *(str(v) for column in history.columns
                                                    for v in history[column].dropna() if isinstance(v, str))},
                              key=len, reverse=True)
    incidents.select(incident)
    dock = incidents.detail.parentWidget()
    while dock is not None and not isinstance(dock, QtWidgets.QDockWidget):
        dock = dock.parentWidget()
    if dock is not None:  # its tab in front, as a person brings it
        dock.show()
        dock.raise_()
    qtbot.wait(50)
    reader.click_buttons(incidents.detail, "IncidentDetail", only=lambda button: button.text().endswith("…"))
    reader.read_window("after the incident detail")
    return reader


def _with_accounts(data: list[str]) -> list[str]:
    """The data a walk may show, with the accounts' names (data the administrator typed)."""
    return sorted({*data, "admin", *ROLES.values()}, key=len, reverse=True)


def _menu_signature(reader) -> dict[str, list]:
    """What each top menu offers (labels and whether enabled), by the menu's title."""
    menus: dict[str, list] = {}
    for label, action in reader.actions():
        menus.setdefault(label.split(" › ")[0], []).append((label, action.isEnabled()))
    return menus


def _walk_role(role: str, store, admin_menus: dict, qtbot) -> Reader:
    """Log in as ``role`` in a window of its own and walk the menus that differ from the administrator's."""
    win = create_window([])
    qtbot.addWidget(win, before_close_func=lambda w: w.project._mark_clean())
    win.log_in(store.login(ROLES[role], PASSWORD))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    reader = Reader(win, qtbot)
    reader.data_text = _with_accounts(reader.data_text)
    reader.read_window(f"{role} › window")
    mine = _menu_signature(reader)
    differ = {title for title, entries in mine.items() if admin_menus.get(title) != entries}
    assert differ, f"{role} sees the administrator's menus"
    skip = {QtCore.QCoreApplication.translate(ctx, text) for ctx, text in SKIP}
    walked = 0
    for label, action in list(reader.actions()):
        if label.split(" › ")[0] in differ and action.isEnabled() and action.text() not in skip:
            reader.trigger(f"{role} › {label}", action)
            walked += 1
    assert walked, f"nothing of {sorted(differ)} was walked as {role}"
    reader.read_window(f"{role} › after the menus")
    reader.poller.stop()
    return reader


def _untranslated(reader, judge) -> list[tuple[str, str, list[str]]]:
    """(where, text, words in the wrong language) for each text ``judge(text, data)`` objects to; each
    distinct text is judged once (a dialog read again after each click repeats most of its texts)."""
    verdicts: dict[str, list[str]] = {}
    found = []
    for where, text in reader.texts:
        if text not in verdicts:
            verdicts[text] = judge(text, reader.data_text)
        if verdicts[text]:
            found.append((where, text, verdicts[text]))
    return found


def _report(found: list[tuple[str, str, list[str]]]) -> str:
    first: dict[str, str] = {}
    for where, text, words in found:
        first.setdefault(f"{text!r} -> {words}", where)
    lines = [f"{text}   [{where}]" for text, where in sorted(first.items())]
    return f"{len(lines)} untranslated texts:\n" + "\n".join(lines[:300])


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_chinese_interface_shows_no_english(window, store, qtbot):
    reader = _walk(window, qtbot)
    assert OPENED <= reader.seen, reader.seen  # the walk did open the windows
    assert reader.identified
    seconds = {" › ".join(entry.split(" › ")[-2:]) for entry in reader.second_level}
    assert SECOND_LEVEL <= seconds, sorted(reader.second_level)
    reader.data_text = _with_accounts(reader.data_text)
    found = _untranslated(reader, english_words)
    admin_menus = _menu_signature(reader)
    reader.poller.stop()
    for role in ROLES:
        walked = _walk_role(role, store, admin_menus, qtbot)
        found += _untranslated(walked, english_words)
    assert not found, _report(found)
    texts = {text for _, text in reader.texts}
    # Qt's own dialogs speak Chinese (qtbase_zh_CN from PySide6) and the demo's layers have Chinese names
    assert any("查找范围" in t for t in texts), "Qt's file dialog is not in Chinese"
    assert {"行政村", "设施", "传感器", "农户", "道路", "河流", "灾害风险区", "镇界"} <= set(reader.layer_names)
    assert {"学校", "卫生院", "高风险"} <= texts  # code lists in the legend
    assert "名称" in texts  # identify shows field aliases


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_interface_shows_no_chinese_but_data(window, qtbot):
    reader = _walk(window, qtbot)
    assert OPENED <= reader.seen, reader.seen
    found = _untranslated(reader, foreign_chinese)
    assert not found, _report(found)
    assert {"Villages", "Facilities", "Households", "Roads", "Rivers", "Hazard zones"} <= set(reader.layer_names)
    texts = {text for _, text in reader.texts}
    assert {"School", "Clinic", "High"} <= texts
    assert any(re.search(r"\(Administrator", t) for t in texts), "the role shows in Chinese"
