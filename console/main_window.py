"""The main window township staff work in: map, layers, attribute table, identify, status bar."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from console import saved_view
from console.bookmarks import Bookmarks
from console.desks import make_desks
from console.edit_actions import EditActions
from console.file_actions import FileActions
from console.web_basemaps import add_web_basemap_dialog
from console.window_layout import place_window, save_window, show_in_bottom_row
from console.workbench import DeskTool, WindowWorkbench
from layers.lazy_jit import kernels_warm, warm_up
from widgets.gui_garbage import collect_on_gui_thread
from widgets.identify_panel import IdentifyPanel
from widgets.layer_tree import LayerTree
from widgets.map_canvas import MapCanvas
from widgets.map_status import MapStatus
from widgets.map_tools import MapTool
from widgets.measure_tool import MeasureTool
from widgets.message_bar import MessageBar
from widgets.search_box import SearchBox
from widgets.select_tool import PolygonSelectTool, RectangleSelectTool
from widgets.task_list import TaskList
from widgets.tasks import TaskRunner
from widgets.ui_text import progress_text


class MainWindow(QtWidgets.QMainWindow):
    """One project on one map, with the docks around it."""

    def __init__(self, project) -> None:
        super().__init__()
        collect_on_gui_thread()  # before any worker starts: Qt objects are deleted on this thread only
        self.project = project
        self._placed = self._keep_layout = False  # sized and placed on the screen at the first show
        self.message_bar = MessageBar()
        self.tasks = TaskRunner(self)  # the map's frames run through it too
        self.canvas = MapCanvas(project, runner=self.tasks)
        self.canvas.task_error.connect(lambda exc: self.message_bar.push_exception(exc))
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.canvas, 1)
        self.setCentralWidget(central)
        self.tool = MapTool.PAN
        self._measure_message: str | None = None
        self.measure_tools = {mode: MeasureTool(self.canvas, mode, self) for mode in ("distance", "area")}
        for measure in self.measure_tools.values():
            measure.changed.connect(self._measuring)
            measure.finished.connect(self._measured)
        self.select_tool = RectangleSelectTool(self.canvas, self.selection_target, self)
        self.select_tool.selected.connect(self._box_selected)
        self.polygon_select_tool = PolygonSelectTool(self.canvas, self.selection_target, self)
        self.polygon_select_tool.selected.connect(self._box_selected)
        #: what the desks are lent (:class:`~console.workbench.Workbench`), and the map tools they brought
        self.workbench = WindowWorkbench(self)
        self.desk_tools: dict[str, DeskTool] = {}
        self._build_docks()
        self._build_status_bar()
        self.files = FileActions(self)
        self._build_actions()
        self.edit_actions = EditActions(self)  # the Edit menu: drawing and reshaping on the map
        #: the desks (:data:`console.desks.DESKS`) by name; each builds itself when someone logs in
        self.desks = make_desks(self.workbench)
        self.canvas.clicked.connect(self._map_clicked)
        self.setAcceptDrops(True)
        self._update_title()
        project.events.dirty.connect(self._update_title)
        self.show_saved_view()

    # ------------------------------------------------------------------ layout
    def _build_docks(self) -> None:
        self.layer_tree = LayerTree(self.project.layers)
        self.layer_tree.zoom_to_layer.connect(self.zoom_to_layer)
        self.layer_tree.open_table.connect(self.open_table)
        self.layer_tree.style_requested.connect(self.edit_style)
        self.layers_dock = self.add_dock(self.tr("Layers"), self.layer_tree, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea)
        self.identify_panel = IdentifyPanel()
        self.identify_dock = self.add_dock(self.tr("Identify"), self.identify_panel,
                                        QtCore.Qt.DockWidgetArea.RightDockWidgetArea)
        self.tables = QtWidgets.QTabWidget()
        self.tables.setTabsClosable(True)
        self.tables.tabCloseRequested.connect(self.tables.removeTab)
        self.table_dock = self.add_dock(self.tr("Attribute table"), self.tables,
                                     QtCore.Qt.DockWidgetArea.BottomDockWidgetArea)
        self.table_dock.hide()

    def add_dock(self, title: str, widget, area) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        # named after what it holds, not its (translated) title, so a saved layout fits both languages
        dock.setObjectName(widget.objectName() or f"{type(widget).__name__}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.task_list = TaskList(self.tasks)
        self.map_status = MapStatus(self.statusBar(), self.canvas, self.project, self.message_bar,
                                    self.task_list)
        self.coords_label = self.map_status.coords_label
        self.scale_box, self.crs_button = self.map_status.scale_box, self.map_status.crs_button
        self._scale_entered, self.choose_crs = self.map_status.scale_entered, self.map_status.choose_crs

    def _build_actions(self) -> None:
        files = self.files
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.setObjectName("file-menu")  # desks add to it through workbench.menu("file", ...)
        menu.addAction(self.make_action(self.tr("&Open data…"), files.open_dialog, QtGui.QKeySequence.StandardKey.Open))
        menu.addAction(self.make_action(self.tr("Open &project…"), files.open_project_dialog))
        self.recent_menu = menu.addMenu(self.tr("Recent files"))
        files.fill_recent_menu(self.recent_menu)
        menu.addAction(self.make_action(self.tr("Add &basemap (MBTiles)…"), self.add_basemap_dialog))
        menu.addAction(self.make_action(self.tr("Add &web basemap (XYZ/WMTS)…"),
                                    lambda: add_web_basemap_dialog(self)))
        menu.addSeparator()
        menu.addAction(self.make_action(self.tr("&Save project"), files.save, QtGui.QKeySequence.StandardKey.Save))
        menu.addAction(self.make_action(self.tr("Save project &as…"), files.save_as,
                                    QtGui.QKeySequence.StandardKey.SaveAs))
        menu.addSeparator()
        menu.addAction(self.make_action(self.tr("E&xit"), self.close, QtGui.QKeySequence.StandardKey.Quit))
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.make_action(self.tr("Zoom to &full extent"), lambda: self.canvas.zoom_to_extent(),
                                    "Ctrl+Shift+F"))
        self.bookmarks = Bookmarks(self, view.addMenu(self.tr("&Bookmarks")))
        for dock in (self.layers_dock, self.identify_dock, self.table_dock):
            view.addAction(dock.toggleViewAction())
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        group = QtGui.QActionGroup(self)
        toolbar = self.addToolBar(self.tr("Map tools"))
        toolbar.setObjectName("map-tools")
        toolbar.addAction(self.make_action(self.tr("Open"), files.open_dialog))
        toolbar.addSeparator()
        self.tool_actions = {}
        self.tool_group = group
        for key, label in ((MapTool.PAN, self.tr("Pan")), (MapTool.IDENTIFY, self.tr("Identify")),
                           (MapTool.SELECT, self.tr("Select by rectangle")),
                           (MapTool.SELECT_POLYGON, self.tr("Select by polygon")),
                           (MapTool.MEASURE_DISTANCE, self.tr("Measure distance")),
                           (MapTool.MEASURE_AREA, self.tr("Measure area"))):
            act = self._tool_action(key, label)
            tools.addAction(act)
            toolbar.addAction(act)
        toolbar.addAction(self.make_action(self.tr("Full extent"), lambda: self.canvas.zoom_to_extent()))
        toolbar.addSeparator()
        self.search_box = SearchBox(self.project)
        self.search_box.found.connect(self._search_found)
        toolbar.addWidget(self.search_box)

    def make_action(self, text: str, slot, shortcut=None) -> QtGui.QAction:
        """A menu or toolbar action that calls ``slot()`` with no arguments: ``triggered``'s ``checked``
        flag never reaches a slot whose first parameter means something else (a path, a limit)."""
        act = QtGui.QAction(text, self)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QtGui.QKeySequence(shortcut))
        return act

    def _tool_action(self, key: str, label: str) -> QtGui.QAction:
        act = self.make_action(label, lambda: self.set_tool(key))
        act.setCheckable(True)
        act.setChecked(key == self.tool)
        self.tool_group.addAction(act)
        self.tool_actions[key] = act
        return act

    # ------------------------------------------------------------------ tools
    def add_desk_tool(self, name: str, tool: DeskTool, label: str) -> QtGui.QAction:
        """Offer a desk's map tool among the window's (its action is checked while it is the tool)."""
        if name in self.tool_actions:
            raise ValueError(f"a map tool called {name!r} is already offered")
        self.desk_tools[name] = tool
        return self._tool_action(name, label)

    def log_in(self, session) -> None:
        """Work as the user of this store ``session``; the desks build what the role may use (once: a
        window serves one login)."""
        self.workbench.set_session(session)

    def set_tool(self, tool: MapTool | str) -> None:
        """Switch the map tool (a :class:`MapTool` or its name, such as ``"pan"``, or the name of a desk's
        tool; ValueError for another)."""
        before = self.desk_tools.get(self.tool)
        tool = self.tool = tool if tool in self.desk_tools else MapTool(tool)
        self.tool_actions[tool].setChecked(True)
        self.clear_measurement()
        if before is not None:
            before.deactivate()
        for mode, measure in self.measure_tools.items():
            if isinstance(tool, MapTool) and tool.measure_mode == mode:
                measure.activate()
            else:
                measure.deactivate()
        for key, select in ((MapTool.SELECT, self.select_tool),
                            (MapTool.SELECT_POLYGON, self.polygon_select_tool)):
            if tool == key:
                select.activate()
            else:
                select.deactivate()
        shapes = QtCore.Qt.CursorShape
        desk_tool = self.desk_tools.get(tool)
        cursor = desk_tool.cursor if desk_tool is not None else {
            MapTool.IDENTIFY: shapes.WhatsThisCursor, MapTool.PAN: shapes.OpenHandCursor}.get(tool, shapes.CrossCursor)
        self.canvas.viewport().setCursor(cursor)
        if desk_tool is not None:
            desk_tool.activate()
        self.workbench.tool_changed.emit(str(tool))

    def _measured(self, value: float, text: str) -> None:
        self._measure_message = self.tr("Measured: {result}").format(result=text)
        self.statusBar().showMessage(self._measure_message)

    def _measuring(self, text: str) -> None:
        self._measure_message = text
        self.statusBar().showMessage(text)

    def clear_measurement(self) -> None:
        """Forget the measurement shown (drawing and status-bar result): the tool changed or data opened."""
        for measure in self.measure_tools.values():
            if measure.points:
                measure.reset()
        if self._measure_message and self.statusBar().currentMessage() == self._measure_message:
            self.statusBar().clearMessage()
        self._measure_message = None

    def selection_target(self):
        """The layer a selection box selects in: the one chosen in the layer tree, else the top visible
        vector layer."""
        chosen = self.layer_tree.current_layer()
        if chosen is not None and hasattr(chosen, "query_bbox"):
            return chosen
        return next((lyr for lyr in self.project.layers if lyr.visible and hasattr(lyr, "query_bbox")),
                    None)

    def _box_selected(self, layer, rows) -> None:
        self.statusBar().showMessage(self.tr("{count} features selected in {layer}").format(
            count=len(rows), layer=layer.name))

    def _map_clicked(self, x: float, y: float) -> None:
        tool = self.tool  # a desk tool may choose another; the desks hear the one that was clicked with
        if tool in self.desk_tools:
            self.desk_tools[tool].clicked(x, y)
        elif tool == MapTool.IDENTIFY:
            self.identify_at(x, y)
        self.workbench.map_clicked.emit(x, y, str(tool))

    def identify_at(self, x: float, y: float, tolerance_px: float = 5.0) -> int:
        """List every feature under the point (a few pixels' tolerance) in the identify panel."""
        from layers.identify import identify

        tol = self.canvas.current_view().pixel_size * tolerance_px
        results = identify(self.project.layers, x, y, tol, self.project.crs)
        self.identify_dock.show()
        self.identify_dock.raise_()  # it may share its place with the incident detail as a tab
        return self.identify_panel.show_results(results)

    def _search_found(self, layer, row: int) -> None:
        geom = layer.data_in(self.project.crs).geometry.iloc[row]
        if geom is None or geom.is_empty:
            return
        minx, miny, maxx, maxy = geom.bounds
        pad = max(maxx - minx, maxy - miny, 300.0) * 0.6
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        self.canvas.zoom_to_extent((cx - pad, cy - pad, cx + pad, cy + pad))
        layer.selection = np.array([row], dtype=np.int64)

    # ------------------------------------------------------------------ layers
    def add_basemap_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Add basemap"), "",
                                                        self.tr("MBTiles basemaps (*.mbtiles)"))
        if path:
            self.add_basemap(Path(path))

    def add_basemap(self, path: Path):
        """Put an MBTiles basemap under all layers; returns the layer, or None when it cannot be read."""
        from layers.basemap import BasemapLayer

        try:
            layer = BasemapLayer(path)
        except Exception as exc:  # noqa: BLE001 — shown to the user, never a crash
            self.message_bar.push_exception(exc)
            return None
        self.project.layers.append(layer)
        return layer

    def zoom_to_layer(self, layer) -> None:
        self.canvas.zoom_to_extent(layer.extent_in(self.project.crs))

    def remember_view(self) -> None:
        """Keep the map's view in the project's settings (saved with it; not a change by itself)."""
        saved_view.remember(self.project, self.canvas)

    def show_saved_view(self) -> bool:
        """Show the view the project was saved with (True), else leave the map as it is (False)."""
        return saved_view.show(self.project, self.canvas)

    def open_table(self, layer):
        """The layer's attribute table, opened (or brought to the front) in the bottom row."""
        from widgets.attribute_table import AttributeTable  # built when first asked for

        for i in range(self.tables.count()):
            if self.tables.widget(i).layer is layer:
                self.tables.setCurrentIndex(i)
                self.show_table_dock()
                return self.tables.widget(i)
        table = AttributeTable(layer)
        table.zoom_to_selection.connect(self.zoom_to_selection)
        self.workbench.table_opened.emit(table)  # a desk may make its cells editable
        self.tables.addTab(table, layer.name)
        self.tables.setCurrentWidget(table)
        self.show_table_dock()
        return table

    def show_table_dock(self) -> None:
        """Show the attribute tables as a full-width tab beside the incident queue, not squeezed next
        to it."""
        show_in_bottom_row(self, self.table_dock)

    def zoom_to_selection(self, layer) -> None:
        rows = np.asarray(layer.selection, dtype=np.int64)
        if rows.size == 0:
            return
        geoms = layer.data_in(self.project.crs).geometry.iloc[rows]
        minx, miny, maxx, maxy = geoms.total_bounds
        pad = max(maxx - minx, maxy - miny, 200.0) * 0.1
        self.canvas.zoom_to_extent((minx - pad, miny - pad, maxx + pad, maxy + pad))

    def edit_style(self, layer) -> None:
        from widgets.style_dialog import StyleDialog

        dialog = StyleDialog(layer, self)
        dialog.open()

    # ------------------------------------------------------------------ status bar
    def set_project_crs(self, crs: str) -> None:
        """Draw the map in ``crs`` (a warning in the message bar when it is not a CRS)."""
        self.map_status.set_project_crs(crs)

    # ------------------------------------------------------------------ workers
    def run_task(self, fn, *args, label: str = "", done=None, key=None, failed=None, **kwargs):
        """Run ``fn(*args, progress=..., is_cancelled=...)`` as a task listed in the status bar (see
        :class:`~widgets.tasks.TaskRunner`); ``done(result)`` runs here unless it was cancelled, a failure
        goes to ``failed(exc)`` or else to the message bar."""
        task = self.tasks.start(fn, *args, name=label, key=key, done=done,
                                failed=failed or (lambda exc: self.message_bar.push_exception(exc, label)),
                                **kwargs)
        task.progressed.connect(self._show_progress)
        return task

    @property
    def _workers(self) -> list:
        """The tasks still running."""
        return self.tasks.tasks

    def _show_progress(self, fraction: float, message: str) -> None:
        if message:
            self.statusBar().showMessage(progress_text(message), 3000)  # in the user's language

    # ------------------------------------------------------------------ window
    def _update_title(self, *args) -> None:
        name = Path(self.project.path).name if self.project.path else self.tr("New project")
        star = "*" if self.project.dirty else ""
        title = self.tr("Township Console")
        self.setWindowTitle(f"{star}{name} — {title}")

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.warm_kernels()  # the file is on its way

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files.open_paths(paths)
            event.acceptProposedAction()

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible and not self._placed:  # the first show: size, place and docks for this screen
            self._placed = True
            # a window its caller sized (a script, a test) is not the user's: its layout is not kept
            self._keep_layout = place_window(self, self.files.settings)
        super().setVisible(visible)

    def warm_kernels(self) -> None:
        """Load the compiled kernels' machinery (numba) on a thread of its own while a person picks a file
        or drags one over the window: the first big file opened waited 1-2 s for it (binning a million
        points). Not at start: it would compete with the first zooms for the cores."""
        if not kernels_warm():
            threading.Thread(target=warm_up, name="warm-kernels", daemon=True).start()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.files.confirm_discard():
            self.tasks.shutdown(2.0)
            if self._placed and self._keep_layout:
                save_window(self, self.files.settings)
            event.accept()
        else:
            event.ignore()

