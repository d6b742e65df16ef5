"""Basemap tiles without the internet: the XYZ grid, tile images, and MBTiles files.

Tile sources (:class:`MBTiles` here, :class:`datasources.web_tiles.XYZSource` for URL templates with a
disk cache) hand out encoded tiles (PNG/JPEG/WebP bytes) by XYZ numbering on the Spherical Mercator
(EPSG:3857, "GoogleMapsCompatible") grid: row 0 at the top, ``2**z`` tiles a side. :func:`decode_tile`
turns the bytes into an RGBA array with GDAL's image drivers, so no Qt is needed here.
"""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from rasterio.errors import NotGeoreferencedWarning, RasterioIOError
from rasterio.io import MemoryFile
from rasterio.transform import Affine

from datasources.errors import QT_TRANSLATE_NOOP, Damaged, DataSourceError, UnsupportedFormat
from datasources.feedback import Feedback
from datasources.vetting import vet

ORIGIN_SHIFT = 20037508.342789244
"""Half the width of the Spherical Mercator world, in metres (EPSG:3857)."""
MAX_LATITUDE = 85.0511287798066
"""Latitude where the square Mercator world ends."""
IMAGE_FORMATS = ("png", "jpg", "webp")
MAX_TILE_PIXELS = 2048 * 2048
"""A tile claiming more pixels is refused before decoding (a tiny PNG can claim gigapixels)."""
TileKey = tuple[int, int, int]

_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF8", "gif"))

# Tiles are plain images with no geotransform; rasterio warns about that when a MemoryFile opens one.
# One narrow filter instead of catch_warnings(), which is not thread-safe and tiles decode in workers.
warnings.filterwarnings("ignore", message="Dataset has no geotransform", category=NotGeoreferencedWarning,
                        module=r"rasterio\.io")


def tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """The (minx, miny, maxx, maxy) of XYZ tile ``z/x/y`` in EPSG:3857 metres."""
    size = 2 * ORIGIN_SHIFT / (1 << z)
    minx = -ORIGIN_SHIFT + x * size
    maxy = ORIGIN_SHIFT - y * size
    return (minx, maxy - size, minx + size, maxy)


def image_format(data: bytes) -> str | None:
    """The image format of encoded tile bytes by their signature: "png", "jpg", "webp", "gif" or None."""
    head = bytes(data[:12])
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return next((name for magic, name in _SIGNATURES if head.startswith(magic)), None)


def decode_tile(data: bytes) -> np.ndarray:
    """Decode an encoded tile to RGBA.

    Parameters
    ----------
    data : bytes
        PNG, JPEG or WebP (grey, grey+alpha, RGB, RGBA or paletted).

    Returns
    -------
    numpy.ndarray
        uint8 (height, width, 4).

    Raises
    ------
    Damaged
        When the bytes are not an image GDAL can decode, or claim more than ``MAX_TILE_PIXELS``.
    """
    try:
        with MemoryFile(bytes(data)) as memfile, memfile.open() as image:
            if image.width * image.height > MAX_TILE_PIXELS:
                raise ValueError(f"it claims {image.width} x {image.height} pixels")
            bands = image.read()
            palette = image.colormap(1) if image.count == 1 and _paletted(image) else None
    except (RasterioIOError, ValueError) as exc:
        raise Damaged(None,
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "a basemap tile is not a readable image ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "The tile is skipped; re-export or re-download the "
                                        "basemap"),
                      reason=str(exc)) from exc
    if bands.dtype != np.uint8:
        bands = np.clip(bands, 0, 255).astype(np.uint8)
    count, height, width = bands.shape
    if palette is not None:
        table = np.zeros((256, 4), dtype=np.uint8)
        for index, colour in palette.items():
            if 0 <= index < 256:
                table[index] = colour
        return table[bands[0]]
    rgba = np.empty((height, width, 4), dtype=np.uint8)
    if count >= 3:
        rgba[..., :3] = np.moveaxis(bands[:3], 0, -1)
    else:
        rgba[..., :3] = bands[0][..., None]
    rgba[..., 3] = bands[3] if count >= 4 else bands[1] if count == 2 else 255
    return rgba


