"""The layer tree: visibility, order (drag to reorder), opacity, legend entries under each layer.

A Qt item model over the evented LayerList (napari ``_base_item_model.py`` pattern): list events become
begin/end row calls; the model writes layer attributes and the layers' events update the view.
"""

from __future__ import annotations

import functools

from PySide6 import QtCore, QtGui, QtWidgets

from widgets import symbols
from widgets.layer_visuals import legend_of

LAYER_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
MIME = "application/x-township-layer-rows"
LONG_LEGEND = 8  # legends with more entries start collapsed


TABLES = object()  # the top-level row of the *Tables* group


def is_table(layer) -> bool:
    """A layer without geometry (sensor readings, township facts): listed under *Tables*, never drawn."""
    return getattr(layer, "geometry_kind", None) == "none"


class LayerTreeModel(QtCore.QAbstractItemModel):
    """Top-level rows are the drawn layers (first = drawn on top), then a *Tables* group holding the
    layers without geometry; a drawn layer's children are its legend entries, a table has none."""

    def __init__(self, layers, parent=None) -> None:
        super().__init__(parent)
        self.layers = layers
        ev = layers.events
        ev.inserted.connect(self._inserted)
        ev.removed.connect(self._reset)
        ev.moved.connect(self._reset)
        ev.changed.connect(self._reset)
        self._watched: set[str] = set()
        self._top: list = []
        self._tables: list = []
        self._watch_all()
        self._sort_rows()

    def _watch_all(self) -> None:
        for layer in self.layers:
            if layer.id in self._watched:
                continue
            self._watched.add(layer.id)
            for sig in (layer.events.visible, layer.events.name, layer.events.style):
                sig.connect(self._layer_changed)

    def _sort_rows(self) -> None:
        self._top, self._tables = self._rows()

    def _rows(self) -> tuple[list, list]:
        """(top-level rows, the *Tables* group's rows) of the layer list as it is now."""
        tables = [layer for layer in self.layers if is_table(layer)]
        drawn = [layer for layer in self.layers if not is_table(layer)]
        return drawn + ([TABLES] if tables else []), tables

    def _reset(self, *args) -> None:
        self.beginResetModel()
        self._watch_all()
        self._sort_rows()
        self.endResetModel()

    def _inserted(self, _index, layer) -> None:
        """A layer added below the others (as a project's layers arrive) is one new row; anything else
        resets the tree. A reset per layer made the view ask for every row again: the demo's tree was
        built 66 times over as its eleven layers arrived, just before the map could draw."""
        top, tables = self._rows()
        if tables or self._tables or top[:-1] != self._top or top[-1:] != [layer]:
            self._reset()
            return
        row = len(self._top)
        self.beginInsertRows(QtCore.QModelIndex(), row, row)
        self._top, self._tables = top, tables
        self._watch_all()
        self.endInsertRows()

    def _layer_changed(self, *args) -> None:
        self.beginResetModel()
        self._sort_rows()
        self.endResetModel()

    # ---- structure
    def index(self, row, column, parent=QtCore.QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QtCore.QModelIndex()
        # internal id 0 marks a top-level row; a child carries its parent's row + 1
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index):
        if not index.isValid() or index.internalId() == 0:
            return QtCore.QModelIndex()
        row = int(index.internalId()) - 1
        if row >= len(self._top):
            return QtCore.QModelIndex()
        return self.createIndex(row, 0, 0)

    def _item(self, index):
        """The layer, legend entry's layer or TABLES an index stands for (None when stale)."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        parent = int(index.internalId()) - 1
        return self._top[parent] if parent < len(self._top) else None

    def layer_at(self, index):
        """The layer of a layer row (a drawn layer, or a table in the group), else None."""
        item = self._item(index)
        if item is TABLES:
            if index.internalId() == 0 or index.row() >= len(self._tables):
                return None
            return self._tables[index.row()]
        return item if index.isValid() and index.internalId() == 0 else None

    def _is_layer(self, index) -> bool:
        return self.layer_at(index) is not None

    def _is_legend(self, index) -> bool:
        return index.isValid() and index.internalId() != 0 and self._item(index) not in (None, TABLES)

    def layer_row_of(self, index) -> int:
        """The position in the layer list of the layer an index belongs to (itself for a layer, its
        parent for a legend entry); -1 for the *Tables* group."""
        layer = self.layer_at(index) or (self._item(index) if self._is_legend(index) else None)
        try:
            return list(self.layers).index(layer) if layer is not None else -1
        except ValueError:
            return -1

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        if not parent.isValid():
            return len(self._top)
        if parent.internalId() != 0:
            return 0
        item = self._item(parent)
        if item is TABLES:
            return len(self._tables)
        return len(self._legend(item)) if item is not None else 0

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 1

    @staticmethod
    def _legend(layer) -> list:
        return legend_of(layer)  # as the layer's item draws it (incidents by status and category)

    # ---- data
    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self._item(index) is TABLES and index.internalId() == 0:
            if role == QtCore.Qt.ItemDataRole.DisplayRole:
                return self.tr("Tables")
            if role == QtCore.Qt.ItemDataRole.ToolTipRole:
                return self.tr("Tables without geometry: open them as attribute tables; they are not "
                               "drawn on the map")
            if role == QtCore.Qt.ItemDataRole.DecorationRole:
                return QtWidgets.QApplication.style().standardIcon(
                    QtWidgets.QStyle.StandardPixmap.SP_DirIcon)
            return None
        layer = self.layer_at(index)
        if layer is not None:
            table = is_table(layer)
            if role == QtCore.Qt.ItemDataRole.DisplayRole:
                problems = getattr(layer, "problem_count", 0) or 0
                return f"{layer.name}  ⚠{problems}" if problems and not table else layer.name
            if role == QtCore.Qt.ItemDataRole.CheckStateRole and not table:
                return QtCore.Qt.CheckState.Checked if layer.visible else QtCore.Qt.CheckState.Unchecked
            if role == QtCore.Qt.ItemDataRole.DecorationRole:
                if table:  # a table, not a map symbol
                    return QtWidgets.QApplication.style().standardIcon(
                        QtWidgets.QStyle.StandardPixmap.SP_FileDialogDetailedView)
                return _swatch(getattr(layer.style, "fill", "#999999"),
                               getattr(layer.style, "stroke", "#555555"),
                               getattr(layer, "geometry_kind", "raster"))
            if role == QtCore.Qt.ItemDataRole.ToolTipRole:
                return f"{layer.name}\n{layer.crs or ''}" if not table else layer.name
            if role == LAYER_ROLE:
                return layer
            return None
        layer = self._item(index)
        if layer is None or layer is TABLES:
            return None
        entries = self._legend(layer)
        if index.row() >= len(entries):
            return None
        entry = entries[index.row()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return symbols.legend_text(layer, index.row(), entry)  # coded values in the user's language
        if role == QtCore.Qt.ItemDataRole.DecorationRole:
            icon = getattr(entry, "icon", None)
            return icon if icon is not None else _swatch(entry.fill, entry.stroke,
                                                         getattr(entry, "kind", "polygon"))
        return None

    def setData(self, index, value, role=QtCore.Qt.ItemDataRole.EditRole):  # noqa: N802
        layer = self.layer_at(index)
        if layer is None:
            return False
        if role == QtCore.Qt.ItemDataRole.CheckStateRole and not is_table(layer):
            layer.visible = QtCore.Qt.CheckState(value) == QtCore.Qt.CheckState.Checked
            self.dataChanged.emit(index, index)
            return True
        if role == QtCore.Qt.ItemDataRole.EditRole and str(value).strip():
            layer.name = str(value).strip()
            return True
        return False

    def flags(self, index):
        if not index.isValid():
            return QtCore.Qt.ItemFlag.ItemIsDropEnabled
        base = QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable
        layer = self.layer_at(index)
        if layer is not None and is_table(layer):  # listed, renamed, opened; not drawn, so not ordered
            return base | QtCore.Qt.ItemFlag.ItemIsEditable
        if layer is not None:
            return (base | QtCore.Qt.ItemFlag.ItemIsUserCheckable | QtCore.Qt.ItemFlag.ItemIsEditable
                    | QtCore.Qt.ItemFlag.ItemIsDragEnabled)
        return QtCore.Qt.ItemFlag.ItemIsEnabled

    # ---- drag to reorder
    def supportedDropActions(self):  # noqa: N802
        return QtCore.Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        rows = sorted({self.layer_row_of(i) for i in indexes if self._is_layer(i)})
        mime = QtCore.QMimeData()
        mime.setData(MIME, QtCore.QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME)).decode().split(",") if r]
        if not rows:
            return False
        if parent.isValid():
            row = self.layer_row_of(parent)
        elif 0 <= row < len(self._top) and self._top[row] is not TABLES:
            row = list(self.layers).index(self._top[row])  # the tree's row -> the list's position
        else:
            row = -1
        if row < 0:  # below every drawn layer
            drawn = [i for i, layer in enumerate(self.layers) if not is_table(layer)]
            row = drawn[-1] + 1 if drawn else 0
        self.move_layer(rows[0], row)
        return True

    def move_layer(self, source: int, dest: int) -> None:
        """Move the layer at ``source`` so it lands before the layer now at ``dest``."""
        if source == dest or source + 1 == dest:
            return
        self.layers.move(source, dest)


@functools.lru_cache(maxsize=256)
def _swatch(fill: str | None, stroke: str | None, kind: str) -> QtGui.QIcon:
    """The legend's little symbol (the tree asks on every repaint: drawn once per colours and kind)."""
    pix = QtGui.QPixmap(16, 16)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    if kind == "point":
        p.setPen(QtGui.QPen(symbols.qcolor(stroke), 1))
        p.setBrush(symbols.qcolor(fill))
        p.drawEllipse(QtCore.QRectF(3, 3, 10, 10))
    elif kind == "line":
        p.setPen(QtGui.QPen(symbols.qcolor(fill if fill else stroke), 2.5))
        p.drawLine(2, 12, 14, 4)
    elif kind == "raster":
        grad = QtGui.QLinearGradient(0, 0, 16, 16)
        grad.setColorAt(0, QtGui.QColor("#4a8c50"))
        grad.setColorAt(1, QtGui.QColor("#b08c64"))
        p.fillRect(1, 1, 14, 14, grad)
    else:
        p.setPen(QtGui.QPen(symbols.qcolor(stroke), 1))
        p.setBrush(symbols.qcolor(fill))
        p.drawRect(QtCore.QRectF(2, 2, 12, 12))
    p.end()
    return QtGui.QIcon(pix)


