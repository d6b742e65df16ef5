"""The layer model every kind of layer shares: name, visibility, opacity, style, CRS, selection, events.

A setter returns early when nothing changed, stores the value, then emits the matching signal of
``layer.events`` with the new value, so views stay in step without the model knowing them.
"""

from __future__ import annotations

import math
import re
import uuid

import numpy as np
from psygnal import Signal, SignalGroup

from datasources.crs import crs_to_string, transformer
from layers.code_lists import layer_title
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

    A layer has two names, as in QGIS: ``source_name`` is what its source calls it (a table, a file's layer,
    a store kind: ``villages``) and ``name`` is what the user sees. Until a display name is given
    (``title``, or by renaming), ``name`` is the source's name in the interface language: the township's
    own layers by their names in :data:`layers.code_lists.LAYER_TITLES` (行政村 / Villages), any other
    as its source calls it.

    Parameters
    ----------
    name : str
        The source's name of the layer.
    crs : str, optional
        ``"EPSG:xxxx"`` or WKT; None when unknown (then taken to be the project CRS).
    style : Style, optional
    visible : bool
    opacity : float
        0 (transparent) to 1 (opaque).
    id : str, optional
        A stable identifier (saved with the project); a new uuid4 hex when not given.
    title : str, optional
        The display name the user gave (saved with the project); None to show the source's name.
    """

    kind = "layer"
    #: the store kind a layer shown from the township store stands for (its data live in the store, the
    #: project file lists only the kind); None for every other layer
    store_kind: str | None = None
    #: events that change what is shown but not what the project file holds
    unsaved_events: frozenset[str] = frozenset({"selection"})
    events_class: type[LayerEvents] = LayerEvents

    def __init__(self, name: str, crs: str | None = None, style: Style | None = None,
                 visible: bool = True, opacity: float = 1.0, id: str | None = None,  # noqa: A002
                 title: str | None = None) -> None:
        self.events = self.events_class(instance=self)
        self._id = str(id) if id else uuid.uuid4().hex
        self._source_name = str(name)
        self._title = str(title).strip() if title and str(title).strip() else None
        self._visible = bool(visible)
        self._opacity = _check_opacity(opacity)
        self._style = style if style is not None else Style()
        self._crs = _normalise_crs(crs)
        self._selection = np.empty(0, dtype=np.int64)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} crs={self._crs!r} id={self._id[:8]}>"

    @property
    def id(self) -> str:
        """Stable identifier of the layer (uuid4 hex)."""
        return self._id

    @property
    def name(self) -> str:
        """The display name: the one given, else the source's name in the interface language."""
        return self._title or layer_title(self._source_name)

    @name.setter
    def name(self, value: str) -> None:
        value = str(value).strip()
        if not value or value == self.name:
            return
        # renamed back to the source's own name: follow the interface language again
        self._title = None if value == layer_title(self._source_name) else value
        self.events.name.emit(self.name)

    @property
    def source_name(self) -> str:
        """What the layer's source calls it (table, layer in the file, store kind)."""
        return self._source_name

    @property
    def title(self) -> str | None:
        """The display name the user gave, or None while the layer shows its source's name."""
        return self._title

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

    # ------------------------------------------------------------------ what every kind answers
    @property
    def in_project_file(self) -> bool:
        """True when the project file keeps this layer's state (a store layer's data stay in the store)."""
        return self.store_kind is None

    def state(self) -> dict:
        """The layer's entry in the project file (JSON-safe, but ``data`` and ``path`` go to the writer).

        ``name`` is the source's name (the table's, QGIS shows it); ``title`` the display name the user
        gave. A kind adds its own keys in :meth:`kind_state`; keys the writer does not know go in
        ``params`` (JSON-safe) and come back in the loaded entry."""
        entry = {"id": self.id, "name": self.source_name, "title": self.title, "visible": self.visible,
                 "opacity": self.opacity, "crs": self.crs, "style": self.style.to_dict(), "kind": self.kind}
        entry.update(self.kind_state())
        return entry

    def kind_state(self) -> dict:
        """What this kind adds to :meth:`state`."""
        raise TypeError(f"layer {self.name!r} ({type(self).__name__}) cannot be saved in a project")

    @classmethod
    def from_state(cls, entry: dict, options: dict, style: Style | None, warnings: list[str]):
        """The layer a loaded project entry describes (None when left out, the reason added to
        ``warnings``); ``options`` are the common ones (id, visible, opacity, title)."""
        raise TypeError(f"{cls.__name__} cannot be loaded from a project")

    def saved_to(self, path, entry: dict) -> None:
        """Hook: the project was written to ``path``; ``entry`` is this layer's entry as written."""

    def legend(self) -> list:
        """Legend rows (:class:`layers.style.LegendEntry`): one per category or class, none for a
        single symbol."""
        style = self.style
        if style is None or getattr(style, "kind", "single") == "single":
            return []
        return list(style.legend())


def layer_options(entry: dict) -> dict:
    """The options every layer kind takes from a saved entry (id, visibility, opacity, display name)."""
    return {"id": entry.get("id"), "visible": entry.get("visible", True),
            "opacity": entry.get("opacity", 1.0), "title": entry.get("title")}


_GENERIC_NAME = re.compile(r"^(?:layer|ogrgeojson|sheet)[ _]?(\d*)$", re.IGNORECASE)
_FILE_SUFFIXES = (".gz", ".zip", ".kmz", ".geojson", ".json", ".topo", ".topojson", ".shp", ".kml", ".csv",
                  ".gpkg")


def _without_suffixes(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in _FILE_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name, changed = name[: -len(suffix)], True
    return name


def file_layer_name(path, layer: str | None) -> str:
    """The name a layer read from ``path`` gets: its name in the file, or the file's name when the file
    gives only a generic one (``layer1``, ``OGRGeoJSON``) or none (``layer2`` becomes ``stem 2``)."""
    from pathlib import Path

    stem = _without_suffixes(Path(path).name)
    name = _without_suffixes(str(layer or "").strip())
    generic = _GENERIC_NAME.match(name)
    if not name or generic:
        number = generic.group(1) if generic else ""
        return f"{stem} {number}" if number and number != "1" else stem
    return name


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
