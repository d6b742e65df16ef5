"""Tell what a file is from its bytes, not only from its name.

Township offices receive files renamed by e-mail programs and chat apps: gzip behind ``.geojson``,
an image saved as ``.geojson``, a GeoPackage called ``.db``. :func:`sniff_format` looks at the first
bytes (and, for archives, at the member names) and returns the GDAL driver name to use.
:func:`json_depth` measures JSON nesting on a byte stream, so that :mod:`datasources.vetting` can refuse
hostile nesting before any parser recurses into it.
"""

from __future__ import annotations

import gzip
import re
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from datasources.encoding import wide_unicode
from datasources.errors import QT_TRANSLATE_NOOP, Damaged, FileMissing, UnsupportedFormat

VECTOR_DRIVERS = frozenset({
    "GPKG", "SQLite", "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON", "KML",
    "LIBKML", "FlatGeobuf", "OSM", "GPX", "GML", "MapInfo File", "DXF", "OpenFileGDB", "CSV", "XLSX", "JSON",
})
"""Drivers :mod:`datasources.vector` opens (CSV/XLSX and JSON arrays of records go to
:mod:`datasources.tables`)."""

TABLE_DRIVERS = frozenset({"CSV", "XLSX", "JSON"})
JSON_DRIVERS = frozenset({"GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON"})
"""Formats that GDAL parses whole in memory: size and nesting are checked first."""

MAX_JSON_DEPTH = 256
"""Deeper nesting than any map data needs (GeoJSON multipolygons nest about 8 levels)."""

_HEAD = 64 * 1024
DRIVER_BY_SUFFIX = {
    ".gpkg": "GPKG", ".sqlite": "SQLite", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON",
    ".json": "GeoJSON", ".topojson": "TopoJSON", ".kml": "KML", ".kmz": "LIBKML",
    ".fgb": "FlatGeobuf", ".pbf": "OSM", ".osm": "OSM", ".gpx": "GPX", ".gml": "GML",
    ".tab": "MapInfo File", ".mif": "MapInfo File", ".dxf": "DXF", ".csv": "CSV", ".tsv": "CSV",
    ".xlsx": "XLSX", ".geojsonl": "GeoJSONSeq", ".geojsons": "GeoJSONSeq",
}
_NOT_MAP_DATA = (  # what the file is: a parameter the interface translates (``what``)
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("DataSourceError", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("DataSourceError", "a JPEG photo")),
    (b"GIF8", QT_TRANSLATE_NOOP("DataSourceError", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("DataSourceError", "a PDF document")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("DataSourceError", "an old Microsoft Office document")),
    (b"Rar!", QT_TRANSLATE_NOOP("DataSourceError", "a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("DataSourceError", "a 7-Zip archive")),
    (b"BM", QT_TRANSLATE_NOOP("DataSourceError", "a BMP image")),
)
_RASTERS = ((b"II*\x00", "GTiff"), (b"MM\x00*", "GTiff"), (b"II+\x00", "GTiff"), (b"MM\x00+", "GTiff"))


def sniff_format(path: str | Path) -> str:
    """Return the GDAL driver name for a file, judged by its content.

    Parameters
    ----------
    path : str or Path
        A local file (or a ``.gdb`` folder).

    Returns
    -------
    str
        A GDAL driver name such as ``"GPKG"``, ``"ESRI Shapefile"``, ``"GeoJSON"``, ``"TopoJSON"``,
        ``"LIBKML"`` (KMZ), ``"FlatGeobuf"``, ``"OSM"``, ``"OGR_VRT"``, ``"GTiff"``. Zip archives give
        the driver of the data inside; gzip files the driver of the unpacked bytes.

    Raises
    ------
    UnsupportedFormat
        When the content is not map data the console reads (an image, a document, unknown bytes).
    Damaged
        When the file is empty or its name promises a format its bytes do not start like.
    """
    path = Path(path)
    if path.is_dir():
        if path.suffix.lower() == ".gdb":
            return "OpenFileGDB"
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError", "this is a folder, not a file"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Open the .shp, .gpkg or other file inside it"))
    if not path.exists():
        raise FileMissing(path, QT_TRANSLATE_NOOP("DataSourceError", "the file does not exist"),
                          QT_TRANSLATE_NOOP("DataSourceError", "Check the name and the folder"))
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
    if not head:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the file is empty (0 bytes)"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the file again; the copy was "
                                        "probably interrupted"))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    if head.startswith(b"\x1f\x8b"):
        return _sniff_bytes(path, _gunzip_head(path), inner=True)
    return _sniff_bytes(path, head)


def _gunzip_head(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(_HEAD)
    except (OSError, EOFError, zlib.error) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the gzip data is broken ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the file again"),
                      reason=str(exc)) from exc


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the zip archive is broken ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the archive again"),
                      reason=str(exc)) from exc
    lowered = [n.lower() for n in names]
    if any(n.startswith("xl/") for n in lowered) and "[content_types].xml" in lowered:
        return "XLSX"
    if path.suffix.lower() == ".kmz" or any(n.endswith(".kml") for n in lowered):
        return "LIBKML"
    for suffix in (".shp", ".gpkg", ".geojson", ".json", ".topojson", ".fgb", ".tab", ".mif",
                   ".gml", ".gpx", ".dxf", ".pbf", ".csv", ".vrt"):
        if any(n.endswith(suffix) for n in lowered):
            return "OGR_VRT" if suffix == ".vrt" else DRIVER_BY_SUFFIX[suffix]
    if any(".gdb/" in n for n in lowered):
        return "OpenFileGDB"
    raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                    "the zip archive holds no map data the console reads"),
                            QT_TRANSLATE_NOOP("DataSourceError", "It should hold .shp/.shx/.dbf files, a "
                                              "GeoPackage, GeoJSON or KML"))


