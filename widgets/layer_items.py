"""Graphics items that draw one layer each on the map canvas.

Heavy work (reprojecting, packing, simplifying to the pixel size, binning points, reading raster windows) is
plain Python from ``layers`` and runs in a worker; ``paint`` only draws the prepared frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
import shapely
from PySide6 import QtCore, QtGui

from layers import lod
from widgets import marker_splat, symbols
from widgets.map_labels import draw_labels, visible_labels

DENSE_POINTS = 60_000  # above this a point layer is drawn as a binned image
SELECTION_COLOUR = "#ffd400"


@dataclass
class View:
    """What the canvas shows: the visible rectangle in project CRS and its size in pixels."""

    bbox: tuple[float, float, float, float]
    width: int
    height: int

    @property
    def pixel_size(self) -> float:
        return max((self.bbox[2] - self.bbox[0]) / max(self.width, 1),
                   (self.bbox[3] - self.bbox[1]) / max(self.height, 1))


@dataclass
class PreparedVector:
    """A vector layer reprojected to the project CRS and packed for fast drawing (built in a worker)."""

    kind: str
    count: int
    packed: lod.PackedGeometry | None = None
    xy: np.ndarray | None = None  # points, project CRS
    class_index: np.ndarray | None = None
    label_xy: np.ndarray | None = None
    labels: np.ndarray | None = None
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


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


def prepare_vector(layer, project_crs: str) -> PreparedVector:
    """Reproject and pack a vector layer once; re-run when its data, style or the project CRS change."""
    data = layer.data_in(project_crs)
    geoms = np.asarray(data.geometry.values, dtype=object)
    kind = layer.geometry_kind
    style = layer.style
    classes = np.asarray(style.class_index(data), dtype=np.int64) if style is not None else None
    prepared = PreparedVector(kind=kind, count=len(data), class_index=classes)
    if kind == "point":
        prepared.xy = anchor_xy(geoms)
        finite = prepared.xy[np.isfinite(prepared.xy).all(axis=1)]
        if finite.size:
            prepared.bounds = (*(float(v) for v in finite.min(axis=0)),
                               *(float(v) for v in finite.max(axis=0)))
    else:
        prepared.packed = lod.pack_geometries(geoms)
        if prepared.packed.n_rings:
            prepared.bounds = prepared.packed.bounds
    field_name = style.label_field if style is not None else None
    if field_name and field_name in data.columns:
        ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        prepared.label_xy = anchor_xy(geoms if kind == "point" else _surface_points(geoms, ok))
        prepared.labels = data[field_name].astype("string").fillna("").to_numpy(dtype=object)
    return prepared


def anchor_xy(geoms: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates of points (multi-parts and other types by their centroid; NaN when missing)."""
    if geoms.size and (shapely.get_type_id(geoms) == 0).all():  # plain points: one call
        xy = shapely.get_coordinates(geoms)
        if len(xy) == len(geoms):  # no empty point among them
            return xy
    x = shapely.get_x(geoms)
    y = shapely.get_y(geoms)
    other = np.isnan(x)
    if other.any():
        other[other] = ~(shapely.is_missing(geoms[other]) | shapely.is_empty(geoms[other]))
    if other.any():
        centres = shapely.centroid(geoms[other])
        x[other], y[other] = shapely.get_x(centres), shapely.get_y(centres)
    return np.column_stack([x, y])


def _surface_points(geoms: np.ndarray, ok: np.ndarray) -> np.ndarray:
    out = np.full(len(geoms), None, dtype=object)
    out[ok] = shapely.point_on_surface(geoms[ok])
    return out


def _class_symbols(style):
    """(fill, stroke) per class index; None for a single-symbol style."""
    if style is None or style.kind == "single" or not style.classes:
        return None
    return [(c.fill or style.fill, c.stroke or style.stroke) for c in style.classes]


