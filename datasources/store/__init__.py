"""The township store: one database for villages, facilities, sensors, hazards, incidents and plans, with
accounts, roles, encrypted personal data and a hash-chained audit trail.

Embedded it is a GeoPackage file (QGIS opens its layers, each with its R-tree spatial index); shared it is
PostgreSQL + PostGIS. Start with :func:`~datasources.store.admin.init_store`, open with
:class:`TownshipStore`, then ``login``: the session it returns is composed of services (``features``,
``incidents``, ``readings``, ``accounts``, ``audit``, ``exports``) that share one gate for the user's rights
and one audited, version-checked write (:mod:`datasources.store.core`). The incident vocabulary the store
enforces is :mod:`datasources.incident_vocabulary`, which needs no database.
"""

__all__ = ["TownshipStore"]


def __getattr__(name: str):
    # imported on first use: the window's map needs only the workflow rules of this package, and
    # SQLAlchemy with Alembic cost about a second of start-up
    if name == "TownshipStore":
        from datasources.store.township_store import TownshipStore

        return TownshipStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
