"""Photos of residents' reports: checked, decoded and encoded again before they are kept.

A photo is taken only as the picture it shows. Its size is read from the header and refused before any
pixel is decoded when it claims more than :data:`MAX_PIXELS` (a 7.8 KB PNG can claim 8000 x 7990 pixels and
take gigabytes to show); then it is decoded in full (a file that only starts like a PNG, an SVG or a
polyglot with a second file behind the picture, is refused or loses what is not picture) and encoded
again from its pixels alone, so nothing of the original file is kept: no EXIF (GPS positions are personal
data), no comments, no trailing bytes. A JPEG's orientation is applied to the pixels first.
:func:`thumbnail` makes the small picture a report's detail shows, reading a JPEG at reduced size.

GDAL (through rasterio) decodes and encodes, limited to its PNG and JPEG drivers.
"""

from __future__ import annotations

from pathlib import PurePath

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning, RasterioError
from rasterio.io import MemoryFile
from rasterio.transform import Affine

from datasources.errors import QT_TRANSLATE_NOOP, Damaged, FileTooLarge

MAX_BYTES = 10 * 1024 * 1024
#: 50 million pixels: a 50-megapixel phone camera's photo, about 200 MB once decoded.
MAX_PIXELS = 50_000_000
_DRIVERS = {"PNG": "image/png", "JPEG": "image/jpeg"}
_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def _shown(name: str | None) -> str:
    return PurePath(str(name or "photo")).name[:200] or "photo"


def _not_a_photo(name: str, reason: str = "") -> Damaged:
    return Damaged(name,
                   QT_TRANSLATE_NOOP("DataSourceError", "this is not a JPEG or PNG photo ({reason})"),
                   QT_TRANSLATE_NOOP("DataSourceError", "Take a photo with a camera or phone, or save "
                                                        "the picture again as JPEG or PNG."),
                   reason=reason or "unknown content")


def _open(data: bytes, name: str):
    """The photo's dataset (header read, pixels not yet), after the size checks."""
    if len(data) > MAX_BYTES:
        raise FileTooLarge(name,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "the photo has {size:,} bytes, more than {limit:,}"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Make the photo smaller."),
                           size=len(data), limit=MAX_BYTES)
    driver = next((d for magic, d in _MAGIC.items() if data.startswith(magic)), None)
    if driver is None:
        raise _not_a_photo(name, "its first bytes are not those of a JPEG or PNG")
    problem = _incomplete(data, driver)
    if problem:
        raise _not_a_photo(name, problem)
    memfile = MemoryFile(bytes(data))
    try:
        image = memfile.open(driver=driver)
    except (RasterioError, ValueError) as exc:
        memfile.close()
        raise _not_a_photo(name, str(exc).splitlines()[0][:200]) from exc
    if image.driver != driver or image.dtypes[0] != "uint8" or image.count not in (1, 2, 3, 4):
        image.close()
        memfile.close()
        raise _not_a_photo(name, f"{image.driver} {image.count} x {image.dtypes[0]}")
    if image.width * image.height > MAX_PIXELS:
        width, height = image.width, image.height
        image.close()
        memfile.close()
        raise FileTooLarge(name,
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "the photo claims {width} x {height} pixels, more than "
                                             "{limit:,}"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Make the photo smaller."),
                           width=width, height=height, limit=MAX_PIXELS)
    return memfile, image


def _incomplete(data: bytes, driver: str) -> str:
    """Why the file is not a whole PNG or JPEG ('' when it is): GDAL decodes a cut-short file quietly."""
    if driver == "JPEG":
        return "" if data.rfind(b"\xff\xd9") > data.find(b"\xff\xda") > 0 else "the JPEG is cut short"
    import struct
    import zlib

    pos = 8
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            break
        crc = struct.unpack(">I", data[end - 4:end])[0]
        if zlib.crc32(data[pos + 4:end - 4]) != crc:
            return f"the PNG chunk {kind!r} is damaged"
        if kind == b"IEND":
            return ""
        pos = end
    return "the PNG is cut short"


