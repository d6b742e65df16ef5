"""Qt views: map canvas, layer tree, attribute table, charts and dialogs."""

from widgets.pyqtgraph_import import import_pyqtgraph

import_pyqtgraph()
