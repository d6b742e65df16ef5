"""Keeping windows on the screen they open on: a window or dialog never larger than the screen's available
area (what the task bar and panels leave), and never partly off it."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


def available_geometry(widget: QtWidgets.QWidget | None = None) -> QtCore.QRect:
    """The available area of the screen ``widget`` is on (or of the primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QtGui.QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QtCore.QRect(0, 0, 1366, 768)


def frame_margins(widget: QtWidgets.QWidget) -> QtCore.QMargins:
    """The window frame around ``widget`` (title bar, borders); an estimate before it is first shown."""
    handle = widget.windowHandle()
    if handle is not None and widget.isVisible():
        return handle.frameMargins()
    if handle is not None and not handle.frameMargins().isNull():
        return handle.frameMargins()
    return QtCore.QMargins(4, 30, 4, 4)  # a typical title bar and border until the frame is known


def fit_to_screen(widget: QtWidgets.QWidget, size: QtCore.QSize | None = None) -> QtCore.QRect:
    """Give the top-level ``widget`` ``size`` (default: its current size) shrunk so that, frame included,
    it lies on the available screen, and move it onto that screen (centred when it had to move).

    Returns the new geometry (without the frame).
    """
    area = available_geometry(widget)
    margins = frame_margins(widget)
    wanted = QtCore.QSize(size) if size is not None else widget.size()
    room = QtCore.QSize(area.width() - margins.left() - margins.right(),
                        area.height() - margins.top() - margins.bottom())
    minimum = widget.minimumSize()
    width = max(min(wanted.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(wanted.height(), room.height()), min(minimum.height(), room.height()))
    widget.resize(width, height)
    frame = QtCore.QRect(widget.pos(), QtCore.QSize(width + margins.left() + margins.right(),
                                                    height + margins.top() + margins.bottom()))
    if widget.isWindow() and not area.contains(frame):
        frame.moveCenter(area.center())
        frame.moveLeft(max(frame.left(), area.left()))
        frame.moveTop(max(frame.top(), area.top()))
        widget.move(frame.topLeft())
    return widget.geometry()


class FitOnShow(QtCore.QObject):
    """Installed on a top-level widget: each time it is shown it is fitted to the available screen."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt hook)
        if event.type() == QtCore.QEvent.Type.Show and isinstance(watched, QtWidgets.QWidget) \
                and watched.isWindow():
            fit_to_screen(watched)
        return False


def keep_on_screen(widget: QtWidgets.QWidget) -> None:
    """Fit ``widget`` to the available screen whenever it is shown (dialogs sized for a large screen)."""
    fitter = FitOnShow(widget)
    widget.installEventFilter(fitter)
    widget._screen_fitter = fitter  # keep a reference with the widget


__all__ = ["available_geometry", "fit_to_screen", "frame_margins", "keep_on_screen"]
