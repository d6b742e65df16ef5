"""Open the window as a user starts it (first start, logged in to a copy of the demo store) on whatever
screen Qt is given, open every dialog of its menus, and print what lies where as JSON.

Run in a process of its own (``python -m tests.console.fit_probe``), on a real X screen (Xvfb, xcb) or on
the offscreen platform with a configured screen size; ``test_fits_the_screen`` reads its output. The
window's settings go to a temporary folder, so it always makes its first start.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SKIP = ("Lock",)  # actions that would end the session rather than open a dialog


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _settle(app, window, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or window._workers or window.canvas.busy():
        app.processEvents()
        time.sleep(0.02)


def _global_rect(widget):
    from PySide6 import QtCore

    return QtCore.QRect(widget.mapToGlobal(QtCore.QPoint(0, 0)), widget.size())


def _dialog_actions(window) -> list:
    """Every menu action whose text ends with an ellipsis: each opens a dialog or window."""
    found, seen = [], set()

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.text().endswith("…") and action.isEnabled() and id(action) not in seen \
                    and not any(word in action.text() for word in SKIP):
                seen.add(id(action))
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return found


def _open_every_dialog(app, window) -> list[dict]:
    """Trigger each dialog action; note every window it opens (frame and title), then close it."""
    from PySide6 import QtCore, QtWidgets

    seen: list[dict] = []

    def note_and_close() -> None:
        for widget in QtWidgets.QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or isinstance(widget, QtWidgets.QMenu) \
                    or widget.windowType() in (QtCore.Qt.WindowType.ToolTip, QtCore.Qt.WindowType.Popup):
                continue
            seen.append({"action": current["text"], "title": widget.windowTitle(),
                         "class": type(widget).__name__, "frame": _rect(widget.frameGeometry()),
                         "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()]})
            if isinstance(widget, QtWidgets.QDialog):
                widget.reject()
            widget.close()

    current = {"text": ""}
    for action in _dialog_actions(window):
        current["text"] = action.text()
        QtCore.QTimer.singleShot(400, note_and_close)  # a dialog in its own event loop (exec)
        action.trigger()
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        note_and_close()  # a window shown without waiting (the village performance window)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.console.fit_probe", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--dialogs", action="store_true", help="also open every dialog of the menus")
    parser.add_argument("--project", type=Path, default=DEMO / "qingxi.project.gpkg")
    parser.add_argument("--store", type=Path, default=DEMO / "qingxi.township.gpkg", help="copied first")
    parser.add_argument("--keys", type=Path, default=DEMO / "keys")
    args = parser.parse_args(argv)
    import shutil

    import argon2
    from PySide6 import QtCore, QtWidgets

    from console.app import create_window
    from console.i18n import install_translator
    from datasources.store import TownshipStore
    from datasources.store.admin import upgrade_store
    from widgets.symbols import label_font

    folder = Path(tempfile.mkdtemp(prefix="fit-probe-"))
    fmt, scope = QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope
    QtCore.QSettings.setPath(fmt, scope, str(folder / "settings"))  # a first start, every time
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setOrganizationName("TownshipConsole")
    app._translator = install_translator(app, args.lang)
    app.setFont(label_font(9.5))
    try:
        shutil.copy2(args.store, folder / "store.gpkg")
        shutil.copytree(args.keys, folder / "keys")
        upgrade_store(folder / "store.gpkg")
        hasher = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        store = TownshipStore(folder / "store.gpkg", key_folder=folder / "keys", hasher=hasher)
        session = store.create_administrator("wang", "fit-probe-only")
        window = create_window([args.project])
        window.log_in(session)
        window.show()
        _settle(app, window, 2.0)
        screen = window.screen()
        canvas, area = window.canvas, window.width() * window.height()
        report = {
            "platform": QtWidgets.QApplication.platformName(),
            "screen": _rect(screen.geometry()), "available": _rect(screen.availableGeometry()),
            "window": _rect(window.frameGeometry()), "maximized": window.isMaximized(),
            "status_bar": _rect(_global_rect(window.statusBar())),
            "menu_bar": _rect(_global_rect(window.menuBar())),
            "canvas": _rect(_global_rect(canvas)),
            "canvas_share": canvas.width() * canvas.height() / area if area else 0.0,
            "docks": {d.objectName(): _rect(_global_rect(d))
                      for d in window.findChildren(QtWidgets.QDockWidget) if d.isVisible()},
            "dialogs": _open_every_dialog(app, window) if args.dialogs else [],
        }
        window.project._mark_clean()
        window.close()
        store.engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
