"""Coverage on the map canvas: the cells seen by one planned site, two, or three and more, in blues over
the map (unseen cells transparent), and the legend of those classes.

The whole grid is coloured once per answer (a few milliseconds for the demo's DEM) and each view cuts its
part, as the raster layers do. Importing this module registers the item for
:class:`~layers.planning.coverage_layer.CoverageLayer`.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers.planning.coverage_layer import (
    COVERAGE_COLOURS,
    SIGNAL_COLOURS,
    CoverageLayer,
    SignalLayer,
)
from widgets.layer_items import Frame, LayerItem, View
from widgets.layer_visuals import register_visual
from widgets.raster_frames import WholePicture, cut_to_view


def coverage_image(classes: np.ndarray, colours=COVERAGE_COLOURS) -> QtGui.QImage:
    """An image of the classes (row 0 the northern edge): transparent where 0."""
    table = np.zeros((4, 4), dtype=np.uint8)
    for index, colour in enumerate(colours, start=1):
        c = QtGui.QColor(colour)
        table[index] = (c.red(), c.green(), c.blue(), 255)
    rgba = np.ascontiguousarray(table[np.clip(classes, 0, 3)])
    rows, cols = classes.shape
    image = QtGui.QImage(rgba.data, cols, rows, 4 * cols, QtGui.QImage.Format.Format_RGBA8888)
    return image.convertToFormat(QtGui.QImage.Format.Format_ARGB32_Premultiplied)


def build_coverage_frame(picture: WholePicture, view: View, origin: tuple[float, float], opacity: float,
                         feedback: Feedback | None = None) -> Frame:
    """The coverage under ``view`` (worker-safe)."""
    Feedback.of(feedback).check()
    frame = Frame()
    minx, miny, maxx, maxy = view.bbox
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    image = cut_to_view(picture, view, origin)
    if opacity < 1.0:
        faded = QtGui.QImage(image.size(), QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        faded.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(faded)
        painter.setOpacity(max(0.0, float(opacity)))
        painter.drawImage(0, 0, image)
        painter.end()
        image = faded
    frame.picture = image
    return frame


class CoverageItem(LayerItem):
    """The map item of a coverage layer: coloured again when a newer answer comes."""

    redraw_events = ("coverage",)

    def __init__(self, layer) -> None:
        super().__init__(layer)
        self._picture: WholePicture | None = None
        self._key = None

    def prepare_job(self, crs: str | None):
        return None

    def _whole(self, crs: str | None) -> WholePicture | None:
        layer = self.layer
        key = (id(layer.counts), crs)
        if self._picture is None or self._key != key:
            bbox = layer.extent_in(crs)
            if bbox is None:
                return None
            cell = abs(layer.transform.a)
            self._picture = WholePicture(key, coverage_image(layer.class_of(), layer.colours), bbox, cell, True)
            self._key = key
        return self._picture

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        picture = self._whole(crs)
        if picture is None:
            return None
        return build_coverage_frame, (picture, view, origin, self.layer.opacity)

    @classmethod
    def legend(cls, layer) -> list:
        from widgets.planning.site_item import LegendIcon

        texts = (QtCore.QCoreApplication.translate("PlanningNames", "Seen by one site"),
                 QtCore.QCoreApplication.translate("PlanningNames", "Seen by two sites"),
                 QtCore.QCoreApplication.translate("PlanningNames", "Seen by three or more"))
        rows = []
        for text, colour in zip(texts, COVERAGE_COLOURS, strict=True):
            pix = QtGui.QPixmap(16, 16)
            pix.fill(QtGui.QColor(colour))
            rows.append(LegendIcon(text, QtGui.QIcon(pix), colour, colour, "polygon"))
        return rows


class SignalItem(CoverageItem):
    """The map item of a signal layer: usable in orange, good in green."""

    @classmethod
    def legend(cls, layer) -> list:
        from widgets.planning.site_item import LegendIcon

        texts = (QtCore.QCoreApplication.translate("PlanningNames", "Usable signal (outdoors)"),
                 QtCore.QCoreApplication.translate("PlanningNames", "Good signal (indoors)"))
        rows = []
        for text, colour in zip(texts, SIGNAL_COLOURS, strict=True):
            pix = QtGui.QPixmap(16, 16)
            pix.fill(QtGui.QColor(colour))
            rows.append(LegendIcon(text, QtGui.QIcon(pix), colour, colour, "polygon"))
        return rows


register_visual(CoverageLayer, CoverageItem)
register_visual(SignalLayer, SignalItem)
