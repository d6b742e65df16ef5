"""The township's own warning levels: a river gauge's ``warning_level_m`` and ``danger_level_m`` (stage
above its gauge datum) on ``sensors``, and a landslide zone's ``rain_thresholds`` (JSON: rain in mm over
1, 24 and 72 hours that raises blue, yellow, orange and red, e.g. ``{"1": [20, 30, 40, 50], ...}``) on
``hazard_zones``.

Revision ID: 0012
Revises: 0011

Empty means the console's defaults (2.5 m and 3.5 m; the thresholds of the zone's susceptibility level).
The emergency desk sets them in the window (Emergency › Warning levels); each change is an audited edit of
the sensor or zone. The columns are added in place, as 0009's were (SQLite's ADD COLUMN keeps the
GeoPackage's R-tree and its triggers); on PostgreSQL the tables' privileges and row-level rules cover them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = (("sensors", "warning_level_m", sa.Double), ("sensors", "danger_level_m", sa.Double),
           ("hazard_zones", "rain_thresholds", sa.Text))


def upgrade() -> None:
    for table, name, kind in COLUMNS:
        op.add_column(table, sa.Column(name, kind()))


def downgrade() -> None:
    for table, name, _kind in reversed(COLUMNS):
        op.drop_column(table, name)
