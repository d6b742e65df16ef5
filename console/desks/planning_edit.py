"""The planning desk's edits of planned sites on the map: place a site where the map is clicked, drag a
site to its new place (or move the one picked to the next click), change or delete the selected one, undo
and redo.

While a site is dragged the coverage shown (the selected site's viewshed, or all sites') is computed again
in a worker on a coarse DEM (:mod:`layers.planning.drag_preview`) for each new position, a newer one
cancelling the older, and the village table and the gap maps shown follow it; the move is saved once, on
release, and the full coverage and the site's signal levels (when shown) follow it.

Every edit goes through the store's features service (audited, version-checked), recorded in an
:class:`~layers.edit_history.EditHistory` so it can be undone; a conflict (someone else saved the site
since it was read) is said in the message bar and the layer is read again.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from console.workbench import OneClickTool
from datasources.errors import DataSourceError, EditConflict
from layers.planning.site_layer import STORE_KIND, kind_of
from widgets.message_bar import MessageLevel
from widgets.planning.site_drag import SiteDrag

ADD_TOOL = "planning_add_site"
MOVE_TOOL = "planning_move_site"
PICK_PIXELS = 12  # a click this close to a site picks it


class MoveTool:
    """A :class:`~console.workbench.DeskTool`: drag a site to its new place; or the first click picks the
    nearest site and the next one moves it there."""

    cursor = QtCore.Qt.CursorShape.SizeAllCursor

    def __init__(self, edits) -> None:
        self.edits = edits
        self.picked: int | None = None  # the store id of the site picked

    def activate(self) -> None:
        self.picked = None
        self.edits.drag.activate()
        text = QtCore.QCoreApplication.translate(
            "SiteEdits", "Drag a planned site to its new place (or click it, then where it goes).")
        self.edits.workbench.show_status(text, 8000)

    def deactivate(self) -> None:
        self.picked = None
        self.edits.drag.deactivate()

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
        self.drag = SiteDrag(self.workbench.canvas, self._grab, self)
        self.drag.moved.connect(self._dragged)
        self.drag.dropped.connect(self._dropped)
        self.move_tool = MoveTool(self)
        self.preview = None  # the last coarse coverage shown while a site was dragged
        self._at = None  # (store id, x, y) of the dragged site, its preview not yet asked for
        self._preview_timer = QtCore.QTimer(self, singleShot=True, interval=0)
        self._preview_timer.timeout.connect(self._run_preview)

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

    # ------------------------------------------------------------------ dragging
    def _grab(self, x: float, y: float) -> dict | None:
        """The site under a press that starts a drag (selected), as :class:`SiteDrag` wants it."""
        layer = self.desk.layer
        point = self.to_store(x, y)
        within = PICK_PIXELS * self.workbench.canvas.current_view().pixel_size
        row = layer.nearest(point.x, point.y, within) if layer is not None else None
        if row is None:
            return None
        self.move_tool.picked = None
        layer.selection = [row]
        site = layer.data.iloc[row]
        reach = site.get("range_m")
        reach = float(reach) if reach is not None and reach == reach and reach > 0 else kind_of(site["kind"]).range_m
        return {"id": int(layer.data.index[row]), "kind": str(site["kind"]),
                "status": str(site.get("status") or "draft"), "azimuth": site.get("azimuth_deg"),
                "beam": site.get("beam_width_deg"), "range": reach}

    def _dragged(self, feature_id: int, x: float, y: float) -> None:
        self._at = (feature_id, x, y)
        self._preview_timer.start()  # the moves of one turn of the event loop ask once

    def _dropped(self, feature_id: int, x: float, y: float) -> None:
        """The drag ended: the move saved (one version, one audit record); the full coverage follows."""
        self._at = None
        self._preview_timer.stop()
        self.move_site(feature_id, x, y)
        self.workbench.show_status(self.tr("Planned site moved."), 5000)

    def _preview_sites(self, feature_id: int, x: float, y: float):
        """The sites the coverage shown is of, the dragged one at (x, y); None when it does not change
        with this site (no coverage shown, or another site's viewshed)."""
        desk = self.desk
        scope = desk._scope
        layers = self.workbench.project.layers
        if scope is None or desk.coverage_layer is None or desk.coverage_layer not in layers:
            return None
        data = desk.layer.data
        if scope == "all":
            data = data[data["status"].fillna("draft") != "rejected"]
        elif scope == feature_id:
            data = data.loc[[feature_id]]
        else:
            return None
        if feature_id not in data.index:
            return None
        data = data.copy()
        data.loc[feature_id, data.geometry.name] = self.to_store(x, y)
        return data

    def _run_preview(self) -> None:
        """The coverage with the dragged site where it is now, on the coarse DEM, in a worker (a newer
        position cancels it: the same key as the full coverage)."""
        from console.desks.planning import KEY
        from layers.planning.drag_preview import preview_task
        from layers.planning.site_layer import sites_of

        if self._at is None or not self.drag.dragging:
            return
        frame = self._preview_sites(*self._at)
        if frame is None:
            return
        desk = self.desk
        dem = desk._dem()
        demand = desk._demand(dem.crs) if dem is not None else None
        if demand is None:
            return
        frame = frame.to_crs(dem.crs) if dem.crs and frame.crs is not None else frame
        desk.task = self.workbench.run_task(
            preview_task, dem.path, sites_of(frame), demand, getattr(dem, "band", 1), desk.roads(dem.crs),
            feedback="feedback", name=self.tr("Coverage while the site moves"), key=(KEY, "coverage"),
            done=lambda result: self._preview_ready(result, demand))

    def _preview_ready(self, result, demand=None) -> None:
        from console.desks.planning_outputs import follow_gap_maps

        desk = self.desk
        if not self.drag.dragging or desk.coverage_layer is None:
            return  # dropped meanwhile: the full answer follows
        self.preview = result = result.for_service(desk.table.service())  # the service the table shows
        desk.coverage_layer.show(result.counts, result.transform)
        follow_gap_maps(desk, result, demand)  # the gap maps shown, from the households covered
        summary = self.tr("Preview while the site moves: {covered:,.0f} of {persons:,.0f} persons covered "
                          "({share:.1f}%).").format(covered=result.covered_persons, persons=result.persons,
                                                    share=100 * result.covered_persons / max(result.persons, 1.0))
        desk.table.show_table(result.table, summary, households=True)
        self.workbench.show_status(summary, 3000)

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
                                           "azimuth_deg", "beam_width_deg", "frequency_mhz", "eirp_dbm", "cost",
                                           "notes")}
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
