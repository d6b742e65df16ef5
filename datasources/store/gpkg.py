"""GeoPackage bookkeeping for the embedded store: the core tables and the registration of each layer.

The store's tables are made by SQLAlchemy/Alembic; this module makes the file a GeoPackage 1.3 around them
(``application_id`` ``GPKG``, ``user_version`` 10300, ``gpkg_spatial_ref_sys``, ``gpkg_contents``,
``gpkg_geometry_columns``) so GDAL and QGIS list the spatial tables as layers.
"""

from __future__ import annotations

from pyproj import CRS
from sqlalchemy import Connection, text

from datasources.crs import PROJ_LOCK
from datasources.store.geometry import Geometry

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
    """Refresh ``table``'s extent in ``gpkg_contents`` (QGIS zooms to it) from the envelopes stored;
    a table that is not a feature layer is left alone."""
    registered = con.execute(text("SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = :t"),
                             {"t": table}).scalar()
    if registered:
        con.exec_driver_sql(
            f"UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
            f"(min_x, max_x, min_y, max_y) = (SELECT min(gpkg_x(geom, 0)), max(gpkg_x(geom, 1)), "
            f"min(gpkg_x(geom, 2)), max(gpkg_x(geom, 3)) FROM \"{table}\") WHERE table_name = '{table}'")


def envelope_value(blob: bytes | None, index: int) -> float | None:
    """SQL function ``gpkg_x(blob, i)``: the i-th number of a blob's envelope (minx, maxx, miny, maxy)."""
    import struct

    if blob is None or len(blob) < 40 or not (blob[3] >> 1) & 0b111:
        return None
    order = "<" if blob[3] & 1 else ">"
    return struct.unpack_from(order + "d", blob, 8 + 8 * index)[0]