def _sniff_bytes(path: Path, head: bytes, inner: bool = False) -> str:
    suffix = _data_suffix(path)
    if head.startswith(b"SQLite format 3\x00"):
        app_id = head[68:72]
        return "GPKG" if app_id in (b"GPKG", b"GP10", b"GP11") or suffix == ".gpkg" else "SQLite"
    if head.startswith(b"fgb\x03"):
        return "FlatGeobuf"
    if head[:4] == b"\x00\x00\x27\x0a":  # big-endian 9994: the shapefile main header
        return "ESRI Shapefile"
    if b"OSMHeader" in head[:32]:
        return "OSM"
    for magic, driver in _RASTERS:
        if head.startswith(magic):
            return driver
    for magic, what in _NOT_MAP_DATA:
        if head.startswith(magic):
            problem = (QT_TRANSLATE_NOOP("DataSourceError", "the file is {what}, not map data (despite its "
                                         "{suffix} name)") if suffix else
                       QT_TRANSLATE_NOOP("DataSourceError", "the file is {what}, not map data"))
            raise UnsupportedFormat(path, problem,
                                    QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the map data itself"),
                                    what=what, suffix=suffix)
    text = text_start(head)
    if text is not None:
        found = _sniff_text(text, suffix)
        if found:
            return found
    expected = DRIVER_BY_SUFFIX.get(suffix)
    if expected in ("GPKG", "FlatGeobuf", "ESRI Shapefile", "OSM") and not inner:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the bytes do not start like a {driver} file"),
                      QT_TRANSLATE_NOOP("DataSourceError", "The file is damaged or misnamed; ask the sender for "
                                        "it again"), driver=expected)
    if expected in ("MapInfo File", "DXF", "CSV", "GML", "GPX") and text is not None:
        return expected
    raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                    "the content is not a map format the console reads"),
                            QT_TRANSLATE_NOOP("DataSourceError", "Use GeoPackage, Shapefile (zipped), GeoJSON, "
                                              "KML/KMZ or FlatGeobuf"))


def _data_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def text_start(head: bytes) -> str | None:
    """The first characters of text content, or None for binary bytes."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    sample = head[:4096]
    wide = wide_unicode(sample)  # UTF-32/UTF-16 text (a "Unicode" CSV saved on Windows), mark or not
    if wide is not None:
        return sample.decode(wide.encoding, errors="replace").lstrip("\ufeff\x1e \t\r\n")
    if b"\x00" in sample:
        return None
    return sample.decode("utf-8", errors="replace").lstrip("\x1e \t\r\n")


def _sniff_text(text: str, suffix: str) -> str | None:
    low = text[:4096].lower()
    if low.startswith("<"):
        if "<ogrvrtdatasource" in low:
            return "OGR_VRT"
        if "<vrtdataset" in low:
            return "VRT"
        if "<kml" in low:
            return "KML"
        if "<gpx" in low:
            return "GPX"
        if "<osm" in low:
            return "OSM"
        if "gml" in low:
            return "GML"
        return None
    if low.startswith(("{", "[")):
        if "gdal_streamed_alg" in low:
            return "GDALG"
        if re.search(r'"type"\s*:\s*"topology"', low):
            return "TopoJSON"
        if '"geometrytype"' in low and '"features"' in low:
            return "ESRIJSON"
        if re.search(r'"type"\s*:\s*"(featurecollection|feature|point|linestring|polygon|multi'
                     r'point|multilinestring|multipolygon|geometrycollection)"', low):
            first_line = low.split("\n", 1)[0]
            if low.startswith("{") and '"feature"' in first_line and first_line.rstrip().endswith("}"):
                if "\n{" in low:
                    return "GeoJSONSeq"
            return "GeoJSON"
        if re.match(r"\[\s*\{", low):  # an array of records (a station list): a table, if it has coordinates
            return "JSON"
        return None
    if low.startswith("version") and suffix == ".mif":
        return "MapInfo File"
    if low.startswith("!table") and suffix == ".tab":
        return "MapInfo File"
    return None


def json_depth(chunks: Iterable[bytes], limit: int = MAX_JSON_DEPTH) -> int:
    """Return the deepest nesting of ``[``/``{`` in a JSON byte stream, stopping past ``limit``.

    Brackets inside strings are ignored; escapes are handled across chunk boundaries. The scan is
    vectorised with numpy, so it never recurses and costs little next to parsing.
    """
    depth = 0
    deepest = 0
    in_string = False
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        carry = b""
        tail = len(data) - len(data.rstrip(b"\\"))
        if tail % 2:  # an escape cut by the chunk boundary: finish it with the next chunk
            carry, data = data[-1:], data[:-1]
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
        arr = np.frombuffer(data, dtype=np.uint8)
        quotes = arr == ord('"')
        parity = np.cumsum(quotes) % 2
        inside = (parity == 1) | quotes if not in_string else (parity == 0) | quotes
        steps = np.zeros(arr.shape, dtype=np.int32)
        steps[(arr == ord("[")) | (arr == ord("{"))] = 1
        steps[(arr == ord("]")) | (arr == ord("}"))] = -1
        steps[inside] = 0
        if steps.size:
            levels = depth + np.cumsum(steps)
            deepest = max(deepest, int(levels.max()))
            depth = int(levels[-1])
        if int(quotes.sum()) % 2:
            in_string = not in_string
        if deepest > limit:
            break
    return deepest
