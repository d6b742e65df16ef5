"""The window's *Edit* menu and *Editing* toolbar: editing the geometry of a vector layer on the map.

Editing is switched on for the layer chosen in the layer tree (else the top visible vector layer). A file
layer's edits stay in the layer until they are saved (*Save edits*, or File › Save project, which writes
them into the project file) or discarded on stopping; a store layer's edits go to the store one by one
through the audited, version-checked edit history, as the store's attribute edits do.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtGui, QtWidgets

from console.store_layers import reload_store_layers
from datasources.source import PROBLEM_COLUMN
from layers.geometry_edit import VertexRefused
from layers.layer_edits import FileLayerEdits, StoreLayerEdits
from widgets.coordinate_entry import CoordinateEntry
from widgets.edit_tools import AddFeatureTool, MapEditing, MoveFeatureTool, VertexTool
from widgets.message_bar import MessageLevel

#: store kinds whose geometry another desk edits (planned sites: the planning desk)
EDITED_ELSEWHERE = frozenset({"planned_sites"})
#: columns the store stamps or the project writes itself: never asked for a new feature
NOT_ASKED = frozenset({"id", "version", "updated_at", "updated_by", PROBLEM_COLUMN})
TOOL_KINDS = {"add_point": ("point",), "add_line": ("line",), "add_polygon": ("polygon",)}


class EditActions(QtCore.QObject):
    """Builds the editing actions on ``window`` and keeps the layer being edited.

    Attributes
    ----------
    editing : MapEditing
        The layer and edit buffer the map tools work on (``editing.edits`` is None when not editing).
    ask_attributes : bool
        Ask for a new feature's attributes in a small form (else they are left empty).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ask_attributes = True
        self.entry: CoordinateEntry | None = None
        self._history = None
        editing = self.editing = MapEditing(window.canvas, self)
        editing.failed.connect(self._refused)
        editing.attributes = self._attributes
        self.tools = {"add_point": AddFeatureTool(editing, "point", self),
                      "add_line": AddFeatureTool(editing, "line", self),
                      "add_polygon": AddFeatureTool(editing, "polygon", self),
                      "move_feature": MoveFeatureTool(editing, self), "vertex": VertexTool(editing, self)}
        self._build(window)
        window.project.layers.events.removed.connect(self._layer_removed)
        window.project.events.dirty.connect(self._project_dirty)
        window.canvas.installEventFilter(self)
        self._update()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt override)
        """On the map, Ctrl+Z and Ctrl+Shift+Z undo and redo geometry edits even while another undo
        (the store's attribute edits) has the same keys."""
        kind = ev.type()
        if kind not in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress) or self.edits is None:
            return False
        redo = ev.matches(QtGui.QKeySequence.StandardKey.Redo)
        if not (redo or ev.matches(QtGui.QKeySequence.StandardKey.Undo)):
            return False
        if not (self.edits.can_redo if redo else self.edits.can_undo):
            return False
        if kind == QtCore.QEvent.Type.ShortcutOverride:
            ev.accept()  # the key comes here as a key press, not to a window shortcut
        else:
            self.redo() if redo else self.undo()
        return True

    def _build(self, window) -> None:
        w, make = window.workbench, window.make_action
        menu = w.menu("edit", self.tr("&Edit"))
        bar = w.toolbar("editing", self.tr("Editing"))
        self.toggle_action = make(self.tr("Toggle &editing"), self.toggle_editing)
        self.toggle_action.setCheckable(True)
        self.save_action = make(self.tr("&Save edits"), self.save_edits)
        labels = {"add_point": self.tr("Add &point"), "add_line": self.tr("Add &line"),
                  "add_polygon": self.tr("Add p&olygon"), "move_feature": self.tr("&Move feature"),
                  "vertex": self.tr("&Vertex tool")}
        self.tool_actions = {name: window.add_desk_tool(f"edit_{name}", tool, labels[name])
                             for name, tool in self.tools.items()}
        self.delete_action = make(self.tr("&Delete selected features"), self.delete_selected)
        self.undo_action = make(self.tr("Undo geometry edit"), self.undo, "Ctrl+Z")
        self.redo_action = make(self.tr("Redo geometry edit"), self.redo, "Ctrl+Shift+Z")
        self.entry_action = make(self.tr("&Type a vertex…"), self.type_vertex)
        self.snap_action = make(self.tr("S&napping"), self._snapping)
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(self.editing.snapping)
        self.tolerance_action = make(self.tr("Snapping &tolerance…"), self.choose_tolerance)
        menu.addSeparator()
        for act in (self.toggle_action, self.save_action, None, *self.tool_actions.values(), None,
                    self.delete_action, self.undo_action, self.redo_action, None, self.entry_action,
                    self.snap_action, self.tolerance_action):
            if act is None:
                menu.addSeparator()
                continue
            menu.addAction(act)
            if act is not self.tolerance_action:
                bar.addAction(act)

    # ------------------------------------------------------------------ starting and stopping
    @property
    def edits(self):
        return self.editing.edits

    @property
    def layer(self):
        return self.editing.layer

    def toggle_editing(self) -> None:
        if self.edits is not None:
            self.stop_editing()
        else:
            self.start_editing(self.window.selection_target())
        self._update()

    def start_editing(self, layer) -> bool:
        """Edit ``layer`` (a vector layer with geometry); False with a note when it cannot be edited."""
        if self.edits is not None and not self.stop_editing():
            return False
        kind = getattr(layer, "geometry_kind", "none")
        if layer is None or not hasattr(layer, "sindex") or kind == "none":
            return self._note(self.tr("Choose a vector layer with geometry in the layer tree to edit it."))
        store_kind = getattr(layer, "store_kind", None)
        if store_kind in EDITED_ELSEWHERE:
            return self._note(self.tr("Planned sites are drawn and moved on the planning desk."))
        if store_kind is not None:
            session = self.window.workbench.session
            if session is None:
                return self._note(self.tr("Log in to the store to edit its layers."))
            if self._history is None:
                from layers.edit_history import EditHistory

                self._history = EditHistory(session)
            edits = StoreLayerEdits(layer, self._history,
                                    lambda: reload_store_layers(self.window.workbench, store_kind))
        else:
            edits = FileLayerEdits(layer)
        self.editing.layer, self.editing.edits = layer, edits
        edits.changed.connect(self._update)
        self.window.statusBar().showMessage(self.tr("Editing {layer}").format(layer=layer.name), 5000)
        self._update()
        return True

    def stop_editing(self, ask: bool = True) -> bool:
        """Stop editing; unsaved edits are saved or discarded as the user answers (False: cancelled)."""
        edits = self.edits
        if edits is None:
            return True
        if edits.modified and ask:
            buttons = QtWidgets.QMessageBox.StandardButton
            answer = QtWidgets.QMessageBox.question(
                self.window, self.tr("Unsaved edits"),
                self.tr("{layer} has edits that are not saved. Save them?").format(layer=self.layer.name),
                buttons.Save | buttons.Discard | buttons.Cancel)
            if answer == buttons.Save:
                edits.save()
            elif answer == buttons.Discard:
                edits.discard()
            else:
                self._update()
                return False
        self._end()
        return True

    def _end(self) -> None:
        if self.edits is not None:
            self.edits.changed.disconnect(self._update)
        if str(self.window.tool).startswith("edit_"):
            self.window.set_tool("pan")
        self.editing.layer = self.editing.edits = None
        if self.entry is not None:
            self.entry.close()
        self._update()

    def save_edits(self) -> None:
        if self.edits is None:
            self._note(self.tr("Start editing a layer first."))
            return
        self.edits.save()
        self.window.statusBar().showMessage(
            self.tr("Edits of {layer} kept; File › Save project writes them to the project file.")
            .format(layer=self.layer.name), 5000)

    def _layer_removed(self, *args) -> None:
        if self.layer is not None and self.layer not in list(self.window.project.layers):
            self._end()

    def _project_dirty(self, dirty: bool) -> None:
        if not dirty and self.edits is not None and self.edits.modified:
            self.edits.save()  # the project file now holds them

    # ------------------------------------------------------------------ edits
    def delete_selected(self) -> None:
        if self.edits is None:
            self._note(self.tr("Start editing a layer first."))
            return
        rows = np.asarray(self.layer.selection, dtype=np.int64)
        if not len(rows):
            self._note(self.tr("Select the features to delete first."))
            return
        self.editing.run(lambda: self.edits.delete_features(rows))

    def undo(self) -> None:
        if self.edits is not None and self.edits.can_undo:
            self.editing.run(self.edits.undo)

    def redo(self) -> None:
        if self.edits is not None and self.edits.can_redo:
            self.editing.run(self.edits.redo)

    def type_vertex(self) -> None:
        """Open the window to type the next vertex of the feature being added."""
        tool = self.window.desk_tools.get(str(self.window.tool))
        if self.edits is None or not isinstance(tool, AddFeatureTool):
            self._note(self.tr("Choose Add point, Add line or Add polygon first."))
            return
        if self.entry is not None:
            self.entry.close()
        self.entry = CoordinateEntry(self.window.project.crs, lambda x, y: self._typed(x, y), self.window)
        self.entry.show()

    def _typed(self, x: float, y: float) -> None:
        tool = self.window.desk_tools.get(str(self.window.tool))
        if isinstance(tool, AddFeatureTool) and self.edits is not None:
            tool.add_vertex(x, y)

    def _snapping(self) -> None:
        self.editing.snapping = self.snap_action.isChecked()

    def choose_tolerance(self) -> None:
        value, ok = QtWidgets.QInputDialog.getInt(
            self.window, self.tr("Snapping tolerance"), self.tr("Snap within this many pixels:"),
            int(self.editing.tolerance_px), 1, 100)
        if ok:
            self.editing.tolerance_px = float(value)

    # ------------------------------------------------------------------ asking and telling
    def _attributes(self, layer) -> dict | None:
        if not self.ask_attributes:
            return {}
        columns = [c for c in layer.data.columns if c != layer.data.geometry.name and c not in NOT_ASKED]
        if not columns:
            return {}
        dialog = QtWidgets.QDialog(self.window)
        dialog.setWindowTitle(self.tr("New feature of {layer}").format(layer=layer.name))
        form = QtWidgets.QFormLayout(dialog)
        fields = {}
        for column in columns:
            fields[column] = QtWidgets.QLineEdit()
            form.addRow(str(column), fields[column])
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return {c: _typed_value(f.text(), layer.data[c].dtype) for c, f in fields.items() if f.text().strip()}

    def _note(self, text: str) -> bool:
        self.window.message_bar.push(text, MessageLevel.INFO)
        return False

    def _refused(self, exc) -> None:
        if isinstance(exc, VertexRefused):
            from widgets.error_text import error_text

            self.window.message_bar.push(error_text(exc), MessageLevel.WARNING)
        else:
            self.window.message_bar.push_exception(exc, self.tr("The edit was not made"))
        self._update()

    def _update(self, *args) -> None:
        edits, layer = self.edits, self.layer
        on = edits is not None
        self.toggle_action.setChecked(on)
        kind = getattr(layer, "geometry_kind", None)
        for name, act in self.tool_actions.items():
            act.setEnabled(on and (name not in TOOL_KINDS or kind in (*TOOL_KINDS[name], "mixed")))
        for act in (self.save_action, self.delete_action, self.entry_action):
            act.setEnabled(on)
        self.undo_action.setEnabled(on and edits.can_undo)
        self.redo_action.setEnabled(on and edits.can_redo)
        for act, text, blank in ((self.undo_action, edits.undo_text if on else "", self.tr("Undo geometry edit")),
                                 (self.redo_action, edits.redo_text if on else "", self.tr("Redo geometry edit"))):
            act.setToolTip(f"{blank}: {text}" if text else blank)


def _typed_value(text: str, dtype):
    """A typed attribute as the column holds it (a number for a numeric column when it reads as one)."""
    text = text.strip()
    if not pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype):
        return text
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if pd.api.types.is_integer_dtype(dtype) and number.is_integer() else number


__all__ = ["EditActions"]
