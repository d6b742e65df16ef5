"""The style dialog: single symbol, categorized or graduated (with colour ramps), and labels by field."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets


class StyleDialog(QtWidgets.QDialog):
    """Edits a copy of the layer's style; Apply/OK write it back (the map follows the layer's event)."""

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        from layers.code_lists import field_alias
        from layers.ramps import RAMPS
        from widgets.ui_text import ramp_name

        self.layer = layer
        kind = getattr(layer, "store_kind", None) or getattr(layer, "source_name", None) or layer.name
        self._alias = {c: field_alias(kind, c) for c in layer.data.columns}
        self.setWindowTitle(self.tr("Style — {name}").format(name=layer.name))
        style = layer.style
        fields = [c for c in layer.data.columns if c not in (layer.data.geometry.name, "_problem")]
        numeric = [c for c in fields if layer.data[c].dtype.kind in "iuf"]
        self.kind = QtWidgets.QComboBox()
        for key, label in (("single", self.tr("Single symbol")), ("categorized", self.tr("Categorized")),
                           ("graduated", self.tr("Graduated"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(style.kind)))
        self.field = QtWidgets.QComboBox()
        self._fields, self._numeric = fields, numeric
        self.ramp = QtWidgets.QComboBox()
        for key in RAMPS:
            self.ramp.addItem(ramp_name(key), key)  # named in the user's language, the key kept as data
        if style.ramp in RAMPS:
            self.ramp.setCurrentIndex(self.ramp.findData(style.ramp))
        self.method = QtWidgets.QComboBox()
        for key, label in (("quantiles", self.tr("Quantiles")), ("equal_interval", self.tr("Equal interval")),
                           ("natural_breaks", self.tr("Natural breaks (Jenks)"))):
            self.method.addItem(label, key)
        self.method.setCurrentIndex(max(0, self.method.findData(style.method)))
        self.classes = QtWidgets.QSpinBox()
        self.classes.setRange(2, 12)
        self.classes.setValue(style.k or 5)
        self.fill = _ColourButton(style.fill)
        self.stroke = _ColourButton(style.stroke)
        self.label_field = QtWidgets.QComboBox()
        self.label_field.addItem(self.tr("(no labels)"), None)
        for f in fields:
            self.label_field.addItem(self._field_text(f), f)
        if style.label_field:
            self.label_field.setCurrentIndex(max(0, self.label_field.findData(style.label_field)))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Renderer"), self.kind)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Colour ramp"), self.ramp)
        form.addRow(self.tr("Classification"), self.method)
        form.addRow(self.tr("Classes"), self.classes)
        form.addRow(self.tr("Fill"), self.fill)
        form.addRow(self.tr("Outline"), self.stroke)
        form.addRow(self.tr("Labels"), self.label_field)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Apply
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if style.field:
            self.field.setCurrentIndex(max(0, self.field.findData(style.field)))

    def _field_text(self, field: str) -> str:
        """A field as the list shows it: its alias with its name (名称 (name_zh)), or its name."""
        alias = self._alias.get(field, field)
        return field if alias == field else f"{alias} ({field})"

    def _kind_changed(self, *args) -> None:
        kind = self.kind.currentData()
        current = self.field.currentData()
        self.field.clear()
        for f in self._numeric if kind == "graduated" else self._fields:
            self.field.addItem(self._field_text(f), f)
        if current:
            self.field.setCurrentIndex(max(0, self.field.findData(current)))
        for w in (self.field, self.ramp):
            w.setEnabled(kind != "single")
        for w in (self.method, self.classes):
            w.setEnabled(kind == "graduated")

    def build_style(self):
        """The style the dialog describes, built from the layer's data."""
        from layers.style import Style

        kind = self.kind.currentData()
        data = self.layer.data
        field = self.field.currentData()
        if kind == "categorized" and field:
            style = Style.categorized(data, field, self.ramp.currentData())
        elif kind == "graduated" and field:
            style = Style.graduated(data, field, self.method.currentData(), self.classes.value(),
                                    self.ramp.currentData())
        else:
            style = Style(kind="single")
        return style.replace(fill=self.fill.colour, stroke=self.stroke.colour,
                             stroke_width=self.layer.style.stroke_width,
                             marker_size=self.layer.style.marker_size,
                             label_field=self.label_field.currentData())

    def apply(self) -> None:
        self.layer.style = self.build_style()

    def accept(self) -> None:
        self.apply()
        super().accept()


class _ColourButton(QtWidgets.QPushButton):
    def __init__(self, colour: str) -> None:
        super().__init__()
        self.colour = colour
        self.clicked.connect(self._pick)
        self._paint()

    def _paint(self) -> None:
        self.setText(self.colour)
        self.setStyleSheet(f"QPushButton {{ background: {self.colour}; }}")

    def _pick(self) -> None:
        chosen = QtWidgets.QColorDialog.getColor(QtGui.QColor(self.colour), self)
        if chosen.isValid():
            self.colour = chosen.name()
            self._paint()
