"""Every action a person can reach in a window's menus (submenus too) and toolbars, shared by the action
walk and the translation walk."""

from __future__ import annotations

from PySide6 import QtWidgets


def _noted(kind: str, text: str) -> None:
    """Default for ``seen``: nothing to note."""


def menu_actions(menu, path: list[str], seen=_noted):
    """``(label, action)`` for each action of ``menu`` and its submenus; ``seen(kind, text)`` hears each
    menu's title. Menus filled when they open (bookmarks, recent files) are filled first."""
    menu.aboutToShow.emit()
    seen(" › ".join(path) + " menu", menu.title())
    for action in list(menu.actions()):
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from menu_actions(action.menu(), path + [action.text()], seen)
        else:
            yield " › ".join(path + [action.text()]), action


def window_actions(window, seen=_noted):
    """``(label, action)`` for every menu bar and toolbar action of ``window``; ``seen(kind, text)`` hears
    the menu and toolbar titles."""
    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from menu_actions(top.menu(), [top.text()], seen)
    for bar in window.findChildren(QtWidgets.QToolBar):
        seen("toolbar", bar.windowTitle())
        for action in bar.actions():
            if not action.isSeparator() and not isinstance(action, QtWidgets.QWidgetAction):
                yield f"{bar.windowTitle()} › {action.text()}", action
