"""The GeoPackage R-tree spatial index on every geometry column of the embedded store.

Revision ID: 0004
Revises: 0003

Each ``rtree_<table>_<column>`` is filled from the rows already stored and kept in step by the standard
triggers (see :mod:`datasources.store.gpkg`), so QGIS and the store's box queries find features without
reading every row. A shared PostgreSQL store has had its GiST indexes since 0001.
"""

from alembic import op

from datasources.store import gpkg

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table, column in gpkg.geometry_columns(bind):
        gpkg.create_spatial_index(bind, table, column)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table, column in gpkg.geometry_columns(bind):
        gpkg.drop_spatial_index(bind, table, column)
