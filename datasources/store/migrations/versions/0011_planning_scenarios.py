"""Planning scenarios in the store: ``scenario_sites``, one row per site of a kept scenario (its name, a
copy of the site's fields, its place in the store's CRS, who kept it and when).

Revision ID: 0011
Revises: 0010

A GeoPackage attribute table (the place is two numbers: a scenario is a copy, not a layer to edit). On
PostgreSQL its privileges, row-level rules by village and audit guard are in ``pg_scenarios.sql``
(applied with the store's security after upgrading). Scenarios kept before in a project file are brought
into the store by the planning desk when a planner opens the project.
"""

import sqlalchemy as sa
from alembic import context, op

from datasources.store import gpkg
from datasources.store.geometry import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    table = op.create_table(
        "scenario_sites",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("scenario", sa.Text, nullable=False),
        sa.Column("site_id", sa.Integer),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("village_code", sa.Text),
        sa.Column("height_m", sa.Double),
        sa.Column("status", sa.Text),
        sa.Column("range_m", sa.Double),
        sa.Column("azimuth_deg", sa.Double),
        sa.Column("beam_width_deg", sa.Double),
        sa.Column("cost", sa.Double),
        sa.Column("frequency_mhz", sa.Double),
        sa.Column("eirp_dbm", sa.Double),
        sa.Column("notes", sa.Text),
        sa.Column("x", sa.Double, nullable=False),
        sa.Column("y", sa.Double, nullable=False),
        sa.Column("kept_by", sa.Text, nullable=False),
        sa.Column("kept_at", UTCDateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("updated_by", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_scenario_sites"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_scenario_sites_scenario", "scenario_sites", ["scenario"])
    if bind.dialect.name == "sqlite":
        srid = int(context.config.attributes.get("srid", 0))
        gpkg.register_tables(bind, [table], srid)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DELETE FROM gpkg_contents WHERE table_name = 'scenario_sites'")
    op.drop_index("ix_scenario_sites_scenario", "scenario_sites")
    op.drop_table("scenario_sites")
