"""A non-modal message bar (as in QGIS): errors and notices with a Details button, never a dialog storm."""

from __future__ import annotations

import traceback
from enum import StrEnum

from PySide6 import QtCore, QtWidgets


class MessageLevel(StrEnum):
    """How a message reads: each level is its own name (``"warning"``), so callers passing the name and
    readers of ``history`` comparing with it keep working."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    SUCCESS = "success"


LEVEL_COLOURS = {MessageLevel.INFO: "#e8f1fb", MessageLevel.WARNING: "#fff4d6", MessageLevel.ERROR: "#fde2e1",
                 MessageLevel.SUCCESS: "#e3f5e1"}
LEVEL_ICONS = {MessageLevel.INFO: "ℹ", MessageLevel.WARNING: "⚠", MessageLevel.ERROR: "⛔", MessageLevel.SUCCESS: "✔"}


class MessageBar(QtWidgets.QFrame):
    """Shows the latest message; older ones stay reachable through ``history``."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        # (level, message, details) of every message shown
        self.history: list[tuple[MessageLevel, str, str]] = []
        self._details = ""
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.icon = QtWidgets.QLabel()
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QtWidgets.QPushButton(self.tr("Details"))
        self.details_button.clicked.connect(self.show_details)
        # One optional button that acts on the message (QGIS's message bar items carry such buttons):
        # "Allow" for a web basemap's host, "Zoom to layer" for a file opened off-screen.
        self.action_button = QtWidgets.QPushButton()
        self.action_button.clicked.connect(self._act)
        self._on_action = None
        close = QtWidgets.QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close the message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.details_button)
        layout.addWidget(close)
        self.hide()

    def push(self, message: str, level: MessageLevel | str = MessageLevel.INFO, details: str = "",
             action: tuple[str, object] | None = None) -> None:
        """Show ``message`` at ``level`` (a :class:`MessageLevel` or its name; ValueError for another);
        ``details`` (e.g. a traceback) opens with the Details button; ``action`` is ``(button text,
        callable)``: a button that calls it once and closes the message."""
        level = MessageLevel(level)
        self._on_action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.history.append((level, message, details))
        self._details = details
        self.text.setText(message)
        self.icon.setText(LEVEL_ICONS[level])
        self.setStyleSheet(f"MessageBar {{ background: {LEVEL_COLOURS[level]};"
                           " border: 1px solid #c8c8c8; border-radius: 3px; }")
        self.details_button.setVisible(bool(details))
        self.show()

    def push_exception(self, exc: BaseException, context: str = "") -> None:
        """Show an exception: what went wrong in the interface language (a library's own words never in
        the sentence), and under Details what the library said, then the traceback."""
        from widgets.error_text import error_details, error_text

        message = error_text(exc)
        if context:
            message = self.tr("{context}: {message}").format(context=context, message=message)
        said = error_details(exc)
        details = (self.tr("Original message: {text}").format(text=said) + "\n\n" if said else "") + \
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.push(message, MessageLevel.ERROR, details)

    def _act(self) -> None:
        act, self._on_action = self._on_action, None
        self.action_button.hide()
        self.hide()
        if act is not None:
            act()

    def show_details(self) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setWindowTitle(self.tr("Details"))
        box.setText(self.text.text())
        box.setDetailedText(self._details)
        box.setModal(False)
        box.show()
