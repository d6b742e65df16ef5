"""Import pyqtgraph without building every Qt class up front.

pyqtgraph's ``Qt`` package copies each name of ``PySide6.QtCore``, ``QtGui`` and ``QtWidgets`` onto its
own modules of the same names (``_copy_attrs``). PySide6 builds its classes lazily, on first use; the
copy asks for all of them (about 650 classes and their enums, 0.2-0.45 s of the console's start). Here
pyqtgraph's three modules are made to fetch a name from PySide6 the first time it is asked for, and the
copy sees nothing to copy: the same objects, built when used.
"""

from __future__ import annotations

import sys
import types

_SPECIAL = frozenset({"__path__", "__file__", "__spec__", "__loader__", "__all__", "__wrapped__",
                      "__getattr__", "__dir__", "__builtins__"})


def _forwarding_module(source: types.ModuleType) -> types.ModuleType:
    module = types.ModuleType("pyqtgraph.Qt." + source.__name__.rsplit(".", 1)[1])

    def fetch(name: str):
        if name in _SPECIAL:
            raise AttributeError(name)
        value = getattr(source, name)
        setattr(module, name, value)  # asked once
        return value

    module.__getattr__ = fetch
    return module


def import_pyqtgraph() -> None:
    """Import pyqtgraph (once per process) with its Qt modules forwarding to PySide6 on demand."""
    if "pyqtgraph" in sys.modules:
        return
    from PySide6 import QtCore, QtGui, QtWidgets

    sources = (QtCore, QtGui, QtWidgets)
    listed = {}
    for source in sources:
        sys.modules.setdefault(f"pyqtgraph.Qt.{source.__name__.rsplit('.', 1)[1]}", _forwarding_module(source))
        listed[source] = source.__dict__.get("__dir__")
        source.__dir__ = list  # for pyqtgraph's copy only: nothing to list
    try:
        import pyqtgraph  # noqa: F401
    finally:
        for source, before in listed.items():
            if before is None:
                del source.__dir__
            else:
                source.__dir__ = before
