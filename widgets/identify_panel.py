"""The identify panel: every feature under the cursor across visible layers, and raster values there.

What is found and how each value reads comes from :mod:`layers.identify`; this is its view.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from layers.identify import describe
from widgets.symbols import label_font


class IdentifyPanel(QtWidgets.QTreeWidget):
    """Layer -> feature -> attribute rows for one click."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Feature / field"), self.tr("Value")])
        self.setFont(label_font(9))
        self.setAlternatingRowColors(True)

    def show_results(self, results: list[tuple[object, object]]) -> int:
        """Fill from ``[(layer, rows or raster values)]`` (:func:`layers.identify.identify`); returns the
        number of features listed."""
        self.clear()
        total = 0
        for layer, found in results:
            finding = describe(layer, found)
            top = QtWidgets.QTreeWidgetItem([layer.name, ""])
            self.addTopLevelItem(top)
            if hasattr(layer, "geometry_kind"):
                top.setText(1, self.tr("{n} feature(s)").format(n=finding.count))
                rows = list(found)[:len(finding.features)]
                for feature, row in zip(finding.features, rows, strict=True):
                    item = QtWidgets.QTreeWidgetItem([feature.title, ""])
                    top.addChild(item)
                    for field in feature.fields:
                        # the field's alias (name_zh -> 名称) with its name as tooltip; coded values named
                        child = QtWidgets.QTreeWidgetItem([field.alias, field.value])
                        child.setToolTip(0, field.name)
                        item.addChild(child)
                    self._add_sparklines(item, layer, row)
                    item.setExpanded(len(finding.features) <= 3)
                    total += 1
            else:
                for band, value in enumerate(finding.bands, start=1):
                    top.addChild(QtWidgets.QTreeWidgetItem([self.tr("band {b}").format(b=band), value]))
            top.setExpanded(True)
        self.resizeColumnToContents(0)
        return total

    def _add_sparklines(self, item: QtWidgets.QTreeWidgetItem, layer, row) -> None:
        """A live sensor's recent readings: one row per parameter, its sparkline and last value."""
        if not hasattr(layer, "recent_series"):
            return
        from widgets.emergency.names import parameter_label
        from widgets.emergency.sparkline import sparkline_pixmap

        for parameter, seconds, values in layer.recent_series(int(row)):
            child = QtWidgets.QTreeWidgetItem([parameter_label(parameter), f"{values[-1]:.6g}" if len(values) else ""])
            child.setData(1, QtCore.Qt.ItemDataRole.DecorationRole, sparkline_pixmap(seconds, values))
            child.setToolTip(1, self.tr("The last 48 hours"))
            item.addChild(child)
