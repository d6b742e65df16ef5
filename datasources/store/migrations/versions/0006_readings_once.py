"""A reading is stored once: a unique index on ``sensor_readings`` (sensor_code, parameter, time).

Revision ID: 0006
Revises: 0005

A live feed delivers at least once (MQTT QoS 1 after a reconnect, a CSV dropped twice, a replay run again),
so the same value of the same sensor at the same time may arrive more than once; the store keeps the first
and the batch writes skip the others (``INSERT ... ON CONFLICT DO NOTHING``). Rows already stored twice
(none in the demo or in a store written by the console so far) are reduced to the first one written, the
lowest id, before the index is made.

A store made at 0001 from today's models already has the index (the baseline copies the models' indexes),
hence ``IF NOT EXISTS``.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEX = "ux_sensor_readings_once"


def upgrade() -> None:
    op.execute("DELETE FROM sensor_readings WHERE id NOT IN "
               "(SELECT min(id) FROM sensor_readings GROUP BY sensor_code, parameter, time)")
    op.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {INDEX} ON sensor_readings (sensor_code, parameter, time)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
