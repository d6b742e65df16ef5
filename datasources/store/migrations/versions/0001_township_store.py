"""The first township store: features, readings, accounts and the audit chain.

Revision ID: 0001
Revises:
"""

from alembic import context, op
from sqlalchemy import ForeignKeyConstraint, MetaData, Table

from datasources.store import gpkg
from datasources.store.geometry import Geometry
from datasources.store.models import NAMING, Base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_AUDIT_GUARD = "audit records are append-only"
#: What later revisions add to the models; the baseline leaves it out so that every store made at 0001
#: looks the same, whichever version of the models made it (0002 and 0003 add these with op.*).
_LATER_TABLES = {"incident_events", "incident_photos", "category_deadlines", "alerts", "alert_events",
                 "publications", "scenario_sites"}
_LATER_COLUMNS = {"incidents": {"assignee", "duplicate_of", "due_at", "address", "source",
                                 "source_number"},
                  "planned_sites": {"range_m", "azimuth_deg", "beam_width_deg", "cost", "notes",  # 0009
                                    "frequency_mhz", "eirp_dbm"},  # 0010
                  "sensors": {"warning_level_m", "danger_level_m"},  # 0012
                  "hazard_zones": {"rain_thresholds"}}  # 0012


def baseline() -> MetaData:
    """The tables as they stood at revision 0001: today's models less what later revisions add."""
    meta = MetaData(naming_convention=NAMING)
    for table in Base.metadata.sorted_tables:
        if table.name in _LATER_TABLES:
            continue
        later = _LATER_COLUMNS.get(table.name)
        if not later:
            table.to_metadata(meta)
            continue
        copy = Table(table.name, meta, *(c._copy() for c in table.columns if c.name not in later),
                     **table.kwargs)
        for constraint in table.constraints:  # foreign keys are table constraints, not column flags
            if isinstance(constraint, ForeignKeyConstraint):
                copy.append_constraint(constraint._copy(target_table=copy))
        if [i for i in table.indexes if not i._column_flag]:
            raise RuntimeError(f"the 0001 baseline cannot yet copy the table indexes of {table.name}")
    return meta


def upgrade() -> None:
    bind = op.get_bind()
    srid = int(context.config.attributes.get("srid", 4549))
    # The baseline is the models as they stood at this revision; later revisions change them with op.*.
    meta = baseline()
    meta.create_all(bind)
    if bind.dialect.name == "sqlite":
        gpkg.create_core(bind, srid)
        spatial = [t for t in meta.sorted_tables
                   if t.name in {"villages", "facilities", "sensors", "hazard_zones", "incidents",
                                 "planned_sites", "sensor_readings"}]
        gpkg.register_tables(bind, spatial, srid)
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_no_{verb.lower()} BEFORE {verb} ON audit_events "
                       f"BEGIN SELECT RAISE(ABORT, '{_AUDIT_GUARD}'); END")
        return
    for table in meta.sorted_tables:
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
    baseline().drop_all(bind)
