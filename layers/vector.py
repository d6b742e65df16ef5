"""A vector layer: features in a GeoDataFrame, with a spatial index, identify and on-the-fly reprojection."""

from __future__ import annotations

import itertools
import math
import threading
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from datasources.crs import PROJ_LOCK, crs_to_string
from datasources.errors import QT_TRANSLATE_NOOP
from datasources.feedback import Feedback
from datasources.notes import Note, layer_note
from datasources.source import PROBLEM_COLUMN, VectorSource
from layers.base import Extent, Layer, _same_crs
from layers.kinds import register_kind
from layers.style import Style

_KIND_OF_TYPE = {0: "point", 4: "point", 1: "line", 2: "line", 5: "line", 3: "polygon", 6: "polygon",
                 7: "mixed"}
_new_layer_colour = itertools.count()
_CHECK_CHUNK = 10_000  # features per validity step (progress and cancellation between steps, ~0.05 s each)


@dataclass(frozen=True)
class ValidityCheck:
    """What :meth:`VectorLayer.find_validity_problems` found, to be applied on the GUI thread.

    ``generation`` counts the layer's data changes: the result only applies while the layer holds
    the same data (an edit in between makes :meth:`VectorLayer.apply_validity` check again).
    """

    generation: int
    problems: np.ndarray


