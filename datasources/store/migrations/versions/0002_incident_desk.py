"""The incident desk: assignee, duplicate link, deadline, address and source of each incident; the history of
status changes and notes; photos; deadlines per category; the case-number prefix.

Revision ID: 0002
Revises: 0001

The new incident columns are added with ALTER TABLE ADD COLUMN: the incidents table is never recreated, so it
stays a registered GeoPackage layer and keeps its rows. The new tables are GeoPackage attribute tables.
"""

import sqlalchemy as sa
from alembic import context, op

from datasources.store import gpkg
from datasources.store.geometry import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: the deadlines a new store starts with (days from report to closing)
DEFAULT_DEADLINE_DAYS = {"environment": 3, "street_light": 5, "road_damage": 7, "flooding": 1,
                         "noise": 3, "dispute": 15, "water_supply": 2, "waste": 3}
DEFAULT_CASE_PREFIX = "QX"
_NEW_COLUMNS = (("assignee", sa.Text), ("duplicate_of", sa.Integer), ("due_at", UTCDateTime),
                ("address", sa.Text), ("source", sa.Text))


def _incident_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=f"fk_{table}_incident_id",
                                   ondelete="CASCADE")


def upgrade() -> None:
    bind = op.get_bind()
    for name, kind in _NEW_COLUMNS:
        op.add_column("incidents", sa.Column(name, kind()))
    events = op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("time", UTCDateTime, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("from_status", sa.Text),
        sa.Column("to_status", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("assignee", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_incident_events"),
        _incident_fk("incident_events"),
    )
    op.create_index("ix_incident_events_incident_id", "incident_events", ["incident_id"])
    photos = op.create_table(
        "incident_photos",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incident_photos"),
        _incident_fk("incident_photos"),
    )
    op.create_index("ix_incident_photos_incident_id", "incident_photos", ["incident_id"])
    deadlines = op.create_table(
        "category_deadlines",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("days", sa.Double, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_category_deadlines"),
        sa.UniqueConstraint("category", name="uq_category_deadlines_category"),
    )
    op.bulk_insert(deadlines, [{"category": c, "days": float(d)}
                               for c, d in DEFAULT_DEADLINE_DAYS.items()])
    info = sa.table("township_store_info", sa.column("key", sa.Text), sa.column("value", sa.Text))
    if bind.execute(sa.select(info.c.key).where(info.c.key == "case_prefix")).first() is None:
        op.bulk_insert(info, [{"key": "case_prefix", "value": DEFAULT_CASE_PREFIX}])
    if bind.dialect.name == "sqlite":
        srid = int(context.config.attributes.get("srid", 0))
        gpkg.register_tables(bind, [events, photos, deadlines], srid)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DELETE FROM gpkg_contents WHERE table_name IN "
                             "('incident_events', 'incident_photos', 'category_deadlines')")
    op.drop_table("category_deadlines")
    op.drop_index("ix_incident_photos_incident_id", "incident_photos")
    op.drop_table("incident_photos")
    op.drop_index("ix_incident_events_incident_id", "incident_events")
    op.drop_table("incident_events")
    op.execute(sa.text("DELETE FROM township_store_info WHERE key = 'case_prefix'"))
    for name, _ in reversed(_NEW_COLUMNS):
        op.drop_column("incidents", name)
