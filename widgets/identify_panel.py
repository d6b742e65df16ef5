"""The identify panel: every feature under the cursor across visible layers, and raster values there."""

from __future__ import annotations

import numpy as np
from PySide6 import QtWidgets

from layers.code_lists import field_alias, value_label
from widgets.symbols import label_font

MAX_FEATURES_PER_LAYER = 50


class IdentifyPanel(QtWidgets.QTreeWidget):
    """Layer -> feature -> attribute rows for one click."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Feature / field"), self.tr("Value")])
        self.setFont(label_font(9))
        self.setAlternatingRowColors(True)

    def show_results(self, results: list[tuple[object, object]]) -> int:
        """Fill from ``[(layer, rows or raster values)]``; returns the number of features listed."""
        self.clear()
        total = 0
        for layer, found in results:
            top = QtWidgets.QTreeWidgetItem([layer.name, ""])
            self.addTopLevelItem(top)
            if hasattr(layer, "geometry_kind"):
                rows = np.asarray(found)[:MAX_FEATURES_PER_LAYER]
                top.setText(1, self.tr("{n} feature(s)").format(n=len(found)))
                data = layer.data
                geom = data.geometry.name
                kind = _kind_of(layer)
                for row in rows:
                    record = data.iloc[int(row)]
                    title = _feature_title(record, int(row))
                    item = QtWidgets.QTreeWidgetItem([title, ""])
                    top.addChild(item)
                    for col, value in record.items():
                        if col == geom:
                            continue
                        # the field's alias (name_zh -> 名称) with its name as tooltip; coded values named
                        child = QtWidgets.QTreeWidgetItem([field_alias(kind, col), _value(kind, col, value)])
                        child.setToolTip(0, str(col))
                        item.addChild(child)
                    item.setExpanded(len(rows) <= 3)
                    total += 1
            else:
                for band, value in enumerate(found, start=1):
                    top.addChild(QtWidgets.QTreeWidgetItem([self.tr("band {b}").format(b=band),
                                                            _text(value)]))
            top.setExpanded(True)
        self.resizeColumnToContents(0)
        return total


def _feature_title(record, row: int) -> str:
    for key in ("name_zh", "name", "NAME", "title", "sensor_id", "id"):
        if key in record.index and _text(record[key]) not in ("", "NULL"):
            return f"{_text(record[key])}"
    return f"#{row + 1}"


def _kind_of(layer) -> str:
    return getattr(layer, "store_kind", None) or getattr(layer, "source_name", None) or layer.name


def _value(kind: str, column, value) -> str:
    text = _text(value)
    if text == "NULL" or not isinstance(value, str):
        return text
    return value_label(kind, str(column), value)


def _text(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        if np.isnan(value):
            return "NULL"
        return f"{value:.6g}"
    return str(value)


def identify(layers, x: float, y: float, tolerance: float, crs: str) -> list[tuple[object, object]]:
    """Features (or raster values) of every visible layer at ``x, y`` in the project CRS."""
    from datasources.crs import transformer

    results = []
    for layer in layers:
        if not layer.visible:
            continue
        lx, ly, tol = x, y, tolerance
        if layer.crs and crs and layer.crs != crs:
            try:
                tr = transformer(crs, layer.crs)
                lx, ly = tr.transform(x, y)
                ex, _ = tr.transform(x + tolerance, y)
                tol = abs(ex - lx)
            except Exception:  # noqa: BLE001 — a layer in an odd CRS is skipped, not fatal
                continue
        if hasattr(layer, "identify"):
            rows = layer.identify(lx, ly, tol)
            if len(rows):
                results.append((layer, rows))
        elif hasattr(layer, "value_at"):
            values = layer.value_at(lx, ly)
            if values and any(v is not None for v in values):
                results.append((layer, values))
    return results

