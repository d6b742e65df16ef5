"""The planning desk's edits of planned sites on the map: place a site where the map is clicked, move the
one picked to the next click, change or delete the selected one, undo and redo.

Every edit goes through the store's features service (audited, version-checked), recorded in an
:class:`~layers.edit_history.EditHistory` so it can be undone; a conflict (someone else saved the site
since it was read) is said in the message bar and the layer is read again.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from console.workbench import OneClickTool
from datasources.errors import DataSourceError, EditConflict
from layers.planning.site_layer import STORE_KIND
from widgets.message_bar import MessageLevel

ADD_TOOL = "planning_add_site"
MOVE_TOOL = "planning_move_site"
PICK_PIXELS = 12  # a click this close to a site picks it


class MoveTool:
    """A :class:`~console.workbench.DeskTool`: the first click picks the nearest site, the next one
    moves it there."""

    cursor = QtCore.Qt.CursorShape.SizeAllCursor

    def __init__(self, edits) -> None:
        self.edits = edits
        self.picked: int | None = None  # the store id of the site picked

    def activate(self) -> None:
        self.picked = None
        text = QtCore.QCoreApplication.translate("SiteEdits", "Click a planned site, then where it goes.")
        self.edits.workbench.show_status(text, 8000)

    def deactivate(self) -> None:
        self.picked = None

    def clicked(self, x: float, y: float) -> None:
        if self.picked is None:
            self.picked = self.edits.pick(x, y)
            return
        picked, self.picked = self.picked, None
        self.edits.move_site(picked, x, y)


class SiteEdits(QtCore.QObject):
    """The edits of the planning desk (``desk.edits``).

    Parameters
    ----------
    desk : PlanningDesk
        Gives the workbench, the session, the layer and the villages.
    """

    def __init__(self, desk) -> None:
        super().__init__(desk)
        from layers.edit_history import EditHistory

        self.desk, self.workbench = desk, desk.workbench
        self.history = EditHistory(desk.session)
        self.add_tool = OneClickTool(self.workbench, ADD_TOOL, self.add_site_at, self._say_where)
        self.move_tool = MoveTool(self)

    # ------------------------------------------------------------------ where
    def _say_where(self) -> None:
        self.workbench.show_status(self.tr("Click on the map where the site stands."), 8000)

    def to_store(self, x: float, y: float):
        """A point of the map (project CRS) in the store's CRS."""
        import shapely

        project_crs, store_crs = self.workbench.project.crs, self.desk.layer.crs
        if project_crs and store_crs and project_crs != store_crs:
            from datasources.crs import transformer

            x, y = transformer(project_crs, store_crs).transform(x, y)
        return shapely.Point(float(x), float(y))

    def pick(self, x: float, y: float) -> int | None:
        """Select the site nearest the click (within a few pixels); its store id, or None."""
        layer = self.desk.layer
        point = self.to_store(x, y)
        within = PICK_PIXELS * self.workbench.canvas.current_view().pixel_size
        row = layer.nearest(point.x, point.y, within)
        if row is None:
            self.workbench.show_status(self.tr("No planned site there."), 5000)
            layer.selection = []
            return None
        layer.selection = [row]
        return int(layer.data.index[row])

    def selected_id(self) -> int | None:
        layer = self.desk.layer
        if layer is None or len(layer.selection) != 1:
            return None
        return int(layer.data.index[int(layer.selection[0])])

    # ------------------------------------------------------------------ edits
    def add_site_at(self, x: float, y: float, values: dict | None = None) -> int | None:
        """Ask what the site at (x, y) is (unless ``values`` are given) and add it; its store id."""
        point = self.to_store(x, y)
        if values is None:
            from widgets.planning.site_dialog import SiteDialog

            village = self.desk.village_at(point)
            dialog = SiteDialog(self.desk.village_names(), {"village_code": village},
                                self.workbench.dialog_parent)
            self.dialog = dialog
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        feature_id = self._do(lambda: self.history.add(STORE_KIND, {**values, "geom": point}))
        if feature_id is not None:
            self._select(feature_id)
            self.workbench.show_status(self.tr("Planned site added."), 5000)
        return feature_id

    def move_site(self, feature_id: int | None, x: float, y: float) -> bool:
        if feature_id is None:
            return False
        version = self._version(feature_id)
        point = self.to_store(x, y)
        done = self._do(lambda: self.history.update(STORE_KIND, feature_id, {"geom": point}, version))
        if done is not None:
            self._select(feature_id)
        return done is not None

    def edit_selected(self) -> None:
        """*Planning › Edit the selected site…*: its kind, name, height, village and status."""
        feature_id = self.selected_id()
        if feature_id is None:
            self.workbench.push(MessageLevel.INFO, self.tr("Select a planned site first (Move site picks one)."))
            return
        from widgets.planning.site_dialog import SiteDialog

        row = self.desk.layer.data.loc[feature_id]
        present = {k: row.get(k) for k in ("kind", "name", "height_m", "village_code", "status", "range_m",
                                           "azimuth_deg", "beam_width_deg", "cost", "notes")}
        dialog = SiteDialog(self.desk.village_names(), present, self.workbench.dialog_parent)
        self.dialog = dialog
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if not _same(v, present.get(k))}
        if changes:
            version = self._version(feature_id)
            self._do(lambda: self.history.update(STORE_KIND, feature_id, changes, version))

    def delete_selected(self, ask: bool = True) -> bool:
        """*Planning › Delete the selected site*, after asking."""
        feature_id = self.selected_id()
        if feature_id is None:
            self.workbench.push(MessageLevel.INFO, self.tr("Select a planned site first (Move site picks one)."))
            return False
        if ask:
            answer = QtWidgets.QMessageBox.question(self.workbench.dialog_parent, self.tr("Delete site"),
                                                    self.tr("Delete the selected planned site?"))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return False
        version = self._version(feature_id)
        self.desk.layer.selection = []
        return self._do(lambda: self.history.delete(STORE_KIND, feature_id, version) or True) is not None

    def undo(self) -> None:
        if self.history.can_undo:
            self._do(self.history.undo)

    def redo(self) -> None:
        if self.history.can_redo:
            self._do(self.history.redo)

    # ------------------------------------------------------------------ the store
    def _version(self, feature_id: int) -> int:
        return int(self.desk.layer.data.loc[feature_id, "version"])

    def _do(self, edit):
        """Run ``edit`` against the store; its result, or None when refused (said in the message bar).
        The layer is read again either way."""
        try:
            return edit()
        except EditConflict:
            self.workbench.push(MessageLevel.WARNING, self.tr(
                "Someone else saved this site meanwhile; it is shown as saved now. Make the change again."))
            return None
        except DataSourceError as exc:
            self.workbench.push_exception(exc)
            return None
        finally:
            self.desk.reload_sites()

    def _select(self, feature_id: int) -> None:
        row = self.desk.layer.row_of(feature_id)
        self.desk.layer.selection = [] if row is None else [row]


def _same(a, b) -> bool:
    """Whether two field values are the same (an empty number is NaN in the store's frame)."""
    def empty(v):
        return v is None or (isinstance(v, float) and v != v)

    return (empty(a) and empty(b)) or a == b
