"""Where the main window opens and how its docks share it with the map.

On the first start the window fills the available screen (maximized); after that it opens as the user
left it (``QMainWindow.saveGeometry``/``saveState`` kept in the settings). The docks stand in one column
on the right (layers above, identify and the incident detail as tabs below) and one row at the bottom
(incident queue and attribute tables as tabs), sized as a share of the screen, so the map keeps about
half of the window even on a 1366x768 laptop.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from widgets.screen_fit import available_geometry, fit_to_screen

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
#: bump when the docks change so much that an old saved state would misplace them
STATE_VERSION = 2
SIDE_SHARE, SIDE_MIN, SIDE_MAX = 0.26, 300, 460  # the right column: share of the screen's width
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX = 0.25, 170, 330  # the bottom row: share of the screen's height
LAYERS_SHARE = 0.38  # of the right column's height, above identify and the incident detail

_AREA = QtCore.Qt.DockWidgetArea
_V = QtCore.Qt.Orientation.Vertical
_H = QtCore.Qt.Orientation.Horizontal


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


def docks_in(window: QtWidgets.QMainWindow, area) -> list[QtWidgets.QDockWidget]:
    """The window's own docks in ``area`` (floating ones left out)."""
    return [d for d in window.findChildren(QtWidgets.QDockWidget, options=QtCore.Qt.FindChildOption.
                                           FindDirectChildrenOnly)
            if window.dockWidgetArea(d) == area and not d.isFloating()]


def _tab_together(window, area, docks: list[QtWidgets.QDockWidget], under=None) -> None:
    """``docks`` as one group of tabs in ``area`` (below the dock ``under`` when given), the first in front,
    built from scratch: tabbing docks that stand in other groups into one, one by one, or splitting one out
    of a group, leaves Qt's old tab bars drawn over the docks."""
    for dock in docks:
        window.removeDockWidget(dock)
    window.addDockWidget(area, docks[0], _V)
    if under is not None:
        window.splitDockWidget(under, docks[0], _V)
    for dock in docks[1:]:
        window.tabifyDockWidget(docks[0], dock)
    for dock in docks:
        dock.show()
    docks[0].raise_()


def arrange_docks(window, screen: QtCore.QRect | None = None) -> None:
    """The default arrangement: layers above identify/detail in the right column, the bottom docks
    tabbed in one row; sizes as a share of ``screen`` (default: the available screen)."""
    screen = screen or available_geometry(window)
    # the right column runs down to the status bar; the bottom row stays under the map
    window.setCorner(QtCore.Qt.Corner.TopRightCorner, _AREA.RightDockWidgetArea)
    window.setCorner(QtCore.Qt.Corner.BottomRightCorner, _AREA.RightDockWidgetArea)
    layers = window.layers_dock
    if window.dockWidgetArea(layers) != _AREA.RightDockWidgetArea:
        window.removeDockWidget(layers)
        below = [d for d in docks_in(window, _AREA.RightDockWidgetArea) if not d.isHidden()]
        for dock in below:  # built again below the layers (see _tab_together)
            window.removeDockWidget(dock)
        window.addDockWidget(_AREA.RightDockWidgetArea, layers, _V)
        layers.show()
        if below:
            _tab_together(window, _AREA.RightDockWidgetArea, below, under=layers)
    side = _clamp(screen.width() * SIDE_SHARE, SIDE_MIN, SIDE_MAX)
    right = [d for d in docks_in(window, _AREA.RightDockWidgetArea) if not d.isHidden()]
    if right:
        window.resizeDocks(right, [side] * len(right), _H)
    bottom = [d for d in docks_in(window, _AREA.BottomDockWidgetArea) if not d.isHidden()]
    if any(dock not in window.tabifiedDockWidgets(bottom[0]) for dock in bottom[1:]):
        _tab_together(window, _AREA.BottomDockWidgetArea, bottom)
    if bottom:
        height = _clamp(screen.height() * BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX)
        window.resizeDocks(bottom[:1], [height], _V)
    others = [d for d in right if d is not layers]
    if not layers.isHidden() and others:
        column = screen.height() - 120  # menu, tool and status bars
        window.resizeDocks([layers, others[0]], [int(column * LAYERS_SHARE),
                                                 int(column * (1 - LAYERS_SHARE))], _V)


def place_window(window, settings: QtCore.QSettings) -> bool:
    """Before the first show: the size and docks the user left, else the whole available screen.

    A window its caller already sized (``resize`` before ``show``) keeps that size, fitted to the
    screen, and nothing saved is used: returns False for it (its layout is not the user's to keep).
    """
    if window.testAttribute(QtCore.Qt.WidgetAttribute.WA_Resized):
        arrange_docks(window)
        fit_to_screen(window)
        return False
    geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
    if isinstance(geometry, QtCore.QByteArray) and window.restoreGeometry(geometry):
        arrange_docks(window)
        if isinstance(state, QtCore.QByteArray):
            window.restoreState(state, STATE_VERSION)
        if not window.isMaximized():
            fit_to_screen(window)  # the screen may be smaller than last time
        return True
    area = available_geometry(window)
    arrange_docks(window, area)
    normal = QtCore.QSize(int(area.width() * 0.9), int(area.height() * 0.9))
    fit_to_screen(window, normal)
    # without a window manager nothing maximizes the window: give it the whole screen first
    window.winId()  # the native window, whose frame (when the platform knows it already) is left out
    margins = window.windowHandle().frameMargins() if window.windowHandle() else QtCore.QMargins()
    window.setGeometry(area.marginsRemoved(margins))
    window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)
    return True


def show_in_bottom_row(window, dock: QtWidgets.QDockWidget) -> None:
    """Show ``dock`` as a tab of the bottom row (beside the incident queue) and bring it to the front,
    rather than beside the docks already there, where it would get a narrow slot."""
    area = _AREA.BottomDockWidgetArea
    others, was_hidden = [], dock.isHidden()
    if window.dockWidgetArea(dock) == area and not dock.isFloating():
        others = [d for d in docks_in(window, area) if d is not dock and not d.isHidden()]
        if others and others[0] not in window.tabifiedDockWidgets(dock):
            window.tabifyDockWidget(others[0], dock)
    dock.show()
    dock.raise_()
    if was_hidden and not others and not dock.isFloating():  # alone in the row: its share, no more
        screen = available_geometry(window)
        window.resizeDocks([dock], [_clamp(screen.height() * BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX)], _V)


def save_window(window, settings: QtCore.QSettings) -> None:
    """Remember the window's size, place and docks for the next start."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(STATE_VERSION))


__all__ = ["arrange_docks", "place_window", "save_window", "show_in_bottom_row"]
