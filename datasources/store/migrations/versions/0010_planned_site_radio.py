"""The radio of a planned site: ``frequency_mhz`` (its carrier) and ``eirp_dbm`` (the power it radiates,
EIRP) on ``planned_sites``.

Revision ID: 0010
Revises: 0009

Sites stored before keep them empty, and the signal levels take 900 MHz and 58 dBm for them. The columns
are added in place, as 0009's were (SQLite's ADD COLUMN keeps the GeoPackage's R-tree and its triggers);
on PostgreSQL the table's privileges and row-level rules cover them as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = (("frequency_mhz", sa.Double), ("eirp_dbm", sa.Double))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("planned_sites", sa.Column(name, kind()))


def downgrade() -> None:
    for name, _kind in reversed(COLUMNS):
        op.drop_column("planned_sites", name)
