"""Starting the window: QApplication, language, fonts, the exception hook, the first project."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path


def run_window(files: list[Path], lang: str | None = None, screenshot: Path | None = None,
               db: str | None = None, key_dir: Path | None = None) -> int:
    """Open the main window on ``files`` (a project or data files) and run until it closes.

    With ``db`` (a store ``.gpkg`` or a PostgreSQL URL) the user logs in first (or creates the first
    administrator of a new store); cancelling the login ends the program.
    """
    from console import preflight

    if preflight.main() != 0:  # a missing system library is one line saying what to install
        return 1
    from datasources.atomic import remove_leftovers

    remove_leftovers()  # the temporary files of saves and exports a crash or a kill left behind
    if db:  # the store's modules (SQLAlchemy) load only for a store, not before the first map
        from datasources.store.login_target import target_without_password

        db = target_without_password(db, interactive=False)  # no password in a command line
    _load_data_libraries()
    from PySide6 import QtWidgets

    from console.i18n import install_translator
    from widgets.symbols import label_font

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("Township Console")
    app.setOrganizationName("TownshipConsole")
    app._translator = install_translator(app, lang)  # keep a reference
    app.setFont(label_font(9.5))
    from layers.project import is_project_file

    files = [Path(f) for f in files]
    opening = files[0] if len(files) == 1 and is_project_file(files[0]) else None
    # a project is read by a task once the window is up (its progress in the status bar), as QGIS does
    window = create_window([] if opening is not None else files)
    # the modules, classes and the window live as long as the program: later collections (on the window's
    # timer, widgets.gui_garbage) leave them out and walk only what came after
    gc.freeze()
    if opening is not None:
        window.files.open_project(opening)
    if db:
        from console.desks.store import open_store_session

        session = open_store_session(window, db, key_dir)
        if session is None:
            return 0
        window.log_in(session)  # the desks build what the role may use
    window.show()
    if screenshot is not None:
        _screenshot_when_idle(app, window, Path(screenshot))
    return app.exec()


def _load_data_libraries() -> None:
    """Load the data libraries before Qt: from its first import on, PySide reads the source of every module
    imported after it (looking for its feature switches), about a tenth of the start for these.

    The cycle collector waits meanwhile: the window's collector (:mod:`widgets.gui_garbage`) takes over
    once the window is built. Importing the libraries made it walk their ever more objects ~290 times
    (0.09-0.12 s of a start) and once more, fully, in the first second of the map (40 ms).
    """
    gc.disable()
    _keep_freed_memory()
    import geopandas  # noqa: F401
    import rasterio  # noqa: F401


def _keep_freed_memory() -> None:
    """Keep the memory of the map's pictures for the next ones (glibc's allocator; elsewhere nothing).

    Each zoom draws every layer into a new picture of the view's size (4-6 MB each) while the last ones
    are still shown; the C library gave such blocks back to the system when freed and the next ones came
    back as fresh pages, each zeroed by the kernel on first touch: 2,000-10,000 page faults a zoom of the
    demo, 10-15 % of its processor time. Blocks up to 32 MB now come from the heap, and the heap keeps
    up to 512 MB of freed memory for reuse (later zooms: 0-600 faults).
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc's; another C library has none: nothing to do
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 32 << 20)
    mallopt(m_trim_threshold, 512 << 20)


def _screenshot_when_idle(app, window, path: Path) -> None:
    """Save a picture of the screen once loading and drawing have settled, then quit."""
    from PySide6 import QtCore

    state = {"idle": 0}

    def poll() -> None:
        busy = bool(window._workers) or window.canvas.busy()
        state["idle"] = 0 if busy else state["idle"] + 1
        if state["idle"] >= 6:
            timer.stop()
            screen = window.screen() or app.primaryScreen()
            pixmap = screen.grabWindow(0) if screen is not None else window.grab()
            if pixmap.isNull():
                pixmap = window.grab()
            path.parent.mkdir(parents=True, exist_ok=True)
            pixmap.save(str(path), "PNG")
            app.quit()

    timer = QtCore.QTimer(window, interval=250)
    timer.timeout.connect(poll)
    timer.start()


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

    def thread_hook(args) -> None:
        from PySide6 import QtCore

        QtCore.QTimer.singleShot(0, window, lambda: hook(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
