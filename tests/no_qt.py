"""pytest plugin: block Qt and the GUI packages, proving that the modules under test never need them."""

import importlib.abc
import sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "superqt", "widgets", "console", "pytestqt")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked: models and data sources must not need Qt")
        return None


for name in list(sys.modules):
    if name.split(".")[0] in BLOCKED:
        del sys.modules[name]
sys.meta_path.insert(0, _QtBlocker())
