"""Graphics items that draw one layer each on the map canvas.

Heavy work (reprojecting, packing, simplifying to the pixel size, binning points, reading raster windows) is
plain Python from ``layers`` and runs in a worker; ``paint`` only draws the prepared frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6 import QtCore, QtGui

from datasources.feedback import Feedback
from layers import lod
from layers.vector_prepare import PreparedVector, all_in_view, prepare_vector
from widgets import marker_splat, symbols
from widgets.big_fill import fill_big, numba_loaded
from widgets.map_labels import draw_labels, visible_labels

DENSE_POINTS = 60_000  # above this a point layer is drawn as a binned image
SELECTION_COLOUR = "#ffd400"


@dataclass
class View:
    """What the canvas shows: the visible rectangle in project CRS and its size in pixels."""

    bbox: tuple[float, float, float, float]
    width: int
    height: int
    ratio: float = 1.0  # device pixels per pixel of the picture (a printed map: its dpi over 96)

    @property
    def pixel_size(self) -> float:
        return max((self.bbox[2] - self.bbox[0]) / max(self.width, 1),
                   (self.bbox[3] - self.bbox[1]) / max(self.height, 1))


@dataclass
class Frame:
    """What to paint for one view: paths with pens and brushes, point sets, an image, labels."""

    paths: list[tuple[QtGui.QPainterPath, QtGui.QPen, QtGui.QBrush]] = field(default_factory=list)
    points: list[tuple[QtGui.QPolygonF, QtGui.QPen]] = field(default_factory=list)
    image: np.ndarray | None = None
    image_rect: tuple[float, float, float, float] | None = None
    labels: list[tuple[float, float, str]] = field(default_factory=list)
    picture: QtGui.QImage | None = None  # everything above drawn at the view's pixel size
    label_lift: float = 0.0  # pixels a label sits above its anchor (points: clear of the marker)
    #: per index into ``paths``: the path's (x, y, connect) arrays, filled by :func:`widgets.big_fill.fill_big` instead
    #: of Qt (a big polygon path)
    fills: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=dict)


def _class_symbols(style):
    """(fill, stroke) per class index; None for a single-symbol style."""
    if style is None or style.kind == "single" or not style.classes:
        return None
    return [(c.fill or style.fill, c.stroke or style.stroke) for c in style.classes]


def build_vector_frame(prepared: PreparedVector, style, view: View, origin: tuple[float, float],
                       opacity: float, selection: np.ndarray | None = None,
                       feedback: Feedback | None = None, pieces: bool = False) -> Frame:
    """Simplify, cull and group a prepared layer into paintable pieces for ``view`` and draw them
    (worker-safe); :class:`~datasources.errors.Cancelled` between steps once ``feedback`` is cancelled.
    With ``pieces`` the pieces are returned undrawn (a PDF draws them as vectors and text)."""
    feedback = Feedback.of(feedback)
    frame = Frame()
    ox, oy = origin
    px = view.pixel_size
    fill = getattr(style, "fill", "#3b7dd8")
    stroke = getattr(style, "stroke", "#1f3f66")
    width = getattr(style, "stroke_width", 0.5)
    size = getattr(style, "marker_size", 2.0)
    klass = _class_symbols(style)
    groups: list[tuple[np.ndarray | None, str, str]] = []
    if klass is None or prepared.class_index is None:
        groups.append((None, fill, stroke))
    else:
        for i, (f, s) in enumerate(klass):
            groups.append((prepared.class_index == i, f, s))
        groups.append((prepared.class_index < 0, "#bdbdbd", "#7f7f7f"))
    if prepared.kind == "point" and prepared.xy is not None:
        xy = prepared.xy
        minx, miny, maxx, maxy = view.bbox
        pad = px * 8
        if all_in_view(prepared, (minx - pad, miny - pad, maxx + pad, maxy + pad), DENSE_POINTS):
            inside = slice(None)  # a first frame: no mask and no copy of a million points (15 ms)
        else:
            inside = ((xy[:, 0] >= minx - pad) & (xy[:, 0] <= maxx + pad)
                      & (xy[:, 1] >= miny - pad) & (xy[:, 1] <= maxy + pad))
        feedback.check()
        if isinstance(inside, slice) or inside.sum() > DENSE_POINTS:
            counts = lod.bin_points(xy[inside, 0], xy[inside, 1], view.bbox, view.width, view.height)
            frame.image = _density_rgba(counts, fill, opacity)
            frame.image_rect = (minx - ox, miny - oy, maxx - minx, maxy - miny)
        else:
            for mask, f, _s in groups:
                keep = inside if mask is None else inside & mask
                if keep.any():
                    poly = _qpolygon(xy[keep, 0] - ox, xy[keep, 1] - oy)
                    frame.points.append((poly, symbols.marker_pen(f, size, opacity)))
        if selection is not None and len(selection):
            sel = xy[selection]
            frame.points.append((_qpolygon(sel[:, 0] - ox, sel[:, 1] - oy),
                                 symbols.marker_pen(SELECTION_COLOUR, size * 1.6, 1.0)))
    elif prepared.packed is not None:
        packed = prepared.packed
        polygon = packed.kind == "polygon"
        for mask, f, s in groups:
            arrays = lod.simplify_to_pixel(packed, px, view=view.bbox, features=mask,
                                           is_cancelled=feedback.is_cancelled)
            if len(arrays.x) == 0:
                continue
            feedback.check()
            x = arrays.x + np.float32(packed.origin[0] - ox)
            y = arrays.y + np.float32(packed.origin[1] - oy)
            path = fn.arrayToQPath(x, y, connect=arrays.connect)
            path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)
            brush = symbols.fill_brush(f, opacity * 0.75) if polygon else QtGui.QBrush()
            pen = symbols.stroke_pen(s if polygon else (f if klass else stroke), width, opacity)
            if polygon and x.size >= BIG_PATH and (x.size > FAST_FILL_VERTICES or numba_loaded()):
                frame.fills[len(frame.paths)] = (x, y, arrays.connect)
            frame.paths.append((path, pen, brush))
        if selection is not None and len(selection):
            arrays = lod.simplify_to_pixel(packed, px, view=view.bbox, features=np.asarray(selection))
            if len(arrays.x):
                path = fn.arrayToQPath(arrays.x + np.float32(packed.origin[0] - ox),
                                       arrays.y + np.float32(packed.origin[1] - oy),
                                       connect=arrays.connect)
                frame.paths.append((path, symbols.stroke_pen(SELECTION_COLOUR, 0.9, 1.0),
                                    symbols.fill_brush(SELECTION_COLOUR, 0.25)))
    if prepared.labels is not None and prepared.label_xy is not None:
        frame.labels = visible_labels(prepared, view, origin)
        if prepared.kind == "point":
            frame.label_lift = size * symbols.MM_TO_PX / 2.0 + 9.0
    feedback.check()
    if not (frame.paths or frame.points or frame.labels or frame.image is not None):
        return frame  # nothing in view: no picture to allocate, blend and paint
    if pieces:
        return frame
    return rasterise(frame, view, origin, style, feedback)


BIG_PATH = 20_000  # path elements above which antialiasing costs more than it shows
FILL_BANDS = 6  # bands of rows a very big path is filled in (a cancel waits for one band at most)
#: path elements from which a path is filled in bands: at the whole extent of 100,000 villages (787,000)
#: a fill costs the same in bands, as its time goes with the rows; a zoomed view's smaller path costs
#: more so (each band walks all its edges), and one fill of it is short anyway
BANDED_PATH = 600_000
#: an aliased polygon path is filled by :mod:`widgets.big_fill` (15-30 ms for the 750,000 elements of
#: 100,000 villages at 1600x1000, where Qt's fill took 0.27-0.31 s) once numba is loaded: always above
#: this many vertices, whose simplification loads it
FAST_FILL_VERTICES = lod.NUMPY_MAX_VERTICES


def rasterise(frame: Frame, view: View, origin: tuple[float, float], style,
              feedback: Feedback | None = None) -> Frame:
    """Draw a frame into one image of the view's pixel size (worker-safe: QPainter on a QImage).

    Panning then only moves an image, and the next level of detail is drawn off the GUI thread
    (the QGIS renderer design: render in the worker, show on the GUI thread).
    """
    width, height = max(view.width, 1), max(view.height, 1)
    ratio = getattr(view, "ratio", 1.0)
    minx, miny, maxx, maxy = view.bbox
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    to_pixels = QtGui.QTransform(sx, 0.0, 0.0, -sy, -(minx - origin[0]) * sx, (maxy - origin[1]) * sy)
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    if ratio == 1.0 and _markers_only(frame):  # the households: their splat is the picture itself
        frame.picture = _splat(*frame.points[0], to_pixels, width, height)
        return frame
    image = QtGui.QImage(round(width * ratio), round(height * ratio),
                         QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)  # symbols keep their size in pixels of the view, drawn finer
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    try:  # a painter left active on a freed image would crash the program
        painter.setTransform(to_pixels)
        _draw_frame(painter, frame, to_pixels, style, (sx, sy, width, height), Feedback.of(feedback))
    finally:
        painter.end()
    frame.fills = {}  # drawn: the arrays are not needed any more
    frame.picture = image
    return frame


def _splat(poly: QtGui.QPolygonF, pen: QtGui.QPen, to_pixels: QtGui.QTransform, width: int,
           height: int) -> QtGui.QImage:
    """The markers at ``poly`` (map coordinates less the origin) as an image of the view's pixels."""
    xy = fn.ndarray_from_qpolygonf(poly)
    return marker_splat.splat(xy[:, 0] * to_pixels.m11() + to_pixels.dx(),
                              xy[:, 1] * to_pixels.m22() + to_pixels.dy(), pen, width, height)


