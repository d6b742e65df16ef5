"""Editing the features of one vector layer, with undo and redo (no Qt).

:class:`FileLayerEdits` edits a file layer (one opened from a file or kept in the project file): each
step replaces the layer's frame with a new one (shallow copies: the geometry column is new, the other
columns are shared), so the map redraws the layer at once, undo puts the frame before the step back,
*save* keeps the edits (the project file then writes them) and *discard* returns to the frame the
editing started from.

:class:`StoreLayerEdits` edits a store layer: every step is a store edit through
:class:`~layers.edit_history.EditHistory` (checked against the role, version-checked, audited) and is
saved at once, as attribute edits of the store are; undo and redo are store edits too.

Geometries are given in the layer's CRS. A new or reshaped geometry that is not valid is kept and flagged
in the problem column (:data:`datasources.source.PROBLEM_COLUMN`), as the project flags bad features it
reads, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from psygnal import Signal

from datasources.source import PROBLEM_COLUMN
from layers.geometry_edit import problem_of

UNDO_LIMIT = 100


@dataclass
class FrameStep:
    """One step of a file layer: what it was called and the frames before and after it."""

    text: str
    before: gpd.GeoDataFrame
    after: gpd.GeoDataFrame


class FileLayerEdits:
    """The edits of a file layer while it is being edited.

    Parameters
    ----------
    layer : VectorLayer

    Attributes
    ----------
    changed : Signal
        Emitted after every step, undo, redo, save and discard.
    """

    changed = Signal()
    saves_at_once = False

    def __init__(self, layer) -> None:
        self.layer = layer
        self._start = layer.data
        self._undo: list[FrameStep] = []
        self._redo: list[FrameStep] = []

    # ------------------------------------------------------------------ state
    @property
    def modified(self) -> bool:
        """True when the layer holds edits not saved yet."""
        return self.layer.data is not self._start

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    # ------------------------------------------------------------------ steps
    def add_feature(self, geom, attributes: dict | None = None) -> int:
        """Add a feature (geometry in the layer's CRS, attributes by column); returns its row."""
        frame = self.layer.data
        values = {k: v for k, v in (attributes or {}).items() if k in frame.columns and k != _geom(frame)}
        row = gpd.GeoDataFrame({**{k: [v] for k, v in values.items()}, _geom(frame): [geom]},
                               geometry=_geom(frame), crs=frame.crs, index=[_next_label(frame.index)])
        new = pd.concat([frame, row])
        if not isinstance(new, gpd.GeoDataFrame):
            new = gpd.GeoDataFrame(new, geometry=_geom(frame), crs=frame.crs)
        new = _flagged(new, len(new) - 1, geom)
        self._step("Add feature", new)
        return len(new) - 1

    def replace_geometry(self, row: int, geom, text: str = "Reshape feature") -> None:
        """Give the feature at ``row`` a new geometry (layer CRS)."""
        frame = self.layer.data
        geoms = np.asarray(frame.geometry.values, dtype=object).copy()
        geoms[int(row)] = geom
        new = frame.copy(deep=False)
        new[_geom(frame)] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)
        self._step(text, _flagged(new, int(row), geom))

    def delete_features(self, rows) -> int:
        """Delete the features at ``rows``; returns how many."""
        frame = self.layer.data
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        rows = rows[(rows >= 0) & (rows < len(frame))]
        if not len(rows):
            return 0
        keep = np.setdiff1d(np.arange(len(frame)), rows)
        self.layer.selection = np.empty(0, dtype=np.int64)
        self._step("Delete features", frame.iloc[keep])
        return len(rows)

    def _step(self, text: str, after: gpd.GeoDataFrame) -> None:
        before = self.layer.data
        self.layer.data = after
        self._undo.append(FrameStep(text, before, self.layer.data))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self.changed.emit()

    def undo(self) -> str:
        """Take back the last step; returns what it was."""
        step = self._undo.pop()
        self._redo.append(step)
        self._show(step.before)
        return step.text

    def redo(self) -> str:
        """Make the last undone step again; returns what it was."""
        step = self._redo.pop()
        self._undo.append(step)
        self._show(step.after)
        return step.text

    def _show(self, frame) -> None:
        if len(self.layer.selection) and self.layer.selection.max() >= len(frame):
            self.layer.selection = np.empty(0, dtype=np.int64)
        self.layer.data = frame
        self.changed.emit()

    # ------------------------------------------------------------------ ending
    def save(self) -> None:
        """Keep the edits (the project file writes them when it is saved); undo starts afresh."""
        self._start = self.layer.data
        if getattr(self.layer, "source", None) is not None:
            self.layer.source.data = self.layer.data
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def discard(self) -> None:
        """Return the layer to what it held when the editing started (or was last saved)."""
        self.layer.selection = np.empty(0, dtype=np.int64)
        self.layer.data = self._start
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()


