"""Where save and export dialogs start: the folder last used for a save, else the user's documents folder,
never the program's own folder (the working directory a start menu or a terminal happened to give)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

FOLDER_KEY = "last_save_folder"


def start_folder() -> Path:
    """The folder a save dialog opens in: the last one used (if it still exists), else Documents."""
    last = QtCore.QSettings().value(FOLDER_KEY, "", type=str)
    if last and Path(last).is_dir():
        return Path(last)
    documents = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def save_path(file_name: str) -> str:
    """``file_name`` in :func:`start_folder`, for a save dialog's starting selection."""
    return str(start_folder() / file_name)


def remember_folder(path) -> None:
    """Note the folder of a file just saved, for the next save dialog."""
    if path:
        QtCore.QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
