"""A township project: the layers on the map, the map's CRS and settings, saved as one GeoPackage."""

from __future__ import annotations

from pathlib import Path

from psygnal import EmissionInfo, Signal, SignalGroup

from datasources.errors import QT_TRANSLATE_NOOP, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.gpkg_raster import drawable_raster_tables, gpkg_raster_name, gpkg_tables
from datasources.notes import file_note
from datasources.options import ReadOptions
from datasources.project_file import is_project_file, load_project, save_project
from layers.base import Layer, _normalise_crs
from layers.kinds import layer_from_entry
from layers.layer_list import LayerList
from layers.raster import RasterLayer
from layers.vector import VectorLayer

__all__ = ["DEFAULT_CRS", "RASTER_SUFFIXES", "Project", "is_project_file"]

DEFAULT_CRS = "EPSG:4549"  # CGCS2000 3-degree Gauss-Kruger CM 120E
RASTER_SUFFIXES = frozenset({".tif", ".tiff", ".gtiff", ".img", ".asc", ".jp2"})
_DRAW_ORDER = {"point": 0, "line": 1, "mixed": 2, "polygon": 3, "none": 4}


def is_store_layer(layer) -> bool:
    """A layer shown from the township store: the project file keeps only its kind, never its data."""
    return getattr(layer, "store_kind", None) is not None


class ProjectEvents(SignalGroup):
    """``crs`` emits the new CRS, ``dirty`` the new flag, ``path`` the new file path, ``replaced`` when another
    project's layers took the place of these (File > Open project): a desk puts its live layers back."""

    crs = Signal(str)
    dirty = Signal(bool)
    path = Signal(object)
    replaced = Signal()


