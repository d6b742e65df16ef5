"""The test PostgreSQL server: PostGIS answers, and a geometry in the township's CRS comes back."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def test_fresh_database_has_postgis(pg_database):
    engine = create_engine(pg_database)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SELECT postgis_version()")).scalar_one()
            name = connection.execute(text("SELECT current_database()")).scalar_one()
            point = connection.execute(
                text("SELECT ST_AsText(ST_GeomFromText('POINT(1 2)', 4549))")).scalar_one()
            srid = connection.execute(
                text("SELECT ST_SRID(ST_GeomFromText('POINT(1 2)', 4549))")).scalar_one()
            # The central meridian of CGCS2000 / 3-degree Gauss-Kruger CM 120E, back in degrees.
            lon, lat = connection.execute(text(
                "SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform("
                "ST_GeomFromText('POINT(500000 3000000)', 4549), 4490) AS g) AS t")).one()
    finally:
        engine.dispose()
    assert version.startswith("3."), version
    assert name == make_url(pg_database).database
    assert name.startswith("township_t_")
    assert point == "POINT(1 2)"
    assert srid == 4549
    assert abs(lon - 120.0) < 1e-9
    assert 27.0 < lat < 27.2
