"""Publications: ``publications``, one row per disclosure web map (who drafted it, its layers, fields and
feature counts, its content hash, and who approved or rejected it).

Revision ID: 0008
Revises: 0007

A GeoPackage attribute table. On PostgreSQL its privileges, row-level rules and the approval's guard are in
``pg_publications.sql`` (applied with the store's security after upgrading).
"""

import sqlalchemy as sa
from alembic import context, op

from datasources.store import gpkg
from datasources.store.geometry import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    table = op.create_table(
        "publications",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("layers", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("size", sa.Integer),
        sa.Column("location", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("drafted_by", sa.Text, nullable=False),
        sa.Column("drafted_role", sa.Text, nullable=False),
        sa.Column("drafted_at", UTCDateTime, nullable=False),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_role", sa.Text),
        sa.Column("decided_at", UTCDateTime),
        sa.Column("note", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("updated_by", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_publications"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_publications_drafted_at", "publications", ["drafted_at"])
    if bind.dialect.name == "sqlite":
        srid = int(context.config.attributes.get("srid", 0))
        gpkg.register_tables(bind, [table], srid)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DELETE FROM gpkg_contents WHERE table_name = 'publications'")
    op.drop_index("ix_publications_drafted_at", "publications")
    op.drop_table("publications")
