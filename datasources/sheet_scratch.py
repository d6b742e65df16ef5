"""openpyxl's sheet files kept out of the system's temporary folder.

openpyxl writes each sheet to a temporary file in the system's temporary folder before zipping it into the
workbook; a killed export left residents' ID numbers there. :func:`sheet_scratch` sends the current
thread's sheet files to a folder the caller chose (an owner-only one, removed after the save).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path

_scratch = threading.local()
_original: list = []  # openpyxl's own function, kept for the workbooks not written here


@contextlib.contextmanager
def sheet_scratch(folder: Path):
    """openpyxl writes each sheet to a temporary file in the system's temporary folder first (a killed
    export left residents' ID numbers there): during this save, the thread's sheets go to ``folder``."""
    from openpyxl.worksheet import _writer as sheet_writer

    if sheet_writer.create_temporary_file is not _sheet_file:
        _original.append(sheet_writer.create_temporary_file)
        sheet_writer.create_temporary_file = _sheet_file
    _scratch.folder = folder
    try:
        yield
    finally:
        _scratch.folder = None


def _sheet_file(suffix: str = "") -> str:
    from openpyxl.worksheet import _writer as sheet_writer

    folder = getattr(_scratch, "folder", None)
    if folder is None:  # a workbook written elsewhere (a test's, a library's): openpyxl's own way
        return _original[0](suffix)
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=folder)
    os.close(fd)
    sheet_writer.ALL_TEMP_FILES.append(name)
    return name
