"""Alembic migrations of the township store (run through :mod:`datasources.store.admin`)."""
