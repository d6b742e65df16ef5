"""Column types that keep the store a valid GeoPackage in SQLite and a PostGIS table in PostgreSQL.

In SQLite a geometry is a GeoPackage binary blob (``GP`` header, SRS id, envelope, ISO WKB) in a column whose
declared type is the geometry type name, so GDAL and QGIS read the table as a layer. In PostgreSQL it is a
``geometry(Type, srid)`` column fed with hex EWKB. Date-times are UTC; in SQLite they are the GeoPackage text
form ``YYYY-MM-DDTHH:MM:SS.fffZ``.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import numpy as np
import shapely
from sqlalchemy import DateTime, LargeBinary
from sqlalchemy.types import Text, TypeDecorator, UserDefinedType

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def to_gpkg_blob(geom, srs_id: int) -> bytes:
    """Encode a shapely geometry as a GeoPackage binary (little endian, XY envelope)."""
    if shapely.is_empty(geom):
        flags = 0b0001_0001  # empty, no envelope, little endian
        return b"GP\x00" + bytes([flags]) + struct.pack("<i", srs_id) + shapely.to_wkb(
            geom, flavor="iso", byte_order=1)
    minx, miny, maxx, maxy = shapely.bounds(geom)
    flags = 0b0000_0011  # envelope [minx, maxx, miny, maxy], little endian
    header = b"GP\x00" + bytes([flags]) + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, flavor="iso", byte_order=1)


def from_gpkg_blob(blob: bytes):
    """Decode a GeoPackage binary; the SRS id is set on the returned geometry."""
    blob = bytes(blob)
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    order = "<" if flags & 1 else ">"
    (srs_id,) = struct.unpack(order + "i", blob[4:8])
    start = 8 + _ENVELOPE_BYTES[(flags >> 1) & 0b111]
    geom = shapely.from_wkb(blob[start:])
    return shapely.set_srid(geom, max(srs_id, 0))


class _PostGISGeometry(UserDefinedType):
    cache_ok = True

    def __init__(self, geometry_type: str, srid: int) -> None:
        self.geometry_type = geometry_type
        self.srid = srid

    def get_col_spec(self, **kw) -> str:
        if self.srid:
            return f"geometry({self.geometry_type},{self.srid})"
        return f"geometry({self.geometry_type})"


class _GeoPackageGeometry(UserDefinedType):
    cache_ok = True

    def __init__(self, geometry_type: str) -> None:
        self.geometry_type = geometry_type

    def get_col_spec(self, **kw) -> str:
        return self.geometry_type.upper()


class Geometry(TypeDecorator):
    """A geometry column: GeoPackage blob in SQLite, PostGIS ``geometry`` in PostgreSQL.

    Parameters
    ----------
    geometry_type : str
        ``Point``, ``MultiPolygon``...
    srid : int
        The store's EPSG code; a geometry's own SRID (``shapely.get_srid``) wins when it is set.
    """

    impl = LargeBinary
    cache_ok = True

    def __init__(self, geometry_type: str, srid: int = 0) -> None:
        super().__init__()
        self.geometry_type = geometry_type
        self.srid = srid

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(_PostGISGeometry(self.geometry_type, self.srid))
        return dialect.type_descriptor(_GeoPackageGeometry(self.geometry_type))

    def _srid(self, geom) -> int:
        own = int(shapely.get_srid(geom))
        return own if own > 0 else self.srid

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        srid = self._srid(value)
        if dialect.name == "postgresql":
            return shapely.to_wkb(shapely.set_srid(value, srid), hex=True, include_srid=True,
                                  flavor="extended")
        return to_gpkg_blob(value, srid)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "postgresql":
            return shapely.from_wkb(value if isinstance(value, bytes | str) else bytes(value))
        return from_gpkg_blob(value)

    def compare_values(self, x, y) -> bool:
        if x is None or y is None:
            return x is y
        return bool(shapely.equals_exact(x, y, tolerance=0.0))


class UTCDateTime(TypeDecorator):
    """A UTC time: ``timestamptz`` in PostgreSQL, GeoPackage ``DATETIME`` text in SQLite."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(_GeoPackageDateTime())

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, np.datetime64 | str):
            value = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        if dialect.name == "postgresql":
            return value
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _GeoPackageDateTime(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw) -> str:
        return "DATETIME"


__all__ = ["Geometry", "UTCDateTime", "Text", "from_gpkg_blob", "to_gpkg_blob"]
