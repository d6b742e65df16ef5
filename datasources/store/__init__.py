"""The township store: one database for villages, facilities, sensors, hazards, incidents and plans, with
accounts, roles, encrypted personal data and a hash-chained audit trail.

Embedded it is a GeoPackage file (QGIS opens its layers); shared it is PostgreSQL + PostGIS. Start with
:func:`~datasources.store.admin.init_store`, open with :class:`TownshipStore`, then ``login``.
"""

from datasources.store.township_store import TownshipStore

__all__ = ["TownshipStore"]
