"""Vet a file before any reader touches it: what it is, where to read it from, and that it is safe.

Every reader starts here: vectors (:mod:`datasources.vector`), tables (:mod:`datasources.tables`),
rasters (:mod:`datasources.raster`) and MBTiles basemaps (:mod:`datasources.tiles`). :func:`vet`
takes the path the user chose and returns a :class:`Vetted`, or raises one of the typed errors of
:mod:`datasources.errors` before a parser has seen a byte. The steps, in order:

1. the file is there (a shapefile's companion leads to its ``.shp``; a ``.gdb`` folder is a dataset);
2. what it is, judged by its content (:func:`datasources.formats.sniff_format`), and whether the
   reader asked for reads that kind;
3. what it may make the program do: VRTs and service descriptions read other files or hosts;
4. archives are checked from what they declare (:mod:`datasources.archive`): climbing paths, zip
   bombs, the total they unpack to;
5. the checks its kind needs: JSON size and nesting (parsed whole, recursively), a shapefile's
   companions and length, a workbook's parts, an SQLite header's length.
"""

from __future__ import annotations

import gzip
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from datasources.archive import Member, check_gzip, check_zip, zip_members
from datasources.errors import (
    QT_TRANSLATE_NOOP,
    Damaged,
    DataSourceError,
    FileMissing,
    FileTooLarge,
    Unsafe,
    UnsupportedFormat,
)
from datasources.formats import (
    JSON_DRIVERS,
    MAX_JSON_DEPTH,
    TABLE_DRIVERS,
    VECTOR_DRIVERS,
    json_depth,
    sniff_format,
)
from datasources.options import ReadOptions

READERS = ("vector", "table", "raster", "tiles")
VRT_DRIVERS = ("OGR_VRT", "VRT", "GDALG")
REFERENCING_DRIVERS = frozenset({
    "VRT", "WMS", "WMTS", "WCS", "DERIVED", "PLMosaic", "EEDAI", "EEDA", "DAAS", "OGCAPI",
    "STACTA", "STACIT", "ESRIC", "NGW", "Rasterlite", "GTI",
})
"""Raster drivers whose files point at other files or at network hosts."""
MAX_TABLE_BYTES = 1 << 30
"""A table larger than this (1 GiB) is refused: it is read whole."""
MAX_WORKBOOK_UNPACKED = 512 << 20
"""An XLSX that would unpack to more than this (512 MiB) is refused as a likely zip bomb."""

_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".sbn", ".sbx", ".qix")
_TABLE_SUFFIXES = (".xlsx", ".xlsm")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_GPKG_RASTER_PREFIX = "GPKG:"


@dataclass(frozen=True)
class Vetted:
    """A file that passed the checks, and where its reader should read it from.

    Attributes
    ----------
    path : Path
        The file to read: the one the user chose, or the ``.shp`` of a chosen companion.
    kind : {"vector", "table", "raster", "tiles"}
        What it holds.
    driver : str
        GDAL driver name (``"GPKG"``, ``"ESRI Shapefile"``...), ``"CSV"``/``"XLSX"`` for tables,
        ``"MBTiles"``; ``""`` for a raster GDAL is left to recognise.
    members : tuple of Member
        The datasets to hand GDAL (``/vsizip/...`` members of a zip, ``/vsigzip/...``, the file).
    gzipped : bool
    table : str, optional
        The raster table of a GeoPackage (``GPKG:file:table`` names).
    """

    path: Path
    kind: str
    driver: str
    members: tuple[Member, ...]
    gzipped: bool = False
    table: str | None = None

    @property
    def gdal_path(self) -> str:
        """What GDAL opens for the first (often only) dataset."""
        return self.members[0].gdal_path


