"""Residents' reports on the map: a vector layer whose reports are drawn by status and category.

Which reports are shown (the incident queue's filter) is state of the layer, with its own event
(``layer.events.shown``), so the map follows the queue without the queue knowing the map.
"""

from __future__ import annotations

import numpy as np
from psygnal import Signal

from layers.base import LayerEvents
from layers.incidents.symbols import is_incident_frame
from layers.kinds import register_kind
from layers.store_layer import StoreLayer
from layers.vector import VectorLayer


class IncidentLayerEvents(LayerEvents):
    """The layer events, and ``shown``: the rows drawn changed (emits the new mask or None)."""

    shown = Signal(object)


@register_kind("incidents")
class IncidentLayer(VectorLayer):
    """Reports with ``status`` and ``category`` columns (a store's incidents, or a file of them).

    ``shown`` limits the reports drawn: None for all, else a read-only row mask (bool, one per
    report); set it from a mask or from row positions.
    """

    events_class = IncidentLayerEvents
    unsaved_events = VectorLayer.unsaved_events | {"shown"}
    incident_kind = "incidents"

    def __init__(self, data, name: str = "incidents", **options) -> None:
        super().__init__(data, name, **options)
        self._shown: np.ndarray | None = None

    @property
    def shown(self) -> np.ndarray | None:
        """Row mask of the reports drawn (None: every report)."""
        return self._shown

    @shown.setter
    def shown(self, rows) -> None:
        mask = None if rows is None else self._mask_of(rows)
        if mask is not None and mask.all():
            mask = None
        if _same_mask(mask, self._shown):
            return
        self._shown = mask
        self.events.shown.emit(mask)

    def shown_rows(self) -> np.ndarray:
        """Row positions of the reports drawn."""
        n = len(self.data)
        return np.arange(n, dtype=np.int64) if self._shown is None else np.flatnonzero(self._shown[:n])

    def _mask_of(self, rows) -> np.ndarray:
        rows = np.asarray(rows)
        n = len(self.data)
        mask = np.zeros(n, dtype=bool)
        if rows.dtype == bool:
            mask[: min(n, rows.size)] = rows[:n]
        else:
            rows = rows.astype(np.int64, copy=False).ravel()
            mask[rows[(rows >= 0) & (rows < n)]] = True
        mask.setflags(write=False)
        return mask

    @classmethod
    def accepts(cls, name: str, data) -> bool:
        """True for a frame of reports by the name of the township's incidents layer."""
        return name == cls.incident_kind and data is not None and hasattr(data, "columns") \
            and is_incident_frame(data)


class StoreIncidentLayer(IncidentLayer, StoreLayer):
    """The store's incidents: reports drawn by status and category, data kept in the store."""


def vector_layer(data, name: str, **options) -> VectorLayer:
    """A layer for a frame read from a file: reports when it is the township's incidents layer (by its
    name and its status and category columns), else a plain vector layer."""
    return VectorLayer._kind_for(name, data)(data, name, **options)


def _same_mask(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.shape == b.shape and bool(np.array_equal(a, b))
