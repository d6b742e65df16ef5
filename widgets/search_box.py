"""The search box: find villages and facilities by Chinese name or pinyin and zoom to them.

The index and its ranking are :mod:`layers.search_index`; the box shows the hits grouped under a header naming
each layer (in the user's language, as the layer list names it).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from layers.search_index import find_label, grouped, label, matches, search_index


class SearchBox(QtWidgets.QLineEdit):
    """A line edit with a completer over the project's named features."""

    found = QtCore.Signal(object, int)

    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.setPlaceholderText(self.tr("Search village or facility (name / pinyin)"))
        self.setMinimumWidth(280)
        self._entries: list | None = None
        self._model = QtGui.QStandardItemModel(self)
        completer = QtWidgets.QCompleter(self._model, self)
        # The list is filled here for every keystroke, with a header per kind: the completer shows it
        # as it is, unfiltered.
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(16)
        completer.popup().setMinimumWidth(440)  # a name, its English name and its pinyin
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(lambda: self.search(self.text()))
        project.layers.events.inserted.connect(self._invalidate)
        project.layers.events.removed.connect(self._invalidate)

    def _invalidate(self, *args) -> None:
        self._entries = None

    def entries(self):
        if self._entries is None:
            self._entries = search_index(self.project.layers)
        return self._entries

    def _edited(self, text: str) -> None:
        self._model.clear()
        header_font = self.font()
        header_font.setBold(True)
        for layer, hits in grouped(matches(self.entries(), text)):
            header = QtGui.QStandardItem(layer.name)  # the layer's name in the user's language
            header.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            header.setFont(header_font)
            header.setData(True, QtCore.Qt.ItemDataRole.UserRole)
            self._model.appendRow(header)
            for hit in hits:
                self._model.appendRow(QtGui.QStandardItem(label(hit)))
        if self._model.rowCount() and self.hasFocus():
            self.completer().complete()

    def headers(self) -> list[str]:
        """The group headers of the list shown now."""
        return [self._model.item(r).text() for r in range(self._model.rowCount())
                if self._model.item(r).data(QtCore.Qt.ItemDataRole.UserRole)]

    def _chosen(self, text: str) -> None:
        entry = find_label(self.entries(), text)
        if entry is not None:
            self.found.emit(entry[1], entry[2])

    def search(self, text: str) -> bool:
        """Zoom to the first match of ``text``; False when nothing matches."""
        hits = matches(self.entries(), text, limit=1)
        if hits:
            self.found.emit(hits[0][1], hits[0][2])
            return True
        return False