def vet(path: str | Path, reader: str = "vector", options: ReadOptions | None = None) -> Vetted:
    """Check a file for the reader that is about to read it, and say where to read it from.

    Parameters
    ----------
    path : str or Path
        The file the user chose.
    reader : {"vector", "table", "raster", "tiles"}
        Which reader asks. A vector reader also reads tables with coordinates (``kind="table"``).
    options : ReadOptions, optional
        ``allow_references``, ``max_bytes`` and ``max_unpacked`` are used.

    Raises
    ------
    DataSourceError
        ``FileMissing``, ``UnsupportedFormat`` (not what this reader reads), ``Unsafe`` (VRT, zip
        bomb, climbing paths, hostile JSON), ``FileTooLarge``, ``Damaged``.
    """
    if reader not in READERS:
        raise ValueError(f"reader must be one of {READERS}, not {reader!r}")
    options = ReadOptions.of(options)
    if reader == "raster":
        return _vet_raster(path, options)
    path = Path(path)
    if path.suffix.lower() in _SIDECARS and path.with_suffix(".shp").exists():
        path = path.with_suffix(".shp")
    if reader == "table":
        return _vet_table(path)
    if reader == "tiles":
        return _vet_mbtiles(path)
    return _vet_vector(path, options)


def refuse_references(path: Path, driver: str, options: ReadOptions | None = None) -> None:
    """Raise :class:`Unsafe` for a raster GDAL opened with a driver that reads other files or hosts."""
    if driver in REFERENCING_DRIVERS and not ReadOptions.of(options).allow_references:
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError",
                                             "it is a {driver} file that points at other files or hosts"),
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "Open the data it refers to instead, or allow references."),
                     driver=driver)


def _missing(path: Path) -> FileMissing:
    return FileMissing(path, QT_TRANSLATE_NOOP("DataSourceError", "the file does not exist"),
                       QT_TRANSLATE_NOOP("DataSourceError", "Check the name and the folder"))


# ---------------------------------------------------------------------------------------- vectors
def _vet_vector(path: Path, options: ReadOptions) -> Vetted:
    driver = sniff_format(path)
    if driver in VRT_DRIVERS and not options.allow_references:
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the file is a GDAL virtual dataset (VRT) "
                                             "that can make the program read other files"),
                     QT_TRANSLATE_NOOP("DataSourceError", "Ask for the data files themselves"))
    if driver not in VECTOR_DRIVERS and driver not in VRT_DRIVERS:
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                        "the file is a {driver} raster, not vector data"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Open it as a raster layer"),
                                driver=driver)
    if driver in TABLE_DRIVERS:
        return Vetted(path, "table", driver, (Member(str(path)),))
    if driver in ("GPKG", "SQLite") and path.is_file():
        with open(path, "rb") as fh:
            header = fh.read(100)
        if header.startswith(_SQLITE_MAGIC):  # (not a zipped one)
            check_sqlite_length(path, header, path.stat().st_size)
    limit = _default_max_bytes() if options.max_bytes is None else options.max_bytes
    magic = b""
    if path.is_file():
        with open(path, "rb") as fh:
            magic = fh.read(4)
    if magic.startswith(b"PK"):
        names = check_zip(path, options.max_unpacked, options.allow_references)
        members = zip_members(path, names, driver)
        if driver in JSON_DRIVERS:
            _check_zipped_json(path, members, limit)
        return Vetted(path, "vector", driver, tuple(members))
    if magic.startswith(b"\x1f\x8b"):
        size = check_gzip(path, min(options.max_unpacked, limit) if driver in JSON_DRIVERS
                          else options.max_unpacked)
        if driver in JSON_DRIVERS:
            _check_json_size(path, size, limit)
            check_json_nesting(path, gzipped=True)
        return Vetted(path, "vector", driver, (Member(f"/vsigzip/{path.resolve()}"),), gzipped=True)
    if driver in JSON_DRIVERS:
        _check_json_size(path, path.stat().st_size, limit)
        check_json_nesting(path)
    if driver == "ESRI Shapefile":
        check_shapefile(path)
    return Vetted(path, "vector", driver, (Member(str(path)),))


def _default_max_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 8
    except (ValueError, OSError, AttributeError):
        return 1 << 30


