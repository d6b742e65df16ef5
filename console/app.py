"""Starting the window: QApplication, language, fonts, the exception hook, the first project."""

from __future__ import annotations

import sys
import threading
from pathlib import Path


def run_window(files: list[Path], lang: str | None = None) -> int:
    """Open the main window on ``files`` (a project or data files) and run until it closes."""
    from console import preflight

    missing = preflight.missing_packages(__import__("os").environ.get("QT_QPA_PLATFORM", ""))
    if missing:
        print("township-console: Qt needs system libraries that are missing; install them with: "
              f"sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 1
    from PySide6 import QtWidgets

    from console.i18n import install_translator
    from widgets.symbols import label_font

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("Township Console")
    app.setOrganizationName("TownshipConsole")
    app._translator = install_translator(app, lang)  # keep a reference
    app.setFont(label_font(9.5))
    window = create_window(files)
    window.show()
    return app.exec()


def create_window(files: list[Path]):
    """A main window with ``files`` opened (a project file opens as the project)."""
    from console.main_window import MainWindow
    from layers.project import Project, is_project_file

    files = [Path(f) for f in files]
    if len(files) == 1 and is_project_file(files[0]):
        project = Project.load(files[0])
        window = MainWindow(project)
    else:
        project = Project.for_file(files[0]) if files else Project()
        window = MainWindow(project)
        if files:
            window.files.open_paths(files)
    install_exception_hook(window)
    return window


def install_exception_hook(window) -> None:
    """Errors in slots and threads become a message bar entry with a traceback, never a closed window."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            window.message_bar.push_exception(exc)
        except RuntimeError:  # the window is gone
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