def build_vector_frame(prepared: PreparedVector, style, view: View, origin: tuple[float, float],
                       opacity: float, selection: np.ndarray | None = None,
                       is_cancelled=lambda: False) -> Frame:
    """Simplify, cull and group a prepared layer into paintable pieces for ``view`` (worker-safe)."""
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
        inside = ((xy[:, 0] >= minx - pad) & (xy[:, 0] <= maxx + pad)
                  & (xy[:, 1] >= miny - pad) & (xy[:, 1] <= maxy + pad))
        if inside.sum() > DENSE_POINTS:
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
            if is_cancelled():
                return frame
            arrays = lod.simplify_to_pixel(packed, px, view=view.bbox, features=mask)
            if len(arrays.x) == 0:
                continue
            path = fn.arrayToQPath(arrays.x + np.float32(packed.origin[0] - ox),
                                   arrays.y + np.float32(packed.origin[1] - oy), connect=arrays.connect)
            path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)
            brush = symbols.fill_brush(f, opacity * 0.75) if polygon else QtGui.QBrush()
            pen = symbols.stroke_pen(s if polygon else (f if klass else stroke), width, opacity)
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
    if is_cancelled():
        return frame
    if not (frame.paths or frame.points or frame.labels or frame.image is not None):
        return frame  # nothing in view: no picture to allocate, blend and paint
    return rasterise(frame, view, origin, style)


BIG_PATH = 20_000  # path elements above which antialiasing costs more than it shows


def rasterise(frame: Frame, view: View, origin: tuple[float, float], style) -> Frame:
    """Draw a frame into one image of the view's pixel size (worker-safe: QPainter on a QImage).

    Panning then only moves an image, and the next level of detail is drawn off the GUI thread
    (the QGIS renderer design: render in the worker, show on the GUI thread).
    """
    width, height = max(view.width, 1), max(view.height, 1)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    minx, miny, maxx, maxy = view.bbox
    sx, sy = width / (maxx - minx), height / (maxy - miny)
    to_pixels = QtGui.QTransform(sx, 0.0, 0.0, -sy, -(minx - origin[0]) * sx, (maxy - origin[1]) * sy)
    painter = QtGui.QPainter(image)
    try:  # a painter left active on a freed image would crash the program
        painter.setTransform(to_pixels)
        _draw_frame(painter, frame, to_pixels, style, (sx, sy, width, height))
    finally:
        painter.end()
    frame.picture = image
    frame.image_rect = (minx - origin[0], miny - origin[1], maxx - minx, maxy - miny)
    return frame


def _draw_frame(painter: QtGui.QPainter, frame: Frame, to_pixels: QtGui.QTransform, style,
                size: tuple[float, float, int, int]) -> None:
    """The pieces of ``frame`` in drawing order: binned image, paths, markers, labels."""
    sx, sy, width, height = size
    if frame.image is not None and frame.image_rect is not None:
        x, y, w, h = frame.image_rect
        dense = _to_qimage(frame.image)
        painter.save()
        painter.translate(x, y + h)
        painter.scale(w / dense.width(), -h / dense.height())
        painter.drawImage(QtCore.QPointF(0, 0), dense)
        painter.restore()
    for path, pen, brush in frame.paths:
        _draw_path(painter, path, pen, brush)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    for poly, pen in frame.points:
        if marker_splat.suits(pen, poly.size()):
            xy = fn.ndarray_from_qpolygonf(poly)
            markers = marker_splat.splat(xy[:, 0] * sx + to_pixels.dx(), xy[:, 1] * -sy + to_pixels.dy(),
                                         pen, width, height)
            painter.save()
            painter.resetTransform()
            painter.drawImage(0, 0, markers)
            painter.restore()
            continue
        painter.setPen(pen)
        painter.drawPoints(poly)
    if frame.labels:
        draw_labels(painter, to_pixels, frame.labels, style, frame.label_lift)


def _draw_path(painter: QtGui.QPainter, path, pen: QtGui.QPen, brush: QtGui.QBrush) -> None:
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
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(path)


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