class LayerTree(QtWidgets.QTreeView):
    """The dock's view: check to show/hide, drag to reorder, right-click for layer actions."""

    zoom_to_layer = QtCore.Signal(object)
    open_table = QtCore.Signal(object)
    style_requested = QtCore.Signal(object)

    def __init__(self, layers, parent=None) -> None:
        super().__init__(parent)
        self.layers = layers
        self.setModel(LayerTreeModel(layers, self))
        self.setHeaderHidden(True)
        self.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(QtCore.Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._expanded: dict[object, bool] = {}  # the user's own choice per layer, kept across resets
        self._restoring = False
        self.expanded.connect(lambda index: self._remember(index, True))
        self.collapsed.connect(lambda index: self._remember(index, False))
        self.model().modelReset.connect(self.expand_short_legends)
        self.model().rowsInserted.connect(self._expand_new_rows)
        self.expand_short_legends()

    def _remember(self, index, expanded: bool) -> None:
        if not self._restoring and index.internalId() == 0:
            layer = self.model().layer_at(index)
            self._expanded[layer.id if layer is not None else "tables"] = expanded

    def expand_short_legends(self) -> None:
        """Open every layer's legend except the long ones (the incidents' 17 classes), which would push
        the other layers out of a laptop's dock; the *Tables* group is always open."""
        self._expand_rows(range(self.model().rowCount()))

    def _expand_new_rows(self, parent, first: int, last: int) -> None:
        if not parent.isValid():
            self._expand_rows(range(first, last + 1))

    def _expand_rows(self, rows) -> None:
        """Each top-level row of ``rows`` open or closed as the user left it, else as its length says."""
        model = self.model()
        self._restoring = True
        try:
            for row in rows:
                index = model.index(row, 0)
                layer = model.layer_at(index)
                short = model.rowCount(index) <= LONG_LEGEND or layer is None
                self.setExpanded(index, self._expanded.get(layer.id if layer else "tables", short))
        finally:
            self._restoring = False

    def current_layer(self):
        index = self.currentIndex()
        if not index.isValid():
            return None
        model = self.model()
        layer = model.layer_at(index)
        if layer is None and model._is_legend(index):
            layer = model.layer_at(index.parent())
        return layer

    def _menu(self, pos) -> None:
        layer = self.current_layer()
        if layer is None:
            return
        menu = QtWidgets.QMenu(self)
        if is_table(layer):  # nothing to zoom to, style or see through
            menu.addAction(self.tr("Open attribute table"), lambda: self.open_table.emit(layer))
            menu.addSeparator()
            menu.addAction(self.tr("Remove layer"), lambda: self.layers.remove(layer))
            menu.exec(self.viewport().mapToGlobal(pos))
            return
        menu.addAction(self.tr("Zoom to layer"), lambda: self.zoom_to_layer.emit(layer))
        if hasattr(layer, "data") and layer.data is not None and hasattr(layer, "geometry_kind"):
            menu.addAction(self.tr("Open attribute table"), lambda: self.open_table.emit(layer))
            menu.addAction(self.tr("Style…"), lambda: self.style_requested.emit(layer))
        opacity = menu.addMenu(self.tr("Opacity"))
        for pct in (100, 75, 50, 25):
            act = opacity.addAction(f"{pct} %")
            act.setCheckable(True)
            act.setChecked(abs(layer.opacity * 100 - pct) < 1)
            act.triggered.connect(lambda _=False, v=pct / 100: setattr(layer, "opacity", v))
        menu.addSeparator()
        menu.addAction(self.tr("Remove layer"), lambda: self.layers.remove(layer))
        menu.exec(self.viewport().mapToGlobal(pos))
