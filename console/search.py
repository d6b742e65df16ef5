"""The search box: find villages and facilities by Chinese name or pinyin and zoom to them.

Results come villages first, then facilities, then the rest, grouped under a header naming each layer (in
the user's language, as the layer list names it).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from layers.township import township_kind

#: what a person looks for first
KIND_ORDER = ("villages", "facilities")
NAME_FIELDS = ("name_zh", "name", "name_en", "name_pinyin", "NAME", "title")


def search_index(layers) -> list[tuple[str, object, int]]:
    """(display text, layer, row) for every named feature; text holds the Chinese name and its pinyin."""
    from pypinyin import lazy_pinyin

    entries = []
    for layer in layers:
        data = getattr(layer, "data", None)
        if data is None or not hasattr(layer, "geometry_kind") or len(data) > 50_000:
            continue
        fields = [f for f in NAME_FIELDS if f in data.columns]
        if not fields:
            continue
        for row, values in enumerate(data[fields].itertuples(index=False)):
            names = [str(v) for v in values if v is not None and str(v) not in ("", "nan", "None")]
            if not names:
                continue
            pinyin = "".join(lazy_pinyin(names[0]))
            text = " · ".join(dict.fromkeys(names + ([pinyin] if pinyin != names[0] else [])))
            entries.append((f"{text}  [{layer.name}]", layer, row))
    return entries


def kind_rank(layer) -> int:
    """0 for villages, 1 for facilities, 2 for any other layer."""
    kind = township_kind(layer)
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def matches(entries, query: str, limit: int = 30) -> list[tuple[str, object, int]]:
    """Entries whose text contains the query, ignoring case and spaces (pinyin 'shangtang' finds 上塘村):
    villages first, then facilities, then the other layers (each layer's together); within a layer exact
    names first, then names that start with the query, then the rest."""
    q = query.replace(" ", "").lower()
    if not q:
        return []
    ranked = []
    layers: dict[int, int] = {}  # layers in the order they are met, so each layer's hits stay together
    for order, entry in enumerate(entries):
        names = [n.replace(" ", "").lower() for n in entry[0].rsplit("  [", 1)[0].split(" · ")]
        if not any(q in n for n in names):
            continue
        rank = 0 if q in names else 1 if any(n.startswith(q) for n in names) else 2
        ranked.append((kind_rank(entry[1]), layers.setdefault(id(entry[1]), len(layers)), rank, order,
                       entry))
    ranked.sort(key=lambda item: item[:4])
    return [item[-1] for item in ranked[:limit]]


def grouped(hits) -> list[tuple[object, list[tuple[str, object, int]]]]:
    """Hits (in :func:`matches`' order) as (layer, its hits) in that order."""
    groups: list[tuple[object, list]] = []
    for hit in hits:
        if not groups or groups[-1][0] is not hit[1]:
            groups.append((hit[1], []))
        groups[-1][1].append(hit)
    return groups


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
            for label, _, _ in hits:
                self._model.appendRow(QtGui.QStandardItem(label.rsplit("  [", 1)[0]))
        if self._model.rowCount() and self.hasFocus():
            self.completer().complete()

    def headers(self) -> list[str]:
        """The group headers of the list shown now."""
        return [self._model.item(r).text() for r in range(self._model.rowCount())
                if self._model.item(r).data(QtCore.Qt.ItemDataRole.UserRole)]

    def _chosen(self, text: str) -> None:
        for label, layer, row in sorted(self.entries(), key=lambda e: kind_rank(e[1])):
            if label.rsplit("  [", 1)[0] == text:
                self.found.emit(layer, row)
                return

    def search(self, text: str) -> bool:
        """Zoom to the first match of ``text``; False when nothing matches."""
        hits = matches(self.entries(), text, limit=1)
        if hits:
            self.found.emit(hits[0][1], hits[0][2])
            return True
        return False
