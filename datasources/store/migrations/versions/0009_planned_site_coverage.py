"""What a planned site covers and costs: ``range_m`` (the farthest distance it serves), ``azimuth_deg`` and
``beam_width_deg`` (a sector antenna or a camera's field of view; none for all round), ``cost`` and
``notes`` on ``planned_sites``.

Revision ID: 0009
Revises: 0008

Sites stored before keep these empty, and the planning desk takes their kind's defaults (a tower 5 km all
round ...). The columns are added in place (SQLite's ADD COLUMN keeps the GeoPackage's R-tree and its
triggers); on PostgreSQL the table's privileges and row-level rules cover them as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (("range_m", sa.Double), ("azimuth_deg", sa.Double), ("beam_width_deg", sa.Double),
           ("cost", sa.Double), ("notes", sa.Text))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("planned_sites", sa.Column(name, kind()))


def downgrade() -> None:
    for name, _kind in reversed(COLUMNS):
        op.drop_column("planned_sites", name)
