"""The project's own migrations: the one place a store's schema comes from (``db init``, ``upgrade``, ``restore``)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection, srid: int | None = None) -> Config:
    """An Alembic configuration running the store's migrations on ``connection`` (in EPSG ``srid``)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    if srid is not None:
        config.attributes["srid"] = srid
    return config
