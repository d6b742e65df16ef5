"""The search box: find villages and facilities by Chinese name or pinyin and zoom to them."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

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


def matches(entries, query: str, limit: int = 30) -> list[tuple[str, object, int]]:
    """Entries whose text contains the query, ignoring case and spaces (pinyin 'shangtang' finds 上塘村);
    exact names first, then names that start with the query, then the rest."""
    q = query.replace(" ", "").lower()
    if not q:
        return []
    ranked = []
    for order, entry in enumerate(entries):
        names = [n.replace(" ", "").lower() for n in entry[0].rsplit("  [", 1)[0].split(" · ")]
        if not any(q in n for n in names):
            continue
        rank = 0 if q in names else 1 if any(n.startswith(q) for n in names) else 2
        ranked.append((rank, order, entry))
    ranked.sort(key=lambda item: item[:2])
    return [entry for _, _, entry in ranked[:limit]]


class SearchBox(QtWidgets.QLineEdit):
    """A line edit with a completer over the project's named features."""

    found = QtCore.Signal(object, int)

    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.setPlaceholderText(self.tr("Search village or facility (名称 / pinyin)"))
        self.setMinimumWidth(280)
        self._entries: list | None = None
        self._model = QtCore.QStringListModel(self)
        completer = QtWidgets.QCompleter(self._model, self)
        completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
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
        self._model.setStringList([e[0] for e in matches(self.entries(), text)])

    def _chosen(self, text: str) -> None:
        for label, layer, row in self.entries():
            if label == text:
                self.found.emit(layer, row)
                return

    def search(self, text: str) -> bool:
        """Zoom to the first match of ``text``; False when nothing matches."""
        hits = matches(self.entries(), text, limit=1)
        if hits:
            self.found.emit(hits[0][1], hits[0][2])
            return True
        return False
