"""Basemap tiles without the internet: MBTiles files, and XYZ/WMTS URL templates with a disk cache.

Both sources hand out encoded tiles (PNG/JPEG/WebP bytes) by XYZ numbering on the Spherical Mercator
(EPSG:3857, "GoogleMapsCompatible") grid: row 0 at the top, ``2**z`` tiles a side. :func:`decode_tile`
turns the bytes into an RGBA array with GDAL's image drivers, so no Qt is needed here.

A township office is often offline: :class:`XYZSource` keeps every tile it fetched on disk, and when the
network fails it says so once, serves what is cached and leaves the network alone for a while.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.request
import uuid
import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from rasterio.errors import NotGeoreferencedWarning, RasterioIOError
from rasterio.io import MemoryFile
from rasterio.transform import Affine

from datasources.errors import Damaged, DataSourceError, UnsupportedFormat
from datasources.feedback import IsCancelled, Progress, never_cancelled, no_progress

ORIGIN_SHIFT = 20037508.342789244
"""Half the width of the Spherical Mercator world, in metres (EPSG:3857)."""
MAX_LATITUDE = 85.0511287798066
"""Latitude where the square Mercator world ends."""
IMAGE_FORMATS = ("png", "jpg", "webp")
MAX_TILE_BYTES = 4 * 1024 * 1024
"""A tile larger than this is not an image tile; the download is dropped."""
MAX_TILE_PIXELS = 2048 * 2048
"""A tile claiming more pixels is refused before decoding (a tiny PNG can claim gigapixels)."""
TileKey = tuple[int, int, int]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF8", "gif"))
_TOKENS = {"{z}": "z", "{x}": "x", "{y}": "y", "{-y}": "tms_y", "{s}": "s", "{key}": "key",
           "{tilematrix}": "z", "{tilecol}": "x", "{tilerow}": "y"}
_USER_AGENT = "TownshipConsole/0.1 (offline-first basemap cache)"

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
        raise Damaged(None, f"a basemap tile is not a readable image ({exc})",
                      "The tile is skipped; re-export or re-download the basemap") from exc
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
        self.path = Path(path)
        _check_sqlite_header(self.path)
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise Damaged(self.path, f"SQLite cannot open it ({exc})", "Copy the file again") from exc
        self._lock = threading.Lock()
        try:
            self._read_metadata()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise Damaged(self.path, f"the MBTiles database is damaged ({exc})",
                          "Copy or export the basemap again") from exc
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
            raise UnsupportedFormat(self.path, f"an SQLite file without the MBTiles table(s) "
                                    f"{', '.join(missing)}", "Export the basemap as MBTiles (raster tiles)")
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
            raise UnsupportedFormat(self.path, f"it holds {fmt} tiles, which the map cannot draw",
                                    "Use a raster MBTiles (png, jpg or webp tiles)")
        self.format = fmt
        self.bounds = _parse_bounds(meta.get("bounds")) or self._bounds_of_tiles()

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
            raise Damaged(self.path, f"tile {z}/{x}/{y} cannot be read ({exc})",
                          "Copy or export the basemap again") from exc
        return bytes(rows[0][0]) if rows and rows[0][0] else None

    def tiles(self, keys: Iterable[TileKey], progress: Progress = no_progress,
              is_cancelled: IsCancelled = never_cancelled) -> dict[TileKey, bytes | None]:
        """Several tiles at once: ``{(z, x, y): bytes or None}``; stops early when cancelled."""
        return _fetch_each(self.tile, list(keys), progress, is_cancelled)


def _fetch_each(fetch, keys, progress, is_cancelled) -> dict:
    found = {}
    for done, key in enumerate(keys):
        if is_cancelled():
            break
        found[key] = fetch(*key)
        progress((done + 1) / len(keys), "reading basemap tiles")
    return found


def _check_sqlite_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError as exc:
        raise DataSourceError(path, "the file does not exist", "Check the path") from exc
    except OSError as exc:
        raise DataSourceError(path, f"the file cannot be read ({exc.strerror})", "Check its permissions") from exc
    if not header.startswith(_SQLITE_MAGIC):
        raise UnsupportedFormat(path, "not an SQLite database, so not an MBTiles basemap",
                                "Choose a .mbtiles file")
    if len(header) < 100:
        raise Damaged(path, "the file is truncated (shorter than an SQLite header)", "Copy the file again")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if counter_valid and pages and size < pages * page_size:
        raise Damaged(path, f"the file is truncated: {size:,} of {pages * page_size:,} bytes",
                      "Copy the file again from its source")


def _int_or(text: str | None, default: int) -> int:
    try:
        return int(float(text)) if text is not None else int(default)
    except ValueError:
        return int(default)


def _parse_bounds(text: str | None) -> tuple[float, float, float, float] | None:
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


class XYZSource:
    """Tiles from a URL template, kept in a disk cache so the basemap still shows offline.

    Parameters
    ----------
    template : str
        ``https://t{s}.tianditu.gov.cn/img_w/wmts?...&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}`` or
        ``https://host/{z}/{x}/{y}.png``. Placeholders: ``{z} {x} {y}``, ``{-y}`` (TMS row), ``{s}``
        (subdomain), ``{key}``, and the WMTS names ``{TileMatrix} {TileRow} {TileCol}``.
    cache_dir : str or Path
        Tiles go to ``cache_dir/<template hash>/z/x/y.tile``; the key is not part of the hash.
    user_agent : str
    timeout : float
        Seconds per request.
    key : str
        Put in place of ``{key}`` (e.g. a Tianditu token).
    subdomains : str or sequence of str, optional
        For ``{s}``; by default ``0``-``7`` for Tianditu and ``a b c`` otherwise.
    notify : callable(message), optional
        Told once when the network fails (and once more only after it worked again); it may be
        called from a worker thread, so a GUI must hand the message to its own thread.
    retry_after : float
        Seconds to leave the network alone after a failure; cached tiles are served meanwhile.
    name : str, optional
    minzoom, maxzoom : int
    bounds : (west, south, east, north) in degrees, optional
    tile_size : int
        Pixels a side (256; 512 for "@2x" services).
    clock : callable, optional
        Monotonic seconds (tests pass their own).
    """

    def __init__(self, template: str, cache_dir: str | Path, user_agent: str = _USER_AGENT,
                 timeout: float = 5, key: str = "", subdomains=None,
                 notify: Callable[[str], None] | None = None, retry_after: float = 60.0,
                 name: str | None = None, minzoom: int = 0, maxzoom: int = 18,
                 bounds: tuple[float, float, float, float] | None = None, tile_size: int = 256,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.template = _check_template(template)
        host = urlsplit(template.replace("{s}", "a")).hostname or ""
        if subdomains is None:
            subdomains = "01234567" if "tianditu" in host else "abc"
        self.subdomains = tuple(subdomains) or ("",)
        self.key, self.user_agent, self.timeout = str(key), str(user_agent), float(timeout)
        self.notify = notify or (lambda message: None)
        self.retry_after = float(retry_after)
        self.name = name or host or "XYZ basemap"
        self.minzoom, self.maxzoom = int(minzoom), int(maxzoom)
        self.bounds = _parse_bounds(",".join(map(str, bounds))) if bounds else None
        self.attribution = ""
        self.tile_size = int(tile_size)
        digest = hashlib.sha1(self.template.encode("utf-8")).hexdigest()[:16]
        self.cache_dir = Path(cache_dir) / digest
        self.requests_made = 0
        self.last_problem = ""
        self._clock = clock
        self._offline_until = float("-inf")
        self._told = False
        self._absent: set[TileKey] = set()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<XYZSource {self.name!r} cache={self.cache_dir}>"

    @property
    def offline(self) -> bool:
        """True while the network is left alone after a failure (cached tiles are still served)."""
        return self._clock() < self._offline_until

    def url(self, z: int, x: int, y: int) -> str:
        """The URL of tile ``z/x/y``."""
        values = {"z": z, "x": x, "y": y, "tms_y": (1 << z) - 1 - y, "key": self.key,
                  "s": self.subdomains[(x + y) % len(self.subdomains)]}
        return re.sub(r"\{[^{}]*\}", lambda m: str(values[_TOKENS[m.group(0).lower()]]), self.template)

    def cache_path(self, z: int, x: int, y: int) -> Path:
        """Where tile ``z/x/y`` is kept on disk."""
        return self.cache_dir / str(z) / str(x) / f"{y}.tile"

    def cached(self, z: int, x: int, y: int) -> bytes | None:
        """The cached tile, without touching the network."""
        try:
            return self.cache_path(z, x, y).read_bytes() or None
        except OSError:
            return None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile from the cache, else from the network (unless offline); None when unavailable."""
        if z < 0 or not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        data = self.cached(z, x, y)
        if data is not None or self.offline or (z, x, y) in self._absent:
            return data
        return self._download(z, x, y)

    def tiles(self, keys: Iterable[TileKey], progress: Progress = no_progress,
              is_cancelled: IsCancelled = never_cancelled, workers: int = 4) -> dict[TileKey, bytes | None]:
        """Several tiles: cached ones first, the rest downloaded a few at a time."""
        keys = list(keys)
        found = {key: self.cached(*key) for key in keys}
        wanted = [key for key, data in found.items() if data is None]
        if not wanted or self.offline:
            progress(1.0, "basemap tiles from the cache")
            return found
        progress((len(keys) - len(wanted)) / len(keys), "downloading basemap tiles")
        def fetch(key: TileKey) -> bytes | None:
            return None if is_cancelled() else self.tile(*key)

        if workers <= 1:
            fetched = {key: fetch(key) for key in wanted}
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                fetched = dict(zip(wanted, pool.map(fetch, wanted), strict=True))
        found.update(fetched)
        progress(1.0, "basemap tiles ready")
        return found

    def _download(self, z: int, x: int, y: int) -> bytes | None:
        request = urllib.request.Request(self.url(z, x, y), headers={"User-Agent": self.user_agent})
        with self._lock:
            self.requests_made += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                data = response.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as exc:
            if exc.code in (204, 404):
                self._absent.add((z, x, y))
                return None
            return self._went_offline(f"the basemap server answered {exc.code} {exc.reason}",
                                      "check the key or the address")
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            return self._went_offline(f"the basemap server cannot be reached ({reason})",
                                      "showing cached tiles only")
        if not data or len(data) > MAX_TILE_BYTES or image_format(data) is None:
            return self._went_offline("the basemap server sent something that is not an image tile",
                                      "check the key or the address")
        self._store(self.cache_path(z, x, y), data)
        with self._lock:
            self._told = False
        return data

    def _went_offline(self, problem: str, advice: str) -> None:
        with self._lock:
            self._offline_until = self._clock() + self.retry_after
            self.last_problem = problem
            tell, self._told = not self._told, True
        if tell:
            self.notify(f"{self.name}: {problem}; {advice}. Trying again in {self.retry_after:.0f} s.")
        return None

    @staticmethod
    def _store(path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
            part.write_bytes(data)
            os.replace(part, path)
        except OSError:
            pass  # a cache that cannot be written only costs a download next time


def _check_template(template: str) -> str:
    template = str(template).strip()
    scheme = urlsplit(template.replace("{s}", "a")).scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"a basemap URL must start with http:// or https://, not {template[:40]!r}")
    tokens = {token.lower() for token in re.findall(r"\{[^{}]*\}", template)}
    unknown = sorted(tokens - set(_TOKENS))
    if unknown:
        raise ValueError(f"unknown placeholder(s) {', '.join(unknown)} in the basemap URL; "
                         f"use {{z}} {{x}} {{y}} {{-y}} {{s}} {{key}}")
    kinds = {_TOKENS[token] for token in tokens}
    if "z" not in kinds or "x" not in kinds or not kinds & {"y", "tms_y"}:
        raise ValueError("a basemap URL needs {z}, {x} and {y} (or {-y})")
    if "tianditu" in template.lower() and re.search(r"/[a-z]{3}_c/", template.lower()):
        raise ValueError("Tianditu '_c' layers are in degrees (EPSG:4490 tiles); use the '_w' "
                         "(Web Mercator) layer, e.g. img_w or vec_w")
    return template