class Project:
    """The layers of a township map and how they are shown.

    Parameters
    ----------
    crs : str
        The map's CRS (``"EPSG:xxxx"`` or WKT); layers in other CRSs are reprojected on the fly.
    settings : dict, optional
        JSON-safe settings saved with the project (desk choices...). Call :meth:`mark_dirty` after
        changing them in place. ``view`` (the map's extent, ``[minx, miny, maxx, maxy]`` in ``view_crs``)
        is written by the window just before saving and is not a change by itself.
    """

    def __init__(self, crs: str = DEFAULT_CRS, settings: dict | None = None) -> None:
        self.events = ProjectEvents(instance=self)
        self.layers = LayerList()
        self._crs = _normalise_crs(crs) or DEFAULT_CRS
        self.settings: dict = dict(settings or {})
        self._path: Path | None = None
        self._dirty = False
        self.warnings: list[str] = []
        ev = self.layers.events
        for signal in (ev.removed, ev.moved, ev.changed, ev.reordered):
            signal.connect(self.mark_dirty)
        ev.inserted.connect(self._layer_inserted)
        ev.child_event.connect(self._layer_changed)

    def __repr__(self) -> str:
        return f"<Project {self._path or 'unsaved'} crs={self._crs} layers={len(self.layers)}>"

    # ------------------------------------------------------------------ state
    @property
    def crs(self) -> str:
        return self._crs

    @crs.setter
    def crs(self, value: str) -> None:
        value = _normalise_crs(value)
        if value is None:
            raise ValueError("a project needs a CRS")
        if value == self._crs:
            return
        self._crs = value
        self.events.crs.emit(value)
        self.mark_dirty()

    @property
    def path(self) -> Path | None:
        """The project file, once saved or loaded."""
        return self._path

    @property
    def dirty(self) -> bool:
        """True when something changed since the project was last saved or loaded."""
        return self._dirty

    def mark_dirty(self, *args) -> None:
        """Note an unsaved change (list and layer events call this themselves)."""
        if not self._dirty:
            self._dirty = True
            self.events.dirty.emit(True)

    def _mark_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.events.dirty.emit(False)

    def _layer_inserted(self, index: int, layer) -> None:
        # a store layer comes with the login (its data lives in the store): showing it is no change to
        # ask about on quitting; the project still lists it when it is saved
        if not is_store_layer(layer):
            self.mark_dirty()

    def _layer_changed(self, info: EmissionInfo) -> None:
        name = getattr(info.signal, "name", "")
        layer = self.layers[info.path[0].index] if info.path else None
        if name in getattr(layer, "unsaved_events", ("selection",)):
            return
        if name == "data" and is_store_layer(layer):
            return  # a store layer's data is saved in the store, not in the project file
        self.mark_dirty()

    # ------------------------------------------------------------------ adding data
    @classmethod
    def for_file(cls, path: str | Path) -> Project:
        """An empty project whose CRS suits the file: its own CRS when projected, else a metric CRS
        for where the data lie (Gauss-Kruger in China, UTM elsewhere), else the default."""
        crs, bounds = _file_crs_and_bounds(Path(path))
        if crs is None:
            return cls()
        from pyproj import CRS

        if CRS.from_user_input(crs).is_projected or bounds is None:
            return cls(crs=crs)
        from layers.measure import metric_crs_for

        try:
            return cls(crs=metric_crs_for(bounds, crs))
        except Exception:  # noqa: BLE001 — odd bounds: fall back to the file's own CRS
            return cls(crs=crs)

    def add_file(self, path: str | Path, options: ReadOptions | None = None,
                 feedback: Feedback | None = None, **raster_options) -> list[Layer]:
        """Read a data file and put its layers on top of the map.

        Rasters (``.tif``, ``.tiff``...) become one :class:`RasterLayer`; anything else goes through
        :func:`datasources.vector.open_vectors` and gives a :class:`VectorLayer` per layer in the file,
        points drawn above lines above polygons.

        Parameters
        ----------
        path : str or Path
        options : ReadOptions, optional
            The caller's choices (``encoding``, ``crs``...); ``project_crs`` is this project's CRS
            unless given.
        feedback : Feedback, optional
        **raster_options
            Passed to ``RasterLayer`` (``band``, ``name``).

        Returns
        -------
        list of Layer
            The new layers, top first.
        """
        options = ReadOptions.of(options)
        if options.project_crs is None:
            options = options.replace(project_crs=self._crs)
        layers = layers_from_file(path, options, feedback, self.warnings, **raster_options)
        for i, layer in enumerate(layers):
            self.layers.insert(i, layer)
        return layers

    def replace_with(self, other: Project) -> None:
        """Take over ``other``'s layers, CRS, settings and file (File > Open project in a window)."""
        self.layers.clear()
        self.crs = other.crs
        self.settings = dict(other.settings)
        self.warnings = list(other.warnings)
        self.layers.extend(list(other.layers))
        if other.path is not None:
            self._set_path(other.path)
        self._mark_clean()
        self.events.replaced.emit()

    # ------------------------------------------------------------------ saving
    def save(self, path: str | Path | None = None, feedback: Feedback | None = None) -> Path:
        """Write the project file (atomically) and clear ``dirty``.

        Parameters
        ----------
        path : str or Path, optional
            By default where it was last saved or loaded from.
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("the project has no file yet: give a path")
        if target.suffix.lower() != ".gpkg":
            target = target.with_suffix(".gpkg")
        saved = [layer for layer in self.layers if getattr(layer, "in_project_file", True)]
        entries = [layer.state() for layer in saved]
        store_layers = [layer.store_kind for layer in self.layers if is_store_layer(layer)]
        self.settings.pop("store_layers", None)
        if store_layers:
            self.settings["store_layers"] = store_layers
        save_project(target, entries, {**self.settings, "crs": self._crs}, feedback)
        for layer, entry in zip(saved, entries, strict=True):
            layer.saved_to(target, entry)
        self._set_path(target)
        self._mark_clean()
        return target

    @classmethod
    def load(cls, path: str | Path, feedback: Feedback | None = None) -> Project:
        """Open a project file; layers whose raster file is missing are left out and named in
        ``warnings``."""
        path = Path(path)
        entries, settings = load_project(path, feedback)
        crs = settings.pop("crs", DEFAULT_CRS)
        settings.pop("format_version", None)
        project = cls(crs=crs, settings=settings)
        layers = [layer for layer in (layer_from_entry(e, project.warnings) for e in entries) if layer]
        # tables without geometry are not drawn: they follow the drawn layers (the *Tables* group)
        layers.sort(key=lambda layer: getattr(layer, "geometry_kind", None) == "none")
        project.layers.extend(layers)
        project._set_path(path)
        project._mark_clean()
        return project

    def _set_path(self, path: Path) -> None:
        if path != self._path:
            self._path = path
            self.events.path.emit(path)


def layers_from_file(path: str | Path, options: ReadOptions | None = None,
                     feedback: Feedback | None = None, warnings: list[str] | None = None,
                     **raster_options) -> list[Layer]:
    """Read a data file into layers, top first, without adding them to a project (worker-safe).

    Rasters (``.tif``, ``.tiff``...) become one :class:`RasterLayer` (``raster_options``: ``band``,
    ``name``); anything else goes through :func:`datasources.vector.open_vectors` with ``options`` and
    gives a :class:`VectorLayer` per layer in the file, points drawn above lines above polygons.
    Township layers known by name get their township look. ``options.validity="deferred"`` opens fast
    and leaves the full geometry check to :meth:`VectorLayer.check_validity` (see
    :func:`datasources.vector.open_vector`); ``options.project_crs`` is the hint for a missing CRS.
    Notes on what was assumed go to ``warnings`` when given.
    """
    from layers.township import apply_township_look

    path = Path(path)
    options = ReadOptions.of(options)
    project_crs = options.project_crs
    if path.suffix.lower() in RASTER_SUFFIXES:
        return [RasterLayer(path, **raster_options)]
    from datasources.vector import open_vectors

    vector_tables, raster_tables = gpkg_tables(path) if path.suffix.lower() == ".gpkg" else ([], [])
    sources = [] if raster_tables and not vector_tables else open_vectors(path, options, feedback)
    layers = [VectorLayer.from_source(src) for src in sources]
    # a GeoPackage's raster tables (a DEM made by QGIS or GDAL) come as raster layers, beneath the rest
    drawable, left_out = drawable_raster_tables(path, project_crs) if raster_tables else ([], [])
    if raster_tables and not layers and not drawable:
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "its raster cannot be drawn in the "
                                                        "project's coordinate system ({reason})"),
                                QT_TRANSLATE_NOOP("DataSourceError",
                                                  "Warp the raster to the project's coordinate system first."),
                                reason=left_out[0])
    layers += [RasterLayer(gpkg_raster_name(path, table), name=table) for table in drawable]
    if warnings is not None:
        warnings.extend(file_note(path.name, note) for note in left_out)
        for src in sources:
            warnings.extend(file_note(src.path.name, w) for w in src.warnings)
    layers.sort(key=lambda layer: _DRAW_ORDER.get(getattr(layer, "geometry_kind", "raster"), 5))
    apply_township_look(layers)
    return layers


def _file_crs_and_bounds(path: Path):
    """(crs, lon/lat-or-native bounds) of a data file, cheaply; (None, None) when unknown."""
    try:
        if path.suffix.lower() in RASTER_SUFFIXES:
            from datasources.raster import open_raster

            info = open_raster(path)
            return info.crs, tuple(info.bounds)
        from datasources.vector import list_layers

        layers = list_layers(path)
        crs = next((layer.crs for layer in layers if layer.crs), None)
    except Exception:  # noqa: BLE001 — any doubt: the default CRS
        return None, None
    if crs is None:
        return None, None
    try:
        import pyogrio

        info = pyogrio.read_info(path, layer=layers[0].name, force_total_bounds=True)
        bounds = tuple(float(v) for v in info["total_bounds"])
    except Exception:  # noqa: BLE001 — the CRS alone will do
        bounds = None
    return crs, bounds
