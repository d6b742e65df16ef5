"""The first township store: features, readings, accounts and the audit chain.

Revision ID: 0001
Revises:
"""

from alembic import context, op

from datasources.store import gpkg
from datasources.store.geometry import Geometry
from datasources.store.models import Base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_AUDIT_GUARD = "audit records are append-only"


def upgrade() -> None:
    bind = op.get_bind()
    srid = int(context.config.attributes.get("srid", 4549))
    # The baseline is the models as they stand at this revision; later revisions change them with op.*.
    Base.metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        gpkg.create_core(bind, srid)
        spatial = [t for t in Base.metadata.sorted_tables
                   if t.name in {"villages", "facilities", "sensors", "hazard_zones", "incidents",
                                 "planned_sites", "sensor_readings"}]
        gpkg.register_tables(bind, spatial, srid)
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_no_{verb.lower()} BEFORE {verb} ON audit_events "
                       f"BEGIN SELECT RAISE(ABORT, '{_AUDIT_GUARD}'); END")
        return
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Geometry):
                kind = column.type.geometry_type
                op.execute(f'ALTER TABLE "{table.name}" ALTER COLUMN "{column.name}" TYPE '
                           f'geometry({kind}, {srid}) USING ST_SetSRID("{column.name}", {srid})')
                op.execute(f'CREATE INDEX "ix_{table.name}_{column.name}" ON "{table.name}" '
                           f'USING GIST ("{column.name}")')
    op.execute(f"""CREATE FUNCTION township_audit_guard() RETURNS trigger LANGUAGE plpgsql AS
                   $$ BEGIN RAISE EXCEPTION '{_AUDIT_GUARD}'; END $$""")
    op.execute("CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events "
               "FOR EACH STATEMENT EXECUTE FUNCTION township_audit_guard()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS township_audit_guard()")
    Base.metadata.drop_all(bind)