def _markers_only(frame: Frame) -> bool:
    """True when the frame is one set of many markers of one colour and nothing else: their splat
    (:mod:`widgets.marker_splat`) is then the picture, without a picture to clear and blend it onto
    (4-6 MB of fresh memory and a blend of the whole view less per frame)."""
    return (len(frame.points) == 1 and not frame.paths and not frame.labels and frame.image is None
            and marker_splat.suits(frame.points[0][1], frame.points[0][0].size()))


def _draw_frame(painter: QtGui.QPainter, frame: Frame, to_pixels: QtGui.QTransform, style,
                size: tuple[float, float, int, int], feedback: Feedback) -> None:
    """The pieces of ``frame`` in drawing order: binned image, paths, markers, labels (a look at
    ``feedback`` before each path)."""
    sx, sy, width, height = size
    if frame.image is not None and frame.image_rect is not None:
        x, y, w, h = frame.image_rect
        dense = _to_qimage(frame.image)
        painter.save()
        painter.translate(x, y + h)
        painter.scale(w / dense.width(), -h / dense.height())
        painter.drawImage(QtCore.QPointF(0, 0), dense)
        painter.restore()
    for index, (path, pen, brush) in enumerate(frame.paths):
        feedback.check()
        rings = frame.fills.get(index)
        if rings is not None and brush.style() == QtCore.Qt.BrushStyle.SolidPattern:
            fill_big(painter, rings, brush.color(), to_pixels)
            feedback.check()
            brush = QtGui.QBrush()  # filled: the outline follows
        _draw_path(painter, path, pen, brush, height, feedback)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    for poly, pen in frame.points:
        if marker_splat.suits(pen, poly.size()):
            markers = _splat(poly, pen, to_pixels, width, height)
            painter.save()
            painter.resetTransform()
            painter.drawImage(0, 0, markers)
            painter.restore()
            continue
        painter.setPen(pen)
        # in pixels: under the map's transform a round dot in degrees (a scale of 1e5) was drawn as a streak
        painter.save()
        painter.resetTransform()
        painter.drawPoints(to_pixels.map(poly))
        painter.restore()
    if frame.labels:
        draw_labels(painter, to_pixels, frame.labels, style, frame.label_lift)


