"""What a desk is given: the workbench, the one surface through which a desk reaches the window.

A desk (the store, incidents, and the emergency, planning and publishing desks to come) is written against
:class:`Workbench` only (QGIS gives a plugin ``QgisInterface``, not the application): the message bar, the
map canvas, the project, the store session and its user, the task runner, and places to add a dock, a
menu, a toolbar and a map tool; and it hears when someone logs in, a layer is opened or an attribute table
is opened. It never touches the window's own members, so the window can change without breaking a desk.
The main window provides :class:`WindowWorkbench`; ``docs/extending.md`` shows a desk written against it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from PySide6 import QtCore, QtGui, QtWidgets

from widgets.message_bar import MessageLevel


class DockArea(StrEnum):
    """Where a desk's dock goes: the right column (a tab beside Identify), the bottom row (a tab beside
    the attribute tables) or the left side."""

    RIGHT = "right"
    BOTTOM = "bottom"
    LEFT = "left"


_QT_AREAS = {DockArea.RIGHT: QtCore.Qt.DockWidgetArea.RightDockWidgetArea,
             DockArea.BOTTOM: QtCore.Qt.DockWidgetArea.BottomDockWidgetArea,
             DockArea.LEFT: QtCore.Qt.DockWidgetArea.LeftDockWidgetArea}


@runtime_checkable
class DeskTool(Protocol):
    """A map tool a desk brings (:meth:`Workbench.add_map_tool`): what a click on the map does while it
    is the chosen tool. ``activate`` and ``deactivate`` are called as it is chosen and left."""

    cursor: QtCore.Qt.CursorShape

    def activate(self) -> None: ...

    def deactivate(self) -> None: ...

    def clicked(self, x: float, y: float) -> None: ...


class OneClickTool:
    """A :class:`DeskTool` for one click: it calls ``on_click(x, y)`` with the place clicked, after giving
    the map back to the tool chosen before it (filing a report where the map is clicked, placing a site).

    Parameters
    ----------
    workbench : Workbench
    name : str
        The name it is offered under (:meth:`Workbench.add_map_tool`).
    on_click : callable
        ``on_click(x, y)``, in the map's CRS.
    on_activate : callable, optional
        Called when the tool is chosen (to say what to click).
    """

    cursor = QtCore.Qt.CursorShape.CrossCursor

    def __init__(self, workbench, name: str, on_click, on_activate=None) -> None:
        self.workbench, self.name = workbench, name
        self.on_click, self.on_activate = on_click, on_activate
        self.before = workbench.tool  # the tool given back after the click
        workbench.tool_changed.connect(self._chosen)

    def _chosen(self, name: str) -> None:
        if name != self.name:
            self.before = name

    def activate(self) -> None:
        if self.on_activate is not None:
            self.on_activate()

    def deactivate(self) -> None:
        pass

    def clicked(self, x: float, y: float) -> None:
        self.workbench.set_tool(self.before)
        self.on_click(x, y)


@runtime_checkable
class Workbench(Protocol):
    """The window as a desk sees it.

    Attributes
    ----------
    canvas : MapCanvas
        The map (``clicked(x, y)``, ``zoom_to_extent``, ``current_view``).
    project : Project
        The layers on the map and the project's settings.
    session : StoreSession or None
        Who is logged in to the township store (None before anyone is); ``user`` is its caller.
    tasks : TaskRunner
        The window's running tasks (those listed in the status bar).
    dialog_parent : QWidget
        The parent for a desk's dialogs and questions.
    tool : str
        The map tool chosen (a :class:`~widgets.map_tools.MapTool` or a desk tool's name).

    Signals
    -------
    session_changed(object)
        Someone logged in (the session); a desk builds what the role may use here. A window serves one
        login: another user starts the console again.
    layer_opened(object)
        A layer joined the project (a file opened, a store layer shown, a project loaded).
    table_opened(object)
        An attribute table opened (an ``AttributeTable``; a desk may make its cells editable).
    tool_changed(str)
        Another map tool was chosen.
    map_clicked(float, float, str)
        A click on the map (in the map's CRS), after the tool chosen handled it, with that tool's name.
    """

    canvas: Any
    project: Any
    tasks: Any
    session_changed: Any
    layer_opened: Any
    table_opened: Any
    tool_changed: Any
    map_clicked: Any

    @property
    def session(self): ...

    @property
    def user(self): ...

    @property
    def dialog_parent(self) -> QtWidgets.QWidget: ...

    @property
    def tool(self) -> str: ...

    def push(self, level: MessageLevel | str, text: str, details: str = "") -> None:
        """Say ``text`` in the message bar at ``level``."""

    def push_exception(self, exc: BaseException, context: str = "") -> None:
        """Say what went wrong in the message bar (in the user's language), the traceback under Details."""

    def show_status(self, text: str, msecs: int = 0) -> None:
        """A passing note in the status bar."""

    def run_task(self, fn, *args, name: str = "", key=None, done=None, failed=None, **kwargs):
        """Run ``fn`` as a task listed in the status bar (progress and a cancel button); ``done(result)``
        runs on the GUI thread unless it was cancelled; a failure goes to ``failed`` or the message bar."""

    def run_task_and_wait(self, fn, *args, name: str = "", key=None, **kwargs):
        """Run ``fn`` as :meth:`run_task` does and wait for it, the window answering meanwhile; returns
        its result, or None when it was cancelled or failed (the failure said in the message bar)."""

    def action(self, text: str, slot, shortcut=None) -> QtGui.QAction:
        """A menu or toolbar action calling ``slot()`` with no arguments."""

    def menu(self, name: str, title: str) -> QtWidgets.QMenu:
        """The top menu called ``name`` (made with ``title`` the first time a desk asks for it; ``"file"`` is
        the window's File menu)."""

    def toolbar(self, name: str, title: str) -> QtWidgets.QToolBar:
        """The toolbar called ``name`` (made with ``title`` the first time a desk asks for it)."""

    def add_dock(self, title: str, widget: QtWidgets.QWidget, area: DockArea | str = DockArea.RIGHT,
                 size: int | None = None) -> QtWidgets.QDockWidget:
        """Show ``widget`` in a dock; ``size`` is its width (right, left) or height (bottom)."""

    def add_status_widget(self, widget: QtWidgets.QWidget) -> None:
        """A permanent entry at the right of the status bar."""

    def add_map_tool(self, name: str, tool: DeskTool, text: str) -> QtGui.QAction:
        """Offer ``tool`` among the map tools (one checked at a time); returns its checkable action."""

    def set_tool(self, name: str) -> None:
        """Choose a map tool by name."""

    def close(self) -> bool:
        """Close the window (asking about unsaved changes first)."""


class WindowWorkbench(QtCore.QObject):
    """The main window's :class:`Workbench`: what the window lends to its desks, and nothing else.

    Parameters
    ----------
    window : MainWindow
    """

    session_changed = QtCore.Signal(object)
    layer_opened = QtCore.Signal(object)
    table_opened = QtCore.Signal(object)
    tool_changed = QtCore.Signal(str)
    map_clicked = QtCore.Signal(float, float, str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._session = None
        self._menus: dict[str, QtWidgets.QMenu] = {}
        self._toolbars: dict[str, QtWidgets.QToolBar] = {}
        window.project.layers.events.inserted.connect(self._layer_inserted)

    def _layer_inserted(self, _index: int, layer) -> None:
        try:
            self.layer_opened.emit(layer)
        except RuntimeError:  # the window is gone; the project it showed may live on
            pass

    # ------------------------------------------------------------------ what is open
    @property
    def canvas(self):
        return self._window.canvas

    @property
    def project(self):
        return self._window.project

    @property
    def tasks(self):
        return self._window.tasks

    @property
    def session(self):
        return self._session

    @property
    def user(self):
        return self._session.caller if self._session is not None else None

    def set_session(self, session) -> None:
        """Log in with a store session; the desks hear ``session_changed``. A window serves one login
        (its desks are built for that user's role): a second user is refused with RuntimeError."""
        if session is self._session:
            return
        if self._session is not None:
            raise RuntimeError("this window already works for a logged-in user; start another for a second")
        self._session = session
        self.session_changed.emit(session)

    @property
    def dialog_parent(self) -> QtWidgets.QWidget:
        return self._window

    @property
    def tool(self) -> str:
        return str(self._window.tool)

    # ------------------------------------------------------------------ messages and tasks
    def push(self, level: MessageLevel | str, text: str, details: str = "") -> None:
        self._window.message_bar.push(text, MessageLevel(level), details)

    def push_exception(self, exc: BaseException, context: str = "") -> None:
        self._window.message_bar.push_exception(exc, context)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self._window.statusBar().showMessage(text, msecs)

    def run_task(self, fn, *args, name: str = "", key=None, done=None, failed=None, **kwargs):
        return self._window.run_task(fn, *args, label=name, key=key, done=done, failed=failed, **kwargs)

    def run_task_and_wait(self, fn, *args, name: str = "", key=None, **kwargs):
        outcome: dict = {}
        loop = QtCore.QEventLoop()
        task = self.run_task(fn, *args, name=name, key=key, done=lambda result: outcome.update(result=result),
                             failed=lambda exc: outcome.update(error=exc), **kwargs)
        task.finished.connect(loop.quit)  # queued from the task's thread: heard inside the loop
        loop.exec()
        if "error" in outcome:
            self.push_exception(outcome["error"], name)
        return outcome.get("result")

    # ------------------------------------------------------------------ places for a desk's parts
    def action(self, text: str, slot, shortcut=None) -> QtGui.QAction:
        return self._window.make_action(text, slot, shortcut)

    def menu(self, name: str, title: str) -> QtWidgets.QMenu:
        menu = self._menus.get(name)
        if menu is None:  # the window's own menus (File: "file-menu") are shared by name too
            menu = self._window.menuBar().findChild(QtWidgets.QMenu, f"{name}-menu")
        if menu is None:
            menu = self._menus[name] = self._window.menuBar().addMenu(title)
            menu.setObjectName(f"{name}-menu")
        return menu

    def toolbar(self, name: str, title: str) -> QtWidgets.QToolBar:
        bar = self._toolbars.get(name)
        if bar is None:
            bar = self._toolbars[name] = self._window.addToolBar(title)
            bar.setObjectName(name)  # saved layouts find it whatever the language
        return bar

    def add_dock(self, title: str, widget: QtWidgets.QWidget, area: DockArea | str = DockArea.RIGHT,
                 size: int | None = None) -> QtWidgets.QDockWidget:
        area = DockArea(area)
        window = self._window
        dock = window.add_dock(title, widget, _QT_AREAS[area])
        if area == DockArea.RIGHT:  # the right column: a tab beside Identify, in front
            window.tabifyDockWidget(window.identify_dock, dock)
            dock.raise_()
        if size is not None:
            across = QtCore.Qt.Orientation.Vertical if area == DockArea.BOTTOM else QtCore.Qt.Orientation.Horizontal
            window.resizeDocks([dock], [int(size)], across)
        return dock

    def add_status_widget(self, widget: QtWidgets.QWidget) -> None:
        self._window.statusBar().addPermanentWidget(widget)

    def add_map_tool(self, name: str, tool: DeskTool, text: str) -> QtGui.QAction:
        return self._window.add_desk_tool(str(name), tool, text)

    def set_tool(self, name: str) -> None:
        self._window.set_tool(name)

    def close(self) -> bool:
        return self._window.close()


__all__ = ["DeskTool", "DockArea", "OneClickTool", "Workbench", "WindowWorkbench"]
