"""Alembic environment: the console hands over an open connection (see ``datasources.store.admin``)."""

from alembic import context

from datasources.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=False)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "postgresql":  # what the database enforces besides the schema
        from datasources.store.pg_roles import apply_security

        apply_security(connection)