class StoreLayerEdits:
    """The edits of a store layer: each is saved in the store at once through ``history``.

    Parameters
    ----------
    layer : StoreLayer
    history : EditHistory
        Over the logged-in user's session.
    reload : callable
        ``reload()`` reads the layer again from the store after each step.
    """

    changed = Signal()
    saves_at_once = True
    modified = False  # every step is already saved

    def __init__(self, layer, history, reload) -> None:
        self.layer = layer
        self.history = history
        self.kind = layer.store_kind
        self.reload = reload
        self._steps = 0  # this layer's steps on the history's undo stack
        self._undone = 0

    @property
    def can_undo(self) -> bool:
        return self._steps > 0 and self.history.can_undo

    @property
    def can_redo(self) -> bool:
        return self._undone > 0 and self.history.can_redo

    @property
    def undo_text(self) -> str:
        return self.history.undo_text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self.history.redo_text if self.can_redo else ""

    def _feature(self, row: int) -> tuple[int, int]:
        frame = self.layer.data
        return int(frame.index[int(row)]), int(frame["version"].iloc[int(row)])

    def add_feature(self, geom, attributes: dict | None = None) -> int:
        frame = self.layer.data
        values = {k: v for k, v in (attributes or {}).items() if v not in (None, "")}
        feature_id = self.history.add(self.kind, {**values, _geom(frame): geom})
        self._done()
        return int(np.flatnonzero(self.layer.data.index == feature_id)[0])

    def replace_geometry(self, row: int, geom, text: str = "") -> None:
        feature_id, version = self._feature(row)
        self.history.update(self.kind, feature_id, {_geom(self.layer.data): geom}, version)
        self._done()

    def delete_features(self, rows) -> int:
        done = 0
        for feature_id, version in sorted({self._feature(r) for r in rows}):
            self.history.delete(self.kind, feature_id, version)
            self._steps += 1
            done += 1
        self._undone = 0
        self.layer.selection = np.empty(0, dtype=np.int64)
        self.reload()
        self.changed.emit()
        return done

    def _done(self) -> None:
        self._steps += 1
        self._undone = 0
        self.reload()
        self.changed.emit()

    def undo(self) -> str:
        step = self.history.undo()
        self._steps, self._undone = self._steps - 1, self._undone + 1
        self.reload()
        self.changed.emit()
        return step.text

    def redo(self) -> str:
        step = self.history.redo()
        self._steps, self._undone = self._steps + 1, self._undone - 1
        self.reload()
        self.changed.emit()
        return step.text

    def save(self) -> None:
        """Nothing to do: the store has every step already."""

    def discard(self) -> None:
        """Nothing to take back: the store has every step (undo takes them back one by one)."""


def _geom(frame) -> str:
    return frame.geometry.name


def _next_label(index: pd.Index):
    """A label for a new row: one more than the largest integer label, else the row count."""
    if len(index) and pd.api.types.is_integer_dtype(index.dtype):
        return int(index.max()) + 1
    return len(index)


def _flagged(frame: gpd.GeoDataFrame, row: int, geom) -> gpd.GeoDataFrame:
    """``frame`` with the problem of ``row``'s new geometry written (the column made when needed)."""
    problem = problem_of(geom)
    if PROBLEM_COLUMN not in frame.columns:
        if not problem:
            return frame
        frame = frame.copy(deep=False)
        frame[PROBLEM_COLUMN] = ""
    values = frame[PROBLEM_COLUMN].astype(object).to_numpy().copy()
    values[row] = problem
    frame = frame.copy(deep=False)
    frame[PROBLEM_COLUMN] = values
    return frame


__all__ = ["FileLayerEdits", "StoreLayerEdits"]
