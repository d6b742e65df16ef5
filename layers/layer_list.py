"""The ordered list of layers on the map (first = drawn on top), with list events and layer events relayed."""

from __future__ import annotations

import math
from typing import Any

from psygnal import EmissionInfo, PathStep, Signal, SignalGroup
from psygnal.containers import EventedList

from layers.base import Extent, Layer


class LayerList(EventedList[Layer]):
    """Layers in drawing order; ``events`` has inserted, removed, moved, changed, reordered and
    ``child_event`` (any signal of any layer, with the layer's index)."""

    def _pre_insert(self, value: Layer) -> Layer:
        if not isinstance(value, Layer):
            raise TypeError(f"a LayerList holds layers, not {type(value).__name__}")
        return super()._pre_insert(value)

    def insert(self, index: int, value: Layer) -> None:
        """Insert ``value`` before ``index``; a layer (or its id) can be in the list only once."""
        if isinstance(value, Layer) and any(existing.id == value.id for existing in self._data):
            raise ValueError(f"layer {value.name!r} (id {value.id}) is already in the list")
        super().insert(index, value)

    # Only ``layer.events`` is relayed: the base class would read every public attribute of a layer
    # looking for signals, which would build spatial indexes and read rasters.
    def _connect_child_emitters(self, child: Layer) -> None:
        for name in child.events:
            child.events[name].connect(self._reemit_child_event)

    def _disconnect_child_emitters(self, child: Layer) -> None:
        for name in child.events:
            child.events[name].disconnect(self._reemit_child_event)

    def _reemit_child_event(self, *args: Any) -> None:
        emitter = Signal.current_emitter()
        if emitter is None:
            return
        owner = emitter.instance
        layer = owner.instance if isinstance(owner, SignalGroup) else owner
        try:
            index = self.index(layer)
        except ValueError:
            return
        info = EmissionInfo(signal=emitter, args=args,
                            path=(PathStep(index=index), PathStep(attr=emitter.name)))
        self.events.child_event.emit(info)

    def by_name(self, name: str) -> Layer | None:
        """The first layer called ``name`` on screen, else the first whose source is called ``name``
        (``villages`` finds 行政村), or None."""
        return next((layer for layer in self._data if layer.name == name),
                    next((layer for layer in self._data if getattr(layer, "source_name", None) == name),
                         None))

    def by_id(self, layer_id: str) -> Layer | None:
        """The layer with this id, or None."""
        return next((layer for layer in self._data if layer.id == layer_id), None)

    def extent_in(self, crs: str | None, visible_only: bool = True) -> Extent | None:
        """Union of the extents of the (visible) layers in ``crs``; None when none has an extent.

        Basemaps count only when nothing else has an extent (a world basemap must not zoom out to the world).
        """
        boxes, basemap_boxes = [], []
        for layer in self._data:
            if visible_only and not layer.visible:
                continue
            try:
                box = layer.extent_in(crs)
            except Exception:  # noqa: BLE001 — a layer that cannot be placed must not hide the others
                box = None
            if box is not None and all(map(math.isfinite, box)):
                is_basemap = getattr(layer, "kind", None) == "basemap"
                (basemap_boxes if is_basemap else boxes).append(box)
        boxes = boxes or basemap_boxes
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
