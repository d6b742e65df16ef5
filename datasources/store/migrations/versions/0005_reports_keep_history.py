"""A report's history and photos are never deleted with it: their link to the report no longer cascades, so
the database itself refuses to delete a report that has a history (every report has one from the day it is
filed); the desk withdraws a report instead, with a note.

Revision ID: 0005
Revises: 0004

On SQLite the two tables are rebuilt with the new link (Alembic's batch mode: copy, drop, rename), which keeps
their rows, ids and indexes and their names in ``gpkg_contents``; on PostgreSQL the constraints are replaced.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("incident_events", "incident_photos")


def _relink(ondelete: str) -> None:
    for table in TABLES:
        name = f"fk_{table}_incident_id"
        with op.batch_alter_table(table, recreate="auto") as batch:
            batch.drop_constraint(name, type_="foreignkey")
            batch.create_foreign_key(name, "incidents", ["incident_id"], ["id"], ondelete=ondelete)


def upgrade() -> None:
    _relink("RESTRICT")


def downgrade() -> None:
    _relink("CASCADE")
