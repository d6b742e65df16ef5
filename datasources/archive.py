"""Zip, gzip and KMZ: check them for hostile tricks, then point GDAL inside without extracting.

Every check works from what the archive declares (the zip central directory) or from a bounded
stream (gzip), before GDAL reads a byte: member paths that climb out (``../``) or are absolute, zip
bombs (a member unpacking to more than :data:`MAX_RATIO` times its packed size, or a total above
``max_unpacked``), VRT members that would make GDAL read other files.
"""

from __future__ import annotations

import gzip
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from datasources.errors import Damaged, FileTooLarge, Unsafe, UnsupportedFormat
from datasources.formats import (
    DRIVER_BY_SUFFIX,
    JSON_DRIVERS,
    MAX_JSON_DEPTH,
    TABLE_DRIVERS,
    VECTOR_DRIVERS,
    check_json_nesting,
    check_shapefile,
    json_depth,
    sniff_format,
)

MAX_RATIO = 100
"""A member unpacking to more than this many times its packed size is taken for a zip bomb."""
RATIO_FLOOR = 1 << 20
"""Members smaller than this when unpacked are never called bombs (small padded files pack well)."""
MAX_UNPACKED = 2 << 30
"""Default limit on what an archive may unpack to in total (2 GiB)."""

_DATA_SUFFIXES = (".shp", ".gpkg", ".geojson", ".json", ".topojson", ".kml", ".fgb", ".gpx",
                  ".gml", ".tab", ".mif", ".dxf", ".pbf", ".osm", ".csv", ".xlsx")
_BIG_BLOCK = 1 << 20


@dataclass(frozen=True)
class Member:
    """A dataset GDAL can open, on disk or inside an archive.

    ``gdal_path`` is what to hand to pyogrio (``/vsizip/...``, ``/vsigzip/...`` or the file itself);
    ``member`` is the path inside the zip (None for plain and gzip files).
    """

    gdal_path: str
    member: str | None = None

    @property
    def name(self) -> str:
        """The dataset's own file name (the member's, for archives)."""
        return PurePosixPath(self.member).name if self.member else Path(self.gdal_path).name


def _unsafe_name(name: str) -> bool:
    pure = PurePosixPath(name.replace("\\", "/"))
    return (name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":")
            or ".." in pure.parts)