def _draw_path(painter: QtGui.QPainter, path, pen: QtGui.QPen, brush: QtGui.QBrush, height: int = 0,
               feedback: Feedback | None = None) -> None:
    """Draw a path: small ones antialiased, big ones aliased and filled in bands (see
    :func:`_fill_in_bands`; ``height`` is the image's in pixels, ``feedback`` asked between bands)."""
    feedback = Feedback.of(feedback)
    aa = QtGui.QPainter.RenderHint.Antialiasing
    smooth = path.elementCount() < BIG_PATH
    filled = brush.style() != QtCore.Qt.BrushStyle.NoBrush
    if smooth and filled and pen.color().alpha() >= brush.color().alpha():
        # the outline covers the edge of the fill: fill aliased (4x faster than antialiased on the
        # demo's hazard zones), then the outline antialiased
        painter.setRenderHint(aa, False)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawPath(path)
        painter.setRenderHint(aa, True)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        return
    painter.setRenderHint(aa, smooth)
    if filled and height > 0 and path.elementCount() >= BANDED_PATH:
        _fill_in_bands(painter, path, brush, height, feedback)
        brush = QtGui.QBrush()  # filled: the outline follows, over every band's fill
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(path)


def _fill_in_bands(painter: QtGui.QPainter, path, brush: QtGui.QBrush, height: int,
                   feedback: Feedback) -> None:
    """Fill a very big path (aliased) band of rows by band of rows, with a look at ``feedback`` before each.

    Filling 100,000 village polygons at 1600x1000 is one QPainter call of 0.2-0.8 s, too long for a
    cancel to wait; filled in :data:`FILL_BANDS` clipped bands it costs the same and the pixels are the
    same (an aliased fill decides each pixel alone), but a cancelled frame stops within one band.
    """
    to_pixels = painter.transform()
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    edges = np.linspace(0, height, FILL_BANDS + 1).round().astype(int)
    for top, bottom in zip(edges[:-1], edges[1:], strict=True):
        feedback.check()
        painter.resetTransform()  # the clip in whole device pixels: no row in two bands or none
        painter.setClipRect(QtCore.QRect(0, int(top), 1 << 20, int(bottom - top)))
        painter.setTransform(to_pixels)
        painter.drawPath(path)
    painter.setClipping(False)
    feedback.check()


