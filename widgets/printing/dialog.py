"""The print layout dialog: choose or name a layout, its page, title, author and scale, see the page, and
ask for a PDF or PNG (the desk runs the export as a long task)."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from layers.print_layout import PrintLayout, keep_layout, layouts_of

PREVIEW_DPI = 36.0


class PrintLayoutDialog(QtWidgets.QDialog):
    """Edits a :class:`~layers.print_layout.PrintLayout` of ``project`` with a preview of its page.

    Signals
    -------
    export_requested(PrintLayout, str)
        The layout as shown and the chosen ``.pdf`` or ``.png`` file.
    """

    export_requested = QtCore.Signal(object, str)

    def __init__(self, project, print_map=None, parent=None, map_view=None) -> None:
        super().__init__(parent)
        self.project = project
        #: ``map_view()``: the extent the map window shows (project CRS), offered as the print's extent
        self._map_view = map_view
        self._print_map = print_map
        self.setWindowTitle(self.tr("Print layout"))
        self.setObjectName("print-layout-dialog")
        form = QtWidgets.QFormLayout()
        self.layouts = QtWidgets.QComboBox()
        self.name = QtWidgets.QLineEdit()
        self.page = QtWidgets.QComboBox()
        self.page.addItems(["A4", "A3"])
        self.orientation = QtWidgets.QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.title = QtWidgets.QLineEdit()
        self.author = QtWidgets.QLineEdit()
        self.scale = QtWidgets.QLineEdit()
        self.scale.setPlaceholderText(self.tr("fit the map (e.g. 1:25000)"))
        self.legend = QtWidgets.QCheckBox(self.tr("Legend"))
        self.scale_bar = QtWidgets.QCheckBox(self.tr("Scale bar"))
        self.north_arrow = QtWidgets.QCheckBox(self.tr("North arrow"))
        parts = QtWidgets.QHBoxLayout()
        for box in (self.legend, self.scale_bar, self.north_arrow):
            box.setChecked(True)
            parts.addWidget(box)
        form.addRow(self.tr("Layout"), self.layouts)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Page"), self.page)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(parts)
        self.use_view = QtWidgets.QCheckBox(self.tr("Print what the map window shows"))
        self.use_view.setEnabled(map_view is not None)
        form.addRow(self.use_view)
        self.problem = QtWidgets.QLabel()
        self.problem.setStyleSheet("color: #b03020")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        self.preview = QtWidgets.QLabel()
        self.preview.setObjectName("print-preview")
        self.preview.setMinimumSize(420, 320)
        self.preview.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #8a8a8a")
        buttons = QtWidgets.QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Keep in project"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("Export PDF…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.png_button = buttons.addButton(self.tr("Export PNG…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        self.save_button.clicked.connect(lambda: self.keep())
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.png_button.clicked.connect(lambda: self.ask_export(".png"))
        left = QtWidgets.QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        row = QtWidgets.QHBoxLayout()
        row.addLayout(left, 0)
        row.addWidget(self.preview, 1)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(buttons)
        self._timer = QtCore.QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        self._fill_layouts()
        self.layouts.currentIndexChanged.connect(self._layout_chosen)
        for edit in (self.name, self.title, self.author, self.scale):
            edit.textChanged.connect(self._changed)
        for combo in (self.page, self.orientation):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.legend, self.scale_bar, self.north_arrow, self.use_view):
            box.toggled.connect(self._changed)
        self._layout_chosen()

    # ------------------------------------------------------------------ layouts
    def _fill_layouts(self) -> None:
        self.layouts.blockSignals(True)
        self.layouts.clear()
        for layout in layouts_of(self.project.settings):
            self.layouts.addItem(layout.name, layout)
        self.layouts.addItem(self.tr("New layout"), None)
        self.layouts.blockSignals(False)

    def _layout_chosen(self, *args) -> None:
        layout = self.layouts.currentData()
        if layout is None:
            title = str(self.project.settings.get("title") or "")
            layout = PrintLayout(name=self._free_name(), title=title)
        self.show_layout(layout)

    def _free_name(self) -> str:
        names = {layout.name for layout in layouts_of(self.project.settings)}
        base = self.tr("map")
        n, name = 1, base
        while name in names:
            n += 1
            name = f"{base} {n}"
        return name

    def show_layout(self, layout: PrintLayout) -> None:
        """Put ``layout`` in the fields (and the preview)."""
        self._extra = {"extent": layout.extent, "date": layout.date, "sources": layout.sources, "dpi": layout.dpi}
        self.name.setText(layout.name)
        self.page.setCurrentText(layout.page)
        self.orientation.setCurrentIndex(self.orientation.findData(layout.orientation))
        self.title.setText(layout.title)
        self.author.setText(layout.author)
        self.scale.setText(f"1:{layout.scale:.0f}" if layout.scale else "")
        self.legend.setChecked(layout.legend)
        self.scale_bar.setChecked(layout.scale_bar)
        self.north_arrow.setChecked(layout.north_arrow)
        self.use_view.setChecked(False)  # the layout's own extent, or every layer
        self._changed()

    def chosen_layout(self) -> PrintLayout:
        """The layout as the fields say (ValueError, in one sentence, when they cannot be printed)."""
        text = self.scale.text().replace(",", "").replace(" ", "")
        scale = None
        if text:
            try:
                scale = float(text[2:] if text.startswith("1:") else text)
            except ValueError as exc:
                raise ValueError(self.tr("The scale must look like 1:25000.")) from exc
        return PrintLayout(name=self.name.text().strip(), page=self.page.currentText(),
                           orientation=self.orientation.currentData(), title=self.title.text().strip(),
                           author=self.author.text().strip(), scale=scale, legend=self.legend.isChecked(),
                           scale_bar=self.scale_bar.isChecked(), north_arrow=self.north_arrow.isChecked(),
                           **{**self._extra, **self._view_extent()})

    def _view_extent(self) -> dict:
        """The map window's extent when the box asks for it (else the layout's own, or every layer)."""
        if not self.use_view.isChecked() or self._map_view is None:
            return {}
        return {"extent": tuple(float(v) for v in self._map_view())}

    def keep(self) -> PrintLayout | None:
        """Keep the layout in the project (saved with it); None when the fields cannot be printed."""
        layout = self._valid()
        if layout is not None:
            keep_layout(self.project, layout)
            self._fill_layouts()
            self.layouts.blockSignals(True)
            self.layouts.setCurrentIndex(self.layouts.findText(layout.name))
            self.layouts.blockSignals(False)
        return layout

    def _valid(self) -> PrintLayout | None:
        try:
            layout = self.chosen_layout()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return None
        self.problem.setText("")
        return layout

    # ------------------------------------------------------------------ preview and export
    def _changed(self, *args) -> None:
        self._timer.start()

    def print_map(self):
        if self._print_map is None:
            from widgets.printing.map_picture import PrintMap

            self._print_map = PrintMap(self.project)
        return self._print_map

    def update_preview(self) -> QtGui.QImage | None:
        """Draw the page small beside the fields; the picture drawn (None when the fields are wrong)."""
        layout = self._valid()
        if layout is None:
            return None
        from widgets.printing.export import page_image

        try:
            image = page_image(self.project, layout, self.print_map(), PREVIEW_DPI)
        except ValueError as exc:  # nothing to show
            self.problem.setText(str(exc))
            return None
        pixmap = QtGui.QPixmap.fromImage(image)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                                             QtCore.Qt.TransformationMode.SmoothTransformation))
        return image

    def ask_path(self, suffix: str) -> str:
        """The file to write (a save dialog; tests replace this)."""
        name = (self.name.text().strip() or "map") + suffix
        folder = self.project.path.parent if self.project.path else QtCore.QDir.homePath()
        kind = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("PNG image, 300 dpi (*.png)")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Export the map"),
                                                        str(QtCore.QDir(str(folder)).filePath(name)), kind)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def ask_export(self, suffix: str) -> None:
        layout = self._valid()
        if layout is None:
            return
        path = self.ask_path(suffix)
        if path:
            self.export_requested.emit(layout, path)
