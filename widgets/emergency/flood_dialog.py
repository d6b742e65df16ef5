"""The "Flood from water level" dialog: a river gauge (its datum, latest stage and warning and danger levels
shown) and the water surface in metres above sea level, by default the gauge's danger level."""

from __future__ import annotations

import math

from PySide6 import QtWidgets


class FloodDialog(QtWidgets.QDialog):
    """Choose a water level for the flood.

    Parameters
    ----------
    gauges : list of dict
        ``code``, ``name``, ``datum`` (gauge datum, m above sea level; NaN when unknown), ``stage``
        (latest stage in m or None), ``warning`` and ``danger`` (stages in m).
    """

    def __init__(self, gauges: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("flood-dialog")
        self.setWindowTitle(self.tr("Flood from water level"))
        self.gauges = gauges
        self.gauge = QtWidgets.QComboBox()
        for g in gauges:
            self.gauge.addItem(f"{g['code']} {g['name']}")
        self.level = QtWidgets.QDoubleSpinBox()
        self.level.setObjectName("flood-level")
        self.level.setDecimals(2)
        self.level.setRange(-500.0, 9000.0)
        self.level.setSingleStep(0.1)
        self.level.setSuffix(" m")
        self.about = QtWidgets.QLabel()
        self.about.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QtWidgets.QFormLayout(self)
        if gauges:
            form.addRow(self.tr("River gauge"), self.gauge)
        form.addRow(self.tr("Water surface (m above sea level)"), self.level)
        form.addRow(self.about)
        form.addRow(buttons)
        self.gauge.currentIndexChanged.connect(self._gauge_chosen)
        self._gauge_chosen(0)

    def _gauge_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.gauges):
            self.about.setText(self.tr("No river gauge: type the water surface."))
            return
        g = self.gauges[index]
        datum = g.get("datum")
        if datum is None or not math.isfinite(datum):
            self.about.setText(self.tr("The gauge's datum is unknown: type the water surface."))
            return
        stage = g.get("stage")
        self.level.setValue(datum + float(g["danger"]))
        self.about.setText(self.tr("Datum {datum} m; warning {warning} m, danger {danger} m above it; "
                                   "latest stage {stage}.").format(
            datum=f"{datum:.2f}", warning=f"{g['warning']:.2f}", danger=f"{g['danger']:.2f}",
            stage="—" if stage is None else f"{stage:.2f} m"))

    def water_level(self) -> float:
        return float(self.level.value())
