"""The printed map: the project's layers drawn by the canvas's own drawing code, at the printer's dpi.

Each layer is drawn by the graphics item the canvas would use for it (``widgets.layer_visuals``): the
item's ``prepare_job`` once (reprojection, packing), then its ``frame_job`` for the printed extent, with a
:class:`~widgets.layer_items.View` whose ``ratio`` makes the picture ``dpi / 96`` times finer than a
screen's, so lines, markers and labels keep the size they have on screen while the picture is sharp on
paper. The frames are drawn side by side on the map's pool threads, as the headless ``render`` draws them.

Build :class:`PrintMap` on the GUI thread (it makes the items); :meth:`PrintMap.prepare` and
:meth:`PrintMap.draw` may run in a worker.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from widgets.frame_pool import run_together
from widgets.layer_items import Frame, View, _to_qimage, build_vector_frame, rasterise
from widgets.layer_visuals import visual_for
from widgets.printing.legend import drawn_layers, legend_blocks

SCREEN_DPI = 96.0
BACKGROUND = "#f4f1ea"  # the canvas's own background


class PrintMap:
    """The project's visible layers, ready to be drawn at any extent and resolution."""

    def __init__(self, project) -> None:
        self.project = project
        self.crs = project.crs
        self.items = [(layer, visual_for(layer)(layer)) for layer in drawn_layers(project)]
        self.prepared = False
        #: the legend, made here on the GUI thread (its icons are pixmaps)
        self.legend = legend_blocks(project)

    def extent(self):
        """The extent of the drawn layers in the project CRS (None when nothing has features)."""
        return self.project.layers.extent_in(self.crs)

    def prepare(self, feedback: Feedback | None = None) -> None:
        """Prepare every layer for the project CRS (once for all the pages of an atlas)."""
        if self.prepared:
            return
        feedback = Feedback.of(feedback)
        jobs, owners = [], []
        for _layer, item in self.items:
            job = item.prepare_job(self.crs)
            if job is not None:
                jobs.append(job)
                owners.append(item)
        feedback.check()
        for item, (outcome, value) in zip(owners, run_together(jobs) if jobs else [], strict=True):
            if outcome == "errored":
                raise value
            item.prepared = value
        self.prepared = True

    def frames(self, bbox, width_mm: float, height_mm: float, dpi: float, feedback: Feedback | None = None,
               pieces: bool = False):
        """Each drawn layer's frame of ``bbox`` for a map of ``width_mm`` x ``height_mm`` at ``dpi``:
        ``(view, origin, [(style, frame), ...])``, bottom layer first (frames drawn on the pool's threads).
        With ``pieces`` the vector layers' frames keep their paths, markers and labels undrawn."""
        feedback = Feedback.of(feedback)
        self.prepare(feedback)
        ratio = dpi / SCREEN_DPI
        width_px = max(1, round(width_mm * dpi / 25.4))
        height_px = max(1, round(height_mm * dpi / 25.4))
        view = View(tuple(float(v) for v in bbox), max(1, round(width_px / ratio)),
                    max(1, round(height_px / ratio)), ratio)
        origin = (view.bbox[0], view.bbox[1])
        jobs, styles = [], []
        for layer, item in self.items:
            job = item.frame_job(view, origin, self.crs)
            if job is not None:
                if pieces and job[0] is build_vector_frame:
                    job = (partial(build_vector_frame, pieces=True), job[1])
                jobs.append(job)
                styles.append(getattr(layer, "style", None))
        feedback.check()
        results = run_together(jobs) if jobs else []
        frames = []
        for style, (outcome, frame) in zip(styles, results, strict=True):
            if outcome == "errored":
                raise frame
            if isinstance(frame, Frame):
                frames.append((style, frame))
        return view, origin, frames

    def draw(self, bbox, width_mm: float, height_mm: float, dpi: float,
             feedback: Feedback | None = None) -> QtGui.QImage:
        """The map of ``bbox`` (project CRS) as an image of ``width_mm`` x ``height_mm`` at ``dpi``.

        The image is exactly ``round(mm * dpi / 25.4)`` pixels each way and ``bbox`` fills it; its
        aspect ratio must be the frame's (see :func:`layers.print_layout.map_view`).
        """
        view, origin, frames = self.frames(bbox, width_mm, height_mm, dpi, feedback)
        width_px = max(1, round(width_mm * dpi / 25.4))
        height_px = max(1, round(height_mm * dpi / 25.4))
        image = QtGui.QImage(width_px, height_px, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        dots = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(QtGui.QColor(BACKGROUND))
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
            for style, frame in frames:
                _paint_frame(painter, frame, view, origin, style, (width_px, height_px))
        finally:
            painter.end()
        return image.convertToFormat(QtGui.QImage.Format.Format_RGB32)  # opaque: the PDF may compress it as a photo


def _paint_frame(painter: QtGui.QPainter, frame: Frame, view: View, origin, style, size) -> None:
    """Draw one layer's frame over the whole image (its picture, or its pieces drawn into one)."""
    if frame.picture is None and (frame.paths or frame.points or frame.labels):
        frame = rasterise(frame, view, origin, style)
    picture = frame.picture
    if picture is None and frame.image is not None:
        picture = _to_qimage(frame.image)
    if picture is None or frame.image_rect is None:
        return
    x, y, w, h = frame.image_rect  # origin-relative CRS units; the image's row 0 is its top
    minx, miny, maxx, maxy = view.bbox
    sx = size[0] / (maxx - minx)
    sy = size[1] / (maxy - miny)
    target = QtCore.QRectF(x * sx, (maxy - miny - (y + h)) * sy, w * sx, h * sy)
    if not all(map(math.isfinite, (target.x(), target.y(), target.width(), target.height()))):
        return
    painter.drawImage(target, picture, QtCore.QRectF(0, 0, picture.width(), picture.height()))