@register_kind("vector")
class VectorLayer(Layer):
    """Features of one vector layer.

    Parameters
    ----------
    data : GeoDataFrame
    name : str
    crs : str, optional
        Declares the CRS of ``data`` (overriding what the frame says); by default the frame's CRS.
    style : Style, optional
        By default a single symbol in the next colour of the township ramp.
    source : VectorSource, optional
        Where the data was read from (kept for the project file and the layer's properties).
    **layer_options
        ``visible``, ``opacity``, ``id`` (see :class:`layers.base.Layer`).
    """

    kind = "vector"

    def __init__(self, data: gpd.GeoDataFrame, name: str, crs: str | None = None,
                 style: Style | None = None, source: VectorSource | None = None,
                 **layer_options) -> None:
        if not isinstance(data, gpd.GeoDataFrame):
            raise TypeError(f"a vector layer needs a GeoDataFrame, not {type(data).__name__}")
        declared = crs if crs is not None else crs_to_string(data.crs)
        super().__init__(name, crs=declared, style=None, **layer_options)
        self.source = source
        self._validity_checked = source is None or source.validity_checked
        self._lock = threading.Lock()
        self._generation = 0  # data changes seen, so a validity check knows what it checked
        self._data = self._with_crs(data)
        self._reset_derived()
        self._style = style if style is not None else Style.default_for(
            self.geometry_kind, next(_new_layer_colour) % 10)

    def kind_state(self) -> dict:
        from layers.qml import style_to_qml

        return {"data": self.data, "qml": style_to_qml(self.style, self.geometry_kind, self.source_name,
                                                      opacity=self.opacity)}

    @classmethod
    def from_state(cls, entry: dict, options: dict, style: Style | None, warnings: list[str]):
        if entry.get("qml_changed"):
            from layers.qml import layer_opacity_from_qml, style_from_qml

            try:
                style = style_from_qml(entry["qml"])
                opacity = layer_opacity_from_qml(entry["qml"])
                options["opacity"] = options["opacity"] if opacity is None else opacity
                warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
                    "DataSourceNote", "the style was changed in QGIS; that style is used"))))
            except ValueError:
                pass
        return cls._kind_for(entry.get("name", ""), entry["data"])(
            entry["data"], name=entry.get("name", ""), crs=entry.get("crs"), style=style, **options)

    @classmethod
    def _kind_for(cls, name: str, data) -> type:
        """The class for a frame read from a file: reports by the incidents layer's name and columns
        (files and projects saved before reports were their own kind), else this class."""
        if cls is not VectorLayer:
            return cls
        from layers.incidents.layer import IncidentLayer

        return IncidentLayer if IncidentLayer.accepts(name, data) else cls

    @classmethod
    def from_source(cls, src: VectorSource, **options) -> VectorLayer:
        """A layer of what a reader returned (name = the layer name in the file, or the file's name when
        the file names its layer ``layer1`` or not at all)."""
        from layers.base import file_layer_name

        name = options.pop("name", None) or file_layer_name(src.path, src.layer)
        return cls._kind_for(name, src.data)(src.data, name=name, crs=src.crs, source=src, **options)

    # ------------------------------------------------------------------ data
    @property
    def data(self) -> gpd.GeoDataFrame:
        """The features (row positions are what ``selection``, ``identify`` and ``query_bbox`` use)."""
        return self._data

    @data.setter
    def data(self, value: gpd.GeoDataFrame) -> None:
        if value is self._data:
            return
        if not isinstance(value, gpd.GeoDataFrame):
            raise TypeError(f"a vector layer needs a GeoDataFrame, not {type(value).__name__}")
        self._data = self._with_crs(value)
        self.data_changed()

    def data_changed(self) -> None:
        """Tell the layer (and its views) that ``data`` was edited in place."""
        self._reset_derived()
        if len(self._selection) and self._selection.max() >= len(self._data):
            self.selection = self._selection[self._selection < len(self._data)]
        self.events.data.emit(self)

    def _with_crs(self, data: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        if self._crs is None or (data.crs is not None and _same_crs(crs_to_string(data.crs), self._crs)):
            return data
        return data.set_crs(self._crs, allow_override=True)

    def _reset_derived(self) -> None:
        with self._lock:
            self._generation = getattr(self, "_generation", 0) + 1
            self._geoms = np.asarray(self._data.geometry.values, dtype=object)
            self._tree: shapely.STRtree | None = None
            self._projected: dict[str, gpd.GeoDataFrame] = {}
            self._kind: str | None = None
            self._extent: Extent | None | bool = False
            self._problem_cache = None

    def _crs_changed(self) -> None:
        if self._crs is not None:
            self._data = self._data.set_crs(self._crs, allow_override=True)
        self._reset_derived()

    # ------------------------------------------------------------------ what it is
    @property
    def geometry_kind(self) -> str:
        """``"point"``, ``"line"``, ``"polygon"``, ``"mixed"`` or ``"none"`` (no geometry at all)."""
        if self._kind is None:
            ids = np.unique(shapely.get_type_id(self._geoms))
            kinds = {_KIND_OF_TYPE[int(i)] for i in ids if i >= 0}
            self._kind = kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else "none")
        return self._kind

    @property
    def problem_count(self) -> int:
        """Number of features a reader flagged (null, empty or invalid geometry); cached per data frame,
        since the layer tree asks on every repaint."""
        cached = getattr(self, "_problem_cache", None)
        if cached is not None and cached[0] is self._data:
            return cached[1]
        count = 0
        if PROBLEM_COLUMN in self._data.columns:
            flags = self._data[PROBLEM_COLUMN].to_numpy(dtype=object)  # numpy: a twentieth of pandas' time
            count = int(np.count_nonzero(pd.notna(flags) & (flags != "")))
        self._problem_cache = (self._data, count)
        return count

    @property
    def validity_checked(self) -> bool:
        """False while the full GEOS validity check of a fast-opened file is still to run.

        A layer made from a GeoDataFrame directly counts as checked (nothing was promised about
        it); one read with ``validity="deferred"`` waits for :meth:`check_validity`.
        """
        return self._validity_checked

    def check_validity(self, feedback: Feedback | None = None) -> int:
        """Flag the features the cheap read-time checks let through (self-intersections...).

        Runs :func:`datasources.validity.flag_problems` on the features not flagged yet, writes the
        reasons to the problem column and emits ``events.data``. From a worker thread, call
        :meth:`find_validity_problems` there and :meth:`apply_validity` on the GUI thread instead,
        so that views hear the event on their own thread.

        Parameters
        ----------
        feedback : Feedback, optional
            Told how far the check is; :class:`Cancelled` is raised between steps when it is
            cancelled (the layer then stays unchecked).

        Returns
        -------
        int
            The number of features newly flagged (0 when already checked).
        """
        if self._validity_checked:
            return 0
        return self.apply_validity(self.find_validity_problems(feedback))

    def find_validity_problems(self, feedback: Feedback | None = None) -> ValidityCheck:
        """Run the full validity check without changing the layer (worker-safe).

        Parameters are those of :meth:`check_validity`; the result goes to :meth:`apply_validity`.
        """
        from datasources.validity import flag_problems

        feedback = Feedback.of(feedback)
        with self._lock:
            generation, geoms = self._generation, self._geoms
        known = self._known_problems()
        where = self.source.path if self.source is not None else self.name
        problems = known.copy()
        for start in range(0, len(geoms), _CHECK_CHUNK):
            feedback.check(where)
            feedback.progress(start / max(len(geoms), 1), f"Checking the geometry of {self.name}")
            stop = start + _CHECK_CHUNK
            problems[start:stop] = flag_problems(geoms[start:stop], known[start:stop])
        feedback.check(where)
        feedback.progress(1.0, f"Checked the geometry of {self.name}")
        return ValidityCheck(generation, problems)

    def apply_validity(self, check: ValidityCheck) -> int:
        """Write what :meth:`find_validity_problems` found; returns the number newly flagged.

        Only the problem column changes (the geometries, their index and reprojections are kept);
        ``events.data`` is emitted when anything was flagged. A check of geometries the layer no
        longer holds is run again on the current ones.
        """
        from datasources.validity import flag_problems, problems_note

        if check.generation != self._generation:
            check = ValidityCheck(self._generation,
                                  flag_problems(self._geoms, self._known_problems()))
        before = self.problem_count
        flagged = int((check.problems != "").sum())
        self._validity_checked = True
        if self.source is not None:
            self.source.validity_checked = True
            old = problems_note(before, len(self._data))
            notes = [n for n in self.source.warnings if n != old]
            if flagged:
                notes.append(problems_note(flagged, len(self._data)))
            self.source.warnings[:] = notes
        if flagged == before:
            return 0
        with self._lock:
            self._data = self._with_problems(self._data, check.problems)
            self._projected = {key: self._with_problems(frame, check.problems)
                               for key, frame in self._projected.items()}
        if self.source is not None:
            self.source.data = self._data
        self.events.data.emit(self)
        return flagged - before

    def _known_problems(self) -> np.ndarray:
        """The problem column as an object array of str (all ``""`` when there is none)."""
        if PROBLEM_COLUMN not in self._data.columns:
            return np.full(len(self._data), "", dtype=object)
        return self._data[PROBLEM_COLUMN].fillna("").astype(str).to_numpy(dtype=object)

    @staticmethod
    def _with_problems(frame: gpd.GeoDataFrame, problems: np.ndarray) -> gpd.GeoDataFrame:
        frame = frame.copy(deep=False)
        frame[PROBLEM_COLUMN] = problems
        return frame

    @property
    def extent(self) -> Extent | None:
        if self._extent is False:
            present = self._geoms[~(shapely.is_missing(self._geoms) | shapely.is_empty(self._geoms))]
            bounds = shapely.total_bounds(present) if len(present) else None
            ok = bounds is not None and all(map(math.isfinite, bounds))
            self._extent = tuple(float(v) for v in bounds) if ok else None
        return self._extent

    # ------------------------------------------------------------------ where things are
    @property
    def sindex(self) -> shapely.STRtree:
        """Shapely STRtree of the geometries (built on first use; null geometries are left out)."""
        tree = self._tree
        if tree is None:
            with self._lock:
                if self._tree is None:
                    self._tree = shapely.STRtree(self._geoms)
                tree = self._tree
        return tree

    def query_bbox(self, minx: float, miny: float, maxx: float, maxy: float) -> np.ndarray:
        """Row positions (sorted int64) of features intersecting the rectangle (layer CRS)."""
        rows = self.sindex.query(shapely.box(minx, miny, maxx, maxy), predicate="intersects")
        return np.sort(rows.astype(np.int64))

    def identify(self, x: float, y: float, tolerance: float = 0.0) -> np.ndarray:
        """Row positions of the features at ``x, y``, nearest first.

        Points and lines count when within ``tolerance`` of the spot, polygons when they contain it
        (``x``, ``y`` and ``tolerance`` in layer CRS units). One index query, then vectorised tests.
        """
        spot = shapely.Point(x, y)
        tol = max(float(tolerance), 0.0)
        rows = self.sindex.query(shapely.box(x - tol, y - tol, x + tol, y + tol)).astype(np.int64)
        if rows.size == 0:
            return rows
        geoms = self._geoms[rows]
        area = np.isin(shapely.get_type_id(geoms), (3, 6))
        distance = shapely.distance(geoms, spot)
        hit = np.where(area, shapely.intersects(geoms, spot), distance <= tol)
        rows, distance = rows[hit], distance[hit]
        return rows[np.lexsort((rows, distance))]

    # ------------------------------------------------------------------ reprojection
    def data_in(self, crs: str | None) -> gpd.GeoDataFrame:
        """The features in ``crs`` (cached until the data or the layer CRS change).

        A layer of unknown CRS is taken to be in ``crs`` already (see ``crs_unknown``).
        """
        if crs is None or self._crs is None or _same_crs(self._crs, crs):
            return self._data
        key = crs_to_string(crs) or str(crs)
        cached = self._projected.get(key)
        if cached is None:
            data = self._data
            with PROJ_LOCK:  # pyproj must not look up CRSs in two threads at once
                cached = data.to_crs(key)
            with self._lock:
                if data is self._data:
                    self._projected[key] = cached
        return cached
