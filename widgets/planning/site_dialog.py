"""The dialog of a planned site: its kind, name, mast height, village, status, range, sector, radio
(frequency and radiated power, empty for 900 MHz and 58 dBm), cost and notes."""

from __future__ import annotations

from PySide6 import QtWidgets

from layers.planning.site_layer import (
    DEFAULT_EIRP_DBM,
    DEFAULT_FREQUENCY_MHZ,
    SITE_KINDS,
    STATUSES,
    kind_of,
)
from widgets.planning.names import kind_label, status_label

POWER_UNSET = -50.0  # the power box's lowest value: no power stored


class SiteDialog(QtWidgets.QDialog):
    """Ask what a planned site is; :meth:`values` gives the store's fields (without the geometry).

    Parameters
    ----------
    villages : dict
        Village code -> name, in the order offered.
    values : dict, optional
        The site's present fields (editing), else a new site's defaults.
    """

    def __init__(self, villages: dict, values: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        values = dict(values or {})
        self.setWindowTitle(self.tr("Planned site") if values.get("name") else self.tr("New planned site"))
        form = QtWidgets.QFormLayout(self)
        self.kind = QtWidgets.QComboBox()
        for code in SITE_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.name = QtWidgets.QLineEdit(str(values.get("name") or ""))
        self.name.setPlaceholderText(self.tr("e.g. Qingxi hill tower"))
        self.height = QtWidgets.QDoubleSpinBox()
        self.height.setRange(0.0, 200.0)
        self.height.setDecimals(1)
        self.height.setSuffix(" m")
        self.village = QtWidgets.QComboBox()
        self.village.addItem(self.tr("(none)"), None)
        for code, name in villages.items():
            self.village.addItem(f"{name} ({code})", code)
        self.status = QtWidgets.QComboBox()
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.range = _spin(0.0, 50000.0, " m", 0)
        self.sector = QtWidgets.QCheckBox(self.tr("Sector or field of view"))
        self.azimuth = _spin(0.0, 359.9, "°", 1)
        self.beam = _spin(1.0, 359.0, "°", 0)
        self.beam.setValue(120.0)
        # the radio: the lowest value of each box means "not stored" (the defaults are shown)
        self.frequency = _spin(0.0, 100_000.0, " MHz", 0)
        self.frequency.setSpecialValueText(self.tr("default ({value:g} MHz)").format(value=DEFAULT_FREQUENCY_MHZ))
        self.power = _spin(POWER_UNSET, 90.0, " dBm", 1)
        self.power.setSpecialValueText(self.tr("default ({value:g} dBm)").format(value=DEFAULT_EIRP_DBM))
        self.power.setValue(POWER_UNSET)
        self.frequency.setToolTip(self.tr("The carrier frequency of a radio site (a mobile tower): it sets the "
                                          "signal levels"))
        self.power.setToolTip(self.tr("The power the antenna radiates (EIRP): it sets the signal levels"))
        self.cost = _spin(0.0, 1e9, " ¥", 0)
        self.notes = QtWidgets.QLineEdit(str(values.get("notes") or ""))
        sector = QtWidgets.QHBoxLayout()
        sector.addWidget(self.sector)
        sector.addWidget(QtWidgets.QLabel(self.tr("towards")))
        sector.addWidget(self.azimuth)
        sector.addWidget(QtWidgets.QLabel(self.tr("width")))
        sector.addWidget(self.beam)
        self.sector.toggled.connect(self.azimuth.setEnabled)
        self.sector.toggled.connect(self.beam.setEnabled)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Mast or camera height"), self.height)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Range"), self.range)
        form.addRow(sector)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Radiated power (EIRP)"), self.power)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        kind = str(values.get("kind") or "tower")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_chosen()
        if values.get("height_m") is not None:
            self.height.setValue(float(values["height_m"]))
        self.village.setCurrentIndex(max(0, self.village.findData(values.get("village_code"))))
        self.status.setCurrentIndex(max(0, self.status.findData(str(values.get("status") or "draft"))))
        if _given(values.get("range_m")):
            self.range.setValue(float(values["range_m"]))
        given = _given(values.get("azimuth_deg"))
        self.sector.setChecked(given)
        self.azimuth.setEnabled(given)
        self.beam.setEnabled(given)
        if given:
            self.azimuth.setValue(float(values["azimuth_deg"]))
            if _given(values.get("beam_width_deg")):
                self.beam.setValue(float(values["beam_width_deg"]))
        if _given(values.get("frequency_mhz")):
            self.frequency.setValue(float(values["frequency_mhz"]))
        if _given(values.get("eirp_dbm")):
            self.power.setValue(float(values["eirp_dbm"]))
        if _given(values.get("cost")):
            self.cost.setValue(float(values["cost"]))

    def _kind_chosen(self, *args) -> None:
        spec = kind_of(self.kind.currentData())
        self.height.setValue(spec.height_m)
        self.range.setValue(spec.range_m)

    def values(self) -> dict:
        sector = self.sector.isChecked()
        return {"kind": self.kind.currentData(), "name": self.name.text().strip() or None,
                "height_m": float(self.height.value()), "village_code": self.village.currentData(),
                "status": self.status.currentData(), "range_m": float(self.range.value()),
                "azimuth_deg": float(self.azimuth.value()) if sector else None,
                "beam_width_deg": float(self.beam.value()) if sector else None,
                "frequency_mhz": float(self.frequency.value()) or None,
                "eirp_dbm": float(self.power.value()) if self.power.value() > POWER_UNSET else None,
                "cost": float(self.cost.value()) or None, "notes": self.notes.text().strip() or None}


def _given(value) -> bool:
    try:
        return value is not None and float(value) == float(value)
    except (TypeError, ValueError):
        return False


def _spin(lo: float, hi: float, suffix: str, decimals: int) -> QtWidgets.QDoubleSpinBox:
    spin = QtWidgets.QDoubleSpinBox()
    spin.setRange(lo, hi)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin
