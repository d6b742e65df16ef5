"""GeoPackage bookkeeping for the embedded store: the core tables, the registration of each layer and the
spatial index of each geometry column.

The store's tables are made by SQLAlchemy/Alembic; this module makes the file a GeoPackage 1.3 around them
(``application_id`` ``GPKG``, ``user_version`` 10300, ``gpkg_spatial_ref_sys``, ``gpkg_contents``,
``gpkg_geometry_columns``) so GDAL and QGIS list the spatial tables as layers.

Each geometry column has the standard GeoPackage R-tree (the ``gpkg_rtree_index`` extension): a virtual
table ``rtree_<table>_<column>`` of envelopes, kept in step by the standard triggers in the same transaction
as every insert, update and delete, whoever writes. The triggers call ``ST_MinX``, ``ST_IsEmpty``...:
GDAL and QGIS define them; the console defines them on each connection (:func:`register_functions`).
A plain SQLite client without them can read the store but not write its feature tables, as with any
GeoPackage GDAL makes.
"""

from __future__ import annotations

import math
import struct

import shapely
from pyproj import CRS
from sqlalchemy import Connection, text

from datasources.crs import PROJ_LOCK
from datasources.store.geometry import Geometry, from_gpkg_blob

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300

_CORE_DDL = [
    """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,
       srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
       definition TEXT NOT NULL, description TEXT)""",
    """CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,
       data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
       last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
       min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
       CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL,
       column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
       z TINYINT NOT NULL, m TINYINT NOT NULL,
       CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
       CONSTRAINT uk_gc_table_name UNIQUE (table_name),
       CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
       CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
]
_EXTENSIONS_DDL = """CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,
    extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"""
RTREE_EXTENSION = "gpkg_rtree_index"
RTREE_DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree"
RTREE_COLUMNS = ("id", "minx", "maxx", "miny", "maxy")
_UNDEFINED_SRS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
]


def create_core(con: Connection, srid: int) -> None:
    """Make the GeoPackage core tables and the spatial reference rows for ``srid`` and WGS 84."""
    con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    con.exec_driver_sql(f"PRAGMA user_version = {USER_VERSION}")
    for ddl in _CORE_DDL:
        con.exec_driver_sql(ddl)
    rows = list(_UNDEFINED_SRS)
    for code in sorted({4326, srid}):
        with PROJ_LOCK:
            crs = CRS.from_epsg(code)
            wkt = crs.to_wkt("WKT1_GDAL")
        rows.append((crs.name, code, "EPSG", code, wkt, crs.name))
    con.execute(text("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (:a, :b, :c, :d, :e, :f)"),
                [dict(zip("abcdef", r, strict=True)) for r in rows])


def register_tables(con: Connection, tables, srid: int) -> None:
    """List ``tables`` (SQLAlchemy Table objects) in ``gpkg_contents``; spatial ones as feature layers."""
    for table in tables:
        geometry = next((c for c in table.columns if isinstance(c.type, Geometry)), None)
        data_type = "features" if geometry is not None else "attributes"
        con.execute(text("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                         "srs_id) VALUES (:t, :d, :t, :s)"),
                    {"t": table.name, "d": data_type, "s": srid if geometry is not None else None})
        if geometry is not None:
            con.execute(text("INSERT OR IGNORE INTO gpkg_geometry_columns VALUES (:t, :c, :g, :s, 0, 0)"),
                        {"t": table.name, "c": geometry.name, "g": geometry.type.geometry_type.upper(),
                         "s": srid})


def update_extents(con: Connection, table: str) -> None:
    """Refresh ``table``'s extent in ``gpkg_contents`` (QGIS zooms to it) from the envelopes stored (read
    from its R-tree when it has one: 32-bit values rounded outwards, so the extent still covers every
    feature); a table that is not a feature layer is left alone."""
    column = con.execute(text("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = :t"),
                         {"t": table}).scalar()
    if column is None:
        return
    rtree = rtree_name(table, column)
    if con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = ?", (rtree,)).scalar():
        extent = f'SELECT min(minx), max(maxx), min(miny), max(maxy) FROM "{rtree}"'
    else:
        extent = (f'SELECT min(gpkg_x("{column}", 0)), max(gpkg_x("{column}", 1)), '
                  f'min(gpkg_x("{column}", 2)), max(gpkg_x("{column}", 3)) FROM "{table}"')
    con.exec_driver_sql(f"UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                        f"(min_x, max_x, min_y, max_y) = ({extent}) WHERE table_name = ?", (table,))


def envelope_value(blob: bytes | None, index: int) -> float | None:
    """SQL function ``gpkg_x(blob, i)``: the i-th number of a blob's envelope (minx, maxx, miny, maxy);
    computed from the geometry when the blob has no envelope (None for a missing or empty geometry)."""
    if blob is None or len(blob) < 8 or blob[3] & 0b1_0000:
        return None
    if (blob[3] >> 1) & 0b111 and len(blob) >= 40:
        order = "<" if blob[3] & 1 else ">"
        return struct.unpack_from(order + "d", blob, 8 + 8 * index)[0]
    try:
        bounds = shapely.bounds(from_gpkg_blob(blob))
    except (ValueError, KeyError, shapely.errors.GEOSException):
        return None
    value = float(bounds[(0, 2, 1, 3)[index]])
    return None if math.isnan(value) else value


def _envelope_function(index: int):
    """SQL function ``ST_MinX`` (0), ``ST_MaxX`` (1), ``ST_MinY`` (2) or ``ST_MaxY`` (3) of a GeoPackage
    blob: read from its envelope (the R-tree triggers call it for every row written, so this path is
    short), else :func:`envelope_value`."""
    offset, end = 8 + 8 * index, 16 + 8 * index
    little, big = struct.Struct("<d").unpack_from, struct.Struct(">d").unpack_from

    def value(blob):
        if blob is None:
            return None
        flags = blob[3] if len(blob) >= end else 0
        if flags & 0b1110 and not flags & 0b1_0000:
            return (little if flags & 1 else big)(blob, offset)[0]
        return envelope_value(blob, index)

    return value


def _is_empty(blob: bytes | None) -> int | None:
    """SQL function ``ST_IsEmpty``: 1 for a GeoPackage blob flagged empty, 0 otherwise."""
    if blob is None:
        return None
    return 1 if len(blob) < 8 or blob[3] & 0b1_0000 else 0


def register_functions(dbapi_connection) -> None:
    """Define on a SQLite connection the SQL functions the store and its R-tree triggers use."""
    dbapi_connection.create_function("gpkg_x", 2, envelope_value, deterministic=True)
    for name, index in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        dbapi_connection.create_function(name, 1, _envelope_function(index), deterministic=True)
    dbapi_connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)


def rtree_name(table: str, column: str) -> str:
    return f"rtree_{table}_{column}"


def _rtree_triggers(table: str, column: str, fid: str) -> dict[str, str]:
    """The standard triggers (as GDAL writes them) that keep ``rtree_<table>_<column>`` in step."""
    t, c, i, r = f'"{table}"', f'"{column}"', f'"{fid}"', f'"{rtree_name(table, column)}"'
    values = f"NEW.{i},ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}),ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    filled, empty = f"NOT ST_IsEmpty(NEW.{c})", f"ST_IsEmpty(NEW.{c})"
    return {
        "insert": f"AFTER INSERT ON {t} WHEN (new.{c} NOT NULL AND {filled}) "
                  f"BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END",
        "update1": f"AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND {filled}) "
                   f"BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END",
        "update2": f"AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR {empty}) "
                   f"BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END",
        "update3": f"AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND {filled}) "
                   f"BEGIN DELETE FROM {r} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {r} VALUES ({values}); "
                   f"END",
        "update4": f"AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR {empty}) "
                   f"BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END",
        "delete": f"AFTER DELETE ON {t} WHEN old.{c} NOT NULL BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END",
    }


def create_spatial_index(con: Connection, table: str, column: str, fid: str = "id") -> None:
    """Give ``table.column`` the GeoPackage R-tree, filled from the rows stored, with its triggers and its
    ``gpkg_extensions`` row (nothing happens when it has one already)."""
    rtree = rtree_name(table, column)
    if con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = ?", (rtree,)).scalar():
        return
    con.exec_driver_sql(_EXTENSIONS_DDL)
    con.exec_driver_sql(f'CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy)')
    con.exec_driver_sql(f'INSERT OR REPLACE INTO "{rtree}" SELECT "{fid}", ST_MinX("{column}"), '
                        f'ST_MaxX("{column}"), ST_MinY("{column}"), ST_MaxY("{column}") FROM "{table}" '
                        f'WHERE "{column}" NOT NULL AND NOT ST_IsEmpty("{column}")')
    for name, body in _rtree_triggers(table, column, fid).items():
        con.exec_driver_sql(f'CREATE TRIGGER "{rtree}_{name}" {body}')
    con.execute(text("INSERT OR IGNORE INTO gpkg_extensions VALUES (:t, :c, :e, :d, 'write-only')"),
                {"t": table, "c": column, "e": RTREE_EXTENSION, "d": RTREE_DEFINITION})


def drop_spatial_index(con: Connection, table: str, column: str) -> None:
    """Remove ``table.column``'s R-tree, its triggers and its ``gpkg_extensions`` row."""
    rtree = rtree_name(table, column)
    for name in _rtree_triggers(table, column, "id"):
        con.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{rtree}_{name}"')
    con.exec_driver_sql(f'DROP TABLE IF EXISTS "{rtree}"')
    if con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_extensions'").scalar():
        con.execute(text("DELETE FROM gpkg_extensions WHERE table_name = :t AND column_name = :c AND "
                         "extension_name = :e"), {"t": table, "c": column, "e": RTREE_EXTENSION})


def geometry_columns(con: Connection) -> list[tuple[str, str]]:
    """(table, column) of every registered geometry column."""
    return [tuple(r) for r in con.exec_driver_sql(
        "SELECT table_name, column_name FROM gpkg_geometry_columns ORDER BY table_name").all()]