def _to_qimage(rgba: np.ndarray) -> QtGui.QImage:
    h, w = rgba.shape[:2]
    buf = np.ascontiguousarray(rgba)
    return QtGui.QImage(buf.data, w, h, 4 * w, QtGui.QImage.Format.Format_RGBA8888).copy()


def _qpolygon(x: np.ndarray, y: np.ndarray) -> QtGui.QPolygonF:
    poly = fn.create_qpolygonf(len(x))
    arr = fn.ndarray_from_qpolygonf(poly)
    arr[:, 0] = x
    arr[:, 1] = y
    return poly


def _density_rgba(counts: np.ndarray, colour: str, opacity: float) -> np.ndarray:
    """Counts per pixel to an RGBA image in the layer colour, alpha growing with log(count).

    Only the pixels holding points are computed (a few percent of a view of a million points)."""
    qc = QtGui.QColor(colour)
    packed = np.zeros(counts.size, dtype=np.uint32)  # RGBA8888 bytes of each pixel, little-endian
    flat = counts.ravel()
    filled = np.flatnonzero(flat > 0)
    if filled.size:
        level = np.log1p(flat[filled]) / np.log1p(flat[filled].max())
        alpha = ((90 + 165 * level) * opacity).astype(np.uint8).astype(np.uint32)
        packed[filled] = (alpha << 24) | (qc.blue() << 16) | (qc.green() << 8) | qc.red()
    return packed.view(np.uint8).reshape(counts.shape + (4,))