def check_zip(path: str | Path, max_unpacked: int = MAX_UNPACKED, allow_vrt: bool = False) -> list[str]:
    """Check a zip archive from its central directory and return its file members.

    Parameters
    ----------
    path : str or Path
        The archive (``.zip``, ``.kmz``).
    max_unpacked : int
        Limit on the total unpacked size, in bytes.
    allow_vrt : bool
        Accept ``.vrt`` members (they make GDAL read other files).

    Raises
    ------
    Unsafe
        A member path is absolute or climbs out with ``../``; a member is a zip bomb; a VRT member.
    FileTooLarge
        The members unpack to more than ``max_unpacked`` bytes.
    Damaged
        The archive cannot be read.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Damaged(path, f"the zip archive is broken ({exc})",
                      "Ask the sender for the archive again") from exc
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise Unsafe(path, f"the archive member '{info.filename}' points outside the archive",
                         "Do not open it; ask the sender for a clean archive")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Unsafe(path, f"'{info.filename}' would unpack {info.file_size:,} bytes from "
                               f"{info.compress_size:,} (a zip bomb)",
                         "Do not open it; ask the sender for the data in a normal archive")
        if info.filename.lower().endswith(".vrt") and not allow_vrt:
            raise Unsafe(path, f"the archive holds a GDAL VRT ('{info.filename}') that can make the "
                               "program read other files", "Ask for the data files themselves")
        total += info.file_size
    if total > max_unpacked:
        raise FileTooLarge(path, f"the archive would unpack to {total:,} bytes, more than the "
                                 f"{max_unpacked:,} allowed",
                           "Unpack it yourself onto a disk with room, or raise the limit")
    return [i.filename for i in infos if not i.is_dir()]


def check_gzip(path: str | Path, max_unpacked: int = MAX_UNPACKED) -> int:
    """Stream a gzip file to measure what it unpacks to, refusing bombs; return that size.

    Raises
    ------
    Unsafe
        It unpacks to more than :data:`MAX_RATIO` times its size (beyond :data:`RATIO_FLOOR`).
    FileTooLarge
        It unpacks to more than ``max_unpacked`` bytes.
    Damaged
        The gzip stream is broken or cut.
    """
    path = Path(path)
    packed = max(path.stat().st_size, 1)
    size = 0
    try:
        with gzip.open(path, "rb") as fh:
            while block := fh.read(_BIG_BLOCK):
                size += len(block)
                if size > RATIO_FLOOR and size > MAX_RATIO * packed:
                    raise Unsafe(path, f"the gzip data unpacks to more than {MAX_RATIO} times its "
                                       "size (a decompression bomb)",
                                 "Do not open it; ask the sender for the data uncompressed")
                if size > max_unpacked:
                    raise FileTooLarge(path, f"the gzip data unpacks to more than {max_unpacked:,} "
                                             "bytes", "Convert it to GeoPackage or FlatGeobuf")
    except (OSError, EOFError, zlib.error) as exc:
        raise Damaged(path, f"the gzip data is broken or cut short ({exc})",
                      "Ask the sender for the file again") from exc
    return size


def zip_members(path: str | Path, names: list[str], driver: str) -> list[Member]:
    """The datasets inside a checked zip for a driver: every shapefile, GeoPackage, KML...

    Shapefiles in sub-folders count too; macOS ``__MACOSX`` copies are ignored.
    """
    path = Path(path)
    root = f"/vsizip/{path.resolve()}"
    wanted = [n for n in names if not n.startswith("__MACOSX/") and not
              PurePosixPath(n).name.startswith("._")]
    if driver == "OpenFileGDB":
        folders = sorted({n[: n.lower().index(".gdb/") + 4] for n in wanted if ".gdb/" in n.lower()})
        return [Member(f"{root}/{f}", f) for f in folders]
    if driver == "LIBKML" and path.suffix.lower() == ".kmz":
        return [Member(str(path.resolve()))]
    suffixes = [s for s in _DATA_SUFFIXES if _suffix_driver(s) == driver] or list(_DATA_SUFFIXES)
    found = [n for n in wanted if n.lower().endswith(tuple(suffixes))]
    return [Member(f"{root}/{n}", n) for n in sorted(found)]


def _suffix_driver(suffix: str) -> str:
    driver = DRIVER_BY_SUFFIX.get(suffix, "")
    return "LIBKML" if driver == "KML" else driver


def read_sidecar(member: Member, suffix: str, limit: int = _BIG_BLOCK) -> bytes | None:
    """Read up to ``limit`` bytes of a shapefile's companion (``.cpg``, ``.dbf``, ``.prj``).

    The companion is looked up case-insensitively beside the dataset, on disk or in the zip.
    """
    if member.member is None:
        path = Path(member.gdal_path)
        for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
            if candidate.exists():
                with open(candidate, "rb") as fh:
                    return fh.read(limit)
        return None
    archive = member.gdal_path[len("/vsizip/"): -len(member.member) - 1]
    stem = member.member[: -len(PurePosixPath(member.member).suffix)].lower()
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            if name.lower() == stem + suffix.lower():
                with zf.open(name) as fh:
                    return fh.read(limit)
    return None


_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".sbn", ".sbx", ".qix")
VRT_DRIVERS = ("OGR_VRT", "VRT", "GDALG")


@dataclass(frozen=True)
class Plan:
    """What to hand GDAL for a file the user chose, after the safety checks."""

    path: Path
    driver: str
    members: tuple[Member, ...]
    gzipped: bool


def _default_max_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 8
    except (ValueError, OSError, AttributeError):
        return 1 << 30


def plan_reading(path: str | Path, allow_vrt: bool = False, max_bytes: int | None = None,
                 max_unpacked: int = MAX_UNPACKED) -> Plan:
    """Sniff a file, run the safety checks its kind needs and say what GDAL should open.

    Raises
    ------
    DataSourceError
        Unsafe (VRT, zip bomb, climbing paths, deep JSON), FileTooLarge, Damaged, UnsupportedFormat.
    """
    path = Path(path)
    if path.suffix.lower() in _SIDECARS and path.with_suffix(".shp").exists():
        path = path.with_suffix(".shp")
    driver = sniff_format(path)
    if driver in VRT_DRIVERS and not allow_vrt:
        raise Unsafe(path, "the file is a GDAL virtual dataset (VRT) that can make the program read "
                           "other files", "Ask for the data files themselves")
    if driver not in VECTOR_DRIVERS and driver not in VRT_DRIVERS:
        raise UnsupportedFormat(path, f"the file is a {driver} raster, not vector data",
                                "Open it as a raster layer")
    if driver in TABLE_DRIVERS:
        return Plan(path, driver, (Member(str(path)),), False)
    limit = _default_max_bytes() if max_bytes is None else max_bytes
    with open(path, "rb") if path.is_file() else _nothing() as fh:
        magic = fh.read(4) if fh else b""
    if magic.startswith(b"PK"):
        names = check_zip(path, max_unpacked, allow_vrt)
        members = zip_members(path, names, driver)
        if driver in JSON_DRIVERS:
            _check_zipped_json(path, members, limit)
        return Plan(path, driver, tuple(members), False)
    if magic.startswith(b"\x1f\x8b"):
        size = check_gzip(path, min(max_unpacked, limit) if driver in JSON_DRIVERS else max_unpacked)
        if driver in JSON_DRIVERS:
            _check_json_size(path, size, limit)
            check_json_nesting(path, gzipped=True)
        return Plan(path, driver, (Member(f"/vsigzip/{path.resolve()}"),), True)
    if driver in JSON_DRIVERS:
        _check_json_size(path, path.stat().st_size, limit)
        check_json_nesting(path)
    if driver == "ESRI Shapefile":
        check_shapefile(path)
    return Plan(path, driver, (Member(str(path)),), False)


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _check_json_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise FileTooLarge(path, f"the JSON holds {size:,} bytes and must be parsed whole, more than "
                                 f"the {limit:,} allowed", "Convert it to GeoPackage or FlatGeobuf "
                                 "(ogr2ogr or QGIS), which are read piece by piece")


def _check_zipped_json(path: Path, members: list[Member], limit: int) -> None:
    with zipfile.ZipFile(path) as zf:
        for member in members:
            _check_json_size(path, zf.getinfo(member.member).file_size, limit)
            with zf.open(member.member) as fh:
                chunks = iter(lambda fh=fh: fh.read(8 << 20), b"")
                if json_depth(chunks) > MAX_JSON_DEPTH:
                    raise Unsafe(path, f"'{member.member}' is JSON nested far deeper than map data "
                                       "needs (a malformed or hostile file)",
                                 "Ask the sender for a GeoPackage or a plain GeoJSON export")


