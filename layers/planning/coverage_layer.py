"""Coverage on the map: how many planned sites see each cell of the DEM, as a layer (no Qt).

The planning desk shows the answer of :func:`layers.planning.desk_work.coverage_task` as a
:class:`CoverageLayer`: a grid of counts on the DEM's cells (0 where no site sees), drawn
semi-transparent over the map in classes (one site, two, three or more). It is a result of the store's
sites, not a part of the project: the project file does not keep it, and the desk computes it again.
"""

from __future__ import annotations

import numpy as np
from psygnal import Signal

from layers.base import Layer, LayerEvents
from layers.kinds import register_kind

#: the classes of the counts: one site sees the cell, two, three or more
COUNT_CLASSES = (1, 2, 3)
COVERAGE_COLOURS = ("#6baed6", "#2171b5", "#08306b")


class CoverageEvents(LayerEvents):
    coverage = Signal(object)


@register_kind("planning_coverage")
class CoverageLayer(Layer):
    """The cumulative viewshed of planned sites.

    Parameters
    ----------
    counts : ndarray of int (rows, cols)
        How many sites see each cell.
    transform : affine.Affine
        The grid's north-up transform (the DEM's).
    name : str
    **options
        As for :class:`~layers.base.Layer` (``crs``, ``opacity``, ``title`` ...).
    """

    events_class = CoverageEvents
    colours = COVERAGE_COLOURS  # the fills of classes 1, 2, 3
    unsaved_events = Layer.unsaved_events | {"coverage"}

    def __init__(self, counts, transform, name: str = "coverage", **options) -> None:
        options.setdefault("opacity", 0.55)
        super().__init__(name, **options)
        self.counts = np.asarray(counts)
        self.transform = transform

    @property
    def in_project_file(self) -> bool:
        return False  # a result of the store's sites, computed again by the desk

    def show(self, counts, transform) -> None:
        """Take a newer answer in place (the layer's place, visibility and opacity stay)."""
        self.counts = np.asarray(counts)
        self.transform = transform
        self.events.coverage.emit(self)

    @property
    def extent(self):
        t = self.transform
        rows, cols = self.counts.shape
        xs, ys = (t.c, t.c + cols * t.a), (t.f, t.f + rows * t.e)
        return float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))

    def class_of(self) -> np.ndarray:
        """Each cell's class: 0 unseen, 1, 2 or 3 (three or more sites)."""
        return np.minimum(self.counts, COUNT_CLASSES[-1]).astype(np.uint8)

    def covered_area_km2(self) -> float:
        t = self.transform
        return float((self.counts > 0).sum()) * abs(t.a * t.e) / 1e6

    def kind_state(self) -> dict:
        raise TypeError("a coverage layer is computed again by the planning desk, not kept in the project")


SIGNAL_COLOURS = ("#fdae61", "#1a9641")


@register_kind("planning_signal")
class SignalLayer(CoverageLayer):
    """Signal classes of planned sites over the DEM: ``counts`` 1 usable, 2 good (0 none)."""

    colours = SIGNAL_COLOURS

    def legend(self) -> list:
        return []  # the item gives its rows, in the interface language
