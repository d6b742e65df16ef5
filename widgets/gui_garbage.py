"""Python's cycle collector runs on the GUI thread only.

The map's frames, the tasks and the desks' workers are Python threads that allocate a great deal; the
cycle collector runs in whichever thread crosses its allocation threshold, and collecting a cycle that
holds a Qt object (a closed dialog and the lambda connected to it, a chart's plots) deletes that object
from a worker thread, which Qt does not survive (the rare segmentation faults of long window walks).
pyqtgraph's :class:`~pyqtgraph.util.garbage_collector.GarbageCollector` turns the automatic collector
off and collects, generation by generation as the thresholds say, on a timer of the GUI thread instead.
Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

from PySide6 import QtWidgets

INTERVAL_S = 1.0


def collect_on_gui_thread() -> None:
    """Start collecting cycles on the GUI thread's timer (once per application; call on the GUI thread)."""
    app = QtWidgets.QApplication.instance()
    if app is None or getattr(app, "_township_garbage", None) is not None:
        return
    from pyqtgraph.util.garbage_collector import GarbageCollector

    app._township_garbage = GarbageCollector(interval=INTERVAL_S)  # kept with the application
