"""Raster layers on the map canvas: the whole raster coloured and shaded once, then cut to each view.

Colouring and hillshading a DEM for every view cost 0.1-0.3 s a frame (a read, a gradient, the ramp);
a raster of at most :data:`WHOLE_MAX_SIDE` cells a side is instead read once at its own resolution,
coloured and shaded into one picture (per project CRS, stretch and opacity), and each view only cuts
and scales that picture (milliseconds, smooth when zoomed in past the cells). Larger rasters get the
same picture at a coarser resolution for the views it is fine enough for, and per-view reads below.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers.lod_raster import shaded_argb32
from layers.shading import colourise
from widgets.layer_items import Frame, View

WHOLE_MAX_SIDE = 2048


@dataclass(frozen=True)
class WholePicture:
    """A raster coloured and shaded whole: ``image`` covers ``bbox`` (project CRS) in ``cell`` units."""

    key: tuple
    image: QtGui.QImage
    bbox: tuple[float, float, float, float]
    cell: float
    full_resolution: bool


_pictures: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def ramp_of(layer) -> str:
    ramp = getattr(layer.style, "ramp", None) or "terrain"
    return "terrain" if ramp == "terrain" else "greys"


def whole_picture(layer, crs: str | None, opacity: float) -> WholePicture | None:
    """The cached picture of the whole raster in ``crs``; None when its extent there is unknown."""
    key = (crs, float(opacity), ramp_of(layer), layer.vmin, layer.vmax, getattr(layer, "band", 1))
    with _lock:  # one worker builds it, the others wait for it instead of building it again
        picture = _pictures.get(layer)
        if picture is not None and picture.key == key:
            return picture
        picture = _build_whole(layer, crs, opacity, key)
        if picture is not None:
            _pictures[layer] = picture
        return picture


def _build_whole(layer, crs, opacity: float, key: tuple) -> WholePicture | None:
    bbox = layer.extent_in(crs)
    info = getattr(layer, "info", None)
    if bbox is None or info is None:
        return None
    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    if not (width > 0 and height > 0):
        return None
    cell = max(width / info.width, height / info.height)  # square cells, about the file's own
    full = True
    if max(width, height) / cell > WHOLE_MAX_SIDE:
        cell, full = max(width, height) / WHOLE_MAX_SIDE, False
    columns, rows = max(1, int(np.ceil(width / cell))), max(1, int(np.ceil(height / cell)))
    bbox = (bbox[0], bbox[3] - rows * cell, bbox[0] + columns * cell, bbox[3])
    data = layer.read_view(bbox, columns, rows, crs=crs)
    band = data[0] if data.ndim == 3 else data
    if key[2] == "terrain":  # coloured and shaded straight into Qt's pixels (layers.lod_raster)
        pixels = shaded_argb32(band, layer.vmin, layer.vmax, cell, opacity)
        image = QtGui.QImage(pixels.data, columns, rows, 4 * columns,
                             QtGui.QImage.Format.Format_ARGB32_Premultiplied).copy()
    else:
        rgba = colourise(band, layer.vmin, layer.vmax, ramp=key[2], cell_size=cell, opacity=opacity)
        image = QtGui.QImage(np.ascontiguousarray(rgba).data, columns, rows, 4 * columns,
                             QtGui.QImage.Format.Format_RGBA8888)
        image = image.convertToFormat(QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    return WholePicture(key, image, tuple(float(v) for v in bbox), float(cell), full)


def cut_to_view(picture: WholePicture, view, origin: tuple[float, float]) -> QtGui.QImage:
    """The part of ``picture`` under ``view``, at the view's pixel size (transparent outside)."""
    width, height = max(view.width, 1), max(view.height, 1)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    minx, miny, maxx, maxy = view.bbox
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    px0, py0, px1, py1 = picture.bbox
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
    target = QtCore.QRectF((px0 - minx) * sx, (maxy - py1) * sy, (px1 - px0) * sx, (py1 - py0) * sy)
    painter.drawImage(target, picture.image, QtCore.QRectF(picture.image.rect()))
    painter.end()
    return image


def build_raster_frame(layer, view: View, origin: tuple[float, float], opacity: float,
                       project_crs: str | None = None, feedback: Feedback | None = None) -> Frame:
    """The raster under the view, coloured: cut from the picture of the whole raster when it is fine
    enough for the view, else read for the view (overviews used). ``feedback`` is asked between the
    steps whether to stop (the picture of the whole raster, shared by the frames, is always finished)."""
    feedback = Feedback.of(feedback)
    frame = Frame()
    minx, miny, maxx, maxy = view.bbox
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    feedback.check()
    whole = whole_picture(layer, project_crs, opacity)
    feedback.check()
    if whole is not None and (whole.full_resolution or view.pixel_size >= whole.cell):
        frame.picture = cut_to_view(whole, view, origin)
        return frame
    data = layer.read_view(view.bbox, view.width, view.height, crs=project_crs)
    feedback.check()
    band = data[0] if data.ndim == 3 else data
    frame.image = colourise(band, getattr(layer, "vmin", None), getattr(layer, "vmax", None),
                            ramp=ramp_of(layer), cell_size=view.pixel_size,
                            opacity=opacity)
    return frame


def build_basemap_frame(layer, view: View, origin: tuple[float, float], opacity: float,
                        project_crs: str | None = None, feedback: Feedback | None = None) -> Frame:
    """Fit a tiled basemap to the view's pixel grid (tiles read and reprojected in the worker)."""
    frame = Frame()
    image = layer.render_rgba(view.bbox, view.width, view.height, project_crs, feedback=feedback)
    if opacity < 1.0:
        image = image.copy()
        image[..., 3] = (image[..., 3] * max(0.0, float(opacity))).astype(np.uint8)
    frame.image = image
    minx, miny, maxx, maxy = view.bbox
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    return frame