def _pixels(image, name: str, out_shape=None) -> np.ndarray:
    """Decode every pixel (bands, height, width); a file cut short or lying about itself is refused."""
    try:
        with rasterio.Env(GDAL_PAM_ENABLED="NO"):
            bands = image.read(out_shape=out_shape) if out_shape else image.read()
    except (RasterioError, ValueError, MemoryError) as exc:
        raise _not_a_photo(name, str(exc).splitlines()[0][:200]) from exc
    if image.count == 1 and _paletted(image):
        table = np.zeros((256, 4), dtype=np.uint8)
        for index, colour in image.colormap(1).items():
            if 0 <= index < 256:
                table[index] = colour
        bands = np.moveaxis(table[bands[0]], -1, 0)
    return bands


def _paletted(image) -> bool:
    try:
        return image.colorinterp[0].name == "palette"
    except (AttributeError, IndexError):
        return False


def _upright(bands: np.ndarray, orientation: str | None) -> np.ndarray:
    """Apply an EXIF orientation (1-8) to (bands, height, width) pixels, so the photo shows upright."""
    steps = {
        "2": lambda a: a[:, :, ::-1],                        # mirrored
        "3": lambda a: np.rot90(a, 2, axes=(1, 2)),          # upside down
        "4": lambda a: a[:, ::-1, :],                        # mirrored upside down
        "5": lambda a: a.transpose(0, 2, 1),                 # mirrored, turned
        "6": lambda a: np.rot90(a, -1, axes=(1, 2)),         # turned clockwise to show
        "7": lambda a: a.transpose(0, 2, 1)[:, ::-1, ::-1],  # mirrored, turned the other way
        "8": lambda a: np.rot90(a, 1, axes=(1, 2)),          # turned anticlockwise to show
    }
    step = steps.get((orientation or "").strip())
    return np.ascontiguousarray(step(bands) if step else bands)


def _encode(bands: np.ndarray, driver: str) -> bytes:
    count, height, width = bands.shape
    if driver == "JPEG" and count in (2, 4):  # JPEG keeps no alpha
        bands = bands[:-1]
        count -= 1
    options = {"QUALITY": "92"} if driver == "JPEG" else {"ZLEVEL": "6"}
    with rasterio.Env(GDAL_PAM_ENABLED="NO"), MemoryFile() as memfile:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with memfile.open(driver=driver, width=width, height=height, count=count, dtype="uint8",
                              transform=Affine.translation(0, height), **options) as out:
                out.write(bands)
        return memfile.read()


def clean_photo(data: bytes, name: str | None = None) -> tuple[bytes, str]:
    """The photo encoded again from its decoded pixels, and its media type.

    Raises
    ------
    FileTooLarge
        More than :data:`MAX_BYTES` bytes, or a header claiming more than :data:`MAX_PIXELS` pixels
        (refused before decoding).
    Damaged
        Not a JPEG or PNG that decodes in full (an SVG, a document, a file cut short).
    """
    shown = _shown(name)
    memfile, image = _open(bytes(data), shown)
    try:
        driver = image.driver
        orientation = (image.tags().get("EXIF_Orientation") or "").strip() if driver == "JPEG" else ""
        bands = _upright(_pixels(image, shown), orientation or None)
    finally:
        image.close()
        memfile.close()
    return _encode(bands, driver), _DRIVERS[driver]


def thumbnail(data: bytes, longest: int = 160) -> bytes:
    """A PNG at most ``longest`` pixels on its longer side (a JPEG is read at reduced size).

    Raises
    ------
    FileTooLarge, Damaged
        As :func:`clean_photo`.
    """
    memfile, image = _open(bytes(data), "photo")
    try:
        scale = max(image.width, image.height) / max(1, int(longest))
        shape = None
        if scale > 1:
            shape = (image.count, max(1, round(image.height / scale)), max(1, round(image.width / scale)))
        bands = _pixels(image, "photo", shape)
    finally:
        image.close()
        memfile.close()
    return _encode(bands, "PNG")


__all__ = ["MAX_BYTES", "MAX_PIXELS", "clean_photo", "thumbnail"]
