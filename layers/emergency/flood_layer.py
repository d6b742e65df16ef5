"""The flood of a typed or gauged water level as a hazard layer for the map (no Qt): the DEM and the river
read, :mod:`layers.emergency.flood` run, the polygons styled by depth class. Run as a task by the desk."""

from __future__ import annotations

import numpy as np

from datasources.feedback import Feedback
from datasources.raster import open_raster, read_window
from layers.emergency.flood import DEPTH_LABELS, flood_extent, hazard_polygons, river_cells
from layers.style import Style, StyleClass
from layers.vector import VectorLayer

#: fills of the depth classes 1..4, light to dark blue
DEPTH_COLOURS = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")


def flood_hazard(dem_path, band: int, river, level: float, feedback: Feedback | None = None):
    """The flooded area at ``level`` (metres, the DEM's heights) as polygons by depth class.

    ``river`` is a GeoDataFrame of the river (any CRS); returns ``(GeoDataFrame, flooded cells,
    lowest river cell elevation)``.
    """
    feedback = Feedback.of(feedback)
    feedback.progress(0.0, "")
    info = open_raster(dem_path)
    if info.crs is None:
        raise ValueError("the DEM has no CRS; the river cannot be placed on it")
    dem = read_window(dem_path, info.bounds, info.width, info.height, bands=(int(band),),
                      resampling="nearest")[0]
    feedback.check()
    lines = river.geometry.to_crs(info.crs) if river.crs is not None else river.geometry
    cells = river_cells(list(lines), info.transform, dem.shape)
    feedback.progress(0.4, "")
    extent = flood_extent(dem, info.transform, cells, float(level))
    feedback.check()
    gdf = hazard_polygons(extent, crs=info.crs)
    bed = np.ma.masked_array(np.ma.getdata(dem), mask=np.ma.getmaskarray(dem) | ~cells)
    lowest = bed.min()
    return gdf, extent.flooded_cells, (None if lowest is np.ma.masked else float(lowest))


def depth_style(labels=DEPTH_LABELS) -> Style:
    """Depth classes 1..4 in blues."""
    classes = [StyleClass(value=i, label=str(text), fill=colour, stroke=colour)
               for i, (text, colour) in enumerate(zip(labels, DEPTH_COLOURS, strict=True), start=1)]
    return Style(kind="categorized", field="depth_class", classes=classes)


def flood_layer(gdf, name: str, title: str | None = None, labels=DEPTH_LABELS) -> VectorLayer:
    """A vector layer of the flood polygons, styled by depth class."""
    return VectorLayer(gdf, name=name, title=title, style=depth_style(labels), opacity=0.8)
