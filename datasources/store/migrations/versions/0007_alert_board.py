"""The alert board: ``alerts`` (one per episode of an alert rule on a sensor, with its status) and
``alert_events`` (its history: raised, status changes with notes, notes, end, CAP messages issued).

Revision ID: 0007
Revises: 0006

``alerts.episode_key`` is unique, so raising an alert is ``INSERT ... ON CONFLICT DO NOTHING`` and an
episode is one alert whatever order its readings arrive in. Both are GeoPackage attribute tables.
"""

import sqlalchemy as sa
from alembic import context, op

from datasources.store import gpkg
from datasources.store.geometry import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    alerts = op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("episode_key", sa.Text, nullable=False),
        sa.Column("rule_id", sa.Text, nullable=False),
        sa.Column("sensor_code", sa.Text, nullable=False),
        sa.Column("watched", sa.Text),
        sa.Column("village_code", sa.Text),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("event", sa.Text),
        sa.Column("event_zh", sa.Text),
        sa.Column("severity", sa.Text),
        sa.Column("started_at", UTCDateTime, nullable=False),
        sa.Column("raised_at", UTCDateTime, nullable=False),
        sa.Column("ended_at", UTCDateTime),
        sa.Column("peak", sa.Double),
        sa.Column("peak_time", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("updated_by", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
        sa.UniqueConstraint("episode_key", name="uq_alerts_episode_key"),
        sa.ForeignKeyConstraint(["village_code"], ["villages.village_code"], name="fk_alerts_village_code"),
        sqlite_autoincrement=True,
    )
    for column in ("sensor_code", "village_code", "raised_at"):
        op.create_index(f"ix_alerts_{column}", "alerts", [column])
    events = op.create_table(
        "alert_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("alert_id", sa.Integer, nullable=False),
        sa.Column("time", UTCDateTime, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("from_status", sa.Text),
        sa.Column("to_status", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("detail", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_alert_events"),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], name="fk_alert_events_alert_id",
                                ondelete="RESTRICT"),
    )
    op.create_index("ix_alert_events_alert_id", "alert_events", ["alert_id"])
    if bind.dialect.name == "sqlite":
        srid = int(context.config.attributes.get("srid", 0))
        gpkg.register_tables(bind, [alerts, events], srid)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DELETE FROM gpkg_contents WHERE table_name IN ('alerts', 'alert_events')")
    op.drop_index("ix_alert_events_alert_id", "alert_events")
    op.drop_table("alert_events")
    for column in ("sensor_code", "village_code", "raised_at"):
        op.drop_index(f"ix_alerts_{column}", "alerts")
    op.drop_table("alerts")
