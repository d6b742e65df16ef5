"""Zip, gzip and KMZ: check them for hostile tricks, then point GDAL inside without extracting.

Every check works from what the archive declares (the zip central directory) or from a bounded
stream (gzip), before GDAL reads a byte: member paths that climb out (``../``) or are absolute, zip
bombs (a member unpacking to more than :data:`MAX_RATIO` times its packed size, or a total above
``max_unpacked``), VRT members that would make GDAL read other files.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from datasources.errors import QT_TRANSLATE_NOOP, Damaged, FileTooLarge, Unsafe
from datasources.formats import DRIVER_BY_SUFFIX
from datasources.options import MAX_UNPACKED

MAX_RATIO = 100
"""A member unpacking to more than this many times its packed size is taken for a zip bomb."""
RATIO_FLOOR = 1 << 20
"""Members smaller than this when unpacked are never called bombs (small padded files pack well)."""

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


def check_zip(path: str | Path, max_unpacked: int = MAX_UNPACKED,
              allow_references: bool = False) -> list[str]:
    """Check a zip archive from its central directory and return its file members.

    Parameters
    ----------
    path : str or Path
        The archive (``.zip``, ``.kmz``).
    max_unpacked : int
        Limit on the total unpacked size, in bytes.
    allow_references : bool
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
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the zip archive is broken ({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the archive again"),
                      reason=str(exc)) from exc
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                 "the archive member '{member}' points outside the archive"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Do not open it; ask the sender for a clean "
                                           "archive"), member=info.filename)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "'{member}' would unpack {size:,} bytes "
                                                 "from {packed:,} (a zip bomb)"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Do not open it; ask the sender for the data "
                                           "in a normal archive"),
                         member=info.filename, size=info.file_size, packed=info.compress_size)
        if info.filename.lower().endswith(".vrt") and not allow_references:
            raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the archive holds a GDAL VRT "
                                                 "('{member}') that can make the program read other files"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Ask for the data files themselves"),
                         member=info.filename)
        total += info.file_size
    if total > max_unpacked:
        raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the archive would unpack to "
                                                   "{size:,} bytes, more than the {limit:,} allowed"),
                           QT_TRANSLATE_NOOP("DataSourceError",
                                             "Unpack it yourself onto a disk with room, or raise the limit"),
                           size=total, limit=max_unpacked)
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
                    raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the gzip data unpacks to more "
                                                         "than {ratio} times its size (a decompression "
                                                         "bomb)"),
                                 QT_TRANSLATE_NOOP("DataSourceError", "Do not open it; ask the sender for "
                                                   "the data uncompressed"), ratio=MAX_RATIO)
                if size > max_unpacked:
                    raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the gzip data unpacks to "
                                                               "more than {limit:,} bytes"),
                                       QT_TRANSLATE_NOOP("DataSourceError", "Convert it to GeoPackage or "
                                                         "FlatGeobuf"), limit=max_unpacked)
    except (OSError, EOFError, zlib.error) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "the gzip data is broken or cut short "
                                              "({reason})"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for the file again"),
                      reason=str(exc)) from exc
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
