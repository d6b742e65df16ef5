"""A basemap under the township's data: web-map tiles (MBTiles file or cached XYZ/WMTS) warped to the view.

Tiles live on the Spherical Mercator grid (EPSG:3857); the township's data is usually in a CGCS2000
Gauss-Kruger zone (EPSG:4549 and neighbours). :meth:`BasemapLayer.render_rgba` picks the zoom level whose
pixels match the view, mosaics the covering tiles in EPSG:3857 and warps the mosaic onto the view's own
pixel grid, so the image lines up under data in any CRS. Decoded tiles are kept in a small memory cache so
panning does not decode again.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from rasterio.enums import Resampling
from rasterio.transform import Affine
from rasterio.warp import reproject

from datasources.crs import WGS84, transformer
from datasources.errors import QT_TRANSLATE_NOOP, Damaged
from datasources.feedback import Feedback
from datasources.notes import Note, layer_note
from datasources.tiles import MAX_LATITUDE, ORIGIN_SHIFT, MBTiles, decode_tile, tile_bounds
from layers.base import Extent, Layer, _same_crs
from layers.kinds import register_kind

MERCATOR = "EPSG:3857"
MAX_TILES = 64
"""Most tiles fetched for one view; a wider view drops to a coarser zoom level."""
PARENT_LEVELS = 3
"""A missing tile is drawn from its parent up to this many levels coarser (enlarged)."""


@register_kind("basemap", "web_basemap")
class BasemapLayer(Layer):
    """A tiled basemap: an MBTiles file or an :class:`~datasources.web_tiles.XYZSource`.

    Parameters
    ----------
    source : MBTiles, XYZSource, str or Path
        A path is opened as MBTiles. Anything with ``tile(z, x, y) -> bytes | None``, ``minzoom``,
        ``maxzoom``, ``bounds`` (degrees or None) and ``name`` will do; ``tiles(keys, feedback)``
        is used when present (XYZ downloads a few at a time).
    name : str, optional
        By default the source's name.
    max_tiles : int
        Most tiles per view.
    cached_tiles : int
        Decoded tiles kept in memory (256 px RGBA tiles are 256 KiB each).
    **layer_options
        ``visible``, ``opacity``, ``id``.
    """

    def __init__(self, source, name: str | None = None, max_tiles: int = MAX_TILES,
                 cached_tiles: int = 256, **layer_options) -> None:
        if isinstance(source, str | Path):
            source = MBTiles(source)
        self.source = source
        self.max_tiles = max(1, int(max_tiles))
        self._cache_size = max(1, int(cached_tiles))
        self._decoded: OrderedDict[tuple[int, int, int], np.ndarray | None] = OrderedDict()
        self._lock = threading.Lock()
        self.last_zoom: int | None = None
        super().__init__(name or getattr(source, "name", None) or "Basemap", crs=MERCATOR, **layer_options)

    def kind_state(self) -> dict:
        if getattr(self.source, "path", None) is not None:  # MBTiles
            return {"kind": "basemap", "path": self.source.path}
        if getattr(self.source, "template", None):  # the user's key is never saved
            return {"kind": "web_basemap", "template": self.source.template}
        return super().kind_state()

    @classmethod
    def from_state(cls, entry: dict, options: dict, style, warnings: list[str]):
        if entry.get("kind") == "web_basemap":
            from datasources.web_tiles import TileService, XYZSource

            service = TileService(entry["template"], name=entry.get("name"))
            # A project may come from anyone: its basemap's host is contacted only once the user allows
            # it (awaiting_approval, then approve); until then cached tiles show.
            source = XYZSource(service, default_tile_cache(), approved=False)
            warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "web basemap without its key; add the key again if the service needs one "
                "(cached tiles still show)"))))
            warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "the project names the basemap server {host}; nothing is fetched from it "
                "until you allow it"), host=source.host)))
            return cls(source, name=entry.get("name"), **options)
        if entry.get("missing"):
            warnings.append(layer_note(entry.get("name"), Note(QT_TRANSLATE_NOOP(
                "DataSourceNote", "the basemap file {path} is missing; the layer was left out"),
                path=entry["path"])))
            return None
        return cls(entry["path"], name=entry.get("name"), **options)

    @property
    def awaiting_approval(self) -> str | None:
        """The host of a web basemap read from a project that the user has not allowed yet, else None."""
        if getattr(self.source, "approved", True):
            return None
        return self.source.host

    def approve(self) -> None:
        """Let a web basemap read from a project download tiles from its host (the user said yes)."""
        if hasattr(self.source, "approve"):
            self.source.approve()
            self._decoded.clear()

    @property
    def tile_size(self) -> int:
        return int(getattr(self.source, "tile_size", 256))

    @property
    def extent(self) -> Extent | None:
        """The source's coverage in EPSG:3857 (None when the source does not say)."""
        bounds = getattr(self.source, "bounds", None)
        if not bounds:
            return None
        west, south, east, north = bounds
        south, north = max(south, -MAX_LATITUDE), min(north, MAX_LATITUDE)
        box = transformer(WGS84, MERCATOR).transform_bounds(west, south, east, north)
        return tuple(float(v) for v in box)

    # ------------------------------------------------------------------ zoom and tiles
    def zoom_for(self, bbox: Extent, width: int, height: int, crs: str | None = MERCATOR) -> int | None:
        """The zoom level whose tile pixels best match the view's pixels (within the source's zooms).

        Returns None when the view lies outside the Mercator world.
        """
        merc = _view_in_mercator(bbox, crs)
        if merc is None:
            return None
        res = math.sqrt((merc[2] - merc[0]) / max(int(width), 1) * (merc[3] - merc[1]) / max(int(height), 1))
        if not res > 0:
            return None
        z = round(math.log2(2 * ORIGIN_SHIFT / (self.tile_size * res)))
        return int(min(max(z, self.source.minzoom), self.source.maxzoom))

    def tiles_for(self, bbox: Extent, width: int, height: int,
                  crs: str | None = MERCATOR) -> tuple[int, range, range] | None:
        """The zoom level and the tile columns and rows that cover the view (at most ``max_tiles``).

        Returns None when nothing of the basemap is in view or the view needs more tiles than allowed
        even at the source's coarsest zoom level.
        """
        z = self.zoom_for(bbox, width, height, crs)
        merc = _view_in_mercator(bbox, crs)
        if z is None or merc is None:
            return None
        coverage = self.extent
        if coverage is not None:
            merc = (max(merc[0], coverage[0]), max(merc[1], coverage[1]),
                    min(merc[2], coverage[2]), min(merc[3], coverage[3]))
            if merc[0] >= merc[2] or merc[1] >= merc[3]:
                return None
        while z >= self.source.minzoom:
            cols, rows = _tile_span(merc, z)
            if len(cols) * len(rows) <= self.max_tiles:
                return z, cols, rows
            z -= 1
        return None

    def _decoded_tile(self, key: tuple[int, int, int], data: bytes | None, remember_missing: bool):
        image = None
        if data is not None:
            try:
                image = decode_tile(data)
            except Damaged:
                image = None
        size = self.tile_size
        if image is not None and image.shape[:2] != (size, size):  # a stray size: nearest resample
            rows = np.arange(size) * image.shape[0] // size
            cols = np.arange(size) * image.shape[1] // size
            image = image[rows][:, cols]
        if image is not None or remember_missing:
            with self._lock:
                self._decoded[key] = image
                while len(self._decoded) > self._cache_size:
                    self._decoded.popitem(last=False)
        return image

    def _tiles(self, keys, feedback: Feedback) -> dict:
        found, wanted = {}, []
        with self._lock:
            for key in keys:
                if key in self._decoded:
                    self._decoded.move_to_end(key)
                    found[key] = self._decoded[key]
                else:
                    wanted.append(key)
        if wanted:
            fetch_many = getattr(self.source, "tiles", None)
            if fetch_many is not None:
                raw = fetch_many(wanted, feedback)
            else:
                raw = {key: self.source.tile(*key) for key in wanted if not feedback.is_cancelled()}
            remember = not getattr(self.source, "offline", False)
            for key in wanted:
                if key in raw:
                    found[key] = self._decoded_tile(key, raw[key], remember)
        return found

    def _from_parent(self, z: int, x: int, y: int) -> np.ndarray | None:
        """Tile ``z/x/y`` cut from its nearest ancestor that exists, enlarged."""
        size = self.tile_size
        for up in range(1, PARENT_LEVELS + 1):
            if z - up < self.source.minzoom or size >> up == 0:
                return None
            parent_key = (z - up, x >> up, y >> up)
            parent = self._tiles([parent_key], Feedback()).get(parent_key)
            if parent is not None:
                part = size >> up
                row, col = (y - (y >> up << up)) * part, (x - (x >> up << up)) * part
                piece = parent[row:row + part, col:col + part]
                return np.repeat(np.repeat(piece, 1 << up, axis=0), 1 << up, axis=1)
        return None

    # ------------------------------------------------------------------ drawing
    def render_rgba(self, bbox: Extent, width: int, height: int, crs: str | None = MERCATOR,
                    feedback: Feedback | None = None) -> np.ndarray:
        """The basemap for a view, as an image on the view's pixel grid.

        Parameters
        ----------
        bbox : (minx, miny, maxx, maxy)
            The view in ``crs``.
        width, height : int
            Pixels; row 0 is the top (``maxy``).
        crs : str
            CRS of the view (the project CRS), e.g. ``"EPSG:4549"``.
        feedback : Feedback, optional
            Told how far the drawing is; asked between steps whether to stop.

        Returns
        -------
        numpy.ndarray
            uint8 (height, width, 4) RGBA, not premultiplied; transparent where no tile exists.
            The layer's ``opacity`` is not applied (the canvas applies it when drawing).

        Raises
        ------
        Cancelled
            When ``feedback`` is cancelled.
        """
        feedback = Feedback.of(feedback)
        width, height = max(int(width), 1), max(int(height), 1)
        out = np.zeros((4, height, width), dtype=np.uint8)
        span = self.tiles_for(bbox, width, height, crs)
        if span is None:
            feedback.progress(1.0, "no basemap here at this scale")
            return np.ascontiguousarray(out.transpose(1, 2, 0))
        z, cols, rows = span
        self.last_zoom = z
        keys = [(z, x, y) for y in rows for x in cols]
        fetching = Feedback(lambda f, m: feedback.progress(0.8 * f, m), feedback.is_cancelled)
        tiles = self._tiles(keys, fetching)
        feedback.check()
        size = self.tile_size
        mosaic = np.zeros((4, len(rows) * size, len(cols) * size), dtype=np.uint8)
        placed = 0
        for (_, x, y), image in tiles.items():
            if image is None:
                image = self._from_parent(z, x, y)
            if image is not None:
                top, left = (y - rows.start) * size, (x - cols.start) * size
                mosaic[:, top:top + size, left:left + size] = image.transpose(2, 0, 1)
                placed += 1
        feedback.check()
        if placed:
            feedback.progress(0.9, "fitting the basemap to the map")
            minx, _, _, maxy = tile_bounds(z, cols.start, rows.start)
            pixel = 2 * ORIGIN_SHIFT / (1 << z) / size
            west, south, east, north = bbox
            view = Affine((east - west) / width, 0.0, west, 0.0, -(north - south) / height, north)
            reproject(mosaic, out, src_transform=Affine(pixel, 0.0, minx, 0.0, -pixel, maxy),
                      src_crs=MERCATOR, dst_transform=view, dst_crs=crs or MERCATOR,
                      resampling=Resampling.bilinear, src_alpha=4, dst_alpha=4, XSCALE=1, YSCALE=1)
        feedback.progress(1.0, "basemap ready")
        return np.ascontiguousarray(out.transpose(1, 2, 0))


