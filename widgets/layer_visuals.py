"""One table from a layer class to the graphics item that draws it (napari's ``layer_to_visual``).

The canvas builds an item for each layer it is given by looking the layer's class up here, along the
class's MRO, so a subclass is drawn like its parent unless it registers an item of its own. A new layer
kind registers its item with :func:`register_visual`; the canvas itself never changes.
"""

from __future__ import annotations

from layers.base import Layer
from layers.basemap import BasemapLayer
from layers.emergency.sensor_layer import SensorLayer
from layers.incidents.layer import IncidentLayer
from layers.raster import RasterLayer
from layers.vector import VectorLayer
from widgets.emergency.sensor_item import SensorItem
from widgets.incidents.items import IncidentItem
from widgets.layer_items import LayerItem, View
from widgets.raster_frames import build_basemap_frame, build_raster_frame


class RasterItem(LayerItem):
    """A raster file: the window of the view read and coloured in a worker."""

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        return build_raster_frame, (self.layer, view, origin, self.layer.opacity, crs)


class BasemapItem(LayerItem):
    """Tiles (MBTiles or a web service) warped to the view in a worker."""

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        return build_basemap_frame, (self.layer, view, origin, self.layer.opacity, crs)


_VISUALS: dict[type, type[LayerItem]] = {
    Layer: LayerItem,  # features: prepared once per change, drawn per view (nothing without features)
    VectorLayer: LayerItem,
    RasterLayer: RasterItem,
    BasemapLayer: BasemapItem,
    IncidentLayer: IncidentItem,
    SensorLayer: SensorItem,
}


def register_visual(layer_class: type, item_class: type[LayerItem]) -> None:
    """Draw layers of ``layer_class`` (and its subclasses without their own) with ``item_class``."""
    if not (isinstance(layer_class, type) and issubclass(layer_class, Layer)):
        raise TypeError(f"{layer_class!r} is not a layer class")
    if not (isinstance(item_class, type) and issubclass(item_class, LayerItem)):
        raise TypeError(f"{item_class!r} is not a layer item class")
    _VISUALS[layer_class] = item_class


def visual_for(layer) -> type[LayerItem]:
    """The item class drawing ``layer``: the entry of the nearest class along its MRO."""
    for cls in type(layer).__mro__:
        item_class = _VISUALS.get(cls)
        if item_class is not None:
            return item_class
    return LayerItem  # not a Layer at all: an item that draws nothing


def legend_of(layer) -> list:
    """The layer tree's rows under ``layer``, as its item shows them."""
    return visual_for(layer).legend(layer)
