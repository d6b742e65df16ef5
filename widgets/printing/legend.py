"""The printed legend: the rows the layer tree shows under each visible layer, with the layers' names in
the interface language. Made on the GUI thread (a legend's icons are pixmaps); a page drawn in a worker
gets them as images."""

from __future__ import annotations

from PySide6 import QtGui

from widgets import symbols
from widgets.layer_visuals import legend_of
from widgets.printing.page import LegendBlock


def drawn_layers(project) -> list:
    """The visible layers that draw on the map, bottom first (tables without geometry left out)."""
    return [layer for layer in reversed(list(project.layers))
            if layer.visible and getattr(layer, "geometry_kind", None) != "none"]


def layer_title(layer) -> str:
    """A layer's name as the legend shows it: the township's own layers in the interface language."""
    from layers.code_lists import LAYER_TITLES
    from layers.code_lists import layer_title as township_title

    source = getattr(layer, "store_kind", None) or getattr(layer, "source_name", None)
    pair = LAYER_TITLES.get(str(source))
    if pair and layer.name in pair:
        return township_title(source)
    return layer.name


def legend_blocks(project) -> list[LegendBlock]:
    """The legend of the visible drawn layers, top first, with the rows the layer tree shows."""
    blocks = []
    for layer in reversed(drawn_layers(project)):
        kind = getattr(layer, "geometry_kind", None) or "raster"
        entries = legend_of(layer)
        title = layer_title(layer)
        if not entries:
            style = getattr(layer, "style", None)
            blocks.append(LegendBlock(title, [("", getattr(style, "fill", None), getattr(style, "stroke", None),
                                               kind, None)]))
            continue
        # a style's rows say "polygon" unless told the layer's geometry: a point layer shows markers
        swatch = kind if kind in ("point", "line") else None
        rows = [(symbols.legend_text(layer, i, e), getattr(e, "fill", None), getattr(e, "stroke", None),
                 swatch or getattr(e, "kind", kind), _icon_image(getattr(e, "icon", None)))
                for i, e in enumerate(entries)]
        blocks.append(LegendBlock(title, rows))
    return blocks


def _icon_image(icon) -> QtGui.QImage | None:
    """A legend icon as an image (a page may be drawn in a worker, where pixmaps must not be used)."""
    if icon is None:
        return None
    return icon.pixmap(64, 64).toImage()