def _tile_span(merc: Extent, z: int) -> tuple[range, range]:
    n = 1 << z
    size = 2 * ORIGIN_SHIFT / n
    x0 = min(max(math.floor((merc[0] + ORIGIN_SHIFT) / size), 0), n - 1)
    x1 = min(max(math.ceil((merc[2] + ORIGIN_SHIFT) / size) - 1, x0), n - 1)
    y0 = min(max(math.floor((ORIGIN_SHIFT - merc[3]) / size), 0), n - 1)
    y1 = min(max(math.ceil((ORIGIN_SHIFT - merc[1]) / size) - 1, y0), n - 1)
    return range(x0, x1 + 1), range(y0, y1 + 1)


def _view_in_mercator(bbox: Extent, crs: str | None) -> Extent | None:
    """The view's bounds in EPSG:3857, clipped to the Mercator world; None when outside it."""
    if crs is None or _same_crs(crs, MERCATOR):
        merc = tuple(float(v) for v in bbox)
    else:
        west, south, east, north = transformer(crs, WGS84).transform_bounds(*bbox, densify_pts=21)
        if not all(map(math.isfinite, (west, south, east, north))):
            return None
        if west > east:  # crosses the antimeridian
            west, east = -180.0, 180.0
        south, north = max(south, -MAX_LATITUDE), min(north, MAX_LATITUDE)
        west, east = max(west, -180.0), min(east, 180.0)
        if south >= north or west >= east:
            return None
        merc = transformer(WGS84, MERCATOR).transform_bounds(west, south, east, north, densify_pts=21)
    minx, miny = max(merc[0], -ORIGIN_SHIFT), max(merc[1], -ORIGIN_SHIFT)
    maxx, maxy = min(merc[2], ORIGIN_SHIFT), min(merc[3], ORIGIN_SHIFT)
    if not (minx < maxx and miny < maxy):
        return None
    return (minx, miny, maxx, maxy)


def default_tile_cache() -> Path:
    """Where web tiles are kept between sessions: the user's cache folder (XDG on Linux)."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "township-console" / "tiles"