def encode_png(rgba: np.ndarray) -> bytes:
    """Encode a uint8 (height, width, 4) array as PNG bytes (for tests and for writing tile caches)."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    height, width, count = rgba.shape
    with MemoryFile() as memfile:
        with memfile.open(driver="PNG", width=width, height=height, count=count, dtype="uint8",
                          transform=Affine.translation(0, height)) as image:  # not identity: no warning
            image.write(np.moveaxis(rgba, -1, 0))
        return memfile.read()


def _paletted(image) -> bool:
    try:
        return image.colorinterp[0].name == "palette"
    except (AttributeError, IndexError):
        return False


class MBTiles:
    """An MBTiles 1.3 file: a basemap kept on disk, read-only.

    Parameters
    ----------
    path : str or Path

    Attributes
    ----------
    name, format, attribution : str
    bounds : (west, south, east, north) in degrees, or None
        From the metadata, else the tiles present at ``minzoom``.
    minzoom, maxzoom : int
    tile_size : int
        Pixels a side (256 unless the file holds otherwise).

    Raises
    ------
    DataSourceError
        ``UnsupportedFormat`` when the file is not SQLite, lacks the MBTiles tables or holds vector tiles;
        ``Damaged`` when it is truncated or SQLite cannot read it.
    """

    offline = False  # a file never goes offline

    def __init__(self, path: str | Path) -> None:
        self.path = vet(path, "tiles").path
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise Damaged(self.path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "SQLite cannot open it ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Copy the file again"),
                          reason=str(exc)) from exc
        self._lock = threading.Lock()
        try:
            self._read_metadata()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise Damaged(self.path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "the MBTiles database is damaged ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Copy or export the basemap again"),
                          reason=str(exc)) from exc
        except DataSourceError:
            self._db.close()
            raise
        self._tile_size: int | None = None

    def __repr__(self) -> str:
        return f"<MBTiles {self.path.name!r} {self.format} z{self.minzoom}-{self.maxzoom}>"

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _read_metadata(self) -> None:
        names = {row[0] for row in self._query(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        missing = [table for table in ("metadata", "tiles") if table not in names]
        if missing:
            raise UnsupportedFormat(self.path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "an SQLite file without the MBTiles "
                                                      "table(s) {names}"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Export the basemap as MBTiles (raster "
                                                      "tiles)"),
                                    names=', '.join(missing))
        meta = {str(k).lower(): str(v) for k, v in self._query("SELECT name, value FROM metadata")
                if k is not None and v is not None}
        self.metadata = meta
        self.name = meta.get("name") or self.path.stem
        self.attribution = meta.get("attribution", "")
        low, high = self._query("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")[0]
        self.minzoom = min(max(_int_or(meta.get("minzoom"), low if low is not None else 0), 0), 30)
        self.maxzoom = min(max(_int_or(meta.get("maxzoom"), high if high is not None else 0),
                               self.minzoom), 30)
        fmt = meta.get("format", "").lower().replace("jpeg", "jpg")
        if not fmt:
            first = self._query("SELECT tile_data FROM tiles LIMIT 1")
            fmt = (image_format(first[0][0]) if first and first[0][0] else None) or "png"
        if fmt not in IMAGE_FORMATS:
            raise UnsupportedFormat(self.path,
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "it holds {fmt} tiles, which the map "
                                                      "cannot draw"),
                                    QT_TRANSLATE_NOOP("DataSourceError",
                                                      "Use a raster MBTiles (png, jpg or webp "
                                                      "tiles)"),
                                    fmt=fmt)
        self.format = fmt
        self.bounds = parse_bounds(meta.get("bounds")) or self._bounds_of_tiles()

    def _bounds_of_tiles(self) -> tuple[float, float, float, float] | None:
        z = self.minzoom
        row = self._query("SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) "
                          "FROM tiles WHERE zoom_level = ?", (z,))[0]
        if row[0] is None:
            return None
        n = (1 << z) - 1
        west, _, _, north = _lonlat_of(tile_bounds(z, row[0], n - row[3]))
        _, south, east, _ = _lonlat_of(tile_bounds(z, row[1], n - row[2]))
        return (west, south, east, north)

    @property
    def tile_size(self) -> int:
        """Pixels a side of the tiles, read from one tile."""
        if self._tile_size is None:
            first = self._query("SELECT tile_data FROM tiles WHERE zoom_level = ? LIMIT 1", (self.maxzoom,))
            try:
                self._tile_size = decode_tile(first[0][0]).shape[1] if first and first[0][0] else 256
            except Damaged:
                self._tile_size = 256
        return self._tile_size

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The encoded tile ``z/x/y`` (XYZ numbering, row 0 at the top), or None when the file lacks it."""
        if z < 0 or not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        try:
            rows = self._query("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                               "AND tile_row = ?", (z, x, (1 << z) - 1 - y))
        except sqlite3.DatabaseError as exc:
            raise Damaged(self.path,
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "tile {z}/{x}/{y} cannot be read ({reason})"),
                          QT_TRANSLATE_NOOP("DataSourceError",
                                            "Copy or export the basemap again"),
                          z=z, x=x, y=y, reason=str(exc)) from exc
        return bytes(rows[0][0]) if rows and rows[0][0] else None

    def tiles(self, keys: Iterable[TileKey],
              feedback: Feedback | None = None) -> dict[TileKey, bytes | None]:
        """Several tiles at once: ``{(z, x, y): bytes or None}``; stops early when cancelled."""
        return _fetch_each(self.tile, list(keys), Feedback.of(feedback))


def _fetch_each(fetch, keys, feedback: Feedback) -> dict:
    found = {}
    for done, key in enumerate(keys):
        if feedback.is_cancelled():
            break
        found[key] = fetch(*key)
        feedback.progress((done + 1) / len(keys), "reading basemap tiles")
    return found


def _int_or(text: str | None, default: int) -> int:
    """A metadata number, or ``default`` when it is not one (a hostile file's 5,000 digits, ``inf``)."""
    try:
        return int(float(str(text)[:40])) if text is not None else int(default)
    except (ValueError, OverflowError):
        return int(default)


def parse_bounds(text: str | None) -> tuple[float, float, float, float] | None:
    try:
        west, south, east, north = (float(v) for v in str(text).split(","))
    except ValueError:
        return None
    west, east = max(west, -180.0), min(east, 180.0)
    south, north = max(south, -MAX_LATITUDE), min(north, MAX_LATITUDE)
    return (west, south, east, north) if west < east and south < north else None


def _lonlat_of(bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = bounds
    lon = np.degrees(np.array([minx, maxx]) / 6378137.0)
    lat = np.degrees(2 * np.arctan(np.exp(np.array([miny, maxy]) / 6378137.0)) - np.pi / 2)
    return (float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1]))
