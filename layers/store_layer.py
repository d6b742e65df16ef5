"""A layer shown from the township store: its data live in the store, the project file lists its kind only.

The store desk builds one per store kind it shows (:func:`store_layer`); the kind travels with the layer
from its construction, so nothing outside sets it afterwards.
"""

from __future__ import annotations

from layers.vector import VectorLayer


class StoreLayer(VectorLayer):
    """Features of one store kind (``villages``, ``facilities`` ...), read from the township store.

    Parameters
    ----------
    data : GeoDataFrame
        What the store gave (``session.features.read(kind)``).
    store_kind : str
        The store's feature kind; also the layer's source name.
    **options
        As for :class:`layers.vector.VectorLayer` (``crs``, ``style``, ``visible`` ...).
    """

    def __init__(self, data, store_kind: str, **options) -> None:
        super().__init__(data, store_kind, **options)
        self.store_kind = str(store_kind)

    @property
    def in_project_file(self) -> bool:
        return False  # its data are saved in the store; the project lists its kind in the settings

    def kind_state(self) -> dict:
        raise TypeError(f"the store layer {self.name!r} is kept by the store, not in the project file")


def store_layer(store_kind: str, data, **options) -> StoreLayer:
    """The layer class that shows ``store_kind`` (incidents have their own), built on ``data``."""
    from layers.incidents.layer import StoreIncidentLayer

    cls = StoreIncidentLayer if store_kind == StoreIncidentLayer.incident_kind else StoreLayer
    return cls(data, store_kind, **options)
