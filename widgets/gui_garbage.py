"""Python's cycle collector runs on the GUI thread only.

The map's frames, the tasks and the desks' workers are Python threads that allocate a great deal; the
cycle collector runs in whichever thread crosses its allocation threshold, and collecting a cycle that
holds a Qt object (a closed dialog and the lambda connected to it, a chart's plots) deletes that object
from a worker thread, which Qt does not survive (the rare segmentation faults of long window walks).
pyqtgraph's :class:`~pyqtgraph.util.garbage_collector.GarbageCollector` turns the automatic collector
off and collects, generation by generation as the thresholds say, on a timer of the GUI thread instead.
Reference counting, which frees almost everything, is untouched.

A full collection walks every object the program holds (the project's layers, the store, the modules:
20-30 ms on the GUI thread while a live feed runs). :func:`settle` freezes what is alive once the window
has settled (``gc.freeze``): those objects are never walked again, and the collections, still on the GUI
thread, walk only what came after.
"""

from __future__ import annotations

import gc

from PySide6 import QtWidgets

#: how often the young objects are collected: the feed's threads leave thousands of small cycles a second
#: (paho builds a recursive closure for every message it matches), so a collection once a second took
#: 20-50 ms at once; ten a second take a tenth of that each, the same work in all
INTERVAL_S = 0.1


def collect_on_gui_thread() -> None:
    """Start collecting cycles on the GUI thread's timer (once per application; call on the GUI thread)."""
    app = QtWidgets.QApplication.instance()
    if app is None or getattr(app, "_township_garbage", None) is not None:
        return
    from pyqtgraph.util.garbage_collector import GarbageCollector

    app._township_garbage = GarbageCollector(interval=INTERVAL_S)  # kept with the application


def settle() -> None:
    """Collect once, then leave every object alive now out of later collections (call on the GUI thread
    when the window has settled: after the start, after a desk built its views)."""
    gc.collect()
    gc.freeze()
