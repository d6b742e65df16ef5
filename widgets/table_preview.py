"""The first rows of a table shown in a QTableWidget (the import and conform dialogs' previews)."""

from __future__ import annotations

from PySide6 import QtWidgets


def fill_preview(table: QtWidgets.QTableWidget, header, rows, row_labels=None, max_width: int = 220) -> None:
    """Show ``rows`` (sequences of values, None shown empty) under ``header``; columns no wider than
    ``max_width`` pixels."""
    header = [str(h) for h in header]
    rows = list(rows)
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(header)
    if row_labels is not None:
        table.setVerticalHeaderLabels([str(n) for n in row_labels])
    for r, row in enumerate(rows):
        for c in range(min(len(row), len(header))):
            value = row[c]
            text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
            table.setItem(r, c, QtWidgets.QTableWidgetItem(text))
    table.resizeColumnsToContents()
    for c in range(len(header)):
        table.setColumnWidth(c, min(table.columnWidth(c), max_width))