class LayerItem(pg.GraphicsObject):
    """Draws the current :class:`Frame` of one layer (vector features here; widgets.layer_visuals maps
    each layer class to its item). The canvas runs :meth:`prepare_job` in a worker after a data or style
    change, :meth:`frame_job` for each view, and draws again after the layer's ``redraw_events``."""

    redraw_events: tuple[str, ...] = ()
    prepare_function = staticmethod(prepare_vector)

    def prepare_job(self, crs: str | None):
        """(function, args) preparing the layer in a worker for the project CRS; None: nothing to prepare."""
        layer = self.layer
        if getattr(layer, "data", None) is None or not hasattr(layer, "geometry_kind"):
            return None
        return self.prepare_function, (layer, crs)

    def frame_job(self, view: View, origin: tuple[float, float], crs: str | None):
        """(function, args) drawing the next frame in a worker (read on the GUI thread); None: no frame."""
        if self.prepared is None:
            return None
        layer = self.layer
        return build_vector_frame, (self.prepared, layer.style, view, origin, layer.opacity,
                                    np.asarray(layer.selection, dtype=np.int64))

    @classmethod
    def legend(cls, layer) -> list:
        """The layer tree's rows under ``layer``."""
        try:
            return list(layer.legend())
        except Exception:  # noqa: BLE001 — a legend must never break the tree
            return []

    def __init__(self, layer) -> None:
        super().__init__()
        self.layer = layer
        self.frame = Frame()
        self._image: QtGui.QImage | None = None
        self._bounds = QtCore.QRectF()
        self.prepared: PreparedVector | None = None
        self.flattened = False  # the canvas's flat picture draws this item's picture meanwhile
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def picture_image(self) -> QtGui.QImage | None:
        """The image this item paints over its ``frame.image_rect`` (None: paths or nothing)."""
        return self._image if self.frame.image_rect is not None else None

    def set_flattened(self, flattened: bool) -> None:
        if flattened != self.flattened:
            self.flattened = flattened
            self.update()

    def set_bounds(self, rect: QtCore.QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = QtCore.QRectF(rect)

    def set_frame(self, frame: Frame) -> None:
        self.frame = frame
        self._image = None
        if frame.picture is not None:
            self._image = frame.picture
        elif frame.image is not None:
            self._image = _to_qimage(frame.image)
        if frame.image_rect is not None:
            x, y, w, h = frame.image_rect
            self.set_bounds(self._bounds.united(QtCore.QRectF(x, y, w, h)))
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        if self.flattened:
            return
        frame = self.frame
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        if self._image is not None and frame.image_rect is not None:
            x, y, w, h = frame.image_rect
            painter.save()
            # the image's row 0 is the top (max y); the view's y axis points up
            painter.translate(x, y + h)
            painter.scale(w / self._image.width(), -h / self._image.height())
            t = painter.transform()  # smoothing only when the picture is scaled (zooming)
            exact = abs(t.m11() - 1.0) < 1e-6 and abs(t.m22() - 1.0) < 1e-6 and t.m12() == t.m21() == 0
            painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, not exact)
            painter.drawImage(QtCore.QPointF(0, 0), self._image)
            painter.restore()
        if frame.picture is not None:
            return  # paths, points and labels are in the picture
        for path, pen, brush in frame.paths:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
        for poly, pen in frame.points:
            painter.setPen(pen)
            painter.drawPoints(poly)
        if frame.labels:
            draw_labels(painter, painter.transform(), frame.labels, self.layer.style, frame.label_lift)
