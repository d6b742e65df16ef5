"""The layer model every kind of layer shares: name, visibility, opacity, style, CRS, selection, events.

A setter returns early when nothing changed, stores the value, then emits the matching signal of
``layer.events`` with the new value, so views stay in step without the model knowing them.
"""

from __future__ import annotations

import math
import uuid

import numpy as np
from psygnal import Signal, SignalGroup

from datasources.crs import crs_to_string, transformer
from layers.style import Style

Extent = tuple[float, float, float, float]


class LayerEvents(SignalGroup):
    """Signals of a layer; each emits the new value (``data`` emits the layer)."""

    name = Signal(str)
    visible = Signal(bool)
    opacity = Signal(float)
    style = Signal(object)
    crs = Signal(object)
    selection = Signal(object)
    data = Signal(object)


class Layer:
    """What every layer on the map has.

    Parameters
    ----------
    name : str
    crs : str, optional
        ``"EPSG:xxxx"`` or WKT; None when unknown (then taken to be the project CRS).
    style : Style, optional
    visible : bool
    opacity : float
        0 (transparent) to 1 (opaque).
    id : str, optional
        A stable identifier (saved with the project); a new uuid4 hex when not given.
    """

    kind = "layer"

    def __init__(self, name: str, crs: str | None = None, style: Style | None = None,
                 visible: bool = True, opacity: float = 1.0, id: str | None = None) -> None:  # noqa: A002
        self.events = LayerEvents(instance=self)
        self._id = str(id) if id else uuid.uuid4().hex
        self._name = str(name)
        self._visible = bool(visible)
        self._opacity = _check_opacity(opacity)
        self._style = style if style is not None else Style()
        self._crs = _normalise_crs(crs)
        self._selection = np.empty(0, dtype=np.int64)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name!r} crs={self._crs!r} id={self._id[:8]}>"

    @property
    def id(self) -> str:
        """Stable identifier of the layer (uuid4 hex)."""
        return self._id

    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        value = str(value)
        if value == self._name:
            return
        self._name = value
        self.events.name.emit(value)

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        value = bool(value)
        if value == self._visible:
            return
        self._visible = value
        self.events.visible.emit(value)

    @property
    def opacity(self) -> float:
        return self._opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        value = _check_opacity(value)
        if value == self._opacity:
            return
        self._opacity = value
        self.events.opacity.emit(value)

    @property
    def style(self) -> Style:
        return self._style

    @style.setter
    def style(self, value: Style) -> None:
        if not isinstance(value, Style):
            raise TypeError(f"a layer style must be a Style, not {type(value).__name__}")
        if value == self._style:
            return
        self._style = value
        self.events.style.emit(value)

    @property
    def crs(self) -> str | None:
        """The CRS the layer's coordinates are in: ``"EPSG:xxxx"``, WKT, or None when unknown."""
        return self._crs

    @crs.setter
    def crs(self, value: str | None) -> None:
        value = _normalise_crs(value)
        if value == self._crs:
            return
        self._crs = value
        self._crs_changed()
        self.events.crs.emit(value)

    @property
    def crs_unknown(self) -> bool:
        """True when the layer declares no CRS and is drawn as if in the project CRS."""
        return self._crs is None

    @property
    def selection(self) -> np.ndarray:
        """Row positions (int64) of the selected features."""
        return self._selection

    @selection.setter
    def selection(self, value) -> None:
        rows = np.unique(np.asarray(value, dtype=np.int64).ravel())
        if np.array_equal(rows, self._selection):
            return
        rows.setflags(write=False)
        self._selection = rows
        self.events.selection.emit(rows)

    @property
    def extent(self) -> Extent | None:
        """(minx, miny, maxx, maxy) in the layer CRS; None when the layer has nothing to place."""
        return None

    def extent_in(self, crs: str | None) -> Extent | None:
        """The extent in ``crs`` (edges densified, so curved edges are covered); None when unknown."""
        extent = self.extent
        if extent is None or not all(map(math.isfinite, extent)):
            return None
        if crs is None or self._crs is None or _same_crs(self._crs, crs):
            return extent
        bounds = transformer(self._crs, crs).transform_bounds(*extent, densify_pts=21)
        if not all(map(math.isfinite, bounds)):
            return None
        return tuple(float(v) for v in bounds)

    def _crs_changed(self) -> None:
        """Hook for subclasses to drop what depends on the CRS."""


def _check_opacity(value: float) -> float:
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"opacity must be between 0 and 1, not {value}")
    return value


def _normalise_crs(value) -> str | None:
    if value is None or value == "":
        return None
    text = crs_to_string(value)
    if text is None:
        raise ValueError(f"not a coordinate reference system: {str(value)[:80]!r}")
    return text


def _same_crs(a: str, b: str) -> bool:
    return a == b or crs_to_string(a) == crs_to_string(b)
