"""The number a report had at its source (a hotline ticket, an Open311 service_request_id), kept beside the
township's own case number: every report gets a case number of one scheme, whatever the way it came in.

Revision ID: 0003
Revises: 0002

Numbers stored before as case numbers that do not follow the township's scheme stay as they are (they may be
quoted in letters); only new imports keep the source's number here.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("source_number", sa.Text()))
    op.create_index("ix_incidents_source_number", "incidents", ["source_number"])


def downgrade() -> None:
    op.drop_index("ix_incidents_source_number", "incidents")
    op.drop_column("incidents", "source_number")