def _check_json_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the JSON holds {size:,} bytes and "
                                                   "must be parsed whole, more than the {limit:,} allowed"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Convert it to GeoPackage or FlatGeobuf "
                                             "(ogr2ogr or QGIS), which are read piece by piece"),
                           size=size, limit=limit)


def _check_zipped_json(path: Path, members: list[Member], limit: int) -> None:
    with zipfile.ZipFile(path) as zf:
        for member in members:
            _check_json_size(path, zf.getinfo(member.member).file_size, limit)
            with zf.open(member.member) as fh:
                chunks = iter(lambda fh=fh: fh.read(8 << 20), b"")
                if json_depth(chunks) > MAX_JSON_DEPTH:
                    raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "'{member}' is JSON nested far "
                                                         "deeper than map data needs (a malformed or "
                                                         "hostile file)"),
                                 QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for a GeoPackage or "
                                                   "a plain GeoJSON export"), member=member.member)


def _chunks(path: Path, gzipped: bool, size: int = 8 << 20) -> Iterator[bytes]:
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as fh:
        while chunk := fh.read(size):
            yield chunk


def check_json_nesting(path: str | Path, gzipped: bool = False, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than ``limit`` before any parser recurses into it.

    Raises
    ------
    Unsafe
        When the nesting is deeper than ``limit``.
    """
    path = Path(path)
    if json_depth(_chunks(path, gzipped), limit) > limit:
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the JSON is nested more than {limit} "
                                             "levels deep, far deeper than map data needs (a malformed "
                                             "or hostile file)"),
                     QT_TRANSLATE_NOOP("DataSourceError", "Ask the sender for a GeoPackage or a plain "
                                       "GeoJSON export"), limit=limit)


def check_shapefile(shp: str | Path) -> None:
    """Check that a shapefile on disk is whole: companions present, ``.shp`` not cut short.

    Raises
    ------
    Damaged
        The ``.shx`` or ``.dbf`` is missing, or the ``.shp`` is shorter than its header says.
    """
    shp = Path(shp)
    missing = {".shx": QT_TRANSLATE_NOOP("DataSourceError", "its {suffix} index file is missing"),
               ".dbf": QT_TRANSLATE_NOOP("DataSourceError", "its {suffix} attribute table file is missing")}
    for suffix, problem in missing.items():
        if not any(shp.with_suffix(s).exists() for s in (suffix, suffix.upper())):
            raise Damaged(shp, problem, QT_TRANSLATE_NOOP("DataSourceError", "Copy all the files of the "
                                                          "shapefile together (.shp, .shx, .dbf, .prj, "
                                                          ".cpg), or ask the sender to zip them"),
                          suffix=suffix)
    with open(shp, "rb") as fh:
        header = fh.read(100)
    declared = int.from_bytes(header[24:28], "big") * 2 if len(header) >= 28 else -1
    actual = shp.stat().st_size
    if len(header) < 100 or declared > actual:
        raise Damaged(shp, QT_TRANSLATE_NOOP("DataSourceError",
                                             "the .shp is cut short ({actual:,} of {declared:,} bytes)"),
                      QT_TRANSLATE_NOOP("DataSourceError",
                                        "Ask the sender for the file again; the copy was interrupted"),
                      actual=actual, declared=max(declared, 100))


# ----------------------------------------------------------------------------------------- tables
def _vet_table(path: Path) -> Vetted:
    if not path.is_file():
        raise _missing(path)
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        raise FileTooLarge(path, QT_TRANSLATE_NOOP("DataSourceError", "the table is {gib:.1f} GiB"),
                           QT_TRANSLATE_NOOP("DataSourceError", "Split it, or load it into the project store."),
                           gib=size / 2**30)
    with open(path, "rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                        "old Excel (.xls) and .ods workbooks are not read"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Save it as .xlsx or CSV."))
    if suffix in _TABLE_SUFFIXES or head.startswith(b"PK\x03\x04"):
        _check_workbook(path)
        return Vetted(path, "table", "XLSX", (Member(str(path)),))
    return Vetted(path, "table", "CSV", (Member(str(path)),))


def _check_workbook(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "is not an XLSX workbook (not a zip file)"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Save it again from Excel as .xlsx, or as CSV.")
                      ) from exc
    total = sum(m.file_size for m in members)
    if total > MAX_WORKBOOK_UNPACKED:
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "the workbook would unpack to {mb:.0f} MB"),
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "Open it only if you trust its source, after saving it as CSV."),
                     mb=total / 2**20)
    for member in members:  # sheets of repeated rows pack well: a looser ratio than map archives
        if member.file_size > (8 << 20) and member.file_size > 200 * max(member.compress_size, 1):
            raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "{member} is compressed {ratio}:1 "
                                                 "(a zip bomb)"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Do not open it; ask the sender for the data "
                                           "again."),
                         member=member.filename, ratio=member.file_size // max(member.compress_size, 1))
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError", "is a zip file but not an XLSX workbook"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Save it again from Excel as .xlsx, or as CSV."))


# ---------------------------------------------------------------------------------------- rasters
def _vet_raster(name: str | Path, options: ReadOptions) -> Vetted:
    text = str(name)
    if text.startswith(_GPKG_RASTER_PREFIX):  # a raster table of a GeoPackage (a project's DEM)
        file, sep, table = text[len(_GPKG_RASTER_PREFIX):].rpartition(":")
        if sep and file and table:
            if not Path(file).is_file():
                raise _missing(Path(file))
            return Vetted(Path(file), "raster", "GPKG", (Member(text),), table=table)
    path = Path(name)
    if not path.is_file():
        raise _missing(path)
    with open(path, "rb") as fh:
        head = fh.read(512)
    if not options.allow_references and head.lstrip().lower().startswith(b"<vrtdataset"):
        raise Unsafe(path, QT_TRANSLATE_NOOP("DataSourceError", "it is a VRT that points at other files"),
                     QT_TRANSLATE_NOOP("DataSourceError",
                                       "Open the files it refers to instead, or allow references."))
    driver = "GTiff" if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")) else ""
    return Vetted(path, "raster", driver, (Member(str(path)),))


# ---------------------------------------------------------------------------------------- MBTiles
def _vet_mbtiles(path: Path) -> Vetted:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError as exc:
        raise _missing(path) from exc
    except OSError as exc:
        raise DataSourceError(path, QT_TRANSLATE_NOOP("DataSourceError", "the file cannot be read ({reason})"),
                              QT_TRANSLATE_NOOP("DataSourceError", "Check its permissions"),
                              reason=exc.strerror) from exc
    if not header.startswith(_SQLITE_MAGIC):
        raise UnsupportedFormat(path, QT_TRANSLATE_NOOP("DataSourceError",
                                                        "not an SQLite database, so not an MBTiles basemap"),
                                QT_TRANSLATE_NOOP("DataSourceError", "Choose a .mbtiles file"))
    check_sqlite_length(path, header, size)
    return Vetted(path, "tiles", "MBTiles", (Member(str(path)),))


def check_sqlite_length(path: Path, header: bytes, size: int) -> None:
    """Refuse an SQLite file (GeoPackage, MBTiles) shorter than its header says: a cut-short copy.

    Raises
    ------
    Damaged
        The header is incomplete, or the file holds fewer pages than the header counts.
    """
    if len(header) < 100:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError",
                                              "the file is truncated (shorter than an SQLite header)"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Copy the file again"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]  # else the page count is from an old SQLite: unknown
    if counter_valid and pages and size < pages * page_size:
        raise Damaged(path, QT_TRANSLATE_NOOP("DataSourceError",
                                              "the file is truncated: {size:,} of {expected:,} bytes"),
                      QT_TRANSLATE_NOOP("DataSourceError", "Copy the file again from its source"),
                      size=size, expected=pages * page_size)
